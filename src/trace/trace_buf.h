/* The trace recorder: a preallocated ring of events with one producer (the runtime's
 * thread), drained to the sink in batches. It never allocates after init and never
 * waits on the sink: on a virtual clock (lossless mode) the producer drains the ring
 * itself when it is full (virtual time does not move meanwhile, so nothing is lost and
 * runs stay byte-identical); on the real clock a drain thread owned by the recorder
 * feeds the sink, and an event that finds the ring full is dropped and counted.
 * Must not format anything: exporters do.
 *
 *   producer (runtime thread)            consumer (drain thread, or the producer)
 *   trace_record: ev[head % cap] = e;    trace_drain: sink(ev[tail % cap ..]);
 *                 head++ (release)                    tail += n (release)
 *   full (head - tail == cap):
 *     lossless: trace_drain, then write
 *     real clock: dropped++, nothing written
 */
#ifndef AEGIS_TRACE_TRACE_BUF_H
#define AEGIS_TRACE_TRACE_BUF_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "aegis/status.h"
#include "aegis/trace.h"

/* Ring capacity when the caller gives none: 16 Ki events (1.1 MiB). At 5 events per
 * job and 10,000 jobs/s a real-clock ring fills in 330 ms; the thread drains it every
 * TRACE_DRAIN_PERIOD_NS. */
#define TRACE_RING_DEFAULT 16384u
#define TRACE_RING_MAX (1u << 24)
#define TRACE_DRAIN_PERIOD_NS 1000000L

struct trace_buf {
	aegis_trace_sink sink; /* fn == NULL: off */
	aegis_trace_event *ev;
	uint32_t cap;          /* a power of two */
	_Atomic uint64_t head; /* next slot the producer writes */
	_Atomic uint64_t tail; /* next slot the consumer reads */
	uint64_t recorded;     /* events accepted into the ring (producer only) */
	uint64_t dropped;      /* events that found the ring full (producer only) */
	bool want_thread;      /* real clock: a drain thread once started */
	bool threaded;         /* the drain thread runs */
	_Atomic bool stop;
	pthread_t thread;
};

/* capacity: events, rounded up to a power of two (0: TRACE_RING_DEFAULT; at most
 * TRACE_RING_MAX). threaded: feed the sink from a drain thread (real clock), from the
 * first trace_buf_start(); until then the ring is lossless, so the events of
 * admissions reach the sink only at the first flush, after the caller has set it up
 * (the decision log writes its header first). With no sink nothing is allocated and
 * recording is one branch. Returns AEGIS_OK, AEGIS_E_INVAL (capacity too large) or
 * AEGIS_E_NOMEM. */
aegis_status trace_buf_init(struct trace_buf *t, aegis_trace_sink sink, uint32_t capacity,
			    bool threaded);
/* Starts the drain thread if one is wanted and none runs (at the start of every run;
 * idempotent). Returns AEGIS_OK or AEGIS_E_NOMEM (no thread: recording stays
 * lossless, nothing is lost). */
aegis_status trace_buf_start(struct trace_buf *t);
/* Stops the drain thread, delivers what is left, frees the ring. */
void trace_buf_deinit(struct trace_buf *t);
/* Returns once every event recorded so far has reached the sink (lossless mode:
 * delivers them; threaded: waits for the drain thread). Producer thread only. */
void trace_buf_flush(struct trace_buf *t);
/* Delivers what is in the ring to the sink (the consumer's side). */
void trace_drain(struct trace_buf *t);

/* The slot for one more event, or NULL when it must be dropped (counted). */
static inline aegis_trace_event *trace_slot(struct trace_buf *t)
{
	uint64_t h = atomic_load_explicit(&t->head, memory_order_relaxed);
	if (h - atomic_load_explicit(&t->tail, memory_order_acquire) == t->cap) {
		if (t->threaded) {
			t->dropped++;
			return NULL;
		}
		trace_drain(t);
	}
	return &t->ev[h & (t->cap - 1)];
}

/* Publishes the event written into the slot trace_slot() gave. */
static inline void trace_commit(struct trace_buf *t)
{
	uint64_t h = atomic_load_explicit(&t->head, memory_order_relaxed);
	atomic_store_explicit(&t->head, h + 1, memory_order_release);
	t->recorded++;
}

/* The recorders below write each event in place in its slot: building it first and
 * copying it (one shared recorder) made recording 8x slower (2 ns -> 15 ns, bench_sim). */
static inline void trace_record(struct trace_buf *t, aegis_event_kind kind, int64_t t_ns,
				uint32_t model, uint32_t lane, uint64_t job, uint32_t segment,
				aegis_status status, int64_t arg)
{
	if (!t->sink.fn)
		return;
	aegis_trace_event *e = trace_slot(t);
	if (!e)
		return;
	*e = (aegis_trace_event){
		.t_ns = t_ns,
		.arg = arg,
		.job = job,
		.model = model,
		.lane = lane,
		.kind = (uint16_t)kind,
		.segment = (uint16_t)segment,
		.status = (int32_t)status,
	};
	trace_commit(t);
}

/* A memory region planned or returned (AEGIS_EV_ALLOC / AEGIS_EV_FREE). */
static inline void trace_record_mem(struct trace_buf *t, int64_t t_ns, bool alloc, int region,
				    uint32_t model, uint32_t lane, uint64_t offset, uint64_t size)
{
	if (!t->sink.fn)
		return;
	aegis_trace_event *e = trace_slot(t);
	if (!e)
		return;
	*e = (aegis_trace_event){
		.t_ns = t_ns,
		.arg = (int64_t)offset,
		.arg2 = (int64_t)size,
		.model = model,
		.lane = lane,
		.kind = (uint16_t)(alloc ? AEGIS_EV_ALLOC : AEGIS_EV_FREE),
		.segment = (uint16_t)region,
	};
	trace_commit(t);
}

/* A DECIDE event (aegis/trace.h): the chosen job with its (key, tie), the best
 * rejected alternative with its (key, tie), the number of candidates and the reason. */
static inline void trace_record_decide(struct trace_buf *t, int64_t t_ns, uint32_t lane,
				       aegis_decide_reason reason, uint32_t model, uint64_t job,
				       uint32_t segment, int64_t key, int64_t tie, uint32_t other,
				       int64_t other_key, int64_t other_tie, uint32_t count)
{
	if (!t->sink.fn)
		return;
	aegis_trace_event *e = trace_slot(t);
	if (!e)
		return;
	*e = (aegis_trace_event){
		.t_ns = t_ns,
		.arg = key,
		.arg2 = tie,
		.arg3 = other_key,
		.arg4 = other_tie,
		.job = job,
		.model = model,
		.lane = lane,
		.other = other,
		.count = count,
		.kind = (uint16_t)AEGIS_EV_DECIDE,
		.segment = (uint16_t)segment,
		.status = (int32_t)reason,
	};
	trace_commit(t);
}

/* Any other event, filled by the caller (ADMIT, FAULT, ...): t_ns and kind at least. */
static inline void trace_record_event(struct trace_buf *t, const aegis_trace_event *ev)
{
	if (!t->sink.fn)
		return;
	aegis_trace_event *e = trace_slot(t);
	if (!e)
		return;
	*e = *ev;
	trace_commit(t);
}

#endif
