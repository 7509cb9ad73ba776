/* device_loaded_bytes (src/device/loaded.h): the device memory a reading holds beyond
 * the measured items, on the H100 figures that showed the gap, and never wrapping when
 * the items count more than the reading holds. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "device/loaded.h"

#define KIB UINT64_C(1024)
#define MIB (1024 * KIB)

/* The arithmetic on edge-24-onnx's H100 figures (2 lanes), in a reading whose total -
 * free counts a 480-MiB reservation (other_bytes): the process held 1,246 MiB, the pool
 * 558.5 MiB, the items contexts 2 x 5.5 MiB, cuDNN 2 x 12 MiB, cuBLAS 2 x 66 MiB, a
 * fixed share of 46.8 MiB (47,923 KiB): no item counts 1246 - 558.5 - 167 - 46.8 =
 * 473.7 MiB. */
static void test_h100_gap(void **state)
{
	(void)state;
	uint64_t total = 81559 * MIB;
	struct device_mem_reading r = {.total_bytes = total,
				       .free_bytes = total - (1246 + 480) * MIB,
				       .other_bytes = 480 * MIB,
				       .pool_bytes = 558 * MIB + 512 * KIB,
				       .items_bytes = (2 * 5 + 1 + 2 * 12 + 2 * 66) * MIB,
				       .fixed_bytes = 47923 * KIB};
	uint64_t want = 1246 * MIB - (558 * MIB + 512 * KIB) - 167 * MIB - 47923 * KIB;
	assert_int_equal(device_loaded_bytes(&r), want);
	assert_true(want > 473 * MIB && want < 474 * MIB);
	/* the same with nothing loaded beyond the items: 0 */
	r.free_bytes += want;
	assert_int_equal(device_loaded_bytes(&r), 0);
}

/* More counted than held (a drop partly freed again, another process freeing memory
 * since): 0, never a wrapped figure; each term alone too. */
static void test_saturates(void **state)
{
	(void)state;
	struct device_mem_reading r = {.total_bytes = 1000 * MIB, .free_bytes = 900 * MIB,
				       .pool_bytes = 60 * MIB, .items_bytes = 50 * MIB};
	assert_int_equal(device_loaded_bytes(&r), 0);
	r.items_bytes = 30 * MIB;
	assert_int_equal(device_loaded_bytes(&r), 10 * MIB);
	r.fixed_bytes = 11 * MIB;
	assert_int_equal(device_loaded_bytes(&r), 0);
	r = (struct device_mem_reading){.total_bytes = 100, .free_bytes = 200};
	assert_int_equal(device_loaded_bytes(&r), 0);
	r = (struct device_mem_reading){.total_bytes = 100, .other_bytes = 101};
	assert_int_equal(device_loaded_bytes(&r), 0);
	r = (struct device_mem_reading){.total_bytes = UINT64_MAX, .pool_bytes = UINT64_MAX,
					.items_bytes = UINT64_MAX, .fixed_bytes = UINT64_MAX};
	assert_int_equal(device_loaded_bytes(&r), 0);
	r = (struct device_mem_reading){.total_bytes = UINT64_MAX, .fixed_bytes = 1};
	assert_int_equal(device_loaded_bytes(&r), UINT64_MAX - 1);
	struct device_mem_reading zero = {0};
	assert_int_equal(device_loaded_bytes(&zero), 0);
}

/* The part of the driver's reservation that cuMemGetInfo's total - free counts: none
 * when the CUDA total leaves the whole reservation out (NVML total 81,559 MiB, 480 MiB
 * reserved, CUDA total 81,079 MiB), all of it when the totals agree, the rest when the
 * CUDA total leaves out part of it; never below 0 nor above the reservation. */
static void test_reserved_counted(void **state)
{
	(void)state;
	uint64_t nvml = 81559 * MIB, res = 480 * MIB;
	assert_int_equal(device_reserved_counted(nvml - res, nvml, res), 0);
	assert_int_equal(device_reserved_counted(nvml, nvml, res), res);
	assert_int_equal(device_reserved_counted(nvml - 470 * MIB, nvml, res), 10 * MIB);
	assert_int_equal(device_reserved_counted(nvml - 600 * MIB, nvml, res), 0);
	assert_int_equal(device_reserved_counted(nvml + MIB, nvml, res), res);
	assert_int_equal(device_reserved_counted(nvml, nvml, 0), 0);
	assert_int_equal(device_reserved_counted(0, UINT64_MAX, UINT64_MAX), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_h100_gap),
		cmocka_unit_test(test_saturates),
		cmocka_unit_test(test_reserved_counted),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
