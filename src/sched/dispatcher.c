/* The event loop. At every instant it handles, in this order: segment ends (lowest
 * lane first), then releases (earliest first, then lowest model index), then one
 * decision per free lane (lowest lane first). All events of an instant are seen
 * before any decision of that instant; this order is part of the determinism
 * contract and of the trace. Must not allocate: everything was sized at admission. */
#include <limits.h>

#include "aegis/time.h"

#include "sched/dispatcher.h"

static int64_t now(const struct dispatcher *d)
{
	return device_now(d->dev);
}

static struct heap_entry ready_entry(const struct exec_context *m, const struct job *j)
{
	return (struct heap_entry){.k1 = j->key, .k2 = j->tie, .k3 = (uint64_t)j->release_ns,
				   .id = m->index};
}

static void mark_missed(struct dispatcher *d, struct exec_context *m, struct job *j)
{
	j->missed = true;
	m->n.missed++;
	if (m->cfg.on_miss == AEGIS_MISS_SKIP_NEXT)
		m->skip_next = true;
	trace_record(&d->trace, AEGIS_EV_MISS, j->deadline_ns, m->index, m->lane, j->b.seq,
		     j->b.segment, AEGIS_OK, 0);
}

/* Marks the pending jobs of m whose deadline is at or before t as missed. Jobs end in
 * release order with increasing deadlines, so the scan stops at the first one that
 * is still in time. A job pending at its deadline instant, after that instant's
 * segment ends were handled, can only finish later: it has missed. */
static void note_misses(struct dispatcher *d, struct exec_context *m, int64_t t)
{
	for (uint32_t i = 0; i < m->count; i++) {
		struct job *j = context_queue_at(m, i);
		if (j->deadline_ns > t)
			break;
		if (!j->missed)
			mark_missed(d, m, j);
	}
}

static aegis_status reject(struct dispatcher *d, struct exec_context *m, aegis_status why)
{
	trace_record(&d->trace, AEGIS_EV_REJECT, now(d), m->index, AEGIS_NO_LANE, m->next_seq, 0,
		     why, 0);
	m->next_seq++;
	return why;
}

aegis_status dispatcher_release(struct dispatcher *d, struct exec_context *m, int64_t arrival_ns,
				aegis_done_fn done, void *user)
{
	int64_t t = now(d);
	if (d->fatal)
		return d->fatal; /* not a release: nothing is counted */
	note_misses(d, m, t);
	m->n.released++;
	if (m->health.state == AEGIS_HEALTH_QUARANTINED) {
		m->n.rejected_quarantined++;
		return reject(d, m, AEGIS_E_QUARANTINED);
	}
	if (m->skip_next) {
		m->skip_next = false;
		m->n.skipped++;
		return reject(d, m, AEGIS_E_SKIPPED);
	}
	if (context_queue_full(m)) {
		m->n.rejected_queue_full++;
		return reject(d, m, AEGIS_E_QUEUE_FULL);
	}
	struct job *j = context_queue_push(m);
	*j = (struct job){
		.b = {.seq = m->next_seq++, .segment = 0, .exec_ns = -1},
		.arrival_ns = arrival_ns,
		.release_ns = t,
		.deadline_ns = arrival_ns + m->deadline_ns, /* checked at admission/submit */
		.start_ns = -1,
		.done = done,
		.user = user,
	};
	d->policy->key(m, j, &j->key, &j->tie);
	trace_record(&d->trace, AEGIS_EV_RELEASE, t, m->index, m->lane, j->b.seq, 0, AEGIS_OK,
		     j->deadline_ns);
	if (m->count == 1)
		heap_push(&d->lanes[m->lane].ready, ready_entry(m, j));
	return AEGIS_OK;
}

/* Release k of a periodic model arrives at first + k * period and enters the queue
 * up to `jitter` later. Returns false (no more releases) when the arrival or its
 * deadline would overflow int64. */
static bool schedule_next_release(struct dispatcher *d, struct exec_context *m)
{
	int64_t arrival, latest;
	if (aegis_time_mul((int64_t)m->period_index, m->cfg.period_ns, &arrival) ||
	    aegis_time_add(arrival, m->first_arrival_ns, &arrival) ||
	    aegis_time_add(arrival, m->cfg.period_ns, &latest))
		return false; /* deadline and jitter are both below the period */
	int64_t release = arrival;
	if (m->cfg.jitter_ns)
		release += rng_range(&m->jitter_rng, 0, m->cfg.jitter_ns);
	heap_push(&d->releases, (struct heap_entry){.k1 = release, .k2 = arrival,
						     .k3 = m->index, .id = m->index});
	return true;
}

void dispatcher_add_periodic(struct dispatcher *d, struct exec_context *m)
{
	m->period_index = 0;
	m->first_arrival_ns = m->cfg.offset_ns; /* relative until the first run */
	if (d->started) {
		m->first_arrival_ns += now(d);
		schedule_next_release(d, m);
	}
}

/* The first run_for: the periodic models admitted before it start now (+ offset). */
static void start_periodic(struct dispatcher *d)
{
	int64_t t = now(d);
	d->started = true;
	for (uint32_t i = 0; i < d->n_models; i++) {
		struct exec_context *m = d->models[i];
		if (m->cfg.release != AEGIS_RELEASE_PERIODIC || m->evicted ||
		    aegis_time_add(m->first_arrival_ns, t, &m->first_arrival_ns))
			continue;
		schedule_next_release(d, m);
	}
}

static void process_releases(struct dispatcher *d)
{
	int64_t t = now(d);
	const struct heap_entry *top;
	while ((top = heap_top(&d->releases)) && top->k1 <= t) {
		struct heap_entry e = heap_pop(&d->releases);
		struct exec_context *m = d->models[e.id];
		if (m->evicted)
			continue; /* its timer ends here */
		(void)dispatcher_release(d, m, e.k2, NULL, NULL); /* rejections are counted */
		m->period_index++;
		schedule_next_release(d, m);
	}
}

/* Ends a job: accounting, trace, queue, health, then the callback last, once the
 * state is consistent, since the callback may submit. The job must be its model's
 * oldest. */
void dispatcher_end_job(struct dispatcher *d, struct exec_context *m, aegis_status status,
			int64_t t)
{
	struct job *j = context_queue_head(m);
	if (!j->missed && t > j->deadline_ns)
		mark_missed(d, m, j);
	if (status == AEGIS_OK) {
		m->n.completed++;
		hist_record(&m->response, t - j->arrival_ns);
		if (t - j->deadline_ns > m->n.max_lateness_ns)
			m->n.max_lateness_ns = t - j->deadline_ns;
	} else if (status == AEGIS_E_CANCELLED) {
		m->n.cancelled++;
	} else {
		m->n.failed++;
	}
	trace_record(&d->trace, AEGIS_EV_COMPLETE, t, m->index, m->lane, j->b.seq,
		     j->b.segment, status, j->arrival_ns);
	aegis_completion c = {
		.model = m->index,
		.job = j->b.seq,
		.status = status,
		.lane = m->lane,
		.arrival_ns = j->arrival_ns,
		.release_ns = j->release_ns,
		.start_ns = j->start_ns,
		.finish_ns = t,
		.deadline_ns = j->deadline_ns,
		.missed = j->missed,
	};
	aegis_done_fn fn = j->done ? j->done : m->cfg.on_done;
	void *user = j->done ? j->user : m->cfg.user;
	struct job ended = *j;
	context_queue_pop(m);
	if (context_gone(m) && d->mem)
		mem_plan_release(d->mem, m->index); /* evicted and drained: its share goes */
	/* health may quarantine the model, which ends its queued jobs here */
	faults_job_end(d, m, &ended, status, t);
	struct job *next = context_queue_head(m);
	if (next && !next->on_lane && d->state == DISPATCHER_RUNNING && !m->evicted &&
	    m->health.state != AEGIS_HEALTH_QUARANTINED)
		heap_push(&d->lanes[m->lane].ready, ready_entry(m, next));
	if (fn) {
		d->in_callback++;
		fn(user, &c);
		d->in_callback--;
	}
}

/* Guard mode (tests): a job leaving its lane must have stayed inside its regions, or
 * it fails with AEGIS_E_BACKEND (traced by its COMPLETE event); then the lane's arena
 * is poisoned, so nothing the job left there survives. One branch when off. */
static aegis_status guard_job_end(struct dispatcher *d, const struct exec_context *m,
				  uint32_t lane, aegis_status st)
{
	if (!d->mem || !d->mem->guard)
		return st;
	if (!mem_plan_guard_job_end(d->mem, m->index, lane) && st == AEGIS_OK)
		return AEGIS_E_BACKEND;
	return st;
}

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
	if (a->size && m->reqs.job_transient_bytes) {
		out->transient = d->mem_base + a->offset;
		out->transient_bytes = m->reqs.job_transient_bytes < a->size
					       ? m->reqs.job_transient_bytes
					       : a->size;
	}
}

static void start_segment(struct dispatcher *d, struct lane *l, uint32_t lane_ix,
			  struct exec_context *m)
{
	struct job *j = context_queue_head(m);
	int64_t t = now(d);
	if (j->b.segment == 0 && m->reqs.job_transient_bytes > m->reqs.transient_bytes) {
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
	if (d->mem && d->mem->guard) {
		const struct mem_region *a = &d->mem->arena[lane_ix].cur;
		j->b.transient = a->size ? guard_ptr(d->mem->guard, a->offset) : NULL;
		j->b.transient_size = a->size;
	}
	dispatcher_backend_mem(d, m, lane_ix, &j->b.mem);
	aegis_status st = device_begin(d->dev, lane_ix);
	if (st == AEGIS_OK)
		st = backend_execute(m->backend, m->backend_state, &j->b, d->dev, lane_ix);
	if (st == AEGIS_OK)
		st = d->dev->ops->commit(d->dev, lane_ix);
	if (st != AEGIS_OK) {
		if (aegis_status_class_of(st) == AEGIS_CLASS_FATAL) {
			dispatcher_fail(d, st); /* nothing on any lane can be trusted now */
			return;
		}
		/* The job fails; the lane is free again at once, the model goes on. */
		l->running = NULL;
		st = guard_job_end(d, m, lane_ix, st);
		dispatcher_end_job(d, m, st, t);
		return;
	}
	faults_segment_start(l, m, j);
	trace_record(&d->trace, AEGIS_EV_START, t, m->index, lane_ix, j->b.seq, j->b.segment,
		     AEGIS_OK, j->deadline_ns);
}

/* Records a decision (aegis/trace.h, DECIDE): one branch when tracing is off, and
 * nothing here changes what is decided. */
static void trace_decide(struct dispatcher *d, uint32_t lane_ix, aegis_decide_reason reason,
			 struct exec_context *m, struct exec_context *other,
			 uint32_t count)
{
	if (!d->trace.sink.fn)
		return;
	const struct job *j = context_queue_head(m);
	const struct job *o = other ? context_queue_head(other) : NULL;
	trace_record_decide(&d->trace, now(d), lane_ix, reason, m->index, j->b.seq,
			    j->b.segment, j->key, j->tie, o ? other->index : AEGIS_NO_MODEL,
			    o ? o->key : 0, o ? o->tie : 0, count);
}

/* The model of the ready queue's top, skipping nothing: a stale entry of an evicted
 * model (its queue empty) is reported as no alternative. For traces only. */
static struct exec_context *ready_top_model(const struct dispatcher *d, const struct lane *l)
{
	const struct heap_entry *top = heap_top(&l->ready);
	if (!top || !context_queue_head(d->models[top->id]))
		return NULL;
	return d->models[top->id];
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
			struct job *j = context_queue_head(m);
			const struct heap_entry *top = heap_top(&l->ready);
			if (d->preemption == AEGIS_PREEMPT_POINTS && top &&
			    (top->k1 < j->key || (top->k1 == j->key && top->k2 < j->tie))) {
				uint32_t winner = top->id;
				j->on_lane = false;
				l->running = NULL;
				l->at_boundary = false;
				l->preemptions++;
				heap_push(&l->ready, ready_entry(m, j));
				trace_record(&d->trace, AEGIS_EV_PREEMPT, now(d), m->index, lane_ix,
					     j->b.seq, j->b.segment, AEGIS_OK, winner);
				preempted = m;
			} else {
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
		struct exec_context *m = d->models[e.id];
		if (!context_queue_head(m))
			continue; /* an evicted model's stale entry: its jobs were cancelled */
		if (preempted)
			trace_decide(d, lane_ix, AEGIS_DECIDE_PREEMPT, m, preempted, count);
		else
			trace_decide(d, lane_ix, AEGIS_DECIDE_FREE, m, ready_top_model(d, l), count);
		preempted = NULL;
		start_segment(d, l, lane_ix, m);
		/* A backend failure frees the lane at once: decide again. */
	}
}

static void dispatch(struct dispatcher *d)
{
	for (uint32_t i = 0; i < d->n_lanes; i++)
		decide(d, i);
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
	trace_record(&d->trace, AEGIS_EV_SEGMENT_END, t, m->index, lane_ix, j->b.seq,
		     j->b.segment, AEGIS_OK, l->seg_start_ns);
	aegis_status st = backend_complete(m->backend, m->backend_state, &j->b);
	if (aegis_status_class_of(st) == AEGIS_CLASS_FATAL) {
		dispatcher_fail(d, st);
		return;
	}
	if (st == AEGIS_OK) /* the budget is charged with what ran on the device */
		st = faults_segment_end(d, m, j, lane_ix, t,
					device_ran(d->dev, lane_ix, t - l->seg_start_ns));
	j->b.segment++;
	if (st == AEGIS_OK && j->b.segment < m->reqs.n_segments) {
		l->at_boundary = true;
		return;
	}
	j->on_lane = false;
	l->running = NULL;
	st = guard_job_end(d, m, lane_ix, st);
	dispatcher_end_job(d, m, st, t);
}

void dispatcher_process_completions(struct dispatcher *d)
{
	uint32_t lane;
	int64_t t;
	while (d->dev->ops->poll(d->dev, &lane, &t))
		segment_end(d, lane, t);
}

aegis_status dispatcher_run_for(struct dispatcher *d, int64_t duration_ns)
{
	int64_t t_end;
	if (d->fatal)
		return d->fatal;
	if (d->state != DISPATCHER_RUNNING || d->in_callback)
		return AEGIS_E_STATE;
	if (duration_ns < 0)
		return AEGIS_E_INVAL;
	if (aegis_time_add(now(d), duration_ns, &t_end))
		return AEGIS_E_OVERFLOW;
	(void)trace_buf_start(&d->trace); /* without a thread, tracing stays lossless */
	if (!d->started)
		start_periodic(d);
	aegis_status st = AEGIS_OK;
	for (;;) {
		dispatcher_process_completions(d);
		faults_on_time(d); /* after the segment ends of the instant: ending on time is no overrun */
		if (now(d) >= t_end || d->stop_requested || d->fatal)
			break; /* releases at t_end belong to the next call */
		process_releases(d);
		dispatch(d);
		if (d->stop_requested || d->fatal)
			break;
		const struct heap_entry *next = heap_top(&d->releases);
		int64_t target = next && next->k1 < t_end ? next->k1 : t_end;
		int64_t timer = faults_next_timer(d);
		if (timer < target)
			target = timer;
		if ((st = d->dev->ops->advance(d->dev, target)) != AEGIS_OK) {
			if (aegis_status_class_of(st) == AEGIS_CLASS_FATAL)
				dispatcher_fail(d, st);
			break;
		}
	}
	trace_buf_flush(&d->trace);
	if (d->fatal)
		return d->fatal;
	if (d->stop_requested)
		dispatcher_stop(d);
	return st;
}

/* Ends every job of m that is not on a lane with status, oldest first. Only the
 * oldest job can be on a lane, so the ended ones are the tail of the queue. */
void dispatcher_cancel_queued(struct dispatcher *d, struct exec_context *m, aegis_status status)
{
	struct job *head = context_queue_head(m);
	if (!head)
		return;
	uint32_t keep = head->on_lane ? 1 : 0;
	int64_t t = now(d);
	note_misses(d, m, t);
	while (m->count > keep) {
		/* Swap the oldest job to cancel with the running head, so that end_job, which
		 * ends the head, takes it and leaves the running job at the head. */
		if (keep) {
			struct job tmp = *context_queue_at(m, 1);
			*context_queue_at(m, 1) = *head;
			*head = tmp;
		}
		dispatcher_end_job(d, m, status, t);
		head = context_queue_head(m);
	}
}

void dispatcher_evict(struct dispatcher *d, struct exec_context *m)
{
	m->evicted = true;
	dispatcher_cancel_queued(d, m, AEGIS_E_CANCELLED);
	if (context_gone(m) && d->mem)
		mem_plan_release(d->mem, m->index); /* nothing on a lane: its share goes now */
}

void dispatcher_stop(struct dispatcher *d)
{
	if (d->state != DISPATCHER_RUNNING)
		return;
	if (d->in_callback) {
		d->stop_requested = true;
		return;
	}
	d->state = DISPATCHER_STOPPING;
	d->releases.n = 0;
	for (uint32_t i = 0; i < d->n_lanes; i++)
		d->lanes[i].ready.n = 0;
	for (uint32_t i = 0; i < d->n_models; i++)
		dispatcher_cancel_queued(d, d->models[i], AEGIS_E_CANCELLED);
	for (;;) {
		dispatcher_process_completions(d);
		dispatch(d);
		bool busy = false;
		for (uint32_t i = 0; i < d->n_lanes; i++)
			busy |= d->lanes[i].running != NULL;
		if (!busy)
			break;
		aegis_status st = d->dev->ops->advance(d->dev, INT64_MAX);
		if (st != AEGIS_OK) {
			if (aegis_status_class_of(st) == AEGIS_CLASS_FATAL)
				dispatcher_fail(d, st); /* ends the jobs left on lanes */
			break;
		}
	}
	if (d->fatal)
		return;
	trace_buf_flush(&d->trace);
	d->state = DISPATCHER_STOPPED;
}
