/* GPU test: after devices and runtimes are made, used and destroyed, live CUDA handles
 * are back to 0 and free GPU memory is back to the start, less what the driver alone
 * keeps per green context (measured first with bare driver calls). Skips (77) without a GPU. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "aegis/aegis.h"
#include "device/cuda/cuda_probe.h"
#include "gpu_mem.h"
#include "gpu_test.h"

#define ROUNDS (gpu_under_sanitizer() ? 2 : 6)

static int64_t driver_per_green; /* bytes the driver keeps per green context used */

static void test_driver_baseline(void **state)
{
	(void)state;
	driver_per_green = gpu_driver_per_green();
}

static void use(struct device *d)
{
	int64_t t;
	for (uint32_t i = 0; i < d->lanes; i++)
		assert_int_equal(gpu_run_busy(d, i, 100000, &t), AEGIS_OK);
}

static void test_devices(void **state)
{
	(void)state;
	static const struct device_config cfgs[] = {
		{.lanes = 1},
		{.lanes = 3, .lane_mode = DEVICE_LANES_STREAMS},
		{.lanes = 2},
		{.lanes = 4, .sm_limit = 16},
	};
	aegis_status st;
	int64_t handles = 0;
	for (size_t i = 0; i < sizeof cfgs / sizeof cfgs[0]; i++) {
		int64_t before = gpu_free_bytes(), greens = 0;
		for (int r = 0; r < ROUNDS; r++) {
			struct device_config cfg = cfgs[i];
			cfg.handle_count = &handles;
			struct device *d = gpu_device_create(&cfg, &st);
			assert_int_equal(st, AEGIS_OK);
			assert_true(handles > 0);
			assert_int_equal(cuda_probe_live_handles(d), handles);
			aegis_device_info di;
			d->ops->info(d, &di);
			greens += cfg.lanes > 1 && cfg.lane_mode == DEVICE_LANES_AUTO &&
				  di.green_contexts ? cfg.lanes : 0;
			use(d);
			d->ops->destroy(d);
			assert_int_equal(handles, 0);
		}
		int64_t lost = before - gpu_free_bytes();
		printf("  %u lanes%s: %d devices made, used, destroyed: %lld bytes lost (%lld green "
		       "contexts x %lld bytes kept by the driver = %lld)\n", cfgs[i].lanes,
		       cfgs[i].lane_mode ? " (streams)" : cfgs[i].sm_limit ? " (16 SMs)" : "",
		       ROUNDS, (long long)lost, (long long)greens, (long long)driver_per_green,
		       (long long)(greens * driver_per_green));
		assert_true(lost <= greens * driver_per_green + GPU_SLACK_BYTES);
	}
}

/* A failed create releases what it made: a refused split must not leak. */
static void test_failed_create(void **state)
{
	(void)state;
	int64_t handles = 0, before = gpu_free_bytes();
	aegis_status st;
	for (int r = 0; r < ROUNDS; r++) {
		struct device_config cfg = {.lanes = 64, .sm_limit = 8, .handle_count = &handles};
		struct device *d = gpu_device_create(&cfg, &st);
		assert_int_equal(st, AEGIS_E_CONFIG);
		assert_null(d);
		assert_int_equal(handles, 0);
	}
	assert_true(before - gpu_free_bytes() <= GPU_SLACK_BYTES);
}

static void test_runtimes(void **state)
{
	(void)state;
	int64_t before = gpu_free_bytes(), greens = 0;
	for (int r = 0; r < ROUNDS; r++) {
		aegis_runtime_config cfg = {.device = "cuda", .lanes = 2,
					    .policy = AEGIS_POLICY_EDF,
					    .device_profile = r % 2 ? "orin-agx-8g" : NULL};
		cfg.overrun_slack_ns = gpu_overrun_slack(); /* compute-sanitizer is slow */
		aegis_runtime *rt;
		char detail[256];
		assert_int_equal(aegis_runtime_create(&cfg, &rt, detail, sizeof detail), AEGIS_OK);
		aegis_sim_config sim = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 200000}};
		aegis_model_config m = {.name = "m", .period_ns = 2000000, .lane = 0,
					.backend_config = &sim};
		assert_int_equal(aegis_model_admit(rt, &m, NULL), AEGIS_OK);
		assert_int_equal(aegis_runtime_run_for(rt, 20000000), AEGIS_OK);
		aegis_device_info di;
		assert_int_equal(aegis_runtime_device_info(rt, &di), AEGIS_OK);
		greens += di.green_contexts ? 2 : 0;
		aegis_runtime_destroy(rt);
	}
	int64_t lost = before - gpu_free_bytes();
	printf("  %d runtimes of 2 lanes: %lld bytes lost (driver's share %lld)\n", ROUNDS,
	       (long long)lost, (long long)(greens * driver_per_green));
	assert_true(lost <= greens * driver_per_green + GPU_SLACK_BYTES);
}

int main(void)
{
	if (gpu_unavailable(NULL))
		return GPU_SKIP;
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_driver_baseline),
		cmocka_unit_test(test_devices),
		cmocka_unit_test(test_failed_create),
		cmocka_unit_test(test_runtimes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
