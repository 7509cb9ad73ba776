/* The ONNX executor's host arithmetic (onnx_exec_host.h), without a GPU: broadcasting
 * strides, pooling lengths and divisors, Resize's coordinate rules, MatMul and Gemm
 * shapes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "backend/onnx/onnx_exec_host.h"

static struct onnx_shape shp(uint32_t rank, int64_t a, int64_t b, int64_t c, int64_t d)
{
	struct onnx_shape s = {rank, {a, b, c, d, 1, 1}};
	return s;
}

static void test_broadcast(void **state)
{
	(void)state;
	struct onnx_shape out = shp(4, 2, 3, 4, 5), a = shp(4, 2, 3, 4, 5), b = shp(1, 5, 0, 0, 0);
	struct onnx_bcast p;
	assert_true(onnx_bcast_init(&p, &out, &a, &b));
	assert_int_equal(p.n, 120);
	int64_t oa, ob;
	onnx_bcast_offsets(&p, 119, &oa, &ob);
	assert_int_equal(oa, 119);
	assert_int_equal(ob, 4);
	struct onnx_shape c = shp(4, 1, 3, 1, 1); /* a per-channel operand */
	assert_true(onnx_bcast_init(&p, &out, &c, &a));
	onnx_bcast_offsets(&p, 2 * 20 + 3, &oa, &ob); /* n 0, c 2, h 0, w 3 */
	assert_int_equal(oa, 2);
	struct onnx_shape bad = shp(1, 4, 0, 0, 0);
	assert_false(onnx_bcast_init(&p, &out, &a, &bad));
}

static void test_pool(void **state)
{
	(void)state;
	/* ONNX test_maxpool_2d_ceil: 4x4, k 3, s 2: floor 1, ceil 2 */
	assert_int_equal(onnx_pool_out_len(4, 3, 2, 1, 0, 0, false), 1);
	assert_int_equal(onnx_pool_out_len(4, 3, 2, 1, 0, 0, true), 2);
	/* a ceil window starting in the end padding is dropped: 5, k 2, s 2, pads 1, 1 */
	assert_int_equal(onnx_pool_out_len(5, 2, 2, 1, 1, 1, true), 3);
	/* dilation 2: span 5 over 7 -> 3 */
	assert_int_equal(onnx_pool_out_len(7, 3, 1, 2, 0, 0, false), 3);
	/* divisor at the border, pads 1: window 0 covers -1..1 */
	assert_int_equal(onnx_pool_taps(0, 5, 3, 1, 1, 1, 1, false), 2);
	assert_int_equal(onnx_pool_taps(0, 5, 3, 1, 1, 1, 1, true), 3);
	/* the ceil window past the pads: 4, k 3, s 2, no pads: window 1 covers 2..4 */
	assert_int_equal(onnx_pool_taps(1, 4, 3, 2, 1, 0, 0, true), 2);
}

static void test_resize(void **state)
{
	(void)state;
	/* half_pixel, 2 -> 4: x_out 0 -> -0.25 */
	assert_true(onnx_resize_coord(ONNX_COORD_HALF_PIXEL, 0, 2.0f, 2, 4) == -0.25);
	assert_true(onnx_resize_coord(ONNX_COORD_ASYMMETRIC, 3, 2.0f, 2, 4) == 1.5);
	assert_true(onnx_resize_coord(ONNX_COORD_ALIGN_CORNERS, 3, 2.0f, 2, 4) == 1.0);
	assert_true(onnx_resize_coord(ONNX_COORD_PYTORCH_HALF_PIXEL, 0, 0.5f, 2, 1) == 0.0);
	assert_int_equal(onnx_resize_nearest(ONNX_NEAREST_ROUND_PREFER_FLOOR, 1.5, 4), 1);
	assert_int_equal(onnx_resize_nearest(ONNX_NEAREST_ROUND_PREFER_CEIL, 1.5, 4), 2);
	assert_int_equal(onnx_resize_nearest(ONNX_NEAREST_FLOOR, 1.9, 4), 1);
	assert_int_equal(onnx_resize_nearest(ONNX_NEAREST_CEIL, 1.1, 4), 2);
	assert_int_equal(onnx_resize_nearest(ONNX_NEAREST_ROUND_PREFER_FLOOR, -0.25, 4), 0);
	assert_int_equal(onnx_resize_nearest(ONNX_NEAREST_CEIL, 3.5, 4), 3);
	int64_t i0, i1;
	float w;
	onnx_resize_linear(-0.25, 2, &i0, &i1, &w);
	assert_int_equal(i0, 0);
	assert_int_equal(i1, 0);
	onnx_resize_linear(0.25, 2, &i0, &i1, &w);
	assert_int_equal(i1, 1);
	assert_true(w == 0.25f);
}

static void test_shapes(void **state)
{
	(void)state;
	struct onnx_shape a = shp(3, 2, 3, 4, 0), b = shp(2, 4, 5, 0, 0);
	uint64_t batch;
	int64_t m, k, n, sa, sb;
	assert_true(onnx_matmul_dims(&a, &b, &batch, &m, &k, &n, &sa, &sb));
	assert_int_equal(batch, 1);
	assert_int_equal(m, 6);
	assert_int_equal(n, 5);
	struct onnx_shape b3 = shp(3, 2, 4, 5, 0);
	assert_true(onnx_matmul_dims(&a, &b3, &batch, &m, &k, &n, &sa, &sb));
	assert_int_equal(batch, 2);
	assert_int_equal(sa, 12);
	assert_int_equal(sb, 20);
	struct onnx_gemm_cm g;
	struct onnx_shape ga = shp(2, 4, 3, 0, 0), gb = shp(2, 5, 4, 0, 0);
	assert_true(onnx_gemm_dims(&ga, &gb, true, true, &g));
	assert_int_equal(g.m, 3);
	assert_int_equal(g.k, 4);
	assert_int_equal(g.n, 5);
	uint64_t outer, len, inner;
	struct onnx_shape s = shp(4, 2, 3, 4, 5);
	onnx_softmax_dims(&s, 1, false, &outer, &len, &inner);
	assert_int_equal(outer * 1000000 + len * 1000 + inner, 2 * 1000000 + 3 * 1000 + 20);
	onnx_softmax_dims(&s, 1, true, &outer, &len, &inner);
	assert_int_equal(outer * 1000000 + len * 1000 + inner, 2 * 1000000 + 60 * 1000 + 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_broadcast),
		cmocka_unit_test(test_pool),
		cmocka_unit_test(test_resize),
		cmocka_unit_test(test_shapes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
