#!/usr/bin/env python3
"""End-to-end tests of `aegisrt plan`.

usage: plan_test.py AEGISRT REPO_ROOT CASE

tests/data/good/plan-unequal.yaml with its hand-written version 2 profile needs lanes of
different sizes: on 16 SMs [8, 4, 4] admits all five models, four lanes of 4 SMs (the
file's own) cannot place the long one. The planned workload (-o) must be admitted by
`aegisrt admit` with the plan's bounds, and run on the simulated device without a miss.
"""
import json
import os
import subprocess
import sys
import tempfile

AEGISRT, ROOT, CASE = sys.argv[1], sys.argv[2], sys.argv[3]
DATA = os.path.join(ROOT, "tests", "data", "good")
WL = os.path.join(DATA, "plan-unequal.yaml")
PROF = os.path.join(DATA, "plan-unequal.profile.yaml")
MS = 1_000_000


def run(*args, expect=0):
    p = subprocess.run([AEGISRT, *args], capture_output=True, text=True, timeout=300)
    if p.returncode != expect:
        sys.exit(f"FAIL: aegisrt {' '.join(args)}: exit {p.returncode}, expected {expect}\n"
                 f"stdout:\n{p.stdout}\nstderr:\n{p.stderr}")
    return p


def check(cond, msg):
    if not cond:
        sys.exit("FAIL: " + msg)


def plan_json(wl, *extra, expect=0):
    return json.loads(run("plan", wl, "--wcet-profile", PROF, "--json", *extra,
                          expect=expect).stdout)


def agrees_with_admit(plan, planned, fp):
    """admit of the planned workload: schedulable, each model on the plan's lane with
    the plan's WCET, bound (fp) and slack."""
    adm = json.loads(run("admit", planned, "--wcet-profile", PROF, "--json").stdout)
    check(adm["schedulable"], f"admit refuses the planned workload: {adm}")
    check(adm["lanes"] == len(plan["lanes"]), f"lanes {adm['lanes']} vs {plan['lanes']}")
    byname = {m["name"]: m for m in adm["models"]}
    for m in plan["models"]:
        a = byname[m["name"]]
        for k in ("lane", "wcet_ns", "slack_ns") + (("bound_ns",) if fp else ("check_point_ns",)):
            check(a[k] == m[k], f"{m['name']}: {k} admit {a[k]} plan {m[k]}")


def case_lanes_auto(tmp):
    """runtime.lanes: auto: `aegisrt admit` and `run` plan the lanes from the WCET
    profile as `aegisrt plan` does (the SMs from the device profile), then admit and
    run the plan; without a profile, or with a model pinned to a lane, they refuse."""
    text = open(WL).read().replace("lanes: [{sms: 4}, {sms: 4}, {sms: 4}, {sms: 4}]",
                                   "lanes: auto\n  device_profile: orin-agx-8g")
    auto = os.path.join(tmp, "auto.yaml")
    open(auto, "w").write(text)
    adm = run("admit", auto, "--wcet-profile", PROF, "--json")
    a = json.loads(adm.stdout)
    check(a["schedulable"] and a["lanes"] == 3, f"admit: {a}")
    check("runtime.lanes: auto: planned 3 lanes of [8, 4, 4] SMs, 5 of 5 models placed"
          in adm.stderr, f"admit's note:\n{adm.stderr}")
    p = plan_json(auto)
    byname = {m["name"]: m for m in a["models"]}
    for m in p["models"]:
        check(byname[m["name"]]["lane"] == m["lane"], f"{m['name']}: admit vs plan")
    r = json.loads(run("run", auto, "--wcet-profile", PROF, "--json").stdout)
    missed = sum(m["missed"] for m in r["models"])
    done = sum(m["completed"] for m in r["models"])
    check(missed == 0 and done > 0 and len(r["models"]) == 5,
          f"run: {missed} misses, {done} completed")
    for cmd in ("admit", "run"):
        e = run(cmd, auto, expect=2).stderr
        check("runtime.lanes: auto plans the lanes from a WCET profile" in e, f"{cmd}: {e}")
    pinned = os.path.join(tmp, "pinned.yaml")
    open(pinned, "w").write(text.replace("exec: 10ms", "exec: 10ms\n    lane: 1"))
    e = run("admit", pinned, "--wcet-profile", PROF, expect=2).stderr
    check("pinned.yaml:16:" in e and "with runtime.lanes: auto the planner chooses" in e,
          f"pinned: {e}")


def case_unequal(tmp):
    planned = os.path.join(tmp, "planned.yaml")
    out = run("plan", WL, "--wcet-profile", PROF, "--sms", "16", "-o", planned).stdout
    check("layout: 3 lanes of [8, 4, 4] SMs" in out, f"layout:\n{out}")
    check("verdict: every model admitted" in out, f"verdict:\n{out}")
    check("search: " in out and "lane analyses, budget not hit" in out, f"search:\n{out}")
    p = plan_json(WL, "--sms", "16")
    check([l["sms"] for l in p["lanes"]] == [8, 4, 4], f"lanes {p['lanes']}")
    check(p["all_admitted"] and p["admitted"] == 5, f"verdict {p}")
    long = p["models"][0]
    check(long["name"] == "long" and long["lane"] == 0 and long["wcet_ns"] == 6 * MS,
          f"long {long}")
    check(p["analysis"] == "fp-np" and p["min_slack_ns"] == 1 * MS, f"{p}")
    # the file: the layout, explicit priorities, every model pinned with a priority
    text = open(planned).read()
    check("lanes: [{sms: 8}, {sms: 4}, {sms: 4}]" in text, f"planned:\n{text}")
    check("priorities: explicit" in text and text.count("priority: ") == 5, f"planned:\n{text}")
    agrees_with_admit(p, planned, True)
    # the original file's four 4-SM lanes cannot place the long model
    run("admit", WL, "--wcet-profile", PROF, expect=1)
    r = json.loads(run("run", planned, "--wcet-profile", PROF, "--json").stdout)
    missed = sum(m["missed"] for m in r["models"])
    done = sum(m["completed"] for m in r["models"])
    check(missed == 0 and done > 0, f"run: {missed} misses, {done} completed")


def case_edf(tmp):
    wl = os.path.join(tmp, "edf.yaml")
    with open(WL) as f:
        open(wl, "w").write(f.read().replace("policy: fp", "policy: edf"))
    planned = os.path.join(tmp, "planned.yaml")
    p = json.loads(run("plan", wl, "--wcet-profile", PROF, "--sms", "16", "--json",
                       "-o", planned).stdout)
    check(p["analysis"] == "edf-np" and p["all_admitted"], f"{p}")
    check([l["sms"] for l in p["lanes"]] == [8, 4, 4], f"lanes {p['lanes']}")
    check(all(m["priority"] is None for m in p["models"]), "edf: no priorities")
    text = open(planned).read()
    check("priority:" not in text and "priorities: dm" in text, f"planned:\n{text}")
    agrees_with_admit(p, planned, False)
    r = json.loads(run("run", planned, "--wcet-profile", PROF, "--json").stdout)
    check(sum(m["missed"] for m in r["models"]) == 0, "edf run: misses")


def case_deterministic(tmp):
    outs = []
    for k in range(2):
        planned = os.path.join(tmp, f"p{k}.yaml")
        a = run("plan", WL, "--wcet-profile", PROF, "--sms", "16", "-o", planned).stdout
        b = run("plan", WL, "--wcet-profile", PROF, "--sms", "16", "--json").stdout
        outs.append((a, b, open(planned, "rb").read()))
    check(outs[0] == outs[1], "two runs differ")


def case_left_out(tmp):
    planned = os.path.join(tmp, "planned.yaml")
    p = run("plan", WL, "--wcet-profile", PROF, "--sms", "12", "-o", planned, expect=1)
    check("verdict: 4 of 5 models admitted; left out: long" in p.stdout, p.stdout)
    check("LEFT OUT" in p.stdout, p.stdout)
    j = plan_json(WL, "--sms", "12", expect=1)
    check(not j["all_admitted"] and j["admitted"] == 4 and j["models"][0]["lane"] is None,
          f"{j}")
    text = open(planned).read()
    check("lane: auto" in text, f"planned:\n{text}")
    # admission agrees: the file is not schedulable as a whole
    run("admit", planned, "--wcet-profile", PROF, expect=1)
    # a budget of one lane analysis: the search stops, says so, and still answers
    p = subprocess.run([AEGISRT, "plan", WL, "--wcet-profile", PROF, "--sms", "16",
                        "--budget", "1", "--json"], capture_output=True, text=True)
    check(p.returncode in (0, 1), f"budget 1: exit {p.returncode}\n{p.stderr}")
    check(json.loads(p.stdout)["search"]["budget_hit"], f"budget 1: {p.stdout}")


def case_points(tmp):
    """--points on segmented models: fp-lp chosen, preemption: points written, and
    admission of the planned file agrees model by model (its own segments per size)."""
    quick = os.path.join(ROOT, "examples", "quickstart.yaml")
    prof = os.path.join(tmp, "q.profile.yaml")
    run("profile", quick, "--lane-sizes", "4,8", "--runs", "50", "-o", prof)
    planned = os.path.join(tmp, "planned.yaml")
    p = json.loads(run("plan", quick, "--wcet-profile", prof, "--sms", "16", "--points",
                       "--json", "-o", planned).stdout)
    check(p["analysis"] == "fp-lp" and p["preemption"] == "points", f"{p}")
    check("preemption: points" in open(planned).read(), "preemption not written")
    adm = json.loads(run("admit", planned, "--wcet-profile", prof, "--json").stdout)
    check(adm["schedulable"] == p["all_admitted"], "verdicts differ")
    byname = {m["name"]: m for m in adm["models"]}
    for m in p["models"]:
        a = byname[m["name"]]
        for k in ("lane", "wcet_ns", "bound_ns", "slack_ns"):
            check(a[k] == m[k], f"{m['name']}: {k} admit {a[k]} plan {m[k]}")


def case_keys_kept(tmp):
    """Every key of a workload that uses them all survives -o; only the plan's change."""
    import yaml
    full = os.path.join(DATA, "full.yaml")
    prof = os.path.join(tmp, "full.profile.yaml")
    run("profile", full, "--lane-sizes", "4,8", "--runs", "20", "-o", prof)
    planned = os.path.join(tmp, "planned.yaml")
    run("plan", full, "--wcet-profile", prof, "--sms", "16", "-o", planned)
    a, b = yaml.safe_load(open(full)), yaml.safe_load(open(planned))
    check(all("sms" in l for l in b["runtime"]["lanes"]), f"lanes {b['runtime']['lanes']}")
    for d in (a, b):
        for k in ("lanes", "priorities", "preemption"):
            d["runtime"].pop(k, None)
        for m in d["models"]:
            m.pop("lane", None)
            m.pop("priority", None)
    check(a == b, f"keys changed:\n{a}\n{b}")
    # relative file names stay as written: beside the file they are found again
    import shutil
    shutil.copy(os.path.join(DATA, "det.samples"), tmp)
    run("admit", planned, "--wcet-profile", prof)


def case_bad_inputs(tmp):
    p = run("plan", WL, expect=2)
    check("--wcet-profile FILE is required" in p.stderr, p.stderr)
    p = run("plan", WL, "--wcet-profile", PROF, expect=2)
    check("give --sms N" in p.stderr, p.stderr)
    v1 = os.path.join(tmp, "v1.yaml")
    run("profile", WL, "--runs", "5", "-o", v1)
    p = run("plan", WL, "--wcet-profile", v1, "--sms", "16", expect=2)
    check("no model has a curve" in p.stderr and "--lane-sizes" in p.stderr, p.stderr)
    fifo = os.path.join(tmp, "fifo.yaml")
    with open(WL) as f:
        open(fifo, "w").write(f.read().replace("policy: fp", "policy: fifo"))
    p = run("plan", fifo, "--wcet-profile", PROF, "--sms", "16", expect=2)
    check("fifo has no schedulability analysis" in p.stderr, p.stderr)
    p = run("plan", WL, "--wcet-profile", os.path.join(tmp, "none.yaml"), "--sms", "16",
            expect=2)
    check("--wcet-profile" in p.stderr, p.stderr)
    run("plan", WL, "--wcet-profile", PROF, "--sms", "0", expect=2)
    run("plan", WL, "--wcet-profile", PROF, "--bogus", expect=2)
    for bad in ("x", "-0.1", "1.5", "0.1x"):
        p = run("plan", WL, "--wcet-profile", PROF, "--sms", "16", "--pool", bad, expect=2)
        check(f"--pool: expected a fraction of a deadline 0..1, got '{bad}'" in p.stderr,
              p.stderr)
    # a tolerance cannot pool what fewer lanes cannot admit: [8, 4, 4] stays
    p = plan_json(WL, "--sms", "16", "--pool", "0.5")
    check([l["sms"] for l in p["lanes"]] == [8, 4, 4] and p["all_admitted"], f"pool {p}")
    run("plan", "--wcet-profile", PROF, expect=2)
    check("usage: aegisrt plan" in run("plan", "--help").stdout, "--help")
    check("usage: aegisrt plan" in run("help", "plan").stdout, "help plan")


def case_stall_curve(tmp):
    """runtime.host_stall as a curve: each lane charged its own g (its least fixed point,
    as admission charges it). With {10 ms: 100 us} every lane's windows are under 10 ms
    (long alone: 6 ms; two shorts: 4 ms), so g = S(L + g) = 100 us on each; the plan
    stays [8, 4, 4], all admitted (long: 6.1 ms <= 8 ms, the lower short 4.1 ms <= 5 ms).
    A curve that may lose a whole window leaves no g below the periods."""
    def workload(points):
        path = os.path.join(tmp, f"stall{len(points)}.yaml")
        with open(WL) as f:
            text = f.read().replace("  duration: 2s\n", "  duration: 2s\n  host_stall:\n" +
                                    "".join(f"    - {{window: {w}, lost: {l}}}\n"
                                            for w, l in points))
        open(path, "w").write(text)
        return path
    w = workload([("10ms", "100us")])
    p = plan_json(w, "--sms", "16")
    check([l["sms"] for l in p["lanes"]] == [8, 4, 4] and p["all_admitted"], f"{p}")
    check(all(l["host_stall_ns"] == 100000 for l in p["lanes"]), f"{p['lanes']}")
    out = run("plan", w, "--wcet-profile", PROF, "--sms", "16").stdout
    check("host stall a curve of 1 points (each lane charged its own" in out and
          "(host stall 100us, over a window of" in out, out)
    lost = plan_json(workload([("10ms", "10ms"), ("1s", "1s")]), "--sms", "16", expect=1)
    check(lost["admitted"] == 0, f"{lost}")
    # lanes: auto at admission plans the same way, and admission charges each lane the
    # same g, with its window: long's 6 ms + 100 us, the shorts' 4 ms + 100 us
    auto = os.path.join(tmp, "auto-stall.yaml")
    with open(w) as f:
        open(auto, "w").write(f.read().replace(
            "  lanes: [{sms: 4}, {sms: 4}, {sms: 4}, {sms: 4}]\n",
            "  lanes: auto\n  device_profile: orin-agx-8g\n"))
    p = run("admit", auto, "--wcet-profile", PROF)
    out = p.stdout
    check("planned 3 lanes of [8, 4, 4] SMs, 5 of 5 models placed" in p.stderr, p.stderr)
    check("host stall 100us = S(6.1ms)" in out and out.count("host stall 100us = S(4.1ms)") == 2
          and "verdict: schedulable" in out, out)


def case_objective(tmp):
    """--objective busy: the same [8, 4, 4] plan here, and the figure reported is the
    longest busy period of a lane, by hand: long alone on 8 SMs, L = 6 ms (one 6 ms job,
    period 8 ms); two 2 ms shorts of period 5 ms on 4 SMs, L = 4 ms. Every fp bound is
    within it. The default reports its own figure (slack ratio 1 ms / 5 ms = 0.2). Bad
    values are refused, and --pool takes the objective's unit."""
    p = plan_json(WL, "--sms", "16", "--objective", "busy")
    check([l["sms"] for l in p["lanes"]] == [8, 4, 4] and p["all_admitted"], f"busy {p}")
    check(p["objective"] == {"name": "busy", "value": 6 * MS}, f"objective {p['objective']}")
    check(all(m["bound_ns"] <= 6 * MS for m in p["models"]), f"bounds {p['models']}")
    check(p["min_slack_ns"] == 1 * MS, f"slack still reported: {p}")
    out = run("plan", WL, "--wcet-profile", PROF, "--sms", "16", "--objective", "busy").stdout
    check("objective busy: longest busy period of a lane 6ms" in out, out)
    # burst: no release jitter here, so the same L and plan as busy, named as such
    b = plan_json(WL, "--sms", "16", "--objective", "burst")
    check([l["sms"] for l in b["lanes"]] == [8, 4, 4] and b["all_admitted"], f"burst {b}")
    check(b["objective"] == {"name": "burst", "value": 6 * MS}, f"burst {b['objective']}")
    out = run("plan", WL, "--wcet-profile", PROF, "--sms", "16", "--objective", "burst").stdout
    check("objective burst: longest burst of a lane 6ms" in out, out)
    d = plan_json(WL, "--sms", "16")
    check(d["objective"] == {"name": "slack-ratio", "value": 0.2}, f"default {d['objective']}")
    s = plan_json(WL, "--sms", "16", "--objective", "slack")
    check(s["objective"] == {"name": "slack", "value": 1 * MS}, f"slack {s['objective']}")
    for bad in ("bogus", "Busy", ""):
        e = run("plan", WL, "--wcet-profile", PROF, "--sms", "16", "--objective", bad,
                expect=2).stderr
        check(f"--objective: expected slack-ratio, slack, busy or burst, got '{bad}'" in e, e)
    # --pool in ns for busy: a duration, not a fraction
    p = plan_json(WL, "--sms", "16", "--objective", "busy", "--pool", "1ms")
    check(p["all_admitted"] and p["objective"]["name"] == "busy", f"busy pool {p}")
    e = run("plan", WL, "--wcet-profile", PROF, "--sms", "16", "--objective", "busy",
            "--pool", "0.5", expect=2).stderr
    check("--pool: with --objective busy, expected a duration (500us, 2ms), got '0.5'" in e, e)
    check("--objective O" in run("plan", "--help").stdout, "--help lacks --objective")


def case_output_errors(tmp):
    if not os.path.exists("/dev/full"):
        return
    p = run("plan", WL, "--wcet-profile", PROF, "--sms", "16", "-o", "/dev/full", expect=3)
    check("writing /dev/full" in p.stderr, p.stderr)
    with open("/dev/full", "w") as full:
        p = subprocess.run([AEGISRT, "plan", WL, "--wcet-profile", PROF, "--sms", "16"],
                           stdout=full, stderr=subprocess.PIPE, text=True)
    check(p.returncode == 3 and "stdout" in p.stderr, f"exit {p.returncode}: {p.stderr}")


with tempfile.TemporaryDirectory() as tmp:
    globals()["case_" + CASE](tmp)
print("ok")
