/* Inline SVG charts from plain arrays and the HTML escaping they share, for the pages of
 * `aegisrt report` and bench/scenario, which both may include it (library aegis_svg).
 * Must not read a decision log or a benchmark's results, nor decide what to plot. */
#ifndef AEGIS_TOOLS_SVG_H
#define AEGIS_TOOLS_SVG_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* A vertical marker at a time (a deadline, a bound). cls is a CSS class of the page
 * ("deadline", "bound"); label is its legend text. */
struct svg_marker {
	int64_t at_ns;
	const char *cls;
	const char *label;
};

/* One histogram bar: the values in [lo_ns, hi_ns). */
struct svg_bar {
	int64_t lo_ns, hi_ns;
	uint64_t count;
};

/* One point of a CDF: the fraction of values below x_ns. */
struct svg_point {
	int64_t x_ns;
	double frac;
};

/* One executed segment of a job on a lane, in log time. */
struct svg_seg {
	int64_t start_ns, end_ns;
	uint64_t job;
	uint32_t model, lane;
};

/* A deadline miss drawn on the timeline: t_ns is the deadline. */
struct svg_miss {
	int64_t t_ns;
	uint64_t job;
	uint32_t model, lane;
};

struct svg_gantt {
	int64_t from_ns, to_ns; /* the window, log time */
	int64_t origin_ns;      /* log time shown as 0 on the axis */
	uint32_t n_lanes;
	const char *const *names; /* model names, by id */
	const char *const *colours; /* "#rrggbb" by model id */
	const struct svg_seg *segs;
	size_t n_segs;
	const struct svg_miss *misses;
	size_t n_misses;
};

/* Writes s with &, <, >, " and ' escaped: valid in HTML text and attribute values. */
void svg_escape(FILE *f, const char *s);

/* The colour of model i ("#rrggbb"): hues spread by the golden angle, so that
 * neighbours differ. */
void svg_colour(uint32_t i, char out[8]);

/* <svg class="histogram" data-model="MODEL">: bars (counts on a linear axis) over
 * [bars[0].lo_ns, bars[n-1].hi_ns); a marker outside that range is named at the edge
 * with its value. n may be 0 (no completed job): the frame says so. */
void svg_histogram(FILE *f, const char *model, const struct svg_bar *bars, size_t n,
		   const struct svg_marker *marks, size_t n_marks, const char *note);

/* <svg class="cdf" data-model="MODEL">: the points joined by steps over [0, x_max_ns],
 * with the markers (all inside: x_max_ns is chosen to hold them). */
void svg_cdf(FILE *f, const char *model, const struct svg_point *pts, size_t n,
	     int64_t x_max_ns, const struct svg_marker *marks, size_t n_marks,
	     const char *note);

/* <svg class="gantt">: one row per lane (<g class="lane-row" data-lane="L">), one rect
 * per segment clipped to the window, a red mark per miss. */
void svg_gantt(FILE *f, const struct svg_gantt *g);

/* <svg class="utilisation">: one horizontal bar per lane, busy_ns[l] / span_ns, with
 * a tick at the lane's worst-case utilisation wc[l] (sum of C/T; < 0: none). */
void svg_utilisation(FILE *f, uint32_t n_lanes, const int64_t *busy_ns, int64_t span_ns,
		     const double *wc);

/* <svg class="bars" data-metric="NAME">: one horizontal bar per label (values >= 0, a
 * linear axis from 0; NaN: "n/a"), each labelled with its value to `decimals`
 * places, then `unit`. For comparisons of set-ups per metric. */
void svg_bars(FILE *f, const char *name, const char *title, const char *const *labels,
	      const double *values, size_t n, int decimals, const char *unit);

/* One series of a line chart: y[i] at x[i] of the chart (NaN: no point). */
struct svg_series {
	const char *label;
	const double *y;
};

/* A dashed vertical marker of a line chart at x (NaN: none), named label. */
struct svg_xmark {
	double x;
	const char *label;
};

/* <svg class="lines" data-metric="NAME">: the series over the shared x values (linear
 * axes from x[0] to x[n-1] and from 0 to the largest y), coloured by svg_colour(i),
 * with a legend; the markers, each label on its own line. */
void svg_lines(FILE *f, const char *name, const char *title, const double *x, size_t n,
	       const struct svg_series *series, size_t n_series, const char *x_label,
	       const char *y_label, const struct svg_xmark *marks, size_t n_marks);

#endif
