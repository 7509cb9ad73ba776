/* The trace ring (src/trace/trace_buf.c): lossless on virtual time (the producer
 * drains a full ring itself), never waiting on the real clock (a drain thread feeds
 * the sink; a full ring drops the event and counts it), every event delivered once and
 * in order, and the runtime's counters match what the sink saw. Label `threads`: this
 * test also runs under ThreadSanitizer (make test-tsan). */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

#include <cmocka.h>

#include "aegis/aegis.h"
#include "trace/trace_buf.h"

struct seen {
	uint64_t n, calls, max_batch;
	uint64_t next_job; /* events carry job = 0, 1, 2, ... in recording order */
	int out_of_order;
	long sleep_ns; /* a slow sink: sleeps this long per call */
};

static void sink(void *user, const aegis_trace_event *ev, size_t n)
{
	struct seen *s = user;
	s->calls++;
	if (n > s->max_batch)
		s->max_batch = n;
	for (size_t i = 0; i < n; i++) {
		if (ev[i].job < s->next_job)
			s->out_of_order++;
		s->next_job = ev[i].job + 1;
		s->n++;
	}
	if (s->sleep_ns) {
		struct timespec ts = {0, s->sleep_ns};
		nanosleep(&ts, NULL);
	}
}

static void record(struct trace_buf *t, uint64_t job)
{
	trace_record(t, AEGIS_EV_RELEASE, (int64_t)job, 0, 0, job, 0, AEGIS_OK, 0);
}

/* Virtual time: a ring of 4 takes 1,000 events, delivering a full ring whenever one
 * more comes: nothing dropped, batches of at most 4, all in order. */
static void test_lossless(void **state)
{
	(void)state;
	struct seen s = {0};
	struct trace_buf t;
	assert_int_equal(trace_buf_init(&t, (aegis_trace_sink){sink, &s}, 4, false), AEGIS_OK);
	assert_int_equal(t.cap, 4);
	for (uint64_t j = 0; j < 1000; j++)
		record(&t, j);
	assert_true(s.n >= 996 && s.n <= 1000); /* the last partial ring waits for a flush */
	trace_buf_flush(&t);
	assert_int_equal(s.n, 1000);
	assert_int_equal(t.recorded, 1000);
	assert_int_equal(t.dropped, 0);
	assert_int_equal(s.max_batch, 4);
	assert_int_equal(s.out_of_order, 0);
	trace_buf_deinit(&t);
	assert_int_equal(s.n, 1000);
}

/* Capacities round up to a power of two; too large is refused; no sink, nothing. */
static void test_capacity(void **state)
{
	(void)state;
	struct seen s = {0};
	struct trace_buf t;
	assert_int_equal(trace_buf_init(&t, (aegis_trace_sink){sink, &s}, 5, false), AEGIS_OK);
	assert_int_equal(t.cap, 8);
	trace_buf_deinit(&t);
	assert_int_equal(trace_buf_init(&t, (aegis_trace_sink){sink, &s}, 0, false), AEGIS_OK);
	assert_int_equal(t.cap, TRACE_RING_DEFAULT);
	trace_buf_deinit(&t);
	assert_int_equal(trace_buf_init(&t, (aegis_trace_sink){sink, &s}, TRACE_RING_MAX + 1, false),
			 AEGIS_E_INVAL);
	assert_int_equal(trace_buf_init(&t, (aegis_trace_sink){0}, 0, true), AEGIS_OK);
	assert_null(t.ev);
	record(&t, 1);
	assert_int_equal(t.recorded, 0);
	trace_buf_deinit(&t);
}

/* Real clock with a sink that sleeps 1 ms per call and a ring of 16: a burst of 5,000
 * events cannot all fit, so some are dropped and counted; every event is either
 * delivered (once, in order) or counted as dropped. */
static void test_threaded_drops_counted(void **state)
{
	(void)state;
	struct seen s = {.sleep_ns = 1000000};
	struct trace_buf t;
	assert_int_equal(trace_buf_init(&t, (aegis_trace_sink){sink, &s}, 16, true), AEGIS_OK);
	/* before start, the ring is lossless: 20 events into 16 slots, none dropped */
	for (uint64_t j = 0; j < 20; j++)
		record(&t, j);
	assert_int_equal(t.dropped, 0);
	assert_int_equal(s.n, 16);
	assert_int_equal(trace_buf_start(&t), AEGIS_OK);
	assert_int_equal(s.n, 20); /* start delivers what was recorded before */
	assert_true(t.threaded);
	assert_int_equal(trace_buf_start(&t), AEGIS_OK); /* idempotent */
	enum { N = 5000 };
	for (uint64_t j = 20; j < 20 + N; j++)
		record(&t, j);
	trace_buf_flush(&t);
	/* after the flush the drain thread is idle: what it delivered is visible */
	uint64_t delivered = s.n;
	printf("  %d events: %llu delivered in %llu calls, %llu dropped\n", N,
	       (unsigned long long)delivered, (unsigned long long)s.calls,
	       (unsigned long long)t.dropped);
	assert_int_equal(delivered, t.recorded);
	assert_int_equal(t.recorded + t.dropped, 20 + N);
	assert_true(t.dropped > 0);
	assert_int_equal(s.out_of_order, 0);
	trace_buf_deinit(&t);
	assert_int_equal(s.n, delivered);
}

/* Real clock with a fast sink and a ring larger than the burst: nothing dropped. */
static void test_threaded_no_drops(void **state)
{
	(void)state;
	struct seen s = {0};
	struct trace_buf t;
	assert_int_equal(trace_buf_init(&t, (aegis_trace_sink){sink, &s}, 1 << 16, true),
			 AEGIS_OK);
	assert_int_equal(trace_buf_start(&t), AEGIS_OK);
	for (uint64_t j = 0; j < 50000; j++)
		record(&t, j);
	trace_buf_flush(&t);
	assert_int_equal(s.n, 50000);
	assert_int_equal(t.dropped, 0);
	assert_int_equal(s.out_of_order, 0);
	trace_buf_deinit(&t);
}

/* The runtime on the simulated device: its counters are what the sink received, and
 * nothing is dropped even with a tiny ring. */
static void test_runtime_counts(void **state)
{
	(void)state;
	struct seen s = {0};
	aegis_runtime_config cfg = {.lanes = 1, .policy = AEGIS_POLICY_EDF, .seed = 3,
				    .trace = {sink, &s}, .trace_ring_events = 8};
	aegis_runtime *rt;
	assert_int_equal(aegis_runtime_create(&cfg, &rt, NULL, 0), AEGIS_OK);
	aegis_sim_config sim = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 300000}};
	aegis_model_config m = {.name = "m", .period_ns = 1000000, .backend_config = &sim};
	assert_int_equal(aegis_model_admit(rt, &m, NULL), AEGIS_OK);
	assert_int_equal(aegis_runtime_run_for(rt, 100000000), AEGIS_OK);
	uint64_t recorded, dropped;
	assert_int_equal(aegis_runtime_trace_counts(rt, &recorded, &dropped), AEGIS_OK);
	assert_true(recorded > 400); /* 100 jobs, several events each */
	assert_int_equal(dropped, 0);
	assert_int_equal(s.n, recorded); /* run_for returns with every event delivered */
	assert_int_equal(aegis_runtime_trace_counts(rt, NULL, &dropped), AEGIS_E_INVAL);
	aegis_runtime_destroy(rt);
	assert_int_equal(s.n, recorded); /* and nothing more came at destroy */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lossless),
		cmocka_unit_test(test_capacity),
		cmocka_unit_test(test_threaded_drops_counted),
		cmocka_unit_test(test_threaded_no_drops),
		cmocka_unit_test(test_runtime_counts),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
