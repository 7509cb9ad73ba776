/* What the files of the dispatcher share (dispatcher.c, jobs.c, lanes.c, models.c,
 * faults.c): the clock, the ready queues' order, and the steps one file calls in
 * another. Private to src/sched/. */
#ifndef AEGIS_SCHED_DISPATCHER_IMPL_H
#define AEGIS_SCHED_DISPATCHER_IMPL_H

#include "sched/dispatcher.h"

static inline int64_t now(const struct dispatcher *d)
{
	return device_now(d->dev);
}

/* A model's entry id in the dispatcher's heaps: its admission order, then its slot
 * (sched_slot_of), so that equal keys rank by admission as the analysis assumes. */
_Static_assert(AEGIS_MAX_MODELS == 1u << 12, "a slot is 12 bits of a heap id");
static inline uint64_t sched_heap_id(const struct exec_context *m)
{
	return m->seq << 12 | m->index;
}

static inline uint32_t sched_slot_of(uint64_t heap_id)
{
	return (uint32_t)(heap_id & (AEGIS_MAX_MODELS - 1));
}

/* A model's oldest job in its lane's ready queue: (key, tie, release, admission). */
static inline struct heap_entry ready_entry(const struct exec_context *m, const struct job *j)
{
	return (struct heap_entry){.k1 = j->key, .k2 = j->tie, .k3 = (uint64_t)j->release_ns,
				   .id = sched_heap_id(m)};
}

/* dispatcher.c: a job enters m's queue (its queue has room). */
void sched_enqueue(struct dispatcher *d, struct exec_context *m, const struct submission *s);

/* jobs.c */
/* Marks m's pending jobs whose deadline is at or before t as missed. */
void sched_note_misses(struct dispatcher *d, struct exec_context *m, int64_t t);
/* Ends every job of m that is not on a lane with status. */
void sched_cancel_queued(struct dispatcher *d, struct exec_context *m, aegis_status status);
/* A parked request that will not run ends at once with status. */
void sched_refuse_parked(struct dispatcher *d, struct exec_context *m,
			 const struct submission *s, aegis_status status);
/* Ends every request parked for m with status. */
void sched_refuse_all_parked(struct dispatcher *d, struct exec_context *m, aegis_status status);
/* m entered quarantine: its ready entry, queued and parked jobs go. */
void sched_drain_quarantined(struct dispatcher *d, struct exec_context *m);
/* Guard mode: a job leaving its lane stayed inside its regions, or it fails. */
aegis_status sched_guard_job_end(struct dispatcher *d, const struct exec_context *m,
				 uint32_t lane, aegis_status st);
/* Evicted, drained and nothing parked: the model is gone (its memory and slot free). */
void sched_maybe_gone(struct dispatcher *d, struct exec_context *m);

/* lanes.c */
/* One decision per lane, lowest lane first. */
void sched_dispatch(struct dispatcher *d);
/* The instant's timers, after its segment ends. */
void sched_on_time(struct dispatcher *d);

#endif
