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
	uint32_t in_callback;
};

/* Where m's regions are on the device for a job on `lane` now (the lane's current
 * arena): all 0 without device memory. */
void dispatcher_backend_mem(const struct dispatcher *d, const struct exec_context *m,
			    uint32_t lane, struct backend_mem *out);

/* Releases one job of m now: the API's submissions and the periodic timer both
 * come here. Returns AEGIS_OK or the rejection (counted and traced). */
aegis_status dispatcher_release(struct dispatcher *d, struct exec_context *m, int64_t arrival_ns,
				aegis_done_fn done, void *user);
/* Schedules the periodic releases of a newly admitted model (first at now + offset). */
void dispatcher_add_periodic(struct dispatcher *d, struct exec_context *m);
aegis_status dispatcher_run_for(struct dispatcher *d, int64_t duration_ns);
/* Stops m's releases and cancels its queued jobs; a job of it on a lane finishes. */
void dispatcher_evict(struct dispatcher *d, struct exec_context *m);
/* Cancels the queued jobs, drains the lanes, and moves to STOPPED. */
void dispatcher_stop(struct dispatcher *d);

#endif
