/* Per-model latency statistics (aegis_model_stats) on known response distributions,
 * and the runtime run in slices: the same results as in one call, as the progress
 * line of `aegisrt run` needs (docs/ARCHITECTURE.md, "Order within an instant"). */
#define _GNU_SOURCE
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "aegis/aegis.h"

#ifndef AEGIS_EXAMPLES
#define AEGIS_EXAMPLES "examples"
#endif

#define MS AEGIS_NS_PER_MS

/* The documented bound: a reported quantile q of the exact value x has
 * x <= q < x * (1 + 2^-7). */
static void assert_quantile(int64_t got, int64_t exact)
{
	assert_true(got >= exact);
	assert_true((double)(got - exact) < (double)exact / 128.0);
}

static aegis_runtime *one_lane_fp(void)
{
	aegis_runtime_config cfg = {.lanes = 1, .policy = AEGIS_POLICY_FP, .seed = 1};
	aegis_runtime *rt;
	assert_int_equal(aegis_runtime_create(&cfg, &rt, NULL, 0), AEGIS_OK);
	return rt;
}

static aegis_model_id admit_fixed(aegis_runtime *rt, const char *name, int64_t period_ns,
				  int64_t exec_ns, int32_t prio)
{
	aegis_sim_config sim = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = exec_ns}};
	aegis_model_config m = {
		.name = name,
		.period_ns = period_ns,
		.priority = prio,
		.lane = 0,
		.backend_config = &sim,
	};
	aegis_model_id id;
	assert_int_equal(aegis_model_admit(rt, &m, &id), AEGIS_OK);
	return id;
}

/* One model alone with a fixed execution time: every response is that time. */
static void test_stats_constant(void **state)
{
	(void)state;
	aegis_runtime *rt = one_lane_fp();
	aegis_model_id a = admit_fixed(rt, "a", 10 * MS, 1 * MS, 0);
	assert_int_equal(aegis_runtime_run_for(rt, 1000 * MS), AEGIS_OK);
	assert_int_equal(aegis_runtime_stop(rt), AEGIS_OK);
	aegis_model_stats s;
	assert_int_equal(aegis_model_stats_get(rt, a, &s), AEGIS_OK);
	assert_int_equal(s.completed, 100);
	assert_int_equal(s.response_min_ns, 1 * MS);
	assert_int_equal(s.response_max_ns, 1 * MS);
	/* every quantile is capped at the exact max */
	assert_int_equal(s.response_p50_ns, 1 * MS);
	assert_int_equal(s.response_p90_ns, 1 * MS);
	assert_int_equal(s.response_p99_ns, 1 * MS);
	assert_int_equal(s.response_p999_ns, 1 * MS);
	assert_int_equal(s.response_jitter_ns, 0);
	assert_true(s.response_cv == 0.0);
	assert_true(s.response_mean_ns == (double)(1 * MS));
	assert_int_equal(s.max_lateness_ns, 1 * MS - 10 * MS);
	aegis_runtime_destroy(rt);
}

/* Two values: "a" (1 ms every 10 ms) waits 2 ms behind the higher-priority "b"
 * (2 ms every 200 ms) at each of b's releases, so over 1 s its 100 responses are
 * 95 x 1 ms and 5 x 3 ms: p50 = p90 = 1 ms (reported within the bound), p99 = p99.9 =
 * max = 3 ms (capped at the exact max), mean 1.1 ms, stddev sqrt(0.19) ms, jitter 2 ms. */
static void test_stats_two_values(void **state)
{
	(void)state;
	aegis_runtime *rt = one_lane_fp();
	aegis_model_id a = admit_fixed(rt, "a", 10 * MS, 1 * MS, 1);
	(void)admit_fixed(rt, "b", 200 * MS, 2 * MS, 0);
	assert_int_equal(aegis_runtime_run_for(rt, 1000 * MS), AEGIS_OK);
	assert_int_equal(aegis_runtime_stop(rt), AEGIS_OK);
	aegis_model_stats s;
	assert_int_equal(aegis_model_stats_get(rt, a, &s), AEGIS_OK);
	assert_int_equal(s.completed, 100);
	assert_int_equal(s.missed, 0);
	assert_int_equal(s.response_min_ns, 1 * MS);
	assert_int_equal(s.response_max_ns, 3 * MS);
	assert_quantile(s.response_p50_ns, 1 * MS);
	assert_quantile(s.response_p90_ns, 1 * MS);
	assert_int_equal(s.response_p99_ns, 3 * MS);
	assert_int_equal(s.response_p999_ns, 3 * MS);
	assert_int_equal(s.response_jitter_ns, 2 * MS);
	assert_true(fabs(s.response_mean_ns - 1.1 * MS) < 1e-6 * MS);
	assert_true(fabs(s.response_cv - sqrt(0.19) / 1.1) < 1e-9);
	assert_int_equal(s.max_lateness_ns, 3 * MS - 10 * MS);
	aegis_runtime_destroy(rt);
}

/* No completed job: quantiles -1, CV 0, jitter -1, lateness INT64_MIN. */
static void test_stats_empty(void **state)
{
	(void)state;
	aegis_runtime *rt = one_lane_fp();
	aegis_model_id a = admit_fixed(rt, "a", 10 * MS, 1 * MS, 0);
	aegis_model_stats s;
	assert_int_equal(aegis_model_stats_get(rt, a, &s), AEGIS_OK);
	assert_int_equal(s.response_p90_ns, -1);
	assert_int_equal(s.response_p999_ns, -1);
	assert_int_equal(s.response_jitter_ns, -1);
	assert_true(s.response_cv == 0.0);
	assert_true(s.max_lateness_ns == INT64_MIN);
	aegis_runtime_destroy(rt);
}

/* FNV-1a over every trace event, in order. */
static void hash_events(void *user, const aegis_trace_event *ev, size_t n)
{
	uint64_t *h = user;
	const unsigned char *p = (const unsigned char *)ev;
	for (size_t i = 0; i < n * sizeof *ev; i++)
		*h = (*h ^ p[i]) * UINT64_C(1099511628211);
}

/* edge-24 for 10 s: `slices` calls of run_for(10 s / slices), then stop. */
static void run_edge24(uint32_t slices, aegis_model_stats *out, uint32_t *n_models,
		       aegis_lane_stats *lanes, uint64_t *trace_hash)
{
	aegis_workload *w;
	char err[512];
	assert_int_equal(aegis_workload_load(AEGIS_EXAMPLES "/edge-24.yaml", &w, err, sizeof err),
			 AEGIS_OK);
	aegis_runtime_config cfg = *aegis_workload_runtime(w);
	*trace_hash = UINT64_C(14695981039346656037);
	cfg.trace = (aegis_trace_sink){hash_events, trace_hash};
	aegis_runtime *rt;
	assert_int_equal(aegis_runtime_create(&cfg, &rt, err, sizeof err), AEGIS_OK);
	for (uint32_t i = 0; i < aegis_workload_model_count(w); i++)
		assert_int_equal(aegis_model_admit(rt, aegis_workload_model(w, i), NULL), AEGIS_OK);
	int64_t total = 10 * AEGIS_NS_PER_S;
	for (uint32_t k = 0; k < slices; k++)
		assert_int_equal(aegis_runtime_run_for(rt, total / slices), AEGIS_OK);
	assert_int_equal(aegis_runtime_now_ns(rt) >= total, true);
	assert_int_equal(aegis_runtime_stop(rt), AEGIS_OK);
	*n_models = aegis_runtime_model_count(rt);
	for (uint32_t i = 0; i < *n_models; i++)
		assert_int_equal(aegis_model_stats_get(rt, i, &out[i]), AEGIS_OK);
	for (uint32_t l = 0; l < aegis_runtime_lane_count(rt); l++)
		assert_int_equal(aegis_lane_stats_get(rt, l, &lanes[l]), AEGIS_OK);
	aegis_runtime_destroy(rt);
	aegis_workload_destroy(w);
}

/* One run_for(10 s) and fifty run_for(200 ms): the same jobs, responses and events. */
static void test_run_in_slices_identical(void **state)
{
	(void)state;
	enum { MAX_M = 64 };
	static aegis_model_stats one[MAX_M], many[MAX_M];
	static aegis_lane_stats lone[AEGIS_MAX_LANES], lmany[AEGIS_MAX_LANES];
	uint32_t n1, n2;
	uint64_t h1, h2;
	run_edge24(1, one, &n1, lone, &h1);
	run_edge24(50, many, &n2, lmany, &h2);
	assert_int_equal(n1, n2);
	assert_true(n1 > 0 && n1 <= MAX_M);
	uint64_t completed = 0;
	for (uint32_t i = 0; i < n1; i++) {
		assert_int_equal(one[i].released, many[i].released);
		assert_int_equal(one[i].completed, many[i].completed);
		assert_int_equal(one[i].missed, many[i].missed);
		assert_int_equal(one[i].cancelled, many[i].cancelled);
		assert_int_equal(one[i].rejected_queue_full, many[i].rejected_queue_full);
		assert_int_equal(one[i].response_min_ns, many[i].response_min_ns);
		assert_int_equal(one[i].response_max_ns, many[i].response_max_ns);
		assert_int_equal(one[i].response_p50_ns, many[i].response_p50_ns);
		assert_int_equal(one[i].response_p999_ns, many[i].response_p999_ns);
		assert_int_equal(one[i].max_lateness_ns, many[i].max_lateness_ns);
		assert_true(one[i].response_mean_ns == many[i].response_mean_ns);
		completed += one[i].completed;
	}
	assert_true(completed > 1000);
	for (uint32_t l = 0; l < AEGIS_MAX_LANES; l++) {
		assert_int_equal(lone[l].busy_ns, lmany[l].busy_ns);
		assert_int_equal(lone[l].segments, lmany[l].segments);
	}
	assert_true(h1 == h2); /* every event, in the same order */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stats_constant),
		cmocka_unit_test(test_stats_two_values),
		cmocka_unit_test(test_stats_empty),
		cmocka_unit_test(test_run_in_slices_identical),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
