/* GPU test: busy(lane, 2 ms) timed by CUDA events lasts 2 ms within 1% (median of 21)
 * on the whole GPU, on partitions and under a profile cap; the kernel's %globaltimer
 * stamps agree. And ran(), the device's time of a segment: spins alone (their stamps),
 * work behind the begin event (events), both, a host stall excluded. Skips (77)
 * without a GPU. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

#include <cmocka.h>

#include "device/cuda/cuda_hooks.h"
#include "device/cuda/cuda_probe.h"
#include "gpu_test.h"

/* The shortest run must be within 3% too; the longest is printed, not bounded: events
 * also time any host delay between recording the first event and the launch. */
#define TARGET_NS 2000000LL
#define RUNS 21
#define MEDIAN_TOL 0.01
#define MIN_TOL 0.03

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

static void check_lane(struct device *d, uint32_t lane)
{
	int64_t ev[RUNS], gt[RUNS];
	for (int r = 0; r < RUNS; r++) {
		uint64_t n = cuda_probe_launches(d, lane), s, e;
		assert_int_equal(cuda_probe_time_busy(d, lane, TARGET_NS, &ev[r]), AEGIS_OK);
		assert_true(cuda_probe_stamp(d, lane, n, &s, &e));
		gt[r] = (int64_t)(e - s);
	}
	qsort(ev, RUNS, sizeof ev[0], cmp_i64);
	qsort(gt, RUNS, sizeof gt[0], cmp_i64);
	aegis_lane_info li;
	d->ops->lane_info(d, lane, &li);
	printf("  lane %u (%u SMs, %.4f cycles/ns): events min %lld / median %lld / max %lld ns;"
	       " globaltimer median %lld ns\n", lane, li.sm_count, li.cycles_per_ns,
	       (long long)ev[0], (long long)ev[RUNS / 2], (long long)ev[RUNS - 1],
	       (long long)gt[RUNS / 2]);
	if (gpu_under_sanitizer())
		return;
	assert_true(llabs(ev[RUNS / 2] - TARGET_NS) <= (int64_t)(MEDIAN_TOL * TARGET_NS));
	assert_true(llabs(ev[0] - TARGET_NS) <= (int64_t)(MIN_TOL * TARGET_NS));
	assert_true(llabs(gt[RUNS / 2] - TARGET_NS) <= (int64_t)(MEDIAN_TOL * TARGET_NS));
}

static void check_config(const struct device_config *cfg)
{
	aegis_status st;
	struct device *d = gpu_device_create(cfg, &st);
	assert_int_equal(st, AEGIS_OK);
	for (uint32_t i = 0; i < d->lanes; i++)
		check_lane(d, i);
	d->ops->destroy(d);
}

static void test_whole_gpu(void **state)
{
	(void)state;
	check_config(&(struct device_config){.lanes = 1});
}

static void test_partitions(void **state)
{
	(void)state;
	check_config(&(struct device_config){.lanes = 2});
}

static void test_profile(void **state)
{
	(void)state;
	check_config(&(struct device_config){.lanes = 2, .sm_limit = 16});
}

enum step { SPIN_MS, MARK }; /* a 1-ms spin; work that does not time itself (the mark) */

/* begin(), the steps, commit(), then a host stall of stall_ms before waiting for the
 * completion: what ran() says (-1: nothing). */
static int64_t segment(struct device *d, const enum step *steps, int n, int stall_ms,
		       bool begin)
{
	if (begin)
		assert_int_equal(d->ops->begin(d, 0), AEGIS_OK);
	for (int i = 0; i < n; i++)
		assert_int_equal(steps[i] == SPIN_MS ? d->ops->busy(d, 0, 1000000)
						     : cuda_device_lane_mark_loaded(d, 0),
				 AEGIS_OK);
	assert_int_equal(d->ops->commit(d, 0), AEGIS_OK);
	struct timespec ts = {0, stall_ms * 1000000L};
	nanosleep(&ts, NULL);
	uint32_t lane;
	int64_t t, ns = -1;
	while (!d->ops->poll(d, &lane, &t))
		assert_int_equal(d->ops->advance(d, INT64_MAX), AEGIS_OK);
	assert_int_equal(lane, 0);
	return d->ops->ran(d, 0, &ns) ? ns : -1;
}

static void expect_ms(int64_t ns, int ms, const char *what)
{
	printf("  ran(): %-44s %9lld ns (%d ms of spins)\n", what, (long long)ns, ms);
	assert_true(ns > 0);
	if (gpu_under_sanitizer())
		return;
	assert_true(llabs(ns - ms * 1000000LL) <= ms * 30000LL); /* 3 % */
}

static void test_ran(void **state)
{
	(void)state;
	aegis_status st;
	struct device *d = gpu_device_create(&(struct device_config){.lanes = 1, .sm_limit = 16},
					     &st);
	assert_int_equal(st, AEGIS_OK);
	expect_ms(segment(d, (enum step[]){SPIN_MS}, 1, 5, true), 1,
		  "one spin, 5 ms host stall after commit");
	expect_ms(segment(d, (enum step[]){SPIN_MS, SPIN_MS}, 2, 0, true), 2, "two spins");
	expect_ms(segment(d, (enum step[]){MARK, SPIN_MS}, 2, 5, true), 1,
		  "begin event, then a spin, 5 ms stall");
	expect_ms(segment(d, (enum step[]){SPIN_MS, MARK, SPIN_MS}, 3, 0, true), 2,
		  "a spin, the begin event, a spin");
	assert_int_equal(segment(d, (enum step[]){SPIN_MS}, 1, 0, false), -1); /* no begin */
	d->ops->destroy(d);
}

int main(void)
{
	if (gpu_unavailable(NULL))
		return GPU_SKIP;
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_whole_gpu),
		cmocka_unit_test(test_partitions),
		cmocka_unit_test(test_profile),
		cmocka_unit_test(test_ran),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
