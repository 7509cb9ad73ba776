/* Unit tests of the task-set loader (CSV): valid files give the exact tasks, each bad
 * file gives its exact "path:line: message", and no input crashes or leaks (run under
 * ASan). Must not analyse or run anything: loading a file is all that is tested here. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/runtime.h"
#include "aegis/taskset.h"
#include "aegis/time.h"

#ifndef AEGIS_TEST_DATA
#define AEGIS_TEST_DATA "tests/data"
#endif
#define DIR AEGIS_TEST_DATA "/tasksets/"

#define US AEGIS_NS_PER_US
#define MS AEGIS_NS_PER_MS

static aegis_taskset *load_ok(const char *path)
{
	char err[512] = "unset";
	aegis_taskset *ts = (aegis_taskset *)1;
	aegis_status st = aegis_taskset_load(path, &ts, err, sizeof err);
	if (st != AEGIS_OK)
		fail_msg("%s: %s: %s", path, aegis_status_name(st), err);
	assert_non_null(ts);
	assert_string_equal(err, "");
	return ts;
}

static aegis_taskset *parse_ok(const char *text, size_t len)
{
	char err[512] = "unset";
	aegis_taskset *ts = NULL;
	aegis_status st = aegis_taskset_parse("mem.csv", text, len, &ts, err, sizeof err);
	if (st != AEGIS_OK)
		fail_msg("%s: %s", aegis_status_name(st), err);
	assert_non_null(ts);
	return ts;
}

/* Parses text and expects a refusal with exactly status st and message want. */
static void parse_bad(const char *text, size_t len, aegis_status st, const char *want)
{
	char err[512];
	aegis_taskset *ts = (aegis_taskset *)1;
	aegis_status got = aegis_taskset_parse("mem.csv", text, len, &ts, err, sizeof err);
	if (got != st || strcmp(err, want) != 0)
		fail_msg("got %s \"%s\"\n  expected %s \"%s\"", aegis_status_name(got), err,
			 aegis_status_name(st), want);
	assert_null(ts);
}

static void assert_task(const aegis_taskset *ts, uint32_t i, const char *name, int64_t c,
			int64_t d, int64_t t, int64_t prio, int64_t j, uint32_t line)
{
	const aegis_task *x = &aegis_taskset_tasks(ts)[i];
	assert_string_equal(x->name, name);
	assert_int_equal(x->wcet_ns, c);
	assert_int_equal(x->deadline_ns, d);
	assert_int_equal(x->period_ns, t);
	assert_int_equal(x->prio, prio);
	assert_int_equal(x->jitter_ns, j);
	assert_int_equal(aegis_taskset_line(ts, i), line);
}

/* ---- valid files ------------------------------------------------------------------ */

static void test_davis_can(void **state)
{
	(void)state;
	aegis_taskset *ts = load_ok(DIR "davis2007_can_fp_unschedulable.csv");
	assert_int_equal(aegis_taskset_count(ts), 3);
	assert_string_equal(aegis_taskset_path(ts), DIR "davis2007_can_fp_unschedulable.csv");
	assert_task(ts, 0, "A", 1 * MS, 2500 * US, 2500 * US, 0, 0, 11);
	assert_task(ts, 1, "B", 1 * MS, 3250 * US, 3500 * US, 1, 0, 12);
	assert_task(ts, 2, "C", 1 * MS, 3250 * US, 3500 * US, 2, 0, 13);
	for (uint32_t i = 0; i < 3; i++) {
		assert_int_equal(aegis_taskset_tasks(ts)[i].n_segments, 0);
		assert_null(aegis_taskset_tasks(ts)[i].segment_ns);
	}
	aegis_taskset_destroy(ts);
}

static void test_minimal(void **state)
{
	(void)state;
	aegis_taskset *ts = load_ok(DIR "ok_minimal.csv");
	assert_int_equal(aegis_taskset_count(ts), 1);
	assert_task(ts, 0, "det", 8 * MS, 33300 * US, 33300 * US, 0, 0, 1);
	aegis_taskset_destroy(ts);
}

static void test_full(void **state)
{
	(void)state;
	aegis_taskset *ts = load_ok(DIR "ok_full.csv");
	const aegis_task *t = aegis_taskset_tasks(ts);
	assert_int_equal(aegis_taskset_count(ts), 7);
	assert_task(ts, 0, "cam_det", 8 * MS, 33300 * US, 33300 * US, 0, 0, 4);
	/* spaces and tabs around fields, a trailing comment */
	assert_task(ts, 1, "seg", 20 * MS, 100 * MS, 100 * MS, 3, 0, 5);
	assert_int_equal(t[1].n_segments, 3);
	assert_non_null(t[1].segment_ns);
	assert_int_equal(t[1].segment_ns[0], 5 * MS);
	assert_int_equal(t[1].segment_ns[1], 5 * MS);
	assert_int_equal(t[1].segment_ns[2], 10 * MS);
	/* empty deadline: the period; absent priority: the index */
	assert_task(ts, 2, "no_deadline", 1500 * US, 16600 * US, 16600 * US, 2, 0, 6);
	/* empty priority: the index, even where it equals another task's */
	assert_task(ts, 3, "no_prio", 500 * US, 10 * MS, 20 * MS, 3, 2 * MS, 7);
	/* empty trailing segments field */
	assert_task(ts, 4, "jittery", 2 * MS, 40 * MS, 50 * MS, 7, 1250 * US, 8);
	assert_int_equal(t[4].n_segments, 0);
	assert_null(t[4].segment_ns);
	/* empty jitter, one segment */
	assert_task(ts, 5, "one_seg", 3 * MS, 30 * MS, 30 * MS, 2, 0, 11);
	assert_int_equal(t[5].n_segments, 1);
	assert_int_equal(t[5].segment_ns[0], 3 * MS);
	/* no final newline; extreme units */
	assert_task(ts, 6, "last_no_newline", 1, AEGIS_NS_PER_S, 60 * AEGIS_NS_PER_S, 6, 0, 12);
	assert_int_equal(aegis_taskset_line(ts, 7), 0);
	aegis_taskset_destroy(ts);
}

static void test_crlf_and_buffer(void **state)
{
	(void)state;
	static const char text[] = "a, 1ms, 10ms, 10ms\r\n\r\n# c\r\nb, 2ms, , 20ms, 5\r\n";
	aegis_taskset *ts = parse_ok(text, strlen(text));
	assert_int_equal(aegis_taskset_count(ts), 2);
	assert_task(ts, 0, "a", 1 * MS, 10 * MS, 10 * MS, 0, 0, 1);
	assert_task(ts, 1, "b", 2 * MS, 20 * MS, 20 * MS, 5, 0, 4);
	assert_string_equal(aegis_taskset_path(ts), "mem.csv");
	aegis_taskset_destroy(ts);

	/* len bounds the text: what follows it is not read */
	static const char cut[] = "a, 1ms, 10ms, 10ms\nb, garbage";
	ts = parse_ok(cut, strlen("a, 1ms, 10ms, 10ms\n"));
	assert_int_equal(aegis_taskset_count(ts), 1);
	aegis_taskset_destroy(ts);
}

/* A UTF-8 byte order mark (spreadsheets write one) is not part of the first task's
 * name, and the lines keep their numbers; one inside the text is refused as a name. */
static void test_byte_order_mark(void **state)
{
	(void)state;
	static const char text[] = "\xEF\xBB\xBF" "a, 1ms, 10ms, 10ms\nb, 2ms, , 20ms, 5\n";
	aegis_taskset *ts = parse_ok(text, strlen(text));
	assert_int_equal(aegis_taskset_count(ts), 2);
	assert_task(ts, 0, "a", 1 * MS, 10 * MS, 10 * MS, 0, 0, 1);
	assert_task(ts, 1, "b", 2 * MS, 20 * MS, 20 * MS, 5, 0, 2);
	aegis_taskset_destroy(ts);

	static const char only[] = "\xEF\xBB\xBF";
	char err[256];
	assert_int_equal(aegis_taskset_parse("bom.csv", only, 3, &ts, err, sizeof err),
			 AEGIS_E_CONFIG);
	assert_non_null(strstr(err, "bom.csv:1: no tasks"));

	static const char twice[] = "\xEF\xBB\xBF" "\xEF\xBB\xBF" "a, 1ms, 10ms, 10ms\n";
	assert_int_equal(aegis_taskset_parse("bom.csv", twice, strlen(twice), &ts, err,
					     sizeof err), AEGIS_E_CONFIG);
	assert_non_null(strstr(err, "bom.csv:1: task name"));
}

/* ---- bad files ----------------------------------------------------------------------- */

/* Each bad file and the exact message it gives; "{dir}" stands for the folder. */
static const struct bad_case {
	const char *file;
	aegis_status status;
	const char *msg;
} bad_cases[] = {
	{"bad_too_few_fields.csv", AEGIS_E_CONFIG,
	 "{dir}/bad_too_few_fields.csv:2: expected at least 4 fields (name, wcet, deadline, "
	 "period), got 3"},
	{"bad_too_many_fields.csv", AEGIS_E_CONFIG,
	 "{dir}/bad_too_many_fields.csv:1: expected at most 7 fields (name, wcet, deadline, "
	 "period, priority, jitter, segments), got 8"},
	{"bad_wcet_no_unit.csv", AEGIS_E_CONFIG,
	 "{dir}/bad_wcet_no_unit.csv:1: task 'a': wcet: '5' needs a unit (ns, us, ms, s, min)"},
	{"bad_wcet_word.csv", AEGIS_E_CONFIG,
	 "{dir}/bad_wcet_word.csv:1: task 'a': wcet: expected a duration such as 33.3ms, got "
	 "'fast'"},
	{"bad_wcet_zero.csv", AEGIS_E_CONFIG,
	 "{dir}/bad_wcet_zero.csv:2: task 'b': wcet: must be > 0"},
	{"bad_deadline_over_period.csv", AEGIS_E_CONFIG,
	 "{dir}/bad_deadline_over_period.csv:2: task 'det': deadline 40ms exceeds period 33.3ms "
	 "(constrained deadlines only: deadline <= period)"},
	{"bad_deadline_zero.csv", AEGIS_E_CONFIG,
	 "{dir}/bad_deadline_zero.csv:1: task 'a': deadline: must be > 0 (leave it empty to use "
	 "the period)"},
	{"bad_period_bad_unit.csv", AEGIS_E_CONFIG,
	 "{dir}/bad_period_bad_unit.csv:1: task 'a': period: unknown unit in '10sec' (expected "
	 "one of: ns, us, ms, s, min)"},
	{"bad_period_empty.csv", AEGIS_E_CONFIG,
	 "{dir}/bad_period_empty.csv:1: task 'a': period: expected a duration such as 33.3ms, "
	 "got nothing"},
	{"bad_period_negative.csv", AEGIS_E_CONFIG,
	 "{dir}/bad_period_negative.csv:1: task 'a': period: '-5ms' is negative: a duration is "
	 ">= 0"},
	{"bad_period_too_large.csv", AEGIS_E_CONFIG,
	 "{dir}/bad_period_too_large.csv:1: task 'a': period: '999999999999s' is too large "
	 "(at most 1125899 s, about 13 days)"},
	{"bad_duplicate_name.csv", AEGIS_E_CONFIG,
	 "{dir}/bad_duplicate_name.csv:4: duplicate task name 'det' (first at line 2)"},
	{"bad_name_with_space.csv", AEGIS_E_CONFIG,
	 "{dir}/bad_name_with_space.csv:1: task name 'front camera': use printable ASCII "
	 "without spaces, quotes or backslashes"},
	{"bad_name_empty.csv", AEGIS_E_CONFIG,
	 "{dir}/bad_name_empty.csv:1: name: expected a task name, got nothing"},
	{"bad_priority_negative.csv", AEGIS_E_CONFIG,
	 "{dir}/bad_priority_negative.csv:1: task 'a': priority: expected an integer "
	 "0..2147483647, got '-1'"},
	{"bad_priority_word.csv", AEGIS_E_CONFIG,
	 "{dir}/bad_priority_word.csv:1: task 'a': priority: expected an integer 0..2147483647, "
	 "got 'high'"},
	{"bad_priority_too_large.csv", AEGIS_E_CONFIG,
	 "{dir}/bad_priority_too_large.csv:1: task 'a': priority: expected an integer "
	 "0..2147483647, got '2147483648'"},
	{"bad_jitter_over_period.csv", AEGIS_E_CONFIG,
	 "{dir}/bad_jitter_over_period.csv:1: task 'a': jitter 10ms must be below the period "
	 "10ms"},
	{"bad_segments_sum.csv", AEGIS_E_CONFIG,
	 "{dir}/bad_segments_sum.csv:1: task 'seg': segments add up to 19ms, expected the wcet "
	 "20ms"},
	{"bad_segment_zero.csv", AEGIS_E_CONFIG,
	 "{dir}/bad_segment_zero.csv:1: task 'seg': segments[1]: must be > 0"},
	{"bad_segment_empty.csv", AEGIS_E_CONFIG,
	 "{dir}/bad_segment_empty.csv:1: task 'seg': segments[1]: expected a duration such as "
	 "33.3ms, got nothing"},
	{"bad_segment_no_unit.csv", AEGIS_E_CONFIG,
	 "{dir}/bad_segment_no_unit.csv:1: task 'seg': segments[1]: '5' needs a unit (ns, us, "
	 "ms, s, min)"},
	{"bad_empty.csv", AEGIS_E_CONFIG,
	 "{dir}/bad_empty.csv:1: no tasks: expected lines 'name, wcet, deadline, period [, "
	 "priority [, jitter [, segments]]]'"},
	{"bad_comments_only.csv", AEGIS_E_CONFIG,
	 "{dir}/bad_comments_only.csv:1: no tasks: expected lines 'name, wcet, deadline, period "
	 "[, priority [, jitter [, segments]]]'"},
	{"bad_missing.csv", AEGIS_E_IO,
	 "{dir}/bad_missing.csv:0: cannot open: No such file or directory"},
};

/* Replaces every "{dir}" of msg by the task-set folder. */
static void expand(const char *msg, char *out, size_t len)
{
	const char *dir = AEGIS_TEST_DATA "/tasksets";
	size_t o = 0;
	while (*msg && o + 1 < len) {
		if (strncmp(msg, "{dir}", 5) == 0) {
			o += (size_t)snprintf(out + o, len - o, "%s", dir);
			msg += 5;
		} else {
			out[o++] = *msg++;
		}
	}
	out[o < len ? o : len - 1] = '\0';
}

static void test_bad_files(void **state)
{
	(void)state;
	size_t n = sizeof bad_cases / sizeof bad_cases[0];
	assert_true(n >= 12);
	for (size_t i = 0; i < n; i++) {
		const struct bad_case *b = &bad_cases[i];
		char path[512], want[1024], err[1024];
		aegis_taskset *ts = (aegis_taskset *)1;
		snprintf(path, sizeof path, DIR "%s", b->file);
		expand(b->msg, want, sizeof want);
		aegis_status st = aegis_taskset_load(path, &ts, err, sizeof err);
		if (st != b->status || strcmp(err, want) != 0)
			fail_msg("%s: got %s \"%s\"\n  expected %s \"%s\"", b->file,
				 aegis_status_name(st), err, aegis_status_name(b->status), want);
		assert_null(ts);
	}
}

/* ---- buffers, limits and robustness ----------------------------------------------------- */

static void test_nul_byte(void **state)
{
	(void)state;
	static const char text[] = "a, 1ms, 10ms, 10ms\nb\0, 1ms, 10ms, 10ms\n";
	parse_bad(text, sizeof text - 1, AEGIS_E_CONFIG,
		  "mem.csv:2: the line holds a NUL byte: expected text");
}

static void test_segment_limits(void **state)
{
	(void)state;
	enum { LEN = 16 * 1024 };
	char *text = malloc(LEN);
	assert_non_null(text);
	for (uint32_t n = AEGIS_MAX_SEGMENTS; n <= AEGIS_MAX_SEGMENTS + 1; n++) {
		int o = snprintf(text, LEN, "a, %uns, 1ms, 1ms, 0, 0ns, ", n);
		for (uint32_t k = 0; k < n; k++)
			o += snprintf(text + o, LEN - (size_t)o, "%s1ns", k ? ";" : "");
		if (n == AEGIS_MAX_SEGMENTS) {
			aegis_taskset *ts = parse_ok(text, (size_t)o);
			assert_int_equal(aegis_taskset_tasks(ts)[0].n_segments, AEGIS_MAX_SEGMENTS);
			assert_int_equal(aegis_taskset_tasks(ts)[0].segment_ns[255], 1);
			aegis_taskset_destroy(ts);
		} else {
			parse_bad(text, (size_t)o, AEGIS_E_CONFIG,
				  "mem.csv:1: task 'a': segments: at most 256 segments, got 257");
		}
	}
	free(text);
	/* a segment is a duration like any other: at most AEGIS_DURATION_MAX, so the sum
	 * of 256 of them cannot overflow */
	static const char overflow[] = "a, 1ms, 10ms, 10ms, 0, 0ms, 9000000000s;9000000000s";
	parse_bad(overflow, strlen(overflow), AEGIS_E_CONFIG,
		  "mem.csv:1: task 'a': segments[0]: '9000000000s' is too large (at most 1125899 "
		  "s, about 13 days)");
}

static void test_task_limit(void **state)
{
	(void)state;
	size_t cap = (AEGIS_MAX_MODELS + 1) * 32;
	char *text = malloc(cap);
	assert_non_null(text);
	size_t o = 0;
	for (uint32_t i = 0; i < AEGIS_MAX_MODELS; i++)
		o += (size_t)snprintf(text + o, cap - o, "t%u, 1us, 1s, 1s\n", i);
	aegis_taskset *ts = parse_ok(text, o);
	assert_int_equal(aegis_taskset_count(ts), AEGIS_MAX_MODELS);
	assert_task(ts, AEGIS_MAX_MODELS - 1, "t4095", 1 * US, AEGIS_NS_PER_S, AEGIS_NS_PER_S,
		    AEGIS_MAX_MODELS - 1, 0, AEGIS_MAX_MODELS);
	aegis_taskset_destroy(ts);
	o += (size_t)snprintf(text + o, cap - o, "one_more, 1us, 1s, 1s\n");
	parse_bad(text, o, AEGIS_E_CONFIG, "mem.csv:4097: too many tasks: at most 4096");
	free(text);
}

static void test_arguments(void **state)
{
	(void)state;
	char err[128];
	aegis_taskset *ts = (aegis_taskset *)1;
	assert_int_equal(aegis_taskset_load(NULL, &ts, err, sizeof err), AEGIS_E_INVAL);
	assert_null(ts);
	assert_string_equal(err, "(null):0: invalid argument (NULL path)");
	assert_int_equal(aegis_taskset_load(DIR "ok_minimal.csv", NULL, err, sizeof err),
			 AEGIS_E_INVAL);
	assert_int_equal(aegis_taskset_parse("x", NULL, 3, &ts, err, sizeof err), AEGIS_E_INVAL);
	assert_string_equal(err, "x:0: invalid argument (NULL text)");
	/* no text at all: a set with no tasks */
	assert_int_equal(aegis_taskset_parse("x", NULL, 0, &ts, err, sizeof err), AEGIS_E_CONFIG);
	/* err may be NULL or short; it is always terminated */
	assert_int_equal(aegis_taskset_load(DIR "bad_wcet_zero.csv", &ts, NULL, 0), AEGIS_E_CONFIG);
	memset(err, 'x', sizeof err);
	assert_int_equal(aegis_taskset_load(DIR "bad_wcet_zero.csv", &ts, err, 8), AEGIS_E_CONFIG);
	assert_int_equal(strlen(err), 7);
	/* accessors on NULL */
	aegis_taskset_destroy(NULL);
	assert_int_equal(aegis_taskset_count(NULL), 0);
	assert_null(aegis_taskset_tasks(NULL));
	assert_null(aegis_taskset_path(NULL));
	assert_int_equal(aegis_taskset_line(NULL, 0), 0);
}

/* Mutations of a valid file: every outcome is OK or a refusal with a "mem.csv:N: "
 * message, never a crash (and no leak under ASan). Deterministic. */
static void test_mutations(void **state)
{
	(void)state;
	static const char base[] = "# h\na, 1ms, 10ms, 10ms, 0, 1ms, 500us;500us\n"
				   "b,2ms,,20ms\n c , 3ms , 30ms , 30ms , , , \n";
	static const char alphabet[] = ",;#\n\r \t0123456789.msun-+abc\"\\\x01\xff";
	char buf[sizeof base + 8];
	uint64_t x = 0x9e3779b97f4a7c15u;
	for (int it = 0; it < 20000; it++) {
		memcpy(buf, base, sizeof base);
		size_t len = sizeof base - 1;
		for (int k = 0; k < 3; k++) {
			x ^= x << 13;
			x ^= x >> 7;
			x ^= x << 17;
			buf[x % len] = alphabet[(x >> 32) % (sizeof alphabet - 1)];
		}
		len = (size_t)((x >> 16) % (len + 1));
		char err[256] = "";
		aegis_taskset *ts = NULL;
		aegis_status st = aegis_taskset_parse("mem.csv", buf, len, &ts, err, sizeof err);
		if (st == AEGIS_OK) {
			assert_non_null(ts);
			assert_true(aegis_taskset_count(ts) >= 1);
			for (uint32_t i = 0; i < aegis_taskset_count(ts); i++) {
				const aegis_task *t = &aegis_taskset_tasks(ts)[i];
				assert_true(t->wcet_ns > 0 && t->deadline_ns > 0 &&
					    t->deadline_ns <= t->period_ns && t->jitter_ns >= 0 &&
					    t->jitter_ns < t->period_ns && t->prio >= 0);
			}
			aegis_taskset_destroy(ts);
		} else {
			assert_int_equal(st, AEGIS_E_CONFIG);
			assert_null(ts);
			assert_true(strncmp(err, "mem.csv:", 8) == 0);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_davis_can),
		cmocka_unit_test(test_minimal),
		cmocka_unit_test(test_full),
		cmocka_unit_test(test_crlf_and_buffer),
		cmocka_unit_test(test_byte_order_mark),
		cmocka_unit_test(test_bad_files),
		cmocka_unit_test(test_nul_byte),
		cmocka_unit_test(test_segment_limits),
		cmocka_unit_test(test_task_limit),
		cmocka_unit_test(test_arguments),
		cmocka_unit_test(test_mutations),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
