/* The execution context of one model: its task parameters, its bounded job queue,
 * its backend state and its statistics. It owns all of them and releases them in
 * context_destroy. Must not make scheduling decisions: the dispatcher does. */
#ifndef AEGIS_CONTEXT_CONTEXT_H
#define AEGIS_CONTEXT_CONTEXT_H

#include <stdbool.h>
#include <stdint.h>

#include "aegis/runtime.h"
#include "backend/backend.h"
#include "base/hist.h"
#include "base/rng.h"
#include "context/health.h"
#include "context/staging.h"

/* One released job. It lives in its model's queue from release to its end. */
struct job {
	struct backend_job b; /* seq, segment to run next, drawn execution time */
	int64_t arrival_ns;   /* nominal release (period grid, or submission time) */
	int64_t release_ns;   /* arrival + release jitter: when it entered the queue */
	int64_t deadline_ns;  /* arrival + relative deadline */
	int64_t start_ns;     /* first segment start, -1 before */
	int64_t key;          /* the policy's (key, tie), fixed at release */
	int64_t tie;
	bool missed;          /* the deadline passed with the job unfinished */
	bool on_lane;         /* a segment of it is executing */
	bool overran;         /* a segment ran past its share of the time budget */
	bool breached;        /* the job ran past WCET + overrun budget */
	int64_t exec_done_ns; /* execution of its ended segments */
	aegis_done_fn done;
	void *user;
	aegis_waiter *waiter; /* told of the end too, if not NULL */
	uint32_t slot;        /* its staging slot, STAGING_NONE: a job without data */
	bool delivers;        /* its outputs go to a request's buffers when it ends well */
};

/* What the release rule decided (sched/intake.c, release_rule): releases, and the
 * rejected ones by reason. */
struct release_counts {
	uint64_t released; /* accepted or rejected */
	uint64_t rejected_interarrival;
	uint64_t rejected_queue_full;
	uint64_t rejected_quarantined;
	uint64_t skipped;
	uint64_t rejected_invalid; /* a request's buffers were wrong: not a release */
};

struct model_counters {
	struct release_counts rel; /* periodic releases (a sporadic model's: its gate's) */
	uint64_t completed;
	uint64_t cancelled;
	uint64_t failed;
	uint64_t missed;
	uint64_t overruns;
	uint64_t breaches;
	uint64_t faults;
	uint64_t quarantines;
	int64_t max_lateness_ns;
};

struct exec_context {
	aegis_model_config cfg; /* name points at the copy below; the backend's settings are
				   the backend's (be.config) */
	char *name;
	uint32_t index;     /* its slot in the dispatcher's table and the memory plan */
	aegis_model_id id;  /* the public id: slot and generation (sched/models.c) */
	uint64_t seq;       /* admission order: the last tie-break of every policy */
	uint32_t lane;
	int64_t deadline_ns; /* relative deadline, resolved (0 -> period) */
	int64_t prio_key;    /* fixed-priority key: task.prio */
	aegis_task task;     /* what the analysis sees (aegis_model_task) */
	int64_t task_seg[AEGIS_MAX_SEGMENTS];
	/* Its speed on its lane (aegis_lane_time.speed; 1: as drawn): the simulated device
	 * multiplies its jobs' drawn times by it. */
	double speed;
	/* The time budget: each segment's share (analysed C share + overrun slack), and
	 * the job's limit past which an overrun breaches the overrun budget. */
	int64_t budget_seg[AEGIS_MAX_SEGMENTS];
	int64_t budget_breach_ns;
	struct health health;

	/* The queue: a ring of `depth` jobs, oldest at `head`. Jobs of one model end in
	 * release order, so only the oldest can be on a lane or in a ready queue. */
	struct job *ring;
	uint32_t depth;
	uint32_t head;
	uint32_t count;

	uint64_t next_seq;
	uint64_t period_index;  /* periodic: the next release is number period_index */
	int64_t first_arrival_ns; /* periodic: arrival of release 0 */
	bool skip_next;           /* periodic: AEGIS_MISS_SKIP_NEXT armed by a miss (a
				     sporadic model's is its gate's, sched/intake.h) */
	int64_t handoff_max_ns;   /* submissions: the longest release - arrival, -1: none */
	uint32_t submitted_ended; /* sporadic: jobs ended, ever (its gate's count; wraps) */
	bool evicted;             /* no more releases; gone once its queue is empty */
	bool gone;                /* evicted and drained: its memory and slot are free */

	struct backend_handle be; /* its backend, opened (reqs: what it needs) */
	struct staging staging;   /* its jobs' data on the host (made at admission) */
	int64_t copy_ns;          /* what a job's copies are charged (its task has them) */
	struct rng jitter_rng;

	struct model_counters n;
	struct hist response;
};

/* Where a new context goes: its slot, public id, admission sequence number and lane
 * (dispatcher_reserve gives the first three). */
struct context_place {
	uint32_t slot;
	aegis_model_id id;
	uint64_t seq;
	uint32_t lane;
};

/* Copies cfg, creates the backend state and the queue. The model's random streams are
 * seeded by (seed, its id). detail receives the reason of a failure. Returns AEGIS_OK,
 * AEGIS_E_CONFIG or AEGIS_E_NOMEM. */
aegis_status context_create(const aegis_model_config *cfg, const struct context_place *at,
			    uint64_t seed, struct exec_context **out, char *detail,
			    size_t detail_len);
void context_destroy(struct exec_context *c);

/* model_task.c: aegis_model_task for a model whose backend has already described it
 * (reqs): the same task, without describing it again (an ONNX backend reads its graph
 * file to describe). */
/* What admission charges for a job's copies of its data (model_task.c): the inputs'
 * and the outputs' bytes at bps (0: AEGIS_DEFAULT_COPY_BPS), times factor (< 1: 1),
 * rounded up; for a measured WCET (cfg->wcet_override_ns, which holds the copies as
 * they ran alone) only what the factor adds. */
void model_copy_ns(const aegis_model_config *cfg, const struct backend_reqs *reqs, uint64_t bps,
		   double factor, int64_t *in_ns, int64_t *out_ns);
aegis_status model_task_of(const aegis_model_config *cfg, const struct backend_reqs *reqs,
			   aegis_priority_rule rule, int64_t dispatch_overhead_ns, aegis_task *out,
			   int64_t *seg_buf);

/* How many lanes shared the partition a lane time was measured on: its `shared`, with 0
 * and 1 both meaning alone (aegis_lane_time.shared). */
static inline uint32_t lane_time_sharing(const aegis_lane_time *t)
{
	return t->shared > 1 ? t->shared : 1;
}

/* Evicted and drained: it holds nothing and counts for nothing any more. */
static inline bool context_gone(const struct exec_context *c)
{
	return c->gone;
}

static inline struct job *context_queue_head(struct exec_context *c)
{
	return c->count ? &c->ring[c->head] : 0;
}

/* The i-th pending job, oldest first (i < count). */
static inline struct job *context_queue_at(struct exec_context *c, uint32_t i)
{
	uint32_t k = c->head + i;
	return &c->ring[k >= c->depth ? k - c->depth : k];
}

/* Appends a job (the queue must not be full) and returns it. */
static inline struct job *context_queue_push(struct exec_context *c)
{
	struct job *j = context_queue_at(c, c->count);
	c->count++;
	return j;
}

static inline void context_queue_pop(struct exec_context *c)
{
	c->head = c->head + 1 == c->depth ? 0 : c->head + 1;
	c->count--;
}

#endif
