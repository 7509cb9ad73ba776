#!/usr/bin/env python3
"""End-to-end tests of `aegisrt report LOG -o FILE` (docs/REPORT.md).

usage: report_test.py AEGISRT SOURCE_DIR CASE

Cases:
  edge24      edge-24 for 2 s: one histogram and one CDF per model, a timeline row per
              lane, the misses table, nothing fetched from the network; totals and
              quantiles equal `aegisrt run`'s; histogram counts exact against the log;
              the same log gives the same page, byte for byte
  overload    tests/data/report/overload.yaml: every miss and rejection listed with its
              status, the default window ends 50 ms after the first miss, a failed job
              (an edited log) is listed
  window      --window, --max-segments and --max-rows: the window's segments drawn, the
              caps applied and said
  bad_input   another schema or version, a truncated line, an id out of range, usage
              errors: exit 2 with FILE:LINE or the usage, and no page written
  render      headless Chromium draws the page: a PNG of the expected size that is not
              blank, and its DOM holds one histogram per model (skips, 77, without
              chromium)
"""
import html.parser
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

SKIP = 77


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def make_log(aegisrt, src, tmp, workload, extra=(), name="run.jsonl"):
    path = os.path.join(tmp, name)
    p = run([aegisrt, "run", os.path.join(src, workload), "--log", path] + list(extra))
    assert p.returncode == 0, p.stderr
    return path, p.stdout


def report(aegisrt, log, out, extra=()):
    p = run([aegisrt, "report", log, "-o", out] + list(extra))
    assert p.returncode == 0, p.stdout + p.stderr
    with open(out) as f:
        return f.read()


def read_log(path):
    with open(path) as f:
        objs = [json.loads(l) for l in f]
    return objs[0], objs[1:]


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children, self.text = [], ""

    def classes(self):
        return (self.attrs.get("class") or "").split()

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()

    def find(self, tag=None, cls=None):
        return [n for n in self.walk()
                if (tag is None or n.tag == tag) and (cls is None or cls in n.classes())]

    def all_text(self):
        return self.text + "".join(c.all_text() for c in self.children)


VOID = {"meta", "br", "img", "link", "input", "hr"}


class Tree(html.parser.HTMLParser):
    """A small DOM: enough to count elements by tag and class and read their text."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.feed(text)
        self.close()
        assert self.cur is self.root, "unclosed element <%s>" % self.cur.tag

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        assert self.cur.tag == tag, "</%s> closes <%s>" % (tag, self.cur.tag)
        self.cur = self.cur.parent

    def handle_data(self, data):
        self.cur.text += data


def self_contained(text):
    low = text.lower()
    for bad in ("http://", "https://", "<script", "<link", "<img", "<iframe", "@import",
                "url(", "src="):
        assert bad not in low, "the page refers to something outside it: %r" % bad


def run_totals(stdout):
    """'total: 1081 released, 1075 completed, 0 rejected, 6 cancelled, 0 failed, 0 missed
    deadlines' -> {'released': 1081, ...}"""
    line = next(l for l in stdout.splitlines() if l.startswith("total: "))
    parts = [p.split() for p in line[len("total: "):].split(", ")]
    return {p[1]: int(p[0]) for p in parts}


def run_table(stdout):
    """The per-model table of `aegisrt run`: name -> {column: text}."""
    lines = stdout.splitlines()
    i = next(k for k, l in enumerate(lines) if l.startswith("model "))
    cols = lines[i].split()
    rows = {}
    for l in lines[i + 1:]:
        if not l.strip():
            break
        f = l.split()
        rows[f[0]] = dict(zip(cols, f))
    return rows


def stats_of(tree):
    """model -> {data-k: text} from each model's stats line."""
    out = {}
    for p in tree.root.find("p", "stats"):
        out[p.attrs["data-model"]] = {b.attrs["data-k"]: b.all_text() for b in p.find("b")}
    return out


def check_structure(tree, header):
    names = [m["name"] for m in header["models"]]
    hists = tree.root.find("svg", "histogram")
    cdfs = tree.root.find("svg", "cdf")
    assert [h.attrs["data-model"] for h in hists] == names, "one histogram per model, in order"
    assert [c.attrs["data-model"] for c in cdfs] == names, "one CDF per model, in order"
    gantt = tree.root.find("svg", "gantt")
    assert len(gantt) == 1, gantt
    rows = gantt[0].find("g", "lane-row")
    lanes = header["runtime"]["lanes"]
    assert [int(r.attrs["data-lane"]) for r in rows] == list(range(lanes)), "one row per lane"
    assert int(gantt[0].attrs["data-lanes"]) == lanes
    assert len(tree.root.find("svg", "utilisation")) == 1
    tables = [t for t in tree.root.find("table") if t.attrs.get("id") == "misses-table"]
    assert len(tables) == 1, "the misses and rejections table"
    return gantt[0], tables[0]


def exact_counts(events, model, lo, hi):
    return sum(1 for e in events if e["ev"] == "complete" and e["model"] == model
               and e["status"] == "AEGIS_OK" and lo <= e["t"] - e["arrival"] < hi)


def case_edge24(aegisrt, src, tmp):
    log, stdout = make_log(aegisrt, src, tmp, "examples/edge-24.yaml", ["--duration", "2s"])
    header, events = read_log(log)
    out = os.path.join(tmp, "report.html")
    text = report(aegisrt, log, out)
    self_contained(text)
    tree = Tree(text)
    gantt, table = check_structure(tree, header)
    assert len(header["models"]) == 24
    # totals as `aegisrt run` counts them; missed and failed are 0 for edge-24
    totals = {td.attrs["data-total"]: int(td.all_text()) for td in tree.root.find("td")
              if "data-total" in td.attrs}
    want = run_totals(stdout)
    for k in ("released", "completed", "rejected", "cancelled", "failed"):
        assert totals[k] == want[k], (k, totals[k], want[k])
    assert totals["missed"] == want["missed"] == 0
    # the quantiles come from the same histogram as the run's table
    table_run = run_table(stdout)
    stats = stats_of(tree)
    for m in header["models"]:
        s, t = stats[m["name"]], table_run[m["name"]]
        for k in ("p50", "p99", "p99.9", "max", "released", "completed"):
            assert s[k] == t[k], (m["name"], k, s[k], t[k])
    # histogram bars: exact counts of the logged response times, all of them
    for i, h in enumerate(tree.root.find("svg", "histogram")):
        bars = h.find("rect", "bar")
        assert bars, header["models"][i]["name"]
        total = 0
        for b in bars:
            lo, hi, n = int(b.attrs["data-lo"]), int(b.attrs["data-hi"]), int(b.attrs["data-n"])
            assert n == exact_counts(events, i, lo, hi), (header["models"][i]["name"], lo, hi, n)
            total += n
        assert total == int(stats[header["models"][i]["name"]]["completed"])
    # EDF: no per-task bound, and the page says why
    assert header["runtime"]["policy"] == "edf"
    assert text.count("no per-task bound (EDF demand test)") == 2 * 24
    # no miss: the first 200 ms, with every segment that overlaps them
    assert (int(gantt.attrs["data-from"]), int(gantt.attrs["data-to"])) == (0, 200_000_000)
    segs = [e for e in events if e["ev"] == "segment_end" and e["start"] < 200_000_000]
    assert len(gantt.find("rect", "seg")) == len(segs) > 50, (len(gantt.find("rect", "seg")),
                                                             len(segs))
    assert not table.find("tr", "miss") and not table.find("tr", "reject")
    # the same log, the same page
    again = os.path.join(tmp, "again.html")
    assert report(aegisrt, log, again) == text
    print("edge-24 report: %d bytes" % len(text.encode()))


def case_overload(aegisrt, src, tmp):
    log, stdout = make_log(aegisrt, src, tmp, "tests/data/report/overload.yaml")
    header, events = read_log(log)
    out = os.path.join(tmp, "report.html")
    text = report(aegisrt, log, out)
    self_contained(text)
    tree = Tree(text)
    gantt, table = check_structure(tree, header)
    misses = [e for e in events if e["ev"] == "miss"]
    rejects = [e for e in events if e["ev"] == "reject"]
    assert len(misses) > 10 and len(rejects) > 5, (len(misses), len(rejects))
    rows_miss, rows_rej = table.find("tr", "miss"), table.find("tr", "reject")
    assert len(rows_miss) == len(misses) and len(rows_rej) == len(rejects)
    for status in ("AEGIS_E_QUEUE_FULL", "AEGIS_E_SKIPPED"):
        want = sum(e["status"] == status for e in rejects)
        assert want > 0 and sum(status in r.all_text() for r in rows_rej) == want, status
    # every miss row names its model, job and deadline; a completed one how late it was
    names = [m["name"] for m in header["models"]]
    listed = {(r.find("td")[2].all_text(), int(r.find("td")[3].all_text())) for r in rows_miss}
    assert listed == {(names[e["model"]], e["job"]) for e in misses}
    assert all("late)" in r.all_text() for r in rows_miss)
    totals = {td.attrs["data-total"]: int(td.all_text()) for td in tree.root.find("td")
              if "data-total" in td.attrs}
    want = run_totals(stdout)
    assert totals["missed"] == want["missed"] == len(misses), (totals, want)
    # the default window: the 200 ms that end 50 ms after the first miss in the log
    first = misses[0]["t"]
    assert first > 250_000_000, "the workload's first miss must come after the first 200 ms"
    frm, to = int(gantt.attrs["data-from"]), int(gantt.attrs["data-to"])
    assert (frm, to) == (first + 50_000_000 - 200_000_000, first + 50_000_000), (frm, to, first)
    marks = gantt.find("path", "miss")
    assert len(marks) == sum(frm <= e["t"] < to for e in misses) > 0
    segs = [e for e in events if e["ev"] == "segment_end" and e["start"] < to and e["t"] >= frm]
    assert len(gantt.find("rect", "seg")) == len(segs)
    assert "after the first deadline miss" in text
    # a failed job (edited: a completion of 'calm' fails with E_BACKEND) is listed
    with open(log) as f:
        lines = f.read().splitlines()
    calm = names.index("calm")
    k = next(i for i, l in enumerate(lines) if '"ev":"complete"' in l
             and '"model":%d,' % calm in l)
    lines[k] = lines[k].replace("AEGIS_OK", "AEGIS_E_BACKEND")
    edited = os.path.join(tmp, "failed.jsonl")
    with open(edited, "w") as f:
        f.write("\n".join(lines) + "\n")
    tree = Tree(report(aegisrt, edited, os.path.join(tmp, "failed.html")))
    failed = tree.root.find("tr", "failed")
    assert len(failed) == 1 and "AEGIS_E_BACKEND" in failed[0].all_text(), failed
    assert "the backend failed the job" in failed[0].all_text()
    totals = {td.attrs["data-total"]: int(td.all_text()) for td in tree.root.find("td")
              if "data-total" in td.attrs}
    assert totals["failed"] == 1 and totals["completed"] == want["completed"] - 1, totals


def case_window(aegisrt, src, tmp):
    log, _ = make_log(aegisrt, src, tmp, "examples/edge-24.yaml", ["--duration", "2s"])
    header, events = read_log(log)
    ends = [e for e in events if e["ev"] == "segment_end"]
    out = os.path.join(tmp, "w.html")
    tree = Tree(report(aegisrt, log, out, ["--window", "1s:1.2s"]))
    g = tree.root.find("svg", "gantt")[0]
    assert (int(g.attrs["data-from"]), int(g.attrs["data-to"])) == (10**9, 12 * 10**8)
    inside = [e for e in ends if e["start"] < 12 * 10**8 and e["t"] >= 10**9]
    assert len(g.find("rect", "seg")) == len(inside) > 50
    # the segment cap: exactly N drawn, the rest counted on the page
    text = report(aegisrt, log, out, ["--window", "0s:2s", "--max-segments", "10"])
    g = Tree(text).root.find("svg", "gantt")[0]
    assert len(g.find("rect", "seg")) == 10
    all_in = sum(1 for e in ends if e["start"] < 2 * 10**9)
    assert "Capped</b>: %d more segments" % (all_in - 10) in text, text[:3000]
    # the rows cap
    olog, _ = make_log(aegisrt, src, tmp, "tests/data/report/overload.yaml", name="o.jsonl")
    _, oev = read_log(olog)
    n_rows = sum(e["ev"] in ("miss", "reject") for e in oev)
    text = report(aegisrt, olog, out, ["--max-rows", "5"])
    t = [x for x in Tree(text).root.find("table") if x.attrs.get("id") == "misses-table"][0]
    assert len(t.find("tbody")[0].find("tr")) == 5
    assert "%d more not listed" % (n_rows - 5) in text
    # '-' writes to stdout
    p = run([aegisrt, "report", log, "-o", "-"])
    assert p.returncode == 0 and p.stdout.startswith("<!DOCTYPE html>"), p.stderr


def expect_bad(aegisrt, args, *needles):
    p = run([aegisrt, "report"] + args)
    assert p.returncode == 2, (args, p.returncode, p.stderr)
    for n in needles:
        assert n in p.stderr, (args, n, p.stderr)
    return p


def case_bad_input(aegisrt, src, tmp):
    log, _ = make_log(aegisrt, src, tmp, "examples/quickstart.yaml", ["--duration", "300ms"])
    with open(log) as f:
        lines = f.read().splitlines()
    out = os.path.join(tmp, "never.html")

    def edited(name, new_lines):
        path = os.path.join(tmp, name)
        with open(path, "w") as f:
            f.write("\n".join(new_lines) + "\n")
        return path

    h = json.loads(lines[0])
    h["schema"] = "other-log"
    bad = edited("schema.jsonl", [json.dumps(h)] + lines[1:])
    expect_bad(aegisrt, [bad, "-o", out], bad + ':1: schema "aegis-decision-log" expected')
    h = json.loads(lines[0])
    h["version"] = 2
    bad = edited("version.jsonl", [json.dumps(h)] + lines[1:])
    expect_bad(aegisrt, [bad, "-o", out], bad + ":1: schema version 1 expected, found 2")
    # a line cut in the middle, as a killed writer leaves it
    bad = edited("truncated.jsonl", lines[:29] + [lines[29][:len(lines[29]) // 2]])
    expect_bad(aegisrt, [bad, "-o", out], bad + ":30: one JSON object per line expected")
    k = next(i for i, l in enumerate(lines) if '"ev":"complete"' in l)
    e = json.loads(lines[k])
    e["model"] = 99
    bad = edited("model.jsonl", lines[:k] + [json.dumps(e)] + lines[k + 1:])
    expect_bad(aegisrt, [bad, "-o", out], bad + ":%d: \"complete\" event: \"model\": a model "
               "id in 0..7 expected, found 99" % (k + 1))
    e["model"], e["t"] = 0, -5
    bad = edited("time.jsonl", lines[:k] + [json.dumps(e)] + lines[k + 1:])
    expect_bad(aegisrt, [bad, "-o", out], bad + ':%d: "complete" event: "t": an integer in '
               '0..2^53 expected' % (k + 1))
    del e["model"]
    e["t"] = json.loads(lines[k])["t"]
    bad = edited("field.jsonl", lines[:k] + [json.dumps(e)] + lines[k + 1:])
    expect_bad(aegisrt, [bad, "-o", out], bad + ':%d: "complete" event: "model": a model id '
               'in 0..7 expected, found none' % (k + 1))
    bad = edited("empty.jsonl", [])
    expect_bad(aegisrt, [bad, "-o", out], bad + ":1:")
    assert not os.path.exists(out), "a page was written from a bad log"
    # usage
    expect_bad(aegisrt, [log], "expected -o FILE", "Try 'aegisrt report --help'")
    expect_bad(aegisrt, [log, "-o"], "needs a value")
    expect_bad(aegisrt, ["-o", out], "expected exactly one LOG")
    expect_bad(aegisrt, [log, "-o", out, "--bogus"], "unknown option '--bogus'")
    for w in ("200ms:100ms", "0:200ms", "100ms", "a:b"):
        expect_bad(aegisrt, [log, "-o", out, "--window", w], "--window '%s'" % w)
    expect_bad(aegisrt, [log, "-o", out, "--max-segments", "0"], "--max-segments")
    expect_bad(aegisrt, [os.path.join(tmp, "missing.jsonl"), "-o", out], "cannot read")
    assert not os.path.exists(out)
    p = run([aegisrt, "report", "--help"])
    assert p.returncode == 0
    for opt in ("-o, --output", "--window START:END", "--max-segments", "--max-rows",
                "exit status"):
        assert opt in p.stdout, opt
    p = run([aegisrt, "help"])
    assert "report LOG" in p.stdout, p.stdout


def read_png(path):
    """Width, height, bytes per pixel and the unfiltered rows of an 8-bit RGB(A) PNG."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, ihdr = 8, [], None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", data[pos + 8:pos + 8 + n])
        elif kind == b"IDAT":
            idat.append(data[pos + 8:pos + 8 + n])
        pos += 12 + n
    w, h, depth, ctype, _, _, interlace = ihdr
    assert depth == 8 and ctype in (2, 6) and interlace == 0, ihdr
    bpp = 3 if ctype == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = w * bpp
    rows, prev = [], bytearray(stride)
    for y in range(h):
        ft = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if ft == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif ft == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev))
        elif ft == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif ft == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = prev[i], (prev[i - bpp] if i >= bpp else 0)
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        prev = line
    return w, h, bpp, rows


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]


def case_render(aegisrt, src, tmp):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("SKIP: chromium is not installed ('make test' installs the Debian package "
              "chromium)")
        sys.exit(SKIP)
    log, _ = make_log(aegisrt, src, tmp, "examples/edge-24.yaml", ["--duration", "2s"])
    header, _ = read_log(log)
    page = os.path.join(tmp, "report.html")
    report(aegisrt, log, page)
    png = os.path.join(tmp, "report.png")
    width, height = 1400, 4000
    p = run([chromium] + CHROMIUM_FLAGS + ["--user-data-dir=" + os.path.join(tmp, "profile"),
             "--window-size=%d,%d" % (width, height), "--screenshot=" + png,
             "file://" + page], timeout=240)
    assert os.path.exists(png), "no screenshot: rc %d\n%s" % (p.returncode, p.stderr[-3000:])
    w, h, bpp, rows = read_png(png)
    assert (w, h) == (width, height), (w, h)
    colours, ink = set(), 0
    for row in rows:
        for i in range(0, len(row), bpp):
            px = row[i:i + 3]
            colours.add(px)
            ink += px != b"\xff\xff\xff"
    frac = ink / (w * h)
    print("render: %d x %d, %.1f%% not white, %d colours" % (w, h, 100 * frac, len(colours)))
    assert frac > 0.05, "the page looks blank: %.2f%% of the pixels are not white" % (100 * frac)
    assert len(colours) >= 64, "too few colours (%d): charts not drawn?" % len(colours)
    # the model colours of the timeline are on screen
    with open(page) as f:
        from_page = {bytes.fromhex(c[1:])
                     for c in re.findall(r'fill="(#[0-9a-f]{6})" class="seg"', f.read())}
    assert len(from_page & colours) >= 10, (len(from_page), len(from_page & colours))
    # what the browser built from the page: one histogram and one CDF per model
    p = run([chromium] + CHROMIUM_FLAGS + ["--user-data-dir=" + os.path.join(tmp, "profile2"),
             "--dump-dom", "file://" + page], timeout=240)
    assert p.returncode == 0, p.stderr[-3000:]
    dom = Tree(p.stdout)
    n = len(header["models"])
    assert len(dom.root.find("svg", "histogram")) == n, len(dom.root.find("svg", "histogram"))
    assert len(dom.root.find("svg", "cdf")) == n
    print("render: PNG %d bytes, DOM %d histograms" % (os.path.getsize(png), n))


def main():
    aegisrt, src, case = sys.argv[1], sys.argv[2], sys.argv[3]
    with tempfile.TemporaryDirectory() as tmp:
        globals()["case_" + case](aegisrt, src, tmp)
    print("ok", case)


if __name__ == "__main__":
    main()
