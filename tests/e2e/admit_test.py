#!/usr/bin/env python3
"""End-to-end tests of `aegisrt admit`: run it as a user would and check its verdict,
exit status and what it prints, against values worked out by hand.

usage: admit_test.py AEGISRT REPO_ROOT CASE

The task set of Davis, Burns, Bril, Lukkien (Real-Time Systems 35(3), 2007), in ms:
A (C 1, T 2.5, D 2.5, prio 0), B (C 1, T 3.5, D 3.25, prio 1), C (C 1, T 3.5, D 3.25,
prio 2); U = 0.971. By hand, with the discrete-time equations of src/analysis/fp.c and
src/analysis/edf.c (1 ns ticks):
- fp, non-preemptive: C has no lower-priority task (B_C = 0); its level-C busy period
  is 7 ms (t = 3 -> 4 -> 6 -> 7), so Q = ceil(7 / 3.5) = 2 jobs. Job 0: w = 2, R = 3.
  Job 1: w = 1 + (floor(w/2.5)+1) + (floor(w/3.5)+1): 1 -> 3 -> 4 -> 5 -> 6 = fixed
  point, R = 6 - 3.5 + 1 = 3.5 ms > D = 3.25: rejected, C's bound 3.5 ms. With
  C_C = 1 ms - 1 ns job 1 stops at w = 5 ms - 1 ns, before A's third release at 5 ms,
  and R = 2.5 ms - 2 ns (job 0: 3 ms - 1 ns): the largest WCET of C is 999999 ns.
- fp, fully preemptive: R_A = 1, R_B = 2, R_C = 1 + ceil(R/2.5) + ceil(R/3.5):
  1 -> 3 -> 4 -> 5 = 5 ms > 3.25: rejected too (the analysis stops at the deadline
  and reports at least 4 ms). C fits while R_C stays below 2.5 (one A job):
  C_C + 2 <= 2.5, so the largest WCET of C is 500 us.
- fp with any order (opa): the lowest task would see both others (2 ms of
  interference at its first job, and a later job as above): A lowest: R = 3 > 2.5;
  B or C lowest: 3.5 > 3.25. No order works: rejected.
- edf (preemptive and not): the demand h(t) at the deadlines within the preemptive
  busy period (7 ms): h(2.5) = 1, h(3.25) = 3, h(5) = 4, h(6.75) = 6, each <= t, so
  h(t) <= t at every later deadline too. The non-preemptive blocking
  max{C_j - 1 : D_j > t} is 1 ms - 1 ns at t = 2.5 only (2 ms - 1 ns <= 2.5) and 0
  from t = 3.25 on: accepted either way.
- 2 lanes, fp, non-preemptive: A on lane 0; B on lane 1 (the least utilised), C on
  lane 1 (0.286 < 0.4) where R_B = 1 + (1 ms - 1 ns) and R_C = 2 ms: accepted.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

AEGISRT, ROOT, CASE = sys.argv[1], sys.argv[2], sys.argv[3]
QUICK = os.path.join(ROOT, "examples", "quickstart.yaml")
EDGE = os.path.join(ROOT, "examples", "edge-24.yaml")
TASKSETS = os.path.join(ROOT, "tests", "data", "tasksets")
CAN = os.path.join(TASKSETS, "davis2007_can_fp_unschedulable.csv")

MS = 1_000_000
US = 1_000


def run(*args, expect=0):
    p = subprocess.run([AEGISRT, *args], capture_output=True, text=True, timeout=120)
    if p.returncode != expect:
        sys.exit(f"FAIL: aegisrt {' '.join(args)}: exit {p.returncode}, expected {expect}\n"
                 f"stdout:\n{p.stdout}\nstderr:\n{p.stderr}")
    return p


def run_json(*args, expect=0):
    out = run(*args, "--json", expect=expect).stdout
    try:
        return json.loads(out)
    except json.JSONDecodeError as e:
        sys.exit(f"FAIL: aegisrt {' '.join(args)} --json: not JSON ({e}):\n{out}")


def check(cond, msg):
    if not cond:
        sys.exit("FAIL: " + msg)


def by_name(res):
    return {m["name"]: m for m in res["models"]}


def yaml_names(path):
    with open(path) as f:
        return [l.split(":", 1)[1].strip() for l in f if l.strip().startswith("- name:")]


def case_quickstart_admitted():
    out = run("admit", QUICK).stdout
    check("fp-np" in out and "Davis" in out, "analysis name or source missing:\n" + out)
    check("verdict: schedulable" in out, "no schedulable verdict:\n" + out)
    res = run_json("admit", QUICK)
    check(res["schedulable"] is True, "quickstart rejected")
    check(res["policy"] == "fp" and res["preemption"] == "none" and res["priorities"] == "rm",
          f"settings not taken from the file: {res}")
    check(res["analysis"] == "fp-np", "analysis " + res["analysis"])
    names = yaml_names(QUICK)
    check(sorted(names) == sorted(m["name"] for m in res["models"]), "models missing")
    for m in res["models"]:
        check(m["schedulable"] and m["bound_ns"] is not None, f"{m['name']}: {m}")
        check(0 < m["wcet_ns"] <= m["bound_ns"] <= m["deadline_ns"], f"bound > deadline: {m}")
        check(m["slack_ns"] == m["deadline_ns"] - m["bound_ns"], f"slack: {m}")
        check(m["max_wcet_ns"] is None, f"suggestion for a passing model: {m}")
    check(sorted(m["priority"] for m in res["models"]) == list(range(len(names))),
          "priority ranks are not 0..n-1")
    check(len(res["lane_results"]) == 2 and all(l["schedulable"] for l in res["lane_results"]),
          "lane results")


def case_edge24_admitted():
    run("admit", EDGE)
    res = run_json("admit", EDGE)
    check(res["schedulable"] is True, "edge-24 rejected")
    check(res["policy"] == "edf" and res["analysis"] == "edf-np", f"settings: {res}")
    check(len(res["models"]) == 24 and res["lanes"] == 4, "expected 24 models on 4 lanes")
    for m in res["models"]:
        check(m["schedulable"], f"{m['name']} fails")
        check(m["priority"] is None and m["bound_ns"] is None, f"fp fields under edf: {m}")
        if m["check_point_ns"] is not None:
            check(m["slack_ns"] is not None and m["slack_ns"] >= 0, f"negative slack: {m}")
            check(m["check_point_ns"] >= m["deadline_ns"] - m["jitter_ns"], f"check point: {m}")
    for l in res["lane_results"]:
        check(l["schedulable"] and 0 < l["utilisation"] < 1 and l["busy_period_ns"] > 0,
              f"lane {l}")


def case_can_fp_np_rejected():
    out = run("admit", CAN, expect=1).stdout
    rows = {l.split()[0]: l for l in out.splitlines() if l[:2] in ("A ", "B ", "C ")}
    check(set(rows) == {"A", "B", "C"}, "task rows missing:\n" + out)
    check("3.5ms" in rows["C"] and "MISS" in rows["C"], "C's bound 3.5ms not shown:\n" + out)
    check(rows["A"].rstrip().endswith("ok") and rows["B"].rstrip().endswith("ok"),
          "A and B should pass:\n" + out)
    check("verdict: NOT schedulable" in out, "no rejection verdict:\n" + out)
    check("C: WCET at most 999.999us" in out, "max-WCET suggestion missing:\n" + out)
    res = run_json("admit", CAN, expect=1)
    check(res["schedulable"] is False and res["analysis"] == "fp-np", f"verdict: {res}")
    m = by_name(res)
    check(m["C"]["schedulable"] is False and m["C"]["bound_ns"] is None, f"C: {m['C']}")
    check(m["C"]["bound_at_least_ns"] == 3500 * US, f"C's response time: {m['C']}")
    check(m["C"]["slack_ns"] == -250 * US, f"C's slack: {m['C']}")
    check(m["C"]["max_wcet_ns"] == 1 * MS - 1, f"C's largest WCET: {m['C']}")
    for n in ("A", "B"):
        check(m[n]["schedulable"] and m[n]["bound_ns"] <= m[n]["deadline_ns"], f"{n}: {m[n]}")
        check(m[n]["max_wcet_ns"] is None, f"{n} got a suggestion")
    check(res["lane_results"][0]["failing_model"] == "C", "failing model")


def case_can_fp_full_rejected():
    out = run("admit", CAN, "--preemption", "full", expect=1).stdout
    check("fp-p" in out and "comparison only" in out, "full preemption not labelled:\n" + out)
    res = run_json("admit", CAN, "--preemption", "full", expect=1)
    m = by_name(res)
    check(m["A"]["bound_ns"] == 1 * MS and m["B"]["bound_ns"] == 2 * MS, f"A, B: {m}")
    check(m["C"]["schedulable"] is False, "C passes under full preemption")
    check(m["C"]["bound_at_least_ns"] > m["C"]["deadline_ns"], f"C: {m['C']}")
    check(m["C"]["max_wcet_ns"] == 500 * US, f"C's largest WCET: {m['C']}")


def case_can_opa_rejected():
    res = run_json("admit", CAN, "--priorities", "opa", expect=1)
    check(res["priorities"] == "opa", "opa not applied")
    check(res["lane_results"][0]["opa_found"] is False, "OPA found an order that cannot exist")


def case_can_edf_accepted():
    for pre in ("none", "full"):
        res = run_json("admit", CAN, "--policy", "edf", "--preemption", pre)
        check(res["schedulable"] is True, f"edf/{pre} rejected")
        check(res["analysis"] == ("edf-np" if pre == "none" else "edf-p"), res["analysis"])
        for t in res["models"]:
            check(t["slack_ns"] is not None and t["slack_ns"] >= 0, f"slack: {t}")


def case_taskset_two_lanes():
    res = run_json("admit", CAN, "--lanes", "2")
    m = by_name(res)
    check([m[n]["lane"] for n in "ABC"] == [0, 1, 1], f"placement: {m}")
    check(m["C"]["bound_ns"] == 2 * MS, f"C: {m['C']}")
    res = run_json("admit", CAN, "--lanes", "3", "--assign", "worst-fit")
    check(sorted(t["lane"] for t in res["models"]) == [0, 1, 2], "worst-fit spreads the set")


def case_overhead():
    base = by_name(run_json("admit", QUICK))
    res = run_json("admit", QUICK, "--overhead", "100us")
    check(res["overhead_ns"] == 100 * US, "overhead not reported")
    for name, m in by_name(res).items():
        want = base[name]["wcet_ns"] + m["segments"] * 100 * US
        check(m["wcet_ns"] == want, f"{name}: wcet {m['wcet_ns']} != {want}")
        if m["bound_ns"] is not None:
            check(m["bound_ns"] >= base[name]["bound_ns"], f"{name}: bound shrank")
    seg = by_name(res)["segmentation"]
    check(seg["segments"] == 4, f"segmentation segments: {seg}")


def case_host_stall():
    # FP_NP with RM priorities on edge-24: a stall g charged as release jitter raises
    # every bound by at least g; one that reaches a period is refused with the model
    base = by_name(run_json("admit", EDGE, "--policy", "fp", "--priorities", "dm"))
    res = run_json("admit", EDGE, "--policy", "fp", "--priorities", "dm", "--host-stall", "1ms")
    check(res["host_stall_ns"] == MS, "host stall not reported")
    for name, m in by_name(res).items():
        if m["bound_ns"] is not None and base[name]["bound_ns"] is not None:
            check(m["bound_ns"] >= base[name]["bound_ns"] + MS,
                  f"{name}: bound {m['bound_ns']} not >= {base[name]['bound_ns']} + 1ms")
    out = run("admit", EDGE, "--host-stall", "1ms").stdout
    check("host stall 1ms (charged as release jitter)" in out, out[:300])
    p = run("admit", EDGE, "--host-stall", "20ms", expect=2)
    check("model 'dms_gaze': its release jitter plus the host stall 20ms reaches its period"
          in p.stderr, p.stderr)
    run("admit", EDGE, "--host-stall", "-1ms", expect=2)


def case_assign_and_lanes():
    res = run_json("admit", QUICK, "--lanes", "1", "--assign", "first-fit", expect=1)
    check(all(m["lane"] == 0 for m in res["models"]), "one lane: everything on lane 0")
    res = run_json("admit", QUICK, "--lanes", "4", "--assign", "worst-fit")
    check(res["assign"] == "worst-fit" and len(res["lane_results"]) == 4, f"{res}")
    check(all(0 <= m["lane"] < 4 and m["placed"] for m in res["models"]), "lanes out of range")
    p = run("admit", QUICK, "--lanes", "1", expect=2)
    check("lane 1 does not exist" in p.stderr, "pinned lane beyond --lanes: " + p.stderr)


def case_bad_usage():
    with tempfile.TemporaryDirectory() as d:
        fifo = os.path.join(d, "fifo.yaml")
        with open(fifo, "w") as f:
            f.write("runtime: {policy: fifo}\nmodels:\n  - {name: a, period: 10ms, exec: 1ms}\n")
        p = run("admit", fifo, expect=2)
        check("fifo has no schedulability analysis" in p.stderr, p.stderr)
        run("admit", fifo, "--policy", "edf")  # the option overrides the file
        bad = os.path.join(TASKSETS, "bad_deadline_over_period.csv")
        p = run("admit", bad, expect=2)
        check(p.stderr.startswith("aegisrt admit: " + bad + ":2: task 'det': deadline 40ms"),
              "no file:line prefix: " + p.stderr)
        p = run("admit", "/nonexistent/t.csv", expect=2)
        check("/nonexistent/t.csv:0:" in p.stderr, "missing file: " + p.stderr)
        txt = os.path.join(d, "t.txt")
        shutil.copy(CAN, txt)
        run("admit", txt, expect=2)
    p = run("admit", QUICK, "--policy", "fifo", expect=2)
    check("fifo has no schedulability analysis" in p.stderr, p.stderr)
    run("admit", EDGE, "--priorities", "rm", expect=2)
    for args in (["--policy", "rr"], ["--preemption", "some"], ["--priorities", "random"],
                 ["--assign", "best"], ["--lanes", "0"], ["--lanes", "65"], ["--lanes", "x"],
                 ["--overhead", "5"], ["--overhead", "-1us"], ["--bogus"], ["--policy"]):
        run("admit", QUICK, *args, expect=2)
    run("admit", expect=2)
    run("admit", QUICK, CAN, expect=2)


def case_json_escaping():
    with tempfile.TemporaryDirectory() as d:
        odd = os.path.join(d, 'we"ird\\name.csv')
        shutil.copy(CAN, odd)
        res = run_json("admit", odd, "--policy", "edf")
        check(res["file"] == odd, f"file name not escaped: {res['file']!r}")


def case_help():
    out = run("--help").stdout
    check("admit FILE" in out, "top-level help lacks admit")
    out = run("admit", "--help").stdout
    for opt in ("--policy", "--preemption", "--priorities", "--assign", "--lanes",
                "--overhead", "--json", "first-fit", "worst-fit", "opa", "full"):
        check(opt in out, f"admit --help lacks {opt}")


def case_edge24_memory_plan():
    """Issue 5's targets on edge-24: the plan fits 8 GiB, shares transient memory at
    least 3x better than private arenas, and equals the lower bound."""
    mem = run_json("admit", EDGE)["memory"]
    check(mem["fits"] and mem["budget"] == 8 << 30, f"plan must fit 8 GiB: {mem}")
    check(mem["planned"] <= mem["budget"], f"over budget: {mem}")
    check(mem["private_transient"] >= 3 * mem["arenas"],
          f"transient sharing below 3x: {mem['private_transient']} vs {mem['arenas']}")
    check(mem["planned"] == mem["lower_bound"], f"plan above the lower bound: {mem}")
    check(len(mem["lane_arenas"]) == 4 and mem["arenas"] == sum(mem["lane_arenas"]),
          f"lane arenas: {mem}")
    out = run("admit", EDGE).stdout
    check("memory plan" in out and "x less" in out and "headroom" in out, out)


def case_memory_refused():
    """A workload whose plan exceeds its budget is refused by admit (exit 1) and by
    run (exit 2), with the numbers."""
    with tempfile.TemporaryDirectory() as d:
        w = os.path.join(d, "tight.yaml")
        with open(w, "w") as f:
            f.write("runtime: {lanes: 2, policy: edf, memory_budget: 1GiB}\n"
                    "models:\n"
                    "  - {name: a, period: 50ms, exec: 5ms, lane: 0,\n"
                    "     memory: {persistent: 300MiB, transient: 400MiB}}\n"
                    "  - {name: b, period: 50ms, exec: 5ms, lane: 1,\n"
                    "     memory: {persistent: 100MiB, transient: 300MiB}}\n")
        p = run("admit", w, expect=1)
        check("NOT admissible" in p.stdout and "model 'b' on lane 1" in p.stdout
              and "budget of 1GiB" in p.stdout, p.stdout)
        mem = run_json("admit", w, expect=1)["memory"]
        check(not mem["fits"], f"should not fit: {mem}")
        p = run("run", w, expect=2)
        check(f"{w}:5:" in p.stderr and "does not fit the budget" in p.stderr, p.stderr)


def case_memory_outside():
    """A profile's device_memory (what contexts, cuDNN, cuBLAS and the driver take
    outside the pool, measured on a GPU) is named item by item and counted against the
    budget: the plan of 1100 MiB fits 2 GiB with 824 MiB outside (312 + 2 x (38 + 210 +
    8)), not with 1004 MiB (cuDNN 300 MiB a lane); without it, admit says 'not
    measured' and the plan alone counts."""
    MIB = 1 << 20
    with tempfile.TemporaryDirectory() as d:
        w = os.path.join(d, "w.yaml")
        with open(w, "w") as f:
            f.write("runtime: {lanes: 2, policy: edf, memory_budget: 2GiB}\n"
                    "models:\n"
                    "  - {name: a, period: 50ms, exec: 5ms, lane: 0,\n"
                    "     memory: {persistent: 300MiB, transient: 400MiB}}\n"
                    "  - {name: b, period: 50ms, exec: 5ms, lane: 1,\n"
                    "     memory: {persistent: 100MiB, transient: 300MiB}}\n")

        def profile(cudnn_mib, other=""):
            path = os.path.join(d, f"p{cudnn_mib}{other}.yaml")
            with open(path, "w") as f:
                f.write("version: 3\ndevice: cuda\nlanes: 2\n"
                        f"device_memory: {{driver_fixed: {312 * MIB}, "
                        f"per_lane_context: {38 * MIB}, per_lane_cudnn: {cudnn_mib * MIB}, "
                        f"per_lane_cublas: {8 * MIB}{other}}}\n"
                        "models:\n  - {name: a, wcet_ns: 5000000}\n"
                        "  - {name: b, wcet_ns: 5000000}\n")
            return path

        out = run("admit", w).stdout
        check("outside the pool (CUDA contexts, cuDNN, cuBLAS, driver): not measured" in out
              and "headroom 948MiB of 2GiB" in out, out)
        mem = run_json("admit", w)["memory"]
        check(mem["outside"] == 0 and mem["device_memory"] is None, f"{mem}")
        fits = profile(210)
        out = run("admit", w, "--wcet-profile", fits).stdout
        check("outside the pool (measured, cuda): CUDA contexts 2 x 38MiB, cuDNN 2 x 210MiB, "
              "cuBLAS 2 x 8MiB, driver 312MiB = 824MiB" in out, out)
        check("device total 1.8GiB = planned 1GiB + outside the pool 824MiB; "
              "headroom 124MiB of 2GiB" in out, out)
        mem = run_json("admit", w, "--wcet-profile", fits)["memory"]
        check(mem["fits"] and mem["outside"] == 824 * MIB and mem["free"] == 124 * MIB and
              mem["device_memory"] == {"driver_fixed": 312 * MIB,
                                       "per_lane_context": 38 * MIB,
                                       "per_lane_cudnn": 210 * MIB,
                                       "per_lane_cublas": 8 * MIB,
                                       "device_other": 0}, f"{mem}")
        check("not this process's" not in out, out)
        # what the driver reserves (NVML): stated, not counted
        other = profile(210, f", device_other: {566 * MIB}")
        out = run("admit", w, "--wcet-profile", other).stdout
        check("device total 1.8GiB = planned 1GiB + outside the pool 824MiB; "
              "headroom 124MiB of 2GiB\nnot this process's: the driver reserves 566MiB "
              "of the device for itself (nvidia-smi's \"reserved\"), not counted\n"
              in out, out)
        mem = run_json("admit", w, "--wcet-profile", other)["memory"]
        check(mem["outside"] == 824 * MIB and
              mem["device_memory"]["device_other"] == 566 * MIB, f"{mem}")
        tight = profile(300)
        p = run("admit", w, "--wcet-profile", tight, expect=1)
        check("NOT admissible" in p.stdout and
              "does not fit the budget of 2GiB less 1004MiB outside the pool" in p.stdout,
              p.stdout)
        check(not run_json("admit", w, "--wcet-profile", tight, expect=1)["memory"]["fits"],
              "should not fit")


CASES = {k[5:]: v for k, v in globals().items() if k.startswith("case_")}
if CASE not in CASES:
    sys.exit(f"unknown case {CASE}; known: {', '.join(CASES)}")
CASES[CASE]()
print(f"ok {CASE}")
