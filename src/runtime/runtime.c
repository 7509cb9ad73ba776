/* The public runtime object: owns the device, the execution contexts and the
 * dispatcher; validates every call before the dispatcher sees it; keeps the
 * last-error detail. Must not make per-job decisions (sched/dispatcher.c does). */
#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/device.h"
#include "aegis/runtime.h"
#include "aegis/size.h"
#include "aegis/time.h"
#include "context/context.h"
#include "device/device.h"
#include "memory/plan.h"
#include "runtime/runtime_internal.h"
#include "sched/dispatcher.h"
#include "sched/policy.h"

struct aegis_runtime {
	aegis_runtime_config cfg;
	char *device_name;
	char *profile_name;
	struct device *dev;
	struct dispatcher d;
	struct mem_plan mem;
	struct mem_guard guard; /* guard mode only: the pool's host bytes */
	uint64_t mem_budget; /* 0: no budget, the plan is only reported */
	uint32_t cap_models;
	char last_error[256];
	/* The latest refused admissions (a ring of RUNTIME_REFUSALS), for the decision log. */
	struct runtime_refusal refused[RUNTIME_REFUSALS];
	uint64_t n_refused;
};

static aegis_status set_error(aegis_runtime *rt, aegis_status st, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* How far a segment may run past its share on the real clock before it is an
 * overrun (aegis_runtime_config.overrun_slack_ns): above the p99 of launch to observed
 * completion measured on the H100/H200 (13-18 us, bench_gpu). */
#define RUNTIME_REAL_CLOCK_SLACK_NS 50000

/* A pool without a budget: offsets only, large enough never to refuse. */
#define MEM_UNLIMITED (UINT64_C(1) << 50)


static aegis_status set_error(aegis_runtime *rt, aegis_status st, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(rt->last_error, sizeof rt->last_error, fmt, ap);
	va_end(ap);
	return st;
}

static void clear_error(aegis_runtime *rt)
{
	rt->last_error[0] = '\0';
}

const char *aegis_preemption_name(aegis_preemption p)
{
	switch (p) {
	case AEGIS_PREEMPT_NONE: return "none";
	case AEGIS_PREEMPT_POINTS: return "points";
	}
	return "unknown";
}

const char *aegis_priority_rule_name(aegis_priority_rule r)
{
	switch (r) {
	case AEGIS_PRIO_EXPLICIT: return "explicit";
	case AEGIS_PRIO_RM: return "rm";
	case AEGIS_PRIO_DM: return "dm";
	}
	return "unknown";
}

static aegis_status check_runtime_config(const aegis_runtime_config *cfg, char *detail,
					 size_t len)
{
	if (!policy_get(cfg->policy)) {
		snprintf(detail, len, "unknown policy %d", (int)cfg->policy);
		return AEGIS_E_CONFIG;
	}
	if (cfg->preemption != AEGIS_PREEMPT_NONE && cfg->preemption != AEGIS_PREEMPT_POINTS) {
		snprintf(detail, len, "unknown preemption mode %d", (int)cfg->preemption);
		return AEGIS_E_CONFIG;
	}
	if (cfg->priorities != AEGIS_PRIO_EXPLICIT && cfg->priorities != AEGIS_PRIO_RM &&
	    cfg->priorities != AEGIS_PRIO_DM) {
		snprintf(detail, len, "unknown priority rule %d", (int)cfg->priorities);
		return AEGIS_E_CONFIG;
	}
	if (cfg->admission != AEGIS_ADMIT_ANALYSIS && cfg->admission != AEGIS_ADMIT_OFF) {
		snprintf(detail, len, "unknown admission mode %d", (int)cfg->admission);
		return AEGIS_E_CONFIG;
	}
	if (cfg->dispatch_overhead_ns < 0) {
		snprintf(detail, len, "dispatch overhead must be >= 0");
		return AEGIS_E_CONFIG;
	}
	if (cfg->host_stall_ns < 0) {
		snprintf(detail, len, "host stall must be >= 0");
		return AEGIS_E_CONFIG;
	}
	if (cfg->lanes > AEGIS_MAX_LANES) {
		snprintf(detail, len, "%u lanes requested; at most %u", cfg->lanes,
			 AEGIS_MAX_LANES);
		return AEGIS_E_CONFIG;
	}
	if (cfg->lane_sharing != AEGIS_LANES_ISOLATED && cfg->lane_sharing != AEGIS_LANES_SHARED &&
	    cfg->lane_sharing != AEGIS_LANES_SHARED_PRIORITY) {
		snprintf(detail, len, "unknown lane sharing %d", (int)cfg->lane_sharing);
		return AEGIS_E_CONFIG;
	}
	if (cfg->lane_sharing != AEGIS_LANES_ISOLATED && cfg->admission == AEGIS_ADMIT_ANALYSIS) {
		/* the analysis assumes a lane runs one job at a time, alone */
		snprintf(detail, len, "shared lanes (a comparison mode) have no schedulability "
			 "analysis: create the runtime with admission off");
		return AEGIS_E_CONFIG;
	}
	if (!device_find(cfg->device)) {
		snprintf(detail, len, "unknown device '%s' (expected: sim%s)", cfg->device,
			 device_find("cuda") ? " or cuda" : "; cuda needs a build with CUDA");
		return AEGIS_E_CONFIG;
	}
	if (cfg->device_profile && !aegis_device_profile_find(cfg->device_profile)) {
		snprintf(detail, len, "unknown device profile '%s' (expected: orin-agx-8g or "
			 "orin-nano-8g)", cfg->device_profile);
		return AEGIS_E_CONFIG;
	}
	return AEGIS_OK;
}

/* Every region the plan hands out or takes back is a trace event. */
static void trace_memory(void *user, bool alloc, int kind, uint32_t model, uint32_t lane,
			 uint64_t offset, uint64_t size)
{
	aegis_runtime *rt = user;
	trace_record_mem(&rt->d.trace, aegis_runtime_now_ns(rt), alloc, kind,
			 model == UINT32_MAX ? AEGIS_NO_MODEL : model, lane, offset, size);
}

aegis_status aegis_runtime_create(const aegis_runtime_config *cfg, aegis_runtime **out,
				  char *detail, size_t detail_len)
{
	char scratch[8];
	if (!detail || detail_len == 0) {
		detail = scratch;
		detail_len = sizeof scratch;
	}
	detail[0] = '\0';
	if (!cfg || !out)
		return AEGIS_E_INVAL;
	*out = NULL;
	aegis_status st = check_runtime_config(cfg, detail, detail_len);
	if (st != AEGIS_OK)
		return st;

	st = AEGIS_E_NOMEM;
	aegis_runtime *rt = calloc(1, sizeof *rt);
	if (!rt)
		goto fail_rt;
	rt->cfg = *cfg;
	rt->cfg.lanes = cfg->lanes ? cfg->lanes : 1;
	rt->device_name = strdup(cfg->device ? cfg->device : "sim");
	if (!rt->device_name)
		goto fail_name;
	rt->cfg.device = rt->device_name;
	const aegis_device_profile *prof = aegis_device_profile_find(cfg->device_profile);
	if (prof && !(rt->profile_name = strdup(prof->name)))
		goto fail_profile;
	rt->cfg.device_profile = rt->profile_name;

	const struct device_ops *dops = device_find(rt->device_name);
	struct device_config dcfg = {
		.lanes = rt->cfg.lanes,
		.ordinal = rt->cfg.device_ordinal,
		.profile = rt->profile_name,
		.sm_limit = prof ? prof->sm_count : 0,
		.memory_budget_bytes = prof ? prof->memory_budget_bytes : 0,
		.lane_mode = cfg->lane_sharing == AEGIS_LANES_SHARED ? DEVICE_LANES_SHARED
			     : cfg->lane_sharing == AEGIS_LANES_SHARED_PRIORITY
				     ? DEVICE_LANES_SHARED_PRIORITY
				     : DEVICE_LANES_AUTO,
		.shared_slots = cfg->shared_slots,
	};
	if ((st = dops->create(&dcfg, &rt->dev, detail, detail_len)) != AEGIS_OK)
		goto fail_dev;

	struct dispatcher *d = &rt->d;
	d->dev = rt->dev;
	d->policy = policy_get(rt->cfg.policy);
	d->preemption = rt->cfg.preemption;
	d->n_lanes = rt->cfg.lanes;
	st = AEGIS_E_NOMEM;
	d->lanes = calloc(d->n_lanes, sizeof *d->lanes);
	if (!d->lanes)
		goto fail_lanes;
	/* The trace ring: on the real clock a drain thread feeds the sink, so recording
	 * never waits for it; on virtual time the dispatcher drains it itself. */
	aegis_device_info di = {0};
	if (dops->info)
		dops->info(rt->dev, &di);
	d->next_recover_ns = INT64_MAX;
	d->overrun_slack_ns = rt->cfg.overrun_slack_ns > 0 ? rt->cfg.overrun_slack_ns
			      : di.real_time		    ? RUNTIME_REAL_CLOCK_SLACK_NS
							    : 0;
	if ((st = trace_buf_init(&d->trace, rt->cfg.trace, rt->cfg.trace_ring_events,
				 di.real_time)) != AEGIS_OK) {
		snprintf(detail, detail_len, "trace ring of %u events: %s",
			 rt->cfg.trace_ring_events, aegis_status_str(st));
		goto fail_trace;
	}

	/* The memory pool: the configured budget, else the profile's; without either the
	 * plan runs over a practically unlimited range of offsets and refuses nothing. */
	rt->mem_budget = cfg->memory_budget_bytes ? cfg->memory_budget_bytes
						  : prof ? prof->memory_budget_bytes : 0;
	if ((st = mem_plan_init(&rt->mem, rt->mem_budget ? rt->mem_budget : MEM_UNLIMITED,
				d->n_lanes, AEGIS_MAX_MODELS)) != AEGIS_OK) {
		snprintf(detail, detail_len, "memory budget of %llu bytes: %s",
			 (unsigned long long)rt->mem_budget, aegis_status_str(st));
		goto fail_mem;
	}
	if (cfg->memory_guard) {
		st = AEGIS_E_CONFIG;
		if (strcmp(rt->device_name, "sim") != 0 || rt->mem_budget == 0 ||
		    rt->mem_budget > GUARD_MAX_POOL_BYTES) {
			snprintf(detail, detail_len, "memory_guard needs the sim device and a memory "
				 "budget of 1 byte..1GiB (the pool is backed by host memory); got "
				 "device '%s', budget %llu bytes", rt->device_name,
				 (unsigned long long)rt->mem_budget);
			goto fail_guard;
		}
		if ((st = guard_init(&rt->guard, rt->mem.pool.size)) != AEGIS_OK) {
			snprintf(detail, detail_len, "memory_guard: no host memory for %llu bytes",
				 (unsigned long long)rt->mem.pool.size);
			goto fail_guard;
		}
		rt->mem.guard = &rt->guard;
	}
	if (rt->mem_budget && rt->dev->ops->mem_pool &&
	    (st = rt->dev->ops->mem_pool(rt->dev, rt->mem_budget)) != AEGIS_OK) {
		snprintf(detail, detail_len, "device memory pool of %llu MiB: %s",
			 (unsigned long long)(rt->mem_budget >> 20),
			 rt->dev->ops->last_error ? rt->dev->ops->last_error(rt->dev)
						  : aegis_status_str(st));
		goto fail_pool;
	}
	d->mem_base = rt->dev->ops->mem_base ? rt->dev->ops->mem_base(rt->dev) : 0;
	rt->mem.on_event = trace_memory;
	rt->mem.event_user = rt;
	d->mem = &rt->mem;
	*out = rt;
	return AEGIS_OK;

fail_pool:
	guard_deinit(&rt->guard);
fail_guard:
	mem_plan_deinit(&rt->mem);
fail_mem:
	trace_buf_deinit(&d->trace);
fail_trace:
	free(d->lanes);
fail_lanes:
	dops->destroy(rt->dev);
fail_dev:
	free(rt->profile_name);
fail_profile:
	free(rt->device_name);
fail_name:
	free(rt);
fail_rt:
	return st;
}

void aegis_runtime_destroy(aegis_runtime *rt)
{
	if (!rt)
		return;
	dispatcher_stop(&rt->d); /* completes every accepted request */
	struct dispatcher *d = &rt->d;
	trace_buf_deinit(&d->trace);
	for (uint32_t i = 0; i < d->n_models; i++)
		context_destroy(d->models[i]);
	for (uint32_t i = 0; i < d->n_lanes; i++)
		free(d->lanes[i].ready.e);
	free(d->lanes);
	free(d->releases.e);
	free(d->models);
	if (rt->mem.guard) {
		/* destroy cannot return a status: guard mode is for tests, so say it here */
		uint32_t broken = mem_plan_guard_check(&rt->mem);
		if (broken)
			fprintf(stderr, "aegis: memory guard: %u region(s) with a broken canary at "
				"destroy\n", broken);
	}
	mem_plan_deinit(&rt->mem);
	guard_deinit(&rt->guard);
	rt->dev->ops->destroy(rt->dev); /* frees the pool */
	free(rt->profile_name);
	free(rt->device_name);
	free(rt);
}

static double lane_utilisation(const aegis_runtime *rt, uint32_t lane)
{
	double u = 0;
	for (uint32_t i = 0; i < rt->d.n_models; i++) {
		const struct exec_context *m = rt->d.models[i];
		if (m->lane == lane && !context_gone(m))
			u += (double)m->task.wcet_ns / (double)m->task.period_ns;
	}
	return u;
}

/* Analyses `lane` with the admitted models plus `add` (last, so that equal FP keys
 * rank it below the older ones, as the dispatcher does). Pure. On failure writes the
 * evidence into rt->last_error. */
static aegis_status analyse_lane(aegis_runtime *rt, uint32_t lane, const struct exec_context *add,
				 aegis_analysis_kind kind, bool *ok, aegis_task_result *mine)
{
	uint32_t n = 0;
	aegis_task *t = malloc((rt->d.n_models + 1) * sizeof *t);
	aegis_task_result *r = malloc((rt->d.n_models + 1) * sizeof *r);
	aegis_status st = AEGIS_E_NOMEM;
	if (!t || !r)
		goto out;
	for (uint32_t i = 0; i < rt->d.n_models; i++)
		if (rt->d.models[i]->lane == lane && !context_gone(rt->d.models[i]))
			t[n++] = rt->d.models[i]->task; /* a draining model still counts */
	t[n++] = add->task;
	aegis_analysis_result res;
	if ((st = aegis_analyse(kind, t, n, &res, r)) != AEGIS_OK) {
		set_error(rt, st, "model '%s': the analysis failed: %s", add->name,
			  aegis_status_str(st));
		goto out;
	}
	*ok = res.schedulable;
	*mine = r[n - 1];
	if (!res.schedulable) {
		char a[32], b[32], c[32];
		uint32_t f = res.failing_task;
		const char *who = f < n && t[f].name ? t[f].name : "?";
		if (kind == AEGIS_AN_FP_NP || kind == AEGIS_AN_FP_LP)
			set_error(rt, AEGIS_E_UNSCHEDULABLE,
				  "model '%s' on lane %u: '%s' would miss its deadline %s: "
				  "response-time bound %s, over by %s (%s)",
				  add->name, lane, who, aegis_duration_format(t[f].deadline_ns, a, sizeof a),
				  aegis_duration_format(t[f].deadline_ns + res.excess_ns, b, sizeof b),
				  aegis_duration_format(res.excess_ns, c, sizeof c),
				  aegis_analysis_kind_name(kind));
		else if (res.check_point_ns >= 0)
			set_error(rt, AEGIS_E_UNSCHEDULABLE,
				  "model '%s' on lane %u: demand %s + blocking %s exceeds the window "
				  "%s at a deadline of '%s' (%s)",
				  add->name, lane, aegis_duration_format(res.demand_ns, a, sizeof a),
				  aegis_duration_format(res.blocking_ns, b, sizeof b),
				  aegis_duration_format(res.check_point_ns, c, sizeof c), who,
				  aegis_analysis_kind_name(kind));
		else
			set_error(rt, AEGIS_E_UNSCHEDULABLE, "model '%s' on lane %u: %s (%s)",
				  add->name, lane, res.reason, aegis_analysis_kind_name(kind));
	}
out:
	free(t);
	free(r);
	return st;
}

/* Step 2 of admission: the lane. An explicit lane must pass the analysis; an
 * automatic one is the least utilised lane that passes (ties: lowest index). With
 * admission off, the least utilised lane. */
static aegis_status choose_lane(aegis_runtime *rt, const aegis_model_config *cfg,
				const struct exec_context *m, uint32_t *lane, aegis_task_result *ev)
{
	aegis_analysis_kind kind;
	bool analyse = rt->cfg.admission == AEGIS_ADMIT_ANALYSIS;
	if (analyse && aegis_policy_analysis(rt->cfg.policy, rt->cfg.preemption, &kind) != AEGIS_OK)
		return set_error(rt, AEGIS_E_UNSUPPORTED,
				 "model '%s': policy %s has no schedulability analysis; create the "
				 "runtime with admission off to run it unanalysed", cfg->name,
				 aegis_policy_name(rt->cfg.policy));
	if (cfg->lane != AEGIS_LANE_AUTO) {
		*lane = (uint32_t)cfg->lane;
		if (!analyse)
			return AEGIS_OK;
		bool ok;
		aegis_status st = analyse_lane(rt, *lane, m, kind, &ok, ev);
		if (st != AEGIS_OK)
			return st;
		return ok ? AEGIS_OK : AEGIS_E_UNSCHEDULABLE;
	}
	int64_t best = -1;
	double best_u = 0;
	char first_error[sizeof rt->last_error] = "";
	for (uint32_t l = 0; l < rt->d.n_lanes; l++) {
		double u = lane_utilisation(rt, l);
		if (best >= 0 && u >= best_u)
			continue;
		aegis_task_result r = {.bound_ns = -1, .slack_ns = INT64_MIN};
		if (analyse) {
			bool ok;
			aegis_status st = analyse_lane(rt, l, m, kind, &ok, &r);
			if (st != AEGIS_OK)
				return st;
			if (!ok) {
				if (!first_error[0])
					memcpy(first_error, rt->last_error, sizeof first_error);
				continue;
			}
		}
		best = l;
		best_u = u;
		*ev = r;
	}
	if (best < 0) {
		return set_error(rt, AEGIS_E_UNSCHEDULABLE, "no lane can take it; on the first: %s",
				 first_error);
	}
	clear_error(rt);
	*lane = (uint32_t)best;
	return AEGIS_OK;
}

/* The memory step of admission: the model's regions and, if needed, a larger arena
 * for its lane. All or nothing; the refusal carries the numbers. */
static aegis_status reserve_memory(aegis_runtime *rt, const struct exec_context *m,
				   uint32_t lane)
{
	struct mem_req req = {.persistent = m->reqs.persistent_bytes,
			      .transient = m->reqs.transient_bytes,
			      .io = m->reqs.io_bytes,
			      .align = m->reqs.align};
	struct mem_shortfall why;
	aegis_status st = mem_plan_reserve(&rt->mem, m->index, lane, &req, &why);
	if (st == AEGIS_OK)
		return AEGIS_OK;
	char a[32], b[32], c[32], e[32], f[32];
	const char *largest = why.largest_transient_model == m->index
				      ? m->name
				      : rt->d.models[why.largest_transient_model]->name;
	return set_error(rt, st,
			 "model '%s' on lane %u: its memory does not fit the budget of %s: it "
			 "needs %s, %s is free (largest free block %s); the largest transient "
			 "user of the lane is '%s' (%s)",
			 m->name, lane, aegis_size_format(rt->mem_budget, a, sizeof a),
			 aegis_size_format(why.needed, b, sizeof b),
			 aegis_size_format(why.free, c, sizeof c),
			 aegis_size_format(why.largest_free, e, sizeof e), largest,
			 aegis_size_format(why.largest_transient, f, sizeof f));
}

/* The time budget of m's jobs (aegis/fault.h): segment k may run its analysed share
 * without the overrun budget (WCET + dispatch overhead) plus the clock's slack; the
 * job may run the sum of those plus the overrun budget before it is a breach. */
static void set_budgets(aegis_runtime *rt, struct exec_context *m)
{
	int64_t b = m->cfg.faults.overrun_budget_ns, sum = 0;
	if (rt->cfg.lane_sharing != AEGIS_LANES_ISOLATED) {
		/* shared lanes (comparisons): a job's time depends on its neighbours by
		 * construction, nothing bounds it, so nothing is an overrun */
		for (uint32_t k = 0; k < m->task.n_segments; k++)
			m->budget_seg[k] = INT64_MAX / 4;
		m->budget_breach_ns = INT64_MAX / 4;
		return;
	}
	for (uint32_t k = 0; k < m->task.n_segments; k++) {
		m->budget_seg[k] = m->task_seg[k] - b + rt->d.overrun_slack_ns;
		sum += m->task_seg[k] - b; /* <= C: no overflow */
	}
	m->budget_breach_ns = sum + b + rt->d.overrun_slack_ns;
}

/* The backend readies the model on its lane (the synthetic backend calibrates its
 * kernels there), with its regions as a job will see them. Only on an idle lane: a
 * busy one is prepared by the model's first job. Its memory is reserved already. */
static aegis_status prepare_one(aegis_runtime *rt, struct exec_context *m, uint32_t lane)
{
	struct backend_mem mem;
	dispatcher_backend_mem(&rt->d, m, lane, &mem);
	char detail[256] = "";
	aegis_status st = backend_prepare(m->backend, m->backend_state, rt->dev, lane, &mem,
					  detail, sizeof detail);
	if (st != AEGIS_OK)
		return set_error(rt, st, "model '%s' on lane %u: backend %s: %s", m->name, lane,
				 m->backend->name,
				 detail[0] ? detail
				 : rt->dev->ops->last_error ? rt->dev->ops->last_error(rt->dev)
							    : aegis_status_str(st));
	return AEGIS_OK;
}

/* An idle lane adopts its pending arena. If the arena moved, the lane's models are
 * readied again for it now, not by their first job: onnx-cudnn captured its CUDA graphs
 * for the old addresses, and on the H200 the first job of each such model re-captured
 * them and breached its budget. (An arena that moves while the runtime runs, after an
 * eviction, is adopted by the dispatcher: those models re-capture in their next job.) */
static aegis_status adopt_arena(aegis_runtime *rt, uint32_t lane)
{
	if (rt->d.lanes[lane].running || !rt->mem.arena)
		return AEGIS_OK;
	uint64_t was = rt->mem.arena[lane].cur.offset;
	mem_plan_lane_idle(&rt->mem, lane);
	aegis_status st = AEGIS_OK;
	for (uint32_t i = 0; st == AEGIS_OK && rt->mem.arena[lane].cur.offset != was &&
			     i < rt->d.n_models; i++) {
		struct exec_context *o = rt->d.models[i];
		if (o->lane == lane && !o->evicted && o->backend->prepare)
			st = prepare_one(rt, o, lane);
	}
	return st;
}

static aegis_status prepare_model(aegis_runtime *rt, struct exec_context *m, uint32_t lane)
{
	if (m->reqs.device_memory && rt->dev->ops->mem_base && !rt->d.mem_base)
		return set_error(rt, AEGIS_E_CONFIG,
				 "model '%s': backend %s needs device memory, and the runtime has "
				 "no memory pool: give it a memory budget (runtime memory_budget, "
				 "or a device profile)", m->name, m->backend->name);
	if (rt->d.lanes[lane].running)
		return AEGIS_OK; /* its first job prepares it */
	/* the arena m's jobs will use, with the lane's other models readied for it */
	aegis_status st = adopt_arena(rt, lane);
	if (st == AEGIS_OK && m->backend->prepare)
		st = prepare_one(rt, m, lane);
	return st;
}

/* Grows every array that the new model needs, so that the commit cannot fail. */
static aegis_status reserve(aegis_runtime *rt, uint32_t lane)
{
	struct dispatcher *d = &rt->d;
	if (d->n_models == rt->cap_models) {
		uint32_t cap = rt->cap_models ? rt->cap_models * 2 : 16;
		struct exec_context **mm = realloc(d->models, cap * sizeof *mm);
		if (!mm)
			return AEGIS_E_NOMEM;
		d->models = mm;
		struct heap_entry *re = realloc(d->releases.e, cap * sizeof *re);
		if (!re)
			return AEGIS_E_NOMEM;
		d->releases.e = re;
		d->releases.cap = cap;
		rt->cap_models = cap;
	}
	struct lane *l = &d->lanes[lane];
	if (l->n_models == l->ready.cap) {
		uint32_t cap = l->ready.cap ? l->ready.cap * 2 : 8;
		struct heap_entry *e = realloc(l->ready.e, cap * sizeof *e);
		if (!e)
			return AEGIS_E_NOMEM;
		l->ready.e = e;
		l->ready.cap = cap;
	}
	return AEGIS_OK;
}

/* The ADMIT event of an admission (aegis/trace.h) and, for a refusal, its record. */
static void trace_admission(aegis_runtime *rt, const struct exec_context *m, aegis_status st,
			    uint32_t lane, const aegis_task_result *ev)
{
	uint32_t on_lane = 0;
	for (uint32_t i = 0; lane != AEGIS_NO_LANE && i < rt->d.n_models; i++)
		on_lane += rt->d.models[i]->lane == lane && !context_gone(rt->d.models[i]);
	aegis_trace_event e = {
		.t_ns = aegis_runtime_now_ns(rt),
		.kind = AEGIS_EV_ADMIT,
		.status = (int32_t)st,
		.model = st == AEGIS_OK ? m->index : AEGIS_NO_MODEL,
		.lane = lane,
		.arg = st == AEGIS_OK ? ev->bound_ns : -1,
		.arg2 = st == AEGIS_OK ? ev->slack_ns : INT64_MIN,
		.arg3 = m->deadline_ns,
		.count = on_lane + (st != AEGIS_OK && lane != AEGIS_NO_LANE),
	};
	if (st != AEGIS_OK) {
		struct runtime_refusal *r = &rt->refused[rt->n_refused % RUNTIME_REFUSALS];
		*r = (struct runtime_refusal){.seq = rt->n_refused, .status = st, .lane = lane,
					       .t_ns = e.t_ns};
		snprintf(r->name, sizeof r->name, "%s", m->name);
		snprintf(r->reason, sizeof r->reason, "%s", rt->last_error);
		e.job = rt->n_refused++;
	}
	trace_record_event(&rt->d.trace, &e);
}

aegis_status aegis_model_admit(aegis_runtime *rt, const aegis_model_config *cfg,
			       aegis_model_id *out)
{
	if (!rt)
		return AEGIS_E_INVAL;
	clear_error(rt);
	if (!cfg)
		return set_error(rt, AEGIS_E_INVAL, "no model config");
	if (rt->d.fatal)
		return set_error(rt, rt->d.fatal, "model '%s': the runtime stopped on a fatal "
				 "error: %s", cfg->name ? cfg->name : "?",
				 aegis_status_str(rt->d.fatal));
	if (rt->d.state != DISPATCHER_RUNNING)
		return set_error(rt, AEGIS_E_STATE, "model '%s': the runtime is stopped",
				 cfg->name ? cfg->name : "?");
	/* 1. validate (pure) */
	aegis_status st = aegis_model_config_validate(cfg, rt->d.n_lanes, rt->last_error,
						      sizeof rt->last_error);
	if (st != AEGIS_OK)
		return st;
	aegis_model_id existing;
	if (aegis_model_find(rt, cfg->name, &existing) == AEGIS_OK)
		return set_error(rt, AEGIS_E_EXISTS, "model '%s' exists already", cfg->name);
	if (rt->d.n_models == AEGIS_MAX_MODELS)
		return set_error(rt, AEGIS_E_LIMIT, "model '%s': the runtime holds %u models already",
				 cfg->name, AEGIS_MAX_MODELS);
	if (cfg->release == AEGIS_RELEASE_PERIODIC &&
	    aegis_runtime_now_ns(rt) > INT64_MAX - cfg->offset_ns - cfg->period_ns)
		return set_error(rt, AEGIS_E_OVERFLOW, "model '%s': offset overflows time",
				 cfg->name);

	/* 2. build the context and analyse (nothing shared is touched yet) */
	struct exec_context *m;
	st = context_create(cfg, rt->d.n_models, 0, rt->cfg.seed, &m, rt->last_error,
			    sizeof rt->last_error);
	if (st != AEGIS_OK)
		return st;
	/* the context's backend described the model already: its task from that */
	st = model_task_of(cfg, &m->reqs, rt->cfg.priorities, rt->cfg.dispatch_overhead_ns,
			   &m->task, m->task_seg);
	if (st != AEGIS_OK) {
		set_error(rt, st, "model '%s': its execution time overflows", cfg->name);
		goto fail;
	}
	/* the stall is the analysis' business: without admission nothing is charged */
	if (rt->cfg.admission == AEGIS_ADMIT_ANALYSIS &&
	    (st = aegis_task_add_host_stall(&m->task, rt->cfg.host_stall_ns)) != AEGIS_OK) {
		char a[32], b[32], c[32];
		set_error(rt, st, "model '%s': its release jitter %s plus the host stall %s reaches "
			  "its period %s", cfg->name,
			  aegis_duration_format(cfg->jitter_ns, a, sizeof a),
			  aegis_duration_format(rt->cfg.host_stall_ns, b, sizeof b),
			  aegis_duration_format(cfg->period_ns, c, sizeof c));
		goto fail;
	}
	m->task.name = m->name;
	m->prio_key = m->task.prio;
	set_budgets(rt, m);
	uint32_t lane = cfg->lane != AEGIS_LANE_AUTO ? (uint32_t)cfg->lane : AEGIS_NO_LANE;
	aegis_task_result ev = {.bound_ns = -1, .slack_ns = INT64_MIN};
	if ((st = choose_lane(rt, cfg, m, &lane, &ev)) != AEGIS_OK)
		goto refused;
	m->lane = lane;
	if ((st = reserve(rt, lane)) != AEGIS_OK) {
		set_error(rt, st, "model '%s': out of memory", cfg->name);
		goto fail;
	}
	if ((st = reserve_memory(rt, m, lane)) != AEGIS_OK)
		goto refused;
	if ((st = prepare_model(rt, m, lane)) != AEGIS_OK) {
		mem_plan_release(&rt->mem, m->index);
		goto refused;
	}

	/* 3. commit: cannot fail */
	rt->d.models[rt->d.n_models++] = m;
	rt->d.lanes[lane].n_models++;
	if (cfg->release == AEGIS_RELEASE_PERIODIC)
		dispatcher_add_periodic(&rt->d, m);
	trace_admission(rt, m, AEGIS_OK, lane, &ev);
	if (out)
		*out = m->index;
	return AEGIS_OK;
refused:
	trace_admission(rt, m, st, lane, &ev);
fail:
	context_destroy(m);
	return st;
}

aegis_status aegis_model_find(const aegis_runtime *rt, const char *name, aegis_model_id *out)
{
	if (!rt || !name)
		return AEGIS_E_INVAL;
	for (uint32_t i = 0; i < rt->d.n_models; i++) {
		if (!context_gone(rt->d.models[i]) && strcmp(rt->d.models[i]->name, name) == 0) {
			if (out)
				*out = i;
			return AEGIS_OK;
		}
	}
	return AEGIS_E_NOT_FOUND;
}

uint32_t aegis_runtime_model_count(const aegis_runtime *rt)
{
	return rt ? rt->d.n_models : 0;
}

const char *aegis_model_name(const aegis_runtime *rt, aegis_model_id id)
{
	return rt && id < rt->d.n_models ? rt->d.models[id]->name : NULL;
}

aegis_status aegis_model_evict(aegis_runtime *rt, aegis_model_id id)
{
	if (!rt)
		return AEGIS_E_INVAL;
	clear_error(rt);
	if (id >= rt->d.n_models || rt->d.models[id]->evicted)
		return set_error(rt, AEGIS_E_NOT_FOUND, "no admitted model with id %u", id);
	dispatcher_evict(&rt->d, rt->d.models[id]);
	return AEGIS_OK;
}

aegis_status aegis_request_submit(aegis_runtime *rt, aegis_model_id id, const aegis_request *req)
{
	if (!rt)
		return AEGIS_E_INVAL;
	clear_error(rt);
	if (id >= rt->d.n_models)
		return set_error(rt, AEGIS_E_NOT_FOUND, "no model with id %u", id);
	struct exec_context *m = rt->d.models[id];
	if (!req)
		return set_error(rt, AEGIS_E_INVAL, "model '%s': no request", m->name);
	if (rt->d.fatal)
		return set_error(rt, rt->d.fatal, "model '%s': the runtime stopped on a fatal "
				 "error: %s", m->name, aegis_status_str(rt->d.fatal));
	if (rt->d.state != DISPATCHER_RUNNING || rt->d.stop_requested)
		return set_error(rt, AEGIS_E_STATE, "model '%s': the runtime is stopping",
				 m->name);
	if (m->evicted)
		return set_error(rt, AEGIS_E_STATE, "model '%s' was evicted", m->name);
	if (m->cfg.release != AEGIS_RELEASE_SPORADIC)
		return set_error(rt, AEGIS_E_INVAL,
				 "model '%s' is periodic: the runtime releases its jobs", m->name);
	int64_t t = aegis_runtime_now_ns(rt);
	if (t > INT64_MAX - m->deadline_ns)
		return set_error(rt, AEGIS_E_OVERFLOW, "model '%s': deadline overflows time",
				 m->name);
	if (m->last_arrival_ns != INT64_MIN && t - m->last_arrival_ns < m->cfg.period_ns) {
		char gap[32], min[32];
		m->n.released++;
		m->n.rejected_interarrival++;
		trace_record(&rt->d.trace, AEGIS_EV_REJECT, t, m->index, AEGIS_NO_LANE,
			     m->next_seq++, 0, AEGIS_E_INTERARRIVAL, 0);
		return set_error(rt, AEGIS_E_INTERARRIVAL,
				 "model '%s': %s since the last release, minimum %s", m->name,
				 aegis_duration_format(t - m->last_arrival_ns, gap, sizeof gap),
				 aegis_duration_format(m->cfg.period_ns, min, sizeof min));
	}
	aegis_status st = dispatcher_release(&rt->d, m, t, req->done, req->user);
	if (st == AEGIS_OK) {
		m->last_arrival_ns = t;
		return AEGIS_OK;
	}
	if (st == AEGIS_E_QUARANTINED)
		return set_error(rt, st, "model '%s' is quarantined after %" PRIu64 " faults",
				 m->name, m->n.faults);
	return set_error(rt, st, "model '%s': %s (queue depth %u)", m->name,
			 aegis_status_str(st), m->depth);
}

aegis_status aegis_runtime_run_for(aegis_runtime *rt, int64_t duration_ns)
{
	if (!rt)
		return AEGIS_E_INVAL;
	clear_error(rt);
	aegis_status st = dispatcher_run_for(&rt->d, duration_ns);
	const char *dev_err = rt->dev->ops->last_error ? rt->dev->ops->last_error(rt->dev) : "";
	if (st != AEGIS_OK)
		set_error(rt, st, "run_for: %s%s%s", aegis_status_str(st), dev_err[0] ? ": " : "",
			  dev_err);
	return st;
}

aegis_status aegis_runtime_stop(aegis_runtime *rt)
{
	if (!rt)
		return AEGIS_E_INVAL;
	dispatcher_stop(&rt->d);
	return AEGIS_OK;
}

int64_t aegis_runtime_now_ns(const aegis_runtime *rt)
{
	return rt ? device_now(rt->dev) : 0;
}

uint32_t aegis_runtime_lane_count(const aegis_runtime *rt)
{
	return rt ? rt->d.n_lanes : 0;
}

const aegis_runtime_config *aegis_runtime_config_get(const aegis_runtime *rt)
{
	return rt ? &rt->cfg : NULL;
}

const char *aegis_runtime_last_error(const aegis_runtime *rt)
{
	return rt ? rt->last_error : "";
}

/* Rank of m among all models under fixed priority: how many come before it. */
static int32_t fp_rank(const aegis_runtime *rt, const struct exec_context *m)
{
	int32_t rank = 0;
	for (uint32_t i = 0; i < rt->d.n_models; i++) {
		const struct exec_context *o = rt->d.models[i];
		if (o->prio_key < m->prio_key || (o->prio_key == m->prio_key && o->index < m->index))
			rank++;
	}
	return rank;
}

aegis_status aegis_model_stats_get(const aegis_runtime *rt, aegis_model_id id,
				   aegis_model_stats *out)
{
	if (!rt || !out)
		return AEGIS_E_INVAL;
	if (id >= rt->d.n_models)
		return AEGIS_E_NOT_FOUND;
	const struct exec_context *m = rt->d.models[id];
	*out = (aegis_model_stats){
		.released = m->n.released,
		.completed = m->n.completed,
		.rejected_queue_full = m->n.rejected_queue_full,
		.rejected_interarrival = m->n.rejected_interarrival,
		.skipped = m->n.skipped,
		.cancelled = m->n.cancelled,
		.failed = m->n.failed,
		.missed = m->n.missed,
		.pending = m->count,
		.response_min_ns = m->response.min,
		.response_p50_ns = hist_quantile(&m->response, 0.50),
		.response_p90_ns = hist_quantile(&m->response, 0.90),
		.response_p99_ns = hist_quantile(&m->response, 0.99),
		.response_p999_ns = hist_quantile(&m->response, 0.999),
		.response_max_ns = m->response.max,
		.response_mean_ns = hist_mean(&m->response),
		.response_cv = hist_mean(&m->response) > 0
				       ? hist_stddev(&m->response) / hist_mean(&m->response)
				       : 0.0,
		.response_jitter_ns = m->response.total ? m->response.max - m->response.min : -1,
		.rejected_quarantined = m->n.rejected_quarantined,
		.health = m->health.state,
		.overruns = m->n.overruns,
		.breaches = m->n.breaches,
		.faults = m->n.faults,
		.quarantines = m->n.quarantines,
		.max_lateness_ns = m->n.max_lateness_ns,
		.wcet_ns = m->reqs.wcet_ns,
		.deadline_ns = m->deadline_ns,
		.period_ns = m->cfg.period_ns,
		.priority = rt->cfg.policy == AEGIS_POLICY_FP ? fp_rank(rt, m) : -1,
		.lane = m->lane,
		.evicted = m->evicted,
		.persistent_bytes = rt->mem.model[id].persistent.size,
		.io_bytes = rt->mem.model[id].io.size,
		.transient_bytes = m->reqs.transient_bytes,
	};
	return AEGIS_OK;
}

aegis_status aegis_lane_stats_get(const aegis_runtime *rt, uint32_t lane, aegis_lane_stats *out)
{
	if (!rt || !out)
		return AEGIS_E_INVAL;
	if (lane >= rt->d.n_lanes)
		return AEGIS_E_NOT_FOUND;
	const struct lane *l = &rt->d.lanes[lane];
	int64_t elapsed = aegis_runtime_now_ns(rt);
	const struct mem_arena *a = &rt->mem.arena[lane];
	*out = (aegis_lane_stats){
		.arena_bytes = a->pending ? a->next.size : a->cur.size,
		.busy_ns = l->busy_ns,
		.segments = l->segments,
		.preemptions = l->preemptions,
		.utilisation = elapsed > 0 ? (double)l->busy_ns / (double)elapsed : 0.0,
	};
	return AEGIS_OK;
}

aegis_status aegis_model_recover(aegis_runtime *rt, aegis_model_id id)
{
	if (!rt)
		return AEGIS_E_INVAL;
	clear_error(rt);
	if (id >= rt->d.n_models || context_gone(rt->d.models[id]))
		return set_error(rt, AEGIS_E_NOT_FOUND, "no model with id %u", id);
	struct exec_context *m = rt->d.models[id];
	if (faults_recover(&rt->d, m) != AEGIS_OK)
		return set_error(rt, AEGIS_E_STATE, "model '%s' is %s, not quarantined%s",
				 m->name, aegis_health_name(m->health.state),
				 rt->d.state != DISPATCHER_RUNNING ? " (or the runtime is stopped)"
								   : "");
	return AEGIS_OK;
}

aegis_status aegis_runtime_fatal(const aegis_runtime *rt)
{
	return rt ? rt->d.fatal : AEGIS_E_INVAL;
}

uint64_t runtime_refusal_count(const aegis_runtime *rt)
{
	return rt->n_refused;
}

const struct runtime_refusal *runtime_refusal(const aegis_runtime *rt, uint64_t seq)
{
	if (seq >= rt->n_refused || rt->n_refused - seq > RUNTIME_REFUSALS)
		return NULL;
	return &rt->refused[seq % RUNTIME_REFUSALS];
}

aegis_status aegis_runtime_trace_counts(const aegis_runtime *rt, uint64_t *recorded,
					uint64_t *dropped)
{
	if (!rt || !recorded || !dropped)
		return AEGIS_E_INVAL;
	*recorded = rt->d.trace.recorded;
	*dropped = rt->d.trace.dropped;
	return AEGIS_OK;
}

aegis_status aegis_runtime_device_info(const aegis_runtime *rt, aegis_device_info *out)
{
	if (!rt || !out)
		return AEGIS_E_INVAL;
	memset(out, 0, sizeof *out);
	if (rt->dev->ops->info) {
		rt->dev->ops->info(rt->dev, out);
		return AEGIS_OK;
	}
	(void)aegis_device_query(rt->dev->ops->name, rt->cfg.device_ordinal, out, NULL, 0);
	snprintf(out->profile, sizeof out->profile, "%s", rt->profile_name ? rt->profile_name : "");
	const aegis_device_profile *prof = aegis_device_profile_find(rt->profile_name);
	out->sm_limit = prof ? prof->sm_count : 0;
	out->memory_budget_bytes = prof ? prof->memory_budget_bytes : 0;
	return AEGIS_OK;
}

aegis_status aegis_runtime_lane_info(const aegis_runtime *rt, uint32_t lane, aegis_lane_info *out)
{
	if (!rt || !out)
		return AEGIS_E_INVAL;
	if (lane >= rt->d.n_lanes)
		return AEGIS_E_NOT_FOUND;
	*out = (aegis_lane_info){.isolated = true};
	if (rt->dev->ops->lane_info)
		rt->dev->ops->lane_info(rt->dev, lane, out);
	return AEGIS_OK;
}

struct device *runtime_device(const aegis_runtime *rt)
{
	return rt->dev;
}

void *runtime_backend_state(const aegis_runtime *rt, aegis_model_id id)
{
	return id < rt->d.n_models ? rt->d.models[id]->backend_state : NULL;
}

uint8_t *runtime_guard_region(aegis_runtime *rt, aegis_model_id id, uint32_t which,
			      uint64_t *size)
{
	if (!rt->mem.guard || id >= rt->d.n_models || !rt->mem.model[id].live)
		return NULL;
	const struct mem_model *m = &rt->mem.model[id];
	const struct mem_region *r = which == 0	  ? &m->persistent
				     : which == 1 ? &m->io
						  : &rt->mem.arena[m->lane].cur;
	if (r->handle == TLSF_NONE)
		return NULL;
	*size = r->size;
	return guard_ptr(rt->mem.guard, r->offset);
}

uint32_t runtime_guard_check(aegis_runtime *rt)
{
	return rt->mem.guard ? mem_plan_guard_check(&rt->mem) : 0;
}

uint64_t runtime_guard_violations(const aegis_runtime *rt)
{
	return rt->mem.guard_violations;
}

uint64_t runtime_arena_offset(const aegis_runtime *rt, uint32_t lane)
{
	return rt->mem.arena && lane < rt->mem.n_lanes ? rt->mem.arena[lane].cur.offset : 0;
}

const aegis_task *runtime_model_task(const aegis_runtime *rt, aegis_model_id id)
{
	return rt && id < rt->d.n_models ? &rt->d.models[id]->task : NULL;
}

aegis_status aegis_runtime_memory(const aegis_runtime *rt, aegis_memory_totals *out)
{
	if (!rt || !out)
		return AEGIS_E_INVAL;
	struct mem_totals t;
	mem_plan_totals(&rt->mem, &t);
	*out = (aegis_memory_totals){
		.budget = rt->mem_budget,
		.planned = t.planned,
		.persistent = t.persistent,
		.io = t.io,
		.arenas = t.arenas,
		.private_transient = t.private_transient,
		.lower_bound = t.lower_bound,
		.free = rt->mem_budget > t.planned ? rt->mem_budget - t.planned : 0,
	};
	return AEGIS_OK;
}
