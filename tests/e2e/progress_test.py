#!/usr/bin/env python3
"""End-to-end tests of the live progress line of `aegisrt run` (issue 6, item 6).

usage: progress_test.py AEGISRT SOURCE_DIR CASE

Cases:
  piped     stderr is a pipe: no progress text on it (no carriage return, no escape)
  terminal  stderr is a pseudo-terminal: progress lines appear and are cleared at the
            end, and stdout (the report, JSON) is byte for byte the piped run's
            (exit 77, skipped, where no pseudo-terminal can be opened)
"""
import os
import subprocess
import sys
import threading

SKIP = 77


def workload(src):
    return os.path.join(src, "examples", "edge-24.yaml")


def case_piped(aegisrt, src):
    for extra in ([], ["--json"]):
        p = subprocess.run([aegisrt, "run", workload(src), "--duration", "20s"] + extra,
                           capture_output=True, text=True)
        assert p.returncode == 0, p.stderr
        assert p.stderr == "", "stderr not empty when piped: %r" % p.stderr[:200]
        assert "\r" not in p.stdout and "\x1b" not in p.stdout, "progress text on stdout"


def case_terminal(aegisrt, src):
    import pty
    try:
        master, slave = pty.openpty()
    except OSError as e:
        print("no pseudo-terminal: %s" % e)
        sys.exit(SKIP)
    cmd = [aegisrt, "run", workload(src), "--duration", "60s", "--json"]
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    chunks = []

    def drain():
        while True:
            try:
                b = os.read(master, 4096)
            except OSError:  # EIO once the child closed its end
                break
            if not b:
                break
            chunks.append(b)

    t = threading.Thread(target=drain)
    t.start()
    out, _ = p.communicate(timeout=240)
    t.join(timeout=30)
    os.close(master)
    err = b"".join(chunks).decode("utf-8", "replace")
    assert p.returncode == 0, err
    assert "jobs completed" in err and "missed" in err and "virtual" in err, repr(err[:300])
    assert err.endswith("\r\x1b[K"), "progress line not cleared: %r" % err[-80:]
    piped = subprocess.run(cmd, capture_output=True)
    assert piped.returncode == 0
    assert out == piped.stdout, "the report differs with the progress line on"


def main():
    aegisrt, src, case = sys.argv[1], sys.argv[2], sys.argv[3]
    {"piped": case_piped, "terminal": case_terminal}[case](aegisrt, src)
    print("ok")


if __name__ == "__main__":
    main()
