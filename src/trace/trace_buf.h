/* The trace recorder: a preallocated batch of events handed to the sink when full
 * and at every flush. Recording costs one branch when tracing is off and one copy
 * when it is on; it never allocates after init. Must not format anything. */
#ifndef AEGIS_TRACE_TRACE_BUF_H
#define AEGIS_TRACE_TRACE_BUF_H

#include <stdbool.h>
#include <stdint.h>

#include "aegis/status.h"
#include "aegis/trace.h"

#define TRACE_BATCH 1024u

struct trace_buf {
	aegis_trace_sink sink; /* fn == NULL: off */
	aegis_trace_event *ev;
	uint32_t n;
	uint64_t recorded;
};

aegis_status trace_buf_init(struct trace_buf *t, aegis_trace_sink sink);
void trace_buf_deinit(struct trace_buf *t);
void trace_buf_flush(struct trace_buf *t);

static inline void trace_record(struct trace_buf *t, aegis_event_kind kind, int64_t t_ns,
				uint32_t model, uint32_t lane, uint64_t job, uint32_t segment,
				aegis_status status, int64_t arg)
{
	if (!t->sink.fn)
		return;
	aegis_trace_event *e = &t->ev[t->n];
	*e = (aegis_trace_event){0};
	e->t_ns = t_ns;
	e->arg = arg;
	e->job = job;
	e->model = model;
	e->lane = lane;
	e->kind = (uint16_t)kind;
	e->segment = (uint16_t)segment;
	e->status = (int32_t)status;
	t->recorded++;
	if (++t->n == TRACE_BATCH)
		trace_buf_flush(t);
}

/* A DECIDE event (aegis/trace.h): the chosen job with its (key, tie), the best
 * rejected alternative with its (key, tie), the number of candidates and the reason. */
/* A memory region planned or returned (AEGIS_EV_ALLOC / AEGIS_EV_FREE). */
static inline void trace_record_mem(struct trace_buf *t, int64_t t_ns, bool alloc, int region,
				    uint32_t model, uint32_t lane, uint64_t offset, uint64_t size)
{
	if (!t->sink.fn)
		return;
	t->ev[t->n] = (aegis_trace_event){
		.t_ns = t_ns,
		.arg = (int64_t)offset,
		.arg2 = (int64_t)size,
		.model = model,
		.lane = lane,
		.kind = (uint16_t)(alloc ? AEGIS_EV_ALLOC : AEGIS_EV_FREE),
		.segment = (uint16_t)region,
	};
	t->recorded++;
	if (++t->n == TRACE_BATCH)
		trace_buf_flush(t);
}

static inline void trace_record_decide(struct trace_buf *t, int64_t t_ns, uint32_t lane,
				       aegis_decide_reason reason, uint32_t model, uint64_t job,
				       uint32_t segment, int64_t key, int64_t tie, uint32_t other,
				       int64_t other_key, int64_t other_tie, uint32_t count)
{
	if (!t->sink.fn)
		return;
	aegis_trace_event *e = &t->ev[t->n];
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
	t->recorded++;
	if (++t->n == TRACE_BATCH)
		trace_buf_flush(t);
}

#endif
