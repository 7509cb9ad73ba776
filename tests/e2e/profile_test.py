#!/usr/bin/env python3
"""End-to-end tests of `aegisrt profile` and of --wcet-profile in `admit` and `run`.

usage: profile_test.py AEGISRT REPO_ROOT CASE

On the simulated device the measured times are draws of the execution-time models, so
a fixed model's profile is exact (gaze: 1.5 ms -> WCET ceil(1.5 ms x 1.2) = 1.8 ms),
every other model's max lies within its model's bounds, and the dispatch overhead is 0.
"""
import json
import math
import os
import re
import subprocess
import sys
import tempfile

AEGISRT, ROOT, CASE = sys.argv[1], sys.argv[2], sys.argv[3]
QUICK = os.path.join(ROOT, "examples", "quickstart.yaml")
MS = 1_000_000


def run(*args, expect=0):
    p = subprocess.run([AEGISRT, *args], capture_output=True, text=True, timeout=300)
    if p.returncode != expect:
        sys.exit(f"FAIL: aegisrt {' '.join(args)}: exit {p.returncode}, expected {expect}\n"
                 f"stdout:\n{p.stdout}\nstderr:\n{p.stderr}")
    return p


def read_profile(path):
    """The models of a profile file as written by aegisrt (block style, one key a line)."""
    models, cur, top = [], None, {}
    with open(path) as f:
        for line in f:
            m = re.match(r'^  - name: "(.*)"$', line)
            if m:
                cur = {"name": m.group(1)}
                models.append(cur)
                continue
            m = re.match(r"^    (\w+): (-?\d+)$", line)
            if m and cur is not None:
                cur[m.group(1)] = int(m.group(2))
                continue
            m = re.match(r"^(\w+): (.*)$", line)
            if m:
                top[m.group(1)] = m.group(2)
    return top, models


def check(cond, msg):
    if not cond:
        sys.exit("FAIL: " + msg)


def case_quickstart(tmp):
    prof = os.path.join(tmp, "p.yaml")
    run("profile", QUICK, "--runs", "200", "-o", prof)
    top, models = read_profile(prof)
    check(top.get("device") == '"sim"' and top.get("runs") == "200" and
          top.get("margin") == "1.2", f"header: {top}")
    check(top.get("dispatch_overhead") == "{p50_ns: 0, p99_ns: 0, max_ns: 0}",
          f"overhead: {top.get('dispatch_overhead')}")
    names = [m["name"] for m in models]
    check(len(models) == 8 and names[0] == "gaze", f"models: {names}")
    for m in models:
        check(m["runs"] == 200, f"{m['name']}: runs {m['runs']}")
        check(m["min_ns"] <= m["p50_ns"] <= m["p99_ns"] <= m["p999_ns"] <= m["max_ns"],
              f"{m['name']}: order {m}")
        check(m["wcet_ns"] == math.ceil(m["max_ns"] * 12 / 10) or
              m["wcet_ns"] == -(-m["max_ns"] * 12 // 10), f"{m['name']}: wcet {m}")
    gaze = models[0]
    check(gaze["min_ns"] == gaze["max_ns"] == 1500000 and gaze["wcet_ns"] == 1800000,
          f"gaze: {gaze}")
    # admit analyses each model with the profile's WCET (no dispatch overhead on sim)
    out = json.loads(run("admit", QUICK, "--wcet-profile", prof, "--json").stdout)
    check(out["overhead_ns"] == 0, f"overhead_ns {out['overhead_ns']}")
    byname = {m["name"]: m for m in models}
    for m in out["models"]:
        check(m["wcet_ns"] == byname[m["name"]]["wcet_ns"],
              f"{m['name']}: analysed {m['wcet_ns']}, profile {byname[m['name']]['wcet_ns']}")
    # without the profile the WCETs are the models' own (gaze 1.5 ms)
    plain = json.loads(run("admit", QUICK, "--json").stdout)
    check(plain["models"][0]["wcet_ns"] == 1500000, "admit without profile")
    text = run("admit", QUICK, "--wcet-profile", prof).stdout
    check("WCETs measured (wcet profile, sim): 8 of 8 models" in text, text)
    # --overhead still wins over the profile's
    out = json.loads(run("admit", QUICK, "--wcet-profile", prof, "--overhead", "50us",
                         "--json").stdout)
    check(out["overhead_ns"] == 50000 and
          out["models"][0]["wcet_ns"] == 1800000 + 50000, "overhead override")
    # run admits with the profile too
    run("run", QUICK, "--wcet-profile", prof, "--duration", "1s")


def case_partial_and_overhead(tmp):
    """A hand-written profile naming one model, with a dispatch overhead."""
    prof = os.path.join(tmp, "p.yaml")
    with open(prof, "w") as f:
        f.write("dispatch_overhead: {p50_ns: 1000, p99_ns: 5000, max_ns: 20000}\n"
                "models:\n  - {name: cam_rear_det, wcet_ns: 7000000}\n")
    out = json.loads(run("admit", QUICK, "--wcet-profile", prof, "--json").stdout)
    check(out["overhead_ns"] == 20000, f"overhead {out['overhead_ns']}")
    w = {m["name"]: m["wcet_ns"] for m in out["models"]}
    check(w["cam_rear_det"] == 7 * MS + 20000, f"cam_rear_det {w['cam_rear_det']}")
    check(w["gaze"] == 1500000 + 20000, f"gaze {w['gaze']}")
    check(w["segmentation"] == 35 * MS + 4 * 20000, f"segmentation {w['segmentation']}")


def case_stdout_and_seed(tmp):
    a = run("profile", QUICK, "--runs", "50", "--seed", "3", "--margin", "1.5").stdout
    b = run("profile", QUICK, "--runs", "50", "--seed", "3", "--margin", "1.5").stdout
    check(a == b and "margin: 1.5\n" in a, "same seed, same profile")
    check("wcet_ns: 2250000\n" in a, "gaze at margin 1.5")


def case_bad_usage(tmp):
    err = run("profile", QUICK, "--runs", "0", expect=2).stderr
    check("--runs '0': expected an integer 1..10000000" in err, err)
    err = run("profile", QUICK, "--margin", "0.5", expect=2).stderr
    check("--margin '0.5': expected a number >= 1" in err, err)
    err = run("profile", expect=2).stderr
    check("expected one WORKLOAD file" in err, err)
    err = run("profile", "/nonexistent.yaml", expect=2).stderr
    check("/nonexistent.yaml:0: cannot open" in err, err)
    bad = os.path.join(tmp, "bad.yaml")
    with open(bad, "w") as f:
        f.write("models:\n  - name: gaze\n    wcet_ns: 0\n")
    for cmd in ("admit", "run"):
        err = run(cmd, QUICK, "--wcet-profile", bad, expect=2).stderr
        check(f"aegisrt {cmd}: --wcet-profile: {bad}:3: wcet_ns: expected a WCET >= 1 ns, "
              "got 0" in err, err)
    err = run("admit", QUICK, "--wcet-profile", os.path.join(tmp, "none.yaml"), expect=2).stderr
    check("none.yaml:0: cannot open" in err, err)
    out = run("help", "profile").stdout
    check("usage: aegisrt profile WORKLOAD" in out, out)


CASES = {
    "quickstart": case_quickstart,
    "partial_and_overhead": case_partial_and_overhead,
    "stdout_and_seed": case_stdout_and_seed,
    "bad_usage": case_bad_usage,
}

if __name__ == "__main__":
    if CASE not in CASES:
        sys.exit(f"unknown case {CASE}")
    with tempfile.TemporaryDirectory() as tmp:
        CASES[CASE](tmp)
    print(f"ok: {CASE}")
