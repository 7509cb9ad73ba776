/* The limits of what the library reads. Every duration at its largest
 * (AEGIS_DURATION_MAX, aegis/time.h) and one past it: a
 * model whose period, deadline, offset, jitter, overrun budget, quarantine and WCET
 * are all at the maximum, beside a model that hangs for the maximum, runs and stops
 * with every counter consistent and no time wrapped (the sanitizer builds abort on a
 * signed overflow); one nanosecond more is refused at the boundary, by the API and by
 * the workload loader, naming the limit. Every file a loader reads is a regular file:
 * a device (/dev/zero would never end) or a folder is refused at once, saying so. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "aegis/aegis.h"

#define MS 1000000LL
#define MAX AEGIS_DURATION_MAX

static void test_everything_at_the_maximum(void **state)
{
	(void)state;
	aegis_runtime_config cfg = {.lanes = 2, .admission = AEGIS_ADMIT_OFF,
				    .host_stall_ns = MAX, .handoff_ns = MAX};
	aegis_runtime *rt = NULL;
	assert_int_equal(aegis_runtime_create(&cfg, &rt, NULL, 0), AEGIS_OK);
	aegis_sim_config slow = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = MAX}};
	aegis_model_config big = {
		.name = "big", .period_ns = MAX, .deadline_ns = MAX, .offset_ns = MAX - 1,
		.jitter_ns = MAX - 1, .wcet_override_ns = MAX, .lane = 0,
		.faults = {.overrun_budget_ns = MAX, .quarantine_ns = MAX},
		.backend_config = &slow};
	aegis_sim_config quick = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 1 * MS}};
	aegis_model_config hang = {.name = "hang", .period_ns = 10 * MS, .lane = 1,
				   .inject = {.hang_nth = 2, .hang_ns = MAX},
				   .backend_config = &quick};
	aegis_model_id ib, ih;
	assert_int_equal(aegis_model_admit(rt, &big, &ib), AEGIS_OK);
	assert_int_equal(aegis_model_admit(rt, &hang, &ih), AEGIS_OK);
	assert_int_equal(aegis_runtime_run_for(rt, 100 * MS), AEGIS_OK);
	assert_int_equal(aegis_runtime_stop(rt), AEGIS_OK);
	aegis_model_stats s;
	assert_int_equal(aegis_model_stats_get(rt, ih, &s), AEGIS_OK);
	assert_int_equal(s.pending, 0);
	assert_int_equal(s.released, s.completed + s.failed + s.cancelled + s.rejected_queue_full +
					     s.skipped + s.rejected_quarantined);
	assert_true(s.max_lateness_ns > 0 && s.max_lateness_ns <= MAX); /* the hung job */
	assert_true(s.response_max_ns > MAX - 20 * MS && s.response_max_ns < 2 * MAX);
	aegis_lane_stats ls;
	assert_int_equal(aegis_lane_stats_get(rt, 1, &ls), AEGIS_OK);
	assert_true(ls.utilisation >= 0 && ls.utilisation <= 1.0);
	aegis_runtime_destroy(rt);
}

static void test_one_past_is_refused(void **state)
{
	(void)state;
	aegis_runtime_config cfg = {.lanes = 1, .host_stall_ns = MAX + 1};
	aegis_runtime *rt = NULL;
	char err[256];
	assert_int_equal(aegis_runtime_create(&cfg, &rt, err, sizeof err), AEGIS_E_CONFIG);
	assert_non_null(strstr(err, "AEGIS_DURATION_MAX"));
	cfg.host_stall_ns = 0;
	assert_int_equal(aegis_runtime_create(&cfg, &rt, NULL, 0), AEGIS_OK);
	aegis_sim_config sim = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 1 * MS}};
	aegis_model_config m = {.name = "m", .period_ns = MAX + 1, .lane = 0,
				.backend_config = &sim};
	assert_int_equal(aegis_model_admit(rt, &m, NULL), AEGIS_E_CONFIG);
	assert_non_null(strstr(aegis_runtime_last_error(rt), "AEGIS_DURATION_MAX"));
	m.period_ns = 10 * MS;
	m.inject.hang_ns = MAX + 1;
	m.inject.hang_nth = 1;
	assert_int_equal(aegis_model_admit(rt, &m, NULL), AEGIS_E_CONFIG);
	m.inject = (aegis_fault_injection){0};
	sim.exec.a_ns = MAX + 1;
	assert_int_equal(aegis_model_admit(rt, &m, NULL), AEGIS_E_CONFIG);
	assert_non_null(strstr(aegis_runtime_last_error(rt), "execution time beyond"));
	aegis_runtime_destroy(rt);
	/* the workload loader: the same bound, at the line */
	static const char text[] = "models:\n  - name: m\n    period: 1125899906842625ns\n"
				   "    exec: 1ms\n";
	aegis_workload *w = NULL;
	assert_int_equal(aegis_workload_parse("w.yaml", text, strlen(text), &w, err, sizeof err),
			 AEGIS_E_CONFIG);
	assert_non_null(strstr(err, "w.yaml:3: model 'm': period:"));
	assert_non_null(strstr(err, "is too large (at most 1125899 s"));
}

static void expect_kind(aegis_status st, const char *err)
{
	assert_true(st == AEGIS_E_IO || st == AEGIS_E_CONFIG);
	if (!strstr(err, "not a regular file"))
		fail_msg("expected 'not a regular file', got \"%s\"", err);
}

static void test_only_regular_files(void **state)
{
	(void)state;
	char err[512];
	static const char *const paths[] = {"/dev/zero", "."};
	for (size_t i = 0; i < 2; i++) {
		aegis_workload *w = NULL;
		expect_kind(aegis_workload_load(paths[i], &w, err, sizeof err), err);
		aegis_taskset *ts = NULL;
		expect_kind(aegis_taskset_load(paths[i], &ts, err, sizeof err), err);
		aegis_profile *p = NULL;
		expect_kind(aegis_profile_load(paths[i], &p, err, sizeof err), err);
		char text[256];
		snprintf(text, sizeof text, "models:\n  - name: m\n    period: 10ms\n"
			 "    exec: {dist: samples, file: %s}\n", paths[i]);
		expect_kind(aegis_workload_parse("w.yaml", text, strlen(text), &w, err, sizeof err),
			    err);
#ifdef AEGIS_HAVE_ONNX
		aegis_option o[] = {{"model", paths[i]}, {"exec", "1ms"}};
		aegis_model_config m = {.name = "net", .backend = "onnx-cudnn", .options = o,
					.n_options = 2, .period_ns = 10 * MS};
		expect_kind(aegis_model_config_validate(&m, 1, err, sizeof err), err);
#endif
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_only_regular_files),
		cmocka_unit_test(test_everything_at_the_maximum),
		cmocka_unit_test(test_one_past_is_refused),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
