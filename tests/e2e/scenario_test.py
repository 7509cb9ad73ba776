#!/usr/bin/env python3
"""End-to-end tests of bench_scenario's aegis-plan set-up on the simulated device.

usage: scenario_test.py BENCH_SCENARIO AEGISRT REPO_ROOT CASE

no_curves: without --wcet-profile aegis-plan does not run on sim, says why, and the run
  (every other set-up, the sweep, the CSV files and the page) still succeeds.
plan: with curves (examples/edge-24-gpu.yaml profiled on sim by `aegisrt profile
  --lane-sizes 4,8,16`, whose points are flat there, then its 8- and 16-SM points made
  2.5x and 5.5x faster by this test: hand-made curves, not measurements) aegis-plan
  plans its lanes at each load, runs each model on its planned lane and admits all 24
  at load 1 with 0 misses and 0 jobs past their bound; the comparison with naive and
  the sweep's verdict are printed; the CSV files carry the layout.
plan_busy: --plan-objective busy: the plan line names the objective and gives the
  longest busy period, every model placed; a bad objective, or a --plan-pool without a
  unit under busy, is a usage error.
plan_burst: --plan-objective burst on the curves an H100 measured
  (docs/results/scenario-plan-h100/burst-fragmented): four 4-SM lanes, every model placed
  and admitted, 0 misses. On the GPU that plan's run refused bev_fusion for memory: its
  lane's arena grew into a fragmented pool (684 MiB free, no block of 480 MiB). The
  simulated device now gives the set-ups with admission the same pool budget, and
  aegis-plan admits by decreasing
  transient need, so that no arena grows: without the second the run refuses it here too.
bad_profile: an unreadable --wcet-profile is a usage error (exit 2).
"""
import csv
import os
import re
import subprocess
import sys
import tempfile

BENCH, AEGISRT, ROOT, CASE = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
WL = os.path.join(ROOT, "examples", "edge-24-gpu.yaml")
SPEEDUP = {8: 0.4, 16: 0.18}  # a point's times x this (hand-made)


def run(*args, expect=0):
    p = subprocess.run([BENCH, "--workload", WL, "--device", "sim", *args],
                       capture_output=True, text=True, timeout=300)
    if p.returncode != expect:
        sys.exit(f"FAIL: bench_scenario {' '.join(args)}: exit {p.returncode}, expected "
                 f"{expect}\nstdout:\n{p.stdout[-4000:]}\nstderr:\n{p.stderr}")
    return p.stdout


def check(cond, msg):
    if not cond:
        sys.exit("FAIL: " + msg)


def rows(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def curves(tmp):
    flat = os.path.join(tmp, "flat.profile")
    p = subprocess.run([AEGISRT, "profile", WL, "--device", "sim", "--lane-sizes", "4,8,16",
                        "--runs", "20", "-o", flat], capture_output=True, text=True,
                       timeout=300)
    check(p.returncode == 0, f"aegisrt profile: {p.stderr}")
    text = open(flat).read()

    def point(m):
        sms = int(m.group(1))
        if sms not in SPEEDUP:
            return m.group(0)
        return re.sub(r"(p50_ns|p99_ns|max_ns|wcet_ns): (\d+)",
                      lambda t: f"{t.group(1)}: {round(int(t.group(2)) * SPEEDUP[sms])}",
                      m.group(0))
    out = os.path.join(tmp, "hand-made.profile")
    with open(out, "w") as f:
        f.write(re.sub(r"\{sms: (\d+),[^}]*\}", point, text))
    return out


def case_no_curves(tmp):
    out = run("--duration", "1s", "--sweep", "2", "--sweep-duration", "1s", "--out", tmp)
    check("== aegis-plan:" in out and "did not run: needs curves: --wcet-profile" in out,
          f"aegis-plan's reason:\n{out}")
    check("aegis-plan vs naive: not compared" in out, f"comparison:\n{out}")
    check("aegis-plan: did not run at any load" in out, f"sweep verdict:\n{out}")
    check("load: every kernel's time x load" in out, f"load axis:\n{out}")
    sweep = rows(os.path.join(tmp, "sweep.csv"))
    check([float(r["load"]) for r in sweep if r["setup"] == "naive"] == [0.6, 2.0],
          f"sweep loads: {sweep}")
    check(all(r["ok"] == "0" for r in sweep if r["setup"] == "aegis-plan"), "aegis-plan ran")
    check(os.path.getsize(os.path.join(tmp, "scenario.html")) > 0, "no page")
    # each load's results printed as soon as they ran (a run stopped later keeps them),
    # the same figures as sweep.csv's
    for r in (r for r in sweep if r["setup"] == "naive"):
        line = (f"   naive        admitted {r['admitted']}/24, {r['jobs']} jobs, "
                f"{r['missed']} missed")
        check(line in out, f"no per-load line {line!r}:\n{out}")


def case_plan(tmp):
    prof = curves(tmp)
    out = run("--duration", "5s", "--sweep", "3", "--sweep-duration", "2s",
              "--modes", "naive,aegis-edf,aegis-plan", "--wcet-profile", prof,
              "--out", tmp)
    check(re.search(r"^   plan: 1 lane of 16 SMs \(edf-np\), objective slack-ratio, 24/24 "
                    r"models placed", out, re.M),
          f"the plan (one 16-SM lane: the curves make it 5.5x faster):\n{out}")
    check("lane 0 (16 SMs): dms_gaze," in out, f"the plan's members:\n{out}")
    summary = {r["setup"]: r for r in rows(os.path.join(tmp, "summary.csv"))}
    p = summary["aegis-plan"]
    check(p["ok"] == "1" and p["admitted"] == "24" and p["missed"] == "0" and
          p["violations"] == "0" and p["layout"] == "16", f"aegis-plan at load 1: {p}")
    # the simulated device ran each job at its 16-SM speed: far less busy than on 4 lanes
    check(float(p["busy_fraction"]) < float(summary["aegis-edf"]["busy_fraction"]),
          f"speeds not applied: {p} vs {summary['aegis-edf']}")
    check(re.search(r"^  admitted +24/24 vs 24/24$", out, re.M) and
          re.search(r"^  largest p99\.9 .*aegis-plan / naive [0-9.]+x$", out, re.M) and
          re.search(r"^  device busy .*aegis-plan / naive [0-9.]+x$", out, re.M),
          f"aegis-plan vs naive:\n{out}")
    check(re.search(r"^aegis-plan at every load where a baseline missed nothing.*: yes$",
                    out, re.M), f"sweep verdict:\n{out}")
    sweep = [r for r in rows(os.path.join(tmp, "sweep.csv")) if r["setup"] == "aegis-plan"]
    check(len(sweep) == 3 and all(r["ok"] == "1" and r["layout"] for r in sweep),
          f"sweep.csv: {sweep}")


def case_plan_busy(tmp):
    prof = curves(tmp)
    out = run("--duration", "1s", "--sweep", "0", "--modes", "aegis-plan", "--wcet-profile",
              prof, "--plan-objective", "busy", "--plan-pool", "100us", "--out", tmp)
    m = re.search(r"^   plan: (\d+) lanes? of [0-9+]+ SMs \(edf-np\), objective busy, "
                  r"24/24 models placed; .*; longest busy period ([0-9.]+) ms;", out, re.M)
    check(m and float(m.group(2)) > 0, f"the plan line:\n{out}")
    summary = {r["setup"]: r for r in rows(os.path.join(tmp, "summary.csv"))}
    p = summary["aegis-plan"]
    check(p["ok"] == "1" and p["admitted"] == "24" and p["violations"] == "0", f"{p}")
    for bad in (("--plan-objective", "slack"), ("--plan-objective", "busy", "--plan-pool",
                                                 "0.1")):
        run("--duration", "1s", "--sweep", "0", *bad, "--out", tmp, expect=2)


def case_plan_burst(tmp):
    prof = os.path.join(ROOT, "docs", "results", "scenario-plan-h100", "burst-fragmented",
                        "curves-load1.00.profile")
    out = run("--duration", "2s", "--sweep", "0", "--modes", "naive,aegis-plan",
              "--time-scale", "2", "--dispatch-overhead", "25us", "--wcet-inflation", "1.25",
              "--host-stall", "3ms", "--wcet-profile", prof, "--plan-objective", "burst",
              "--out", tmp)
    m = re.search(r"^   plan: 4 lanes of 4\+4\+4\+4 SMs \(edf-np\), objective burst, "
                  r"24/24 models placed; .*; longest burst ([0-9.]+) ms;", out, re.M)
    check(m and float(m.group(1)) > 0, f"the plan line:\n{out}")
    check("refused" not in out, f"a model refused:\n{out}")
    summary = {r["setup"]: r for r in rows(os.path.join(tmp, "summary.csv"))}
    p = summary["aegis-plan"]
    check(p["ok"] == "1" and p["admitted"] == "24" and p["missed"] == "0"
          and p["violations"] == "0", f"{p}")
    check(summary["naive"]["jobs"] == p["jobs"], f"the same jobs: {summary}")
    run("--duration", "1s", "--sweep", "0", "--plan-objective", "burst", "--plan-pool", "0.1",
        "--out", tmp, expect=2)


def case_bad_profile(tmp):
    run("--duration", "1s", "--sweep", "0", "--wcet-profile",
        os.path.join(tmp, "missing.profile"), "--out", tmp, expect=2)


with tempfile.TemporaryDirectory() as tmp:
    {"no_curves": case_no_curves, "plan": case_plan, "plan_busy": case_plan_busy,
     "plan_burst": case_plan_burst,
     "bad_profile": case_bad_profile}[CASE](tmp)
print("ok")
