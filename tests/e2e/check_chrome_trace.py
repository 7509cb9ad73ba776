#!/usr/bin/env python3
"""Checks a Chrome Trace Event Format file (as written by aegis_chrome_writer).

Checks the fields the format requires, and the flow bindings (bind_id with
flow_out / flow_in, as Perfetto's JSON importer reads them): every flow starts once
(flow_out only), ends at most once (flow_in only), its steps (both) lie in time
between, and every flow-carrying event is a slice. Exits 1 with a message on the
first violation, and prints one summary line (events per ph, flows) otherwise.
Standard library only; it must not depend on anything AegisRT builds.

usage: check_chrome_trace.py TRACE.json [--expect-lanes N] [--min-slices N]
                             [--min-flows N]
"""
import argparse
import json
import sys

METADATA_NAMES = {"process_name": "name", "thread_name": "name"}
INSTANT_SCOPES = {"g", "p", "t"}


class Violation(Exception):
    pass


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def is_number(v):
    return (isinstance(v, (int, float)) and not isinstance(v, bool)
            and v == v and v not in (float("inf"), float("-inf")))


def check_metadata(ev):
    name = ev["name"]
    args = ev.get("args")
    if not isinstance(args, dict):
        raise Violation("metadata event %r has no args object" % name)
    if name in METADATA_NAMES:
        if not isinstance(args.get("name"), str):
            raise Violation("metadata event %r needs a string args.name" % name)
    elif name.endswith("_sort_index"):
        if not is_int(args.get("sort_index")):
            raise Violation("metadata event %r needs an integer args.sort_index" % name)
    else:
        raise Violation("unknown metadata event %r" % name)


def check_event(ev):
    if not isinstance(ev, dict):
        raise Violation("event is not an object")
    for key in ("ph", "name"):
        if not isinstance(ev.get(key), str):
            raise Violation("missing or non-string %r" % key)
    for key in ("pid", "tid"):
        if not is_int(ev.get(key)):
            raise Violation("missing or non-integer %r" % key)
    ph = ev["ph"]
    if ph == "M":
        check_metadata(ev)
        return
    ts = ev.get("ts")
    if not is_number(ts) or ts < 0:
        raise Violation("%r event needs a numeric ts >= 0, has %r" % (ph, ts))
    if ph == "X":
        dur = ev.get("dur")
        if not is_number(dur) or dur < 0:
            raise Violation("'X' event needs a numeric dur >= 0, has %r" % (dur,))
    elif ph == "i":
        if ev.get("s") not in INSTANT_SCOPES:
            raise Violation("'i' event needs s in g/p/t, has %r" % (ev.get("s"),))


def check_flows(events):
    """Returns the number of complete flows (a start and an end)."""
    flows = {}
    for i, ev in enumerate(events):
        if "bind_id" not in ev:
            continue
        bid = ev["bind_id"]
        if not isinstance(bid, str) or not bid or any(c not in "0123456789abcdef" for c in bid):
            raise Violation("event #%d: bind_id must be a lower-case hex string, has %r" % (i, bid))
        if ev["ph"] != "X":
            raise Violation("event #%d: a flow binds to a slice ('X'), not %r" % (i, ev["ph"]))
        fin, fout = ev.get("flow_in") is True, ev.get("flow_out") is True
        if not fin and not fout:
            raise Violation("event #%d: bind_id without flow_in or flow_out" % i)
        f = flows.setdefault(bid, {"start": [], "step": [], "end": []})
        f["step" if fin and fout else "start" if fout else "end"].append(ev["ts"])
    complete = 0
    for bid, f in flows.items():
        if len(f["start"]) != 1:
            raise Violation("flow %s starts %d times" % (bid, len(f["start"])))
        if len(f["end"]) > 1:
            raise Violation("flow %s ends %d times" % (bid, len(f["end"])))
        t0 = f["start"][0]
        t1 = f["end"][0] if f["end"] else float("inf")
        for t in f["step"]:
            if not t0 <= t <= t1:
                raise Violation("flow %s: a step at %s lies outside [%s, %s]" % (bid, t, t0, t1))
        if t1 < t0:
            raise Violation("flow %s ends at %s before it starts at %s" % (bid, t1, t0))
        complete += bool(f["end"])
    return complete


def load_events(path):
    with open(path, "r", encoding="utf-8") as f:
        doc = json.load(f)
    if isinstance(doc, list):
        return doc
    if isinstance(doc, dict) and isinstance(doc.get("traceEvents"), list):
        return doc["traceEvents"]
    raise Violation("top level is neither an array nor an object with a traceEvents array")


def lanes_pid(events):
    """The pid named "lanes" by a process_name event; 1 when none is named."""
    for ev in events:
        if (ev.get("ph") == "M" and ev.get("name") == "process_name"
                and ev.get("args", {}).get("name") == "lanes"):
            return ev["pid"]
    return 1


def main(argv):
    ap = argparse.ArgumentParser(description="Check a Chrome Trace Event Format file.")
    ap.add_argument("trace")
    ap.add_argument("--expect-lanes", type=int, metavar="N",
                    help="exactly N distinct tids carry X slices under the lanes pid")
    ap.add_argument("--min-slices", type=int, metavar="N",
                    help="at least N X slices on the lanes")
    ap.add_argument("--min-flows", type=int, metavar="N",
                    help="at least N complete flows (release -> ... -> completion)")
    opt = ap.parse_args(argv)

    try:
        events = load_events(opt.trace)
        for i, ev in enumerate(events):
            try:
                check_event(ev)
            except Violation as e:
                raise Violation("event #%d: %s: %s" % (i, e, json.dumps(ev)[:200]))
        pid = lanes_pid(events)
        slices = [ev for ev in events if ev["ph"] == "X" and ev["pid"] == pid]
        if opt.min_slices is not None and len(slices) < opt.min_slices:
            raise Violation("%d X slices on the lanes, expected at least %d"
                            % (len(slices), opt.min_slices))
        flows = check_flows(events)
        if opt.min_flows is not None and flows < opt.min_flows:
            raise Violation("%d complete flows, expected at least %d" % (flows, opt.min_flows))
        if opt.expect_lanes is not None:
            tids = sorted({ev["tid"] for ev in slices})
            if len(tids) != opt.expect_lanes:
                raise Violation("X slices on %d lanes %s under pid %d, expected %d"
                                % (len(tids), tids, pid, opt.expect_lanes))
    except (OSError, ValueError, Violation) as e:
        print("check_chrome_trace: %s: %s" % (opt.trace, e), file=sys.stderr)
        return 1

    counts = {}
    for ev in events:
        counts[ev["ph"]] = counts.get(ev["ph"], 0) + 1
    print("check_chrome_trace: %s: ok, %d events (%s), %d complete flows" % (
        opt.trace, len(events), " ".join("%s=%d" % kv for kv in sorted(counts.items())),
        flows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
