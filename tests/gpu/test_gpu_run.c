/* GPU test: a small workload runs end to end on the CUDA device with the simulated
 * backend and admission control, on partitions and under a profile: every job is
 * accounted for and a light load misses no deadline. Skips (77) without a GPU. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "aegis/aegis.h"
#include "gpu_test.h"

static void run(const char *profile, uint32_t lanes, aegis_policy policy)
{
	aegis_runtime_config cfg = {.device = "cuda", .lanes = lanes, .policy = policy,
				    .priorities = AEGIS_PRIO_RM, .seed = 7,
				    .device_profile = profile};
	cfg.overrun_slack_ns = gpu_overrun_slack(); /* compute-sanitizer is slow */
	aegis_runtime *rt;
	char detail[512];
	aegis_status st = aegis_runtime_create(&cfg, &rt, detail, sizeof detail);
	if (st != AEGIS_OK)
		printf("  create: %s\n", detail);
	assert_int_equal(st, AEGIS_OK);
	const aegis_sim_config cam = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 1000000}};
	const aegis_sim_config seg = {
		.exec = {.kind = AEGIS_EXEC_UNIFORM, .a_ns = 1000000, .b_ns = 2000000},
		.n_segments = 2};
	const aegis_sim_config dms = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 300000}};
	const aegis_model_config models[] = {
		{.name = "cam", .period_ns = 10000000, .lane = AEGIS_LANE_AUTO,
		 .backend_config = &cam},
		{.name = "seg", .period_ns = 20000000, .lane = AEGIS_LANE_AUTO,
		 .backend_config = &seg},
		{.name = "dms", .period_ns = 5000000, .deadline_ns = 4000000,
		 .lane = AEGIS_LANE_AUTO, .backend_config = &dms},
	};
	for (size_t i = 0; i < sizeof models / sizeof models[0]; i++)
		assert_int_equal(aegis_model_admit(rt, &models[i], NULL), AEGIS_OK);
	assert_int_equal(aegis_runtime_run_for(rt, 1000000000), AEGIS_OK);
	assert_int_equal(aegis_runtime_stop(rt), AEGIS_OK);
	for (aegis_model_id i = 0; i < aegis_runtime_model_count(rt); i++) {
		aegis_model_stats s;
		assert_int_equal(aegis_model_stats_get(rt, i, &s), AEGIS_OK);
		printf("  %s lane %u: %llu released, %llu completed, %llu missed, p99 %lld ns, "
		       "max %lld ns\n", aegis_model_name(rt, i), s.lane,
		       (unsigned long long)s.released, (unsigned long long)s.completed,
		       (unsigned long long)s.missed, (long long)s.response_p99_ns,
		       (long long)s.response_max_ns);
		assert_int_equal(s.released, s.completed + s.rejected_queue_full +
						     s.rejected_interarrival + s.skipped +
						     s.cancelled + s.failed + s.pending);
		assert_int_equal(s.failed, 0);
		assert_int_equal(s.pending, 0);
		assert_true((int64_t)s.completed >= 1000000000 / s.period_ns - 2);
		if (!gpu_under_sanitizer())
			assert_int_equal(s.missed, 0);
	}
	aegis_device_info di;
	assert_int_equal(aegis_runtime_device_info(rt, &di), AEGIS_OK);
	assert_string_equal(di.device, "cuda");
	assert_string_equal(di.profile, profile ? profile : "");
	aegis_runtime_destroy(rt);
}

static void test_two_lanes_edf(void **state)
{
	(void)state;
	run(NULL, 2, AEGIS_POLICY_EDF);
}

static void test_profile_fp(void **state)
{
	(void)state;
	run("orin-agx-8g", 2, AEGIS_POLICY_FP);
}

static void test_whole_gpu(void **state)
{
	(void)state;
	run(NULL, 1, AEGIS_POLICY_EDF);
}

int main(void)
{
	if (gpu_unavailable(NULL))
		return GPU_SKIP;
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_two_lanes_edf),
		cmocka_unit_test(test_profile_fp),
		cmocka_unit_test(test_whole_gpu),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
