/* The dispatcher: the event loop that releases jobs, keeps one ready queue per lane
 * ordered by the policy, starts segments on free lanes, handles segment ends and
 * completions, detects deadline misses, and drains at stop. It owns the table of
 * models (their contexts, once admitted), the lanes and the release timers, and makes
 * every per-job decision. It must not validate configurations or run the admission
 * analysis (src/runtime/ does), nor know what a device or backend does inside.
 *
 * Only src/sched/ touches the fields below; everything else calls the functions.
 * Threading: one thread at a time (the runtime serialises its callers).
 */
#ifndef AEGIS_SCHED_DISPATCHER_H
#define AEGIS_SCHED_DISPATCHER_H

#include <stdbool.h>
#include <stdint.h>

#include "base/heap.h"
#include "context/context.h"
#include "device/device.h"
#include "memory/plan.h"
#include "base/waker.h"
#include "sched/intake.h"
#include "sched/policy.h"
#include "trace/trace_buf.h"

/*
 * A lane, as the dispatcher sees it:
 *
 *            pick from ready               segment ends, more to run
 *   free ----------------------> running ---------------------------> at boundary
 *     ^                            |  ^                                   |
 *     |  last segment ends         |  +------ no strictly better job -----+
 *     +----------------------------+                                      |
 *     +------ strictly better job ready (PREEMPT_POINTS): job back to ready
 */
struct lane {
	struct heap ready;           /* one entry per model whose oldest job waits */
	struct exec_context *running; /* whose oldest job holds the lane; NULL if free */
	bool at_boundary;            /* running job between two of its segments */
	int64_t seg_start_ns;
	int64_t watch_ns;            /* the running segment's next watchdog instant
					(faults.c), INT64_MAX: none */
	int64_t busy_ns;
	uint64_t segments;
	uint64_t preemptions;
	uint32_t n_models;           /* models on the lane that are not gone */
};

enum dispatcher_state {
	DISPATCHER_RUNNING = 0,
	DISPATCHER_STOPPING, /* no releases; queued jobs cancelled; lanes draining */
	DISPATCHER_STOPPED,
};

/* What the dispatcher is made with; the pointers are borrowed and outlive it. */
struct dispatcher_config {
	struct device *dev;
	const struct policy_ops *policy;
	aegis_preemption preemption;
	uint32_t n_lanes;         /* >= 1 */
	struct trace_buf *trace;  /* the runtime's trace ring */
	struct mem_plan *mem;     /* the runtime's memory plan; arenas change only on idle lanes */
	uint64_t mem_base;        /* the device address of the pool; 0: no device memory */
	int64_t overrun_slack_ns; /* a segment's budget tolerance (the clock's noise) */
	struct intake *intake;    /* the runtime's: submissions from any thread */
	struct waker *waker;      /* rung by submissions and commands; the device waits on it */
	/* Called once per turn of the loop, between events (the runtime runs the commands
	 * other threads posted); may stop the dispatcher. */
	void (*between)(void *user);
	void *between_user;
};

struct dispatcher {
	struct device *dev;
	const struct policy_ops *policy;
	aegis_preemption preemption;
	struct trace_buf *trace;
	struct mem_plan *mem;
	uint64_t mem_base;
	int64_t overrun_slack_ns;
	struct intake *intake;
	struct waker *waker;
	void (*between)(void *user);
	void *between_user;

	/* The model table: slot i holds models[i] (NULL: never used). A slot whose model
	 * is gone (evicted and drained) is reused by a later admission, with its
	 * generation raised, so that an old id never names the new model. */
	struct exec_context **models;
	uint32_t *generation; /* per slot: how many models it held before */
	uint32_t n_slots;     /* slots in use or used: the high-water mark */
	uint32_t cap_slots;
	uint64_t next_seq;    /* admission sequence: the last tie of every order */

	struct lane *lanes;
	uint32_t n_lanes;
	struct heap releases; /* periodic models: (release, arrival, admission seq) */

	enum dispatcher_state state;
	bool stop_requested;
	bool started;              /* run_for was called: periodic releases are anchored */
	uint32_t in_callback;
	aegis_status fatal;        /* AEGIS_OK, or the fatal status that stopped it */
	int64_t next_recover_ns;   /* the earliest end of a timed quarantine, or INT64_MAX */
};

/* ---- lifecycle (dispatcher.c) ---------------------------------------------------- */

/* Returns AEGIS_OK or AEGIS_E_NOMEM. */
aegis_status dispatcher_init(struct dispatcher *d, const struct dispatcher_config *cfg);
/* Stops (every accepted job ends), then destroys every model's context. */
void dispatcher_deinit(struct dispatcher *d);
aegis_status dispatcher_run_for(struct dispatcher *d, int64_t duration_ns);
/* Runs until stopped (the runtime's own thread; a real clock). Returns the fatal
 * status that stopped it, or AEGIS_OK. */
aegis_status dispatcher_run(struct dispatcher *d);
/* A stop was asked (from a callback, or by dispatcher_request_stop). */
void dispatcher_request_stop(struct dispatcher *d);
/* Cancels the queued jobs, drains the lanes, and moves to STOPPED. From a callback it
 * only marks the dispatcher; the drain happens when the callback returns. */
void dispatcher_stop(struct dispatcher *d);
/* A fatal status (device lost, a sticky error, a backend's fatal error): stops in
 * order: no more releases, every pending job of every model ends with it (those on a
 * lane too: the device will not report them), the trace is flushed. */
void dispatcher_fail(struct dispatcher *d, aegis_status st);

/* AEGIS_OK while it can run, else the fatal status that stopped it. */
aegis_status dispatcher_fatal(const struct dispatcher *d);
/* Running, and no stop is pending: releases and admissions are accepted. */
bool dispatcher_accepting(const struct dispatcher *d);
/* Running (a stop may be pending from a callback). */
bool dispatcher_running(const struct dispatcher *d);

/* ---- the model table (models.c) ---------------------------------------------------- */

/* Where the next admitted model will go: makes room in the table, and returns its
 * slot, id and admission sequence number. Returns AEGIS_OK, AEGIS_E_LIMIT
 * (AEGIS_MAX_MODELS live or draining) or AEGIS_E_NOMEM. Nothing visible changes. */
aegis_status dispatcher_reserve_slot(struct dispatcher *d, uint32_t *slot, aegis_model_id *id,
				     uint64_t *seq);
/* Makes room for model m (built for the reserved slot) on `lane`: in the lane and in
 * its gate. AEGIS_OK or AEGIS_E_NOMEM. */
aegis_status dispatcher_reserve_lane(struct dispatcher *d, const struct exec_context *m,
				     uint32_t lane);
/* Commits a model made for the slot of the last dispatcher_reserve_slot, its lane
 * reserved: cannot fail. The dispatcher owns it from now on; a periodic model's
 * releases are scheduled. */
void dispatcher_add(struct dispatcher *d, struct exec_context *m);
/* The model of a public id, NULL when none (never admitted, or its slot reused). */
struct exec_context *dispatcher_model(const struct dispatcher *d, aegis_model_id id);
/* id named a model whose slot a later model took (it was evicted). */
bool dispatcher_id_retired(const struct dispatcher *d, aegis_model_id id);
/* Slots in use or used (iterate with dispatcher_slot; it may return NULL). */
uint32_t dispatcher_slots(const struct dispatcher *d);
struct exec_context *dispatcher_slot(const struct dispatcher *d, uint32_t slot);

/* ---- requests and models (dispatcher.c) ------------------------------------------ */

/* A submission of req on the dispatcher's own thread: model m's gate decides it now
 * (the arrival is the dispatcher's clock now) and an accepted one is released at once,
 * after any that other threads parked before it. Returns AEGIS_OK or why it was
 * refused or rejected (the gate's statuses, traced). */
aegis_status dispatcher_submit(struct dispatcher *d, struct exec_context *m,
			       const struct submission *s, const aegis_request *req,
			       struct intake_why *why);
/* A completion callback runs now (admission and eviction are refused from one). */
bool dispatcher_in_callback(const struct dispatcher *d);
/* Stops m's releases and cancels its queued jobs; a job of it on a lane finishes. */
void dispatcher_evict(struct dispatcher *d, struct exec_context *m);
/* aegis_model_recover: QUARANTINED -> RECOVERING now. AEGIS_OK or AEGIS_E_STATE. */
aegis_status dispatcher_recover(struct dispatcher *d, struct exec_context *m);

/* Where m's regions are on the device for a job on `lane` now (the lane's current
 * arena): all 0 without device memory. */
void dispatcher_backend_mem(const struct dispatcher *d, const struct exec_context *m,
			    uint32_t lane, struct backend_mem *out);
/* A lane runs a job now (admission prepares models on idle lanes only). */
bool dispatcher_lane_busy(const struct dispatcher *d, uint32_t lane);
/* Lane counters for aegis_lane_stats (busy time, segments, preemptions). */
void dispatcher_lane_counters(const struct dispatcher *d, uint32_t lane, int64_t *busy_ns,
			      uint64_t *segments, uint64_t *preemptions);

/* ---- inside src/sched/ only ---------------------------------------------------------- */

/* Schedules the periodic releases of a newly added model: the first at now + offset,
 * or, before the first run_for, at the first run's start + offset (so that admission's
 * work, such as calibrating kernels on a GPU, delays no release). */
void dispatcher_add_periodic(struct dispatcher *d, struct exec_context *m);
/* Destroys every context and frees the table (models.c; at deinit). */
void dispatcher_models_free(struct dispatcher *d);

/* Ends m's oldest job with status at t (dispatcher.c). */
void dispatcher_end_job(struct dispatcher *d, struct exec_context *m, aegis_status status,
			int64_t t);
/* Ends every segment the device reports finished (poll()), at its reported time. */
void dispatcher_process_completions(struct dispatcher *d);

/* faults.c: the time budget's watchdog and the models' health. None of these calls
 * back into the dispatcher: a function that can quarantine a model returns true when
 * it did, and the dispatcher then drains the model's queue. */
/* A segment started on lane at t: arms its watchdog. */
void faults_segment_start(struct lane *l, const struct exec_context *m, const struct job *j);
/* The earliest watchdog or quarantine timer, INT64_MAX if none: the loop wakes then. */
int64_t faults_next_timer(const struct dispatcher *d);
/* Fires the watchdogs due at now (overruns and breaches of running segments, exact in
 * virtual time) and the ends of timed quarantines. Returns the lane whose running
 * model was quarantined by an overrun, one at a time, or AEGIS_NO_LANE: call again
 * after draining it until it returns AEGIS_NO_LANE. */
uint32_t faults_on_time(struct dispatcher *d);
/* A segment of m's oldest job j ended at t after running dt: detects an overrun the
 * watchdog did not see yet. *stop: the job must end now with AEGIS_E_OVERRUN (at this
 * boundary). Returns true when m was quarantined. */
bool faults_segment_end(struct dispatcher *d, struct exec_context *m, struct job *j,
			uint32_t lane, int64_t t, int64_t dt, bool *stop);
/* What the health needs of an ended job (the job itself is gone from the queue). */
struct job_end {
	uint64_t seq;
	uint32_t segment; /* the segment it ended at */
	bool overran;
	int64_t exec_done_ns;
};
/* m's job e ended with status (accounted already): feeds its health. Returns true when
 * m was quarantined. */
bool faults_job_end(struct dispatcher *d, struct exec_context *m, const struct job_end *e,
		    aegis_status status, int64_t t);
/* aegis_model_recover: QUARANTINED -> RECOVERING now. AEGIS_OK or AEGIS_E_STATE. */
aegis_status faults_recover(struct dispatcher *d, struct exec_context *m);

#endif
