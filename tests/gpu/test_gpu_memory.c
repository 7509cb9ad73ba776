/* GPU test: the memory pool is the CUDA device's only device allocation of a run
 * (counted by the device), free GPU memory returns to the start after destroy (less
 * the driver's own share per green context), and a pool larger than free memory fails
 * with AEGIS_E_NOMEM (transient) and the numbers, leaving nothing. Skips (77) without
 * a GPU. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "aegis/aegis.h"
#include "device/cuda/cuda_probe.h"
#include "gpu_mem.h"
#include "gpu_test.h"
#include "runtime/runtime_internal.h"

#define GIB (1ull << 30)
#define CYCLES 200
#define CYCLE_NS 20000 /* busy() per lane and cycle */

static int64_t driver_per_green; /* bytes the driver keeps per green context used */

static void test_driver_baseline(void **state)
{
	(void)state;
	driver_per_green = gpu_driver_per_green();
}

/* Green contexts the device made (the driver keeps a share of each after destroy). */
static int64_t greens_of(const struct device *d)
{
	aegis_device_info di;
	d->ops->info(d, &di);
	return di.green_contexts && d->lanes > 1 ? d->lanes : 0;
}

/* `n` times: busy + commit on every lane, then advance/poll until each lane is
 * reported, once. */
static void cycle_lanes(struct device *d, int n)
{
	for (int i = 0; i < n; i++) {
		for (uint32_t l = 0; l < d->lanes; l++) {
			assert_int_equal(d->ops->busy(d, l, CYCLE_NS), AEGIS_OK);
			assert_int_equal(d->ops->commit(d, l), AEGIS_OK);
		}
		uint32_t seen = 0, lane, all = (1u << d->lanes) - 1;
		int64_t t;
		while (seen != all) {
			if (d->ops->poll(d, &lane, &t)) {
				assert_false(seen & (1u << lane));
				seen |= 1u << lane;
			} else {
				assert_int_equal(d->ops->advance(d, INT64_MAX), AEGIS_OK);
			}
		}
	}
}

static void check_back_to(int64_t start, int64_t greens, const char *what)
{
	int64_t lost = start - gpu_free_bytes();
	printf("  %s: free memory %lld -> %lld bytes, %lld lost (%lld green contexts x %lld "
	       "bytes kept by the driver = %lld)\n", what, (long long)start,
	       (long long)(start - lost), (long long)lost, (long long)greens,
	       (long long)driver_per_green, (long long)(greens * driver_per_green));
	assert_true(lost <= greens * driver_per_green + GPU_SLACK_BYTES);
}

/* Device level: 2 lanes, a 1 GiB pool, 200 cycles on both lanes: one allocation. */
static void test_pool_is_the_only_allocation(void **state)
{
	(void)state;
	int64_t handles = 0, start = gpu_free_bytes();
	aegis_status st;
	struct device_config cfg = {.lanes = 2, .handle_count = &handles};
	struct device *d = gpu_device_create(&cfg, &st);
	assert_int_equal(st, AEGIS_OK);
	/* lanes and calibration allocate no device memory (the stamp ring is pinned host) */
	assert_int_equal(cuda_probe_device_allocs(d), 0);
	assert_null(cuda_probe_pool(d, NULL));
	int64_t live = handles, before_pool = gpu_free_bytes();

	assert_int_equal(d->ops->mem_pool(d, GIB), AEGIS_OK);
	uint64_t bytes = 0;
	const void *base = cuda_probe_pool(d, &bytes);
	int64_t taken = before_pool - gpu_free_bytes();
	printf("  pool of %llu bytes at %p: free memory down by %lld bytes\n",
	       (unsigned long long)bytes, base, (long long)taken);
	assert_non_null(base);
	assert_int_equal((uintptr_t)base % 256, 0);
	assert_int_equal(bytes, GIB);
	assert_true(taken >= (int64_t)GIB);
	assert_int_equal(handles, live + 1); /* the pool is one live resource of the device */
	assert_int_equal(d->ops->mem_pool(d, GIB), AEGIS_E_STATE); /* one pool per device */
	assert_int_equal(d->ops->mem_pool(d, 0), AEGIS_E_INVAL);

	cycle_lanes(d, CYCLES);
	printf("  %d cycles of busy/commit/advance/poll on %u lanes: %llu device allocations\n",
	       CYCLES, d->lanes, (unsigned long long)cuda_probe_device_allocs(d));
	assert_int_equal(cuda_probe_device_allocs(d), 1);
	assert_int_equal(cuda_probe_pool(d, NULL), base);
	int64_t greens = greens_of(d);
	d->ops->destroy(d);
	assert_int_equal(handles, 0);
	check_back_to(start, greens, "device with a 1 GiB pool, destroyed");
}

/* A pool larger than free memory: AEGIS_E_NOMEM, transient, with asked/free/total in
 * the last error; no allocation left behind, and a pool that fits is taken after. */
static void test_pool_too_large(void **state)
{
	(void)state;
	if (gpu_under_sanitizer()) {
		printf("  skipped under compute-sanitizer (the failed cudaMalloc is deliberate)\n");
		return;
	}
	int64_t handles = 0, start = gpu_free_bytes();
	aegis_status st;
	struct device_config cfg = {.lanes = 2, .handle_count = &handles};
	struct device *d = gpu_device_create(&cfg, &st);
	assert_int_equal(st, AEGIS_OK);
	int64_t live = handles, before = gpu_free_bytes();
	size_t f = 0, total = 0;
	assert_int_equal(cudaMemGetInfo(&f, &total), cudaSuccess);
	uint64_t ask = (uint64_t)before + GIB;

	st = d->ops->mem_pool(d, ask);
	const char *why = d->ops->last_error(d);
	printf("  mem_pool(%llu): %s: %s\n", (unsigned long long)ask, aegis_status_name(st), why);
	assert_int_equal(st, AEGIS_E_NOMEM);
	assert_int_equal(aegis_status_class_of(st), AEGIS_CLASS_TRANSIENT);
	char num[32];
	snprintf(num, sizeof num, "%llu bytes does not fit", (unsigned long long)ask);
	assert_non_null(strstr(why, num));
	snprintf(num, sizeof num, "of %llu on the device", (unsigned long long)total);
	assert_non_null(strstr(why, num));
	assert_non_null(strstr(why, "cudaErrorMemoryAllocation"));
	assert_int_equal(cuda_probe_device_allocs(d), 0);
	assert_null(cuda_probe_pool(d, NULL));
	assert_int_equal(handles, live);
	assert_true(llabs(before - gpu_free_bytes()) <= GPU_SLACK_BYTES);

	/* transient: nothing was reserved, so a pool that fits is taken afterwards */
	assert_int_equal(d->ops->mem_pool(d, GIB / 4), AEGIS_OK);
	assert_int_equal(cuda_probe_device_allocs(d), 1);
	cycle_lanes(d, 10);
	int64_t greens = greens_of(d);
	d->ops->destroy(d);
	assert_int_equal(handles, 0);
	check_back_to(start, greens, "device after a refused pool, destroyed");
}

/* Runtime level: memory_budget_bytes = 1 GiB on the cuda device, two sim models with
 * memory and a synthetic one whose memory-bound kernels stream over its transient
 * region, 100 ms: the pool is the run's one device allocation. */
static void test_runtime_pool(void **state)
{
	(void)state;
	int64_t start = gpu_free_bytes();
	aegis_runtime_config cfg = {.device = "cuda", .lanes = 2, .policy = AEGIS_POLICY_EDF,
				    .seed = 1, .memory_budget_bytes = GIB};
	cfg.overrun_slack_ns = gpu_overrun_slack(); /* compute-sanitizer is slow */
	aegis_runtime *rt;
	char detail[512] = "";
	aegis_status st = aegis_runtime_create(&cfg, &rt, detail, sizeof detail);
	if (st != AEGIS_OK)
		printf("  create: %s\n", detail);
	assert_int_equal(st, AEGIS_OK);
	struct device *d = runtime_device(rt);
	static const aegis_kernel kernels[] = {{AEGIS_KERNEL_MEMORY, 64, 1000000, 0},
					       {AEGIS_KERNEL_MIXED, 32, 500000, 0}};
	uint64_t bytes = 0;
	assert_non_null(cuda_probe_pool(d, &bytes));
	assert_int_equal(bytes, GIB);
	assert_int_equal(cuda_probe_device_allocs(d), 1);
	const aegis_sim_config det = {
		.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 1000000},
		.memory = {.persistent_bytes = 64 << 20, .transient_bytes = 128 << 20,
			   .io_bytes = 8 << 20}};
	const aegis_sim_config seg = {
		.exec = {.kind = AEGIS_EXEC_UNIFORM, .a_ns = 1000000, .b_ns = 2000000},
		.n_segments = 2,
		.memory = {.persistent_bytes = 96 << 20, .transient_bytes = 256 << 20,
			   .io_bytes = 16 << 20}};
	const aegis_synthetic_config net = {
		.kernels = kernels, .n_kernels = 2,
		.memory = {.persistent_bytes = 32 << 20, .transient_bytes = 96 << 20}};
	const aegis_model_config models[] = {
		{.name = "det", .period_ns = 10000000, .lane = 0, .backend_config = &det},
		{.name = "seg", .period_ns = 20000000, .lane = 1, .backend_config = &seg},
		{.name = "net", .backend = "synthetic", .period_ns = 10000000, .lane = 1,
		 .backend_config = &net},
	};
	for (size_t i = 0; i < sizeof models / sizeof models[0]; i++)
		assert_int_equal(aegis_model_admit(rt, &models[i], NULL), AEGIS_OK);
	assert_int_equal(aegis_runtime_run_for(rt, 100000000), AEGIS_OK);
	assert_int_equal(aegis_runtime_stop(rt), AEGIS_OK);
	for (aegis_model_id i = 0; i < aegis_runtime_model_count(rt); i++) {
		aegis_model_stats s;
		assert_int_equal(aegis_model_stats_get(rt, i, &s), AEGIS_OK);
		assert_true(s.completed >= 4);
		assert_int_equal(s.failed, 0);
	}
	printf("  runtime, 1 GiB budget, 3 models (one streaming over its region), 100 ms: "
	       "%llu device allocations\n",
	       (unsigned long long)cuda_probe_device_allocs(d));
	assert_int_equal(cuda_probe_device_allocs(d), 1);
	int64_t greens = greens_of(d);
	aegis_runtime_destroy(rt);
	check_back_to(start, greens, "runtime with a 1 GiB pool, destroyed");

	if (gpu_under_sanitizer())
		return; /* the failed cudaMalloc below is deliberate */
	start = gpu_free_bytes();
	cfg.memory_budget_bytes = (uint64_t)start + GIB;
	detail[0] = '\0';
	st = aegis_runtime_create(&cfg, &rt, detail, sizeof detail);
	printf("  runtime with a budget above free memory: %s: %s\n", aegis_status_name(st),
	       detail);
	assert_int_equal(st, AEGIS_E_NOMEM);
	check_back_to(start, greens, "runtime refused for its pool");
}

int main(void)
{
	if (gpu_unavailable(NULL))
		return GPU_SKIP;
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_driver_baseline),
		cmocka_unit_test(test_pool_is_the_only_allocation),
		cmocka_unit_test(test_pool_too_large),
		cmocka_unit_test(test_runtime_pool),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
