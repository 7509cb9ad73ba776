/* The public histogram (aegis/hist.h): its figures against the exact ones, the
 * documented quantile bound, bucket widths, and counts below bucket boundaries exactly
 * as many as the values below them. Public API only. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "aegis/hist.h"

static void test_hist_empty(void **state)
{
	(void)state;
	aegis_hist *h;
	assert_int_equal(aegis_hist_create(NULL), AEGIS_E_INVAL);
	assert_int_equal(aegis_hist_create(&h), AEGIS_OK);
	assert_int_equal(aegis_hist_count(h), 0);
	assert_int_equal(aegis_hist_min(h), -1);
	assert_int_equal(aegis_hist_max(h), -1);
	assert_int_equal(aegis_hist_quantile(h, 0.5), -1);
	assert_true(aegis_hist_mean(h) == 0.0 && aegis_hist_stddev(h) == 0.0);
	assert_int_equal(aegis_hist_count_below(h, 1000), 0);
	aegis_hist_destroy(h);
	aegis_hist_destroy(NULL);
}

static void test_hist_figures(void **state)
{
	(void)state;
	aegis_hist *h;
	assert_int_equal(aegis_hist_create(&h), AEGIS_OK);
	aegis_hist_record(h, -5); /* counts as 0 */
	for (int64_t v = 1; v <= 1000; v++)
		aegis_hist_record(h, v * 1000);
	assert_int_equal(aegis_hist_count(h), 1001);
	assert_int_equal(aegis_hist_min(h), 0);
	assert_int_equal(aegis_hist_max(h), 1000000);
	int64_t q = aegis_hist_quantile(h, 0.5); /* rank 501: 500000 */
	assert_true(q >= 500000 && (double)(q - 500000) < 500000.0 / 128.0);
	assert_int_equal(aegis_hist_quantile(h, 1.0), 1000000);
	double mean = aegis_hist_mean(h); /* 1000 x 500500 / 1001 */
	assert_true(mean > 500000.0 - 1e-6 && mean < 500000.0 + 1e-6);
	assert_true(aegis_hist_stddev(h) > 0);
	aegis_hist_destroy(h);
}

static void test_hist_bucket_width(void **state)
{
	(void)state;
	assert_int_equal(aegis_hist_bucket_width(0), 1);
	assert_int_equal(aegis_hist_bucket_width(255), 1);
	assert_int_equal(aegis_hist_bucket_width(256), 2);
	assert_int_equal(aegis_hist_bucket_width(511), 2);
	assert_int_equal(aegis_hist_bucket_width(512), 4);
	assert_int_equal(aegis_hist_bucket_width(INT64_C(1) << 30), INT64_C(1) << 23);
}

/* At every bucket boundary x the count below is exactly the values below x; inside a
 * bucket it is the count below the bucket's start. */
static void test_hist_count_below(void **state)
{
	(void)state;
	enum { N = 5000 };
	static int64_t v[N];
	aegis_hist *h;
	assert_int_equal(aegis_hist_create(&h), AEGIS_OK);
	srand(7);
	for (int i = 0; i < N; i++) {
		v[i] = (int64_t)rand() % 4000000;
		aegis_hist_record(h, v[i]);
	}
	for (int64_t x = 0; x < 4200000; x += 997) {
		int64_t w = aegis_hist_bucket_width(x), start = x / w * w;
		uint64_t exact = 0;
		for (int i = 0; i < N; i++)
			exact += v[i] < start;
		assert_int_equal(aegis_hist_count_below(h, x), exact);
		assert_int_equal(aegis_hist_count_below(h, start), exact);
	}
	/* the reads leave the figures as they were */
	assert_int_equal(aegis_hist_count(h), N);
	assert_int_equal(aegis_hist_count_below(h, INT64_C(1) << 41), N);
	aegis_hist_destroy(h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hist_empty),
		cmocka_unit_test(test_hist_figures),
		cmocka_unit_test(test_hist_bucket_width),
		cmocka_unit_test(test_hist_count_below),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
