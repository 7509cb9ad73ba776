/* The end of a job, in a flat order of steps: account and trace it, feed the model's
 * health (a quarantine drains its queue), let its successor wait for the lane, call
 * back; and the ends of jobs that never ran (cancelled, quarantined, refused from an
 * inbox). Must not decide which job runs: lanes.c does. */
#include <limits.h>
#include <sched.h>

#include "sched/dispatcher_impl.h"
#include "sched/waiter.h"

/* ---- the end of a job ------------------------------------------------------------- */

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
void sched_note_misses(struct dispatcher *d, struct exec_context *m, int64_t t)
{
	for (uint32_t i = 0; i < m->count; i++) {
		struct job *j = context_queue_at(m, i);
		if (j->deadline_ns > t)
			break;
		if (!j->missed)
			mark_missed(d, m, j);
	}
}


/* A job that has ended, as its callback will see it. */
struct ended {
	struct job_end job;
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
		.job = {.seq = j->b.seq, .segment = j->b.segment, .overran = j->overran,
			.exec_done_ns = j->exec_done_ns},
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
	/* its data: the outputs to the caller when it ended well, then its slot back
	 * before its place in the queue is (a submitter then finds a free slot) */
	if (j->delivers && status == AEGIS_OK)
		staging_deliver(&m->staging, j->slot);
	staging_give(&m->staging, j->slot);
	j->slot = STAGING_NONE;
	if (m->cfg.release == AEGIS_RELEASE_SPORADIC) /* its place in the queue is free */
		intake_job_ended(d->intake, m->index, ++m->submitted_ended);
	return e;
}

/* Evicted, drained and nothing parked: the model is gone. */
void sched_maybe_gone(struct dispatcher *d, struct exec_context *m)
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
	sched_maybe_gone(d, m);
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
void sched_refuse_parked(struct dispatcher *d, struct exec_context *m,
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
		.slot = s->slot,
	};
	trace_record(d->trace, AEGIS_EV_RELEASE, t, m->id, m->lane, j.b.seq, 0, AEGIS_OK,
		     j.deadline_ns);
	struct ended e = account_end(d, m, &j, status, t);
	call_back(d, &e);
}

/* Ends every request parked for m with status. One whose inputs are still being
 * copied is waited for: its submitter is in the middle of a bounded memcpy. */
void sched_refuse_all_parked(struct dispatcher *d, struct exec_context *m, aegis_status status)
{
	struct submission s;
	enum intake_take_result r;
	while (m->cfg.release == AEGIS_RELEASE_SPORADIC &&
	       (r = intake_take(d->intake, m->index, &s)) != INTAKE_EMPTY) {
		if (r == INTAKE_NOT_READY)
			sched_yield();
		else
			sched_refuse_parked(d, m, &s, status);
	}
}

/* Ends every job of m that is not on a lane with status, oldest first. Only the
 * oldest job can be on a lane, so the ended ones are the tail of the queue. */
void sched_cancel_queued(struct dispatcher *d, struct exec_context *m, aegis_status status)
{
	struct job *head = context_queue_head(m);
	if (!head)
		return;
	uint32_t keep = head->on_lane ? 1 : 0;
	int64_t t = now(d);
	sched_note_misses(d, m, t);
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
void sched_drain_quarantined(struct dispatcher *d, struct exec_context *m)
{
	heap_remove_id(&d->lanes[m->lane].ready, sched_heap_id(m));
	sched_cancel_queued(d, m, AEGIS_E_QUARANTINED);
	sched_refuse_all_parked(d, m, AEGIS_E_QUARANTINED);
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
		sched_drain_quarantined(d, m);
	push_next(d, m);
	call_back(d, &e);
}

/* Guard mode (tests): a job leaving its lane must have stayed inside its regions, or
 * it fails with AEGIS_E_BACKEND (traced by its COMPLETE event); then the lane's arena
 * is poisoned, so nothing the job left there survives. One branch when off. */
aegis_status sched_guard_job_end(struct dispatcher *d, const struct exec_context *m,
				  uint32_t lane, aegis_status st)
{
	if (!d->mem || !d->mem->guard)
		return st;
	if (!mem_plan_guard_job_end(d->mem, m->index, lane) && st == AEGIS_OK)
		return AEGIS_E_BACKEND;
	return st;
}

