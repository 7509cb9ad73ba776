/* What the runtime tells about itself: its configuration, models, lanes, memory plan,
 * device, trace counts and refused admissions. Reads only: must not change any state
 * (statistics are computed from the contexts' counters and histograms here, off the
 * hot path). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/device.h"
#include "runtime/runtime_impl.h"

uint32_t aegis_runtime_lane_count(const aegis_runtime *rt)
{
	return rt ? rt->cfg.lanes : 0;
}

const aegis_runtime_config *aegis_runtime_config_get(const aegis_runtime *rt)
{
	return rt ? &rt->cfg : NULL;
}

/* Each query runs with the dispatcher's role (role.c): its arguments and results. */
struct query {
	aegis_model_id id;
	uint32_t i;
	uint64_t seq;
	void *out;
	union {
		uint32_t u32;
		aegis_model_id id;
		const char *str;
	} r;
};

static aegis_runtime *writable(const aegis_runtime *rt)
{
	return (aegis_runtime *)rt; /* queries change nothing; the role is taken for reading */
}

static aegis_status model_count(aegis_runtime *rt, void *arg)
{
	((struct query *)arg)->r.u32 = dispatcher_slots(&rt->d);
	return AEGIS_OK;
}

uint32_t aegis_runtime_model_count(const aegis_runtime *rt)
{
	struct query q = {0};
	if (!rt)
		return 0;
	runtime_call(writable(rt), model_count, &q);
	return q.r.u32;
}

static aegis_status model_at(aegis_runtime *rt, void *arg)
{
	struct query *q = arg;
	const struct exec_context *m = dispatcher_slot(&rt->d, q->i);
	q->r.id = m ? m->id : AEGIS_NO_MODEL;
	return AEGIS_OK;
}

aegis_model_id aegis_runtime_model_at(const aegis_runtime *rt, uint32_t i)
{
	struct query q = {.i = i};
	if (!rt)
		return AEGIS_NO_MODEL;
	runtime_call(writable(rt), model_at, &q);
	return q.r.id;
}

static aegis_status model_name(aegis_runtime *rt, void *arg)
{
	struct query *q = arg;
	const struct exec_context *m = dispatcher_model(&rt->d, q->id);
	q->r.str = m ? m->name : NULL;
	return AEGIS_OK;
}

const char *aegis_model_name(const aegis_runtime *rt, aegis_model_id id)
{
	struct query q = {.id = id};
	if (!rt)
		return NULL;
	runtime_call(writable(rt), model_name, &q);
	return q.r.str;
}

struct rank_key {
	int64_t prio_key;
	uint64_t seq;
	uint32_t slot;
};

static int by_rank(const void *a, const void *b)
{
	const struct rank_key *x = a, *y = b;
	if (x->prio_key != y->prio_key)
		return x->prio_key < y->prio_key ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* rt->rank for the models now in the slots: O(n log n) once per change of the set,
 * where counting per query made a table of n models O(n^2). false: out of memory. */
static bool ranks(aegis_runtime *rt)
{
	if (rt->rank && rt->rank_seq == rt->d.next_seq)
		return true;
	uint32_t slots = dispatcher_slots(&rt->d), n = 0;
	struct rank_key *k = malloc((slots ? slots : 1) * sizeof *k);
	uint32_t *rank = malloc((slots ? slots : 1) * sizeof *rank);
	if (!k || !rank) {
		free(k);
		free(rank);
		return false;
	}
	for (uint32_t i = 0; i < slots; i++) {
		const struct exec_context *o = dispatcher_slot(&rt->d, i);
		if (o)
			k[n++] = (struct rank_key){o->prio_key, o->seq, i};
	}
	qsort(k, n, sizeof *k, by_rank);
	for (uint32_t r = 0; r < n; r++)
		rank[k[r].slot] = r;
	free(k);
	free(rt->rank);
	rt->rank = rank;
	rt->rank_seq = rt->d.next_seq;
	return true;
}

/* Rank of m among all models under fixed priority: how many come before it. */
static int32_t fp_rank(aegis_runtime *rt, const struct exec_context *m)
{
	if (ranks(rt))
		return (int32_t)rt->rank[m->index];
	int32_t rank = 0; /* no memory for the table: count */
	uint32_t slots = dispatcher_slots(&rt->d);
	for (uint32_t i = 0; i < slots; i++) {
		const struct exec_context *o = dispatcher_slot(&rt->d, i);
		if (o && (o->prio_key < m->prio_key ||
			  (o->prio_key == m->prio_key && o->seq < m->seq)))
			rank++;
	}
	return rank;
}

/* The response-time figures of m's histogram. */
static void response_stats(const struct exec_context *m, aegis_model_stats *out)
{
	const struct hist *h = &m->response;
	double mean = hist_mean(h);
	out->response_min_ns = h->min;
	out->response_p50_ns = hist_quantile(h, 0.50);
	out->response_p90_ns = hist_quantile(h, 0.90);
	out->response_p99_ns = hist_quantile(h, 0.99);
	out->response_p999_ns = hist_quantile(h, 0.999);
	out->response_max_ns = h->max;
	out->response_mean_ns = mean;
	out->response_cv = mean > 0 ? hist_stddev(h) / mean : 0.0;
	out->response_jitter_ns = h->total ? h->max - h->min : -1;
}

/* What the model's gate decided (sporadic models: the submissions). */
static void gate_stats(aegis_runtime *rt, const struct exec_context *m, aegis_model_stats *out)
{
	struct release_counts g;
	uint32_t parked;
	intake_counts(&rt->intake, m->index, &g, &parked);
	out->released += g.released;
	out->rejected_interarrival += g.rejected_interarrival;
	out->rejected_queue_full += g.rejected_queue_full;
	out->rejected_quarantined += g.rejected_quarantined;
	out->skipped += g.skipped;
	out->rejected_invalid += g.rejected_invalid;
	out->pending += parked;
	out->handoff_max_ns = m->handoff_max_ns;
}

static aegis_status stats_get(aegis_runtime *rt, void *arg)
{
	struct query *q = arg;
	aegis_model_stats *out = q->out;
	const struct exec_context *m = dispatcher_model(&rt->d, q->id);
	if (!m)
		return AEGIS_E_NOT_FOUND;
	*out = (aegis_model_stats){
		.released = m->n.rel.released,
		.completed = m->n.completed,
		.rejected_queue_full = m->n.rel.rejected_queue_full,
		.rejected_interarrival = m->n.rel.rejected_interarrival,
		.skipped = m->n.rel.skipped,
		.cancelled = m->n.cancelled,
		.failed = m->n.failed,
		.missed = m->n.missed,
		.pending = m->count,
		.rejected_quarantined = m->n.rel.rejected_quarantined,
		.health = m->health.state,
		.overruns = m->n.overruns,
		.breaches = m->n.breaches,
		.faults = m->n.faults,
		.quarantines = m->n.quarantines,
		.max_lateness_ns = m->n.max_lateness_ns,
		.wcet_ns = m->be.reqs.wcet_ns,
		.deadline_ns = m->deadline_ns,
		.period_ns = m->cfg.period_ns,
		.priority = rt->cfg.policy == AEGIS_POLICY_FP ? fp_rank(rt, m) : -1,
		.lane = m->lane,
		.evicted = m->evicted,
		.persistent_bytes = m->gone ? 0 : rt->mem.model[m->index].persistent.size,
		.io_bytes = m->gone ? 0 : rt->mem.model[m->index].io.size,
		.transient_bytes = m->be.reqs.transient_bytes,
		.staging_bytes = staging_bytes(&m->staging),
		.copy_ns = m->copy_ns,
	};
	response_stats(m, out);
	gate_stats(rt, m, out);
	return AEGIS_OK;
}

aegis_status aegis_model_stats_get(const aegis_runtime *rt, aegis_model_id id,
				   aegis_model_stats *out)
{
	if (!rt || !out)
		return AEGIS_E_INVAL;
	struct query q = {.id = id, .out = out};
	return runtime_call(writable(rt), stats_get, &q);
}

static aegis_status task_get(aegis_runtime *rt, void *arg)
{
	struct query *q = arg;
	const struct exec_context *m = dispatcher_model(&rt->d, q->id);
	if (!m)
		return AEGIS_E_NOT_FOUND;
	*(aegis_task *)q->out = m->task;
	return AEGIS_OK;
}

aegis_status aegis_model_task_get(const aegis_runtime *rt, aegis_model_id id, aegis_task *out)
{
	if (!rt || !out)
		return AEGIS_E_INVAL;
	struct query q = {.id = id, .out = out};
	return runtime_call(writable(rt), task_get, &q);
}

struct tensor_query {
	aegis_model_id id;
	bool output;
	uint32_t index;
	uint32_t *n_in, *n_out;
	aegis_tensor_desc *out;
};

/* The model's tensors (the staging holds the backend's description; a model without
 * data has none). */
static aegis_status tensor_get(aegis_runtime *rt, void *arg)
{
	struct tensor_query *q = arg;
	const struct exec_context *m = dispatcher_model(&rt->d, q->id);
	if (!m)
		return AEGIS_E_NOT_FOUND;
	const struct staging *s = &m->staging;
	if (q->n_in)
		*q->n_in = s->n_in;
	if (q->n_out)
		*q->n_out = s->n_out;
	if (!q->out)
		return AEGIS_OK;
	if (q->index >= (q->output ? s->n_out : s->n_in))
		return AEGIS_E_NOT_FOUND;
	*q->out = s->t[q->output ? s->n_in + q->index : q->index].d;
	return AEGIS_OK;
}

aegis_status aegis_model_tensor_count(const aegis_runtime *rt, aegis_model_id id,
				      uint32_t *n_inputs, uint32_t *n_outputs)
{
	if (!rt || !n_inputs || !n_outputs)
		return AEGIS_E_INVAL;
	struct tensor_query q = {.id = id, .n_in = n_inputs, .n_out = n_outputs};
	return runtime_call(writable(rt), tensor_get, &q);
}

aegis_status aegis_model_tensor_get(const aegis_runtime *rt, aegis_model_id id, bool output,
				    uint32_t index, aegis_tensor_desc *out)
{
	if (!rt || !out)
		return AEGIS_E_INVAL;
	struct tensor_query q = {.id = id, .output = output, .index = index, .out = out};
	return runtime_call(writable(rt), tensor_get, &q);
}

static aegis_status lane_stats_get(aegis_runtime *rt, void *arg)
{
	struct query *q = arg;
	uint32_t lane = q->i;
	aegis_lane_stats *out = q->out;
	int64_t elapsed = aegis_runtime_now_ns(rt), busy;
	uint64_t segments, preemptions;
	dispatcher_lane_counters(&rt->d, lane, &busy, &segments, &preemptions);
	const struct mem_arena *a = &rt->mem.arena[lane];
	*out = (aegis_lane_stats){
		.arena_bytes = a->pending ? a->next.size : a->cur.size,
		.busy_ns = busy,
		.segments = segments,
		.preemptions = preemptions,
		.utilisation = elapsed > 0 ? (double)busy / (double)elapsed : 0.0,
	};
	return AEGIS_OK;
}

aegis_status aegis_lane_stats_get(const aegis_runtime *rt, uint32_t lane, aegis_lane_stats *out)
{
	if (!rt || !out)
		return AEGIS_E_INVAL;
	if (lane >= rt->cfg.lanes)
		return AEGIS_E_NOT_FOUND;
	struct query q = {.i = lane, .out = out};
	return runtime_call(writable(rt), lane_stats_get, &q);
}

static aegis_status memory(aegis_runtime *rt, void *arg)
{
	aegis_memory_totals *out = ((struct query *)arg)->out;
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
		.free = rt->mem_budget > rt->cfg.outside_pool_bytes + t.planned
				? rt->mem_budget - rt->cfg.outside_pool_bytes - t.planned : 0,
		.outside = rt->cfg.outside_pool_bytes,
	};
	return AEGIS_OK;
}

aegis_status aegis_runtime_memory(const aegis_runtime *rt, aegis_memory_totals *out)
{
	if (!rt || !out)
		return AEGIS_E_INVAL;
	struct query q = {.out = out};
	return runtime_call(writable(rt), memory, &q);
}

static aegis_status trace_counts(aegis_runtime *rt, void *arg)
{
	uint64_t *c = ((struct query *)arg)->out;
	c[0] = rt->trace.recorded;
	c[1] = rt->trace.dropped;
	return AEGIS_OK;
}

aegis_status aegis_runtime_trace_counts(const aegis_runtime *rt, uint64_t *recorded,
					uint64_t *dropped)
{
	if (!rt || !recorded || !dropped)
		return AEGIS_E_INVAL;
	uint64_t c[2];
	struct query q = {.out = c};
	aegis_status st = runtime_call(writable(rt), trace_counts, &q);
	*recorded = c[0];
	*dropped = c[1];
	return st;
}

static aegis_status device_memory(aegis_runtime *rt, void *arg)
{
	aegis_device_memory *out = ((struct query *)arg)->out;
	memset(out, 0, sizeof *out);
	if (rt->dev->ops->mem_outside)
		rt->dev->ops->mem_outside(rt->dev, out);
	return AEGIS_OK;
}

/* Through the dispatcher like every query: admissions grow the figures. */
aegis_status aegis_runtime_device_memory(const aegis_runtime *rt, aegis_device_memory *out)
{
	if (!rt || !out)
		return AEGIS_E_INVAL;
	struct query q = {.out = out};
	return runtime_call(writable(rt), device_memory, &q);
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
	if (lane >= rt->cfg.lanes)
		return AEGIS_E_NOT_FOUND;
	*out = (aegis_lane_info){.isolated = true};
	if (rt->dev->ops->lane_info)
		rt->dev->ops->lane_info(rt->dev, lane, out);
	return AEGIS_OK;
}

static aegis_status refusal_count(aegis_runtime *rt, void *arg)
{
	*(uint64_t *)((struct query *)arg)->out = rt->n_refused;
	return AEGIS_OK;
}

uint64_t aegis_runtime_refusal_count(const aegis_runtime *rt)
{
	uint64_t n = 0;
	struct query q = {.out = &n};
	if (rt)
		runtime_call(writable(rt), refusal_count, &q);
	return n;
}

static aegis_status refusal_get(aegis_runtime *rt, void *arg)
{
	struct query *q = arg;
	uint64_t seq = q->seq;
	if (seq >= rt->n_refused || rt->n_refused - seq > AEGIS_REFUSALS_KEPT)
		return AEGIS_E_NOT_FOUND;
	*(aegis_refusal *)q->out = rt->refused[seq % AEGIS_REFUSALS_KEPT];
	return AEGIS_OK;
}

aegis_status aegis_runtime_refusal_get(const aegis_runtime *rt, uint64_t seq,
				       aegis_refusal *out)
{
	if (!rt || !out)
		return AEGIS_E_INVAL;
	struct query q = {.out = out, .seq = seq};
	return runtime_call(writable(rt), refusal_get, &q);
}
