/* The trace recorder: a preallocated batch of events handed to the sink when full
 * and at every flush. Recording costs one branch when tracing is off and one copy
 * when it is on; it never allocates after init. Must not format anything. */
#ifndef AEGIS_TRACE_TRACE_BUF_H
#define AEGIS_TRACE_TRACE_BUF_H

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

#endif
