/* Unit tests of the Chrome trace exporter: synthetic event batches in, JSON text out.
 * Must not need a runtime: names are tested against a stub only in the standalone
 * build (-DAEGIS_CHROME_STANDALONE_TEST), which provides the runtime's accessors. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "aegis/runtime.h"
#include "aegis/trace.h"

#ifndef AEGIS_TEST_DATA
#define AEGIS_TEST_DATA "tests/data"
#endif
#define CHECKER AEGIS_TEST_DATA "/../e2e/check_chrome_trace.py"

#define HEAD "{\"displayTimeUnit\":\"ns\",\"traceEvents\":["
/* The process names finish() writes even without a runtime, after separator sep. */
#define PROCESS_NAMES(sep)                                                                 \
	sep "{\"ph\":\"M\",\"pid\":1,\"tid\":0,\"name\":\"process_name\",\"args\":{\"name\":\"lanes\"}}" \
	",\n{\"ph\":\"M\",\"pid\":1,\"tid\":0,\"name\":\"process_sort_index\",\"args\":{\"sort_index\":1}}" \
	",\n{\"ph\":\"M\",\"pid\":2,\"tid\":0,\"name\":\"process_name\",\"args\":{\"name\":\"models\"}}" \
	",\n{\"ph\":\"M\",\"pid\":2,\"tid\":0,\"name\":\"process_sort_index\",\"args\":{\"sort_index\":2}}"
#define TAIL "\n]}\n"

#ifdef AEGIS_CHROME_STANDALONE_TEST
/* Just enough of a runtime for finish(): its lane count and model names. */
struct aegis_runtime {
	uint32_t lanes;
	uint32_t n_models;
	const char *const *names;
};

__attribute__((weak)) uint32_t aegis_runtime_lane_count(const aegis_runtime *rt)
{
	return rt->lanes;
}

__attribute__((weak)) uint32_t aegis_runtime_model_count(const aegis_runtime *rt)
{
	return rt->n_models;
}

__attribute__((weak)) const char *aegis_model_name(const aegis_runtime *rt, aegis_model_id id)
{
	return id < rt->n_models ? rt->names[id] : NULL;
}
#endif

static aegis_trace_event ev_make(aegis_event_kind kind, int64_t t_ns, int64_t arg,
				 uint32_t model, uint64_t job, uint32_t lane, uint16_t segment,
				 aegis_status status)
{
	aegis_trace_event ev = {.t_ns = t_ns, .arg = arg, .job = job, .model = model,
				.lane = lane, .kind = (uint16_t)kind, .segment = segment,
				.status = (int32_t)status};
	return ev;
}

/* Feeds n events in batches of `batch`, finishes, and returns the document. */
static char *render(const aegis_trace_event *ev, size_t n, size_t batch,
		    const struct aegis_runtime *rt)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	assert_non_null(f);
	aegis_chrome_writer *w = NULL;
	assert_int_equal(aegis_chrome_writer_create(f, &w), AEGIS_OK);
	aegis_trace_sink sink = aegis_chrome_writer_sink(w);
	assert_non_null(sink.fn);
	for (size_t i = 0; i < n; i += batch)
		sink.fn(sink.user, ev + i, n - i < batch ? n - i : batch);
	assert_int_equal(aegis_chrome_writer_finish(w, rt), AEGIS_OK);
	aegis_chrome_writer_destroy(w);
	assert_int_equal(fclose(f), 0);
	return buf;
}

/* A small run on two lanes: every kind of event at least once. */
static size_t sample_events(aegis_trace_event *ev)
{
	size_t n = 0;
	ev[n++] = ev_make(AEGIS_EV_RELEASE, 0, 10000000, 0, 0, AEGIS_NO_LANE, 0, AEGIS_OK);
	ev[n++] = ev_make(AEGIS_EV_RELEASE, 0, 20000000, 1, 0, AEGIS_NO_LANE, 0, AEGIS_OK);
	ev[n++] = ev_make(AEGIS_EV_START, 1000, 10000000, 0, 0, 0, 0, AEGIS_OK);
	ev[n++] = ev_make(AEGIS_EV_START, 1000, 20000000, 1, 0, 1, 0, AEGIS_OK);
	ev[n++] = ev_make(AEGIS_EV_REJECT, 1500, 0, 1, 1, AEGIS_NO_LANE, 0, AEGIS_E_QUEUE_FULL);
	ev[n++] = ev_make(AEGIS_EV_SEGMENT_END, 2001000, 1000, 0, 0, 0, 0, AEGIS_OK);
	ev[n++] = ev_make(AEGIS_EV_PREEMPT, 2001000, 0, 0, 0, 0, 0, AEGIS_OK);
	ev[n++] = ev_make(AEGIS_EV_START, 2001000, 10000000, 0, 0, 0, 1, AEGIS_OK);
	ev[n++] = ev_make(AEGIS_EV_SEGMENT_END, 4001000, 2001000, 0, 0, 0, 1, AEGIS_OK);
	ev[n++] = ev_make(AEGIS_EV_COMPLETE, 4001000, 0, 0, 0, 0, 1, AEGIS_OK);
	ev[n++] = ev_make(AEGIS_EV_MISS, 20000000, 0, 1, 0, 1, 0, AEGIS_OK);
	ev[n++] = ev_make(AEGIS_EV_SEGMENT_END, 25000000, 1000, 1, 0, 1, 0, AEGIS_OK);
	ev[n++] = ev_make(AEGIS_EV_COMPLETE, 25000000, 0, 1, 0, 1, 0, AEGIS_OK);
	return n;
}

static void test_kind_names(void **state)
{
	(void)state;
	assert_string_equal(aegis_event_kind_name(AEGIS_EV_RELEASE), "release");
	assert_string_equal(aegis_event_kind_name(AEGIS_EV_REJECT), "reject");
	assert_string_equal(aegis_event_kind_name(AEGIS_EV_START), "start");
	assert_string_equal(aegis_event_kind_name(AEGIS_EV_SEGMENT_END), "segment_end");
	assert_string_equal(aegis_event_kind_name(AEGIS_EV_PREEMPT), "preempt");
	assert_string_equal(aegis_event_kind_name(AEGIS_EV_COMPLETE), "complete");
	assert_string_equal(aegis_event_kind_name(AEGIS_EV_MISS), "miss");
	assert_string_equal(aegis_event_kind_name(AEGIS_EV_KIND_COUNT_), "unknown");
	assert_string_equal(aegis_event_kind_name((aegis_event_kind)99), "unknown");
}

static void test_create_inval(void **state)
{
	(void)state;
	aegis_chrome_writer *w = (aegis_chrome_writer *)1;
	assert_int_equal(aegis_chrome_writer_create(NULL, &w), AEGIS_E_INVAL);
	assert_null(w);
	assert_int_equal(aegis_chrome_writer_create(stdout, NULL), AEGIS_E_INVAL);
	assert_null(aegis_chrome_writer_sink(NULL).fn);
	assert_int_equal(aegis_chrome_writer_finish(NULL, NULL), AEGIS_E_INVAL);
	aegis_chrome_writer_destroy(NULL);
}

static void test_empty_document(void **state)
{
	(void)state;
	char *out = render(NULL, 0, 1, NULL);
	/* The first event has no comma before it. */
	assert_string_equal(out, HEAD PROCESS_NAMES("\n") TAIL);
	free(out);
}

static void test_segment_slice(void **state)
{
	(void)state;
	aegis_trace_event ev[] = {
		ev_make(AEGIS_EV_START, 1000, 50000000, 3, 7, 1, 0, AEGIS_OK),
		ev_make(AEGIS_EV_SEGMENT_END, 2500, 1000, 3, 7, 1, 0, AEGIS_OK),
		/* no matching START: the slice has no deadline */
		ev_make(AEGIS_EV_SEGMENT_END, 4000, 3000, 3, 7, 1, 1, AEGIS_OK),
	};
	char *out = render(ev, 3, 3, NULL);
	assert_string_equal(out,
		HEAD
		"\n{\"ph\":\"X\",\"pid\":1,\"tid\":1,\"name\":\"m3\",\"ts\":1.000,\"dur\":1.500,"
		"\"bind_id\":\"40000000007\",\"flow_in\":true,\"flow_out\":true,"
		"\"args\":{\"model\":3,\"job\":7,\"segment\":0,\"deadline_us\":50000.000}}"
		",\n{\"ph\":\"X\",\"pid\":1,\"tid\":1,\"name\":\"m3\",\"ts\":3.000,\"dur\":1.000,"
		"\"bind_id\":\"40000000007\",\"flow_in\":true,\"flow_out\":true,"
		"\"args\":{\"model\":3,\"job\":7,\"segment\":1}}"
		PROCESS_NAMES(",\n") TAIL);
	free(out);
}

static void test_marks_and_instants(void **state)
{
	(void)state;
	aegis_trace_event ev[] = {
		ev_make(AEGIS_EV_RELEASE, 5000, 105000, 2, 4, AEGIS_NO_LANE, 0, AEGIS_OK),
		ev_make(AEGIS_EV_REJECT, 6000, 0, 2, 5, AEGIS_NO_LANE, 0, AEGIS_E_INTERARRIVAL),
		ev_make(AEGIS_EV_PREEMPT, 7000, 0, 2, 4, 3, 1, AEGIS_OK),
		ev_make(AEGIS_EV_MISS, 105000, 0, 2, 4, 3, 0, AEGIS_OK),
		ev_make(AEGIS_EV_COMPLETE, 110500, 5000, 2, 4, 3, 2, AEGIS_OK),
	};
	char *out = render(ev, 5, 2, NULL);
	assert_string_equal(out,
		HEAD
		"\n{\"ph\":\"X\",\"pid\":2,\"tid\":2,\"name\":\"release\",\"ts\":5.000,\"dur\":0,"
		"\"bind_id\":\"30000000004\",\"flow_out\":true,"
		"\"args\":{\"model\":2,\"job\":4,\"deadline_us\":105.000}}"
		",\n{\"ph\":\"i\",\"pid\":2,\"tid\":2,\"name\":\"reject\",\"s\":\"t\",\"ts\":6.000,"
		"\"args\":{\"model\":2,\"job\":5,\"status\":\"AEGIS_E_INTERARRIVAL\"}}"
		",\n{\"ph\":\"i\",\"pid\":1,\"tid\":3,\"name\":\"preempt\",\"s\":\"t\",\"ts\":7.000,"
		"\"args\":{\"model\":2,\"job\":4}}"
		",\n{\"ph\":\"i\",\"pid\":2,\"tid\":2,\"name\":\"miss\",\"s\":\"t\",\"ts\":105.000,"
		"\"args\":{\"model\":2,\"job\":4}}"
		",\n{\"ph\":\"X\",\"pid\":2,\"tid\":2,\"name\":\"complete\",\"ts\":110.500,\"dur\":0,"
		"\"bind_id\":\"30000000004\",\"flow_in\":true,"
		"\"args\":{\"model\":2,\"job\":4,\"status\":\"AEGIS_OK\",\"response_us\":105.500}}"
		PROCESS_NAMES(",\n") TAIL);
	free(out);
}

static void test_time_format(void **state)
{
	(void)state;
	static const struct {
		int64_t ns;
		const char *text;
	} cases[] = {
		{0, "\"ts\":0.000,"},
		{7, "\"ts\":0.007,"},
		{999, "\"ts\":0.999,"},
		{1000, "\"ts\":1.000,"},
		{123456789, "\"ts\":123456.789,"},
		{INT64_MAX, "\"ts\":9223372036854775.807,"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		aegis_trace_event ev =
			ev_make(AEGIS_EV_MISS, cases[i].ns, 0, 0, 0, AEGIS_NO_LANE, 0, AEGIS_OK);
		char *out = render(&ev, 1, 1, NULL);
		if (!strstr(out, cases[i].text))
			fail_msg("%s not in %s", cases[i].text, out);
		free(out);
	}
}

static void test_start_writes_nothing_and_unknown_kind_skipped(void **state)
{
	(void)state;
	aegis_trace_event ev[] = {
		ev_make(AEGIS_EV_START, 1000, 5000, 0, 0, 0, 0, AEGIS_OK),
		ev_make(AEGIS_EV_KIND_COUNT_, 1000, 0, 0, 0, 0, 0, AEGIS_OK),
		ev_make((aegis_event_kind)77, 1000, 0, 0, 0, 0, 0, AEGIS_OK),
	};
	char *out = render(ev, 3, 3, NULL);
	assert_string_equal(out, HEAD PROCESS_NAMES("\n") TAIL);
	free(out);
}

/* Batching must not change a byte, and events reach the FILE before finish(). */
static void test_streams_same_bytes_any_batching(void **state)
{
	(void)state;
	aegis_trace_event ev[16];
	size_t n = sample_events(ev);
	char *one = render(ev, n, n, NULL);
	for (size_t batch = 1; batch < n; batch++) {
		char *other = render(ev, n, batch, NULL);
		assert_string_equal(one, other);
		free(other);
	}
	free(one);

	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	assert_non_null(f);
	aegis_chrome_writer *w = NULL;
	assert_int_equal(aegis_chrome_writer_create(f, &w), AEGIS_OK);
	aegis_trace_sink sink = aegis_chrome_writer_sink(w);
	sink.fn(sink.user, &ev[0], 1);
	assert_int_equal(fflush(f), 0);
	assert_non_null(strstr(buf, "\"name\":\"release\""));
	assert_int_equal(aegis_chrome_writer_finish(w, NULL), AEGIS_OK);
	/* After finish the document is closed: more events and a second finish are refused. */
	size_t closed_len = len;
	sink.fn(sink.user, ev, n);
	assert_int_equal(aegis_chrome_writer_finish(w, NULL), AEGIS_E_STATE);
	assert_int_equal(fflush(f), 0);
	assert_int_equal(len, closed_len);
	aegis_chrome_writer_destroy(w);
	fclose(f);
	free(buf);
}

static void test_write_error_is_reported(void **state)
{
	(void)state;
	FILE *f = fopen("/dev/null", "r"); /* every write to it fails */
	if (!f)
		skip();
	aegis_chrome_writer *w = NULL;
	assert_int_equal(aegis_chrome_writer_create(f, &w), AEGIS_OK);
	aegis_trace_event ev = ev_make(AEGIS_EV_MISS, 1, 0, 0, 0, 0, 0, AEGIS_OK);
	aegis_chrome_writer_sink(w).fn(w, &ev, 1);
	assert_int_equal(aegis_chrome_writer_finish(w, NULL), AEGIS_E_IO);
	aegis_chrome_writer_destroy(w);
	fclose(f);
}

/* Runs the checker on text; returns its exit status, or -1 if python3 is missing. */
static int run_checker(const char *text, const char *options)
{
	if (system("command -v python3 >/dev/null 2>&1") != 0)
		return -1;
	char path[] = "/tmp/aegis_chrome_XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	FILE *f = fdopen(fd, "w");
	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
	char cmd[1024];
	snprintf(cmd, sizeof cmd, "python3 '%s' %s '%s'", CHECKER, options, path);
	int rc = system(cmd);
	unlink(path);
	return rc == -1 || !WIFEXITED(rc) ? -2 : WEXITSTATUS(rc);
}

static void test_python_checker_accepts_output(void **state)
{
	(void)state;
	aegis_trace_event ev[16];
	size_t n = sample_events(ev);
	char *out = render(ev, n, 4, NULL);
	int rc = run_checker(out, "--expect-lanes 2 --min-slices 3 --min-flows 2");
	if (rc == -1) {
		free(out);
		skip();
	}
	assert_int_equal(rc, 0);
	assert_int_equal(run_checker(out, "--expect-lanes 3"), 1);
	assert_int_equal(run_checker(out, "--min-slices 4"), 1);
	assert_int_equal(run_checker(out, "--min-flows 3"), 1); /* two jobs, two flows */
	free(out);

	/* and the checker does reject what the format forbids */
	assert_int_equal(run_checker("{\"traceEvents\":[{\"ph\":\"X\",\"pid\":1,\"tid\":0,"
				     "\"name\":\"a\",\"ts\":1}]}", ""), 1);
	assert_int_equal(run_checker("[{\"ph\":\"i\",\"pid\":1,\"tid\":0,\"name\":\"a\","
				     "\"ts\":1,\"s\":\"x\"}]", ""), 1);
	assert_int_equal(run_checker("{\"traceEvents\":[", ""), 1);
	assert_int_equal(run_checker("[]", ""), 0);
	/* flows: a step before the start, two starts, a flow on an instant */
	assert_int_equal(run_checker("[{\"ph\":\"X\",\"pid\":1,\"tid\":0,\"name\":\"a\",\"ts\":5,"
				     "\"dur\":0,\"bind_id\":\"1\",\"flow_out\":true},"
				     "{\"ph\":\"X\",\"pid\":1,\"tid\":0,\"name\":\"b\",\"ts\":4,"
				     "\"dur\":1,\"bind_id\":\"1\",\"flow_in\":true,\"flow_out\":true}]",
				     ""), 1);
	assert_int_equal(run_checker("[{\"ph\":\"X\",\"pid\":1,\"tid\":0,\"name\":\"a\",\"ts\":5,"
				     "\"dur\":0,\"bind_id\":\"1\",\"flow_out\":true},"
				     "{\"ph\":\"X\",\"pid\":1,\"tid\":0,\"name\":\"b\",\"ts\":6,"
				     "\"dur\":1,\"bind_id\":\"1\",\"flow_out\":true}]", ""), 1);
	assert_int_equal(run_checker("[{\"ph\":\"i\",\"pid\":1,\"tid\":0,\"name\":\"a\",\"ts\":5,"
				     "\"s\":\"t\",\"bind_id\":\"1\",\"flow_out\":true}]", ""), 1);
}

#ifdef AEGIS_CHROME_STANDALONE_TEST
static void test_finish_names(void **state)
{
	(void)state;
	static const char *const names[] = {"det", "we\"ird\\\x01"};
	struct aegis_runtime rt = {2, 2, names};
	char *out = render(NULL, 0, 1, &rt);
	assert_string_equal(out,
		HEAD PROCESS_NAMES("\n")
		",\n{\"ph\":\"M\",\"pid\":1,\"tid\":0,\"name\":\"thread_name\",\"args\":{\"name\":\"lane 0\"}}"
		",\n{\"ph\":\"M\",\"pid\":1,\"tid\":0,\"name\":\"thread_sort_index\",\"args\":{\"sort_index\":0}}"
		",\n{\"ph\":\"M\",\"pid\":1,\"tid\":1,\"name\":\"thread_name\",\"args\":{\"name\":\"lane 1\"}}"
		",\n{\"ph\":\"M\",\"pid\":1,\"tid\":1,\"name\":\"thread_sort_index\",\"args\":{\"sort_index\":1}}"
		",\n{\"ph\":\"M\",\"pid\":2,\"tid\":0,\"name\":\"thread_name\",\"args\":{\"name\":\"det\"}}"
		",\n{\"ph\":\"M\",\"pid\":2,\"tid\":0,\"name\":\"thread_sort_index\",\"args\":{\"sort_index\":0}}"
		",\n{\"ph\":\"M\",\"pid\":2,\"tid\":1,\"name\":\"thread_name\",\"args\":{\"name\":\"we\\\"ird\\\\\\u0001\"}}"
		",\n{\"ph\":\"M\",\"pid\":2,\"tid\":1,\"name\":\"thread_sort_index\",\"args\":{\"sort_index\":1}}"
		TAIL);
	int rc = run_checker(out, "");
	assert_true(rc == 0 || rc == -1);
	free(out);
}
#endif

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kind_names),
		cmocka_unit_test(test_create_inval),
		cmocka_unit_test(test_empty_document),
		cmocka_unit_test(test_segment_slice),
		cmocka_unit_test(test_marks_and_instants),
		cmocka_unit_test(test_time_format),
		cmocka_unit_test(test_start_writes_nothing_and_unknown_kind_skipped),
		cmocka_unit_test(test_streams_same_bytes_any_batching),
		cmocka_unit_test(test_write_error_is_reported),
		cmocka_unit_test(test_python_checker_accepts_output),
#ifdef AEGIS_CHROME_STANDALONE_TEST
		cmocka_unit_test(test_finish_names),
#endif
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
