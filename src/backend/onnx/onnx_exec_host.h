/* The ONNX executor's arithmetic that needs no GPU: broadcasting strides, pooling
 * windows, Resize's coordinate mapping, the shapes of Gemm, MatMul, Softmax and Concat,
 * and the parameter blocks its kernels take. Pure functions, compiled both by the C
 * compiler (the executor, the unit test) and by nvcc (the kernels, ONNX_HD): the host
 * and the GPU map coordinates with the same code. Must not call CUDA or allocate. */
#ifndef AEGIS_BACKEND_ONNX_EXEC_HOST_H
#define AEGIS_BACKEND_ONNX_EXEC_HOST_H

#include <math.h>
#include <stdbool.h>
#include <stdint.h>

#include "backend/onnx/graph.h"

#ifdef __CUDACC__
#define ONNX_HD __host__ __device__ __forceinline__
#else
#define ONNX_HD static inline
#endif

/* ---- kernel parameter blocks (passed by value to the kernels) ---- */

enum onnx_unary_op {
	ONNX_UN_RELU = 0,
	ONNX_UN_SIGMOID,
	ONNX_UN_CLIP,        /* p0 = lo, p1 = hi */
	ONNX_UN_HARDSIGMOID, /* max(0, min(1, p0 * x + p1)) */
	ONNX_UN_HARDSWISH,   /* x * max(0, min(1, x / 6 + 1 / 2)) */
};

enum onnx_binary_op { ONNX_BIN_ADD = 0, ONNX_BIN_MUL, ONNX_BIN_COPY /* y = a */ };

/* numpy broadcasting, every shape left-padded with 1s to ONNX_MAX_RANK dimensions:
 * out[i] is the output's dimension, sa[i], sb[i] the element strides of A and B along
 * it (0 where the input's dimension is 1 and is broadcast). */
struct onnx_bcast {
	int64_t out[ONNX_MAX_RANK];
	int64_t sa[ONNX_MAX_RANK], sb[ONNX_MAX_RANK];
	uint64_t n; /* output elements */
};

/* A 2-D pooling over [N*C, H, W] rows (MaxPool, AveragePool). */
struct onnx_pool2d {
	int64_t nc, h, w, oh, ow;
	int64_t k[2], s[2], d[2], pb[2], pe[2]; /* [0]: H, [1]: W; pads begin, end */
	int32_t avg;                            /* 0: max */
	int32_t count_include_pad;
};

/* Resize over up to ONNX_MAX_RANK dimensions (rank <= ONNX_MAX_RANK). */
struct onnx_resize_k {
	int32_t rank, linear, coord, nearest;
	int64_t in[ONNX_MAX_RANK], out[ONNX_MAX_RANK];
	float scale[ONNX_MAX_RANK];
	uint64_t n; /* output elements */
};

/* A direct 2-D convolution (the fallback for pads that cuDNN cannot take: ONNX's
 * asymmetric pads). x [N, C, H, W], w [M, C/group, kH, kW], y [N, M, OH, OW]. */
struct onnx_conv2d {
	int64_t n, c, h, w, m, oh, ow, group;
	int64_t k[2], s[2], d[2], pb[2];
	int32_t has_bias;
};

/* ---- broadcasting ---- */

/* The strides of `in` read along `out`'s dimensions (both padded to ONNX_MAX_RANK):
 * false when in does not broadcast to out. */
static inline bool onnx_bcast_strides(const struct onnx_shape *out, const struct onnx_shape *in,
				      int64_t s[ONNX_MAX_RANK])
{
	if (in->rank > out->rank || out->rank > ONNX_MAX_RANK)
		return false;
	int64_t stride = 1;
	for (int i = ONNX_MAX_RANK - 1; i >= 0; i--) {
		int oi = i - (ONNX_MAX_RANK - (int)out->rank); /* index in out, < 0: padding */
		int ii = i - (ONNX_MAX_RANK - (int)in->rank);
		int64_t od = oi >= 0 ? out->d[oi] : 1, id = ii >= 0 ? in->d[ii] : 1;
		if (id == od) {
			s[i] = id == 1 ? 0 : stride;
		} else if (id == 1) {
			s[i] = 0;
		} else {
			return false;
		}
		stride *= id;
	}
	return true;
}

/* Fills b for out = op(a, bb) (bb NULL: a copy of a broadcast to out). */
static inline bool onnx_bcast_init(struct onnx_bcast *b, const struct onnx_shape *out,
				   const struct onnx_shape *a, const struct onnx_shape *bb)
{
	if (out->rank > ONNX_MAX_RANK)
		return false;
	b->n = 1;
	for (int i = 0; i < ONNX_MAX_RANK; i++) {
		int oi = i - (ONNX_MAX_RANK - (int)out->rank);
		b->out[i] = oi >= 0 ? out->d[oi] : 1;
		b->n *= (uint64_t)b->out[i];
		b->sb[i] = 0;
	}
	return onnx_bcast_strides(out, a, b->sa) && (!bb || onnx_bcast_strides(out, bb, b->sb));
}

/* The element offsets in A and B of output element i. */
ONNX_HD void onnx_bcast_offsets(const struct onnx_bcast *b, uint64_t i, int64_t *oa, int64_t *ob)
{
	int64_t a = 0, c = 0;
	for (int d = ONNX_MAX_RANK - 1; d >= 0; d--) {
		int64_t q = (int64_t)(i % (uint64_t)b->out[d]);
		i /= (uint64_t)b->out[d];
		a += q * b->sa[d];
		c += q * b->sb[d];
	}
	*oa = a;
	*ob = c;
}

/* ---- pooling ---- */

/* Output length of a pooling along one dimension (ONNX MaxPool/AveragePool, opset 19
 * text): floor or ceil of (in + pads - dilated kernel) / stride, + 1; in ceil mode a
 * window that would start in the end padding is dropped (as PyTorch does). 0 when the
 * dilated kernel does not fit. */
ONNX_HD int64_t onnx_pool_out_len(int64_t in, int64_t k, int64_t s, int64_t d, int64_t pb,
				  int64_t pe, bool ceil_mode)
{
	int64_t span = d * (k - 1) + 1, num = in + pb + pe - span;
	if (num < 0 || s <= 0)
		return 0;
	int64_t out = (ceil_mode ? (num + s - 1) / s : num / s) + 1;
	if (ceil_mode && (out - 1) * s >= in + pb)
		out--;
	return out;
}

/* The taps of window o that AveragePool divides by, along one dimension: those inside
 * the input, or (count_include_pad) inside the input and its pads; a tap past the end
 * pad (ceil mode) never counts. */
ONNX_HD int64_t onnx_pool_taps(int64_t o, int64_t in, int64_t k, int64_t s, int64_t d,
			       int64_t pb, int64_t pe, bool include_pad)
{
	int64_t n = 0;
	for (int64_t j = 0; j < k; j++) {
		int64_t x = o * s - pb + j * d;
		if (include_pad ? (x >= -pb && x < in + pe) : (x >= 0 && x < in))
			n++;
	}
	return n;
}

/* ---- Resize (ONNX Resize-13/18/19, reference implementation's rules) ---- */

/* The input coordinate of output coordinate x along a dimension (graph.h's modes). */
ONNX_HD double onnx_resize_coord(int coord, int64_t x, float scale, int64_t len_in,
				 int64_t len_out)
{
	double sc = (double)scale;
	switch (coord) {
	case ONNX_COORD_ASYMMETRIC:
		return (double)x / sc;
	case ONNX_COORD_ALIGN_CORNERS:
		return len_out == 1 ? 0.0
				    : (double)x * (double)(len_in - 1) / (double)(len_out - 1);
	case ONNX_COORD_PYTORCH_HALF_PIXEL:
		return len_out > 1 ? ((double)x + 0.5) / sc - 0.5 : 0.0;
	default: /* ONNX_COORD_HALF_PIXEL */
		return ((double)x + 0.5) / sc - 0.5;
	}
}

ONNX_HD int64_t onnx_clamp_i64(int64_t v, int64_t lo, int64_t hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

/* Nearest: the neighbour of x that `nearest` picks, clamped to [0, len_in - 1] (the
 * reference pads by edge values). A fraction of exactly 1/2 goes down for
 * round_prefer_floor and up for round_prefer_ceil. */
ONNX_HD int64_t onnx_resize_nearest(int nearest, double x, int64_t len_in)
{
	double f = floor(x), frac = x - f;
	int64_t i = (int64_t)f;
	switch (nearest) {
	case ONNX_NEAREST_ROUND_PREFER_CEIL:
		i += frac >= 0.5 ? 1 : 0;
		break;
	case ONNX_NEAREST_FLOOR:
		break;
	case ONNX_NEAREST_CEIL:
		i += frac > 0.0 ? 1 : 0;
		break;
	default: /* ONNX_NEAREST_ROUND_PREFER_FLOOR */
		i += frac > 0.5 ? 1 : 0;
		break;
	}
	return onnx_clamp_i64(i, 0, len_in - 1);
}

/* Linear: the two neighbours of x (clamped to the input) and the weight of the upper. */
ONNX_HD void onnx_resize_linear(double x, int64_t len_in, int64_t *i0, int64_t *i1, float *w1)
{
	double f = floor(x);
	*w1 = (float)(x - f);
	*i0 = onnx_clamp_i64((int64_t)f, 0, len_in - 1);
	*i1 = onnx_clamp_i64((int64_t)f + 1, 0, len_in - 1);
}

/* ---- shapes of the other operators ---- */

static inline uint64_t onnx_dims_product(const struct onnx_shape *s, uint32_t from, uint32_t to)
{
	uint64_t p = 1;
	for (uint32_t i = from; i < to && i < s->rank; i++)
		p *= (uint64_t)s->d[i];
	return p;
}

/* Softmax as [outer, len, inner]: len = d[axis] (opset >= 13), or the product of
 * d[axis..] with inner = 1 (to_end: opset < 13, the dimensions taken as one). */
static inline void onnx_softmax_dims(const struct onnx_shape *s, int64_t axis, bool to_end,
				     uint64_t *outer, uint64_t *len, uint64_t *inner)
{
	uint32_t a = (uint32_t)axis;
	*outer = onnx_dims_product(s, 0, a);
	if (to_end) {
		*len = onnx_dims_product(s, a, s->rank);
		*inner = 1;
	} else {
		*len = a < s->rank ? (uint64_t)s->d[a] : 1;
		*inner = onnx_dims_product(s, a + 1, s->rank);
	}
}

/* Concat along axis as rows: outer rows of (d[axis] * inner) elements per tensor. */
static inline void onnx_concat_dims(const struct onnx_shape *s, int64_t axis, uint64_t *outer,
				    uint64_t *inner)
{
	*outer = onnx_dims_product(s, 0, (uint32_t)axis);
	*inner = onnx_dims_product(s, (uint32_t)axis + 1, s->rank);
}

/* MatMul A [..., M, K] x B [..., K, N] as `batch` products of row-major matrices, with
 * element strides between products (0: the operand is shared by every product, as B
 * [K, N] with a batched A). Rank-1 operands follow numpy (A [K]: M = 1; B [K]: N = 1).
 * False when the shapes do not fit this form (batch dimensions that differ). */
static inline bool onnx_matmul_dims(const struct onnx_shape *a, const struct onnx_shape *b,
				    uint64_t *batch, int64_t *m, int64_t *k, int64_t *n,
				    int64_t *stride_a, int64_t *stride_b)
{
	if (a->rank < 1 || b->rank < 1)
		return false;
	*m = a->rank >= 2 ? a->d[a->rank - 2] : 1;
	*k = a->d[a->rank - 1];
	int64_t kb = b->rank >= 2 ? b->d[b->rank - 2] : b->d[0];
	*n = b->rank >= 2 ? b->d[b->rank - 1] : 1;
	if (kb != *k)
		return false;
	uint64_t ba = a->rank > 2 ? onnx_dims_product(a, 0, a->rank - 2) : 1;
	uint64_t bb = b->rank > 2 ? onnx_dims_product(b, 0, b->rank - 2) : 1;
	if (ba > 1 && bb > 1) {
		if (a->rank != b->rank)
			return false;
		for (uint32_t i = 0; i + 2 < a->rank; i++)
			if (a->d[i] != b->d[i])
				return false;
	}
	*batch = ba > bb ? ba : bb;
	*stride_a = ba > 1 ? *m * *k : 0;
	*stride_b = bb > 1 ? *k * *n : 0;
	/* A batched against a shared B is one product of (batch * M) rows */
	if (bb == 1 && ba > 1) {
		*m *= (int64_t)ba;
		*batch = 1;
		*stride_a = 0;
	}
	return true;
}

/* The cuBLAS (column-major) view of row-major Gemm Y[M, N] = op(A) op(B): Y^T =
 * op(B)^T op(A)^T, so cuBLAS gets B first. lda, ldb: the row lengths of A and B as
 * stored. */
struct onnx_gemm_cm {
	int64_t m, n, k;     /* of the row-major product */
	int64_t lda, ldb;    /* leading dimensions as cuBLAS reads them */
	bool trans_a, trans_b;
};

static inline bool onnx_gemm_dims(const struct onnx_shape *a, const struct onnx_shape *b,
				  bool trans_a, bool trans_b, struct onnx_gemm_cm *g)
{
	if (a->rank != 2 || b->rank != 2)
		return false;
	g->m = trans_a ? a->d[1] : a->d[0];
	g->k = trans_a ? a->d[0] : a->d[1];
	int64_t kb = trans_b ? b->d[1] : b->d[0];
	g->n = trans_b ? b->d[0] : b->d[1];
	g->lda = a->d[1];
	g->ldb = b->d[1];
	g->trans_a = trans_a;
	g->trans_b = trans_b;
	return kb == g->k;
}

#endif
