#!/usr/bin/env python3
"""End-to-end tests of hostile input and failures (issue 19): nothing crashes, hangs,
lies or is silently lost.

usage: hostile_test.py AEGISRT REPO_ROOT CASE

Cases:
  outputs_full   every output of every command pointed at /dev/full: exit status 3
                 and "aegisrt CMD: writing FILE: No space left on device"
  closed_pipe    stdout a pipe whose reader has gone: exit status 3 and "writing
                 stdout ...: Broken pipe", not death by SIGPIPE
  readme_tour    every command of the README's tour (its ```sh blocks under "A
                 five-minute tour" that start with ./build/aegisrt), run with this
                 build's binary in a scratch folder: exit status 0; and the README's
                 Debian packages are the Makefile's DEB_PACKAGES
  sigint, sigterm  a long run stopped by the signal: exit status 130 / 143 after an
                 orderly stop; the table or the JSON says partial; the log replays and
                 reports, the trace parses
  log_time, log_segments, log_status, log_kind, log_policy, log_fields, log_counts
                 broken decision logs, one class each (events out of time order,
                 jumping to INT64_MIN / INT64_MAX, a log repeated, reversed or shuffled;
                 segment indices out of range; unknown statuses; unknown event kinds;
                 an unknown policy or preemption; missing fields; counts beyond the
                 runtime's limits): `aegisrt replay` and `aegisrt report` both refuse
                 each with exit status 2 and "FILE:LINE: ... expected"
  control_chars  control characters in names, paths and input files (ESC, CR, BEL, a C1
                 CSI) never reach stderr or stdout raw: shown as \\xHH; a model or task
                 name holding one is refused at load with file:line
  bom            every line reader (task sets, samples files) takes a leading UTF-8
                 byte order mark as the YAML reader does: not part of the first line
  long_drain     a run whose last job hangs past the end (an injected hang of 1h in a
                 2 s run) says when its clock ended and why; a plain run does not;
                 the JSON's elapsed_ns is that end
"""
import os
import re
import shlex
import stat
import subprocess
import sys
import tempfile

AEGISRT, ROOT, CASE = sys.argv[1], sys.argv[2], sys.argv[3]
QUICK = os.path.join(ROOT, "examples", "quickstart.yaml")
EXIT_OUTPUT = 3


def run(args, expect=0, stdout=subprocess.PIPE, timeout=120, **kw):
    p = subprocess.run([AEGISRT, *args], stdout=stdout, stderr=subprocess.PIPE, text=True,
                       timeout=timeout, **kw)
    if expect is not None and p.returncode != expect:
        sys.exit(f"FAIL: aegisrt {' '.join(args)}: exit {p.returncode}, expected {expect}\n"
                 f"stdout:\n{p.stdout}\nstderr:\n{p.stderr}")
    return p


def check(cond, msg):
    if not cond:
        sys.exit("FAIL: " + msg)


def make_log(tmp, extra=()):
    path = os.path.join(tmp, "run.jsonl")
    run(["run", QUICK, "--duration", "1s", "--log", path, *extra])
    return path


def case_closed_pipe():
    """stdout a pipe nobody reads (`aegisrt ... | head` once head has gone): the write
    fails with EPIPE and the command exits 3 naming stdout, not killed by SIGPIPE."""
    with tempfile.TemporaryDirectory() as tmp:
        log = make_log(tmp)
        for args in (["run", QUICK, "--duration", "1s"], ["admit", QUICK, "--json"],
                     ["replay", log], ["report", log, "-o", "-"], ["device"], ["help"]):
            r, w = os.pipe()
            os.close(r)
            try:
                p = run(args, expect=None, stdout=w)
            finally:
                os.close(w)
            check(p.returncode == EXIT_OUTPUT and "writing stdout" in p.stderr and
                  "Broken pipe" in p.stderr,
                  f"{args}: exit {p.returncode}, expected {EXIT_OUTPUT}; stderr:\n{p.stderr}")


def case_outputs_full():
    if not os.path.exists("/dev/full") or not stat.S_ISCHR(os.stat("/dev/full").st_mode):
        print("SKIP: no /dev/full")
        sys.exit(77)
    with tempfile.TemporaryDirectory() as tmp:
        log = make_log(tmp)
        # every command with its stdout on /dev/full
        to_stdout = [
            ["run", QUICK, "--duration", "1s"],
            ["run", QUICK, "--duration", "1s", "--json"],
            ["admit", QUICK], ["admit", QUICK, "--json"],
            ["replay", log],
            ["report", log, "-o", "-"],
            ["profile", QUICK, "--runs", "20"],
            ["device"], ["device", "--json"],
            ["version"], ["help"], ["run", "--help"], ["report", "--help"],
        ]
        for args in to_stdout:
            with open("/dev/full", "w") as full:
                p = run(args, expect=EXIT_OUTPUT, stdout=full)
            want = "writing stdout (/dev/full): No space left on device"
            check(want in p.stderr, f"{args}: {want!r} not in stderr:\n{p.stderr}")
        # every file a command writes
        to_file = [
            ["run", QUICK, "--duration", "1s", "--log", "/dev/full"],
            ["run", QUICK, "--duration", "1s", "--trace", "/dev/full"],
            ["run", QUICK, "--duration", "1s", "--trace", os.path.join(tmp, "t.json"),
             "--log", "/dev/full"],
            ["report", log, "-o", "/dev/full"],
            ["profile", QUICK, "--runs", "20", "-o", "/dev/full"],
        ]
        for args in to_file:
            p = run(args, expect=EXIT_OUTPUT)
            want = "writing /dev/full: No space left on device"
            check(want in p.stderr, f"{args}: {want!r} not in stderr:\n{p.stderr}")
        # a failed output is never removed unless it is a regular file
        check(stat.S_ISCHR(os.stat("/dev/full").st_mode), "/dev/full is no longer a device")
        # the exit status is documented
        help_text = run(["help"]).stdout
        check("3 an output" in help_text, "exit status 3 not in 'aegisrt help'")


def good_log(tmp):
    """quickstart with preemption points: lines as dicts (header first)."""
    import json
    path = os.path.join(tmp, "good.jsonl")
    run(["run", QUICK, "--duration", "500ms", "--policy", "fp", "--preemption", "points",
         "--log", path])
    with open(path) as f:
        return [json.loads(l) for l in f]


def expect_refused(tmp, name, lines, line=None):
    """Both readers refuse the log with exit 2 and FILE:LINE: ... expected."""
    import json
    path = os.path.join(tmp, name + ".jsonl")
    with open(path, "w") as f:
        for l in lines:
            f.write((l if isinstance(l, str) else json.dumps(l, separators=(",", ":"))) + "\n")
    for cmd in (["replay", path], ["report", path, "-o", os.path.join(tmp, "r.html")]):
        p = run(cmd, expect=None)
        where = f"{path}:{line if line is not None else ''}"
        check(p.returncode == 2 and where in p.stderr and "expected" in p.stderr,
              f"{name}: aegisrt {cmd[0]}: exit {p.returncode}, stderr:\n{p.stderr}")
        check(p.stderr.count("\n") <= 2 and "\x1b" not in p.stderr, f"{name}: {p.stderr}")
    check(not os.path.exists(os.path.join(tmp, "r.html")), f"{name}: a page was written")


def first(lines, kind, cond=lambda e: True):
    return next(i for i, e in enumerate(lines) if i and e.get("ev") == kind and cond(e))


def case_log_time():
    import copy
    import random
    with tempfile.TemporaryDirectory() as tmp:
        log = good_log(tmp)
        k = first(log, "release", lambda e: e["t"] > 0)
        for name, t in (("int64_min", -2**63), ("int64_max", 2**63 - 1), ("past_2_53", 2**53 + 1),
                        ("negative", -1)):
            bad = copy.deepcopy(log)
            bad[k]["t"] = t
            expect_refused(tmp, name, bad, k + 1)
        # a jump forward, then the events that follow go back
        bad = copy.deepcopy(log)
        bad[k]["t"], bad[k]["deadline"] = 2**52, 2**52 + 1
        expect_refused(tmp, "jump", bad, k + 2)
        # two events swapped in time
        j = next(i for i in range(k + 1, len(log)) if log[i]["t"] > log[k]["t"]
                 and log[i]["ev"] not in ("miss", "fault"))
        bad = copy.deepcopy(log)
        bad[k], bad[j] = bad[j], bad[k]
        expect_refused(tmp, "swapped", bad)
        expect_refused(tmp, "repeated", log + log[1:])
        expect_refused(tmp, "reversed", log[:1] + log[:0:-1], 2)
        rest = log[1:]
        random.Random(19).shuffle(rest)
        expect_refused(tmp, "shuffled", log[:1] + rest)


def case_log_segments():
    import copy
    with tempfile.TemporaryDirectory() as tmp:
        log = good_log(tmp)
        for kind in ("start", "segment_end", "decide", "complete"):
            k = first(log, kind)
            for seg in (10**9, 256, -1):
                bad = copy.deepcopy(log)
                bad[k]["segment"] = seg
                expect_refused(tmp, f"{kind}_{seg}", bad, k + 1)
        for field, value in (("model", 10**9), ("lane", 10**9), ("job", 10**9)):
            k = first(log, "start")
            bad = copy.deepcopy(log)
            bad[k][field] = value
            expect_refused(tmp, f"start_{field}", bad, k + 1)


def case_log_status():
    import copy
    with tempfile.TemporaryDirectory() as tmp:
        log = good_log(tmp)
        for kind in ("complete", "reject", "admit"):
            k = first(log, kind) if any(e.get("ev") == kind for e in log[1:]) else None
            if k is None:
                continue
            for status in ("AEGIS_E_BOGUS", "", "OK "):
                bad = copy.deepcopy(log)
                bad[k]["status"] = status
                expect_refused(tmp, f"{kind}_status", bad, k + 1)
        k = first(log, "decide")
        bad = copy.deepcopy(log)
        bad[k]["reason"] = "whim"
        expect_refused(tmp, "reason", bad, k + 1)


def case_log_kind():
    import copy
    with tempfile.TemporaryDirectory() as tmp:
        log = good_log(tmp)
        k = first(log, "release")
        for ev in ("teleport", "", "RELEASE", "release\u001b[2J", 7):
            bad = copy.deepcopy(log)
            bad[k]["ev"] = ev
            expect_refused(tmp, "kind", bad, k + 1)
        bad = copy.deepcopy(log)
        del bad[k]["ev"]
        expect_refused(tmp, "no_kind", bad, k + 1)


def case_log_policy():
    import copy
    with tempfile.TemporaryDirectory() as tmp:
        log = good_log(tmp)
        for key, value in (("policy", "rr"), ("policy", None), ("preemption", "sometimes"),
                           ("priorities", "vibes"), ("analysis", "magic"), ("admission", "maybe")):
            bad = copy.deepcopy(log)
            bad[0]["runtime"][key] = value
            expect_refused(tmp, f"{key}", bad, 1)
        bad = copy.deepcopy(log)
        bad[0]["models"][0]["name"] = "det\u001b]0;owned\u0007"
        expect_refused(tmp, "name", bad, 1)


def case_log_fields():
    import copy
    with tempfile.TemporaryDirectory() as tmp:
        log = good_log(tmp)
        for kind, field in (("release", "job"), ("release", "deadline"), ("start", "lane"),
                            ("segment_end", "start"), ("complete", "arrival"),
                            ("complete", "status"), ("decide", "key"), ("decide", "alt"),
                            ("alloc", "bytes"), ("admit", "lane_models")):
            k = first(log, kind)
            bad = copy.deepcopy(log)
            del bad[k][field]
            expect_refused(tmp, f"{kind}_{field}", bad, k + 1)
        for field in ("runtime", "lanes", "models", "refused"):
            bad = copy.deepcopy(log)
            del bad[0][field]
            expect_refused(tmp, f"header_{field}", bad, 1)
        for field in ("period_ns", "segments_ns", "lane", "name"):
            bad = copy.deepcopy(log)
            del bad[0]["models"][1][field]
            expect_refused(tmp, f"model_{field}", bad, 1)
        expect_refused(tmp, "header_only", log[:1], 2)
        expect_refused(tmp, "empty", [], 1)
        expect_refused(tmp, "not_json", log[:5] + ["{\"ev\":"], 6)


def case_log_counts():
    import copy
    with tempfile.TemporaryDirectory() as tmp:
        log = good_log(tmp)
        bad = copy.deepcopy(log)
        bad[0]["models"][0]["segments_ns"] = [1] * 100000
        expect_refused(tmp, "segments", bad, 1)
        bad = copy.deepcopy(log)
        bad[0]["runtime"]["lanes"] = 100000
        expect_refused(tmp, "lanes", bad, 1)
        bad = copy.deepcopy(log)
        m = bad[0]["models"][0]
        bad[0]["models"] = [dict(m, id=i, name=f"m{i}") for i in range(5000)]
        expect_refused(tmp, "models", bad, 1)
        bad = copy.deepcopy(log)
        r = {"refusal": 0, "name": "x", "status": "AEGIS_E_UNSCHEDULABLE", "lane": 0,
             "reason": "r"}
        bad[0]["refused"] = [dict(r, refusal=i) for i in range(100)]
        bad[0]["refusals"] = 100
        expect_refused(tmp, "refused", bad, 1)
        # a release numbered far ahead of the model's count
        k = first(log, "release", lambda e: e["t"] > 0)
        bad = copy.deepcopy(log)
        bad[k]["job"] = 10**12
        expect_refused(tmp, "job_jump", bad, k + 1)


RAW = ("\x1b", "\r", "\x07", "\x9b")


def no_raw(where, text):
    for c in RAW:
        check(c not in text, f"{where}: a raw {c!r} reached the terminal:\n{text!r}")


def case_control_chars():
    import json
    import shutil
    with tempfile.TemporaryDirectory() as tmp:
        w = os.path.join(tmp, "esc.yaml")
        with open(w, "w") as f:
            f.write('models:\n  - {name: "a\\e[2J\\rb\\u009b", period: 10ms, exec: 1ms}\n')
        p = run(["run", w], expect=2)
        no_raw("run, a model name", p.stderr)
        check(f"{w}:2: model name" in p.stderr and "\\x1b[2J\\x0db" in p.stderr, p.stderr)
        ts = os.path.join(tmp, "esc.csv")
        with open(ts, "w") as f:
            f.write("a\x1b[31mX, 1ms, 10ms, 10ms\n")
        p = run(["admit", ts], expect=2)
        no_raw("admit, a task name", p.stderr)
        check(f"{ts}:1: task name" in p.stderr, p.stderr)
        # a path with control characters: in messages and in the table's title
        odd = os.path.join(tmp, "q\x1b]0;title\x07\r.yaml")
        shutil.copy(QUICK, odd)
        p = run(["run", odd, "--duration", "100ms"])
        no_raw("run's table, the workload's path", p.stdout)
        check("q\\x1b]0;title\\x07\\x0d.yaml" in p.stdout, p.stdout[:300])
        p = run(["run", odd + "\x1b[2J", "--duration", "100ms"], expect=2)
        no_raw("run, a missing file", p.stderr)
        for args in (["run", QUICK, "--inject", "x\x1b[2J:slowdown=2"],
                     ["no\x1b[2Jsuch"], ["run", QUICK, "--policy", "\x1b[2J"],
                     ["replay", odd + "\x1b"], ["report", odd + "\x1b", "-o", "x"]):
            p = run(args, expect=2)
            no_raw(f"{args}", p.stderr + p.stdout)
        # a log whose model name holds one: refused by both readers, escaped
        log = good_log(tmp)
        log[0]["models"][0]["name"] = "m\x1b[2J\x9b"
        bad = os.path.join(tmp, "esc.jsonl")
        with open(bad, "w") as f:
            f.write("\n".join(json.dumps(l) for l in log) + "\n")
        for args in (["replay", bad], ["report", bad, "-o", os.path.join(tmp, "r.html")]):
            p = run(args, expect=2)
            no_raw(f"{args}", p.stderr)
            check(f"{bad}:1:" in p.stderr and "\\x1b[2J" in p.stderr, p.stderr)


BOM = b"\xef\xbb\xbf"


def case_bom():
    with tempfile.TemporaryDirectory() as tmp:
        # a task set: the same verdict and names with and without the mark
        body = b"# name, wcet, deadline, period\ncam, 8ms, 33.3ms, 33.3ms, 0\n" \
               b"seg, 20ms, 100ms, 100ms, 1\n"
        plain, marked = os.path.join(tmp, "plain.csv"), os.path.join(tmp, "bom.csv")
        with open(plain, "wb") as f:
            f.write(body)
        with open(marked, "wb") as f:
            f.write(BOM + body)
        a = run(["admit", plain, "--json"]).stdout
        b = run(["admit", marked, "--json"]).stdout
        check(a.replace(plain, "F") == b.replace(marked, "F"),
              f"a byte order mark changed the verdict:\n{a}\n{b}")
        # a samples file whose first line is a sample
        with open(os.path.join(tmp, "det.samples"), "wb") as f:
            f.write(BOM + b"5ms\n6ms\n")
        w = os.path.join(tmp, "w.yaml")
        with open(w, "wb") as f:
            f.write(BOM + b"runtime: {lanes: 1, duration: 1s}\nmodels:\n"
                    b"  - {name: det, period: 33.3ms, exec: {dist: samples, file: det.samples}}\n")
        out = run(["run", w, "--json"]).stdout
        check('"name": "det"' in out, "the model with a marked samples file did not run:\n"
              + out)


def case_long_drain():
    p = run(["run", QUICK, "--inject", "gaze:hang_nth=5", "--duration", "2s"])
    check("the run's clock ended at 3600." in p.stdout and
          "after it stopped releasing: jobs on a lane at the end ran to completion"
          in p.stdout, "a run that ended an hour after its 2 s says nothing:\n" + p.stdout)
    j = run(["run", QUICK, "--inject", "gaze:hang_nth=5", "--duration", "2s", "--json"])
    m = re.search(r'"elapsed_ns": (\d+)', j.stdout)
    check(m and int(m.group(1)) > 3600 * 10**9, "elapsed_ns is not the end:\n" + j.stdout)
    plain = run(["run", QUICK, "--duration", "2s"]).stdout
    check("clock ended" not in plain, "a plain run speaks of a long drain:\n" + plain)


def readme_tour_commands(readme):
    """The lines starting with ./build/aegisrt in the ```sh blocks of the tour."""
    tour = readme.split("## A five-minute tour", 1)[1].split("\n## ", 1)[0]
    cmds, in_sh = [], False
    for line in tour.splitlines():
        if line.startswith("```"):
            in_sh = line.strip() == "```sh"
            continue
        if in_sh and line.startswith("./build/aegisrt"):
            cmds.append(line.split("  #", 1)[0].strip())  # without the comment
    return cmds


def case_readme_tour():
    with open(os.path.join(ROOT, "README.md")) as f:
        readme = f.read()
    cmds = readme_tour_commands(readme)
    check(len(cmds) >= 10, f"the tour's commands were not found: {cmds}")
    with tempfile.TemporaryDirectory() as tmp:
        for d in ("examples", "tests"):  # the paths the tour names, relative
            os.symlink(os.path.abspath(os.path.join(ROOT, d)), os.path.join(tmp, d))
        for cmd in cmds:
            line = shlex.quote(os.path.abspath(AEGISRT)) + cmd[len("./build/aegisrt"):]
            p = subprocess.run(["sh", "-c", line], cwd=tmp, capture_output=True, text=True,
                               timeout=300)
            check(p.returncode == 0, f"README: {cmd}: exit {p.returncode}\n{p.stderr}")
        for out in ("result.json", "run.json", "run.jsonl", "report.html"):
            check(os.path.getsize(os.path.join(tmp, out)) > 0, f"{out} not written")
    # the packages the README says `make` installs are the Makefile's
    with open(os.path.join(ROOT, "Makefile")) as f:
        mk = f.read()
    deb = re.split(r"^DEB_PACKAGES := ", mk, 1, re.M)[1].split("\n\n", 1)[0]
    deb = deb.split("\n#", 1)[0].replace("\\\n", " ").split()
    said = readme.split("Both install the Debian packages they need (`", 1)[1].split("`", 1)[0]
    check(said.split() == deb, f"README lists {said.split()}, the Makefile {deb}")


def stopped_run(sig, json_out):
    import json
    import signal
    import time
    with tempfile.TemporaryDirectory() as tmp:
        log, trace = os.path.join(tmp, "run.jsonl"), os.path.join(tmp, "run.json")
        args = [AEGISRT, "run", os.path.join(ROOT, "examples", "edge-24.yaml"), "--duration",
                "10000min", "--log", log, "--trace", trace] + (["--json"] if json_out else [])
        p = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while (not os.path.exists(log) or os.path.getsize(log) < 100000) and \
                time.monotonic() < deadline and p.poll() is None:
            time.sleep(0.01)
        p.send_signal(sig)
        try:
            out, err = p.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            p.kill()
            sys.exit("FAIL: the run did not stop after the signal")
        name = "SIGINT" if sig == signal.SIGINT else "SIGTERM"
        check(p.returncode == 128 + sig, f"exit {p.returncode}, expected {128 + sig}\n{err}")
        check(f"stopped by {name}" in err, err)
        if json_out:
            res = json.loads(out)
            check(res["partial"] is True and res["stopped_by"] == name, f"not partial: {res}")
            check(0 < res["stopped_ns"] < res["duration_ns"], f"stopped_ns: {res}")
            for m in res["models"]:
                ended = m["completed"] + m["rejected"] + m["cancelled"] + m["failed"]
                check(ended == m["released"], f"{m['name']}: jobs lost: {m}")
        else:
            check(f"partial: stopped by {name} at " in out, out)
            check("every job accounted for" in out, out)
        r = run(["replay", log])
        check("all agree" in r.stdout, r.stdout)
        run(["report", log, "-o", os.path.join(tmp, "report.html")])
        with open(trace) as f:
            json.load(f)


def case_sigint():
    import signal
    stopped_run(signal.SIGINT, True)


def case_sigterm():
    import signal
    stopped_run(signal.SIGTERM, False)


CASES = {name[5:]: fn for name, fn in globals().items() if name.startswith("case_")}

if __name__ == "__main__":
    if CASE not in CASES:
        sys.exit(f"unknown case {CASE}; known: {', '.join(sorted(CASES))}")
    CASES[CASE]()
    print("ok")
