#!/usr/bin/env python3
"""End-to-end tests of the aegisrt CLI: run it as a user would and check what it
prints, its exit status and the files it writes.

usage: cli_test.py AEGISRT REPO_ROOT CASE
"""
import json
import os
import subprocess
import sys
import tempfile

AEGISRT, ROOT, CASE = sys.argv[1], sys.argv[2], sys.argv[3]
QUICK = os.path.join(ROOT, "examples", "quickstart.yaml")
EDGE = os.path.join(ROOT, "examples", "edge-24.yaml")
CHECK_TRACE = os.path.join(ROOT, "tests", "e2e", "check_chrome_trace.py")


def run(*args, expect=0):
    p = subprocess.run([AEGISRT, *args], capture_output=True, text=True, timeout=120)
    if p.returncode != expect:
        sys.exit(f"FAIL: aegisrt {' '.join(args)}: exit {p.returncode}, expected {expect}\n"
                 f"stdout:\n{p.stdout}\nstderr:\n{p.stderr}")
    return p


def check(cond, msg):
    if not cond:
        sys.exit("FAIL: " + msg)


def case_quickstart_table():
    out = run("run", QUICK).stdout
    check("model" in out and "utilisation" in out, "table header missing:\n" + out)
    check("total:" in out, "totals line missing")
    with open(QUICK) as f:
        names = [l.split(":", 1)[1].strip() for l in f if l.strip().startswith("- name:")]
    check(len(names) >= 6, "quickstart should have several models")
    for n in names:
        check(n in out, f"model {n} missing from the table")


def case_edge24_json():
    res = json.loads(run("run", EDGE, "--json", "--duration", "5s").stdout)
    check(len(res["models"]) == 24, "expected 24 models")
    check(res["duration_ns"] == 5_000_000_000, "duration override ignored")
    for m in res["models"]:
        ended = (m["completed"] + m["rejected"] + m["cancelled"] + m["failed"])
        check(ended == m["released"], f"{m['name']}: jobs lost: {m}")
        check(m["completed"] > 0, f"{m['name']} completed nothing")
        if m["completed"]:
            check(0 < m["response_p50_ns"] <= m["response_p90_ns"] <= m["response_p99_ns"]
                  <= m["response_p999_ns"] <= m["response_max_ns"],
                  f"{m['name']}: percentiles out of order")
            check(m["response_jitter_ns"] == m["response_max_ns"] - m["response_min_ns"]
                  and m["response_cv"] >= 0, f"{m['name']}: jitter or cv wrong")
    check(len(res["lane_stats"]) == res["lanes"], "lane stats missing")
    for l in res["lane_stats"]:
        check(0.0 < l["utilisation"] < 1.0, f"lane utilisation {l}")


def case_policy_override():
    for pol in ("fp", "edf"):
        res = json.loads(run("run", QUICK, "--json", "--policy", pol, "--duration", "1s").stdout)
        check(res["policy"] == pol, f"--policy {pol} not applied")
    # fifo has no analysis: a baseline, run without admission control and said so
    p = run("run", QUICK, "--json", "--policy", "fifo", "--duration", "1s")
    check("no schedulability analysis" in p.stderr and "no deadline is proven" in p.stderr,
          p.stderr)
    check(json.loads(p.stdout)["policy"] == "fifo", "--policy fifo not applied")
    res = json.loads(run("run", QUICK, "--json", "--policy", "fifo", "--force",
                         "--duration", "1s").stdout)
    check(res["policy"] == "fifo", "--policy fifo --force not applied")


def case_admission_refuses_overload():
    with tempfile.TemporaryDirectory() as d:
        w = os.path.join(d, "over.yaml")
        with open(w, "w") as f:
            f.write("runtime: {lanes: 1, policy: fp, priorities: rm}\n"
                    "models:\n"
                    "  - {name: long, period: 100ms, exec: 30ms, lane: 0}\n"
                    "  - {name: short, period: 10ms, exec: 2ms, lane: 0}\n")
        p = run("run", w, expect=2)
        check(f"{w}:4:" in p.stderr and "'short' would miss" in p.stderr, p.stderr)
        res = json.loads(run("run", w, "--force", "--json", "--duration", "1s").stdout)
        short = [m for m in res["models"] if m["name"] == "short"][0]
        check(short["missed"] > 0, "the refused workload should miss when forced")


def case_trace_valid_and_deterministic():
    with tempfile.TemporaryDirectory() as d:
        a, b, c = (os.path.join(d, n) for n in ("a.json", "b.json", "c.json"))
        run("run", EDGE, "--duration", "2s", "--seed", "7", "--trace", a)
        run("run", EDGE, "--duration", "2s", "--seed", "7", "--trace", b)
        run("run", EDGE, "--duration", "2s", "--seed", "8", "--trace", c)
        # edge-24 for 2 s releases about 1,100 jobs: each a flow release -> segments
        # -> completion
        p = subprocess.run([sys.executable, CHECK_TRACE, a, "--expect-lanes", "4",
                            "--min-slices", "100", "--min-flows", "1000"],
                           capture_output=True, text=True)
        check(p.returncode == 0, "trace invalid: " + p.stdout + p.stderr)
        ba, bb, bc = (open(x, "rb").read() for x in (a, b, c))
        check(ba == bb, "same seed gave different traces")
        check(ba != bc, "different seeds gave the same trace")


def case_bad_input():
    bad = os.path.join(ROOT, "tests", "data", "bad", "deadline_over_period.yaml")
    p = run("run", bad, expect=2)
    check(p.stderr.startswith("aegisrt run: " + bad + ":"), "no file:line prefix: " + p.stderr)
    p = run("run", "/nonexistent/w.yaml", expect=2)
    check("/nonexistent/w.yaml:0:" in p.stderr, "missing file not reported: " + p.stderr)
    run("run", QUICK, "--duration", "10", expect=2)
    run("run", QUICK, "--policy", "lottery", expect=2)
    run("run", QUICK, "--bogus", expect=2)
    run("run", expect=2)
    run("frobnicate", expect=2)


def case_help():
    out = run("--help").stdout
    check("run WORKLOAD" in out, "top-level help lacks run")
    out = run("run", "--help").stdout
    for opt in ("--duration", "--seed", "--policy", "--preemption", "--trace", "--json"):
        check(opt in out, f"run --help lacks {opt}")
    check(run("version").stdout.startswith("aegisrt "), "version")


def case_fault_drill():
    """--inject on edge-24: the faulty models show in the faults table and the JSON,
    nobody else misses, and every job is accounted for; bad --inject is usage."""
    injects = ["--inject", "traffic_sign:slowdown=3", "--inject",
               "dms_gaze:fail_probability=0.1", "--inject", "lane_detect:alloc_fail_nth=2"]
    p = run("run", EDGE, "--duration", "3s", *injects)
    # no faults settings: a breach is counted, never quarantined (quarantine_after 0)
    check("faults" in p.stdout and "traffic_sign         degraded" in p.stdout,
          "faults table missing:\n" + p.stdout)
    check("every job accounted for" in p.stdout and "(per model too)" in p.stdout,
          "no conservation line:\n" + p.stdout)
    res = json.loads(run("run", EDGE, "--duration", "3s", "--json", *injects).stdout)
    by = {m["name"]: m for m in res["models"]}
    check(by["traffic_sign"]["health"] == "degraded" and by["traffic_sign"]["breaches"] >= 1
          and by["traffic_sign"]["quarantines"] == 0, f"traffic_sign: {by['traffic_sign']}")
    check(by["dms_gaze"]["failed"] > 0 and by["lane_detect"]["failed"] == 1,
          f"failures: {by['dms_gaze']} {by['lane_detect']}")
    for m in res["models"]:
        ended = (m["completed"] + m["rejected"] + m["failed"] + m["cancelled"])
        check(ended == m["released"], f"{m['name']}: jobs lost: {m}")
        if m["name"] not in ("traffic_sign", "dms_gaze", "lane_detect"):
            check(m["missed"] == 0 and m["faults"] == 0 and m["health"] == "healthy",
                  f"{m['name']} was hit: {m}")
    # examples/fault-drill.yaml keeps what its comments promise
    res = json.loads(run("run", os.path.join(ROOT, "examples", "fault-drill.yaml"),
                         "--json").stdout)
    by = {m["name"]: m for m in res["models"]}
    check(by["tracker"]["missed"] == 0 and by["tracker"]["faults"] == 0, f"{by['tracker']}")
    check(by["detector"]["quarantines"] >= 2 and by["detector"]["breaches"] == 0,
          f"{by['detector']}")
    check(by["planner"]["quarantines"] == 0 and by["planner"]["failed"] > 0, f"{by['planner']}")
    check(by["mapper"]["failed"] == 1, f"{by['mapper']}")
    for bad, words in ((["--inject", "nobody:slowdown=3"], "has no model 'nobody'"),
                       (["--inject", "dms_gaze:slowdown=0.5"], "inject.slowdown: expected"),
                       (["--inject", "dms_gaze:warp=1"], "unknown key 'warp'"),
                       (["--inject", "dms_gaze"], "expected MODEL:KEY=VALUE")):
        p = run("run", EDGE, "--duration", "1s", *bad, expect=2)
        check(words in p.stderr, f"{bad}: {p.stderr}")


CASES = {k[5:]: v for k, v in globals().items() if k.startswith("case_")}
if CASE not in CASES:
    sys.exit(f"unknown case {CASE}; known: {', '.join(CASES)}")
CASES[CASE]()
print(f"ok {CASE}")
