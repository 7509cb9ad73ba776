/* `aegisrt report LOG -o FILE`: the command, and the self-contained HTML page of a
 * decision log (docs/REPORT.md) from what report_log.c read: sections, tables, and what
 * each chart plots. Must not read the log itself, nor refer to anything outside the page. */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "report_log.h"
#include "svg.h"

static const char report_usage[] =
	"usage: aegisrt report LOG -o FILE [options]\n"
	"\n"
	"Reads a decision log written by 'aegisrt run WORKLOAD --log LOG' and writes one\n"
	"self-contained HTML page (no scripts, fonts or images from elsewhere; every chart\n"
	"is inline SVG) with:\n"
	"  - the run's settings (device, lanes, policy, preemption, analysis, seed) and\n"
	"    its totals: jobs released, completed, missed, rejected, cancelled, failed;\n"
	"  - per model: a histogram and a CDF of the response time (complete - arrival)\n"
	"    of its completed jobs, with the deadline and the analysed bound (none under\n"
	"    EDF: a demand test gives no per-task bound), p50/p90/p99/p99.9/max, misses\n"
	"    and the analysis' slack;\n"
	"  - a timeline of the lanes over a window: one bar per executed segment,\n"
	"    coloured by model, with the deadline misses marked;\n"
	"  - each lane's utilisation: busy time / run length (first to last event);\n"
	"  - a table of the deadline misses, the rejected releases (E_QUEUE_FULL,\n"
	"    E_SKIPPED, E_INTERARRIVAL, ...) and the failed jobs.\n"
	"Times are shown from the log's first event (0 on the simulated device).\n"
	"\n"
	"options:\n"
	"  -o, --output FILE   the HTML file to write ('-': standard output); required\n"
	"  --window START:END  the timeline's window, durations with a unit from the\n"
	"                      start, e.g. 0ms:200ms, 1.5s:1.7s (default: the first 200ms,\n"
	"                      or, after a deadline miss, the 200ms that end 50ms after\n"
	"                      the first miss in the log)\n"
	"  --max-segments N    draw at most N segments in the timeline (default 20000);\n"
	"                      the page says how many were left out\n"
	"  --max-rows N        list at most N misses, rejections and failures (default\n"
	"                      1000); the page counts the rest\n"
	"  -h, --help          this help\n"
	"\n"
	"exit status: 0 written, 1 out of memory, 2 bad usage or an unreadable log\n"
	"(another schema or version, a malformed line: FILE:LINE says what was\n"
	"expected), 3 the page could not be written completely (named; a file is then\n"
	"removed).\n";

/* ---- the page ---------------------------------------------------------------------- */

static const char *dur(int64_t ns, char *buf, size_t len)
{
	return ns == 0 ? (snprintf(buf, len, "0"), buf) : aegis_duration_format(ns, buf, len);
}

static void td(FILE *f, const char *key, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* A table cell of escaped text: a number (right-aligned, with data-k=key for the tests)
 * when key is not NULL, else text (left-aligned). */
static void td(FILE *f, const char *key, const char *fmt, ...)
{
	char buf[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (key)
		fprintf(f, "<td data-k=\"%s\">", key);
	else
		fputs("<td class=\"l\">", f);
	svg_escape(f, buf);
	fputs("</td>", f);
}

static const char *str_or(const json_t *o, const char *k, const char *dflt)
{
	const char *s = json_string_value(json_object_get(o, k));
	return s ? s : dflt;
}

static const char page_css[] =
	"body{font:14px/1.4 'DejaVu Sans',Arial,sans-serif;margin:20px 28px;color:#222;"
	"background:#fff}\n"
	"h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;border-bottom:1px solid #ccc;"
	"margin:26px 0 8px}h3{font-size:14px;margin:0}h3 small{font-weight:normal;color:#666}\n"
	"table{border-collapse:collapse;font-size:13px;margin:6px 0}td,th{border:1px solid #ddd;"
	"padding:2px 8px;text-align:right}th{background:#f3f3f3}.l{text-align:left}\n"
	".run{display:flex;gap:28px;align-items:flex-start}.src,.caption{color:#555;font-size:13px}"
	".keys{display:flex;flex-wrap:wrap;gap:2px 14px;"
	"font-size:12px;margin:6px 0}.keys i{display:inline-block;width:11px;height:11px;"
	"margin-right:4px;vertical-align:-1px}\n"
	".models-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(650px,1fr));"
	"gap:10px}.model{border:1px solid #e3e3e3;padding:6px 8px}.stats{font-size:12px;"
	"margin:2px 0 4px}.charts{display:flex;gap:6px}\n"
	"tr.miss td:first-child{color:#c22}tr.reject td:first-child{color:#b60}"
	"tr.failed td:first-child{color:#707}\n"
	"svg text{font-size:10px;fill:#333}svg .mid{text-anchor:middle}svg .end{text-anchor:end}"
	"svg .legend{font-size:10.5px}svg .note{fill:#666;font-style:italic}"
	"svg .axis-title{fill:#555}\n"
	"svg .axis{stroke:#555}svg .gridline{stroke:#eee}svg .bar{fill:#4e79a7}"
	"svg .cdf-line{fill:none;stroke:#4e79a7;stroke-width:1.6}\n"
	"svg .deadline{stroke:#d62728;stroke-width:2}svg .bound{stroke:#f28e2b;stroke-width:2;"
	"stroke-dasharray:5 3}svg .miss{fill:#d62728;stroke:#d62728;stroke-width:1.5}\n"
	"svg .row{fill:#fafafa}svg .row.odd{fill:#f0f0f0}svg .util-bg{fill:#eee}"
	"svg .util-bar{fill:#59a14f}svg .wc{stroke:#222;stroke-width:2}\n";

static void write_summary(FILE *f, const struct report_log *r)
{
	const json_t *rt = r->runtime;
	const json_t *seed = json_object_get(rt, "seed");
	char b[32], seed_s[32];
	if (json_is_integer(seed))
		snprintf(seed_s, sizeof seed_s, "%" JSON_INTEGER_FORMAT, json_integer_value(seed));
	else
		snprintf(seed_s, sizeof seed_s, "%s", str_or(rt, "seed", "?"));
	const json_t *ovh = json_object_get(rt, "dispatch_overhead_ns");
	const json_t *stall = json_object_get(rt, "host_stall_ns"); /* absent in older logs */
	char c[32];
	fputs("<section id=\"summary\"><h2>Run</h2>\n<div class=\"run\"><table id=\"settings\">\n",
	      f);
	const char *rows[][2] = {
		{"device", str_or(rt, "device", "?")},
		{"policy", str_or(rt, "policy", "?")},
		{"rule", str_or(rt, "rule", "?")},
		{"preemption", str_or(rt, "preemption", "?")},
		{"priorities", str_or(rt, "priorities", "?")},
		{"admission", str_or(rt, "admission", "?")},
		{"analysis", str_or(rt, "analysis", "none")},
		{"seed", seed_s},
		{"dispatch overhead",
		 json_is_integer(ovh) ? dur(json_integer_value(ovh), b, sizeof b) : "?"},
		{"host stall",
		 json_is_integer(stall) ? dur(json_integer_value(stall), c, sizeof c) : "not logged"},
	};
	fprintf(f, "<tr><th class=\"l\">lanes</th><td class=\"l\" data-k=\"lanes\">%" PRIu32
		   "</td></tr>\n",
		r->n_lanes);
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		fprintf(f, "<tr><th class=\"l\">%s</th><td class=\"l\" data-k=\"%s\">", rows[i][0],
			rows[i][0]);
		svg_escape(f, rows[i][1]);
		fputs("</td></tr>\n", f);
	}
	const json_t *refusals = json_object_get(r->header, "refusals");
	if (json_is_integer(refusals))
		fprintf(f, "<tr><th class=\"l\">admissions refused</th><td class=\"l\" "
			   "data-k=\"refusals\">%" JSON_INTEGER_FORMAT "%s</td></tr>\n",
			json_integer_value(refusals),
			json_integer_value(refusals) ? " (the header's refused[] says why)" : "");
	fprintf(f, "<tr><th class=\"l\">run length</th><td class=\"l\" data-k=\"span\">%s</td>"
		   "</tr>\n"
		   "</table>\n", dur(r->t_last - r->t0, b, sizeof b));
	struct report_counts t = report_log_totals(r);
	const struct {
		const char *name;
		uint64_t n;
	} tot[] = {{"released", t.released},   {"completed", t.completed},
		   {"missed", t.missed},       {"rejected", t.rejected},
		   {"cancelled", t.cancelled}, {"failed", t.failed}};
	fputs("<div><table id=\"totals\"><tr><th class=\"l\">jobs</th>", f);
	for (size_t i = 0; i < sizeof tot / sizeof tot[0]; i++)
		fprintf(f, "<th>%s</th>", tot[i].name);
	fputs("</tr>\n<tr><th class=\"l\">all models</th>", f);
	for (size_t i = 0; i < sizeof tot / sizeof tot[0]; i++)
		fprintf(f, "<td data-total=\"%s\">%" PRIu64 "</td>", tot[i].name, tot[i].n);
	fputs("</tr></table>\n<p class=\"caption\">released counts every release, the rejected "
	      "ones too (as <code>aegisrt run</code> does); a missed job may still complete.</p>"
	      "</div></div></section>\n", f);
}

static void write_keys(FILE *f, const struct report_log *r)
{
	fputs("<div class=\"keys\">", f);
	for (uint32_t i = 0; i < r->n_models; i++) {
		fprintf(f, "<span><i style=\"background:%s\"></i>", r->models[i].colour);
		svg_escape(f, r->models[i].name);
		fputs("</span>", f);
	}
	fputs("<span><i style=\"background:#d62728;width:3px\"></i>deadline miss</span></div>\n",
	      f);
}

static int write_timeline(FILE *f, const struct report_log *r)
{
	int64_t from, to;
	const struct report_segs *l = report_log_window(r, &from, &to);
	const char **names = calloc(r->n_models, sizeof *names);
	const char **colours = calloc(r->n_models, sizeof *colours);
	if (!names || !colours) {
		free(names);
		free(colours);
		return -1;
	}
	for (uint32_t i = 0; i < r->n_models; i++) {
		names[i] = r->models[i].name;
		colours[i] = r->models[i].colour;
	}
	char a[32], b[32], c[32];
	fprintf(f, "<section id=\"timeline\"><h2>Lane timeline</h2>\n<p class=\"caption\">%s to %s"
		   " (", dur(from - r->t0, a, sizeof a), dur(to - r->t0, b, sizeof b));
	if (r->user_window)
		fputs("--window", f);
	else if (r->first_miss >= 0 && from == r->t0)
		fprintf(f, "the first 200ms, which hold the first deadline miss, at %s",
			dur(r->first_miss - r->t0, c, sizeof c));
	else if (r->first_miss >= 0)
		fprintf(f, "the 200ms that end 50ms after the first deadline miss, at %s",
			dur(r->first_miss - r->t0, c, sizeof c));
	else
		fputs("the first 200ms: no deadline was missed", f);
	fprintf(f, "): %zu segments drawn, %zu misses marked.", l->n, r->n_marks);
	if (l->dropped)
		fprintf(f, " <b>Capped</b>: %" PRIu64 " more segments of the window are not drawn "
			   "(--max-segments %zu).", l->dropped, l->cap);
	if (r->front_lost)
		fprintf(f, " <b>Capped</b>: the window's first segments were not kept (more than "
			   "%zu segments before the first miss was logged).", r->recent.cap);
	fputs(" Hover a bar for its job and times.</p>\n", f);
	write_keys(f, r);
	struct svg_gantt g = {from, to, r->t0, r->n_lanes, names, colours, l->v, l->n, r->marks,
			      r->n_marks};
	svg_gantt(f, &g);
	fputs("</section>\n", f);
	free(names);
	free(colours);
	return 0;
}

static int write_utilisation(FILE *f, const struct report_log *r)
{
	int64_t *busy = calloc(r->n_lanes, sizeof *busy);
	double *wc = calloc(r->n_lanes, sizeof *wc);
	if (!busy || !wc) {
		free(busy);
		free(wc);
		return -1;
	}
	for (uint32_t i = 0; i < r->n_models; i++) {
		const struct report_model *m = &r->models[i];
		if (m->period_ns > 0)
			wc[m->lane] += (double)m->c_ns / (double)m->period_ns;
	}
	for (uint32_t l = 0; l < r->n_lanes; l++)
		busy[l] = r->lanes[l].busy_ns;
	int64_t span = r->t_last - r->t0;
	char b[32];
	fputs("<section id=\"utilisation\"><h2>Lane utilisation</h2>\n<p class=\"caption\">busy "
	      "time of the executed segments / run length (first to last event); the black tick "
	      "is the lane's worst case, the sum of C/T of its models.</p>\n", f);
	svg_utilisation(f, r->n_lanes, busy, span, wc);
	fputs("<table id=\"lanes\"><tr><th>lane</th><th>segments</th><th>busy</th>"
	      "<th>utilisation</th><th>worst case &#931;C/T</th></tr>\n", f);
	for (uint32_t l = 0; l < r->n_lanes; l++) {
		fprintf(f, "<tr data-lane=\"%" PRIu32 "\"><td>%" PRIu32 "</td>", l, l);
		td(f, "segments", "%" PRIu64, r->lanes[l].segments);
		td(f, "busy", "%s", dur(busy[l], b, sizeof b));
		td(f, "util", "%.1f%%", span > 0 ? 100.0 * (double)busy[l] / (double)span : 0.0);
		td(f, "wc", "%.1f%%", 100 * wc[l]);
		fputs("</tr>\n", f);
	}
	fputs("</table></section>\n", f);
	free(busy);
	free(wc);
	return 0;
}

/* By time, then model, job and kind: a total order, so equal logs give equal pages. */
static int row_cmp(const void *a, const void *b)
{
	const struct report_row *x = a, *y = b;
	if (x->t_ns != y->t_ns)
		return x->t_ns < y->t_ns ? -1 : 1;
	if (x->model != y->model)
		return x->model < y->model ? -1 : 1;
	if (x->job != y->job)
		return x->job < y->job ? -1 : 1;
	return (int)x->kind - (int)y->kind;
}

static const char *status_text(const char *name)
{
	aegis_status s = report_log_status(name);
	return s == AEGIS_STATUS_COUNT_ ? "a status this reader does not know"
					: aegis_status_str(s);
}

static void write_row(FILE *f, const struct report_log *r, const struct report_row *w)
{
	static const char *const kind[] = {"miss", "reject", "failed"};
	char t[32], e[32], late[32], how[64];
	aegis_status st = report_log_status(w->status);
	if (st == AEGIS_OK || st == AEGIS_E_CANCELLED)
		snprintf(how, sizeof how, "%s", st == AEGIS_OK ? "completed" : "cancelled");
	else
		snprintf(how, sizeof how, "failed with %s", w->status);
	fprintf(f, "<tr class=\"%s\"><td class=\"l\">%s</td>", kind[w->kind], kind[w->kind]);
	td(f, "t", "%s", dur(w->t_ns - r->t0, t, sizeof t));
	td(f, NULL, "%s", r->models[w->model].name);
	td(f, "job", "%" PRIu64, w->job);
	td(f, "lane", "%" PRIu32, w->lane);
	if (w->kind != REPORT_ROW_MISS)
		td(f, NULL, "%s: %s", w->status, status_text(w->status));
	else if (w->end_ns < 0)
		td(f, NULL, "deadline %s; the job had not ended when the log ends",
		   dur(w->t_ns - r->t0, t, sizeof t));
	else
		td(f, NULL, "deadline %s; %s at %s (%s late)", dur(w->t_ns - r->t0, t, sizeof t),
		   how, dur(w->end_ns - r->t0, e, sizeof e),
		   dur(w->end_ns - w->t_ns, late, sizeof late));
	fputs("</tr>\n", f);
}

static void write_misses(FILE *f, struct report_log *r)
{
	qsort(r->rows, r->n_rows, sizeof *r->rows, row_cmp);
	struct report_counts t = report_log_totals(r);
	fprintf(f, "<section id=\"misses\"><h2>Deadline misses, rejections and failures</h2>\n"
		   "<p class=\"caption\">%" PRIu64 " deadline misses, %" PRIu64 " rejected "
		   "releases, %" PRIu64 " failed jobs (cancelled jobs at the end of the run are "
		   "counted above, not listed). A miss is listed at its deadline.</p>\n",
		t.missed, t.rejected, t.failed);
	fputs("<table id=\"misses-table\"><thead><tr><th class=\"l\">event</th><th>t</th>"
	      "<th class=\"l\">model</th><th>job</th><th>lane</th><th class=\"l\">reason</th></tr>"
	      "</thead><tbody>\n", f);
	for (size_t i = 0; i < r->n_rows; i++)
		write_row(f, r, &r->rows[i]);
	fputs("</tbody></table>\n", f);
	if (r->rows_dropped)
		fprintf(f, "<p class=\"caption\" id=\"misses-more\">%" PRIu64 " more not listed "
			   "(--max-rows %zu).</p>\n", r->rows_dropped, r->cap_rows);
	else if (!r->n_rows)
		fputs("<p class=\"caption\">None: every job met its deadline, no release was "
		      "rejected, no job failed.</p>\n", f);
	fputs("</section>\n", f);
}

#define MAX_BARS 64
/* >= 2 x 128 + 2: between min and max at the bucket width of max (max / 256 at least)
 * there are at most 2 x 128 steps, plus the first and the one past max. */
#define MAX_POINTS 272

/* Histogram bars of equal width, a power of two at least the bucket width at the
 * largest value: every bucket then lies in one bar, and the counts are exact. */
static size_t make_bars(const aegis_hist *h, struct svg_bar *bars)
{
	int64_t min = aegis_hist_min(h), max = aegis_hist_max(h);
	int64_t w = aegis_hist_bucket_width(max);
	while ((max - min) / w >= MAX_BARS)
		w *= 2;
	int64_t lo = min / w * w;
	size_t n = (size_t)((max - lo) / w) + 1;
	uint64_t prev = aegis_hist_count_below(h, lo);
	for (size_t i = 0; i < n; i++) {
		uint64_t below = i + 1 < n ? aegis_hist_count_below(h, lo + (int64_t)(i + 1) * w)
					   : aegis_hist_count(h);
		int64_t a = lo + (int64_t)i * w;
		bars[i] = (struct svg_bar){a, a + w, below - prev};
		prev = below;
	}
	return n;
}

/* The CDF at every bucket boundary between the smallest and the largest value. */
static size_t make_points(const aegis_hist *h, struct svg_point *pts)
{
	int64_t max = aegis_hist_max(h);
	int64_t w = aegis_hist_bucket_width(max);
	int64_t lo = aegis_hist_min(h) / w * w;
	double total = (double)aegis_hist_count(h);
	size_t n = 0;
	for (int64_t x = lo; n < MAX_POINTS; x += w) {
		pts[n++] = (struct svg_point){x, (double)aegis_hist_count_below(h, x) / total};
		if (x > max)
			break;
	}
	pts[n - 1].frac = 1.0; /* past the largest value */
	return n;
}

static const char *no_bound_note(const struct report_log *r)
{
	const char *a = json_string_value(json_object_get(r->runtime, "analysis"));
	if (!a)
		return "no bound (no analysis)";
	if (strncmp(a, "edf", 3) == 0)
		return "no per-task bound (EDF demand test)";
	return "no bound within the deadline";
}

static void write_stats(FILE *f, const struct report_log *r, const struct report_model *m)
{
	static const struct {
		const char *key;
		double p;
	} q[] = {{"p50", 0.5}, {"p90", 0.9}, {"p99", 0.99}, {"p99.9", 0.999}};
	char b[32];
	fputs("<p class=\"stats\" data-model=\"", f);
	svg_escape(f, m->name);
	fprintf(f, "\">jobs <b data-k=\"released\">%" PRIu64 "</b> released, "
		   "<b data-k=\"completed\">%" PRIu64 "</b> completed",
		m->n.released, m->n.completed);
	for (size_t i = 0; i < sizeof q / sizeof q[0]; i++)
		fprintf(f, " &middot; %s <b data-k=\"%s\">%s</b>", q[i].key, q[i].key,
			m->n.completed ? dur(aegis_hist_quantile(m->lat, q[i].p), b, sizeof b) : "-");
	fprintf(f, " &middot; max <b data-k=\"max\">%s</b>",
		m->n.completed ? dur(aegis_hist_max(m->lat), b, sizeof b) : "-");
	fprintf(f, " &middot; missed <b data-k=\"missed\">%" PRIu64 "</b>, rejected <b data-k="
		   "\"rejected\">%" PRIu64 "</b>, failed %" PRIu64 " &middot; slack ", m->n.missed,
		m->n.rejected, m->n.failed);
	fprintf(f, "<b data-k=\"slack\">%s</b> (%s)</p>\n",
		m->has_slack ? dur(m->slack_ns, b, sizeof b) : "-",
		m->has_slack ? str_or(r->runtime, "analysis", "analysis") : "no analysis");
}

static void write_model(FILE *f, const struct report_log *r, const struct report_model *m)
{
	char p[32], d[32];
	fputs("<section class=\"model\" id=\"model-", f);
	svg_escape(f, m->name);
	fputs("\"><h3>", f);
	svg_escape(f, m->name);
	fprintf(f, " <small>lane %" PRIu32 " &middot; period %s &middot; deadline %s</small>"
		   "</h3>\n",
		m->lane, dur(m->period_ns, p, sizeof p), dur(m->deadline_ns, d, sizeof d));
	write_stats(f, r, m);
	struct svg_marker marks[2] = {{m->deadline_ns, "deadline", "deadline"}};
	size_t n_marks = 1;
	if (m->has_bound)
		marks[n_marks++] = (struct svg_marker){m->bound_ns, "bound", "bound"};
	const char *note = m->has_bound ? NULL : no_bound_note(r);
	struct svg_bar bars[MAX_BARS + 2];
	struct svg_point pts[MAX_POINTS];
	size_t n_bars = m->n.completed ? make_bars(m->lat, bars) : 0;
	size_t n_pts = m->n.completed ? make_points(m->lat, pts) : 0;
	int64_t x_max = m->deadline_ns;
	if (m->has_bound && m->bound_ns > x_max)
		x_max = m->bound_ns;
	if (m->n.completed && aegis_hist_max(m->lat) > x_max)
		x_max = aegis_hist_max(m->lat);
	fputs("<div class=\"charts\">\n", f);
	svg_histogram(f, m->name, bars, n_bars, marks, n_marks, note);
	svg_cdf(f, m->name, pts, n_pts, x_max + x_max / 20, marks, n_marks, note);
	fputs("</div></section>\n", f);
}

static void write_models(FILE *f, const struct report_log *r)
{
	fputs("<section id=\"models\"><h2>Response times per model</h2>\n<p class=\"caption\">"
	      "Histogram and CDF of the response time (complete - arrival) of each model's "
	      "completed jobs, from a log-linear histogram (bucket width at most 0.78% of "
	      "the value). Red: the deadline; orange, dashed: the analysed response-time "
	      "bound.</p>\n<div class=\"models-grid\">\n", f);
	for (uint32_t i = 0; i < r->n_models; i++)
		write_model(f, r, &r->models[i]);
	fputs("</div></section>\n", f);
}

static int write_page(FILE *f, struct report_log *r)
{
	fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>AegisRT "
	      "report: ", f);
	svg_escape(f, r->path);
	fprintf(f, "</title>\n<style>\n%s</style></head><body>\n<h1>AegisRT run report</h1>\n"
		   "<p class=\"src\">decision log <code>", page_css);
	svg_escape(f, r->path);
	fprintf(f, "</code>: %zu lines, %" PRIu32 " models on %" PRIu32 " lanes; written by "
		   "aegisrt %s report.</p>\n",
		r->line, r->n_models, r->n_lanes, AEGIS_VERSION_STRING);
	write_summary(f, r);
	int rc = write_timeline(f, r);
	if (!rc)
		rc = write_utilisation(f, r);
	if (!rc) {
		write_misses(f, r);
		write_models(f, r);
		fputs("</body></html>\n", f);
	}
	return rc;
}

/* ---- the command ------------------------------------------------------------------- */

struct report_opts {
	const char *log, *out;
	bool has_window;
	int64_t from_rel, to_rel;
	size_t max_segments, max_rows;
};

static bool parse_count(const char *s, size_t *out)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s || *end || s[0] == '-' || v == 0 || v > 10000000)
		return false;
	*out = (size_t)v;
	return true;
}

/* "START:END", two durations with a unit, START < END. */
static bool parse_window(const char *s, struct report_opts *o)
{
	const char *colon = strchr(s, ':');
	char a[64];
	if (!colon || (size_t)(colon - s) >= sizeof a)
		return false;
	memcpy(a, s, (size_t)(colon - s));
	a[colon - s] = '\0';
	o->has_window = true;
	return aegis_duration_parse(a, &o->from_rel) == AEGIS_OK &&
	       aegis_duration_parse(colon + 1, &o->to_rel) == AEGIS_OK && o->from_rel < o->to_rel;
}

static int parse_opts(int argc, char **argv, struct report_opts *o)
{
	enum { OPT_WINDOW = 256, OPT_MAX_SEGMENTS, OPT_MAX_ROWS };
	static const struct option longopts[] = {
		{"output", required_argument, NULL, 'o'},
		{"window", required_argument, NULL, OPT_WINDOW},
		{"max-segments", required_argument, NULL, OPT_MAX_SEGMENTS},
		{"max-rows", required_argument, NULL, OPT_MAX_ROWS},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	optind = 1;
	opterr = 0;
	int c;
	while ((c = getopt_long(argc, argv, ":ho:", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			fputs(report_usage, stdout);
			return -1;
		case 'o':
			o->out = optarg;
			break;
		case OPT_WINDOW:
			if (!parse_window(optarg, o))
				return cli_error("report", true, "--window '%s': expected "
						 "START:END, two durations with a unit, "
						 "START < END (e.g. 0ms:200ms)", optarg);
			break;
		case OPT_MAX_SEGMENTS:
			if (!parse_count(optarg, &o->max_segments))
				return cli_error("report", true, "--max-segments '%s': expected an "
						 "integer in 1..10000000", optarg);
			break;
		case OPT_MAX_ROWS:
			if (!parse_count(optarg, &o->max_rows))
				return cli_error("report", true, "--max-rows '%s': expected an "
						 "integer in 1..10000000", optarg);
			break;
		default:
			return cli_getopt_error("report", c, argv);
		}
	}
	int rc = cli_operand("report", argc, argv, "expected exactly one LOG file",
			     "expected exactly one LOG file", &o->log);
	if (rc)
		return rc;
	if (!o->out)
		return cli_error("report", true, "expected -o FILE, the HTML file to write");
	return 0;
}

/* Writes the page to path ('-': stdout); a regular file that cannot be written
 * completely is removed (a device such as /dev/full never is). */
static int write_output(struct report_log *r, const char *path)
{
	struct cli_out out;
	int rc = cli_out_open(&out, "report", path);
	if (rc)
		return rc;
	out.remove_on_failure = true;
	if (write_page(out.f, r)) {
		cli_message("report", "out of memory");
		rc = EXIT_RUN_FAILED;
		out.failed = true;
	}
	return cli_out_status(rc, cli_out_close(&out));
}

int cmd_report(int argc, char **argv)
{
	struct report_opts o = {.max_segments = 20000, .max_rows = 1000};
	int rc = parse_opts(argc, argv, &o);
	if (rc)
		return rc < 0 ? 0 : rc;
	struct report_log r;
	rc = report_log_init(&r, o.log, o.has_window, o.from_rel, o.to_rel, o.max_segments,
			     o.max_rows);
	if (rc)
		goto out;
	FILE *f = fopen(o.log, "r");
	if (!f) {
		cli_print(stderr, "aegisrt report: cannot read '%s': %s\n", o.log, strerror(errno));
		rc = EXIT_USAGE;
		goto out;
	}
	rc = report_log_read(&r, f);
	fclose(f);
	if (!rc)
		rc = write_output(&r, o.out);
out:
	report_log_deinit(&r);
	return rc;
}
