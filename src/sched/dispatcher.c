/* The event loop. At every instant it handles, in this order: segment ends (lowest
 * lane first), then releases (earliest first, then admission order), then one
 * decision per free lane (lowest lane first). All events of an instant are seen
 * before any decision of that instant; this order is part of the determinism
 * contract and of the trace. Must not allocate: everything was sized at admission
 * (models.c). */
#include <limits.h>
#include <stdlib.h>

#include "aegis/time.h"

#include "sched/dispatcher.h"
#include "sched/waiter.h"

static int64_t now(const struct dispatcher *d)
{
	return device_now(d->dev);
}

static struct heap_entry ready_entry(const struct exec_context *m, const struct job *j)
{
	return (struct heap_entry){.k1 = j->key, .k2 = j->tie, .k3 = (uint64_t)j->release_ns,
				   .k4 = m->seq, .id = m->index};
}

/* ---- lifecycle ------------------------------------------------------------------ */

aegis_status dispatcher_init(struct dispatcher *d, const struct dispatcher_config *cfg)
{
	*d = (struct dispatcher){
		.dev = cfg->dev,
		.policy = cfg->policy,
		.preemption = cfg->preemption,
		.trace = cfg->trace,
		.mem = cfg->mem,
		.mem_base = cfg->mem_base,
		.overrun_slack_ns = cfg->overrun_slack_ns,
		.intake = cfg->intake,
		.waker = cfg->waker,
		.between = cfg->between,
		.between_user = cfg->between_user,
		.n_lanes = cfg->n_lanes,
		.next_recover_ns = INT64_MAX,
	};
	d->lanes = calloc(d->n_lanes, sizeof *d->lanes);
	return d->lanes ? AEGIS_OK : AEGIS_E_NOMEM;
}

void dispatcher_deinit(struct dispatcher *d)
{
	dispatcher_stop(d); /* every accepted job ends before its context goes */
	dispatcher_models_free(d);
	for (uint32_t i = 0; d->lanes && i < d->n_lanes; i++)
		free(d->lanes[i].ready.e);
	free(d->lanes);
	d->lanes = NULL;
}

aegis_status dispatcher_fatal(const struct dispatcher *d)
{
	return d->fatal;
}

bool dispatcher_accepting(const struct dispatcher *d)
{
	return d->state == DISPATCHER_RUNNING && !d->stop_requested && !d->fatal;
}

bool dispatcher_running(const struct dispatcher *d)
{
	return d->state == DISPATCHER_RUNNING && !d->fatal;
}

bool dispatcher_in_callback(const struct dispatcher *d)
{
	return d->in_callback > 0;
}

bool dispatcher_lane_busy(const struct dispatcher *d, uint32_t lane)
{
	return d->lanes[lane].running != NULL;
}

void dispatcher_lane_counters(const struct dispatcher *d, uint32_t lane, int64_t *busy_ns,
			      uint64_t *segments, uint64_t *preemptions)
{
	const struct lane *l = &d->lanes[lane];
	*busy_ns = l->busy_ns;
	*segments = l->segments;
	*preemptions = l->preemptions;
}

/* ---- releases -------------------------------------------------------------------- */

static void mark_missed(struct dispatcher *d, struct exec_context *m, struct job *j)
{
	j->missed = true;
	m->n.missed++;
	if (m->cfg.on_miss == AEGIS_MISS_SKIP_NEXT) {
		if (m->cfg.release == AEGIS_RELEASE_SPORADIC)
			intake_set_skip(d->intake, m->index); /* its next submission */
		else
			m->skip_next = true;
	}
	trace_record(d->trace, AEGIS_EV_MISS, j->deadline_ns, m->id, m->lane, j->b.seq,
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
	trace_record(d->trace, AEGIS_EV_REJECT, now(d), m->id, AEGIS_NO_LANE, m->next_seq, 0,
		     why, 0);
	m->next_seq++;
	return why;
}

/* A job enters m's queue: its (key, tie), its RELEASE event, and a place in its lane's
 * ready queue if it is the model's oldest. The queue has room (checked by the caller). */
static void enqueue(struct dispatcher *d, struct exec_context *m, int64_t arrival_ns,
		    aegis_done_fn done, void *user, aegis_waiter *waiter)
{
	int64_t t = now(d);
	struct job *j = context_queue_push(m);
	*j = (struct job){
		.b = {.seq = m->next_seq++, .segment = 0, .exec_ns = -1},
		.arrival_ns = arrival_ns,
		.release_ns = t,
		.deadline_ns = arrival_ns + m->deadline_ns, /* checked at admission/submit */
		.start_ns = -1,
		.done = done,
		.user = user,
		.waiter = waiter,
	};
	d->policy->key(m, j, &j->key, &j->tie);
	trace_record(d->trace, AEGIS_EV_RELEASE, t, m->id, m->lane, j->b.seq, 0, AEGIS_OK,
		     j->deadline_ns);
	if (m->count == 1)
		heap_push(&d->lanes[m->lane].ready, ready_entry(m, j));
}

/* A periodic release: the timer's, accepted or rejected here. */
static void release_periodic(struct dispatcher *d, struct exec_context *m, int64_t arrival_ns)
{
	if (d->fatal)
		return;
	note_misses(d, m, now(d));
	m->n.released++;
	if (m->health.state == AEGIS_HEALTH_QUARANTINED) {
		m->n.rejected_quarantined++;
		reject(d, m, AEGIS_E_QUARANTINED);
	} else if (m->skip_next) {
		m->skip_next = false;
		m->n.skipped++;
		reject(d, m, AEGIS_E_SKIPPED);
	} else if (context_queue_full(m)) {
		m->n.rejected_queue_full++;
		reject(d, m, AEGIS_E_QUEUE_FULL);
	} else {
		enqueue(d, m, arrival_ns, NULL, NULL, NULL);
	}
}

aegis_status dispatcher_submit(struct dispatcher *d, struct exec_context *m,
			       const struct submission *s, struct intake_why *why)
{
	if (d->fatal)
		return d->fatal; /* not a release: nothing is counted */
	int64_t t = now(d);
	note_misses(d, m, t);
	aegis_status st;
	/* every rejection of a submission is the gate's: one place, whichever thread */
	enum intake_verdict v = intake_submit(d->intake, m->id, t, s, false, &st, why);
	if (v == INTAKE_REJECTED)
		reject(d, m, st);
	if (v == INTAKE_ACCEPTED)
		enqueue(d, m, t, s->done, s->user, s->waiter);
	return st;
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
	int64_t at = arrival;
	if (m->cfg.jitter_ns)
		at += rng_range(&m->jitter_rng, 0, m->cfg.jitter_ns);
	heap_push(&d->releases, (struct heap_entry){.k1 = at, .k2 = arrival, .k3 = m->seq,
						     .id = m->index});
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
	for (uint32_t i = 0; i < d->n_slots; i++) {
		struct exec_context *m = d->models[i];
		if (!m || m->cfg.release != AEGIS_RELEASE_PERIODIC || m->evicted ||
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
		release_periodic(d, m, e.k2); /* rejections are counted */
		m->period_index++;
		schedule_next_release(d, m);
	}
}

/* ---- the end of a job ------------------------------------------------------------- */

/* A job that has ended, as its callback will see it. */
struct ended {
	struct job job;
	aegis_completion c;
	aegis_done_fn fn;
	void *user;
	aegis_waiter *waiter;
};

/* Evicted and drained: its memory goes back to the plan and its slot may be reused. */
static void model_gone(struct dispatcher *d, struct exec_context *m)
{
	m->gone = true;
	d->lanes[m->lane].n_models--;
	if (d->mem)
		mem_plan_release(d->mem, m->index);
}

/* Accounts the end of job j of m with status at t: counters, histogram, trace; what
 * its callback will see. */
static struct ended account_end(struct dispatcher *d, struct exec_context *m, struct job *j,
				aegis_status status, int64_t t)
{
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
	trace_record(d->trace, AEGIS_EV_COMPLETE, t, m->id, m->lane, j->b.seq, j->b.segment,
		     status, j->arrival_ns);
	struct ended e = {
		.job = *j,
		.c = {
			.model = m->id,
			.job = j->b.seq,
			.status = status,
			.lane = m->lane,
			.arrival_ns = j->arrival_ns,
			.release_ns = j->release_ns,
			.start_ns = j->start_ns,
			.finish_ns = t,
			.deadline_ns = j->deadline_ns,
			.missed = j->missed,
		},
		.fn = j->done ? j->done : m->cfg.on_done,
		.user = j->done ? j->user : m->cfg.user,
		.waiter = j->waiter,
	};
	if (m->cfg.release == AEGIS_RELEASE_SPORADIC) /* its place in the queue is free */
		intake_job_ended(d->intake, m->index, ++m->submitted_ended);
	return e;
}

/* Evicted, drained and nothing parked: the model is gone. */
static void maybe_gone(struct dispatcher *d, struct exec_context *m)
{
	if (m->evicted && !m->gone && m->count == 0 && intake_drained(d->intake, m->index))
		model_gone(d, m);
}

/* Ends m's oldest job with status at t: accounting, trace, queue. */
static struct ended pop_job(struct dispatcher *d, struct exec_context *m, aegis_status status,
			    int64_t t)
{
	struct ended e = account_end(d, m, context_queue_head(m), status, t);
	context_queue_pop(m);
	maybe_gone(d, m);
	return e;
}

/* The callback last, once the state is consistent, since it may submit or stop. */
static void call_back(struct dispatcher *d, const struct ended *e)
{
	if (e->waiter)
		waiter_post(e->waiter, &e->c);
	if (!e->fn)
		return;
	d->in_callback++;
	e->fn(e->user, &e->c);
	d->in_callback--;
}

/* A parked request that will not run (the model was evicted or quarantined, or the
 * runtime stops): it ends at once with status, as a job that never started. */
static void refuse_parked(struct dispatcher *d, struct exec_context *m,
			  const struct submission *s, aegis_status status)
{
	int64_t t = now(d);
	struct job j = {
		.b = {.seq = m->next_seq++, .exec_ns = -1},
		.arrival_ns = s->arrival_ns,
		.release_ns = t,
		.deadline_ns = s->arrival_ns + m->deadline_ns,
		.start_ns = -1,
		.done = s->done,
		.user = s->user,
		.waiter = s->waiter,
	};
	trace_record(d->trace, AEGIS_EV_RELEASE, t, m->id, m->lane, j.b.seq, 0, AEGIS_OK,
		     j.deadline_ns);
	struct ended e = account_end(d, m, &j, status, t);
	call_back(d, &e);
}

/* Ends every request parked for m with status. */
static void refuse_all_parked(struct dispatcher *d, struct exec_context *m, aegis_status status)
{
	struct submission s;
	while (m->cfg.release == AEGIS_RELEASE_SPORADIC && intake_take(d->intake, m->index, &s))
		refuse_parked(d, m, &s, status);
}

/* Ends every job of m that is not on a lane with status, oldest first. Only the
 * oldest job can be on a lane, so the ended ones are the tail of the queue. */
static void cancel_queued(struct dispatcher *d, struct exec_context *m, aegis_status status)
{
	struct job *head = context_queue_head(m);
	if (!head)
		return;
	uint32_t keep = head->on_lane ? 1 : 0;
	int64_t t = now(d);
	note_misses(d, m, t);
	while (m->count > keep) {
		/* Swap the oldest job to cancel with the running head, so that pop_job, which
		 * ends the head, takes it and leaves the running job at the head. */
		if (keep) {
			struct job tmp = *context_queue_at(m, 1);
			*context_queue_at(m, 1) = *head;
			*head = tmp;
		}
		struct ended e = pop_job(d, m, status, t);
		call_back(d, &e);
		head = context_queue_head(m);
	}
}

/* m entered quarantine: out of its lane's ready queue first (the entry would outlive
 * the drained jobs and, once releases resume, stand beside a fresh one), then its
 * queued jobs end with AEGIS_E_QUARANTINED; a job on its lane ends as it would. */
static void drain_quarantined(struct dispatcher *d, struct exec_context *m)
{
	heap_remove_id(&d->lanes[m->lane].ready, m->index);
	cancel_queued(d, m, AEGIS_E_QUARANTINED);
	refuse_all_parked(d, m, AEGIS_E_QUARANTINED);
}

/* The job's successor waits for the lane now, unless nothing may run any more. */
static void push_next(struct dispatcher *d, struct exec_context *m)
{
	struct job *next = context_queue_head(m);
	if (next && !next->on_lane && d->state == DISPATCHER_RUNNING && !m->evicted &&
	    m->health.state != AEGIS_HEALTH_QUARANTINED)
		heap_push(&d->lanes[m->lane].ready, ready_entry(m, next));
}

/* Ends a job, in a flat order of steps: account and trace it, feed the model's health
 * (a quarantine drains its queue), let its successor wait for the lane, call back.
 * The job must be its model's oldest. */
void dispatcher_end_job(struct dispatcher *d, struct exec_context *m, aegis_status status,
			int64_t t)
{
	struct ended e = pop_job(d, m, status, t);
	if (faults_job_end(d, m, &e.job, status, t))
		drain_quarantined(d, m);
	push_next(d, m);
	call_back(d, &e);
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
	if (a->size && m->reqs.job_transient_bytes) {
		out->transient = d->mem_base + a->offset;
		out->transient_bytes = m->reqs.job_transient_bytes < a->size
					       ? m->reqs.job_transient_bytes
					       : a->size;
	}
}

/* Loads the segment onto the lane: the device marks its start, the backend enqueues
 * its work, the device commits it. */
static aegis_status load_segment(struct dispatcher *d, uint32_t lane_ix, struct exec_context *m,
				 struct job *j)
{
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
	return st;
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
	aegis_status st = load_segment(d, lane_ix, m, j);
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
	if (!top || !context_queue_head(d->models[top->id]))
		return NULL;
	return d->models[top->id];
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
	uint32_t winner = d->models[top->id]->id;
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
		struct exec_context *m = d->models[e.id];
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
	trace_record(d->trace, AEGIS_EV_SEGMENT_END, t, m->id, lane_ix, j->b.seq, j->b.segment,
		     AEGIS_OK, l->seg_start_ns);
	aegis_status st = backend_complete(m->backend, m->backend_state, &j->b);
	if (aegis_status_class_of(st) == AEGIS_CLASS_FATAL) {
		dispatcher_fail(d, st);
		return;
	}
	if (st == AEGIS_OK) { /* the budget is charged with what ran on the device */
		bool stop = false;
		if (faults_segment_end(d, m, j, lane_ix, t,
				       device_ran(d->dev, lane_ix, t - l->seg_start_ns), &stop))
			drain_quarantined(d, m);
		if (stop)
			st = AEGIS_E_OVERRUN;
	}
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

/* The instant's timers, after its segment ends (ending on time is no overrun). A
 * segment whose watch ran out may have ended meanwhile (the host stalled since the
 * loop's last poll): its end is taken first, charged with the device's time, so only a
 * segment still running is an overrun. */
static void on_time(struct dispatcher *d)
{
	if (faults_next_timer(d) <= now(d))
		dispatcher_process_completions(d);
	uint32_t lane;
	while ((lane = faults_on_time(d)) != AEGIS_NO_LANE)
		drain_quarantined(d, d->lanes[lane].running);
}

/* ---- running and stopping -------------------------------------------------------------- */

/* The instant the loop must wake next: the next release, timer or the end. */
static int64_t next_wake(const struct dispatcher *d, int64_t t_end)
{
	const struct heap_entry *next = heap_top(&d->releases);
	int64_t target = next && next->k1 < t_end ? next->k1 : t_end;
	int64_t timer = faults_next_timer(d);
	return timer < target ? timer : target;
}

/* Releases what other threads parked, model by model in slot order, each model's
 * requests in arrival order. A request for a model quarantined (or evicted) since it
 * was accepted ends at once. */
static void drain_intake(struct dispatcher *d)
{
	uint32_t slot = 0;
	if (!intake_any_pending(d->intake))
		return;
	while (intake_next_pending(d->intake, &slot)) {
		struct exec_context *m = d->models[slot];
		struct submission s;
		while (m && intake_take(d->intake, slot, &s)) {
			int64_t t = now(d);
			if (t - s.arrival_ns > m->handoff_max_ns)
				m->handoff_max_ns = t - s.arrival_ns;
			note_misses(d, m, t);
			if (m->health.state == AEGIS_HEALTH_QUARANTINED || m->evicted)
				refuse_parked(d, m, &s, m->evicted ? AEGIS_E_CANCELLED
								   : AEGIS_E_QUARANTINED);
			else
				enqueue(d, m, s.arrival_ns, s.done, s.user, s.waiter);
		}
		slot++;
	}
}

aegis_status dispatcher_recover(struct dispatcher *d, struct exec_context *m)
{
	if (d->state != DISPATCHER_RUNNING)
		return AEGIS_E_STATE;
	return faults_recover(d, m);
}

/* The loop, until t_end (INT64_MAX: until stopped). */
static aegis_status run_until(struct dispatcher *d, int64_t t_end)
{
	(void)trace_buf_start(d->trace); /* without a thread, tracing stays lossless */
	if (!d->started)
		start_periodic(d);
	aegis_status st = AEGIS_OK;
	for (;;) {
		waker_arm(d->waker); /* what rings from now on wakes the wait below */
		dispatcher_process_completions(d);
		on_time(d);
		if (d->between)
			d->between(d->between_user); /* other threads' commands */
		if (now(d) >= t_end || d->stop_requested || d->fatal ||
		    d->state != DISPATCHER_RUNNING)
			break; /* releases at t_end belong to the next call */
		drain_intake(d);
		process_releases(d);
		dispatch(d);
		if (d->stop_requested || d->fatal)
			break;
		if ((st = d->dev->ops->advance(d->dev, next_wake(d, t_end))) != AEGIS_OK) {
			if (aegis_status_class_of(st) == AEGIS_CLASS_FATAL)
				dispatcher_fail(d, st);
			break;
		}
	}
	trace_buf_flush(d->trace);
	if (d->fatal)
		return d->fatal;
	if (d->stop_requested)
		dispatcher_stop(d);
	return st;
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
	return run_until(d, t_end);
}

aegis_status dispatcher_run(struct dispatcher *d)
{
	if (d->fatal)
		return d->fatal;
	if (d->state != DISPATCHER_RUNNING)
		return AEGIS_E_STATE;
	aegis_status st;
	while ((st = run_until(d, INT64_MAX)) == AEGIS_OK && d->state == DISPATCHER_RUNNING)
		; /* an advance that returned at INT64_MAX: go on */
	return d->fatal ? d->fatal : AEGIS_OK;
}

void dispatcher_request_stop(struct dispatcher *d)
{
	d->stop_requested = true;
}

void dispatcher_evict(struct dispatcher *d, struct exec_context *m)
{
	m->evicted = true;
	intake_close(d->intake, m->index); /* its gate refuses from now on */
	/* no timer and no ready entry outlive it: its slot may be reused */
	heap_remove_id(&d->releases, m->index);
	struct job *head = context_queue_head(m);
	if (head && !head->on_lane)
		heap_remove_id(&d->lanes[m->lane].ready, m->index);
	cancel_queued(d, m, AEGIS_E_CANCELLED);
	refuse_all_parked(d, m, AEGIS_E_CANCELLED);
	maybe_gone(d, m); /* nothing on a lane: its share goes now */
}

/* Waits for every lane to finish its job; a fatal status ends those jobs instead. */
static void drain_lanes(struct dispatcher *d)
{
	for (;;) {
		dispatcher_process_completions(d);
		dispatch(d);
		bool busy = false;
		for (uint32_t i = 0; i < d->n_lanes; i++)
			busy |= d->lanes[i].running != NULL;
		if (!busy)
			return;
		aegis_status st = d->dev->ops->advance(d->dev, INT64_MAX);
		if (st != AEGIS_OK) {
			if (aegis_status_class_of(st) == AEGIS_CLASS_FATAL)
				dispatcher_fail(d, st); /* ends the jobs left on lanes */
			return;
		}
	}
}

void dispatcher_stop(struct dispatcher *d)
{
	if (d->state != DISPATCHER_RUNNING)
		return;
	intake_stop(d->intake); /* from now on every submission is refused */
	if (d->in_callback) {
		d->stop_requested = true; /* the drain happens when the callback returns */
		return;
	}
	d->state = DISPATCHER_STOPPING;
	d->releases.n = 0;
	for (uint32_t i = 0; i < d->n_lanes; i++)
		d->lanes[i].ready.n = 0;
	for (uint32_t i = 0; i < d->n_slots; i++) {
		if (!d->models[i])
			continue;
		cancel_queued(d, d->models[i], AEGIS_E_CANCELLED);
		refuse_all_parked(d, d->models[i], AEGIS_E_CANCELLED);
	}
	drain_lanes(d);
	if (d->fatal)
		return;
	trace_buf_flush(d->trace);
	d->state = DISPATCHER_STOPPED;
}

void dispatcher_fail(struct dispatcher *d, aegis_status st)
{
	if (d->fatal)
		return;
	d->fatal = st;
	int64_t t = now(d);
	aegis_trace_event e = {.t_ns = t, .kind = AEGIS_EV_FAULT, .model = AEGIS_NO_MODEL,
			       .lane = AEGIS_NO_LANE, .status = st, .count = AEGIS_FAULT_FATAL};
	trace_record_event(d->trace, &e);
	d->state = DISPATCHER_STOPPING; /* nothing goes back to a ready queue */
	d->releases.n = 0;
	for (uint32_t i = 0; i < d->n_lanes; i++) {
		struct lane *l = &d->lanes[i];
		l->ready.n = 0;
		if (l->running)
			context_queue_head(l->running)->on_lane = false;
		l->running = NULL;
		l->at_boundary = false;
	}
	intake_fail(d->intake, st); /* from now on every submission is refused with st */
	for (uint32_t i = 0; i < d->n_slots; i++) {
		struct exec_context *m = d->models[i];
		while (m && context_queue_head(m))
			dispatcher_end_job(d, m, st, t);
		if (m)
			refuse_all_parked(d, m, st);
	}
	trace_buf_flush(d->trace);
	d->state = DISPATCHER_STOPPED;
}
