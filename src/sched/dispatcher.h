/* The dispatcher: the single-threaded event loop that releases jobs, keeps one
 * ready queue per lane ordered by the policy, starts segments on free lanes,
 * handles segment ends and completions, detects deadline misses, and drains at
 * stop. It makes every per-job decision; it must not validate configurations
 * (runtime.c does) or know what a device or backend does inside. */
#ifndef AEGIS_SCHED_DISPATCHER_H
#define AEGIS_SCHED_DISPATCHER_H

#include <stdbool.h>
#include <stdint.h>

#include "base/heap.h"
#include "context/context.h"
#include "device/device.h"
#include "memory/plan.h"
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
	uint32_t n_models;
};

enum dispatcher_state {
	DISPATCHER_RUNNING = 0,
	DISPATCHER_STOPPING, /* no releases; queued jobs cancelled; lanes draining */
	DISPATCHER_STOPPED,
};

struct dispatcher {
	struct device *dev;
	const struct policy_ops *policy;
	aegis_preemption preemption;
	struct exec_context **models;
	uint32_t n_models;
	struct lane *lanes;
	uint32_t n_lanes;
	struct heap releases; /* periodic models: (next release time, model index) */
	struct mem_plan *mem; /* owned by the runtime: arenas change only on idle lanes */
	uint64_t mem_base;    /* the device address of the pool; 0: no device memory */
	struct trace_buf trace;
	enum dispatcher_state state;
	bool stop_requested;
	bool started;              /* run_for was called: periodic releases are anchored */
	uint32_t in_callback;
	aegis_status fatal;        /* AEGIS_OK, or the fatal status that stopped it */
	int64_t overrun_slack_ns;  /* a segment's budget tolerance (the clock's noise) */
	int64_t next_recover_ns;   /* the earliest end of a timed quarantine, or INT64_MAX */
};

/* Where m's regions are on the device for a job on `lane` now (the lane's current
 * arena): all 0 without device memory. */
void dispatcher_backend_mem(const struct dispatcher *d, const struct exec_context *m,
			    uint32_t lane, struct backend_mem *out);

/* Ends m's oldest job with status at t: accounting (health included), trace, queue,
 * then its callback. */
void dispatcher_end_job(struct dispatcher *d, struct exec_context *m, aegis_status status,
			int64_t t);
/* Ends every job of m that is not on a lane with status, oldest first. */
void dispatcher_cancel_queued(struct dispatcher *d, struct exec_context *m,
			      aegis_status status);

/* Ends every segment the device reports finished (poll()), at its reported time. */
void dispatcher_process_completions(struct dispatcher *d);

/* faults.c: the dispatcher's fault handling. */
/* A segment started on lane at t: arms its watchdog. */
void faults_segment_start(struct lane *l, const struct exec_context *m, const struct job *j);
/* The earliest watchdog or quarantine timer, INT64_MAX if none: the loop wakes then. */
int64_t faults_next_timer(const struct dispatcher *d);
/* Fires what is due at now: overruns and breaches of running segments (exact in virtual
 * time), ends of timed quarantines. */
void faults_on_time(struct dispatcher *d);
/* A segment of m's oldest job ended at t after running dt: detects an overrun the
 * watchdog did not see yet. Returns the status the job must end with now
 * (AEGIS_E_OVERRUN: stop at this boundary), or AEGIS_OK to go on. */
aegis_status faults_segment_end(struct dispatcher *d, struct exec_context *m, struct job *j,
				uint32_t lane, int64_t t, int64_t dt);
/* m's job j ended with status (accounted already): feeds its health. */
void faults_job_end(struct dispatcher *d, struct exec_context *m, const struct job *j,
		    aegis_status status, int64_t t);
/* aegis_model_recover: QUARANTINED -> RECOVERING now. Returns AEGIS_OK or E_STATE. */
aegis_status faults_recover(struct dispatcher *d, struct exec_context *m);
/* A fatal status (device lost, a sticky error, a backend's fatal error): stops in
 * order: no more releases, every pending job of every model ends with it (those on a
 * lane too: the device will not report them), the trace is flushed. */
void dispatcher_fail(struct dispatcher *d, aegis_status st);

/* Releases one job of m now: the API's submissions and the periodic timer both
 * come here. Returns AEGIS_OK or the rejection (counted and traced). */
aegis_status dispatcher_release(struct dispatcher *d, struct exec_context *m, int64_t arrival_ns,
				aegis_done_fn done, void *user);
/* Schedules the periodic releases of a newly admitted model: the first at now +
 * offset, or, before the first run_for, at the first run's start + offset (so that
 * admission's work, such as calibrating kernels on a GPU, delays no release). */
void dispatcher_add_periodic(struct dispatcher *d, struct exec_context *m);
aegis_status dispatcher_run_for(struct dispatcher *d, int64_t duration_ns);
/* Stops m's releases and cancels its queued jobs; a job of it on a lane finishes. */
void dispatcher_evict(struct dispatcher *d, struct exec_context *m);
/* Cancels the queued jobs, drains the lanes, and moves to STOPPED. */
void dispatcher_stop(struct dispatcher *d);

#endif
