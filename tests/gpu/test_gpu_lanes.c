/* GPU test: lanes of the CUDA device are made and released: the whole GPU with one
 * lane, SM partitions at the device's granularity, profile caps, plain streams
 * (not isolated), layouts of lanes of different sizes, and refused splits. Skips (77)
 * without a GPU. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "gpu_test.h"

static aegis_device_info gpu;

static void lane_info(struct device *d, uint32_t lane, aegis_lane_info *out)
{
	d->ops->lane_info(d, lane, out);
	printf("  lane %u: %u SMs, %s, priority %d, %.4f cycles/ns, launch %lld ns\n", lane,
	       out->sm_count, out->isolated ? "isolated" : "not isolated", out->stream_priority,
	       out->cycles_per_ns, (long long)out->launch_ns);
}

/* Every lane runs 1 ms of work and reports it once, after at least ~1 ms. */
static void run_each_lane(struct device *d)
{
	for (uint32_t i = 0; i < d->lanes; i++) {
		int64_t t0 = d->ops->now(d), t1;
		assert_int_equal(gpu_run_busy(d, i, 1000000, &t1), AEGIS_OK);
		assert_true(t1 - t0 >= 900000);
	}
	/* all lanes at once: each is reported exactly once */
	for (uint32_t i = 0; i < d->lanes; i++) {
		assert_int_equal(d->ops->busy(d, i, 500000), AEGIS_OK);
		assert_int_equal(d->ops->commit(d, i), AEGIS_OK);
	}
	uint32_t seen = 0, lane;
	int64_t t;
	while (seen < d->lanes) {
		if (d->ops->poll(d, &lane, &t)) {
			seen++;
			continue;
		}
		assert_int_equal(d->ops->advance(d, INT64_MAX), AEGIS_OK);
	}
	assert_false(d->ops->poll(d, &lane, &t));
}

static void test_whole_gpu(void **state)
{
	(void)state;
	aegis_status st;
	struct device *d = gpu_device_create(&(struct device_config){.lanes = 1}, &st);
	assert_int_equal(st, AEGIS_OK);
	aegis_lane_info l;
	lane_info(d, 0, &l);
	assert_int_equal(l.sm_count, gpu.sm_count);
	assert_true(l.isolated);
	assert_true(l.cycles_per_ns > 0.1 && l.cycles_per_ns < 10);
	run_each_lane(d);
	d->ops->destroy(d);
}

static void check_partitions(struct device *d, uint32_t cap, bool fine)
{
	uint32_t sum = 0;
	for (uint32_t i = 0; i < d->lanes; i++) {
		aegis_lane_info l;
		lane_info(d, i, &l);
		assert_true(l.isolated);
		assert_true(l.sm_count > 0);
		if (!fine) {
			assert_int_equal(l.sm_count % gpu.sm_granularity, 0);
			assert_true(l.sm_count >= gpu.sm_min_partition);
		}
		sum += l.sm_count;
	}
	assert_true(sum <= cap);
}

static void test_partitions(void **state)
{
	(void)state;
	if (!gpu.green_contexts) {
		printf("  no green contexts on this GPU: nothing to check\n");
		return;
	}
	for (uint32_t k = 2; k <= 4; k++) {
		aegis_status st;
		struct device *d = gpu_device_create(&(struct device_config){.lanes = k}, &st);
		assert_int_equal(st, AEGIS_OK);
		aegis_device_info di;
		d->ops->info(d, &di);
		check_partitions(d, gpu.sm_count, di.fine_partitions);
		run_each_lane(d);
		d->ops->destroy(d);
	}
}

static void test_profiles(void **state)
{
	(void)state;
	static const struct { const char *profile; uint32_t lanes; } cases[] = {
		{"orin-agx-8g", 1}, {"orin-agx-8g", 2}, {"orin-agx-8g", 4}, {"orin-nano-8g", 1},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const aegis_device_profile *p = aegis_device_profile_find(cases[i].profile);
		assert_non_null(p);
		struct device_config cfg = {.lanes = cases[i].lanes, .profile = p->name,
					    .sm_limit = p->sm_count,
					    .memory_budget_bytes = p->memory_budget_bytes};
		aegis_status st;
		printf(" %s, %u lanes\n", p->name, cfg.lanes);
		struct device *d = gpu_device_create(&cfg, &st);
		assert_int_equal(st, AEGIS_OK);
		aegis_device_info di;
		d->ops->info(d, &di);
		assert_string_equal(di.profile, p->name);
		assert_int_equal(di.sm_limit, p->sm_count);
		assert_true(di.memory_budget_bytes == p->memory_budget_bytes);
		assert_int_equal(di.sm_limit_enforced, gpu.green_contexts);
		if (gpu.green_contexts)
			check_partitions(d, p->sm_count, di.fine_partitions);
		run_each_lane(d);
		d->ops->destroy(d);
	}
}

static void test_streams(void **state)
{
	(void)state;
	aegis_status st;
	struct device *d = gpu_device_create(
		&(struct device_config){.lanes = 3, .lane_mode = DEVICE_LANES_STREAMS}, &st);
	assert_int_equal(st, AEGIS_OK);
	for (uint32_t i = 0; i < 3; i++) {
		aegis_lane_info l;
		lane_info(d, i, &l);
		assert_false(l.isolated);
		assert_int_equal(l.sm_count, 0);
	}
	aegis_lane_info l0;
	d->ops->lane_info(d, 0, &l0);
	assert_int_equal(l0.stream_priority, gpu.stream_priority_greatest);
	run_each_lane(d);
	d->ops->destroy(d);
}

/* Shared lanes (the baselines of bench/scenario): 24 streams over one 16-SM green
 * context, priorities descending from the greatest and clamped at the least; every
 * lane runs; every handle goes at destroy (lanes' streams before lane 0's context). */
static void test_shared(void **state)
{
	(void)state;
	if (!gpu.green_contexts)
		return;
	aegis_status st;
	int64_t handles = 0;
	struct device *d = gpu_device_create(
		&(struct device_config){.lanes = 24, .sm_limit = 16, .handle_count = &handles,
					.lane_mode = DEVICE_LANES_SHARED_PRIORITY}, &st);
	assert_int_equal(st, AEGIS_OK);
	for (uint32_t i = 0; i < 24; i++) {
		aegis_lane_info l;
		lane_info(d, i, &l);
		assert_false(l.isolated);
		assert_int_equal(l.sm_count, 16);
		int want = gpu.stream_priority_greatest + (int)i;
		if (want > gpu.stream_priority_least)
			want = gpu.stream_priority_least;
		assert_int_equal(l.stream_priority, want);
	}
	run_each_lane(d);
	d->ops->destroy(d);
	assert_int_equal(handles, 0);
	d = gpu_device_create(&(struct device_config){.lanes = 4, .sm_limit = 16,
						      .lane_mode = DEVICE_LANES_SHARED}, &st);
	assert_int_equal(st, AEGIS_OK);
	aegis_lane_info l3;
	lane_info(d, 3, &l3);
	assert_int_equal(l3.stream_priority, 0);
	run_each_lane(d);
	d->ops->destroy(d);
}

/* 8 lanes out of 8 SMs cannot be made at the H100's granularity; a driver with 1-SM
 * partitions may make them: either way nothing leaks and the answer is clear. */
static void test_refused_split(void **state)
{
	(void)state;
	if (!gpu.green_contexts)
		return;
	aegis_status st;
	struct device *d = gpu_device_create(&(struct device_config){.lanes = 8, .sm_limit = 8},
					     &st);
	if (st == AEGIS_OK) {
		check_partitions(d, 8, true);
		d->ops->destroy(d);
	} else {
		assert_int_equal(st, AEGIS_E_CONFIG);
	}
	d = gpu_device_create(&(struct device_config){.lanes = 0}, &st);
	assert_int_equal(st, AEGIS_E_CONFIG);
	assert_null(d);
}

/* A layout of sizes: each lane exactly its size, isolated, and every lane runs. */
static void check_layout(const uint32_t *sizes, uint32_t k, uint32_t sm_limit, bool fine)
{
	aegis_status st;
	int64_t handles = 0;
	struct device_config cfg = {.lanes = k, .lane_sms = sizes, .sm_limit = sm_limit,
				    .handle_count = &handles};
	printf(" layout");
	for (uint32_t i = 0; i < k; i++)
		printf("%s%u", i ? "/" : " ", sizes[i]);
	printf(" (cap %u)\n", sm_limit);
	struct device *d = gpu_device_create(&cfg, &st);
	assert_int_equal(st, AEGIS_OK);
	aegis_device_info di;
	d->ops->info(d, &di);
	assert_int_equal(di.fine_partitions, fine);
	for (uint32_t i = 0; i < k; i++) {
		aegis_lane_info l;
		lane_info(d, i, &l);
		assert_int_equal(l.sm_count, sizes[i]);
		assert_true(l.isolated);
	}
	run_each_lane(d);
	d->ops->destroy(d);
	assert_int_equal(handles, 0);
}

/* The 8/4/4 scaled to the device: 2u/u/u SMs with u its smallest co-scheduled
 * partition (8/8 on an H100: 16/8/8), then 8/4/4 inside orin-agx-8g's 16 SMs (below
 * the granularity: fine partitions), then refusals: a layout over the cap, and the
 * same through the public API (aegis_runtime_create, aegis_runtime_lane_info). */
static void test_layouts(void **state)
{
	(void)state;
	if (!gpu.green_contexts)
		return;
	uint32_t g = gpu.sm_granularity ? gpu.sm_granularity : 1;
	uint32_t u = gpu.sm_min_partition > g ? gpu.sm_min_partition : g;
	u = (u + g - 1) / g * g;
	if (4 * u <= gpu.sm_count) {
		const uint32_t coarse[] = {2 * u, u, u};
		check_layout(coarse, 3, 0, false);
	}
	const uint32_t small[] = {8, 4, 4};
	check_layout(small, 3, 16, 8 % g || 4 % g || gpu.sm_min_partition > 4);
	const uint32_t one[] = {2 * u};
	check_layout(one, 1, 0, false);

	aegis_status st;
	const uint32_t over[] = {gpu.sm_count, u};
	struct device *d = gpu_device_create(
		&(struct device_config){.lanes = 2, .lane_sms = over}, &st);
	assert_int_equal(st, AEGIS_E_CONFIG);
	assert_null(d);

	aegis_runtime_config rc = {.device = "cuda", .lanes = 3, .lane_sms = {2 * u, u, u}};
	aegis_runtime *rt = NULL;
	char detail[256];
	if (4 * u <= gpu.sm_count) {
		assert_int_equal(aegis_runtime_create(&rc, &rt, detail, sizeof detail), AEGIS_OK);
		for (uint32_t i = 0; i < 3; i++) {
			aegis_lane_info l;
			assert_int_equal(aegis_runtime_lane_info(rt, i, &l), AEGIS_OK);
			assert_int_equal(l.sm_count, rc.lane_sms[i]);
		}
		aegis_runtime_destroy(rt);
	}
	rc.lanes = 2;
	rc.lane_sms[0] = gpu.sm_count;
	rc.lane_sms[1] = u;
	rc.lane_sms[2] = 0;
	assert_int_equal(aegis_runtime_create(&rc, &rt, detail, sizeof detail), AEGIS_E_CONFIG);
	printf("  refused: %s\n", detail);
	assert_non_null(strstr(detail, "lane sizes add up to"));
}

int main(void)
{
	if (gpu_unavailable(&gpu))
		return GPU_SKIP;
	printf("%s: %u SMs, green contexts %s (min %u, granularity %u)\n", gpu.name, gpu.sm_count,
	       gpu.green_contexts ? "yes" : "no", gpu.sm_min_partition, gpu.sm_granularity);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_whole_gpu),
		cmocka_unit_test(test_partitions),
		cmocka_unit_test(test_profiles),
		cmocka_unit_test(test_streams),
		cmocka_unit_test(test_shared),
		cmocka_unit_test(test_refused_split),
		cmocka_unit_test(test_layouts),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
