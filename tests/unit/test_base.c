/* The base layer: status table, durations, PRNG, heap, histogram, and the simulated
 * backend's execution-time models. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "aegis/aegis.h"
#include "backend/backend.h"
#include "base/heap.h"
#include "base/hist.h"
#include "base/rng.h"

static void test_status_table(void **state)
{
	(void)state;
	for (int s = 0; s < AEGIS_STATUS_COUNT_; s++) {
		const char *name = aegis_status_name((aegis_status)s);
		assert_memory_equal(name, "AEGIS_", 6);
		assert_true(strlen(aegis_status_str((aegis_status)s)) > 3);
		for (int t = 0; t < s; t++)
			assert_string_not_equal(name, aegis_status_name((aegis_status)t));
		aegis_status_class c = aegis_status_class_of((aegis_status)s);
		assert_true((s == AEGIS_OK) == (c == AEGIS_CLASS_NONE));
	}
	assert_string_equal(aegis_status_name(AEGIS_E_QUEUE_FULL), "AEGIS_E_QUEUE_FULL");
	assert_int_equal(aegis_status_class_of(AEGIS_E_QUEUE_FULL), AEGIS_CLASS_TRANSIENT);
	assert_int_equal(aegis_status_class_of(AEGIS_E_UNSCHEDULABLE), AEGIS_CLASS_PERMANENT);
	assert_int_equal(aegis_status_class_of(AEGIS_E_CONFIG), AEGIS_CLASS_PERMANENT);
	assert_int_equal(aegis_status_class_of(AEGIS_E_DEVICE_LOST), AEGIS_CLASS_FATAL);
	assert_string_equal(aegis_status_name((aegis_status)999), "AEGIS_E_UNKNOWN");
	assert_string_equal(aegis_status_class_name(AEGIS_CLASS_FATAL), "fatal");
}

static void test_duration_parse(void **state)
{
	(void)state;
	static const struct {
		const char *text;
		aegis_status st;
		int64_t ns;
	} cases[] = {
		{"33.3ms", AEGIS_OK, 33300000},
		{"500us", AEGIS_OK, 500000},
		{"2s", AEGIS_OK, 2000000000},
		{"10ns", AEGIS_OK, 10},
		{"1.5min", AEGIS_OK, 90000000000},
		{"0.0000000015s", AEGIS_E_INVAL, 0}, /* 10 fractional digits */
		{"0.333333ms", AEGIS_OK, 333333},
		{"0.333333333ms", AEGIS_E_INVAL, 0}, /* finer than 1 ns: never rounded */
		{"0.5ns", AEGIS_E_INVAL, 0},
		{"100.5ns", AEGIS_E_INVAL, 0},
		{"10.000000001ms", AEGIS_E_INVAL, 0},
		{"0.000000001s", AEGIS_OK, 1},
		{"1125899.906842624s", AEGIS_OK, INT64_C(1) << 50}, /* AEGIS_DURATION_MAX */
		{"0ms", AEGIS_OK, 0},
		{"33", AEGIS_E_INVAL, 0},            /* no unit */
		{"-1ms", AEGIS_E_INVAL, 0},
		{"5 ms", AEGIS_E_INVAL, 0},
		{"5hours", AEGIS_E_INVAL, 0},
		{"1.ms", AEGIS_E_INVAL, 0},
		{"", AEGIS_E_INVAL, 0},
		{"1125899906842625ns", AEGIS_E_OVERFLOW, 0},    /* AEGIS_DURATION_MAX + 1 */
		{"9223372036854775807ns", AEGIS_E_OVERFLOW, 0},
		{"9223372036854775808ns", AEGIS_E_OVERFLOW, 0},
		{"10000000000s", AEGIS_E_OVERFLOW, 0},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int64_t ns = -7;
		aegis_status st = aegis_duration_parse(cases[i].text, &ns);
		if (st != cases[i].st)
			fail_msg("'%s': got %s", cases[i].text, aegis_status_name(st));
		if (st == AEGIS_OK && ns != cases[i].ns)
			fail_msg("'%s': got %lld ns", cases[i].text, (long long)ns);
	}
}

static void test_duration_format(void **state)
{
	(void)state;
	char b[32];
	assert_string_equal(aegis_duration_format(33300000, b, sizeof b), "33.3ms");
	assert_string_equal(aegis_duration_format(2000000000, b, sizeof b), "2s");
	assert_string_equal(aegis_duration_format(1500, b, sizeof b), "1.5us");
	assert_string_equal(aegis_duration_format(999, b, sizeof b), "999ns");
	assert_string_equal(aegis_duration_format(0, b, sizeof b), "0ns");
	assert_string_equal(aegis_duration_format(-4000000, b, sizeof b), "-4ms");
	assert_string_equal(aegis_duration_format(12345678, b, sizeof b), "12.345ms");
}

static void test_rng(void **state)
{
	(void)state;
	struct rng a, b, c;
	rng_seed(&a, 7, 1);
	rng_seed(&b, 7, 1);
	rng_seed(&c, 7, 2);
	int same_c = 0;
	for (int i = 0; i < 1000; i++) {
		uint64_t x = rng_next(&a);
		assert_true(x == rng_next(&b));
		same_c += x == rng_next(&c);
	}
	assert_int_equal(same_c, 0);
	/* rng_range stays in bounds and reaches both ends */
	int lo = 0, hi = 0;
	for (int i = 0; i < 10000; i++) {
		int64_t v = rng_range(&a, -3, 3);
		assert_true(v >= -3 && v <= 3);
		lo += v == -3;
		hi += v == 3;
	}
	assert_true(lo > 1000 && hi > 1000);
	double sum = 0, sumsq = 0;
	for (int i = 0; i < 100000; i++) {
		double z = rng_normal(&a);
		sum += z;
		sumsq += z * z;
	}
	assert_true(sum / 100000 > -0.02 && sum / 100000 < 0.02);
	assert_true(sumsq / 100000 > 0.97 && sumsq / 100000 < 1.03);
}

static void test_heap_order(void **state)
{
	(void)state;
	struct heap_entry store[512];
	struct heap h = {.e = store, .cap = 512};
	struct rng r;
	rng_seed(&r, 3, 0);
	for (uint32_t i = 0; i < 512; i++) {
		struct heap_entry e = {.k1 = rng_range(&r, 0, 20), .k2 = rng_range(&r, 0, 5),
				       .k3 = (uint64_t)rng_range(&r, 0, 3), .id = i};
		assert_true(heap_push(&h, e));
	}
	assert_false(heap_push(&h, store[0])); /* full */
	struct heap_entry prev = heap_pop(&h);
	while (h.n) {
		struct heap_entry e = heap_pop(&h);
		assert_false(heap_less(&e, &prev));
		prev = e;
	}
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* Every reported quantile is at or above the exact one and within 2^-8 of it. */
static void test_hist_error_bound(void **state)
{
	(void)state;
	enum { N = 20000 };
	int64_t *v = malloc(N * sizeof *v);
	struct hist h;
	assert_int_equal(hist_init(&h), AEGIS_OK);
	struct rng r;
	rng_seed(&r, 11, 0);
	for (int i = 0; i < N; i++) {
		/* log-uniform from 1 ns to ~1 s */
		v[i] = (int64_t)1 << rng_range(&r, 0, 29);
		v[i] += rng_range(&r, 0, v[i]);
		hist_record(&h, v[i]);
	}
	qsort(v, N, sizeof *v, cmp_i64);
	const double ps[] = {0.001, 0.25, 0.5, 0.9, 0.99, 0.999, 1.0};
	for (size_t i = 0; i < sizeof ps / sizeof ps[0]; i++) {
		size_t rank = (size_t)(ps[i] * N + 0.999999);
		int64_t exact = v[rank ? rank - 1 : 0];
		int64_t got = hist_quantile(&h, ps[i]);
		assert_true(got >= exact);
		assert_true((double)(got - exact) <= (double)exact / 256.0 + 1e-9);
	}
	assert_int_equal(h.min, v[0]);
	assert_int_equal(h.max, v[N - 1]);
	assert_int_equal(hist_quantile(&h, 1.0), v[N - 1]);
	hist_deinit(&h);
	free(v);
}

static void test_hist_small_values_exact(void **state)
{
	(void)state;
	struct hist h;
	assert_int_equal(hist_init(&h), AEGIS_OK);
	assert_int_equal(hist_quantile(&h, 0.5), -1);
	for (int64_t i = 1; i <= 100; i++)
		hist_record(&h, i);
	assert_int_equal(hist_quantile(&h, 0.5), 50);
	assert_int_equal(hist_quantile(&h, 0.99), 99);
	hist_record(&h, INT64_MAX); /* beyond the range: top bucket, max exact */
	assert_int_equal(hist_quantile(&h, 1.0), INT64_MAX);
	hist_deinit(&h);
}

/* The simulated backend's draws: inside [min, max] of each model, split into
 * segments that add up exactly, reproducible per (seed, stream). */
static void test_sim_exec_models(void **state)
{
	(void)state;
	int64_t samples[] = {3000, 5000, 7000};
	uint32_t weights[] = {1, 2, 1};
	aegis_exec_model models[] = {
		{.kind = AEGIS_EXEC_FIXED, .a_ns = 4000},
		{.kind = AEGIS_EXEC_UNIFORM, .a_ns = 1000, .b_ns = 9000},
		{.kind = AEGIS_EXEC_TRUNCNORM, .a_ns = 5000, .b_ns = 2000, .min_ns = 4000,
		 .wcet_ns = 6000},
		{.kind = AEGIS_EXEC_SAMPLES, .samples_ns = samples, .n_samples = 3},
	};
	const int64_t lo[] = {4000, 1000, 4000, 3000}, hi[] = {4000, 9000, 6000, 7000};
	struct device_config dcfg = {.lanes = 1};
	struct device *dev;
	char err[64];
	assert_int_equal(sim_device_ops.create(&dcfg, &dev, err, sizeof err), AEGIS_OK);
	for (size_t k = 0; k < 4; k++) {
		aegis_sim_config sim = {.exec = models[k], .n_segments = 3,
					.segment_weights = weights};
		aegis_model_config cfg = {.name = "m", .period_ns = 100000, .backend_config = &sim};
		assert_int_equal(aegis_exec_model_wcet_ns(&sim.exec), hi[k]);
		void *config, *st;
		assert_int_equal(backend_configure_model(&cfg, &config, err, sizeof err), AEGIS_OK);
		assert_int_equal(sim_backend_ops.create(config, 5, 0, &st, err, sizeof err),
				 AEGIS_OK);
		int64_t min_seen = INT64_MAX, max_seen = 0;
		for (int job = 0; job < 2000; job++) {
			struct backend_job bj = {.seq = (uint64_t)job};
			int64_t t0 = device_now(dev);
			for (bj.segment = 0; bj.segment < 3; bj.segment++) {
				assert_int_equal(sim_backend_ops.execute(st, &bj, dev, 0), AEGIS_OK);
				assert_int_equal(dev->ops->commit(dev, 0), AEGIS_OK);
				dev->ops->advance(dev, INT64_MAX);
				uint32_t lane;
				int64_t t;
				assert_true(dev->ops->poll(dev, &lane, &t));
			}
			int64_t took = device_now(dev) - t0;
			assert_int_equal(took, bj.exec_ns);
			assert_true(took >= lo[k] && took <= hi[k]);
			min_seen = took < min_seen ? took : min_seen;
			max_seen = took > max_seen ? took : max_seen;
		}
		/* the draws spread over the range (within 1% of each end) */
		assert_true(min_seen - lo[k] <= (hi[k] - lo[k]) / 100);
		assert_true(hi[k] - max_seen <= (hi[k] - lo[k]) / 100);
		sim_backend_ops.destroy(st);
		sim_backend_ops.config_free(config);
	}
	sim_device_ops.destroy(dev);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_status_table),
		cmocka_unit_test(test_duration_parse),
		cmocka_unit_test(test_duration_format),
		cmocka_unit_test(test_rng),
		cmocka_unit_test(test_heap_order),
		cmocka_unit_test(test_hist_error_bound),
		cmocka_unit_test(test_hist_small_values_exact),
		cmocka_unit_test(test_sim_exec_models),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
