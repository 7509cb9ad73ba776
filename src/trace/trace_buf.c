/* The trace ring's consumer side and life cycle (trace_buf.h): the drain, the drain
 * thread of the real clock, flush and teardown. Must not record events itself. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <time.h>

#include "trace/trace_buf.h"

void trace_drain(struct trace_buf *t)
{
	uint64_t tail = atomic_load_explicit(&t->tail, memory_order_relaxed);
	uint64_t head = atomic_load_explicit(&t->head, memory_order_acquire);
	while (tail != head) {
		uint32_t i = (uint32_t)(tail & (t->cap - 1));
		uint64_t n = head - tail;
		if (n > t->cap - i)
			n = t->cap - i; /* up to the end of the array; the rest next turn */
		t->sink.fn(t->sink.user, &t->ev[i], (size_t)n);
		tail += n;
		atomic_store_explicit(&t->tail, tail, memory_order_release);
	}
}

static void nap(long ns)
{
	struct timespec ts = {0, ns};
	nanosleep(&ts, NULL);
}

/* The drain thread: delivers what the producer published, then sleeps a period. */
static void *drain_main(void *arg)
{
	struct trace_buf *t = arg;
	while (!atomic_load_explicit(&t->stop, memory_order_acquire)) {
		trace_drain(t);
		nap(TRACE_DRAIN_PERIOD_NS);
	}
	return NULL;
}

aegis_status trace_buf_init(struct trace_buf *t, aegis_trace_sink sink, uint32_t capacity,
			    bool threaded)
{
	*t = (struct trace_buf){.sink = sink};
	atomic_init(&t->head, 0);
	atomic_init(&t->tail, 0);
	atomic_init(&t->stop, false);
	if (!sink.fn)
		return AEGIS_OK;
	if (capacity > TRACE_RING_MAX)
		return AEGIS_E_INVAL;
	uint32_t cap = 1;
	while (cap < (capacity ? capacity : TRACE_RING_DEFAULT))
		cap <<= 1;
	t->cap = cap;
	t->ev = malloc((size_t)cap * sizeof *t->ev);
	if (!t->ev)
		return AEGIS_E_NOMEM;
	t->want_thread = threaded;
	return AEGIS_OK;
}

aegis_status trace_buf_start(struct trace_buf *t)
{
	if (!t->sink.fn || !t->want_thread || t->threaded)
		return AEGIS_OK;
	/* what was recorded before reaches the sink now, from this thread */
	trace_drain(t);
	if (pthread_create(&t->thread, NULL, drain_main, t) != 0)
		return AEGIS_E_NOMEM;
	t->threaded = true;
	return AEGIS_OK;
}

void trace_buf_flush(struct trace_buf *t)
{
	if (!t->sink.fn)
		return;
	if (!t->threaded) {
		trace_drain(t);
		return;
	}
	uint64_t head = atomic_load_explicit(&t->head, memory_order_relaxed);
	while (atomic_load_explicit(&t->tail, memory_order_acquire) != head)
		nap(TRACE_DRAIN_PERIOD_NS / 10);
}

void trace_buf_deinit(struct trace_buf *t)
{
	if (t->threaded) {
		atomic_store_explicit(&t->stop, true, memory_order_release);
		pthread_join(t->thread, NULL);
		t->threaded = false;
	}
	if (t->sink.fn && t->ev)
		trace_drain(t); /* the thread is gone: this thread is the consumer now */
	free(t->ev);
	t->ev = NULL;
}
