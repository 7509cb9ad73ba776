/* The comparison benchmark of issue 8: one workload (examples/edge-24-gpu.yaml: 24
 * synthetic DNN-like models on an Orin-class profile) run under the set-ups edge
 * engineers use today and under AegisRT, with the same models, kernels and release
 * times; then a load sweep; every job of AegisRT checked against its analysed bound.
 * Prints a table and writes CSV files and an HTML page (docs/RESULTS.md explains them).
 * Figures are printed, never asserted.
 *
 *   bench_scenario [--device sim|cuda] [--workload FILE] [--duration D]
 *                  [--time-scale F] [--sweep N] [--sweep-duration D] [--slots S]
 *                  [--dispatch-overhead D] [--wcet-inflation F] [--host-stall D]
 *                  [--modes A,B] [--rt-priority P] [--wcet-profile FILE]
 *                  [--plan-sizes A,B] [--plan-runs N] [--plan-neighbour]
 *                  [--plan-shared K,K]
 *                  [--plan-max-lanes N] [--plan-pool T]
 *                  [--plan-objective slack-ratio|busy|burst] [--out DIR]
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "scenario.h"
#include "testing/bench_internal.h"

const struct sc_mode sc_modes[] = {
	{"naive", "a stream per model over one shared 16-SM partition, equal priorities: "
		  "independent runtime instances", AEGIS_POLICY_FIFO, AEGIS_LANES_SHARED,
	 SC_LANE_PER_MODEL, false, false},
	{"naive-prio", "the same with rate-monotonic stream priorities",
	 AEGIS_POLICY_FIFO, AEGIS_LANES_SHARED_PRIORITY, SC_LANE_PER_MODEL, true, false},
	{"fifo", "one queue in release order on one 16-SM lane: a serving system's default",
	 AEGIS_POLICY_FIFO, AEGIS_LANES_ISOLATED, SC_LANE_ONE, false, false},
	{"aegis-fp", "AegisRT, fixed priority (RM), 4 lanes of 4 SMs, admission",
	 AEGIS_POLICY_FP, AEGIS_LANES_ISOLATED, SC_LANE_FILE, false, true},
	{"aegis-edf", "AegisRT, EDF, 4 lanes of 4 SMs, admission",
	 AEGIS_POLICY_EDF, AEGIS_LANES_ISOLATED, SC_LANE_FILE, false, true},
	{"aegis-plan", "AegisRT, EDF, lanes planned from WCET curves at each load "
		       "(aegis_plan_lanes), admission",
	 AEGIS_POLICY_EDF, AEGIS_LANES_ISOLATED, SC_LANE_PLAN, false, true},
	{"aegis-1lane", "AegisRT, EDF on one 16-SM lane, admission",
	 AEGIS_POLICY_EDF, AEGIS_LANES_ISOLATED, SC_LANE_ONE, false, true},
	{"shared-edf", "EDF on the workload's lanes as streams over one shared 16-SM "
		       "partition, no admission",
	 AEGIS_POLICY_EDF, AEGIS_LANES_SHARED, SC_LANE_FILE, false, false},
};
const uint32_t sc_n_modes = sizeof sc_modes / sizeof sc_modes[0];

/* Equal work (GPU): each kernel's iterations as calibrated on the workload's own
 * 4-SM lanes; every set-up then runs exactly those (a kernel calibrated alone on a
 * 16-SM partition would do more work per declared millisecond). 0: calibrate. */
struct reference {
	bool have;
	int64_t iters[SC_MAX_MODELS][AEGIS_MAX_SEGMENTS];
};

struct opts {
	const char *device, *workload, *out, *modes, *wcet_profile;
	int64_t duration_ns, sweep_ns, overhead_ns, stall_ns;
	double time_scale, inflation;
	uint32_t sweep_points, slots;
	int rt_priority; /* SCHED_FIFO priority of the process, 0: the default policy */
	/* aegis-plan: the curves (--wcet-profile, at load 1), else (GPU) measured at each
	 * load on plan_sizes, plan_runs jobs a point; the planner's device */
	aegis_profile *curves;
	uint32_t plan_sizes[SC_MAX_SIZES], n_plan_sizes, plan_runs;
	uint32_t plan_max_lanes; /* the most lanes a plan has; 0: the planner's default */
	double plan_pool;        /* the planner's pool_tolerance (slack ratio, or busy: ns),
				    0: off */
	const char *plan_pool_arg; /* --plan-pool as given, read in the objective's unit */
	aegis_plan_objective plan_objective;
	bool plan_neighbour;
	uint32_t plan_shares[SC_MAX_SIZES], n_plan_shares; /* --plan-shared */
	aegis_plan_device dev;
	struct reference ref; /* of the load being run */
	const struct sc_plan *plan; /* of the load being run: aegis-plan's lanes */
};

/* A scaled model's own synthetic settings: its config and the kernels it points at
 * (n_kernels 0 for a model of another backend). */
struct scaled_config {
	aegis_synthetic_config synth;
	aegis_kernel kernels[AEGIS_MAX_SEGMENTS];
};

/* Can the load scale this model's kernel times (a synthetic model's typed config)? */
static bool time_scalable(const aegis_model_config *m)
{
	return m->backend && strcmp(m->backend, "synthetic") == 0 && m->backend_config;
}

/* A model of the workload, scaled: periods, deadlines and offsets / time_scale, kernel
 * times x load / time_scale (synthetic models); a model whose times cannot be scaled
 * (a real network) gets the same load as periods, deadlines and offsets / load
 * instead. buf holds its synthetic config. */
static aegis_model_config scaled(const aegis_model_config *src, struct scaled_config *buf,
				 double time_scale, double load)
{
	aegis_model_config m = *src;
	double div = time_scalable(src) ? time_scale : time_scale * load;
	m.period_ns = llround((double)m.period_ns / div);
	m.deadline_ns = llround((double)m.deadline_ns / div);
	m.offset_ns = llround((double)m.offset_ns / div);
	buf->synth = (aegis_synthetic_config){0};
	if (!time_scalable(src))
		return m;
	buf->synth = *(const aegis_synthetic_config *)src->backend_config;
	for (uint32_t k = 0; k < buf->synth.n_kernels; k++) {
		buf->kernels[k] = buf->synth.kernels[k];
		int64_t t = llround((double)buf->kernels[k].duration_ns * load / time_scale);
		buf->kernels[k].duration_ns = t > 0 ? t : 1;
	}
	buf->synth.kernels = buf->kernels;
	m.backend_config = &buf->synth;
	return m;
}

/* The reference calibration at load (GPU only): the workload on its own lanes,
 * admission off, each kernel calibrated on its 4-SM lane at admission; their
 * iterations are kept for every set-up of that load. */
static void calibrate_reference(const aegis_workload *w, struct opts *o, double load)
{
	o->ref.have = false;
	if (strcmp(o->device, "sim") == 0)
		return;
	aegis_runtime_config cfg = *aegis_workload_runtime(w);
	cfg.device = o->device;
	cfg.admission = AEGIS_ADMIT_OFF;
	aegis_runtime *rt;
	char err[256];
	if (aegis_runtime_create(&cfg, &rt, err, sizeof err) != AEGIS_OK) {
		fprintf(stderr, "bench_scenario: reference calibration: %s\n", err);
		return;
	}
	uint32_t n = aegis_workload_model_count(w);
	bool ok = n <= SC_MAX_MODELS;
	for (uint32_t i = 0; ok && i < n; i++) {
		struct scaled_config sc;
		aegis_model_config m = scaled(aegis_workload_model(w, i), &sc, o->time_scale, load);
		aegis_model_id id;
		ok = aegis_model_admit(rt, &m, &id) == AEGIS_OK;
		for (uint32_t j = 0; ok && j < sc.synth.n_kernels; j++) {
			o->ref.iters[i][j] = synthetic_backend_iters(runtime_backend_state(rt, id), j);
			ok = o->ref.iters[i][j] > 0;
		}
	}
	if (!ok)
		fprintf(stderr, "bench_scenario: reference calibration failed (%s): set-ups "
			"calibrate on their own partitions\n", aegis_runtime_last_error(rt));
	o->ref.have = ok;
	aegis_runtime_destroy(rt);
}

/* Lane of model i in a set-up: its own (per model: i, or its RM rank), the one lane,
 * the file's, or the plan's. */
static int32_t lane_of(const struct sc_mode *md, const aegis_workload *w,
		       const struct opts *o, uint32_t i)
{
	const aegis_model_config *m = aegis_workload_model(w, i);
	if (md->lanes == SC_LANE_ONE)
		return 0;
	if (md->lanes == SC_LANE_PLAN)
		return o->plan->lane[i];
	if (md->lanes == SC_LANE_FILE)
		return m->lane;
	if (!md->rm_lanes)
		return (int32_t)i;
	int32_t rank = 0; /* models with a shorter period (ties: lower index) come first */
	for (uint32_t k = 0; k < aegis_workload_model_count(w); k++) {
		const aegis_model_config *q = aegis_workload_model(w, k);
		rank += q->period_ns < m->period_ns || (q->period_ns == m->period_ns && k < i);
	}
	return rank;
}

static uint32_t lanes_of(const struct sc_mode *md, const aegis_workload *w,
			 const struct opts *o)
{
	return md->lanes == SC_LANE_PER_MODEL ? aegis_workload_model_count(w)
	       : md->lanes == SC_LANE_ONE	 ? 1
	       : md->lanes == SC_LANE_PLAN	 ? o->plan->n_lanes
						 : aegis_workload_runtime(w)->lanes;
}

/* The set-up's layout into cfg: the plan's lane sizes (or its lanes sharing one
 * partition, every one at full speed on the simulated device), the file's, or none
 * (equal shares: a lane per model and the one lane are never sized by the file). */
static void layout_of(const struct sc_mode *md, const aegis_workload *w, const struct opts *o,
		      aegis_runtime_config *cfg)
{
	cfg->lanes = lanes_of(md, w, o);
	if (md->lanes == SC_LANE_FILE)
		return;
	memset(cfg->lane_sms, 0, sizeof cfg->lane_sms);
	if (md->lanes == SC_LANE_PLAN && o->plan->shared) {
		cfg->lane_sharing = AEGIS_LANES_SHARED;
		cfg->shared_slots = o->plan->shared;
	} else if (md->lanes == SC_LANE_PLAN) {
		memcpy(cfg->lane_sms, o->plan->lane_sms, o->plan->n_lanes * sizeof cfg->lane_sms[0]);
	}
}

/* A job of a model (runtime id). */
struct job_ref {
	uint32_t model;
	uint64_t job;
};

#define SC_MAX_REFS 1024u

/* What a run observes beyond the runtime's statistics. A job past its bound that also
 * overran its own time budget broke the analysis' premise (its WCET), not the bound:
 * the two lists tell those from violations of jobs within their budget. on_done and
 * on_event fill one list each (the trace sink may run on the drain thread); they are
 * matched once the runtime is gone. */
struct observer {
	struct sc_run *run;
	struct sc_model_result *of_id[SC_MAX_MODELS]; /* runtime id -> its result */
	const int64_t *bound; /* per runtime id, -1: none */
	uint32_t active;      /* lanes executing a segment */
	int64_t since, busy_ns, first_ns, last_ns;
	struct job_ref viol[SC_MAX_REFS], overrun[SC_MAX_REFS];
	uint32_t n_viol, n_overrun; /* beyond SC_MAX_REFS: counted, not kept */
};

static void on_event(void *user, const aegis_trace_event *ev, size_t n)
{
	struct observer *o = user;
	for (size_t i = 0; i < n; i++) {
		if (ev[i].kind == AEGIS_EV_FAULT && (ev[i].count == AEGIS_FAULT_OVERRUN ||
						     ev[i].count == AEGIS_FAULT_BREACH)) {
			if (o->n_overrun < SC_MAX_REFS)
				o->overrun[o->n_overrun] = (struct job_ref){ev[i].model, ev[i].job};
			o->n_overrun++;
		} else if (ev[i].kind == AEGIS_EV_START) {
			if (o->first_ns < 0)
				o->first_ns = ev[i].t_ns;
			if (o->active++ == 0)
				o->since = ev[i].t_ns;
		} else if (ev[i].kind == AEGIS_EV_SEGMENT_END && o->active) {
			o->last_ns = ev[i].t_ns;
			if (--o->active == 0)
				o->busy_ns += ev[i].t_ns - o->since;
		}
	}
}

static void on_done(void *user, const aegis_completion *c)
{
	struct observer *o = user;
	struct sc_model_result *m = o->of_id[c->model];
	if (c->status != AEGIS_OK) {
		if (!m->fail_status && c->status != AEGIS_E_CANCELLED)
			m->fail_status = c->status;
		return;
	}
	int64_t resp = c->finish_ns - c->arrival_ns;
	if (resp > m->worst_resp_ns) {
		m->worst_resp_ns = resp;
		m->worst_at_ns = c->arrival_ns;
	}
	double ratio = (double)resp / (double)m->deadline_ns;
	if (ratio > o->run->worst_ratio)
		o->run->worst_ratio = ratio;
	if (o->bound[c->model] >= 0 && resp > o->bound[c->model]) {
		m->violations++;
		if (o->n_viol < SC_MAX_REFS)
			o->viol[o->n_viol] = (struct job_ref){c->model, c->job};
		o->n_viol++;
	}
}

/* Counts, per model, the violations by jobs that overran their own budget. A list
 * that overflowed leaves the rest counted as within budget (the stricter reading). */
static void match_overruns(struct observer *o)
{
	uint32_t nv = o->n_viol < SC_MAX_REFS ? o->n_viol : SC_MAX_REFS;
	uint32_t no = o->n_overrun < SC_MAX_REFS ? o->n_overrun : SC_MAX_REFS;
	for (uint32_t v = 0; v < nv; v++)
		for (uint32_t k = 0; k < no; k++)
			if (o->overrun[k].model == o->viol[v].model &&
			    o->overrun[k].job == o->viol[v].job) {
				o->of_id[o->viol[v].model]->violations_own++;
				o->run->violations_own++;
				break;
			}
}

/* The bound of every admitted model: its lane's analysis (FP: the response-time bound;
 * EDF: its deadline, which the demand test proves). */
static void bounds(const aegis_runtime *rt, const struct sc_mode *md, uint32_t lanes,
		   int64_t *bound)
{
	uint32_t n = aegis_runtime_model_count(rt);
	for (uint32_t i = 0; i < n; i++)
		bound[i] = -1;
	aegis_analysis_kind kind;
	if (!md->admission || aegis_policy_analysis(md->policy, AEGIS_PREEMPT_NONE, &kind))
		return;
	for (uint32_t lane = 0; lane < lanes; lane++) {
		aegis_task t[SC_MAX_MODELS];
		aegis_task_result r[SC_MAX_MODELS];
		uint32_t ids[SC_MAX_MODELS], k = 0;
		for (uint32_t i = 0; i < n; i++) {
			aegis_model_stats s;
			if (aegis_model_stats_get(rt, i, &s) == AEGIS_OK && s.lane == lane) {
				t[k] = *runtime_model_task(rt, i);
				ids[k++] = i;
			}
		}
		aegis_analysis_result res;
		if (!k || aegis_analyse(kind, t, k, &res, r) != AEGIS_OK)
			continue;
		for (uint32_t j = 0; j < k; j++)
			bound[ids[j]] = kind == AEGIS_AN_FP_NP ? r[j].bound_ns : t[j].deadline_ns;
	}
}

/* The memory plan of a set-up at load, persistent + I/O + the lanes' arenas: a dry run
 * on the simulated device (the plan does not depend on the device), no admission test,
 * no budget, no guard. transient[i] gets model i's need from its lane's arena (0 if it
 * did not fit). 0 when the dry run could not be made. */
static uint64_t plan_bytes(const struct sc_mode *md, const aegis_workload *w,
			   const struct opts *o, double load, uint64_t *transient)
{
	uint32_t n = aegis_workload_model_count(w);
	memset(transient, 0, n * sizeof *transient);
	aegis_runtime_config cfg = *aegis_workload_runtime(w);
	cfg.device = "sim";
	cfg.admission = AEGIS_ADMIT_OFF;
	cfg.lane_sharing = md->sharing;
	layout_of(md, w, o, &cfg);
	cfg.memory_budget_bytes = 0;
	cfg.memory_guard = false;
	cfg.device_profile = NULL;
	aegis_runtime *rt;
	if (aegis_runtime_create(&cfg, &rt, NULL, 0) != AEGIS_OK)
		return 0;
	for (uint32_t i = 0; i < n; i++) {
		struct scaled_config sc;
		aegis_model_config m = scaled(aegis_workload_model(w, i), &sc, o->time_scale, load);
		m.lane = lane_of(md, w, o, i); /* the lane, not its times: memory is by lane */
		aegis_model_id id;
		aegis_model_stats st;
		if (aegis_model_admit(rt, &m, &id) == AEGIS_OK &&
		    aegis_model_stats_get(rt, id, &st) == AEGIS_OK)
			transient[i] = st.transient_bytes;
	}
	aegis_memory_totals t;
	aegis_runtime_memory(rt, &t);
	aegis_runtime_destroy(rt);
	return t.planned;
}

static int64_t device_free(const char *device)
{
	aegis_device_info d;
	if (strcmp(device, "sim") == 0 || aegis_device_query(device, 0, &d, NULL, 0) != AEGIS_OK)
		return -1;
	return (int64_t)d.memory_free_bytes;
}

/* The largest lane utilisation (WCET / period) of the workload's own lanes at load. */
static double max_lane_util(const aegis_workload *w, const struct opts *o, double load)
{
	double u[AEGIS_MAX_LANES] = {0}, max = 0;
	for (uint32_t i = 0; i < aegis_workload_model_count(w); i++) {
		struct scaled_config sc;
		aegis_model_config m = scaled(aegis_workload_model(w, i), &sc, o->time_scale, load);
		aegis_task t;
		int64_t seg[AEGIS_MAX_SEGMENTS];
		if (aegis_model_task(&m, AEGIS_PRIO_RM, 0, &t, seg, NULL, 0) != AEGIS_OK || m.lane < 0)
			continue;
		u[m.lane] += (double)t.wcet_ns / (double)t.period_ns;
		if (u[m.lane] > max)
			max = u[m.lane];
	}
	return max;
}

/* --modes: is this set-up among the ones to run? */
static bool wanted(const struct opts *o, const struct sc_mode *md)
{
	if (!o->modes)
		return true;
	size_t n = strlen(md->name);
	for (const char *p = o->modes; (p = strstr(p, md->name)); p += n)
		if ((p == o->modes || p[-1] == ',') && (p[n] == ',' || !p[n]))
			return true;
	return false;
}

static void run_mode(const struct sc_mode *md, const aegis_workload *w, const struct opts *o,
		     double load, int64_t duration_ns, struct sc_run *r)
{
	memset(r, 0, sizeof *r);
	r->mode = md;
	if (!wanted(o, md)) {
		snprintf(r->error, sizeof r->error, "not asked for (--modes)");
		return;
	}
	r->load = load;
	r->util = max_lane_util(w, o, load);
	if (md->lanes == SC_LANE_PLAN && (!o->plan || !o->plan->ok)) {
		snprintf(r->error, sizeof r->error, "%s", o->plan ? o->plan->why : "not planned");
		return;
	}
	if (md->lanes == SC_LANE_PLAN)
		sc_plan_layout(o->plan, r->layout, sizeof r->layout);
	r->duration_ns = duration_ns;
	r->mem_measured = -1;
	uint32_t n = aegis_workload_model_count(w);
	if (n > SC_MAX_MODELS) {
		snprintf(r->error, sizeof r->error, "more than %d models", SC_MAX_MODELS);
		return;
	}
	int64_t bound[SC_MAX_MODELS];
	struct observer obs = {.run = r, .bound = bound, .first_ns = -1};
	aegis_runtime_config cfg = *aegis_workload_runtime(w);
	cfg.device = o->device;
	cfg.policy = md->policy;
	cfg.priorities = AEGIS_PRIO_RM;
	cfg.preemption = AEGIS_PREEMPT_NONE;
	cfg.admission = md->admission ? AEGIS_ADMIT_ANALYSIS : AEGIS_ADMIT_OFF;
	cfg.lane_sharing = md->sharing;
	cfg.shared_slots = o->slots;
	layout_of(md, w, o, &cfg);
	cfg.dispatch_overhead_ns = o->overhead_ns;
	cfg.host_stall_ns = o->stall_ns; /* charged by admission only: the baselines have none */
	cfg.trace = (aegis_trace_sink){on_event, &obs};
	uint64_t transient[SC_MAX_MODELS];
	r->mem_planned = plan_bytes(md, w, o, load, transient);
	bool sim = strcmp(o->device, "sim") == 0;
	if (r->mem_planned > 0 && (!sim || (md->admission && !cfg.memory_guard))) {
		/* the pool: what this set-up's plan needs, + 1/16 and 32 MiB of room for the
		 * holes an arena leaves when it grows. On the simulated device too for the
		 * set-ups with admission, so that the simulation meets the GPU's memory
		 * refusals (reported as refusals); the set-ups without admission keep the
		 * workload's budget there, as a refusal would end their run, and so does guard
		 * mode, whose pool is host memory of at most 1 GiB. */
		uint64_t b = r->mem_planned + r->mem_planned / 16 + (32u << 20);
		cfg.memory_budget_bytes = (b + (2u << 20) - 1) / (2u << 20) * (2u << 20);
	}
	int64_t free0 = device_free(o->device);
	aegis_runtime *rt;
	char err[256] = "";
	if (aegis_runtime_create(&cfg, &rt, err, sizeof err) != AEGIS_OK) {
		snprintf(r->error, sizeof r->error, "runtime: %.200s", err);
		return;
	}
	struct scaled_config own[SC_MAX_MODELS];
	/* aegis-plan: the models the plan placed first, then those it left out (on any
	 * lane), so that a left-out model cannot take a planned one's room; each pass by
	 * decreasing transient need, so that the planned models' arenas are made at their
	 * final size by their lane's first model and do not grow: an arena that grows
	 * leaves its old block as a hole between other models' regions, and on the H100
	 * run of the burst plan that fragmented the pool into refusing bev_fusion (684 MiB
	 * free, none of it in one block of the 480 MiB it needed). A left-out model,
	 * admitted last on any lane, may still grow one. The other set-ups keep the
	 * file's order, as in every earlier run: it decides which model admission refuses
	 * under overload, and the ids break ties between jobs released together. */
	bool plan = md->lanes == SC_LANE_PLAN;
	uint32_t order[SC_MAX_MODELS];
	for (uint32_t i = 0; i < n; i++)
		order[i] = i;
	for (uint32_t i = 1; plan && i < n; i++) /* insertion: stable, n <= SC_MAX_MODELS */
		for (uint32_t k = i; k > 0 && transient[order[k]] > transient[order[k - 1]]; k--) {
			uint32_t x = order[k];
			order[k] = order[k - 1];
			order[k - 1] = x;
		}
	for (uint32_t at = 0; at < (plan ? 2 * n : n); at++) {
		uint32_t i = order[at % n];
		if (plan && (at < n) != (lane_of(md, w, o, i) >= 0))
			continue;
		aegis_model_config m = scaled(aegis_workload_model(w, i), &own[i], o->time_scale,
					      load);
		m.lane = lane_of(md, w, o, i);
		for (uint32_t k = 0; o->ref.have && k < own[i].synth.n_kernels; k++)
			own[i].kernels[k].iters = o->ref.iters[i][k];
		if (md->lanes == SC_LANE_PLAN) {
			/* the curve: admission takes the WCET of the lane's size (interference
			 * in it, for a plan of 2+ lanes), the simulated device its speed */
			m.lane_times = o->plan->times[i];
			m.n_lane_times = o->plan->n_times[i];
		} else if (md->admission && o->inflation > 1.0) {
			/* the analysis (and so the time budgets) charge each kernel its time x
			 * the inflation: lanes share DRAM bandwidth and L2 */
			aegis_task t;
			int64_t seg[AEGIS_MAX_SEGMENTS];
			if (aegis_model_task(&m, AEGIS_PRIO_RM, 0, &t, seg, NULL, 0) == AEGIS_OK)
				m.wcet_override_ns = llround((double)t.wcet_ns * o->inflation);
		}
		m.on_done = on_done;
		m.user = &obs;
		struct sc_model_result *res = &r->m[i];
		snprintf(res->name, sizeof res->name, "%s", m.name);
		res->deadline_ns = m.deadline_ns ? m.deadline_ns : m.period_ns;
		aegis_model_id id;
		aegis_status st = aegis_model_admit(rt, &m, &id);
		if (st == AEGIS_OK) {
			obs.of_id[id] = res;
			res->admitted = true;
			r->admitted++;
		} else if (md->admission) {
			snprintf(res->refused, sizeof res->refused, "%s: %.140s",
				 aegis_status_name(st), aegis_runtime_last_error(rt));
		} else {
			snprintf(r->error, sizeof r->error, "%.40s: %.200s", m.name,
				 aegis_runtime_last_error(rt));
			aegis_runtime_destroy(rt);
			return;
		}
	}
	r->n_models = n;
	if (free0 >= 0) {
		int64_t free1 = device_free(o->device);
		r->mem_measured = free1 >= 0 ? free0 - free1 : -1;
	}
	uint32_t n_ids = aegis_runtime_model_count(rt);
	bounds(rt, md, cfg.lanes, bound);
	aegis_status st = aegis_runtime_run_for(rt, duration_ns);
	if (st == AEGIS_OK)
		st = aegis_runtime_stop(rt);
	if (st != AEGIS_OK) {
		snprintf(r->error, sizeof r->error, "run: %.200s", aegis_runtime_last_error(rt));
		aegis_runtime_destroy(rt);
		return;
	}
	for (uint32_t id = 0; id < n_ids; id++) {
		struct sc_model_result *res = obs.of_id[id];
		aegis_model_stats s;
		aegis_model_stats_get(rt, id, &s);
		res->bound_ns = bound[id];
		res->released = s.released;
		res->completed = s.completed;
		res->missed = s.missed;
		res->failed = s.failed;
		res->rejected = s.rejected_queue_full + s.rejected_interarrival + s.skipped +
				s.rejected_quarantined;
		res->p50_ns = s.response_p50_ns;
		res->p99_ns = s.response_p99_ns;
		res->p999_ns = s.response_p999_ns;
		res->max_ns = s.response_max_ns;
		res->jitter_ns = s.response_jitter_ns;
		res->max_late_ns = s.max_lateness_ns;
		res->overruns = s.overruns;
		r->jobs += s.released;
		r->completed += s.completed;
		r->missed += s.missed;
		r->violations += res->violations;
		if (s.response_p999_ns > r->worst_p999_ns)
			r->worst_p999_ns = s.response_p999_ns;
	}
	r->miss_ratio = r->jobs ? (double)r->missed / (double)r->jobs : 0.0;
	/* busy over the span from the first start to the last end (the drain at stop
	 * runs past the duration) */
	int64_t span = obs.last_ns - obs.first_ns;
	r->busy = span > 0 ? (double)obs.busy_ns / (double)span : 0.0;
	r->ok = true;
	aegis_runtime_destroy(rt); /* the trace is drained: every FAULT event is in */
	match_overruns(&obs);
}

/* aegis-plan's lanes at load: the planner over each model's curve, the curves from
 * --wcet-profile (their times x load) or, on a GPU without one, measured at this load
 * on the models as every set-up runs them (the reference iterations fixed) and written
 * into the --out folder as curves-loadL.profile. */
static void plan_load(const aegis_workload *w, const struct opts *o, double load,
		      struct sc_plan *plan)
{
	uint32_t n = aegis_workload_model_count(w);
	struct scaled_config *own = calloc(n ? n : 1, sizeof *own);
	aegis_model_config *models = calloc(n ? n : 1, sizeof *models);
	aegis_profile *measured = NULL;
	struct sc_plan_input in = {.models = models, .n = n, .curves = o->curves, .scale = load,
				   .inflation = o->inflation, .pool = o->plan_pool, .dev = o->dev,
				   .objective = o->plan_objective};
	aegis_runtime_config rc = *aegis_workload_runtime(w);
	rc.device = o->device;
	rc.dispatch_overhead_ns = o->overhead_ns;
	rc.host_stall_ns = o->stall_ns;
	rc.trace = (aegis_trace_sink){0};
	in.rc = &rc;
	if (!own || !models || n > SC_MAX_MODELS) {
		memset(plan, 0, sizeof *plan);
		snprintf(plan->why, sizeof plan->why, n > SC_MAX_MODELS ? "more than 64 models"
									: "out of memory");
		goto done;
	}
	for (uint32_t i = 0; i < n; i++) {
		models[i] = scaled(aegis_workload_model(w, i), &own[i], o->time_scale, load);
		for (uint32_t k = 0; o->ref.have && k < own[i].synth.n_kernels; k++)
			own[i].kernels[k].iters = o->ref.iters[i][k];
	}
	if (!o->curves && strcmp(o->device, "sim") != 0) {
		char path[512], why[256] = "";
		snprintf(path, sizeof path, "%s/curves-load%.2f.profile", o->out, load);
		struct sc_curve_options co = {.sizes = o->plan_sizes, .n_sizes = o->n_plan_sizes,
					      .runs = o->plan_runs, .neighbour = o->plan_neighbour,
					      .shares = o->plan_shares,
					      .n_shares = o->n_plan_shares,
					      .workload = o->workload};
		int64_t t0 = clock_monotonic_ns();
		aegis_status st = sc_curves_measure(&rc, models, n, &co, path, &measured, why,
						    sizeof why);
		if (st != AEGIS_OK) {
			memset(plan, 0, sizeof *plan);
			snprintf(plan->why, sizeof plan->why, "measuring the curves failed: %s: %.150s",
				 aegis_status_name(st), why);
			goto done;
		}
		printf("curves at load %.2f measured in %.1f s: %s\n", load,
		       (double)(clock_monotonic_ns() - t0) / 1e9, path);
		in.curves = measured;
		in.scale = 1.0; /* measured at this load */
	}
	sc_plan_make(&in, plan);
done:
	aegis_profile_destroy(measured);
	free(models);
	free(own);
}

static int usage(const char *why)
{
	if (why)
		fprintf(stderr, "bench_scenario: %s\n", why);
	fputs("usage: bench_scenario [--device sim|cuda] [--workload FILE] [--duration D]\n"
	      "                      [--time-scale F] [--sweep N] [--sweep-duration D]\n"
	      "                      [--slots S] [--dispatch-overhead D] [--modes A,B]\n"
	      "                      [--wcet-inflation F] [--host-stall D] [--rt-priority P]\n"
	      "                      [--wcet-profile FILE] [--plan-sizes A,B] [--plan-runs N]\n"
	      "                      [--plan-max-lanes N] [--plan-pool T]\n"
	      "                      [--plan-objective slack-ratio|busy|burst]\n"
	      "                      [--plan-neighbour] [--plan-shared K,K] [--out DIR]\n"
	      "  --modes A,B      run only these set-ups (default: all)\n"
	      "  --time-scale F   divide periods, deadlines and kernel times by F (same\n"
	      "                   utilisation, F times the jobs per second; default 1)\n"
	      "  --sweep N        load sweep with N loads from 0.6 to 2.0 (0: none; default 8)\n"
	      "  --wcet-inflation F  AegisRT's analysis charges each kernel F x its time: the\n"
	      "                   interference through shared DRAM bandwidth and L2 that SM\n"
	      "                   partitions do not isolate (bench_gpu measures it; default 1)\n"
	      "  --dispatch-overhead D  per-segment dispatch cost the analysis adds to each\n"
	      "                   WCET (measured on the GPU: make bench-gpu; default 0)\n"
	      "  --host-stall D   the host's stalls that AegisRT's analysis charges as release\n"
	      "                   jitter (runtime.host_stall; bench_noise measures them;\n"
	      "                   default 0)\n"
	      "  --slots S        simulated device: jobs the shared 16-SM partition runs at\n"
	      "                   full speed together (default 4: kernels fill 4 SMs)\n"
	      "  --rt-priority P  run the host side (dispatch loop) under SCHED_FIFO at\n"
	      "                   priority P (1..99; needs CAP_SYS_NICE), as a deployed\n"
	      "                   real-time system would (default 0: the normal policy)\n"
	      "  --wcet-profile FILE  aegis-plan's WCET curves (a profile of version 2, as\n"
	      "                   the GPU run writes: curves-load1.00.profile), read as the\n"
	      "                   workload at load 1 and this --time-scale; at load L the\n"
	      "                   synthetic models' times are x L. A point's speed is its\n"
	      "                   median over that of the model's own lane size (the\n"
	      "                   simulated device runs each job at it). Without one,\n"
	      "                   aegis-plan runs on a GPU only (it measures them) and is\n"
	      "                   skipped on sim: curves are never made up\n"
	      "  --plan-sizes A,B GPU: the lane sizes (SMs) to measure each model on, at\n"
	      "                   each load (default 4,8,16; include the workload's own lane\n"
	      "                   size: the speeds are relative to it)\n"
	      "  --plan-runs N    GPU: jobs per curve point (default 30)\n"
	      "  --plan-max-lanes N  the most lanes a plan may have (1..64; default: any)\n"
	      "  --plan-objective O  what aegis-plan's planner optimises: slack-ratio (the\n"
	      "                   smallest slack / deadline, largest; default) or busy (the\n"
	      "                   longest busy period of a lane, shortest: a bound on every\n"
	      "                   response, long deadlines too) or burst (the time a lane\n"
	      "                   stays busy once all its models are released at once,\n"
	      "                   no jitter, shortest: lanes balanced to clear what is\n"
	      "                   released together side by side)\n"
	      "  --plan-pool T    take the plan with the fewest lanes whose objective is at\n"
	      "                   most T worse than the best plan's: larger lanes pool the\n"
	      "                   SMs (default 0: off); T is a fraction of a deadline (0..1)\n"
	      "                   under slack-ratio, a duration (500us) under busy, burst\n"
	      "  --plan-neighbour GPU: measure each point next to a memory-bound neighbour\n"
	      "                   too (its interference); without, a plan of 2 or more lanes\n"
	      "                   charges --wcet-inflation as every point's interference\n"
	      "  --plan-shared K,K GPU: also measure every model on K lanes sharing the\n"
	      "                   16-SM partition, the other lanes busy (aegisrt profile\n"
	      "                   --shared), so that the planner weighs K lanes over one\n"
	      "                   partition beside the isolated layouts (each K 2..64)\n"
	      "\n"
	      "The load is the scale of every kernel's time (1.00: the workload as written).\n"
	      "Models whose times cannot be scaled (real networks) take the same load as\n"
	      "periods, deadlines and offsets / load. aegis-plan plans its lanes again at\n"
	      "each load (EDF-NP, aegis_plan_lanes) and runs each model on its planned lane.\n",
	      why ? stderr : stdout);
	return why ? 2 : 0;
}

/* "4,8,16": increasing sizes, at most SC_MAX_SIZES. */
static int parse_sizes(const char *v, uint32_t *sizes, uint32_t *n)
{
	*n = 0;
	for (const char *p = v; *p;) {
		char *end;
		errno = 0;
		unsigned long s = strtoul(p, &end, 10);
		if (end == p || errno || !s || s > 65536 || *n == SC_MAX_SIZES ||
		    (*n && s <= sizes[*n - 1]) || (*end && *end != ','))
			return -1;
		sizes[(*n)++] = (uint32_t)s;
		p = *end ? end + 1 : end;
	}
	return *n ? 0 : -1;
}

static int parse(int argc, char **argv, struct opts *o)
{
	*o = (struct opts){.device = "sim", .workload = "examples/edge-24-gpu.yaml",
			   .out = "build-bench/scenario", .duration_ns = 60 * AEGIS_NS_PER_S,
			   .sweep_ns = 10 * AEGIS_NS_PER_S, .time_scale = 1.0, .inflation = 1.0,
			   .sweep_points = 8,
			   .slots = 4, .plan_sizes = {4, 8, 16}, .n_plan_sizes = 3,
			   .plan_runs = 30};
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
		if (!strcmp(a, "-h") || !strcmp(a, "--help"))
			return usage(NULL) - 1;
		if (!strcmp(a, "--plan-neighbour")) {
			o->plan_neighbour = true;
			continue;
		}
		if (!v)
			return usage("an option without its value");
		i++;
		if (!strcmp(a, "--device"))
			o->device = v;
		else if (!strcmp(a, "--workload"))
			o->workload = v;
		else if (!strcmp(a, "--out"))
			o->out = v;
		else if (!strcmp(a, "--modes"))
			o->modes = v;
		else if (!strcmp(a, "--wcet-profile"))
			o->wcet_profile = v;
		else if (!strcmp(a, "--plan-shared")) {
			if (parse_sizes(v, o->plan_shares, &o->n_plan_shares) ||
			    o->plan_shares[0] < 2 ||
			    o->plan_shares[o->n_plan_shares - 1] > AEGIS_PLAN_MAX_LANES)
				return usage("--plan-shared: increasing lane counts 2..64, such as "
					     "2,4");
		} else if (!strcmp(a, "--plan-sizes")) {
			if (parse_sizes(v, o->plan_sizes, &o->n_plan_sizes))
				return usage("--plan-sizes: increasing SM counts, 1..65536, such as "
					     "4,8,16");
		} else if (!strcmp(a, "--plan-pool")) {
			o->plan_pool_arg = v; /* read below, once the objective is known */
		} else if (!strcmp(a, "--plan-objective")) {
			if (!strcmp(v, "slack-ratio"))
				o->plan_objective = AEGIS_PLAN_SLACK_RATIO;
			else if (!strcmp(v, "busy"))
				o->plan_objective = AEGIS_PLAN_BUSY_PERIOD;
			else if (!strcmp(v, "burst"))
				o->plan_objective = AEGIS_PLAN_BURST;
			else
				return usage("--plan-objective: slack-ratio, busy or burst");
		} else if (!strcmp(a, "--plan-max-lanes")) {
			o->plan_max_lanes = (uint32_t)strtoul(v, NULL, 10);
			if (!o->plan_max_lanes || o->plan_max_lanes > AEGIS_PLAN_MAX_LANES)
				return usage("--plan-max-lanes: 1..64");
		} else if (!strcmp(a, "--plan-runs")) {
			o->plan_runs = (uint32_t)strtoul(v, NULL, 10);
			if (!o->plan_runs || o->plan_runs > 100000)
				return usage("--plan-runs: 1..100000");
		}
		else if (!strcmp(a, "--duration")) {
			if (aegis_duration_parse(v, &o->duration_ns) || o->duration_ns <= 0)
				return usage("--duration: a positive duration with a unit");
		} else if (!strcmp(a, "--wcet-inflation")) {
			o->inflation = strtod(v, NULL);
			if (!(o->inflation >= 1 && o->inflation <= 4))
				return usage("--wcet-inflation: 1..4");
		} else if (!strcmp(a, "--dispatch-overhead")) {
			if (aegis_duration_parse(v, &o->overhead_ns))
				return usage("--dispatch-overhead: a duration with a unit");
		} else if (!strcmp(a, "--host-stall")) {
			if (aegis_duration_parse(v, &o->stall_ns))
				return usage("--host-stall: a duration with a unit");
		} else if (!strcmp(a, "--sweep-duration")) {
			if (aegis_duration_parse(v, &o->sweep_ns) || o->sweep_ns <= 0)
				return usage("--sweep-duration: a positive duration with a unit");
		} else if (!strcmp(a, "--time-scale")) {
			o->time_scale = strtod(v, NULL);
			if (!(o->time_scale >= 1 && o->time_scale <= 100))
				return usage("--time-scale: 1..100");
		} else if (!strcmp(a, "--sweep")) {
			o->sweep_points = (uint32_t)strtoul(v, NULL, 10);
			if (o->sweep_points == 1 || o->sweep_points > 32)
				return usage("--sweep: 0 or 2..32 points");
		} else if (!strcmp(a, "--rt-priority")) {
			o->rt_priority = atoi(v);
			if (o->rt_priority < 0 || o->rt_priority > 99)
				return usage("--rt-priority: 0..99");
		} else if (!strcmp(a, "--slots")) {
			o->slots = (uint32_t)strtoul(v, NULL, 10);
			if (!o->slots || o->slots > 64)
				return usage("--slots: 1..64");
		} else {
			return usage("unknown option");
		}
	}
	if (o->plan_pool_arg && o->plan_objective != AEGIS_PLAN_SLACK_RATIO) {
		int64_t ns;
		if (aegis_duration_parse(o->plan_pool_arg, &ns) || ns < 0)
			return usage("--plan-pool: with --plan-objective busy or burst, a duration "
				     "with a unit (500us)");
		o->plan_pool = (double)ns;
	} else if (o->plan_pool_arg) {
		char *end;
		o->plan_pool = strtod(o->plan_pool_arg, &end);
		if (end == o->plan_pool_arg || *end || !(o->plan_pool >= 0 && o->plan_pool <= 1))
			return usage("--plan-pool: 0..1");
	}
	return 0;
}

/* The planner's device: the SM cap of the workload's device profile (else the GPU's).
 * Sizes need no multiple of the GPU's granularity: below it the CUDA device makes
 * fine-grained partitions (co-scheduling ignored, as for the workload's own 4-SM lanes
 * under a 16-SM cap on sm_90), so any size the curves measured can be a lane. */
static int plan_device(const aegis_workload *w, struct opts *o)
{
	const aegis_runtime_config *rc = aegis_workload_runtime(w);
	const aegis_device_profile *dp = rc->device_profile
						 ? aegis_device_profile_find(rc->device_profile)
						 : NULL;
	o->dev = (aegis_plan_device){.total_sms = dp ? dp->sm_count : 0, .granularity_sms = 1,
				     .max_lanes = o->plan_max_lanes};
	if (strcmp(o->device, "sim") == 0)
		return 0;
	aegis_device_info d;
	char detail[256] = "";
	if (aegis_device_query(o->device, 0, &d, detail, sizeof detail) != AEGIS_OK)
		return 0; /* the runs say why */
	if (!o->dev.total_sms)
		o->dev.total_sms = d.sm_count;
	for (uint32_t k = 0; k < o->n_plan_sizes && !o->curves; k++) {
		uint32_t s = o->plan_sizes[k];
		if (s > o->dev.total_sms) {
			fprintf(stderr, "bench_scenario: --plan-sizes: %u SMs is more than the "
				"%u-SM cap\n", s, o->dev.total_sms);
			return 2;
		}
	}
	return 0;
}

/* The sweep's i-th load of n: 0.6 to 2.0 (the workload as written is 1). */
static double sweep_load(uint32_t i, uint32_t n)
{
	return 0.6 + 1.4 * i / (n - 1);
}

/* Which models the load scales by their kernel times, and which by their periods. */
static void print_load_rule(const aegis_workload *w)
{
	uint32_t n = aegis_workload_model_count(w), by_time = 0;
	for (uint32_t i = 0; i < n; i++)
		by_time += time_scalable(aegis_workload_model(w, i));
	if (by_time == n)
		printf("load: every kernel's time x load (1.00: the workload as written)\n");
	else if (by_time == 0)
		printf("load: no model's times can be scaled (real networks): periods, deadlines "
		       "and offsets / load instead (1.00: the workload as written)\n");
	else
		printf("load: the synthetic models' kernel times x load (%u of %u); the other %u "
		       "models' times cannot be scaled (real networks): their periods, deadlines "
		       "and offsets / load instead (1.00: the workload as written)\n", by_time, n,
		       n - by_time);
}

int main(int argc, char **argv)
{
	struct opts o;
	int rc = parse(argc, argv, &o);
	if (rc)
		return rc < 0 ? 0 : rc;
	aegis_workload *w;
	char err[256];
	if (aegis_workload_load(o.workload, &w, err, sizeof err) != AEGIS_OK) {
		fprintf(stderr, "bench_scenario: %s\n", err);
		return 2;
	}
	struct sc_run *runs = NULL, *sweep = NULL;
	struct sc_plan *plan = NULL;
	if (mkdir(o.out, 0755) && errno != EEXIST) {
		fprintf(stderr, "bench_scenario: cannot make %s: %s\n", o.out, strerror(errno));
		rc = 2;
		goto out;
	}
	if (o.wcet_profile && aegis_profile_load(o.wcet_profile, &o.curves, err, sizeof err)) {
		fprintf(stderr, "bench_scenario: --wcet-profile: %s\n", err);
		rc = 2;
		goto out;
	}
	/* before any device exists: threads the CUDA driver starts inherit the policy */
	char host[64] = "host: the default scheduling policy";
	if (o.rt_priority > 0) {
		struct sched_param sp = {.sched_priority = o.rt_priority};
		if (sched_setscheduler(0, SCHED_FIFO, &sp)) {
			fprintf(stderr, "bench_scenario: --rt-priority %d: %s\n", o.rt_priority,
				strerror(errno));
			rc = 2;
			goto out;
		}
		snprintf(host, sizeof host, "host: SCHED_FIFO priority %d", o.rt_priority);
	}
	if ((rc = plan_device(w, &o)))
		goto out;
	double base = max_lane_util(w, &o, 1.0);
	printf("bench_scenario: %s on %s, %u models, time scale %.2f, AegisRT's WCET inflation "
	       "%.2f, dispatch overhead %lld ns, host stall %lld ns; busiest lane at %.2f "
	       "utilisation (WCET / period); %s\n", o.workload, o.device,
	       aegis_workload_model_count(w), o.time_scale, o.inflation, (long long)o.overhead_ns,
	       (long long)o.stall_ns, base, host);
	print_load_rule(w);
	if (o.curves) {
		printf("aegis-plan: WCET curves from %s (at load 1.00; x load)\n", o.wcet_profile);
	} else if (strcmp(o.device, "sim") != 0) {
		printf("aegis-plan: WCET curves measured at each load on lanes of");
		for (uint32_t k = 0; k < o.n_plan_sizes; k++)
			printf("%s%u", k ? ", " : " ", o.plan_sizes[k]);
		printf(" SMs, %u jobs a point%s", o.plan_runs,
		       o.plan_neighbour ? ", beside a memory-bound neighbour too" : "");
		for (uint32_t k = 0; k < o.n_plan_shares; k++)
			printf("%s%u", k ? ", " : "; and on lanes sharing the partition, ",
			       o.plan_shares[k]);
		printf("\n");
	} else {
		printf("aegis-plan: no WCET curves (--wcet-profile): not run on sim\n");
	}
	printf("\n");
	const struct sc_mode *plan_mode = NULL;
	for (uint32_t k = 0; k < sc_n_modes; k++)
		if (sc_modes[k].lanes == SC_LANE_PLAN && wanted(&o, &sc_modes[k]))
			plan_mode = &sc_modes[k];
	runs = calloc(sc_n_modes, sizeof *runs);
	uint32_t n_sweep = o.sweep_points * sc_n_modes;
	sweep = calloc(n_sweep ? n_sweep : 1, sizeof *sweep);
	plan = calloc(1, sizeof *plan);
	if (!runs || !sweep || !plan) {
		rc = 1;
		goto out;
	}
	o.plan = plan;
	calibrate_reference(w, &o, 1.0);
	if (plan_mode)
		plan_load(w, &o, 1.0, plan);
	for (uint32_t k = 0; k < sc_n_modes; k++) {
		run_mode(&sc_modes[k], w, &o, 1.0, o.duration_ns, &runs[k]);
		sc_print_run(stdout, &runs[k]);
		if (&sc_modes[k] == plan_mode && plan->ok) {
			sc_plan_print(stdout, plan, w, true);
			printf("\n");
		}
		fflush(stdout);
	}
	sc_print_summary(stdout, runs, sc_n_modes);
	sc_print_versus(stdout, runs, sc_n_modes);
	/* the sweep: loads 0.6 to 2.0; an admission boundary is the lowest load at which
	 * AegisRT refuses a model: on the workload's 4 lanes (FP or EDF), and planned */
	double boundary = NAN, plan_boundary = NAN;
	for (uint32_t p = 0; p < o.sweep_points; p++) {
		double load = sweep_load(p, o.sweep_points);
		calibrate_reference(w, &o, load);
		if (plan_mode)
			plan_load(w, &o, load, plan);
		for (uint32_t k = 0; k < sc_n_modes; k++) {
			struct sc_run *r = &sweep[p * sc_n_modes + k];
			run_mode(&sc_modes[k], w, &o, load, o.sweep_ns, r);
			double *b = sc_modes[k].lanes == SC_LANE_FILE   ? &boundary
				    : sc_modes[k].lanes == SC_LANE_PLAN ? &plan_boundary
									: NULL;
			if (b && r->ok && r->admitted < r->n_models && (isnan(*b) || load < *b))
				*b = load;
		}
		printf("sweep %u/%u: load %.2f (busiest 4-SM lane at %.2f)\n", p + 1,
		       o.sweep_points, load, sweep[p * sc_n_modes].util);
		if (plan_mode && plan->ok)
			sc_plan_print(stdout, plan, w, false);
		else if (plan_mode && (o.curves || strcmp(o.device, "sim") != 0))
			printf("   aegis-plan: %s\n", plan->why);
		/* each set-up's result as soon as it ran: a run stopped later keeps these */
		for (uint32_t k = 0; k < sc_n_modes; k++) {
			const struct sc_run *r = &sweep[p * sc_n_modes + k];
			if (r->ok)
				printf("   %-12s admitted %u/%u, %" PRIu64 " jobs, %" PRIu64
				       " missed (%.4f %%), worst response %.2fx its deadline\n",
				       sc_modes[k].name, r->admitted, r->n_models, r->jobs,
				       r->missed, 100.0 * r->miss_ratio, r->worst_ratio);
		}
		fflush(stdout);
	}
	if (o.sweep_points) {
		printf("\nload sweep (load as above; util: the busiest of the workload's 4-SM "
		       "lanes; miss ratio; worst response / deadline; models admitted):\n");
		printf("%-6s %5s", "load", "util");
		for (uint32_t k = 0; k < sc_n_modes; k++)
			printf(" %24s", sc_modes[k].name);
		printf("\n");
		for (uint32_t p = 0; p < o.sweep_points; p++) {
			printf("%-6.2f %5.2f", sweep[p * sc_n_modes].load, sweep[p * sc_n_modes].util);
			for (uint32_t k = 0; k < sc_n_modes; k++) {
				const struct sc_run *r = &sweep[p * sc_n_modes + k];
				if (r->ok)
					printf("   %7.4f %6.2f %2u/%-2u", r->miss_ratio, r->worst_ratio,
					       r->admitted, r->n_models);
				else
					printf(" %24s", "-");
			}
			printf("\n");
		}
		uint32_t file_ran = 0, plan_ran = 0;
		for (uint32_t k = 0; k < n_sweep; k++) {
			file_ran += sweep[k].ok && sweep[k].mode->lanes == SC_LANE_FILE;
			plan_ran += sweep[k].ok && sweep[k].mode == plan_mode;
		}
		if (!file_ran)
			printf("admission boundary: AegisRT (4 lanes) did not run\n");
		else if (isnan(boundary))
			printf("admission boundary: AegisRT (4 lanes) admitted every model at every "
			       "load\n");
		else
			printf("admission boundary: AegisRT (4 lanes) first refuses a model at load "
			       "%.2f\n", boundary);
		if (plan_mode && !plan_ran)
			printf("admission boundary: aegis-plan did not run\n");
		else if (plan_mode && isnan(plan_boundary))
			printf("admission boundary: aegis-plan admitted every model at every load it "
			       "ran\n");
		else if (plan_mode)
			printf("admission boundary: aegis-plan first refuses a model at load %.2f\n",
			       plan_boundary);
		sc_print_sweep_verdict(stdout, sweep, sc_n_modes, o.sweep_points);
	}
	rc = sc_write_csv(o.out, runs, sc_n_modes, sweep, n_sweep) ||
	     sc_write_html(o.out, o.device, o.workload, runs, sc_n_modes, sweep, n_sweep,
			   o.sweep_points, boundary, plan_boundary);
	printf("\nwritten: %s/scenario.csv, summary.csv, sweep.csv, scenario.html\n", o.out);
out:
	free(plan);
	free(runs);
	free(sweep);
	aegis_profile_destroy(o.curves);
	aegis_workload_destroy(w);
	return rc;
}
