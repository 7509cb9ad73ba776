/* Admission control: aegis_model_admit keeps its steps apart (validate, build and
 * analyse, reserve and prepare, commit: SCHED_DEADLINE's order), and eviction and
 * recovery, the other changes to the set of models. The lane rule is the analysis
 * layer's (aegis_lane_admit: aegis_lane_choose for the admitted set, which always
 * passes); this file gathers its inputs and acts on its answer.
 * Must not decide per-job matters (src/sched/ does). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/size.h"
#include "aegis/time.h"
#include "context/context.h"
#include "runtime/runtime_impl.h"

/* The tasks of the models that count in admission (not gone; a draining model still
 * counts: its running job can block), in admission order, with their lanes. The
 * caller frees *tasks and *lanes. */
struct lane_set {
	aegis_task *tasks;
	int32_t *lanes;
	uint32_t n;
};

static int by_seq(const void *a, const void *b)
{
	const struct exec_context *x = *(struct exec_context *const *)a;
	const struct exec_context *y = *(struct exec_context *const *)b;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static aegis_status gather(const aegis_runtime *rt, struct lane_set *s)
{
	uint32_t slots = dispatcher_slots(&rt->d);
	struct exec_context **live = malloc((slots ? slots : 1) * sizeof *live);
	s->tasks = malloc((slots ? slots : 1) * sizeof *s->tasks);
	s->lanes = malloc((slots ? slots : 1) * sizeof *s->lanes);
	s->n = 0;
	if (!live || !s->tasks || !s->lanes) {
		free(live);
		return AEGIS_E_NOMEM;
	}
	bool sorted = true;
	for (uint32_t i = 0; i < slots; i++) {
		struct exec_context *m = dispatcher_slot(&rt->d, i);
		if (!m || context_gone(m))
			continue;
		sorted &= s->n == 0 || live[s->n - 1]->seq < m->seq;
		live[s->n++] = m;
	}
	if (!sorted) /* only after a slot was reused: the analysis ranks by admission */
		qsort(live, s->n, sizeof *live, by_seq);
	for (uint32_t i = 0; i < s->n; i++) {
		s->tasks[i] = live[i]->task;
		s->lanes[i] = (int32_t)live[i]->lane;
		/* with a stall curve the lane's stall is analysed anew: jitter without it */
		s->tasks[i].jitter_ns -= rt->lane_stall_ns[live[i]->lane];
	}
	free(live);
	return AEGIS_OK;
}

static void lane_set_free(struct lane_set *s)
{
	free(s->tasks);
	free(s->lanes);
}

/* The refusal of lane choice c, as a one-line detail. */
static aegis_status refused(aegis_runtime *rt, const struct exec_context *m,
			    const struct lane_set *s, const aegis_lane_choice *c,
			    aegis_analysis_kind kind, bool auto_lane)
{
	char a[32], b[32], e[32], line[256];
	const aegis_analysis_result *res = &c->refused;
	uint32_t f = res->failing_task;
	const aegis_task *t = f < s->n ? &s->tasks[f] : &m->task;
	const char *who = f <= s->n && t->name ? t->name : "?";
	if (kind == AEGIS_AN_FP_NP || kind == AEGIS_AN_FP_LP)
		snprintf(line, sizeof line, "model '%s' on lane %d: '%s' would miss its deadline %s: "
			 "response-time bound %s, over by %s (%s)", m->name, c->refused_lane, who,
			 aegis_duration_format(t->deadline_ns, a, sizeof a),
			 aegis_duration_format(t->deadline_ns + res->excess_ns, b, sizeof b),
			 aegis_duration_format(res->excess_ns, e, sizeof e),
			 aegis_analysis_kind_name(kind));
	else if (res->check_point_ns >= 0)
		snprintf(line, sizeof line, "model '%s' on lane %d: demand %s + blocking %s exceeds "
			 "the window %s at a deadline of '%s' (%s)", m->name, c->refused_lane,
			 aegis_duration_format(res->demand_ns, a, sizeof a),
			 aegis_duration_format(res->blocking_ns, b, sizeof b),
			 aegis_duration_format(res->check_point_ns, e, sizeof e), who,
			 aegis_analysis_kind_name(kind));
	else
		snprintf(line, sizeof line, "model '%s' on lane %d: %s (%s)", m->name,
			 c->refused_lane, res->reason, aegis_analysis_kind_name(kind));
	if (auto_lane)
		return runtime_error(rt, AEGIS_E_UNSCHEDULABLE, "no lane can take it; on the "
				     "first: %s", line);
	return runtime_error(rt, AEGIS_E_UNSCHEDULABLE, "%s", line);
}

static const aegis_lane_time *time_for(const aegis_runtime *rt, const aegis_model_config *cfg,
				       uint32_t sms);
static uint32_t lane_size(const aegis_runtime *rt, uint32_t lane);
static aegis_status task_on(aegis_runtime *rt, const aegis_model_config *cfg,
			    struct exec_context *m, const aegis_lane_time *lt, aegis_task *task,
			    int64_t *seg);
static void set_budgets(aegis_runtime *rt, struct exec_context *m);

/* The one lane rule for task t joining s (want: a lane, or AEGIS_LANE_AUTO): with a
 * host stall curve each lane tried is charged its own fixed-point stall (*charge gets
 * the chosen lane's), else aegis_lane_admit (*charge: none). */
static aegis_status lane_pick(const aegis_runtime *rt, aegis_analysis_kind kind, bool analyse,
			      const struct lane_set *s, const aegis_task *t, int32_t want,
			      aegis_lane_choice *c, aegis_stall_charge *charge)
{
	*charge = (aegis_stall_charge){.stall_ns = 0, .window_ns = -1};
	if (rt->cfg.host_stall_curve)
		return aegis_lane_choose_stalled(kind, analyse, s->tasks, s->lanes, s->n,
						 rt->cfg.lanes, t, want, rt->cfg.host_stall_curve,
						 rt->cfg.n_host_stall_points, c, charge);
	return aegis_lane_admit(kind, analyse, s->tasks, s->lanes, s->n, rt->cfg.lanes, t, want,
				c);
}

/* An automatic lane for a model with lane times: each lane whose size has one is
 * analysed with the model's task there, and the least utilised lane that passes wins
 * (ties to the lowest index): aegis_lane_admit's rule, with C depending on the lane.
 * m's task and speed become the chosen lane's. */
static aegis_status choose_sized_lane(aegis_runtime *rt, aegis_analysis_kind kind,
				      bool analyse, const struct lane_set *s,
				      const aegis_model_config *cfg, struct exec_context *m,
				      aegis_lane_choice *out, aegis_stall_charge *charge)
{
	int64_t seg[AEGIS_MAX_SEGMENTS];
	double best_u = 0;
	*out = (aegis_lane_choice){.lane = -1, .refused_lane = -1};
	for (uint32_t l = 0; l < rt->cfg.lanes; l++) {
		const aegis_lane_time *lt = time_for(rt, cfg, lane_size(rt, l));
		if (!lt)
			continue;
		aegis_task t;
		aegis_lane_choice c;
		aegis_stall_charge ch;
		aegis_status st = task_on(rt, cfg, m, lt, &t, seg);
		if (st == AEGIS_OK)
			st = lane_pick(rt, kind, analyse, s, &t, (int32_t)l, &c, &ch);
		if (st != AEGIS_OK)
			return st;
		double u = aegis_lane_utilisation(s->tasks, s->lanes, s->n, l);
		if (c.lane >= 0 && (out->lane < 0 || u < best_u)) {
			aegis_analysis_result keep = out->refused;
			int32_t keep_lane = out->refused_lane;
			*out = c;
			out->refused = keep;
			out->refused_lane = keep_lane;
			*charge = ch;
			best_u = u;
		} else if (c.lane < 0 && out->refused_lane < 0) {
			out->refused_lane = c.refused_lane;
			out->refused = c.refused;
		}
	}
	if (out->lane >= 0 || out->refused_lane >= 0) {
		uint32_t at = (uint32_t)(out->lane >= 0 ? out->lane : out->refused_lane);
		aegis_status st = task_on(rt, cfg, m, time_for(rt, cfg, lane_size(rt, at)),
					  &m->task, m->task_seg);
		if (st != AEGIS_OK)
			return st;
		set_budgets(rt, m);
	}
	return AEGIS_OK;
}

/* Step 2 of admission: the lane, by the one lane rule (aegis/analysis.h). An explicit
 * lane must pass the analysis; an automatic one is the least utilised lane that
 * passes. With admission off, no analysis. ev: the model's evidence; charge: the host
 * stall the lane is charged with a stall curve (0 without). */
static aegis_status choose_lane(aegis_runtime *rt, const aegis_model_config *cfg,
				struct exec_context *m, uint32_t *lane, aegis_task_result *ev,
				aegis_stall_charge *charge)
{
	aegis_analysis_kind kind = AEGIS_AN_FP_NP;
	bool analyse = rt->cfg.admission == AEGIS_ADMIT_ANALYSIS;
	if (analyse && aegis_policy_analysis(rt->cfg.policy, rt->cfg.preemption, &kind) != AEGIS_OK)
		return runtime_error(rt, AEGIS_E_UNSUPPORTED,
				     "model '%s': policy %s has no schedulability analysis; create "
				     "the runtime with admission off to run it unanalysed",
				     cfg->name, aegis_policy_name(rt->cfg.policy));
	struct lane_set s;
	aegis_lane_choice c;
	aegis_status st = gather(rt, &s);
	*charge = (aegis_stall_charge){.stall_ns = 0, .window_ns = -1};
	if (st == AEGIS_OK && cfg->n_lane_times && cfg->lane == AEGIS_LANE_AUTO)
		st = choose_sized_lane(rt, kind, analyse, &s, cfg, m, &c, charge);
	else if (st == AEGIS_OK)
		st = lane_pick(rt, kind, analyse, &s, &m->task, cfg->lane, &c, charge);
	size_t len;
	if (st != AEGIS_OK && runtime_error_buf(rt, &len)[0]) {
		/* task_on said why */
	} else if (st != AEGIS_OK) {
		runtime_error(rt, st, "model '%s': the analysis failed: %s", cfg->name,
			      aegis_status_str(st));
	} else if (c.lane < 0) {
		st = refused(rt, m, &s, &c, kind, cfg->lane == AEGIS_LANE_AUTO);
	} else {
		*lane = (uint32_t)c.lane;
		*ev = c.result;
	}
	lane_set_free(&s);
	return st;
}

/* The memory step of admission: the model's regions and, if needed, a larger arena
 * for its lane. All or nothing; the refusal carries the numbers. */
static aegis_status reserve_memory(aegis_runtime *rt, const struct exec_context *m,
				   uint32_t lane)
{
	struct mem_req req = {.persistent = m->be.reqs.persistent_bytes,
			      .transient = m->be.reqs.transient_bytes,
			      .io = m->be.reqs.io_bytes,
			      .align = m->be.reqs.align};
	struct mem_shortfall why;
	aegis_status st = mem_plan_reserve_tagged(&rt->mem, m->index, m->id, lane, &req, &why);
	if (st == AEGIS_OK)
		return AEGIS_OK;
	char a[32], b[32], c[32], e[32], f[32];
	const struct exec_context *big = dispatcher_slot(&rt->d, why.largest_transient_model);
	const char *largest = why.largest_transient_model == m->index || !big ? m->name
									       : big->name;
	if (!rt->mem_budget) /* no budget: the plan's own limit, MEM_UNLIMITED, is what failed */
		return runtime_error(rt, st,
				     "model '%s' on lane %u: its memory does not fit: it needs %s, "
				     "more than the %s a memory plan can hold without a budget "
				     "(%s of it is free)", m->name, lane,
				     aegis_size_format(why.needed, b, sizeof b),
				     aegis_size_format(MEM_UNLIMITED, a, sizeof a),
				     aegis_size_format(why.free, c, sizeof c));
	char out[96] = "";
	if (rt->cfg.outside_pool_bytes)
		snprintf(out, sizeof out, " less %s outside the pool",
			 aegis_size_format(rt->cfg.outside_pool_bytes, e, sizeof e));
	return runtime_error(rt, st,
			     "model '%s' on lane %u: its memory does not fit the budget of %s%s: "
			     "it needs %s, %s is free (largest free block %s); the largest "
			     "transient user of the lane is '%s' (%s)",
			     m->name, lane, aegis_size_format(rt->mem_budget, a, sizeof a), out,
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
	int64_t slack = rt->overrun_slack_ns;
	if (rt->cfg.lane_sharing != AEGIS_LANES_ISOLATED &&
	    rt->cfg.admission != AEGIS_ADMIT_ANALYSIS) {
		/* shared lanes without admission (comparisons): a job's time depends on its
		 * neighbours, nothing bounds it, so nothing is an overrun. With admission
		 * the WCET was measured under the sharing: it is the budget */
		for (uint32_t k = 0; k < m->task.n_segments; k++)
			m->budget_seg[k] = INT64_MAX / 4;
		m->budget_breach_ns = INT64_MAX / 4;
		return;
	}
	for (uint32_t k = 0; k < m->task.n_segments; k++) {
		m->budget_seg[k] = m->task_seg[k] - b + slack;
		sum += m->task_seg[k] - b; /* <= C: no overflow */
	}
	m->budget_breach_ns = sum + b + slack;
}

/* The backend readies the model on its lane (the synthetic backend calibrates its
 * kernels there), with its regions as a job will see them. Only on an idle lane: a
 * busy one is prepared by the model's first job. Its memory is reserved already. */
static aegis_status prepare_one(aegis_runtime *rt, struct exec_context *m, uint32_t lane)
{
	struct backend_mem mem;
	dispatcher_backend_mem(&rt->d, m, lane, &mem);
	char detail[256] = "";
	aegis_status st = backend_prepare(m->be.ops, m->be.state, rt->dev, lane, &mem,
					  detail, sizeof detail);
	if (st != AEGIS_OK)
		return runtime_error(rt, st, "model '%s' on lane %u: backend %s: %s", m->name, lane,
				     m->be.b->name,
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
	if (dispatcher_lane_busy(&rt->d, lane) || !rt->mem.arena)
		return AEGIS_OK;
	uint64_t was = rt->mem.arena[lane].cur.offset;
	mem_plan_lane_idle(&rt->mem, lane);
	aegis_status st = AEGIS_OK;
	uint32_t slots = dispatcher_slots(&rt->d);
	for (uint32_t i = 0; st == AEGIS_OK && rt->mem.arena[lane].cur.offset != was &&
			     i < slots; i++) {
		struct exec_context *o = dispatcher_slot(&rt->d, i);
		if (o && o->lane == lane && !o->evicted && o->be.ops->prepare)
			st = prepare_one(rt, o, lane);
	}
	return st;
}

static aegis_status prepare_model(aegis_runtime *rt, struct exec_context *m, uint32_t lane)
{
	if (m->be.reqs.device_memory && rt->dev->ops->mem_base && !rt->mem_base)
		return runtime_error(rt, AEGIS_E_CONFIG,
				     "model '%s': backend %s needs device memory, and the runtime "
				     "has no memory pool: give it a memory budget (runtime "
				     "memory_budget, or a device profile)", m->name, m->be.b->name);
	if (dispatcher_lane_busy(&rt->d, lane))
		return AEGIS_OK; /* its first job prepares it */
	/* the arena m's jobs will use, with the lane's other models readied for it */
	aegis_status st = adopt_arena(rt, lane);
	if (st == AEGIS_OK && m->be.ops->prepare)
		st = prepare_one(rt, m, lane);
	return st;
}

/* Models on `lane` that count in its analysis (not gone). */
static uint32_t lane_models(const aegis_runtime *rt, uint32_t lane)
{
	uint32_t n = 0, slots = dispatcher_slots(&rt->d);
	for (uint32_t i = 0; i < slots; i++) {
		const struct exec_context *m = dispatcher_slot(&rt->d, i);
		n += m && m->lane == lane && !context_gone(m);
	}
	return n;
}

/* The ADMIT event of an admission (aegis/trace.h) and, for a refusal, its record. */
static void trace_admission(aegis_runtime *rt, const struct exec_context *m, aegis_status st,
			    uint32_t lane, const aegis_task_result *ev)
{
	uint32_t on_lane = lane != AEGIS_NO_LANE ? lane_models(rt, lane) : 0;
	aegis_trace_event e = {
		.t_ns = aegis_runtime_now_ns(rt),
		.kind = AEGIS_EV_ADMIT,
		.status = (int32_t)st,
		.model = st == AEGIS_OK ? m->id : AEGIS_NO_MODEL,
		.lane = lane,
		.arg = st == AEGIS_OK ? ev->bound_ns : -1,
		.arg2 = st == AEGIS_OK ? ev->slack_ns : INT64_MIN,
		.arg3 = m->deadline_ns,
		.count = on_lane + (st != AEGIS_OK && lane != AEGIS_NO_LANE),
	};
	if (st != AEGIS_OK) {
		aegis_refusal *r = &rt->refused[rt->n_refused % AEGIS_REFUSALS_KEPT];
		*r = (aegis_refusal){.seq = rt->n_refused, .status = st, .lane = lane,
				     .t_ns = e.t_ns};
		snprintf(r->name, sizeof r->name, "%s", m->name);
		size_t len;
		snprintf(r->reason, sizeof r->reason, "%s", runtime_error_buf(rt, &len));
		e.job = rt->n_refused++;
	}
	trace_record_event(&rt->trace, &e);
}

static aegis_status find(const aegis_runtime *rt, const char *name, aegis_model_id *out);

/* Step 1 and the runtime's own conditions: nothing is built before these pass. */
static aegis_status check_admission(aegis_runtime *rt, const aegis_model_config *cfg)
{
	const char *name = cfg->name ? cfg->name : "?";
	aegis_status fatal = dispatcher_fatal(&rt->d);
	if (fatal)
		return runtime_error(rt, fatal, "model '%s': the runtime stopped on a fatal "
				     "error: %s", name, aegis_status_str(fatal));
	if (!dispatcher_running(&rt->d))
		return runtime_error(rt, AEGIS_E_STATE, "model '%s': the runtime is stopped", name);
	size_t len;
	char *detail = runtime_error_buf(rt, &len);
	aegis_status st = aegis_model_config_validate(cfg, rt->cfg.lanes, detail, len);
	if (st != AEGIS_OK)
		return st;
	if (find(rt, cfg->name, NULL) == AEGIS_OK)
		return runtime_error(rt, AEGIS_E_EXISTS, "model '%s' exists already", cfg->name);
	if (cfg->release == AEGIS_RELEASE_PERIODIC &&
	    aegis_runtime_now_ns(rt) > INT64_MAX - cfg->offset_ns - cfg->period_ns)
		return runtime_error(rt, AEGIS_E_OVERFLOW, "model '%s': offset overflows time",
				     cfg->name);
	return AEGIS_OK;
}

/* The size of `lane` in SMs (aegis_lane_info.sm_count; 0: no partition). */
static uint32_t lane_size(const aegis_runtime *rt, uint32_t lane)
{
	aegis_lane_info li;
	return aegis_runtime_lane_info(rt, lane, &li) == AEGIS_OK ? li.sm_count : 0;
}

/* How many lanes share a lane's partition: the lanes, for shared lanes (each of them
 * runs beside all the others), else 1. */
static uint32_t sharing_of(const aegis_runtime *rt)
{
	return rt->cfg.lane_sharing != AEGIS_LANES_ISOLATED && rt->cfg.lanes > 1 ? rt->cfg.lanes
										  : 1;
}

/* cfg's measured time on lanes of `sms` SMs shared as rt's lanes are
 * (aegis_model_config.lane_times), or NULL. */
static const aegis_lane_time *time_for(const aegis_runtime *rt, const aegis_model_config *cfg,
				       uint32_t sms)
{
	for (uint32_t i = 0; i < cfg->n_lane_times; i++)
		if (cfg->lane_times[i].sms == sms && lane_time_sharing(&cfg->lane_times[i]) ==
							     sharing_of(rt))
			return &cfg->lane_times[i];
	return NULL;
}

/* "4, 8, 16 shared by 4": the sizes cfg's lane times cover, for messages. */
static const char *sizes_of(const aegis_model_config *cfg, char *buf, size_t len)
{
	size_t at = 0;
	buf[0] = '\0';
	for (uint32_t i = 0; i < cfg->n_lane_times && at + 1 < len; i++) {
		const aegis_lane_time *t = &cfg->lane_times[i];
		int k = t->shared > 1 ? snprintf(buf + at, len - at, "%s%u shared by %u",
						 i ? ", " : "", t->sms, t->shared)
				      : snprintf(buf + at, len - at, "%s%u", i ? ", " : "", t->sms);
		at += k > 0 && (size_t)k < len - at ? (size_t)k : len - at - 1;
	}
	return buf;
}

/* How rt's lanes share their SMs, for messages: "" or " (shared by 4 lanes)". */
static const char *sharing_text(const aegis_runtime *rt, char *buf, size_t len)
{
	uint32_t k = sharing_of(rt);
	if (k > 1)
		snprintf(buf, len, " (shared by %u lanes)", k);
	else
		buf[0] = '\0';
	return buf;
}

/* The lane time a model with lane times starts from: its explicit lane's (refused
 * when its size has none), or, for an automatic lane, the first lane's that has one
 * (choose_lane analyses every such lane with its own). */
static aegis_status first_lane_time(aegis_runtime *rt, const aegis_model_config *cfg,
				    const aegis_lane_time **out)
{
	char b[160], h[32];
	if (cfg->lane != AEGIS_LANE_AUTO) {
		uint32_t sms = lane_size(rt, (uint32_t)cfg->lane);
		if ((*out = time_for(rt, cfg, sms)))
			return AEGIS_OK;
		return runtime_error(rt, AEGIS_E_CONFIG, "model '%s': lane %d has %u SMs%s and its "
				     "measured times cover lanes of %s SMs", cfg->name, cfg->lane,
				     sms, sharing_text(rt, h, sizeof h), sizes_of(cfg, b, sizeof b));
	}
	for (uint32_t l = 0; l < rt->cfg.lanes; l++)
		if ((*out = time_for(rt, cfg, lane_size(rt, l))))
			return AEGIS_OK;
	return runtime_error(rt, AEGIS_E_CONFIG, "model '%s': no lane%s has a size its measured "
			     "times cover (%s SMs)", cfg->name, sharing_text(rt, h, sizeof h),
			     sizes_of(cfg, b, sizeof b));
}

/* The task the analysis sees for m on a lane whose measured time is lt (NULL: cfg's
 * own WCET or wcet_override_ns): C with overheads and copies, the release jitter with
 * the host's delays; its segments in seg (AEGIS_MAX_SEGMENTS). Sets m->copy_ns. */
static aegis_status task_on(aegis_runtime *rt, const aegis_model_config *cfg,
			    struct exec_context *m, const aegis_lane_time *lt, aegis_task *task,
			    int64_t *seg)
{
	aegis_model_config at = *cfg;
	if (lt)
		at.wcet_override_ns = lt->wcet_ns;
	if (lt && lt->wcet_ns < (int64_t)m->be.reqs.n_segments)
		return runtime_error(rt, AEGIS_E_CONFIG, "model '%s': its WCET on lanes of %u SMs, "
				     "%" PRId64 " ns, is below its %u segments (1 ns each at least)",
				     cfg->name, lt->sms, lt->wcet_ns, m->be.reqs.n_segments);
	aegis_status st = model_task_of(&at, &m->be.reqs, rt->cfg.priorities,
					rt->cfg.dispatch_overhead_ns, task, seg);
	int64_t in_ns, out_ns; /* a job's copies occupy its lane: part of its time */
	model_copy_ns(&at, &m->be.reqs, rt->cfg.copy_bandwidth_bps, rt->cfg.copy_interference,
		      &in_ns, &out_ns);
	if (st == AEGIS_OK)
		st = aegis_task_add_copies(task, in_ns, out_ns);
	if (st != AEGIS_OK)
		return runtime_error(rt, st, "model '%s': its execution time overflows", cfg->name);
	m->copy_ns = in_ns + out_ns;
	/* the host's delays are the analysis' business: without admission nothing is
	 * charged. Release jitter: the host stall (every model) and the hand-off of a
	 * submission from another thread (sporadic models; docs/ANALYSIS.md). */
	int64_t handoff = cfg->release == AEGIS_RELEASE_SPORADIC ? rt->cfg.handoff_ns : 0;
	if (rt->cfg.admission == AEGIS_ADMIT_ANALYSIS &&
	    ((st = aegis_task_add_host_stall(task, rt->cfg.host_stall_ns)) != AEGIS_OK ||
	     (st = aegis_task_add_host_stall(task, handoff)) != AEGIS_OK)) {
		char a[32], b[32], c[32], h[32];
		return runtime_error(rt, st, "model '%s': its release jitter %s plus the host stall "
				     "%s%s%s reaches its period %s", cfg->name,
				     aegis_duration_format(cfg->jitter_ns, a, sizeof a),
				     aegis_duration_format(rt->cfg.host_stall_ns, b, sizeof b),
				     handoff ? " and the hand-off " : "",
				     handoff ? aegis_duration_format(handoff, h, sizeof h) : "",
				     aegis_duration_format(cfg->period_ns, c, sizeof c));
	}
	task->name = m->name;
	if (lt)
		m->speed = lt->speed > 0 ? lt->speed : 1.0;
	return AEGIS_OK;
}

/* Step 2a: the context, and the task the analysis sees (the backend described the
 * model while the context was made). */
static aegis_status build(aegis_runtime *rt, const aegis_model_config *cfg,
			  struct exec_context **out)
{
	struct context_place at;
	aegis_status st = dispatcher_reserve_slot(&rt->d, &at.slot, &at.id, &at.seq);
	if (st == AEGIS_E_LIMIT)
		return runtime_error(rt, st, "model '%s': the runtime holds %u models already",
				     cfg->name, AEGIS_MAX_MODELS);
	if (st != AEGIS_OK)
		return runtime_error(rt, st, "model '%s': out of memory", cfg->name);
	at.lane = 0;
	struct exec_context *m;
	size_t len;
	char *detail = runtime_error_buf(rt, &len);
	if ((st = context_create(cfg, &at, rt->cfg.seed, &m, detail, len)) != AEGIS_OK)
		return st;
	const aegis_lane_time *lt = NULL;
	if (sharing_of(rt) > 1 && rt->cfg.admission == AEGIS_ADMIT_ANALYSIS &&
	    !cfg->n_lane_times) {
		/* a WCET measured alone says nothing of a job beside the other lanes' */
		st = runtime_error(rt, AEGIS_E_CONFIG, "model '%s': shared lanes admit with times "
				   "measured as one of %u lanes sharing the SMs (lane_times with "
				   "shared %u: 'aegisrt profile --shared %u'); it has none",
				   cfg->name, sharing_of(rt), sharing_of(rt), sharing_of(rt));
		goto fail;
	}
	if (cfg->n_lane_times && (st = first_lane_time(rt, cfg, &lt)) != AEGIS_OK)
		goto fail;
	if ((st = task_on(rt, cfg, m, lt, &m->task, m->task_seg)) != AEGIS_OK)
		goto fail;
	if ((st = staging_init(&m->staging, rt->dev, &m->be.reqs, m->depth)) != AEGIS_OK) {
		char a[32];
		runtime_error(rt, st, "model '%s': no host memory for its data's staging (%s)",
			      cfg->name, aegis_size_format(staging_bytes(&m->staging), a,
							   sizeof a));
		goto fail;
	}
	m->prio_key = m->task.prio;
	set_budgets(rt, m);
	*out = m;
	return AEGIS_OK;
fail:
	context_destroy(m);
	return st;
}

/* With a stall curve: the lane's models, m (joining it) included, get the lane's new
 * stall g in their release jitter. Their jitter plus g is below their period: the
 * analysis that found g checked it. */
static void charge_lane_stall(aegis_runtime *rt, struct exec_context *m, uint32_t lane,
			      int64_t g)
{
	uint32_t slots = dispatcher_slots(&rt->d);
	for (uint32_t i = 0; i < slots; i++) {
		struct exec_context *o = dispatcher_slot(&rt->d, i);
		if (o && o != m && o->lane == lane && !context_gone(o))
			o->task.jitter_ns += g - rt->lane_stall_ns[lane];
	}
	m->task.jitter_ns += g;
	rt->lane_stall_ns[lane] = g;
}

struct admit_args {
	const aegis_model_config *cfg;
	aegis_model_id *out;
};

/* The admission, with the dispatcher's role. */
static aegis_status admit(aegis_runtime *rt, void *arg)
{
	const aegis_model_config *cfg = ((struct admit_args *)arg)->cfg;
	aegis_model_id *out = ((struct admit_args *)arg)->out;
	runtime_error_clear(rt);
	if (dispatcher_in_callback(&rt->d))
		return runtime_error(rt, AEGIS_E_STATE, "model '%s': no admission from a "
				     "completion callback", cfg->name ? cfg->name : "?");
	/* 1. validate (pure) */
	aegis_status st = check_admission(rt, cfg);
	if (st != AEGIS_OK)
		return st;
	/* 2. build the context and analyse (nothing shared is touched yet) */
	struct exec_context *m = NULL;
	if ((st = build(rt, cfg, &m)) != AEGIS_OK)
		return st;
	uint32_t lane = cfg->lane != AEGIS_LANE_AUTO ? (uint32_t)cfg->lane : AEGIS_NO_LANE;
	aegis_task_result ev = {.bound_ns = -1, .slack_ns = INT64_MIN};
	aegis_stall_charge charge;
	if ((st = choose_lane(rt, cfg, m, &lane, &ev, &charge)) != AEGIS_OK)
		goto refused;
	m->lane = lane;
	/* 3. reserve everything that can fail, and prepare */
	if ((st = dispatcher_reserve_lane(&rt->d, m, lane)) != AEGIS_OK) {
		runtime_error(rt, st, "model '%s': out of memory", cfg->name);
		goto fail;
	}
	if ((st = reserve_memory(rt, m, lane)) != AEGIS_OK)
		goto refused;
	if ((st = prepare_model(rt, m, lane)) != AEGIS_OK) {
		mem_plan_release(&rt->mem, m->index);
		goto refused;
	}
	/* 4. commit: cannot fail */
	if (rt->cfg.host_stall_curve && rt->cfg.admission == AEGIS_ADMIT_ANALYSIS)
		charge_lane_stall(rt, m, lane, charge.stall_ns);
	dispatcher_add(&rt->d, m);
	trace_admission(rt, m, AEGIS_OK, lane, &ev);
	if (out)
		*out = m->id;
	return AEGIS_OK;
refused:
	trace_admission(rt, m, st, lane, &ev);
fail:
	context_destroy(m);
	return st;
}

aegis_status aegis_model_admit(aegis_runtime *rt, const aegis_model_config *cfg,
			       aegis_model_id *out)
{
	if (!rt)
		return AEGIS_E_INVAL;
	if (!cfg)
		return runtime_error(rt, AEGIS_E_INVAL, "no model config");
	struct admit_args a = {cfg, out};
	return runtime_call(rt, admit, &a);
}

struct exec_context *runtime_model(aegis_runtime *rt, aegis_model_id id, aegis_status *st)
{
	struct exec_context *m = dispatcher_model(&rt->d, id);
	if (m)
		return m;
	if (dispatcher_id_retired(&rt->d, id))
		*st = runtime_error(rt, AEGIS_E_STATE, "model id %u was evicted (another model "
				    "has its slot now)", id);
	else
		*st = runtime_error(rt, AEGIS_E_NOT_FOUND, "no model with id %u", id);
	return NULL;
}

/* The live model named name: AEGIS_OK with its id, or AEGIS_E_NOT_FOUND. Role held. */
static aegis_status find(const aegis_runtime *rt, const char *name, aegis_model_id *out)
{
	uint32_t slots = dispatcher_slots(&rt->d);
	for (uint32_t i = 0; i < slots; i++) {
		const struct exec_context *m = dispatcher_slot(&rt->d, i);
		if (m && !context_gone(m) && strcmp(m->name, name) == 0) {
			if (out)
				*out = m->id;
			return AEGIS_OK;
		}
	}
	return AEGIS_E_NOT_FOUND;
}

struct find_args {
	const char *name;
	aegis_model_id *out;
};

static aegis_status find_fn(aegis_runtime *rt, void *arg)
{
	struct find_args *a = arg;
	return find(rt, a->name, a->out);
}

aegis_status aegis_model_find(const aegis_runtime *rt, const char *name, aegis_model_id *out)
{
	if (!rt || !name)
		return AEGIS_E_INVAL;
	struct find_args a = {name, out};
	return runtime_call((aegis_runtime *)rt, find_fn, &a);
}

static aegis_status evict(aegis_runtime *rt, void *arg)
{
	aegis_model_id id = *(aegis_model_id *)arg;
	runtime_error_clear(rt);
	if (dispatcher_in_callback(&rt->d))
		return runtime_error(rt, AEGIS_E_STATE, "model id %u: no eviction from a "
				     "completion callback", id);
	struct exec_context *m = dispatcher_model(&rt->d, id);
	if (!m || m->evicted)
		return runtime_error(rt, AEGIS_E_NOT_FOUND, "no admitted model with id %u", id);
	dispatcher_evict(&rt->d, m);
	return AEGIS_OK;
}

aegis_status aegis_model_evict(aegis_runtime *rt, aegis_model_id id)
{
	if (!rt)
		return AEGIS_E_INVAL;
	return runtime_call(rt, evict, &id);
}

static aegis_status recover(aegis_runtime *rt, void *arg)
{
	aegis_model_id id = *(aegis_model_id *)arg;
	runtime_error_clear(rt);
	struct exec_context *m = dispatcher_model(&rt->d, id);
	if (!m || context_gone(m))
		return runtime_error(rt, AEGIS_E_NOT_FOUND, "no model with id %u", id);
	if (dispatcher_recover(&rt->d, m) != AEGIS_OK)
		return runtime_error(rt, AEGIS_E_STATE, "model '%s' is %s, not quarantined%s",
				     m->name, aegis_health_name(m->health.state),
				     dispatcher_running(&rt->d) ? "" : " (or the runtime is stopped)");
	return AEGIS_OK;
}

aegis_status aegis_model_recover(aegis_runtime *rt, aegis_model_id id)
{
	if (!rt)
		return AEGIS_E_INVAL;
	return runtime_call(rt, recover, &id);
}
