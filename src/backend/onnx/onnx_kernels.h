/* The ONNX executor's CUDA kernels, as C sees them: one launcher per kernel, taking
 * the stream as void * (a CUstream of the lane, whose context must be current). Each
 * returns the launch's cudaError_t as an int (0: queued); the kernels run later, in
 * stream order. Must not carry CUDA types; must not synchronise or allocate. */
#ifndef AEGIS_BACKEND_ONNX_KERNELS_H
#define AEGIS_BACKEND_ONNX_KERNELS_H

#include <stdint.h>

#include "backend/onnx/onnx_exec_host.h"

#ifdef __cplusplus
extern "C" {
#endif

/* y[i] = op(x[i]) over n elements (enum onnx_unary_op; p0, p1 its parameters). */
int onnx_k_unary(void *stream, int op, float p0, float p1, const float *x, float *y,
		 uint64_t n);

/* y = op(a, b) with broadcasting (enum onnx_binary_op; b unused by COPY). */
int onnx_k_binary(void *stream, int op, const struct onnx_bcast *p, const float *a,
		  const float *b, float *y);

/* MaxPool / AveragePool over [N*C, H, W]. */
int onnx_k_pool2d(void *stream, const struct onnx_pool2d *p, const float *x, float *y);

/* y[r] = mean of x[r * len .. r * len + len) for every row r < rows. */
int onnx_k_row_mean(void *stream, uint64_t rows, uint64_t len, const float *x, float *y);

/* Softmax over [outer, len, inner] along len (max-subtracted, as the ONNX text). */
int onnx_k_softmax(void *stream, uint64_t outer, uint64_t len, uint64_t inner, const float *x,
		   float *y);

/* Concat: outer rows of src_row elements copied to y at dst_off within rows of dst_row. */
int onnx_k_concat(void *stream, uint64_t outer, uint64_t src_row, uint64_t dst_row,
		  uint64_t dst_off, const float *x, float *y);

/* Resize, nearest or linear (graph.h's modes). */
int onnx_k_resize(void *stream, const struct onnx_resize_k *p, const float *x, float *y);

/* y[p * hw + j] += b[p % c] for every plane p < planes (N * C of an NCHW tensor) and
 * j < hw: a Conv's bias, broadcast over N, H and W. Bit for bit cudnnAddTensor's
 * 1 * b + 1 * y in FP32 (one rounded add). */
int onnx_k_bias_nchw(void *stream, uint64_t planes, uint64_t c, uint64_t hw, const float *b,
		     float *y);

/* Direct convolution (asymmetric pads); bias may be NULL. */
int onnx_k_conv2d(void *stream, const struct onnx_conv2d *p, const float *x, const float *w,
		  const float *bias, float *y);

#ifdef __cplusplus
}
#endif
#endif
