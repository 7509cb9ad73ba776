/* The dispatcher's fault handling: the time-budget watchdog of each running segment
 * (exact in virtual time: the loop wakes at the instant a budget runs out), the
 * model's health (context/health.h) fed with faults and clean jobs, the drain of a
 * quarantined model, and the orderly stop on a fatal status. Must not pick jobs or
 * lanes: dispatcher.c decides. docs/FAULTS.md explains what is contained. */
#include <limits.h>

#include "aegis/status.h"

#include "sched/dispatcher.h"

static int64_t sat_add(int64_t a, int64_t b)
{
	int64_t r;
	return __builtin_add_overflow(a, b, &r) ? INT64_MAX : r;
}

/* The watchdog of a running segment: the instant after its share of the budget runs
 * out, then the instant after the job's overrun budget runs out. */
static int64_t watch_of(const struct lane *l, const struct exec_context *m, const struct job *j)
{
	if (!j->overran)
		return sat_add(sat_add(l->seg_start_ns, m->budget_seg[j->b.segment]), 1);
	if (!j->breached)
		return sat_add(sat_add(l->seg_start_ns, m->budget_breach_ns - j->exec_done_ns), 1);
	return INT64_MAX;
}

void faults_segment_start(struct lane *l, const struct exec_context *m, const struct job *j)
{
	l->watch_ns = watch_of(l, m, j);
}

static void trace_health(struct dispatcher *d, const struct exec_context *m, aegis_health from,
			 aegis_status cause, uint64_t job, int64_t t)
{
	aegis_trace_event e = {.t_ns = t, .kind = AEGIS_EV_HEALTH,
			       .model = m->index, .lane = m->lane, .job = job,
			       .arg = from, .arg2 = m->health.state, .status = cause};
	trace_record_event(&d->trace, &e);
}

static void update_recover_timer(struct dispatcher *d)
{
	d->next_recover_ns = INT64_MAX;
	for (uint32_t i = 0; i < d->n_models; i++) {
		const struct health *h = &d->models[i]->health;
		if (h->state == AEGIS_HEALTH_QUARANTINED && h->recover_at_ns < d->next_recover_ns)
			d->next_recover_ns = h->recover_at_ns;
	}
}

/* After a transition at t (the instant of its cause: a fault's, or now): trace it;
 * entering quarantine drains the queue (a job on the lane stays and ends as it would). */
static void health_moved(struct dispatcher *d, struct exec_context *m, aegis_health from,
			 aegis_status cause, uint64_t job, int64_t t)
{
	trace_health(d, m, from, cause, job, t);
	if (m->health.state == AEGIS_HEALTH_QUARANTINED) {
		/* out of its lane's ready queue first: the entry would outlive the drained
		 * jobs and, once releases resume, stand beside a fresh one */
		m->n.quarantines++;
		heap_remove_id(&d->lanes[m->lane].ready, m->index);
		dispatcher_cancel_queued(d, m, AEGIS_E_QUARANTINED);
	}
	update_recover_timer(d); /* leaving quarantine: releases resume by themselves */
}

static void fault(struct dispatcher *d, struct exec_context *m, const struct job *j,
		  uint32_t lane, aegis_fault_kind kind, aegis_status status, int64_t t,
		  int64_t budget, int64_t executed)
{
	aegis_trace_event e = {.t_ns = t, .kind = AEGIS_EV_FAULT, .model = m->index,
			       .lane = lane, .job = j->b.seq, .segment = (uint16_t)j->b.segment,
			       .status = status, .count = kind, .arg = budget, .arg2 = executed};
	trace_record_event(&d->trace, &e);
	m->n.faults += kind != AEGIS_FAULT_BREACH; /* a breach is the same job's overrun */
	aegis_health from;
	if (health_fault(&m->health, &m->cfg.faults, t, kind == AEGIS_FAULT_BREACH, &from))
		health_moved(d, m, from, status, j->b.seq, t);
}

static void overrun(struct dispatcher *d, struct exec_context *m, struct job *j, uint32_t lane,
		    int64_t seg_start)
{
	int64_t budget = m->budget_seg[j->b.segment];
	int64_t at = sat_add(seg_start, budget);
	j->overran = true;
	m->n.overruns++;
	fault(d, m, j, lane, AEGIS_FAULT_OVERRUN, AEGIS_E_OVERRUN, at,
	      budget, j->exec_done_ns + (at - seg_start));
}

static void breach(struct dispatcher *d, struct exec_context *m, struct job *j, uint32_t lane,
		   int64_t seg_start)
{
	int64_t at = sat_add(seg_start, m->budget_breach_ns - j->exec_done_ns);
	j->breached = true;
	m->n.breaches++;
	fault(d, m, j, lane, AEGIS_FAULT_BREACH, AEGIS_E_OVERRUN, at, m->budget_breach_ns,
	      m->budget_breach_ns);
}

int64_t faults_next_timer(const struct dispatcher *d)
{
	int64_t t = d->next_recover_ns;
	for (uint32_t i = 0; i < d->n_lanes; i++) {
		const struct lane *l = &d->lanes[i];
		if (l->running && !l->at_boundary && l->watch_ns < t)
			t = l->watch_ns;
	}
	return t;
}

void faults_on_time(struct dispatcher *d)
{
	int64_t t = device_now(d->dev);
	/* A segment whose watch ran out may have ended meanwhile (the host stalled since
	 * the loop's last poll): its end is taken first, charged with the device's time
	 * (ran()), so only a segment still running after t is an overrun here. */
	if (faults_next_timer(d) <= t)
		dispatcher_process_completions(d);
	for (uint32_t i = 0; i < d->n_lanes; i++) {
		struct lane *l = &d->lanes[i];
		if (!l->running || l->at_boundary || t < l->watch_ns)
			continue;
		struct exec_context *m = l->running;
		struct job *j = context_queue_head(m);
		int64_t ran = t - l->seg_start_ns;
		if (!j->overran && ran > m->budget_seg[j->b.segment])
			overrun(d, m, j, i, l->seg_start_ns);
		if (j->overran && !j->breached && j->exec_done_ns + ran > m->budget_breach_ns)
			breach(d, m, j, i, l->seg_start_ns);
		l->watch_ns = watch_of(l, m, j);
	}
	if (t < d->next_recover_ns)
		return;
	for (uint32_t i = 0; i < d->n_models; i++) {
		struct exec_context *m = d->models[i];
		aegis_health from;
		int64_t at = m->health.recover_at_ns; /* exact on virtual time */
		if (health_tick(&m->health, t, &from))
			health_moved(d, m, from, AEGIS_E_QUARANTINED, 0, at);
	}
	update_recover_timer(d);
}

aegis_status faults_segment_end(struct dispatcher *d, struct exec_context *m, struct job *j,
				uint32_t lane, int64_t t, int64_t dt)
{
	int64_t start = t - dt;
	if (!j->overran && dt > m->budget_seg[j->b.segment])
		overrun(d, m, j, lane, start);
	if (j->overran && !j->breached && j->exec_done_ns + dt > m->budget_breach_ns)
		breach(d, m, j, lane, start);
	j->exec_done_ns += dt;
	bool more = j->b.segment + 1 < m->reqs.n_segments;
	if (more && (j->breached || (j->overran && m->cfg.faults.on_overrun == AEGIS_OVERRUN_STOP)))
		return AEGIS_E_OVERRUN;
	return AEGIS_OK;
}

void faults_job_end(struct dispatcher *d, struct exec_context *m, const struct job *j,
		    aegis_status status, int64_t t)
{
	if (d->fatal)
		return;
	aegis_health from;
	switch (status) {
	case AEGIS_OK:
		if (!j->overran && health_clean(&m->health, &m->cfg.faults, &from))
			health_moved(d, m, from, AEGIS_OK, j->b.seq, t);
		return;
	case AEGIS_E_CANCELLED:
	case AEGIS_E_QUARANTINED:
	case AEGIS_E_OVERRUN: /* its overrun was the fault, counted when it happened */
		return;
	default:
		fault(d, m, j, m->lane, AEGIS_FAULT_FAILED, status, t, 0, j->exec_done_ns);
		return;
	}
}

aegis_status faults_recover(struct dispatcher *d, struct exec_context *m)
{
	aegis_health from;
	if (d->state != DISPATCHER_RUNNING || !health_recover(&m->health, &from))
		return AEGIS_E_STATE;
	health_moved(d, m, from, AEGIS_OK, 0, device_now(d->dev));
	return AEGIS_OK;
}

void dispatcher_fail(struct dispatcher *d, aegis_status st)
{
	if (d->fatal)
		return;
	d->fatal = st;
	int64_t t = device_now(d->dev);
	aegis_trace_event e = {.t_ns = t, .kind = AEGIS_EV_FAULT, .model = AEGIS_NO_MODEL,
			       .lane = AEGIS_NO_LANE, .status = st, .count = AEGIS_FAULT_FATAL};
	trace_record_event(&d->trace, &e);
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
	for (uint32_t i = 0; i < d->n_models; i++) {
		struct exec_context *m = d->models[i];
		while (context_queue_head(m))
			dispatcher_end_job(d, m, st, t);
	}
	trace_buf_flush(&d->trace);
	d->state = DISPATCHER_STOPPED;
}
