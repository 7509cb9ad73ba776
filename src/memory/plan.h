/* The static memory plan: every model gets private persistent (weights) and I/O
 * regions; the models of a lane share one transient arena (activations, workspace)
 * sized to the largest of them, which is safe because a lane runs one job at a time.
 * Everything is carved out of one pool (one device allocation) by TLSF at admission;
 * nothing is allocated on the hot path. Must not decide schedulability or lanes.
 *
 * Arena changes never move memory in use: when an admission needs a larger arena,
 * the larger one is allocated from free space beside the old one and adopted when the
 * lane is next idle (mem_plan_lane_idle); if free space cannot hold it, the admission
 * is refused. Removing a model frees its regions and may shrink the arena the same way.
 *
 * Guard mode (tests, simulated device): with `guard` set after init, every region is
 * framed by a canary granule on each side (inside its TLSF block; offset and size stay
 * the usable ones) and its bytes are poisoned when allocated; mem_plan_guard_job_end
 * checks and poisons between jobs. See memory/guard.h.
 */
#ifndef AEGIS_MEMORY_PLAN_H
#define AEGIS_MEMORY_PLAN_H

#include <stdbool.h>
#include <stdint.h>

#include "aegis/status.h"
#include "memory/guard.h"
#include "memory/tlsf.h"

struct mem_req {
	uint64_t persistent; /* weights, constants: private */
	uint64_t transient;  /* activations, workspace: shared within the lane */
	uint64_t io;         /* input and output buffers: private */
	uint64_t align;      /* power of two; 0 = the pool granule */
};

struct mem_region {
	uint64_t offset;
	uint64_t size;
	uint32_t handle; /* TLSF_NONE when size is 0 */
};

struct mem_arena {
	struct mem_region cur;  /* what the lane's jobs use now */
	struct mem_region next; /* replaces cur at the lane's next idle point */
	bool pending;           /* a change waits for idle (next may be empty: drop cur) */
};

struct mem_model {
	bool live;
	uint32_t lane;
	uint32_t tag; /* what the event hook calls the model (the runtime: its public id) */
	struct mem_req req;
	struct mem_region persistent;
	struct mem_region io;
};

/* Why an admission does not fit: the numbers for the message. */
struct mem_shortfall {
	uint64_t needed;        /* bytes the admission must allocate */
	uint64_t free;          /* bytes free in the pool */
	uint64_t largest_free;  /* the largest single free block */
	uint32_t largest_transient_model; /* model with the largest transient need on the lane */
	uint64_t largest_transient;
};

/* Called for every region planned (alloc) or returned (free): the runtime traces them.
 * kind is an aegis_mem_region; model is UINT32_MAX for a lane arena. */
typedef void (*mem_event_fn)(void *user, bool alloc, int kind, uint32_t model,
			     uint32_t lane, uint64_t offset, uint64_t size);

struct mem_plan {
	mem_event_fn on_event; /* optional */
	void *event_user;
	struct tlsf pool;
	uint64_t budget;
	uint32_t n_lanes;
	struct mem_arena *arena;
	struct mem_model *model;
	uint32_t cap_models;
	struct mem_guard *guard;   /* NULL: no pads, no canaries (the normal case) */
	uint64_t guard_violations; /* regions found with a broken canary, ever */
};

aegis_status mem_plan_init(struct mem_plan *p, uint64_t budget, uint32_t lanes,
			   uint32_t max_models);
void mem_plan_deinit(struct mem_plan *p);

/* Reserves model `id`'s regions on `lane` (id < max_models: a slot) and, if its
 * transient need exceeds the lane's arena, a larger arena. All or nothing: AEGIS_OK, or
 * AEGIS_E_BUDGET with the numbers in *why (largest_transient_model is a slot) and the
 * plan unchanged; AEGIS_E_LIMIT / AEGIS_E_INVAL. */
aegis_status mem_plan_reserve(struct mem_plan *p, uint32_t id, uint32_t lane,
			      const struct mem_req *req, struct mem_shortfall *why);
/* The same, with the events of its regions naming the model `tag` instead of id. */
aegis_status mem_plan_reserve_tagged(struct mem_plan *p, uint32_t id, uint32_t tag,
				     uint32_t lane, const struct mem_req *req,
				     struct mem_shortfall *why);
/* Frees model id's regions; the lane's arena may shrink at its next idle point. */
void mem_plan_release(struct mem_plan *p, uint32_t id);
/* The lane runs nothing: adopt a pending arena (the old one is freed). O(1); cheap
 * enough to call at every decision on a free lane. */
void mem_plan_lane_idle(struct mem_plan *p, uint32_t lane);

/* Guard mode, at the end of a job of model id on lane: checks the canaries of the
 * model's regions and of the lane's current arena (a broken one is counted and
 * rewritten, so the blame stays with this job), then poisons the arena, so no state
 * survives to the next job. Returns true when every canary was intact. */
bool mem_plan_guard_job_end(struct mem_plan *p, uint32_t id, uint32_t lane);
/* Guard mode: checks every region of the plan (live models, current and pending
 * arenas) and returns how many have a broken canary (also counted). */
uint32_t mem_plan_guard_check(struct mem_plan *p);

/* Totals for reports: sum of private regions, of lane arenas (current), and what
 * private arenas per model would need instead. Usable sizes: guard pads are not
 * counted, though they take pool space. */
struct mem_totals {
	uint64_t persistent, io, arenas, private_transient, planned, lower_bound;
};
void mem_plan_totals(const struct mem_plan *p, struct mem_totals *t);

#endif
