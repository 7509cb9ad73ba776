/* Backends own their settings (src/backend/backend.h): a model's settings given as text
 * options reach its backend, which reads and checks them with the workload loader's
 * messages; keys of other backends and unknown keys are refused by the one key rule;
 * the null backend, the smallest there is, runs jobs; a table of another ABI version
 * is refused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "aegis/aegis.h"
#include "backend/backend.h"

#define MS AEGIS_NS_PER_MS

static aegis_model_config with_options(const char *name, const char *backend,
				       const aegis_option *opt, uint32_t n)
{
	return (aegis_model_config){.name = name, .backend = backend, .period_ns = 10 * MS,
				    .lane = AEGIS_LANE_AUTO, .options = opt, .n_options = n};
}

static void expect_refused(const aegis_model_config *m, const char *message)
{
	char d[512] = "";
	aegis_status st = aegis_model_config_validate(m, 1, d, sizeof d);
	if (st != AEGIS_E_CONFIG || strcmp(d, message) != 0)
		fail_msg("got %s \"%s\"\n  expected \"%s\"", aegis_status_name(st), d, message);
}

/* The sim backend reads exec, segments and memory from options as from a file. */
static void test_sim_options(void **state)
{
	(void)state;
	static const aegis_option opt[] = {
		{"exec.dist", "uniform"}, {"exec.min", "2ms"}, {"exec.max", "3ms"},
		{"segments.0", "1"}, {"segments.1", "3"}, {"memory.persistent", "4MiB"},
	};
	aegis_model_config m = with_options("det", NULL, opt, 6);
	aegis_task t;
	int64_t seg[AEGIS_MAX_SEGMENTS];
	char d[256];
	assert_int_equal(aegis_model_config_validate(&m, 1, d, sizeof d), AEGIS_OK);
	assert_int_equal(aegis_model_task(&m, AEGIS_PRIO_RM, 0, &t, seg, d, sizeof d), AEGIS_OK);
	assert_int_equal(t.wcet_ns, 3 * MS);
	assert_int_equal(t.n_segments, 2);
	assert_int_equal(seg[0], 750 * 1000);
	assert_int_equal(seg[1], 2250 * 1000);

	aegis_runtime *rt;
	aegis_runtime_config rc = {.lanes = 1};
	assert_int_equal(aegis_runtime_create(&rc, &rt, NULL, 0), AEGIS_OK);
	aegis_model_id id;
	assert_int_equal(aegis_model_admit(rt, &m, &id), AEGIS_OK);
	aegis_model_stats s;
	assert_int_equal(aegis_model_stats_get(rt, id, &s), AEGIS_OK);
	assert_true(s.persistent_bytes >= 4 * (UINT64_C(1) << 20));
	assert_int_equal(aegis_runtime_run_for(rt, 100 * MS), AEGIS_OK);
	assert_int_equal(aegis_model_stats_get(rt, id, &s), AEGIS_OK);
	assert_int_equal(s.completed, 10);
	assert_true(s.response_min_ns >= 2 * MS && s.response_max_ns <= 3 * MS);
	aegis_runtime_destroy(rt);
}

/* What a backend refuses, in the words the workload loader uses, without file:line. */
static void test_option_errors(void **state)
{
	(void)state;
	static const aegis_option bad_dist[] = {{"exec.dist", "gamma"}};
	aegis_model_config m = with_options("a", NULL, bad_dist, 1);
	expect_refused(&m, "model 'a': exec.dist: expected one of: fixed, uniform, normal, "
			   "samples; got 'gamma'");
	static const aegis_option below[] = {{"exec.dist", "uniform"}, {"exec.min", "4ms"},
					     {"exec.max", "3ms"}};
	m = with_options("a", NULL, below, 3);
	expect_refused(&m, "model 'a': uniform execution time: max 3ms is below min 4ms");
	static const aegis_option none[] = {{"segments", "2"}};
	m = with_options("a", NULL, none, 1);
	expect_refused(&m, "model 'a': missing key 'exec' (a duration, or a mapping with "
			   "'dist')");
	static const aegis_option other[] = {{"exec", "1ms"}, {"kernels.0.kind", "compute"}};
	m = with_options("a", NULL, other, 2);
	expect_refused(&m, "model 'a': kernels: only for backend synthetic");
	static const aegis_option unknown[] = {{"exec", "1ms"}, {"perod", "1ms"}};
	m = with_options("a", NULL, unknown, 2);
	expect_refused(&m, "unknown key 'perod' in model 'a' (expected one of: exec, segments, "
			   "memory, inputs, outputs)");
	static const aegis_option refused[] = {{"exec", "1ms"}, {"kernels.0.kind", "compute"},
					       {"kernels.0.grid", "8"},
					       {"kernels.0.time", "1ms"}};
	m = with_options("k", "synthetic", refused, 4);
	expect_refused(&m, "model 'k': exec: not used by backend synthetic (its kernels give "
			   "the time and the segments)");
	static const aegis_option twice_shaped[] = {{"exec", "1ms"}, {"exec.dist", "fixed"}};
	m = with_options("a", NULL, twice_shaped, 2);
	char d[256];
	assert_int_equal(aegis_model_config_validate(&m, 1, d, sizeof d), AEGIS_E_CONFIG);
	assert_non_null(strstr(d, "exec"));
	/* typed and text settings at once: which one was meant? */
	aegis_sim_config sim = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = MS}};
	static const aegis_option one[] = {{"exec", "1ms"}};
	m = with_options("a", NULL, one, 1);
	m.backend_config = &sim;
	expect_refused(&m, "model 'a': backend settings given twice: as a typed config and as "
			   "1 options (give one)");
}

/* The null backend: a job of `time` in one segment, nothing else; its default 1us. */
static void test_null_backend(void **state)
{
	(void)state;
	static const aegis_option opt[] = {{"time", "2ms"}};
	aegis_model_config m = with_options("nop", "null", opt, 1);
	aegis_model_config d = with_options("nop1", "null", NULL, 0);
	aegis_runtime *rt;
	aegis_runtime_config rc = {.lanes = 2};
	assert_int_equal(aegis_runtime_create(&rc, &rt, NULL, 0), AEGIS_OK);
	aegis_model_id a, b;
	assert_int_equal(aegis_model_admit(rt, &m, &a), AEGIS_OK);
	assert_int_equal(aegis_model_admit(rt, &d, &b), AEGIS_OK);
	assert_int_equal(aegis_runtime_run_for(rt, 50 * MS), AEGIS_OK);
	aegis_model_stats s;
	assert_int_equal(aegis_model_stats_get(rt, a, &s), AEGIS_OK);
	assert_int_equal(s.completed, 5);
	assert_int_equal(s.response_min_ns, 2 * MS);
	assert_int_equal(s.response_max_ns, 2 * MS);
	assert_int_equal(aegis_model_stats_get(rt, b, &s), AEGIS_OK);
	assert_int_equal(s.response_max_ns, 1000);
	aegis_runtime_destroy(rt);
	static const aegis_option zero[] = {{"time", "0ns"}};
	m = with_options("z", "null", zero, 1);
	expect_refused(&m, "model 'z': time must be > 0");
}

/* A backend table of another ABI version, or missing a method, is refused by name. */
static void test_abi_version(void **state)
{
	(void)state;
	char d[256];
	for (uint32_t i = 0; backend_at(i); i++)
		assert_int_equal(backend_register_check(backend_at(i), d, sizeof d), AEGIS_OK);
	struct backend_ops old = *backend_find("null");
	old.version = BACKEND_ABI_VERSION - 1;
	assert_int_equal(backend_register_check(&old, d, sizeof d), AEGIS_E_UNSUPPORTED);
	char want[160];
	snprintf(want, sizeof want, "backend 'null' is built for backend ABI version %u; this "
		 "runtime calls version %u", BACKEND_ABI_VERSION - 1, BACKEND_ABI_VERSION);
	assert_string_equal(d, want);
	struct backend_ops lacking = *backend_find("null");
	lacking.execute = NULL;
	assert_int_equal(backend_register_check(&lacking, d, sizeof d), AEGIS_E_UNSUPPORTED);
	assert_non_null(strstr(d, "lacks a required method"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sim_options),
		cmocka_unit_test(test_option_errors),
		cmocka_unit_test(test_null_backend),
		cmocka_unit_test(test_abi_version),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
