#!/usr/bin/env python3
"""Golden runs: `aegisrt run` must reproduce, byte for byte, the table, Chrome trace
and decision log recorded in tests/data/golden/ (see its README for how they were
made and when they may be regenerated).

usage: golden_test.py AEGISRT REPO_ROOT CASE
"""
import difflib
import gzip
import os
import subprocess
import sys
import tempfile

AEGISRT, ROOT, CASE = sys.argv[1], sys.argv[2], sys.argv[3]
GOLDEN = os.path.join(ROOT, "tests", "data", "golden")
CASES = {
    "edge24-fp": ["examples/edge-24.yaml", "--policy", "fp", "--seed", "7", "--duration", "2s"],
    "edge24-edf": ["examples/edge-24.yaml", "--policy", "edf", "--seed", "7", "--duration", "2s"],
    "fault-drill": ["examples/fault-drill.yaml", "--seed", "3", "--duration", "3s",
                    "--preemption", "points"],
}


def first_difference(name, want, got):
    """The first differing line, with a little context, for the failure message."""
    w, g = want.splitlines(), got.splitlines()
    diff = list(difflib.unified_diff(w, g, "golden/" + name, "now", n=2, lineterm=""))
    return "\n".join(line[:300] for line in diff[:20])


def main():
    with tempfile.TemporaryDirectory() as tmp:
        trace = os.path.join(tmp, "run.trace.json")
        log = os.path.join(tmp, "run.jsonl")
        p = subprocess.run([AEGISRT, "run", *CASES[CASE], "--trace", trace, "--log", log],
                           cwd=ROOT, capture_output=True, text=True, timeout=240)
        if p.returncode != 0:
            sys.exit(f"FAIL: aegisrt run exited {p.returncode}\n{p.stderr}")
        outputs = {
            CASE + ".txt": (p.stdout, lambda f: open(f).read()),
            CASE + ".trace.json.gz": (open(trace).read(), lambda f: gzip.open(f, "rt").read()),
            CASE + ".jsonl.gz": (open(log).read(), lambda f: gzip.open(f, "rt").read()),
        }
        for name, (got, read) in outputs.items():
            want = read(os.path.join(GOLDEN, name))
            if got != want:
                sys.exit(f"FAIL: {name} differs from the golden run "
                         f"({len(want)} bytes expected, {len(got)} now):\n"
                         + first_difference(name, want, got))
    print(f"ok: {CASE}: table, trace and log identical to the golden run")


main()
