/* The dispatcher's life cycle, its releases (the periodic timer, submissions on its own
 * thread, what other threads parked) and its loop: at every instant it handles, in
 * this order, segment ends (lowest lane first), then releases (earliest first, then
 * admission order), then one decision per free lane (lowest lane first). All events of
 * an instant are seen before any decision of that instant; this order is part of the
 * determinism contract and of the trace. Jobs end in jobs.c, lanes decide in lanes.c.
 * Must not allocate: everything was sized at admission (models.c). */
#include <limits.h>
#include <stdlib.h>

#include "aegis/time.h"

#include "sched/dispatcher_impl.h"

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

static aegis_status reject(struct dispatcher *d, struct exec_context *m, aegis_status why)
{
	trace_record(d->trace, AEGIS_EV_REJECT, now(d), m->id, AEGIS_NO_LANE, m->next_seq, 0,
		     why, 0);
	m->next_seq++;
	return why;
}

/* A job enters m's queue: its (key, tie), its RELEASE event, and a place in its lane's
 * ready queue if it is the model's oldest. The queue has room (checked by the caller).
 * s: its request (arrival, callback, waiter, staging slot). */
void sched_enqueue(struct dispatcher *d, struct exec_context *m, const struct submission *s)
{
	int64_t t = now(d);
	struct job *j = context_queue_push(m);
	*j = (struct job){
		.b = {.seq = m->next_seq++, .segment = 0, .exec_ns = -1},
		.arrival_ns = s->arrival_ns,
		.release_ns = t,
		.deadline_ns = s->arrival_ns + m->deadline_ns, /* checked at admission/submit */
		.start_ns = -1,
		.done = s->done,
		.user = s->user,
		.waiter = s->waiter,
		.slot = s->slot,
		.delivers = s->slot != STAGING_NONE && m->cfg.release == AEGIS_RELEASE_SPORADIC,
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
	sched_note_misses(d, m, now(d));
	struct release_facts f = {.gap_ns = INT64_MAX, .min_gap_ns = 0,
				  .quarantined = m->health.state == AEGIS_HEALTH_QUARANTINED,
				  .queued = m->count, .depth = m->depth};
	aegis_status st = release_rule(&f, &m->skip_next, &m->n.rel);
	/* a model with tensors: the job computes on a slot of its own (the data the slot
	 * holds; nobody reads its outputs) */
	struct submission s = {.arrival_ns = arrival_ns, .slot = STAGING_NONE};
	if (st == AEGIS_OK && m->staging.n &&
	    (s.slot = staging_take(&m->staging)) == STAGING_NONE) {
		m->n.rel.rejected_queue_full++; /* cannot happen: a slot per queue place */
		st = AEGIS_E_QUEUE_FULL;
	}
	if (st != AEGIS_OK)
		reject(d, m, st);
	else
		sched_enqueue(d, m, &s);
}

static void drain_gate(struct dispatcher *d, struct exec_context *m);

aegis_status dispatcher_submit(struct dispatcher *d, struct exec_context *m,
			       const struct submission *s, const aegis_request *req,
			       struct intake_why *why)
{
	if (d->fatal)
		return d->fatal; /* not a release: nothing is counted */
	int64_t t = now(d);
	sched_note_misses(d, m, t);
	aegis_status st;
	/* every rejection of a submission is the gate's: one place, whichever thread; an
	 * accepted one joins the gate's inbox behind what other threads parked there, and
	 * the inbox is drained now, in arrival order */
	enum intake_verdict v = intake_submit(d->intake, m->id, t, s, req, false, &st, why);
	if (v == INTAKE_REJECTED)
		reject(d, m, st);
	if (v == INTAKE_PARKED)
		drain_gate(d, m);
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
	heap_push(&d->releases, (struct heap_entry){.k1 = at, .k2 = arrival,
						     .id = sched_heap_id(m)});
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
		struct exec_context *m = d->models[sched_slot_of(e.id)];
		release_periodic(d, m, e.k2); /* rejections are counted */
		m->period_index++;
		schedule_next_release(d, m);
	}
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
/* Releases what m's gate holds ready, oldest first (an entry whose inputs are still
 * being copied stops it: its submitter rings when they are in). */
static void drain_gate(struct dispatcher *d, struct exec_context *m)
{
	struct submission s;
	while (intake_take(d->intake, m->index, &s) == INTAKE_TAKEN) {
		int64_t t = now(d);
		if (t - s.arrival_ns > m->handoff_max_ns)
			m->handoff_max_ns = t - s.arrival_ns;
		sched_note_misses(d, m, t);
		if (m->health.state == AEGIS_HEALTH_QUARANTINED || m->evicted)
			sched_refuse_parked(d, m, &s, m->evicted ? AEGIS_E_CANCELLED
							   : AEGIS_E_QUARANTINED);
		else
			sched_enqueue(d, m, &s);
	}
}

static void drain_intake(struct dispatcher *d)
{
	uint32_t slot = 0;
	if (!intake_any_pending(d->intake))
		return;
	while (intake_next_pending(d->intake, &slot)) {
		if (d->models[slot])
			drain_gate(d, d->models[slot]);
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
		sched_on_time(d);
		if (d->between)
			d->between(d->between_user); /* other threads' commands */
		if (now(d) >= t_end || d->stop_requested || d->fatal ||
		    d->state != DISPATCHER_RUNNING)
			break; /* releases at t_end belong to the next call */
		drain_intake(d);
		process_releases(d);
		sched_dispatch(d);
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
	heap_remove_id(&d->releases, sched_heap_id(m));
	struct job *head = context_queue_head(m);
	if (head && !head->on_lane)
		heap_remove_id(&d->lanes[m->lane].ready, sched_heap_id(m));
	sched_cancel_queued(d, m, AEGIS_E_CANCELLED);
	sched_refuse_all_parked(d, m, AEGIS_E_CANCELLED);
	sched_maybe_gone(d, m); /* nothing on a lane: its share goes now */
}

/* Waits for every lane to finish its job; a fatal status ends those jobs instead. */
static void drain_lanes(struct dispatcher *d)
{
	for (;;) {
		dispatcher_process_completions(d);
		sched_dispatch(d);
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
		sched_cancel_queued(d, d->models[i], AEGIS_E_CANCELLED);
		sched_refuse_all_parked(d, d->models[i], AEGIS_E_CANCELLED);
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
			sched_refuse_all_parked(d, m, st);
	}
	trace_buf_flush(d->trace);
	d->state = DISPATCHER_STOPPED;
}
