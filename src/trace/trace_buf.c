/* Batching of trace events to the sink. */
#include <stdlib.h>

#include "trace/trace_buf.h"

aegis_status trace_buf_init(struct trace_buf *t, aegis_trace_sink sink)
{
	t->sink = sink;
	t->n = 0;
	t->recorded = 0;
	t->ev = NULL;
	if (!sink.fn)
		return AEGIS_OK;
	t->ev = malloc(TRACE_BATCH * sizeof *t->ev);
	return t->ev ? AEGIS_OK : AEGIS_E_NOMEM;
}

void trace_buf_flush(struct trace_buf *t)
{
	if (t->sink.fn && t->n)
		t->sink.fn(t->sink.user, t->ev, t->n);
	t->n = 0;
}

void trace_buf_deinit(struct trace_buf *t)
{
	trace_buf_flush(t);
	free(t->ev);
	t->ev = NULL;
}
