/* The comparison benchmark's outputs: a table per set-up and a summary on stdout,
 * CSV files (per model, per set-up, the sweep) and one self-contained HTML page with
 * one chart per metric. Must not run anything. */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "scenario.h"
#include "svg.h"

static double ms(int64_t ns)
{
	return ns < 0 ? NAN : (double)ns / 1e6;
}

void sc_print_run(FILE *f, const struct sc_run *r)
{
	fprintf(f, "== %s: %s\n", r->mode->name, r->mode->what);
	if (!r->ok) {
		fprintf(f, "   did not run: %s\n\n", r->error);
		return;
	}
	fprintf(f, "%-20s %8s %8s %7s %7s %9s %9s %9s %9s %9s %10s %8s %8s %10s %s\n", "model",
		"released", "complete", "missed", "failed", "p50 ms", "p99 ms", "p99.9 ms", "max ms",
		"jitter ms", "bound ms", "violate", "overrun", "max at ms", "first failure");
	for (uint32_t i = 0; i < r->n_models; i++) {
		const struct sc_model_result *m = &r->m[i];
		if (!m->admitted) {
			fprintf(f, "%-20s refused: %s\n", m->name, m->refused);
			continue;
		}
		fprintf(f, "%-20s %8" PRIu64 " %8" PRIu64 " %7" PRIu64 " %7" PRIu64
			   " %9.3f %9.3f %9.3f %9.3f %9.3f %10.3f %8" PRIu64 " %8" PRIu64
			   " %10.3f %s\n",
			m->name, m->released, m->completed, m->missed, m->failed, ms(m->p50_ns),
			ms(m->p99_ns), ms(m->p999_ns), ms(m->max_ns), ms(m->jitter_ns),
			ms(m->bound_ns), m->violations, m->overruns, ms(m->worst_at_ns),
			m->fail_status ? aegis_status_name(m->fail_status) : "-");
	}
	fprintf(f, "   %" PRIu64 " jobs, %" PRIu64 " missed (%.4f%%), %" PRIu64 " past their analysed "
		   "bound (%" PRIu64 " of them past their own time budget); worst response %.2fx "
		   "its deadline; device busy %.1f%%; memory planned %.1f MiB", r->jobs,
		r->missed, 100.0 * r->miss_ratio, r->violations, r->violations_own,
		r->worst_ratio, 100.0 * r->busy, (double)r->mem_planned / 1048576.0);
	if (r->mem_measured >= 0)
		fprintf(f, ", measured %.1f MiB", (double)r->mem_measured / 1048576.0);
	fprintf(f, "\n\n");
}

void sc_print_summary(FILE *f, const struct sc_run *runs, uint32_t n)
{
	fprintf(f, "summary (every set-up: the same models, kernels and release times)\n");
	fprintf(f, "%-12s %8s %9s %10s %9s %10s %11s %8s %10s %10s\n", "set-up", "admitted", "jobs",
		"missed", "miss %", "viol/own", "worst/ddl", "busy %", "plan MiB", "meas MiB");
	for (uint32_t k = 0; k < n; k++) {
		const struct sc_run *r = &runs[k];
		if (!r->ok) {
			fprintf(f, "%-12s did not run: %s\n", r->mode->name, r->error);
			continue;
		}
		char viol[24] = "-";
		if (r->mode->admission)
			snprintf(viol, sizeof viol, "%" PRIu64 "/%" PRIu64, r->violations,
				 r->violations_own);
		fprintf(f, "%-12s %5u/%-2u %9" PRIu64 " %10" PRIu64 " %9.4f %10s %11.2f %8.1f %10.1f",
			r->mode->name, r->admitted, r->n_models, r->jobs, r->missed,
			100.0 * r->miss_ratio, viol, r->worst_ratio, 100.0 * r->busy,
			(double)r->mem_planned / 1048576.0);
		if (r->mem_measured >= 0)
			fprintf(f, " %10.1f\n", (double)r->mem_measured / 1048576.0);
		else
			fprintf(f, " %10s\n", "-");
	}
	fprintf(f, "\n");
}

/* The run of the set-up named name, or NULL. */
static const struct sc_run *find(const struct sc_run *runs, uint32_t n, const char *name)
{
	for (uint32_t k = 0; k < n; k++)
		if (strcmp(runs[k].mode->name, name) == 0)
			return &runs[k];
	return NULL;
}

static double ratio(double a, double b)
{
	return b > 0 ? a / b : NAN;
}

void sc_print_versus(FILE *f, const struct sc_run *runs, uint32_t n)
{
	const struct sc_run *p = find(runs, n, "aegis-plan"), *b = find(runs, n, "naive");
	if (!p || !b)
		return;
	if (!p->ok || !b->ok) {
		const struct sc_run *off = p->ok ? b : p;
		fprintf(f, "aegis-plan vs naive: not compared: %s did not run (%s)\n\n",
			off->mode->name, off->error);
		return;
	}
	fprintf(f, "aegis-plan vs naive (this run: the same models, kernels and release times)\n");
	fprintf(f, "  admitted            %u/%u vs %u/%u\n", p->admitted, p->n_models, b->admitted,
		b->n_models);
	fprintf(f, "  missed              %" PRIu64 " vs %" PRIu64 " (of %" PRIu64 " and %" PRIu64
		   " jobs)\n", p->missed, b->missed, p->jobs, b->jobs);
	fprintf(f, "  past their bound    %" PRIu64 " (%" PRIu64 " of them past their own time "
		   "budget) vs - (naive has no analysis)\n", p->violations, p->violations_own);
	fprintf(f, "  largest p99.9       %.3f ms vs %.3f ms: aegis-plan / naive %.2fx\n",
		ms(p->worst_p999_ns), ms(b->worst_p999_ns),
		ratio((double)p->worst_p999_ns, (double)b->worst_p999_ns));
	fprintf(f, "  device busy         %.1f %% vs %.1f %%: aegis-plan / naive %.2fx\n\n",
		100.0 * p->busy, 100.0 * b->busy, ratio(p->busy, b->busy));
}

void sc_print_sweep_verdict(FILE *f, const struct sc_run *sweep, uint32_t n, uint32_t points)
{
	int plan_k = -1, naive_k = -1;
	for (uint32_t k = 0; k < n; k++) {
		plan_k = strcmp(sweep[k].mode->name, "aegis-plan") == 0 ? (int)k : plan_k;
		naive_k = strcmp(sweep[k].mode->name, "naive") == 0 ? (int)k : naive_k;
	}
	int first_miss = -1;
	for (uint32_t p = 0; naive_k >= 0 && p < points && first_miss < 0; p++) {
		const struct sc_run *r = &sweep[p * n + (uint32_t)naive_k];
		if (r->ok && r->missed)
			first_miss = (int)p;
	}
	if (naive_k < 0)
		fprintf(f, "naive: not run\n");
	else if (first_miss < 0)
		fprintf(f, "naive misses at no load of the sweep\n");
	else
		fprintf(f, "naive first misses at load %.2f (%.4f %% of its jobs)\n",
			sweep[(uint32_t)first_miss * n].load,
			100.0 * sweep[(uint32_t)first_miss * n + (uint32_t)naive_k].miss_ratio);
	if (plan_k < 0)
		return;
	uint32_t ran = 0;
	for (uint32_t p = 0; p < points; p++)
		ran += sweep[p * n + (uint32_t)plan_k].ok;
	if (!ran) {
		fprintf(f, "aegis-plan: did not run at any load (%s)\n",
			points ? sweep[(uint32_t)plan_k].error : "no sweep");
		return;
	}
	/* the loads checked: every one where a baseline (no admission) missed nothing,
	 * and naive's first miss */
	uint32_t checked = 0, failed = 0;
	char loads[256] = "", bad[512] = "";
	size_t at = 0, at_bad = 0;
	for (uint32_t p = 0; p < points; p++) {
		bool calm = false;
		for (uint32_t k = 0; k < n; k++) {
			const struct sc_run *r = &sweep[p * n + k];
			calm |= !r->mode->admission && r->ok && r->missed == 0;
		}
		if (!calm && (int)p != first_miss)
			continue;
		const struct sc_run *r = &sweep[p * n + (uint32_t)plan_k];
		double load = sweep[p * n].load;
		checked++;
		if (at < sizeof loads)
			at += (size_t)snprintf(loads + at, sizeof loads - at, "%s%.2f", at ? ", " : "",
					       load);
		if (r->ok && r->admitted == r->n_models && r->missed == 0)
			continue;
		failed++;
		if (at_bad >= sizeof bad)
			continue;
		if (r->ok)
			at_bad += (size_t)snprintf(bad + at_bad, sizeof bad - at_bad,
						   "%s%.2f: %u/%u admitted, %" PRIu64 " missed",
						   at_bad ? "; " : "", load, r->admitted, r->n_models,
						   r->missed);
		else
			at_bad += (size_t)snprintf(bad + at_bad, sizeof bad - at_bad,
						   "%s%.2f: did not run (%s)", at_bad ? "; " : "",
						   load, r->error);
	}
	if (!checked) {
		fprintf(f, "aegis-plan: no load where a baseline missed nothing nor a naive miss\n");
		return;
	}
	fprintf(f, "aegis-plan at every load where a baseline missed nothing, and at naive's "
		   "first miss (%s): all admitted, 0 missed: %s%s%s\n", loads,
		failed ? "NO (" : "yes", bad, failed ? ")" : "");
}

/* dir/name, opened for writing; NULL if it cannot be. */
static FILE *open_out(const char *dir, const char *name)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	return fopen(path, "w");
}

int sc_write_csv(const char *dir, const struct sc_run *runs, uint32_t n,
		 const struct sc_run *sweep, uint32_t n_sweep)
{
	FILE *f = open_out(dir, "scenario.csv");
	if (!f)
		return 1;
	fprintf(f, "setup,model,admitted,released,completed,missed,failed,rejected,p50_ns,p99_ns,"
		   "p999_ns,max_ns,jitter_ns,max_lateness_ns,deadline_ns,bound_ns,violations,"
		   "violations_own_overrun,overruns\n");
	for (uint32_t k = 0; k < n; k++)
		for (uint32_t i = 0; runs[k].ok && i < runs[k].n_models; i++) {
			const struct sc_model_result *m = &runs[k].m[i];
			fprintf(f, "%s,%s,%d,%" PRIu64 ",%" PRIu64 ",%" PRIu64 ",%" PRIu64 ",%" PRIu64
				   ",%" PRId64 ",%" PRId64 ",%" PRId64 ",%" PRId64 ",%" PRId64 ",%" PRId64
				   ",%" PRId64 ",%" PRId64 ",%" PRIu64 ",%" PRIu64 ",%" PRIu64 "\n",
				runs[k].mode->name, m->name, m->admitted, m->released, m->completed,
				m->missed, m->failed, m->rejected, m->p50_ns, m->p99_ns, m->p999_ns,
				m->max_ns, m->jitter_ns, m->max_late_ns, m->deadline_ns, m->bound_ns,
				m->violations, m->violations_own, m->overruns);
		}
	int bad = fclose(f) != 0;
	if (!(f = open_out(dir, "summary.csv")))
		return 1;
	fprintf(f, "setup,ok,admitted,models,jobs,completed,missed,miss_ratio,violations,"
		   "violations_own_overrun,worst_response_over_deadline,worst_p999_ns,busy_fraction,"
		   "memory_planned_bytes,memory_measured_bytes,layout\n");
	for (uint32_t k = 0; k < n; k++) {
		const struct sc_run *r = &runs[k];
		fprintf(f, "%s,%d,%u,%u,%" PRIu64 ",%" PRIu64 ",%" PRIu64 ",%.6f,%" PRIu64
			   ",%" PRIu64 ",%.4f,%" PRId64 ",%.4f,%" PRIu64 ",%" PRId64 ",%s\n",
			r->mode->name, r->ok, r->admitted, r->n_models, r->jobs, r->completed,
			r->missed, r->miss_ratio, r->violations, r->violations_own, r->worst_ratio,
			r->worst_p999_ns, r->busy, r->mem_planned, r->mem_measured, r->layout);
	}
	bad |= fclose(f) != 0;
	if (!(f = open_out(dir, "sweep.csv")))
		return 1;
	fprintf(f, "setup,load,busiest_4sm_lane_utilisation,layout,ok,admitted,models,jobs,missed,"
		   "miss_ratio,worst_response_over_deadline,violations\n");
	for (uint32_t k = 0; k < n_sweep; k++) {
		const struct sc_run *r = &sweep[k];
		fprintf(f, "%s,%.4f,%.4f,%s,%d,%u,%u,%" PRIu64 ",%" PRIu64 ",%.6f,%.4f,%" PRIu64 "\n",
			r->mode->name, r->load, r->util, r->layout, r->ok, r->admitted, r->n_models,
			r->jobs, r->missed, r->miss_ratio, r->worst_ratio, r->violations);
	}
	return bad | (fclose(f) != 0);
}

static const char css[] =
	"body{font:14px/1.4 'DejaVu Sans',Arial,sans-serif;margin:20px 28px;color:#222}"
	"h2{font-size:18px;border-bottom:1px solid #ccc;margin:24px 0 8px}"
	"table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ddd;"
	"padding:2px 8px;text-align:right}th{background:#f3f3f3}.l{text-align:left}"
	".charts{display:flex;flex-wrap:wrap;gap:10px}"
	"svg text{font-size:11px;fill:#333}svg .mid{text-anchor:middle}"
	"svg .end{text-anchor:end}svg .axis{stroke:#555}svg .gridline{stroke:#eee}"
	"svg .bound{stroke:#f28e2b;stroke-width:2}\n";

/* One bar chart of a summary metric over the set-ups that ran. */
static void chart(FILE *f, const char *name, const char *title, const struct sc_run *runs,
		  uint32_t n, double (*metric)(const struct sc_run *), int decimals,
		  const char *unit)
{
	const char *labels[16];
	double v[16];
	uint32_t k = 0;
	for (uint32_t i = 0; i < n && k < 16; i++) {
		labels[k] = runs[i].mode->name;
		v[k++] = runs[i].ok ? metric(&runs[i]) : NAN;
	}
	svg_bars(f, name, title, labels, v, k, decimals, unit);
}

static double m_miss(const struct sc_run *r) { return 100.0 * r->miss_ratio; }
static double m_worst(const struct sc_run *r) { return r->worst_ratio; }
static double m_p999(const struct sc_run *r) { return ms(r->worst_p999_ns); }
static double m_mem(const struct sc_run *r) { return (double)r->mem_planned / 1048576.0; }
static double m_busy(const struct sc_run *r) { return 100.0 * r->busy; }
static double m_viol(const struct sc_run *r)
{
	return r->mode->admission ? (double)r->violations : NAN;
}

int sc_write_html(const char *dir, const char *device, const char *workload,
		  const struct sc_run *runs, uint32_t n, const struct sc_run *sweep,
		  uint32_t n_sweep, uint32_t sweep_points, double boundary, double plan_boundary)
{
	FILE *f = open_out(dir, "scenario.html");
	if (!f)
		return 1;
	fprintf(f, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>AegisRT vs today's "
		   "set-ups</title><style>%s</style></head><body>\n<h1>AegisRT vs today's "
		   "set-ups</h1>\n<p>", css);
	svg_escape(f, workload);
	fprintf(f, " on the %s device: every set-up runs the same models, kernels and release "
		   "times.</p>\n<table><tr><th class=\"l\">set-up</th><th class=\"l\">what</th>"
		   "<th>admitted</th><th>jobs</th><th>missed</th><th>miss %%</th><th>bound "
		   "violations</th></tr>\n", device);
	for (uint32_t k = 0; k < n; k++) {
		const struct sc_run *r = &runs[k];
		fprintf(f, "<tr><td class=\"l\">%s</td><td class=\"l\">", r->mode->name);
		svg_escape(f, r->mode->what);
		if (r->layout[0])
			fprintf(f, "; planned layout %s SMs", r->layout);
		if (r->ok)
			fprintf(f, "</td><td>%u/%u</td><td>%" PRIu64 "</td><td>%" PRIu64 "</td>"
				   "<td>%.4f</td><td>%s%" PRIu64 "</td></tr>\n", r->admitted,
				r->n_models, r->jobs, r->missed, 100.0 * r->miss_ratio,
				r->mode->admission ? "" : "(not analysed) ", r->violations);
		else
			fprintf(f, "</td><td colspan=\"5\">did not run: %s</td></tr>\n", r->error);
	}
	fputs("</table>\n<h2>At the workload's load</h2>\n<div class=\"charts\">\n", f);
	chart(f, "miss_ratio", "deadline misses (% of jobs)", runs, n, m_miss, 4, "%");
	chart(f, "worst_ratio", "worst response / deadline", runs, n, m_worst, 2, "x");
	chart(f, "worst_p999", "largest p99.9 response of a model", runs, n, m_p999, 2, "ms");
	chart(f, "violations", "AegisRT jobs past their analysed bound", runs, n, m_viol, 0, "");
	chart(f, "memory", "device memory planned", runs, n, m_mem, 0, "MiB");
	chart(f, "busy", "device busy (some job running)", runs, n, m_busy, 1, "%");
	fputs("</div>\n", f);
	if (sweep_points && n_sweep) {
		double x[32], y_miss[16][32], y_worst[16][32];
		struct svg_series s_miss[16], s_worst[16];
		for (uint32_t p = 0; p < sweep_points && p < 32; p++) {
			x[p] = sweep[p * n].load;
			for (uint32_t k = 0; k < n && k < 16; k++) {
				const struct sc_run *r = &sweep[p * n + k];
				y_miss[k][p] = r->ok ? 100.0 * r->miss_ratio : NAN;
				y_worst[k][p] = r->ok ? r->worst_ratio : NAN;
			}
		}
		for (uint32_t k = 0; k < n && k < 16; k++) {
			s_miss[k] = (struct svg_series){sc_modes[k].name, y_miss[k]};
			s_worst[k] = (struct svg_series){sc_modes[k].name, y_worst[k]};
		}
		fputs("<h2>Load sweep</h2>\n<p>The load is the scale of every kernel's time (1.00: "
		      "the workload as written; models whose times cannot be scaled, real "
		      "networks, get their periods, deadlines and offsets divided by it instead). "
		      "aegis-plan plans its lanes again at each load. AegisRT refuses the models "
		      "its analysis cannot prove: its figures are over the admitted ones.</p>\n"
		      "<table><tr><th>load</th><th>busiest 4-SM lane</th><th>aegis-plan layout "
		      "(SMs)</th></tr>\n", f);
		for (uint32_t p = 0; p < sweep_points; p++) {
			const char *layout = "-";
			for (uint32_t k = 0; k < n; k++)
				if (sweep[p * n + k].layout[0])
					layout = sweep[p * n + k].layout;
			fprintf(f, "<tr><td>%.2f</td><td>%.2f</td><td>%s</td></tr>\n",
				sweep[p * n].load, sweep[p * n].util, layout);
		}
		fputs("</table>\n<div class=\"charts\">\n", f);
		uint32_t pts = sweep_points < 32 ? sweep_points : 32, ns = n < 16 ? n : 16;
		const struct svg_xmark marks[] = {
			{boundary, "AegisRT (4 lanes) starts refusing"},
			{plan_boundary, "aegis-plan starts refusing"},
		};
		svg_lines(f, "sweep_miss", "deadline misses (% of jobs) against load", x, pts, s_miss,
			  ns, "load (kernel times x load)", "% missed", marks, 2);
		svg_lines(f, "sweep_worst", "worst response / deadline against load", x, pts,
			  s_worst, ns, "load (kernel times x load)", "x deadline", marks, 2);
		fputs("</div>\n", f);
	}
	fputs("</body></html>\n", f);
	return fclose(f) != 0;
}
