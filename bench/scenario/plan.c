/* The aegis-plan set-up's lanes at one load: each model's WCET curve (measured on the
 * GPU, or a profile's scaled by the load), the planner (aegis_plan_lanes) over them,
 * and what the run needs of the plan. Must not run the set-up, nor make up a curve. */
#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/planner.h"
#include "scenario.h"
#include "testing/bench_internal.h"

/* The lane size the workload gives model m: its lane's own size, else an equal share
 * of the SM cap. The curve's speeds are relative to it (the synthetic kernels' times
 * are what the model takes there). */
static uint32_t reference_sms(const aegis_runtime_config *rc, const aegis_model_config *m,
			      uint32_t total_sms)
{
	uint32_t lanes = rc->lanes ? rc->lanes : 1;
	if (m->lane >= 0 && (uint32_t)m->lane < lanes && rc->lane_sms[m->lane])
		return rc->lane_sms[m->lane];
	return total_sms / lanes;
}

/* Admission's task of m with WCET wcet_ns, as run_mode's runtime builds it: the
 * dispatch overhead per segment, its copies, the host stall (and, sporadic, the
 * hand-off) as release jitter. */
static aegis_status task_at(const aegis_runtime_config *rc, const aegis_model_config *m,
			    int64_t wcet_ns, aegis_task *t, int64_t *seg, char *why, size_t len)
{
	aegis_model_config at = *m;
	at.lane_times = NULL;
	at.n_lane_times = 0;
	at.wcet_override_ns = wcet_ns;
	aegis_status st = aegis_model_task(&at, AEGIS_PRIO_RM, rc->dispatch_overhead_ns, t, seg,
					   why, len);
	if (st == AEGIS_OK)
		st = aegis_model_task_copies(&at, rc->copy_bandwidth_bps, rc->copy_interference, t);
	if (st == AEGIS_OK)
		st = aegis_task_add_host_stall(t, rc->host_stall_ns);
	if (st == AEGIS_OK && m->release == AEGIS_RELEASE_SPORADIC)
		st = aegis_task_add_host_stall(t, rc->handoff_ns);
	return st;
}

/* ceil(v x f), saturated. */
static int64_t scaled_ns(int64_t v, double f)
{
	double w = ceil((double)v * f);
	return w >= 9.2e18 ? INT64_MAX : w < 1 ? 1 : (int64_t)w;
}

/* The planner's input for model i: its points (the curve's sizes, WCETs x scale made
 * into admission's task) into pt, its task (the segments' proportions) into *pm, and
 * the run's lane times (without interference yet) into out. */
static int model_in(const struct sc_plan_input *in, uint32_t i, aegis_plan_point *pt,
		    aegis_task *task, int64_t *seg, aegis_plan_model *pm, struct sc_plan *out)
{
	const aegis_model_config *m = &in->models[i];
	const aegis_profile_model *pm_prof = aegis_profile_find(in->curves, m->name);
	const aegis_profile_point *pts = NULL;
	uint32_t n = 0;
	if (!pm_prof || aegis_profile_model_curve(in->curves, (uint32_t)(pm_prof -
			aegis_profile_model_at(in->curves, 0)), &pts, &n) != AEGIS_OK || !n) {
		snprintf(out->why, sizeof out->why, "model '%.60s' has no curve in the WCET "
			 "profile", m->name);
		return -1;
	}
	if (n > SC_MAX_SIZES) {
		snprintf(out->why, sizeof out->why, "model '%.60s': more than %u curve points",
			 m->name, SC_MAX_SIZES);
		return -1;
	}
	uint32_t ref_sms = reference_sms(in->rc, m, in->dev.total_sms);
	const aegis_profile_point *ref = NULL;
	for (uint32_t k = 0; k < n; k++)
		ref = pts[k].sms == ref_sms && pts[k].shared <= 1 ? &pts[k] : ref;
	if (!ref) {
		snprintf(out->why, sizeof out->why, "model '%.60s': its curve has no point at its "
			 "workload lane's %u SMs, to which its speeds are relative", m->name,
			 ref_sms);
		return -1;
	}
	/* curves measured at another load: the synthetic kernels' times scale with it, a
	 * model of another backend keeps its times (its periods were divided instead) */
	bool synthetic = m->backend && strcmp(m->backend, "synthetic") == 0;
	double scale = synthetic ? in->scale : 1.0;
	for (uint32_t k = 0; k < n; k++) {
		const aegis_profile_point *q = &pts[k];
		int64_t w = scaled_ns(q->wcet_ns, scale);
		char why[160] = "";
		aegis_status st = task_at(in->rc, m, w, &task[k], seg + (size_t)k * AEGIS_MAX_SEGMENTS,
					  why, sizeof why);
		if (st != AEGIS_OK) {
			snprintf(out->why, sizeof out->why, "model '%.60s' at %u SMs: %.100s",
				 m->name, q->sms, why[0] ? why : aegis_status_str(st));
			return -1;
		}
		/* a point without a measured interference is charged the inflation that the
		 * other AegisRT set-ups charge every kernel; a shared point none: it was
		 * measured beside the other lanes */
		double f = q->shared > 1 ? 0 : q->interference > 0 ? q->interference : in->inflation;
		pt[k] = (aegis_plan_point){.sms = q->sms, .wcet_ns = task[k].wcet_ns,
					   .interference = f > 1 ? f : 0, .shared = q->shared};
		/* the speed: the median's ratio to the reference point's (else the WCETs') */
		double speed = q->p50_ns > 0 && ref->p50_ns > 0
				       ? (double)q->p50_ns / (double)ref->p50_ns
				       : (double)q->wcet_ns / (double)ref->wcet_ns;
		out->times[i][k] = (aegis_lane_time){.sms = q->sms, .wcet_ns = w, .speed = speed,
						     .shared = q->shared};
	}
	out->n_times[i] = n;
	*pm = (aegis_plan_model){.task = task[0], .curve = pt, .n_curve = n};
	return 0;
}

void sc_plan_make(const struct sc_plan_input *in, struct sc_plan *out)
{
	memset(out, 0, sizeof *out);
	out->n_models = in->n;
	if (!in->curves) {
		snprintf(out->why, sizeof out->why, "needs curves: --wcet-profile");
		return;
	}
	if (!in->dev.total_sms) {
		snprintf(out->why, sizeof out->why, "the SMs the lanes share are unknown: the "
			 "workload names no device profile");
		return;
	}
	if (in->n > SC_MAX_MODELS) {
		snprintf(out->why, sizeof out->why, "more than %d models", SC_MAX_MODELS);
		return;
	}
	aegis_plan_point *pt = calloc((size_t)in->n * SC_MAX_SIZES, sizeof *pt);
	aegis_task *task = calloc((size_t)in->n * SC_MAX_SIZES, sizeof *task);
	int64_t *seg = calloc((size_t)in->n * SC_MAX_SIZES * AEGIS_MAX_SEGMENTS, sizeof *seg);
	aegis_plan_model *pm = calloc(in->n ? in->n : 1, sizeof *pm);
	aegis_plan_assignment *as = calloc(in->n ? in->n : 1, sizeof *as);
	if (!pt || !task || !seg || !pm || !as) {
		snprintf(out->why, sizeof out->why, "out of memory");
		goto done;
	}
	for (uint32_t i = 0; i < in->n; i++)
		if (model_in(in, i, pt + (size_t)i * SC_MAX_SIZES, task + (size_t)i * SC_MAX_SIZES,
			     seg + (size_t)i * SC_MAX_SIZES * AEGIS_MAX_SEGMENTS, &pm[i], out))
			goto done;
	aegis_plan_options opt = {.objective = in->objective, .pool_tolerance = in->pool};
	aegis_status st = aegis_policy_analysis(AEGIS_POLICY_EDF, AEGIS_PREEMPT_NONE, &opt.kind);
	aegis_plan_result res;
	int64_t t0 = clock_monotonic_ns();
	if (st == AEGIS_OK)
		st = aegis_plan_lanes(pm, in->n, &in->dev, &opt, &res, as);
	out->plan_ns = clock_monotonic_ns() - t0;
	if (st != AEGIS_OK) {
		snprintf(out->why, sizeof out->why, "planning failed: %s", aegis_status_str(st));
		goto done;
	}
	out->n_lanes = res.n_lanes;
	out->shared = res.shared;
	memcpy(out->lane_sms, res.lane_sms, res.n_lanes * sizeof res.lane_sms[0]);
	out->admitted = res.admitted;
	out->min_slack_ratio = res.min_slack_ratio;
	out->min_slack_ns = res.min_slack_ns;
	out->objective = opt.objective;
	out->objective_value = res.objective;
	out->evaluations = res.evaluations;
	out->budget_hit = res.budget_hit;
	if (res.bottleneck < in->n)
		snprintf(out->bottleneck, sizeof out->bottleneck, "%s", in->models[res.bottleneck].name);
	for (uint32_t i = 0; i < in->n; i++) {
		/* a model the plan leaves out is left to admission on any lane */
		out->lane[i] = as[i].lane >= 0 ? as[i].lane : AEGIS_LANE_AUTO;
		/* the planner charges interference only to a plan of 2 or more isolated
		 * lanes, and so does admission: the lane times carry it then */
		for (uint32_t k = 0; res.n_lanes > 1 && !res.shared && k < out->n_times[i]; k++) {
			double f = pt[(size_t)i * SC_MAX_SIZES + k].interference;
			if (f > 1)
				out->times[i][k].wcet_ns = scaled_ns(out->times[i][k].wcet_ns, f);
		}
	}
	out->ok = true;
done:
	free(pt);
	free(task);
	free(seg);
	free(pm);
	free(as);
}

aegis_status sc_curves_measure(const aegis_runtime_config *rc, const aegis_model_config *models,
			       uint32_t n, const struct sc_curve_options *co, const char *path,
			       aegis_profile **out, char *why, size_t why_len)
{
	*out = NULL;
	const aegis_model_config *ptr[SC_MAX_MODELS];
	if (n > SC_MAX_MODELS) {
		snprintf(why, why_len, "more than %d models", SC_MAX_MODELS);
		return AEGIS_E_INVAL;
	}
	for (uint32_t i = 0; i < n; i++)
		ptr[i] = &models[i];
	aegis_profile_options opt = {
		.runs = co->runs,
		.workload = co->workload,
		.lane_sizes = co->sizes,
		.n_lane_sizes = co->n_sizes,
		.neighbour = co->neighbour,
		.shares = co->shares,
		.n_shares = co->n_shares,
	};
	aegis_status st = aegis_profile_measure(rc, ptr, n, &opt, out, why, why_len);
	if (st != AEGIS_OK)
		return st;
	FILE *f = fopen(path, "w");
	if (!f) {
		snprintf(why, why_len, "cannot write %s", path);
		return AEGIS_E_IO;
	}
	st = aegis_profile_write(*out, f);
	if (fclose(f) != 0 && st == AEGIS_OK)
		st = AEGIS_E_IO;
	if (st != AEGIS_OK) {
		snprintf(why, why_len, "writing %s failed", path);
		remove(path); /* half a profile must not be read as one */
	}
	return st;
}

void sc_plan_layout(const struct sc_plan *p, char *buf, size_t len)
{
	size_t at = 0;
	buf[0] = '\0';
	if (p->shared) {
		snprintf(buf, len, "%ux%u shared", p->n_lanes, p->lane_sms[0]);
		return;
	}
	for (uint32_t l = 0; l < p->n_lanes && at + 1 < len; l++) {
		int w = snprintf(buf + at, len - at, "%s%u", l ? "+" : "", p->lane_sms[l]);
		at += w > 0 ? (size_t)w : 0;
	}
}

void sc_plan_print(FILE *f, const struct sc_plan *p, const aegis_workload *w, bool members)
{
	char layout[64], busy[64] = "";
	sc_plan_layout(p, layout, sizeof layout);
	if (p->objective == AEGIS_PLAN_BUSY_PERIOD && isinf(p->objective_value))
		snprintf(busy, sizeof busy, "; longest busy period unbounded");
	else if (p->objective == AEGIS_PLAN_BUSY_PERIOD)
		snprintf(busy, sizeof busy, "; longest busy period %.3f ms",
			 p->objective_value / 1e6);
	else if (p->objective == AEGIS_PLAN_BURST && isinf(p->objective_value))
		snprintf(busy, sizeof busy, "; longest burst unbounded");
	else if (p->objective == AEGIS_PLAN_BURST)
		snprintf(busy, sizeof busy, "; longest burst %.3f ms", p->objective_value / 1e6);
	if (p->shared)
		snprintf(layout, sizeof layout, "%u SMs shared by all", p->lane_sms[0]);
	fprintf(f, "   plan: %u lane%s of %s SMs (edf-np), objective %s, %u/%u models placed; "
		   "smallest slack %.3f of its deadline (%s, %.3f ms)%s; planned in %.2f ms, "
		   "%" PRIu64 " lane analyses%s\n", p->n_lanes, p->n_lanes == 1 ? "" : "s",
		layout, aegis_plan_objective_name(p->objective), p->admitted, p->n_models,
		p->min_slack_ratio, p->bottleneck[0] ? p->bottleneck : "-",
		(double)p->min_slack_ns / 1e6, busy, (double)p->plan_ns / 1e6, p->evaluations,
		p->budget_hit ? " (budget hit: the best plan found)" : "");
	for (uint32_t l = 0; members && l < p->n_lanes; l++) {
		fprintf(f, "   lane %u (%u SMs%s):", l, p->lane_sms[l], p->shared ? ", shared" : "");
		for (uint32_t i = 0, k = 0; i < p->n_models; i++)
			if (p->lane[i] == (int32_t)l)
				fprintf(f, "%s %s", k++ ? "," : "", aegis_workload_model(w, i)->name);
		fputc('\n', f);
	}
	bool out_any = false;
	for (uint32_t i = 0; members && i < p->n_models; i++)
		if (p->lane[i] < 0) {
			fprintf(f, "%s %s", out_any ? "," : "   left out by the plan (admission "
				"tries every lane):", aegis_workload_model(w, i)->name);
			out_any = true;
		}
	if (out_any)
		fputc('\n', f);
}
