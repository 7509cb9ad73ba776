#!/usr/bin/env python3
"""Renders docs/acceptance.csv (utilisation, then one acceptance ratio per analysis) as
an SVG line chart, by hand: Python's standard library only, no plotting package.

    plot.py acceptance.csv acceptance.svg
"""
import csv
import sys

TITLE = "Acceptance ratio vs utilisation (n 3-30, periods 1-100 ms log-uniform)"
# Preemptive, limited-preemptive, non-preemptive: solid, dashed, dotted; FP blue, EDF red.
STYLE = {
    "fp_p": ("#1f5fbf", ""), "fp_lp": ("#1f5fbf", "8 4"), "fp_np": ("#1f5fbf", "2 3"),
    "edf_p": ("#c0392b", ""), "edf_lp": ("#c0392b", "8 4"), "edf_np": ("#c0392b", "2 3"),
}
LABEL = {"fp_np": "FP non-preemptive", "fp_lp": "FP preemption points",
         "fp_p": "FP preemptive", "edf_np": "EDF non-preemptive",
         "edf_lp": "EDF preemption points", "edf_p": "EDF preemptive"}
W, H = 760, 480
LEFT, RIGHT, TOP, BOTTOM = 70, 210, 50, 60  # margins around the plot area


def marker(name, cx, cy, colour):
    if name.startswith("fp"):
        return (f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="4" fill="white" '
                f'stroke="{colour}" stroke-width="1.5"/>')
    return (f'<rect x="{cx - 2.5:.1f}" y="{cy - 2.5:.1f}" width="5" height="5" '
            f'fill="{colour}"/>')


def main(src, dst):
    with open(src, newline="") as f:
        rows = list(csv.reader(f))
    head, data = rows[0], [[float(v) for v in r] for r in rows[1:] if r]
    pw, ph = W - LEFT - RIGHT, H - TOP - BOTTOM

    def x(u):
        return LEFT + u * pw  # utilisation 0..1

    def y(r):
        return TOP + (1 - r) * ph  # ratio 0..1

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" '
           f'viewBox="0 0 {W} {H}" font-family="sans-serif" font-size="12">',
           f'<rect width="{W}" height="{H}" fill="white"/>',
           f'<text x="{W / 2}" y="24" text-anchor="middle" font-size="14">{TITLE}</text>']
    for i in range(11):  # grid, ticks and tick labels every 0.1 on both axes
        v = i / 10
        out.append(f'<line x1="{x(v):.1f}" y1="{TOP}" x2="{x(v):.1f}" y2="{TOP + ph}" '
                   f'stroke="#e6e6e6"/>')
        out.append(f'<line x1="{LEFT}" y1="{y(v):.1f}" x2="{LEFT + pw}" y2="{y(v):.1f}" '
                   f'stroke="#e6e6e6"/>')
        out.append(f'<text x="{x(v):.1f}" y="{TOP + ph + 18}" text-anchor="middle">'
                   f'{v:.1f}</text>')
        out.append(f'<text x="{LEFT - 8}" y="{y(v) + 4:.1f}" text-anchor="end">{v:.1f}</text>')
    out.append(f'<rect x="{LEFT}" y="{TOP}" width="{pw}" height="{ph}" fill="none" '
               f'stroke="black"/>')
    out.append(f'<text x="{LEFT + pw / 2}" y="{H - 18}" text-anchor="middle">'
               f'total utilisation U</text>')
    out.append(f'<text transform="translate(20 {TOP + ph / 2}) rotate(-90)" '
               f'text-anchor="middle">acceptance ratio (schedulable sets / sets)</text>')
    for col, name in enumerate(head[1:], start=1):
        colour, dash = STYLE.get(name, ("black", ""))
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        pts = " ".join(f"{x(r[0]):.1f},{y(r[col]):.1f}" for r in data)
        out.append(f'<polyline points="{pts}" fill="none" stroke="{colour}" '
                   f'stroke-width="2"{dash_attr}/>')
        # Markers keep FP visible where EDF's line covers it: FP circles, EDF squares.
        for r in data:
            out.append(marker(name, x(r[0]), y(r[col]), colour))
        ly = TOP + 10 + 22 * (col - 1)  # legend entry to the right of the plot
        lx = LEFT + pw + 16
        out.append(f'<line x1="{lx}" y1="{ly}" x2="{lx + 30}" y2="{ly}" stroke="{colour}" '
                   f'stroke-width="2"{dash_attr}/>')
        out.append(marker(name, lx + 15, ly, colour))
        out.append(f'<text x="{lx + 36}" y="{ly + 4}">{LABEL.get(name, name)}</text>')
    out.append("</svg>")
    with open(dst, "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: plot.py acceptance.csv acceptance.svg")
    main(sys.argv[1], sys.argv[2])
