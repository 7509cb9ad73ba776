/* The lanes: which job a free lane takes (or whether the running one keeps it at a
 * boundary), starting segments on the device, their ends, and the watchdogs' instants.
 * Must not release or end jobs itself beyond handing them to jobs.c. */
#include <limits.h>

#include "sched/dispatcher_impl.h"

/* ---- lanes ------------------------------------------------------------------------- */

void dispatcher_backend_mem(const struct dispatcher *d, const struct exec_context *m,
			    uint32_t lane, struct backend_mem *out)
{
	*out = (struct backend_mem){0};
	if (!d->mem_base || !d->mem)
		return;
	const struct mem_model *r = &d->mem->model[m->index];
	const struct mem_region *a = &d->mem->arena[lane].cur;
	if (r->persistent.size) {
		out->persistent = d->mem_base + r->persistent.offset;
		out->persistent_bytes = r->persistent.size;
	}
	if (r->io.size) {
		out->io = d->mem_base + r->io.offset;
		out->io_bytes = r->io.size;
	}
	if (a->size && m->be.reqs.job_transient_bytes) {
		out->transient = d->mem_base + a->offset;
		out->transient_bytes = m->be.reqs.job_transient_bytes < a->size
					       ? m->be.reqs.job_transient_bytes
					       : a->size;
	}
}

/* Loads the segment onto the lane: the device marks its start, the backend enqueues
 * its work, the device commits it. */
/* The job's inputs to its io region, ahead of its first segment: from its staging slot,
 * or from the device address the request gave. */
static aegis_status copy_inputs(struct dispatcher *d, const struct exec_context *m,
				const struct job *j, uint32_t lane)
{
	const struct staging *s = &m->staging;
	if (!d->dev->ops->copy_in)
		return AEGIS_OK;
	for (uint32_t i = 0; i < s->n_in; i++) {
		const struct backend_tensor *t = &s->t[i];
		const aegis_buffer *b = &s->buf[j->slot].in[i];
		aegis_status st = d->dev->ops->copy_in(d->dev, lane, j->b.mem.io + t->offset,
						       b->device ? NULL : j->b.in_host + t->offset,
						       b->device, t->d.bytes);
		if (st != AEGIS_OK)
			return st;
	}
	return AEGIS_OK;
}

/* The job's outputs from its io region, behind its last segment: to its staging slot
 * (handed to the caller at the job's end), or to the device address the request gave.
 * A backend that writes its outputs on the host has nothing to copy. */
static aegis_status copy_outputs(struct dispatcher *d, const struct exec_context *m,
				 const struct job *j, uint32_t lane)
{
	const struct staging *s = &m->staging;
	if (!d->dev->ops->copy_out)
		return AEGIS_OK;
	for (uint32_t i = 0; i < s->n_out; i++) {
		const struct backend_tensor *t = &s->t[s->n_in + i];
		const aegis_buffer *b = &s->buf[j->slot].out[i];
		aegis_status st = AEGIS_OK;
		if (!s->host_outputs) /* from the device's io region */
			st = d->dev->ops->copy_out(d->dev, lane,
						   b->device ? NULL : j->b.out_host + t->offset,
						   b->device, j->b.mem.io + t->offset, t->d.bytes);
		else if (!d->dev->ops->mem_base) /* in the slot already: the copy's time */
			st = d->dev->ops->copy_out(d->dev, lane, NULL, 0, 0, t->d.bytes);
		if (st != AEGIS_OK)
			return st;
	}
	return AEGIS_OK;
}

static aegis_status load_segment(struct dispatcher *d, uint32_t lane_ix, struct exec_context *m,
				 struct job *j)
{
	if (d->mem && d->mem->guard) {
		const struct mem_region *a = &d->mem->arena[lane_ix].cur;
		j->b.transient = a->size ? guard_ptr(d->mem->guard, a->offset) : NULL;
		j->b.transient_size = a->size;
	}
	dispatcher_backend_mem(d, m, lane_ix, &j->b.mem);
	bool data = j->slot != STAGING_NONE;
	j->b.in_host = data ? staging_slot(&m->staging, j->slot) : NULL;
	j->b.out_host = data ? staging_slot(&m->staging, j->slot) : NULL;
	aegis_status st = device_begin(d->dev, lane_ix);
	if (st == AEGIS_OK && data && j->b.segment == 0)
		st = copy_inputs(d, m, j, lane_ix);
	if (st == AEGIS_OK) {
		device_speed(d->dev, lane_ix, m->speed); /* the model on this lane's size */
		st = backend_execute(m->be.ops, m->be.state, &j->b, d->dev, lane_ix);
	}
	if (st == AEGIS_OK && data && j->b.segment + 1 == m->be.reqs.n_segments)
		st = copy_outputs(d, m, j, lane_ix);
	if (st == AEGIS_OK)
		st = d->dev->ops->commit(d->dev, lane_ix);
	return st;
}

static void start_segment(struct dispatcher *d, struct lane *l, uint32_t lane_ix,
			  struct exec_context *m)
{
	struct job *j = context_queue_head(m);
	int64_t t = now(d);
	if (j->b.segment == 0 && m->be.reqs.job_transient_bytes > m->be.reqs.transient_bytes) {
		/* the job asks more than the model's budget in the lane's arena: it fails
		 * fast, before touching the lane; no eviction, no retry */
		dispatcher_end_job(d, m, AEGIS_E_BUDGET, t);
		return;
	}
	if (j->start_ns < 0)
		j->start_ns = t;
	j->on_lane = true;
	l->running = m;
	l->at_boundary = false;
	l->seg_start_ns = t;
	aegis_status st = load_segment(d, lane_ix, m, j);
	if (st != AEGIS_OK) {
		if (aegis_status_class_of(st) == AEGIS_CLASS_FATAL) {
			dispatcher_fail(d, st); /* nothing on any lane can be trusted now */
			return;
		}
		/* The job fails; the lane is free again at once, the model goes on. */
		l->running = NULL;
		st = sched_guard_job_end(d, m, lane_ix, st);
		dispatcher_end_job(d, m, st, t);
		return;
	}
	faults_segment_start(l, m, j);
	trace_record(d->trace, AEGIS_EV_START, t, m->id, lane_ix, j->b.seq, j->b.segment,
		     AEGIS_OK, j->deadline_ns);
}

/* Records a decision (aegis/trace.h, DECIDE): one branch when tracing is off, and
 * nothing here changes what is decided. */
static void trace_decide(struct dispatcher *d, uint32_t lane_ix, aegis_decide_reason reason,
			 struct exec_context *m, struct exec_context *other,
			 uint32_t count)
{
	if (!d->trace->sink.fn)
		return;
	const struct job *j = context_queue_head(m);
	const struct job *o = other ? context_queue_head(other) : NULL;
	trace_record_decide(d->trace, now(d), lane_ix, reason, m->id, j->b.seq,
			    j->b.segment, j->key, j->tie, o ? other->id : AEGIS_NO_MODEL,
			    o ? o->key : 0, o ? o->tie : 0, count);
}

/* The model of the ready queue's top. For traces only. */
static struct exec_context *ready_top_model(const struct dispatcher *d, const struct lane *l)
{
	const struct heap_entry *top = heap_top(&l->ready);
	if (!top || !context_queue_head(d->models[sched_slot_of(top->id)]))
		return NULL;
	return d->models[sched_slot_of(top->id)];
}

/* At a boundary with preemption points: a strictly better ready job takes the lane
 * (the running one goes back to the ready queue). Returns the preempted model, or NULL
 * when the running job keeps the lane. */
static struct exec_context *preempt(struct dispatcher *d, struct lane *l, uint32_t lane_ix)
{
	struct exec_context *m = l->running;
	struct job *j = context_queue_head(m);
	const struct heap_entry *top = heap_top(&l->ready);
	if (d->preemption != AEGIS_PREEMPT_POINTS || !top ||
	    !(top->k1 < j->key || (top->k1 == j->key && top->k2 < j->tie)))
		return NULL;
	uint32_t winner = d->models[sched_slot_of(top->id)]->id;
	j->on_lane = false;
	l->running = NULL;
	l->at_boundary = false;
	l->preemptions++;
	heap_push(&l->ready, ready_entry(m, j));
	trace_record(d->trace, AEGIS_EV_PREEMPT, now(d), m->id, lane_ix, j->b.seq, j->b.segment,
		     AEGIS_OK, winner);
	return m;
}

static void decide(struct dispatcher *d, uint32_t lane_ix)
{
	struct lane *l = &d->lanes[lane_ix];
	struct exec_context *preempted = NULL; /* for the trace only */
	for (;;) {
		if (l->running && !l->at_boundary)
			return; /* busy */
		if (l->running) {
			struct exec_context *m = l->running;
			if (!(preempted = preempt(d, l, lane_ix))) {
				trace_decide(d, lane_ix, AEGIS_DECIDE_CONTINUE, m,
					     ready_top_model(d, l), l->ready.n + 1);
				start_segment(d, l, lane_ix, m);
				return;
			}
		}
		if (d->mem)
			mem_plan_lane_idle(d->mem, lane_ix); /* free lane: adopt a pending arena */
		if (!heap_top(&l->ready))
			return;
		uint32_t count = l->ready.n;
		struct heap_entry e = heap_pop(&l->ready);
		struct exec_context *m = d->models[sched_slot_of(e.id)];
		if (!context_queue_head(m))
			continue; /* defensive: entries leave with their jobs (evict, quarantine) */
		if (preempted)
			trace_decide(d, lane_ix, AEGIS_DECIDE_PREEMPT, m, preempted, count);
		else
			trace_decide(d, lane_ix, AEGIS_DECIDE_FREE, m, ready_top_model(d, l), count);
		preempted = NULL;
		start_segment(d, l, lane_ix, m);
		/* A backend failure frees the lane at once: decide again. */
	}
}

void sched_dispatch(struct dispatcher *d)
{
	for (uint32_t i = 0; i < d->n_lanes; i++)
		decide(d, i);
}

/* What the segment that ended at t ran, as its budget is charged: the device's measure
 * (CUDA: begin to end on the GPU, not counting a host stall after commit). Not asked
 * for a job's last segment that took no longer than its share from begin() to the end
 * the host saw: the device's time lies inside that interval, so the segment cannot
 * have overrun, and nothing after the job's end needs the exact figure (it saves a
 * driver call between a completion and the next start). */
static int64_t segment_ran(struct dispatcher *d, const struct lane *l, uint32_t lane_ix,
			   const struct exec_context *m, const struct job *j, int64_t t)
{
	int64_t host = t - l->seg_start_ns;
	bool last = j->b.segment + 1 >= m->be.reqs.n_segments;
	if (last && !j->overran && host <= m->budget_seg[j->b.segment])
		return host;
	return device_ran(d->dev, lane_ix, host);
}

static void segment_end(struct dispatcher *d, uint32_t lane_ix, int64_t t)
{
	struct lane *l = &d->lanes[lane_ix];
	struct exec_context *m = l->running;
	if (!m)
		return; /* after a fatal stop: its job ended already */
	struct job *j = context_queue_head(m);
	l->busy_ns += t - l->seg_start_ns;
	l->segments++;
	trace_record(d->trace, AEGIS_EV_SEGMENT_END, t, m->id, lane_ix, j->b.seq, j->b.segment,
		     AEGIS_OK, l->seg_start_ns);
	aegis_status st = backend_complete(m->be.ops, m->be.state, &j->b);
	if (aegis_status_class_of(st) == AEGIS_CLASS_FATAL) {
		dispatcher_fail(d, st);
		return;
	}
	if (st == AEGIS_OK) { /* the budget is charged with what ran on the device */
		bool stop = false;
		if (faults_segment_end(d, m, j, lane_ix, t, segment_ran(d, l, lane_ix, m, j, t),
				       &stop))
			sched_drain_quarantined(d, m);
		if (stop)
			st = AEGIS_E_OVERRUN;
	}
	j->b.segment++;
	if (st == AEGIS_OK && j->b.segment < m->be.reqs.n_segments) {
		l->at_boundary = true;
		return;
	}
	j->on_lane = false;
	l->running = NULL;
	st = sched_guard_job_end(d, m, lane_ix, st);
	dispatcher_end_job(d, m, st, t);
}

void dispatcher_process_completions(struct dispatcher *d)
{
	uint32_t lane;
	int64_t t;
	while (d->dev->ops->poll(d->dev, &lane, &t))
		segment_end(d, lane, t);
}

/* The instant's timers, after its segment ends (ending on time is no overrun). A
 * segment whose watch ran out may have ended meanwhile (the host stalled since the
 * loop's last poll): its end is taken first, charged with the device's time, so only a
 * segment still running is an overrun. */
void sched_on_time(struct dispatcher *d)
{
	if (faults_next_timer(d) <= now(d))
		dispatcher_process_completions(d);
	uint32_t lane;
	while ((lane = faults_on_time(d)) != AEGIS_NO_LANE)
		sched_drain_quarantined(d, d->lanes[lane].running);
}

