/* The intake: how submissions reach the dispatcher from any thread. Each model slot
 * has a gate: a short critical section (its own spin lock, never the dispatcher's) that
 * decides a submission at the caller's instant (inter-arrival, queue capacity,
 * quarantine, the miss policy's skip) and, when the caller is not the dispatcher's
 * thread, parks the accepted request in the gate's inbox (bounded by the queue depth,
 * preallocated at admission) and rings the dispatcher. The dispatcher alone takes
 * requests out of inboxes, in arrival order per model. Gates are never freed before
 * the intake, so a thread holding a stale id only meets a gate that refuses it.
 * Must not touch jobs, lanes or the trace: the dispatcher does (dispatcher.c).
 *
 *   submitter:  lock gate; check; inbox[tail] = req; unlock; mark pending; ring
 *   dispatcher: for each pending gate: lock; take inbox; unlock; release each
 */
#ifndef AEGIS_SCHED_INTAKE_H
#define AEGIS_SCHED_INTAKE_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "aegis/runtime.h"
#include "base/spin.h"
#include "base/waker.h"
#include "context/context.h"
#include "context/staging.h"

/* An accepted request, waiting for the dispatcher. */
struct submission {
	int64_t arrival_ns; /* the caller's instant: the job's arrival */
	aegis_done_fn done;
	void *user;
	aegis_waiter *waiter;
	uint32_t slot;      /* its staging slot (context/staging.h), or STAGING_NONE */
	bool ready;         /* in an inbox: its inputs are in its slot (the dispatcher
			       takes no entry before it is ready, nor one after it) */
};

/* What a release rule sees of its model at the release. */
struct release_facts {
	int64_t gap_ns;     /* since the last accepted arrival; INT64_MAX: none (or periodic) */
	int64_t min_gap_ns; /* the minimum inter-arrival (sporadic); 0: periodic */
	bool quarantined;
	uint32_t queued;    /* jobs accepted and not ended */
	uint32_t depth;     /* at most */
};

/* The release rule, written once: whether a release enters its model's queue. Every
 * release passes it: a periodic timer's (the dispatcher, dispatcher.c) and a
 * submission (the model's gate, any thread). In this order: inter-arrival >= T
 * (sporadic), not quarantined, no skip armed by a miss (consumed), room in the queue.
 * AEGIS_OK or the rejection; n counts the release and the rejection's reason. */
aegis_status release_rule(const struct release_facts *f, bool *skip_next,
			  struct release_counts *n);

/* What a refusal or rejection was about, for its message (copied under the lock). */
struct intake_why {
	char name[64];     /* the model's, "" when the id names none */
	int64_t gap_ns;    /* E_INTERARRIVAL: since the last accepted arrival */
	int64_t min_ns;    /* E_INTERARRIVAL: the minimum */
	uint32_t depth;    /* E_QUEUE_FULL */
	struct staging_why data; /* E_INVAL for the request's buffers */
};

struct gate {
	struct spin lock;
	/* Everything below under lock. */
	aegis_model_id id;      /* the model the gate serves now */
	char name[64];
	bool live;              /* a model holds the slot and may be submitted to */
	bool sporadic;          /* its jobs come from submissions */
	bool evicted;           /* refuses with AEGIS_E_STATE */
	bool quarantined;       /* refuses with AEGIS_E_QUARANTINED (the dispatcher sets it) */
	bool skip_next;         /* the miss policy skips the next submission */
	int64_t period_ns;      /* minimum inter-arrival */
	int64_t deadline_ns;    /* relative */
	int64_t last_arrival_ns; /* INT64_MIN: none yet */
	uint32_t depth;         /* jobs accepted and not ended, at most */
	/* Jobs accepted and not ended (inbox + the model's queue) = accepted - ended:
	 * accepted counts under the lock; ended is the dispatcher's count, stored without
	 * the lock (a job's end takes no lock and no read-modify-write). Both wrap. */
	uint32_t accepted;
	_Atomic uint32_t ended;
	struct staging *staging;  /* the model's (its context's): buffers checked, inputs
				     copied there */
	struct submission *inbox; /* depth entries; a ring */
	uint32_t in_head, in_count;
	struct submission *next_inbox; /* made by intake_reserve for the next model */
	struct release_counts n;
};

#define INTAKE_CHUNK 64u
struct intake {
	/* Gates in chunks of INTAKE_CHUNK, made on first use, freed at deinit. */
	struct gate *_Atomic chunk[AEGIS_MAX_MODELS / INTAKE_CHUNK];
	/* One bit per slot whose inbox holds requests, and whether any is set: set after
	 * the bit by a submitter, cleared before the scan by the dispatcher. */
	_Atomic uint64_t pending[AEGIS_MAX_MODELS / 64];
	_Atomic uint32_t any_pending;
	_Atomic bool accepting;   /* false once a stop began: every gate refuses */
	_Atomic int fatal;        /* the fatal status that stopped the runtime, or AEGIS_OK */
	struct waker *waker;      /* the dispatcher's doorbell */
};

/* How a submission was decided. */
enum intake_verdict {
	INTAKE_REFUSED = 0, /* *st says why (not a release: the model is not taking any, or
			       the buffers are wrong, counted as rejected_invalid) */
	INTAKE_REJECTED,    /* counted; *st is the rejection */
	INTAKE_PARKED,      /* accepted, in the inbox: the dispatcher will release it */
};

void intake_init(struct intake *in, struct waker *waker);
void intake_deinit(struct intake *in);

/* The gate of slot, made if needed (the admission's thread). NULL: no memory. */
struct gate *intake_gate_make(struct intake *in, uint32_t slot);
/* The gate of slot, NULL if never made. Any thread. */
struct gate *intake_gate(struct intake *in, uint32_t slot);

/* Makes what the gate of slot needs for a model of that queue depth (its inbox, if
 * sporadic), so that intake_open cannot fail. AEGIS_OK or AEGIS_E_NOMEM. */
aegis_status intake_reserve(struct intake *in, uint32_t slot, bool sporadic, uint32_t depth);
/* Opens the reserved gate of slot for model id (the admission's commit): from now on
 * it takes submissions (sporadic) or refuses them (periodic). */
void intake_open(struct intake *in, uint32_t slot, aegis_model_id id, const char *name,
		 bool sporadic, int64_t period_ns, int64_t deadline_ns, uint32_t depth,
		 struct staging *staging);

/* A submission of req to model id at the caller's instant t (any thread): decided,
 * its buffers checked, and, accepted, parked in the inbox in arrival order, its inputs
 * copied into a staging slot (outside the gate's lock; the entry is ready once they
 * are). ring: mark the gate pending and ring the dispatcher (a caller that holds the
 * dispatcher's role drains the gate itself). *st: the status to return (AEGIS_OK when
 * parked); *why (may be NULL): what a refusal or rejection was about. */
enum intake_verdict intake_submit(struct intake *in, aegis_model_id id, int64_t t,
				  const struct submission *s, const aegis_request *req, bool ring,
				  aegis_status *st, struct intake_why *why);

/* ---- the dispatcher's side -------------------------------------------------------- */

/* Takes the next request parked for slot, oldest first. */
enum intake_take_result {
	INTAKE_EMPTY = 0,
	INTAKE_TAKEN,     /* *out */
	INTAKE_NOT_READY, /* the oldest one's inputs are being copied: its submitter rings
			     when they are in (it is a moment: call again) */
};
enum intake_take_result intake_take(struct intake *in, uint32_t slot, struct submission *out);
/* Whether any slot may be pending; clears the mark (call before intake_next_pending). */
bool intake_any_pending(struct intake *in);
/* The lowest slot marked pending at or after *slot, cleared, in *slot; false when
 * none. */
bool intake_next_pending(struct intake *in, uint32_t *slot);
/* Jobs of the sporadic model on slot ended, ever (the dispatcher's own count, one more
 * than before): their places in the queue are free again. */
void intake_job_ended(struct intake *in, uint32_t slot, uint32_t ended);
/* The model's state as the gate must see it (the dispatcher's thread). */
void intake_set_quarantined(struct intake *in, uint32_t slot, bool on);
void intake_set_skip(struct intake *in, uint32_t slot);
/* Eviction: the gate refuses from now on; its parked requests are left for
 * intake_take (the dispatcher cancels them). */
void intake_close(struct intake *in, uint32_t slot);
/* Stop: every gate refuses; once this returns, no request is being parked. */
void intake_stop(struct intake *in);
/* A fatal status stopped the runtime: every gate refuses with it, uncounted. */
void intake_fail(struct intake *in, aegis_status st);
/* That status, or AEGIS_OK. Any thread. */
aegis_status intake_fatal(struct intake *in);
/* The gate's counters and the requests parked now. */
void intake_counts(struct intake *in, uint32_t slot, struct release_counts *out, uint32_t *parked);
/* The slot's model may go (evicted, nothing parked or reserved)? */
bool intake_drained(struct intake *in, uint32_t slot);

#endif
