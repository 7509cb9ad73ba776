/* The SVG charts of svg.h, shared by `aegisrt report` and bench/scenario. Styling comes
 * from CSS classes the page defines (axis, grid, deadline, bound, miss, ...), so the
 * markup stays small. Must not read a decision log or choose what to plot. */
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "aegis/time.h"
#include "svg.h"

/* The size of one model chart (histogram or CDF) and its plot area. */
#define CH_W 316.0
#define CH_H 222.0
#define CH_LEFT 44.0
#define CH_RIGHT 12.0
#define CH_TOP 52.0
#define CH_BOTTOM 188.0

void svg_escape(FILE *f, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", f); break;
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '"': fputs("&quot;", f); break;
		case '\'': fputs("&#39;", f); break;
		default: fputc(*s, f);
		}
	}
}

static void text(FILE *f, double x, double y, const char *cls, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/* <text> at (x, y) of class cls (which sets the anchor and the size), escaped. */
static void text(FILE *f, double x, double y, const char *cls, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" class=\"%s\">", x, y, cls);
	svg_escape(f, buf);
	fputs("</text>\n", f);
}

static void line(FILE *f, double x1, double y1, double x2, double y2, const char *cls)
{
	fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"%s\"/>\n", x1, y1,
		x2, y2, cls);
}

/* A duration label: "0" for zero, else aegis_duration_format ("33.3ms"). */
static const char *dur(int64_t ns, char *buf, size_t len)
{
	if (ns == 0) {
		snprintf(buf, len, "0");
		return buf;
	}
	return aegis_duration_format(ns, buf, len);
}

void svg_colour(uint32_t i, char out[8])
{
	/* from blue, by the golden angle; hues near red are turned away: red marks misses */
	double deg = fmod(210.0 + i * 137.508, 360.0);
	if (deg > 340.0 || deg < 20.0)
		deg = fmod(deg + 40.0, 360.0);
	double h = deg / 60.0;
	double s = 0.62, l = (i % 3 == 0) ? 0.47 : (i % 3 == 1) ? 0.58 : 0.38;
	double c = (1 - fabs(2 * l - 1)) * s;
	double x = c * (1 - fabs(fmod(h, 2.0) - 1));
	double rgb[3] = {0, 0, 0};
	static const int idx[6][2] = {{0, 1}, {1, 0}, {1, 2}, {2, 1}, {2, 0}, {0, 2}};
	int sector = (int)h % 6;
	rgb[idx[sector][0]] = c; /* the largest component */
	rgb[idx[sector][1]] = x;
	double m = l - c / 2;
	snprintf(out, 8, "#%02x%02x%02x", (unsigned)lround((rgb[0] + m) * 255),
		 (unsigned)lround((rgb[1] + m) * 255), (unsigned)lround((rgb[2] + m) * 255));
}

/* The smallest 1, 2 or 5 x 10^k at or above range / ticks (at least 1). */
static int64_t nice_step(int64_t range, int ticks)
{
	int64_t raw = range / ticks + (range % ticks != 0);
	int64_t p = 1;
	while (p <= INT64_MAX / 10 && p * 10 <= raw)
		p *= 10;
	if (p >= raw)
		return p;
	if (2 * p >= raw)
		return 2 * p;
	if (5 * p >= raw)
		return 5 * p;
	return 10 * p;
}

/* Maps [lo, hi] onto [px0, px1]. */
struct scale {
	int64_t lo, hi;
	double px0, px1;
};

static double px(const struct scale *s, int64_t v)
{
	if (s->hi <= s->lo)
		return s->px0;
	return s->px0 + (s->px1 - s->px0) * ((double)(v - s->lo) / (double)(s->hi - s->lo));
}

/* A horizontal time axis at y: ticks at multiples of a 1-2-5 step, labels below,
 * shown relative to origin. */
static void time_axis(FILE *f, const struct scale *s, double y, int64_t origin, int ticks)
{
	char b[32];
	line(f, s->px0, y, s->px1, y, "axis");
	int64_t step = nice_step(s->hi - s->lo, ticks);
	int64_t first = (s->lo - origin) / step * step + origin;
	if (first < s->lo)
		first += step;
	for (int64_t v = first; v <= s->hi; v += step) {
		double x = px(s, v);
		line(f, x, y, x, y + 4, "axis");
		text(f, x, y + 15, "tick mid", "%s", dur(v - origin, b, sizeof b));
	}
}

/* The legend of a model chart: the first line names the data, the second the markers
 * (or the note). */
static void chart_legend(FILE *f, const char *what, const struct svg_marker *marks,
			 size_t n_marks, const char *note)
{
	text(f, CH_LEFT, 13, "legend", "%s", what);
	double x = CH_LEFT;
	char b[32];
	for (size_t i = 0; i < n_marks; i++) {
		line(f, x, 21, x, 31, marks[i].cls);
		char label[96];
		snprintf(label, sizeof label, "%s %s", marks[i].label,
			 dur(marks[i].at_ns, b, sizeof b));
		text(f, x + 4, 30, "legend", "%s", label);
		x += 10 + 6.2 * (double)strlen(label);
	}
	if (note)
		text(f, CH_LEFT, 43, "legend note", "%s", note);
}

static void chart_begin(FILE *f, const char *cls, const char *model, const char *label)
{
	fprintf(f, "<svg class=\"%s\" data-model=\"", cls);
	svg_escape(f, model);
	fprintf(f, "\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" "
		   "aria-label=\"", CH_W, CH_H, CH_W, CH_H);
	svg_escape(f, label);
	fputs("\">\n", f);
}

static void count_axis(FILE *f, uint64_t max_count)
{
	int64_t step = nice_step((int64_t)max_count, 4);
	for (int64_t c = 0; c <= (int64_t)max_count; c += step) {
		double y = CH_BOTTOM - (CH_BOTTOM - CH_TOP) * (double)c / (double)max_count;
		line(f, CH_LEFT, y, CH_W - CH_RIGHT, y, "grid");
		text(f, CH_LEFT - 4, y + 3.5, "tick end", "%" PRId64, c);
	}
	line(f, CH_LEFT, CH_TOP, CH_LEFT, CH_BOTTOM, "axis");
	double y = (CH_TOP + CH_BOTTOM) / 2;
	fprintf(f, "<text x=\"12\" y=\"%.1f\" transform=\"rotate(-90 12 %.1f)\" "
		   "class=\"axis-title mid\">jobs</text>\n", y, y);
}

/* One bar, its range and count as data-lo, data-hi, data-n (the tests read them) and as
 * a tooltip. */
static void hist_bar(FILE *f, const struct svg_bar *b, double x, double w, double h)
{
	char lo[32], hi[32];
	fprintf(f, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" class=\"bar\" "
		   "data-lo=\"%" PRId64 "\" data-hi=\"%" PRId64 "\" data-n=\"%" PRIu64 "\">",
		x, CH_BOTTOM - h, w, h, b->lo_ns, b->hi_ns, b->count);
	fprintf(f, "<title>%s to %s: %" PRIu64 " jobs</title></rect>\n",
		dur(b->lo_ns, lo, sizeof lo), dur(b->hi_ns, hi, sizeof hi), b->count);
}

void svg_histogram(FILE *f, const char *model, const struct svg_bar *bars, size_t n,
		   const struct svg_marker *marks, size_t n_marks, const char *note)
{
	char label[160];
	snprintf(label, sizeof label, "response-time histogram of %s", model);
	chart_begin(f, "histogram", model, label);
	uint64_t total = 0, top = 1;
	for (size_t i = 0; i < n; i++) {
		total += bars[i].count;
		if (bars[i].count > top)
			top = bars[i].count;
	}
	char what[96], b[32];
	if (n)
		snprintf(what, sizeof what, "%" PRIu64 " jobs, bars of %s", total,
			 dur(bars[0].hi_ns - bars[0].lo_ns, b, sizeof b));
	else
		snprintf(what, sizeof what, "no job completed");
	chart_legend(f, what, marks, n_marks, note);
	count_axis(f, top);
	if (n) {
		struct scale s = {bars[0].lo_ns, bars[n - 1].hi_ns, CH_LEFT, CH_W - CH_RIGHT};
		for (size_t i = 0; i < n; i++) {
			if (!bars[i].count)
				continue;
			double x0 = px(&s, bars[i].lo_ns), x1 = px(&s, bars[i].hi_ns);
			double h = (CH_BOTTOM - CH_TOP) * (double)bars[i].count / (double)top;
			hist_bar(f, &bars[i], x0, x1 - x0 > 0.6 ? x1 - x0 - 0.3 : 0.3, h);
		}
		for (size_t i = 0; i < n_marks; i++) {
			double x = px(&s, marks[i].at_ns);
			if (marks[i].at_ns >= s.lo && marks[i].at_ns <= s.hi)
				line(f, x, CH_TOP - 4, x, CH_BOTTOM, marks[i].cls);
			else if (marks[i].at_ns > s.hi)
				text(f, CH_W - CH_RIGHT, CH_TOP + 10 + 11 * (double)i, "legend end",
				     "%s %s \u2192", marks[i].label,
				     dur(marks[i].at_ns, b, sizeof b));
			else
				text(f, CH_LEFT + 3, CH_TOP + 10 + 11 * (double)i, "legend",
				     "\u2190 %s %s", marks[i].label,
				     dur(marks[i].at_ns, b, sizeof b));
		}
		time_axis(f, &s, CH_BOTTOM, 0, 4);
	} else {
		line(f, CH_LEFT, CH_BOTTOM, CH_W - CH_RIGHT, CH_BOTTOM, "axis");
	}
	text(f, (CH_LEFT + CH_W - CH_RIGHT) / 2, CH_H - 4, "axis-title mid",
	     "response time (complete - arrival)");
	fputs("</svg>\n", f);
}

void svg_cdf(FILE *f, const char *model, const struct svg_point *pts, size_t n,
	     int64_t x_max_ns, const struct svg_marker *marks, size_t n_marks,
	     const char *note)
{
	char label[160];
	snprintf(label, sizeof label, "response-time CDF of %s", model);
	chart_begin(f, "cdf", model, label);
	chart_legend(f, n ? "fraction of jobs done within x" : "no job completed", marks, n_marks,
		     note);
	struct scale s = {0, x_max_ns > 0 ? x_max_ns : 1, CH_LEFT, CH_W - CH_RIGHT};
	static const char *const frac_label[] = {"0", "0.25", "0.5", "0.75", "1"};
	for (int k = 0; k <= 4; k++) {
		double y = CH_BOTTOM - (CH_BOTTOM - CH_TOP) * k / 4.0;
		line(f, CH_LEFT, y, CH_W - CH_RIGHT, y, "grid");
		text(f, CH_LEFT - 4, y + 3.5, "tick end", "%s", frac_label[k]);
	}
	line(f, CH_LEFT, CH_TOP, CH_LEFT, CH_BOTTOM, "axis");
	if (n) {
		fprintf(f, "<path class=\"cdf-line\" d=\"M%.2f %.2f", CH_LEFT, CH_BOTTOM);
		for (size_t i = 0; i < n; i++)
			fprintf(f, " L%.2f %.2f", px(&s, pts[i].x_ns),
				CH_BOTTOM - (CH_BOTTOM - CH_TOP) * pts[i].frac);
		fprintf(f, " L%.2f %.2f\"/>\n", CH_W - CH_RIGHT,
			CH_BOTTOM - (CH_BOTTOM - CH_TOP) * pts[n - 1].frac);
	}
	for (size_t i = 0; i < n_marks; i++) {
		double x = px(&s, marks[i].at_ns);
		line(f, x, CH_TOP - 4, x, CH_BOTTOM, marks[i].cls);
	}
	time_axis(f, &s, CH_BOTTOM, 0, 4);
	text(f, (CH_LEFT + CH_W - CH_RIGHT) / 2, CH_H - 4, "axis-title mid",
	     "response time (complete - arrival)");
	fputs("</svg>\n", f);
}

/* The timeline's geometry. */
#define GT_W 1320.0
#define GT_LEFT 64.0
#define GT_RIGHT 26.0
#define GT_TOP 8.0
#define GT_ROW 26.0
#define GT_BAR 18.0

static void gantt_seg(FILE *f, const struct svg_gantt *g, const struct scale *s,
		      const struct svg_seg *x)
{
	int64_t a = x->start_ns < g->from_ns ? g->from_ns : x->start_ns;
	int64_t b = x->end_ns > g->to_ns ? g->to_ns : x->end_ns;
	double x0 = px(s, a), w = px(s, b) - x0;
	char t0[32], t1[32], d[32];
	fprintf(f, "<rect x=\"%.2f\" y=\"%.1f\" width=\"%.2f\" height=\"%.1f\" fill=\"%s\" "
		   "class=\"seg\" data-model=\"%" PRIu32 "\"><title>",
		x0, GT_TOP + GT_ROW * x->lane + (GT_ROW - GT_BAR) / 2, w < 0.5 ? 0.5 : w, GT_BAR,
		g->colours[x->model], x->model);
	svg_escape(f, g->names[x->model]);
	fprintf(f, " job %" PRIu64 ": %s to %s (%s)</title></rect>\n", x->job,
		dur(x->start_ns - g->origin_ns, t0, sizeof t0),
		dur(x->end_ns - g->origin_ns, t1, sizeof t1),
		dur(x->end_ns - x->start_ns, d, sizeof d));
}

void svg_gantt(FILE *f, const struct svg_gantt *g)
{
	double h = GT_TOP + GT_ROW * g->n_lanes + 34;
	fprintf(f, "<svg class=\"gantt\" data-lanes=\"%" PRIu32 "\" data-from=\"%" PRId64
		   "\" data-to=\"%" PRId64 "\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f "
		   "%.0f\" role=\"img\" aria-label=\"lane timeline\">\n",
		g->n_lanes, g->from_ns - g->origin_ns, g->to_ns - g->origin_ns, GT_W, h, GT_W, h);
	struct scale s = {g->from_ns, g->to_ns, GT_LEFT, GT_W - GT_RIGHT};
	for (uint32_t l = 0; l < g->n_lanes; l++) {
		double y = GT_TOP + GT_ROW * l;
		fprintf(f, "<g class=\"lane-row\" data-lane=\"%" PRIu32 "\">\n", l);
		fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
			   "class=\"row%s\"/>\n", GT_LEFT, y, GT_W - GT_RIGHT - GT_LEFT, GT_ROW,
			l % 2 ? " odd" : "");
		text(f, GT_LEFT - 6, y + GT_ROW / 2 + 4, "tick end", "lane %" PRIu32, l);
		for (size_t i = 0; i < g->n_segs; i++)
			if (g->segs[i].lane == l)
				gantt_seg(f, g, &s, &g->segs[i]);
		fputs("</g>\n", f);
	}
	char t[32];
	for (size_t i = 0; i < g->n_misses; i++) {
		const struct svg_miss *m = &g->misses[i];
		double x = px(&s, m->t_ns), y = GT_TOP + GT_ROW * m->lane;
		fprintf(f, "<path class=\"miss\" d=\"M%.2f %.1f l-4 -6 h8 z M%.2f %.1f v%.1f\">"
			   "<title>", x, y + 7, x, y + 1, GT_ROW - 2);
		svg_escape(f, g->names[m->model]);
		fprintf(f, " job %" PRIu64 " missed its deadline %s</title></path>\n", m->job,
			dur(m->t_ns - g->origin_ns, t, sizeof t));
	}
	time_axis(f, &s, GT_TOP + GT_ROW * g->n_lanes, g->origin_ns, 10);
	text(f, (GT_LEFT + GT_W - GT_RIGHT) / 2, h - 2, "axis-title mid", "time since the start");
	fputs("</svg>\n", f);
}

#define UT_W 760.0
#define UT_LEFT 64.0
#define UT_BAR_W 560.0
#define UT_ROW 24.0

void svg_utilisation(FILE *f, uint32_t n_lanes, const int64_t *busy_ns, int64_t span_ns,
		     const double *wc)
{
	double h = UT_ROW * n_lanes + 26;
	fprintf(f, "<svg class=\"utilisation\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f "
		   "%.0f\" role=\"img\" aria-label=\"lane utilisation\">\n", UT_W, h, UT_W, h);
	for (uint32_t l = 0; l < n_lanes; l++) {
		double u = span_ns > 0 ? (double)busy_ns[l] / (double)span_ns : 0;
		double y = UT_ROW * l;
		text(f, UT_LEFT - 6, y + UT_ROW / 2 + 4, "tick end", "lane %" PRIu32, l);
		fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
			   "class=\"util-bg\"/>\n", UT_LEFT, y + 3, UT_BAR_W, UT_ROW - 6);
		fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.2f\" height=\"%.1f\" "
			   "class=\"util-bar\" data-lane=\"%" PRIu32 "\"/>\n",
			UT_LEFT, y + 3, UT_BAR_W * (u > 1 ? 1 : u), UT_ROW - 6, l);
		if (wc[l] >= 0) {
			double x = UT_LEFT + UT_BAR_W * (wc[l] > 1 ? 1 : wc[l]);
			fprintf(f, "<path class=\"wc\" d=\"M%.2f %.1f v%.1f\"><title>worst case "
				   "(sum of C/T) %.1f%%</title></path>\n", x, y + 1, UT_ROW - 2,
				100 * wc[l]);
		}
		text(f, UT_LEFT + UT_BAR_W + 8, y + UT_ROW / 2 + 4, "tick", "%.1f%% busy", 100 * u);
	}
	for (int k = 0; k <= 4; k++)
		text(f, UT_LEFT + UT_BAR_W * k / 4.0, h - 6, "tick mid", "%d%%", 25 * k);
	fputs("</svg>\n", f);
}

/* The generic charts of the comparison page (bench/scenario): bars and lines. */
#define GC_W 620.0
#define GC_LEFT 150.0
#define GC_RIGHT 90.0
#define GC_ROW 18.0

void svg_bars(FILE *f, const char *name, const char *title, const char *const *labels,
	      const double *values, size_t n, int decimals, const char *unit)
{
	double max = 0;
	for (size_t i = 0; i < n; i++)
		if (!isnan(values[i]) && values[i] > max)
			max = values[i];
	double h = 34.0 + GC_ROW * (double)n + 8.0, x1 = GC_W - GC_RIGHT;
	fprintf(f, "<svg class=\"bars\" data-metric=\"");
	svg_escape(f, name);
	fprintf(f, "\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\">\n", GC_W, h,
		GC_W, h);
	text(f, 6, 16, "legend", "%s", title);
	for (size_t i = 0; i < n; i++) {
		double y = 30.0 + GC_ROW * (double)i;
		char col[8], val[64];
		svg_colour((uint32_t)i, col);
		text(f, GC_LEFT - 6, y + 12, "tick end", "%s", labels[i]);
		if (isnan(values[i])) {
			text(f, GC_LEFT + 4, y + 12, "legend", "n/a");
			continue;
		}
		double w = max > 0 ? (x1 - GC_LEFT) * values[i] / max : 0;
		fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
			   "fill=\"%s\"/>\n", GC_LEFT, y + 2, w, GC_ROW - 5, col);
		snprintf(val, sizeof val, "%.*f", decimals, values[i]);
		text(f, GC_LEFT + w + 4, y + 12, "legend", "%s%s%s", val, unit[0] ? " " : "", unit);
	}
	line(f, GC_LEFT, 28, GC_LEFT, h - 6, "axis");
	fputs("</svg>\n", f);
}

void svg_lines(FILE *f, const char *name, const char *title, const double *x, size_t n,
	       const struct svg_series *series, size_t n_series, const char *x_label,
	       const char *y_label, const struct svg_xmark *marks, size_t n_marks)
{
	const double W = GC_W, H = 300.0, L = 60.0, R = W - 150.0, T = 34.0, B = H - 40.0;
	double ymax = 0;
	for (size_t s = 0; s < n_series; s++)
		for (size_t i = 0; i < n; i++)
			if (!isnan(series[s].y[i]) && series[s].y[i] > ymax)
				ymax = series[s].y[i];
	if (ymax <= 0)
		ymax = 1;
	double x0 = n ? x[0] : 0, xr = n > 1 && x[n - 1] > x0 ? x[n - 1] - x0 : 1;
#define LX(v) (L + (R - L) * ((v) - x0) / xr)
#define LY(v) (B - (B - T) * (v) / ymax)
	fprintf(f, "<svg class=\"lines\" data-metric=\"");
	svg_escape(f, name);
	fprintf(f, "\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\">\n", W, H, W, H);
	text(f, 6, 16, "legend", "%s", title);
	line(f, L, B, R, B, "axis");
	line(f, L, T, L, B, "axis");
	for (int k = 0; k <= 4; k++) {
		double v = ymax * k / 4.0;
		line(f, L, LY(v), R, LY(v), "gridline");
		text(f, L - 4, LY(v) + 4, "tick end", "%.3g", v);
	}
	for (size_t i = 0; i < n; i++)
		text(f, LX(x[i]), B + 14, "tick mid", "%.2f", x[i]);
	text(f, (L + R) / 2, B + 30, "tick mid", "%s", x_label);
	text(f, L, T - 6, "legend", "%s", y_label);
	for (size_t k = 0, shown = 0; k < n_marks; k++) {
		double mx = marks[k].x;
		if (isnan(mx))
			continue;
		fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"bound\" "
			   "stroke-dasharray=\"4 3\"/>\n", LX(mx), T, LX(mx), B);
		text(f, LX(mx) + 3, T + 10 + 12.0 * (double)shown++, "legend", "%s", marks[k].label);
	}
	for (size_t s = 0; s < n_series; s++) {
		char col[8];
		svg_colour((uint32_t)s, col);
		fprintf(f, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"", col);
		for (size_t i = 0; i < n; i++)
			if (!isnan(series[s].y[i]))
				fprintf(f, "%.1f,%.1f ", LX(x[i]), LY(series[s].y[i]));
		fputs("\"/>\n", f);
		for (size_t i = 0; i < n; i++)
			if (!isnan(series[s].y[i]))
				fprintf(f, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>\n",
					LX(x[i]), LY(series[s].y[i]), col);
		double ly = T + 14.0 * (double)s;
		fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"10\" height=\"10\" fill=\"%s\"/>\n",
			R + 10, ly, col);
		text(f, R + 24, ly + 9, "legend", "%s", series[s].label);
	}
#undef LX
#undef LY
	fputs("</svg>\n", f);
}
