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


def read_curves(path):
    """Each model's curve points of a version 2 profile: {name: [{sms, p50_ns, ...}]}."""
    curves, cur = {}, None
    with open(path) as f:
        for line in f:
            m = re.match(r'^  - name: "(.*)"$', line)
            if m:
                cur = curves.setdefault(m.group(1), [])
                continue
            m = re.match(r"^      - \{(.*)\}$", line)
            if m and cur is not None:
                cur.append({k: float(v) if "." in v else int(v) for k, v in
                            (kv.split(": ") for kv in m.group(1).split(", "))})
    return curves


def case_lane_sizes(tmp):
    """--lane-sizes on the simulated device: a curve per model at each nominal size,
    the same draws at every size; admit takes each model's point at its lane's size."""
    prof = os.path.join(tmp, "p2.yaml")
    err = run("profile", QUICK, "--runs", "100", "--lane-sizes", "8,4", "-o", prof).stderr
    top, models = read_profile(prof)
    check(top.get("version") == "2" and top.get("lane_sizes") == "[4, 8]", f"header: {top}")
    curves = read_curves(prof)
    for m in models:
        pts = curves[m["name"]]
        check([p["sms"] for p in pts] == [4, 8], f"{m['name']}: sizes {pts}")
        for p in pts:  # nominal sizes: the same draws as the model's own run
            check(p["runs"] == 100 and p["max_ns"] == m["max_ns"] and
                  p["wcet_ns"] == m["wcet_ns"], f"{m['name']}: {p} vs {m}")
    check("gaze" in err and " 4 " in err, err)
    # a workload of lanes of 8 and 4 SMs: each pinned model gets its lane's point
    wl = os.path.join(tmp, "sized.yaml")
    with open(QUICK) as f:
        text = f.read()
    with open(wl, "w") as f:
        f.write(text.replace("  lanes: 2\n", "  lanes: [{sms: 8}, {sms: 4}]\n"))
    # hand-edit: gaze twice as fast on 8 SMs (its p50 and WCET halved there)
    with open(prof) as f:
        ptext = f.read()
    ptext = ptext.replace('  - name: "gaze"\n    lane: 0\n    lane_sms: 0\n',
                          '  - name: "gaze"\n    lane: 0\n    lane_sms: 4\n', 1)
    ptext = ptext.replace(
        "      - {sms: 8, runs: 100, p50_ns: 1500000, p99_ns: 1500000, max_ns: 1500000, "
        "wcet_ns: 1800000}",
        "      - {sms: 8, runs: 100, p50_ns: 750000, p99_ns: 750000, max_ns: 750000, "
        "wcet_ns: 900000, interference: 1.5}", 1)
    check("wcet_ns: 900000, interference: 1.5" in ptext, "gaze's 8-SM point not found")
    prof2 = os.path.join(tmp, "p2e.yaml")
    with open(prof2, "w") as f:
        f.write(ptext)
    out = json.loads(run("admit", wl, "--wcet-profile", prof2, "--json").stdout)
    byname = {m["name"]: m for m in out["models"]}
    check(byname["gaze"]["lane"] == 0 and byname["gaze"]["wcet_ns"] == 1350000,
          f"gaze on 8 SMs: 900 us x interference 1.5: {byname['gaze']}")
    check(byname["segmentation"]["lane"] == 1 and byname["segmentation"]["wcet_ns"] ==
          next(p for p in curves["segmentation"] if p["sms"] == 4)["wcet_ns"],
          f"segmentation on 4 SMs: {byname['segmentation']}")
    # --lanes 8,4,4 overrides the layout; a lane size the curve lacks is named
    err = run("admit", wl, "--wcet-profile", prof2, "--lanes", "16,4", expect=2).stderr
    check("model 'gaze': lane 0 has 16 SMs and its profile's curve measured lanes of 4, 8 "
          "SMs" in err, err)
    # run: the simulated device runs gaze at p50(8)/p50(4) = 0.5 of its drawn time (its
    # exec describes it on the lane it was profiled on: lane_sms, edited to 4 above;
    # gaze has the highest priority on its lane, so its fastest response is its time)
    res = json.loads(run("run", wl, "--wcet-profile", prof2, "--duration", "1s",
                         "--json").stdout)
    gaze = next(m for m in res["models"] if m["name"] == "gaze")
    check(gaze["response_min_ns"] == 750000, f"gaze ran at its 8-SM speed: {gaze}")
    out = run("run", wl, "--wcet-profile", prof2, "--duration", "1s").stdout
    check("2 lanes (8, 4 SMs)" in out, out)


def case_lane_sizes_sim_test(tmp):
    """tests/data/good/lanes-sized: response times on each lane, exact in virtual time."""
    wl = os.path.join(ROOT, "tests", "data", "good", "lanes-sized.yaml")
    prof = os.path.join(ROOT, "tests", "data", "good", "lanes-sized.profile.yaml")
    res = json.loads(run("run", wl, "--wcet-profile", prof, "--json").stdout)
    by = {m["name"]: m for m in res["models"]}
    check(by["fast"]["completed"] == 100 and by["fast"]["response_min_ns"] == 2 * MS and
          by["fast"]["response_max_ns"] == 2 * MS, f"fast, 8 SMs: {by['fast']}")
    check(by["slow"]["completed"] == 100 and by["slow"]["response_min_ns"] == 4 * MS and
          by["slow"]["response_max_ns"] == 4 * MS,
          f"slow, 4 SMs: {by['slow']}")
    out = json.loads(run("admit", wl, "--wcet-profile", prof, "--json").stdout)
    w = {m["name"]: m["wcet_ns"] for m in out["models"]}
    check(w == {"fast": 2400000, "slow": 4800000}, f"admit: {w}")


def case_neighbour_sim(tmp):
    """--neighbour on the simulated device: every point with SMs left beside it is
    measured next to the memory-bound neighbour and written as interference: 1.0 (the
    simulated device has no interference model, and the table says so); the size that
    takes the whole cap (16 of orin-agx-8g's 16 SMs) gets none, written as absent, with
    the reason; admit charges wcet x 1.0 = wcet; --neighbour alone is a usage error."""
    prof = os.path.join(tmp, "n.yaml")
    err = run("profile", QUICK, "--runs", "100", "--lane-sizes", "4,8,16",
              "--device-profile", "orin-agx-8g", "--neighbour", "-o", prof).stderr
    with open(prof) as f:
        text = f.read()
    curves = read_curves(prof)
    check(len(curves) == 8, f"models: {list(curves)}")
    for name, pts in curves.items():
        check([p["sms"] for p in pts] == [4, 8, 16], f"{name}: sizes {pts}")
        check(pts[0].get("interference") == 1.0 and pts[1].get("interference") == 1.0,
              f"{name}: interference at 4 and 8 SMs: {pts}")
        check("interference" not in pts[2], f"{name}: 16 of 16 SMs has no neighbour: {pts}")
        check(pts[0]["p99_ns"] == pts[1]["p99_ns"] == pts[2]["p99_ns"], f"{name}: {pts}")
    check(text.count("interference: 1.0}") == 16, "written as 1.0")
    check(re.search(r"^model .* interference$", err, re.M) is not None, err)
    check(re.search(r"^ +4 .* 1\.0000$", err, re.M) is not None, err)
    check(re.search(r"^ +16 .* -$", err, re.M) is not None, err)
    check("interference: sim: no interference model, 1.0" in err, err)
    check("interference -: no SMs left in the cap for a neighbour at that size" in err, err)
    # the same profile without --neighbour: the same times, no interference anywhere
    plain = run("profile", QUICK, "--runs", "100", "--lane-sizes", "4,8,16",
                "--device-profile", "orin-agx-8g").stdout
    check("interference:" not in plain.split("\nversion:")[1], "no --neighbour, no factor")
    check(re.sub(r", interference: 1\.0", "", text.split("\nversion:")[1]) ==
          plain.split("\nversion:")[1], "the neighbour changes no time on the sim")
    # a factor of 1.0 charges nothing: admit gives the same WCETs with and without it
    wl = os.path.join(tmp, "sized.yaml")
    with open(QUICK) as f:
        qtext = f.read()
    with open(wl, "w") as f:
        f.write(qtext.replace("  lanes: 2\n", "  lanes: [{sms: 8}, {sms: 8}]\n"))
    a = json.loads(run("admit", wl, "--wcet-profile", prof, "--json").stdout)
    for m in a["models"]:
        check(m["wcet_ns"] == next(p for p in curves[m["name"]] if p["sms"] == 8)["wcet_ns"],
              f"{m['name']}: {m}")
    err = run("profile", QUICK, "--neighbour", expect=2).stderr
    check("--neighbour needs --lane-sizes" in err, err)
    out = run("profile", "--help").stdout
    check("--neighbour" in out and "interference" in out, out)


def case_shared_sim(tmp):
    """--shared on the simulated device: each model gets a point {sms: 16, shared: K}
    per K (version 4), after its point alone at 16 SMs, with the same times there (the K
    lanes run at full speed); admit and run read the file and leave the shared points
    out (a workload names isolated lanes); bad counts are usage errors."""
    prof = os.path.join(tmp, "s.yaml")
    err = run("profile", QUICK, "--runs", "50", "--lane-sizes", "8,16",
              "--device-profile", "orin-agx-8g", "--shared", "2,4", "-o", prof).stderr
    with open(prof) as f:
        text = f.read()
    check("\nversion: 4\n" in text, "version 4")
    curves = read_curves(prof)
    check(len(curves) == 8, f"models: {list(curves)}")
    for name, pts in curves.items():
        check([(p["sms"], p.get("shared", 0)) for p in pts] ==
              [(8, 0), (16, 0), (16, 2), (16, 4)], f"{name}: points {pts}")
    check(re.search(r"^ +16/4 ", err, re.M) is not None, err)
    gaze = curves["gaze"]  # fixed 1.5 ms: exact at every point
    check(all(p["max_ns"] == 1500000 and p["wcet_ns"] == 1800000 for p in gaze), f"{gaze}")
    wl = os.path.join(tmp, "sized.yaml")
    with open(QUICK) as f:
        qtext = f.read()
    with open(wl, "w") as f:
        f.write(qtext.replace("  lanes: 2\n", "  lanes: [{sms: 8}, {sms: 8}]\n"))
    a = json.loads(run("admit", wl, "--wcet-profile", prof, "--json").stdout)
    check(len(a["models"]) == 8, f"{a['models']}")
    run("run", wl, "--wcet-profile", prof, "--duration", "1s")
    for bad, why in (("1", "lanes sharing a partition are 2..64"), ("2,x", "--shared")):
        err = run("profile", QUICK, "--shared", bad, expect=2).stderr
        check(why in err, err)
    err = run("profile", QUICK, "--runs", "10", "--device-profile", "orin-agx-8g",
              "--shared", "9", expect=2).stderr
    check("9 of them for 8 models" in err, err)
    check("--shared" in run("profile", "--help").stdout, "help")


CASES = {
    "shared_sim": case_shared_sim,
    "lane_sizes": case_lane_sizes,
    "lane_sizes_sim": case_lane_sizes_sim_test,
    "neighbour_sim": case_neighbour_sim,
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
