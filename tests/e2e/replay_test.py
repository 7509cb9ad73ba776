#!/usr/bin/env python3
"""End-to-end tests of the decision log (`aegisrt run --log`) and `aegisrt replay`.

usage: replay_test.py AEGISRT SOURCE_DIR CASE

Cases:
  agree_fp, agree_edf, agree_fifo  edge-24 for 2 s under the policy: replay agrees
  agree_points      quickstart under fp with preemption points (PREEMPT decisions)
  swap_caught       two decisions of one lane swapped: caught at the first of them
  preempt_forged    a "continue" rewritten as a decision of another job: caught there
  jsonl_schema      every line parses as JSON; the header has the schema and the models
  trace_and_log     --trace and --log together: both files written, replay agrees
"""
import json
import os
import subprocess
import sys
import tempfile


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True)


def make_log(aegisrt, src, tmp, extra, workload="examples/edge-24.yaml"):
    path = os.path.join(tmp, "run.jsonl")
    p = run([aegisrt, "run", os.path.join(src, workload), "--log", path] + extra)
    assert p.returncode == 0, p.stderr
    return path


def replay(aegisrt, path):
    return run([aegisrt, "replay", path])


def read_lines(path):
    with open(path) as f:
        return f.read().splitlines()


def write_lines(path, lines):
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def expect_agree(aegisrt, path):
    p = replay(aegisrt, path)
    assert p.returncode == 0, p.stdout + p.stderr
    last = p.stdout.strip().splitlines()[-1]
    assert last.startswith("replay: ") and last.endswith(" decisions, all agree"), p.stdout
    n = int(last.split()[1])
    decides = sum(1 for l in read_lines(path) if '"ev":"decide"' in l)
    assert n == decides and n > 100, (n, decides)
    return p


def case_agree(aegisrt, src, tmp, policy):
    extra = ["--duration", "2s", "--policy", policy] + (["--force"] if policy == "fifo" else [])
    p = expect_agree(aegisrt, make_log(aegisrt, src, tmp, extra))
    if policy != "fifo":
        assert "verdicts agree" in p.stdout, p.stdout


def case_agree_points(aegisrt, src, tmp):
    path = make_log(aegisrt, src, tmp, ["--policy", "fp", "--preemption", "points"],
                    "examples/quickstart.yaml")
    assert any('"reason":"preempt"' in l for l in read_lines(path)), "no preemption logged"
    expect_agree(aegisrt, path)


def decisions(lines):
    return [(i, json.loads(l)) for i, l in enumerate(lines) if '"ev":"decide"' in l]


def case_swap_caught(aegisrt, src, tmp):
    path = make_log(aegisrt, src, tmp, ["--duration", "2s", "--policy", "fp"])
    lines = read_lines(path)
    ds = decisions(lines)
    # the 20th free decision on lane 0, and the next one on lane 0 of another model
    free0 = [(i, d) for i, d in ds if d["lane"] == 0 and d["reason"] == "free"]
    # from the 20th free decision on lane 0, the first with a later one on lane 0 of
    # another model whose job was already released: swapped, the log stays a valid log
    # (tools/aegisrt/decision_log.c) and only the decisions are wrong
    released, at, pair = {}, 1, None
    for n, (i, a) in enumerate(free0[20:], 20):
        for l in lines[at:i]:
            if '"ev":"release"' in l:
                r = json.loads(l)
                released[r["model"]] = r["job"]
        at = i
        pair = next(((j, d) for j, d in free0[n + 1:] if d["model"] != a["model"]
                     and d["job"] <= released.get(d["model"], -1)), None)
        if pair:
            break
    j, b = pair
    for k in ("model", "job", "segment", "key", "tie"):
        a[k], b[k] = b[k], a[k]
    lines[i], lines[j] = json.dumps(a, separators=(",", ":")), json.dumps(b, separators=(",", ":"))
    bad = os.path.join(tmp, "swapped.jsonl")
    write_lines(bad, lines)
    p = replay(aegisrt, bad)
    assert p.returncode == 1, p.stdout + p.stderr
    where = "divergence at %s:%d (t=%d ns, lane 0)" % (bad, i + 1, a["t"])
    assert where in p.stderr, (where, p.stderr)
    assert "expected %s (%d) job %d" % (json.loads(read_lines(path)[0])["models"][b["model"]]["name"],
                                        b["model"], b["job"]) in p.stderr, p.stderr
    assert "candidates (key, tie, release, model)" in p.stderr, p.stderr


def case_preempt_forged(aegisrt, src, tmp):
    path = make_log(aegisrt, src, tmp, ["--policy", "fp", "--preemption", "points"],
                    "examples/quickstart.yaml")
    lines = read_lines(path)
    i, d = next((i, d) for i, d in decisions(lines)
                if d["reason"] == "continue" and d["alt"] is not None)
    # job 0 of the alternative, released at the start: a valid log with a wrong decision
    d["reason"], d["model"], d["job"], d["segment"] = "free", d["alt"]["model"], 0, 0
    lines[i] = json.dumps(d, separators=(",", ":"))
    bad = os.path.join(tmp, "forged.jsonl")
    write_lines(bad, lines)
    p = replay(aegisrt, bad)
    assert p.returncode == 1, p.stdout + p.stderr
    assert "divergence at %s:%d (t=%d ns" % (bad, i + 1, d["t"]) in p.stderr, p.stderr
    assert "[running, at a boundary]" in p.stderr, p.stderr


def case_jsonl_schema(aegisrt, src, tmp):
    path = make_log(aegisrt, src, tmp, ["--duration", "500ms"])
    lines = read_lines(path)
    objs = [json.loads(l) for l in lines]  # every line is one JSON document
    h = objs[0]
    assert h["schema"] == "aegis-decision-log" and h["version"] == 1, h
    rt = h["runtime"]
    for k in ("device", "lanes", "policy", "rule", "preemption", "priorities", "seed",
              "admission", "analysis"):
        assert k in rt, k
    assert len(h["lanes"]) == rt["lanes"] == 4
    assert len(h["models"]) == 24
    for i, m in enumerate(h["models"]):
        assert m["id"] == i
        for k in ("name", "lane", "period_ns", "deadline_ns", "prio_key", "wcet_ns", "c_ns",
                  "segments_ns", "schedulable"):
            assert k in m, (i, k)
        assert sum(m["segments_ns"]) == m["c_ns"], m
    kinds = {o["ev"] for o in objs[1:]}
    assert {"release", "start", "segment_end", "complete", "decide"} <= kinds, kinds
    assert kinds <= {"release", "reject", "start", "segment_end", "preempt", "complete",
                     "miss", "decide", "alloc", "free", "admit"}, kinds
    # every admission is an event with its evidence, matching the header (edge-24 is
    # EDF: no per-task bound, a slack per model), and nothing was refused
    admits = [o for o in objs[1:] if o["ev"] == "admit"]
    assert [o["model"] for o in admits] == list(range(24)), admits
    for o in admits:
        m = h["models"][o["model"]]
        assert o["status"] == "AEGIS_OK" and o["lane"] == m["lane"], o
        assert o["bound"] is None and o["deadline"] == m["deadline_ns"], o
        assert isinstance(o["slack"], int) and o["slack"] >= 0, o
        assert 1 <= o["lane_models"] <= 24, o
    assert h["refused"] == [] and h["refusals"] == 0, h["refused"]
    # every region the memory plan hands out is an event: edge-24 has a persistent and
    # an io region per model and one arena per lane
    allocs = [o for o in objs[1:] if o["ev"] == "alloc"]
    assert sum(o["region"] == "persistent" for o in allocs) == len(h["models"]), allocs
    assert sum(o["region"] == "io" for o in allocs) == len(h["models"]), allocs
    assert {o["lane"] for o in allocs if o["region"] == "arena"} == set(range(h["runtime"]["lanes"]))
    assert all(o["bytes"] > 0 and o["offset"] >= 0 for o in allocs), allocs
    ts = [o["t"] for o in objs[1:] if o["ev"] != "miss"]
    assert ts == sorted(ts), "events not in time order"
    # the same seed gives the same log, byte for byte
    again = os.path.join(tmp, "again.jsonl")
    p = run([aegisrt, "run", os.path.join(src, "examples/edge-24.yaml"), "--log", again,
             "--duration", "500ms"])
    assert p.returncode == 0 and read_lines(again) == lines


def case_trace_and_log(aegisrt, src, tmp):
    log = os.path.join(tmp, "run.jsonl")
    trace = os.path.join(tmp, "run.json")
    p = run([aegisrt, "run", os.path.join(src, "examples/edge-24.yaml"), "--log", log,
             "--trace", trace, "--duration", "500ms"])
    assert p.returncode == 0, p.stderr
    with open(trace) as f:
        doc = json.load(f)
    assert all(e.get("name") != "decide" for e in doc["traceEvents"])
    p = replay(aegisrt, log)
    assert p.returncode == 0 and "all agree" in p.stdout, p.stdout + p.stderr


def main():
    aegisrt, src, case = sys.argv[1], sys.argv[2], sys.argv[3]
    with tempfile.TemporaryDirectory() as tmp:
        if case.startswith("agree_") and case != "agree_points":
            case_agree(aegisrt, src, tmp, case[len("agree_"):])
        else:
            globals()["case_" + case](aegisrt, src, tmp)
    print("ok", case)


if __name__ == "__main__":
    main()
