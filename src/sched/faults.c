/* The dispatcher's fault handling: the time-budget watchdog of each running segment
 * (exact in virtual time: the loop wakes at the instant a budget runs out) and the
 * model's health (context/health.h) fed with faults and clean jobs. Must not pick
 * jobs or lanes, end jobs or call back into the dispatcher: a function here that
 * quarantines a model says so, and dispatcher.c drains the model's queue.
 * docs/FAULTS.md explains what is contained. */
#include <limits.h>

#include "aegis/status.h"

#include "sched/dispatcher_impl.h"

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

static void update_recover_timer(struct dispatcher *d)
{
	d->next_recover_ns = INT64_MAX;
	for (uint32_t i = 0; i < d->n_slots; i++) {
		const struct exec_context *m = d->models[i];
		if (m && m->health.state == AEGIS_HEALTH_QUARANTINED &&
		    m->health.recover_at_ns < d->next_recover_ns)
			d->next_recover_ns = m->health.recover_at_ns;
	}
}

/* After a transition at t (the instant of its cause: a fault's, or now): traced, and
 * the timer of the earliest quarantine's end renewed (leaving quarantine: releases
 * resume by themselves). Returns true when m entered quarantine. */
static bool health_moved(struct dispatcher *d, struct exec_context *m, aegis_health from,
			 aegis_status cause, uint64_t job, int64_t t)
{
	aegis_trace_event e = {.t_ns = t, .kind = AEGIS_EV_HEALTH,
			       .model = m->id, .lane = m->lane, .job = job,
			       .arg = from, .arg2 = m->health.state, .status = cause};
	trace_record_event(d->trace, &e);
	bool entered = m->health.state == AEGIS_HEALTH_QUARANTINED;
	m->n.quarantines += entered;
	update_recover_timer(d);
	return entered;
}

/* A fault of job j: traced, counted, fed to the health. Returns true when it
 * quarantined m. */
static bool fault(struct dispatcher *d, struct exec_context *m, uint64_t job,
		  uint32_t segment, uint32_t lane, aegis_fault_kind kind, aegis_status status,
		  int64_t t, int64_t budget, int64_t executed)
{
	aegis_trace_event e = {.t_ns = t, .kind = AEGIS_EV_FAULT, .model = m->id,
			       .lane = lane, .job = job, .segment = (uint16_t)segment,
			       .status = status, .count = kind, .arg = budget, .arg2 = executed};
	trace_record_event(d->trace, &e);
	m->n.faults += kind != AEGIS_FAULT_BREACH; /* a breach is the same job's overrun */
	aegis_health from;
	if (health_fault(&m->health, &m->cfg.faults, t, kind == AEGIS_FAULT_BREACH, &from))
		return health_moved(d, m, from, status, job, t);
	return false;
}

static bool overrun(struct dispatcher *d, struct exec_context *m, struct job *j, uint32_t lane,
		    int64_t seg_start)
{
	int64_t budget = m->budget_seg[j->b.segment];
	int64_t at = sat_add(seg_start, budget);
	j->overran = true;
	m->n.overruns++;
	return fault(d, m, j->b.seq, j->b.segment, lane, AEGIS_FAULT_OVERRUN, AEGIS_E_OVERRUN, at, budget,
		     j->exec_done_ns + (at - seg_start));
}

static bool breach(struct dispatcher *d, struct exec_context *m, struct job *j, uint32_t lane,
		   int64_t seg_start)
{
	int64_t at = sat_add(seg_start, m->budget_breach_ns - j->exec_done_ns);
	j->breached = true;
	m->n.breaches++;
	return fault(d, m, j->b.seq, j->b.segment, lane, AEGIS_FAULT_BREACH, AEGIS_E_OVERRUN, at, m->budget_breach_ns,
		     m->budget_breach_ns);
}

/* Checks the running segment of j, started at start, after it ran `ran`: an overrun of
 * its share, then a breach of the job's overrun budget. True when m was quarantined. */
static bool check_budget(struct dispatcher *d, struct exec_context *m, struct job *j,
			 uint32_t lane, int64_t start, int64_t ran)
{
	bool quarantined = false;
	if (!j->overran && ran > m->budget_seg[j->b.segment])
		quarantined |= overrun(d, m, j, lane, start);
	if (j->overran && !j->breached && j->exec_done_ns + ran > m->budget_breach_ns)
		quarantined |= breach(d, m, j, lane, start);
	return quarantined;
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

uint32_t faults_on_time(struct dispatcher *d)
{
	int64_t t = device_now(d->dev);
	for (uint32_t i = 0; i < d->n_lanes; i++) {
		struct lane *l = &d->lanes[i];
		if (!l->running || l->at_boundary || t < l->watch_ns)
			continue;
		struct exec_context *m = l->running;
		struct job *j = context_queue_head(m);
		bool quarantined = check_budget(d, m, j, i, l->seg_start_ns, t - l->seg_start_ns);
		l->watch_ns = watch_of(l, m, j);
		if (quarantined)
			return i; /* the dispatcher drains it, then calls again */
	}
	if (t < d->next_recover_ns)
		return AEGIS_NO_LANE;
	for (uint32_t i = 0; i < d->n_slots; i++) {
		struct exec_context *m = d->models[i];
		aegis_health from;
		if (!m)
			continue;
		int64_t at = m->health.recover_at_ns; /* exact on virtual time */
		if (health_tick(&m->health, t, &from))
			health_moved(d, m, from, AEGIS_E_QUARANTINED, 0, at);
	}
	update_recover_timer(d);
	return AEGIS_NO_LANE;
}

bool faults_segment_end(struct dispatcher *d, struct exec_context *m, struct job *j,
			uint32_t lane, int64_t t, int64_t dt, bool *stop)
{
	bool quarantined = check_budget(d, m, j, lane, t - dt, dt);
	j->exec_done_ns += dt;
	bool more = j->b.segment + 1 < m->be.reqs.n_segments;
	*stop = more && (j->breached ||
			 (j->overran && m->cfg.faults.on_overrun == AEGIS_OVERRUN_STOP));
	return quarantined;
}

bool faults_job_end(struct dispatcher *d, struct exec_context *m, const struct job_end *j,
		    aegis_status status, int64_t t)
{
	if (d->fatal)
		return false;
	aegis_health from;
	switch (status) {
	case AEGIS_OK:
		if (!j->overran && health_clean(&m->health, &m->cfg.faults, &from))
			return health_moved(d, m, from, AEGIS_OK, j->seq, t);
		return false;
	case AEGIS_E_CANCELLED:
	case AEGIS_E_QUARANTINED:
	case AEGIS_E_OVERRUN: /* its overrun was the fault, counted when it happened */
		return false;
	default:
		return fault(d, m, j->seq, j->segment, m->lane, AEGIS_FAULT_FAILED, status, t, 0,
			     j->exec_done_ns);
	}
}

aegis_status faults_recover(struct dispatcher *d, struct exec_context *m)
{
	aegis_health from;
	if (!health_recover(&m->health, &from))
		return AEGIS_E_STATE;
	health_moved(d, m, from, AEGIS_OK, 0, device_now(d->dev));
	return AEGIS_OK;
}
