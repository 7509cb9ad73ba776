// The ONNX executor's kernels: elementwise, broadcasting, pooling, reductions, Concat,
// Resize, a Conv's bias and a direct convolution for pads cuDNN cannot take. Launched
// with the runtime's <<<>>> on a stream whose context the caller made current (the
// lane's). Must not call host CUDA APIs other than the launch and its error check.
#include <cuda_runtime.h>
#include <math.h>

#include "backend/onnx/onnx_kernels.h"

#define THREADS 256
#define MAX_BLOCKS (1u << 20) // grid-stride loops cover the rest

static unsigned blocks_for(uint64_t n)
{
	uint64_t b = (n + THREADS - 1) / THREADS;
	return (unsigned)(b < MAX_BLOCKS ? (b ? b : 1) : MAX_BLOCKS);
}

#define GRID_STRIDE(i, n)                                                                  \
	for (uint64_t i = blockIdx.x * (uint64_t)blockDim.x + threadIdx.x; i < (n);        \
	     i += (uint64_t)gridDim.x * blockDim.x)

__global__ void onnx_unary(int op, float p0, float p1, const float *__restrict__ x,
			   float *__restrict__ y, uint64_t n)
{
	GRID_STRIDE(i, n)
	{
		float v = x[i], r;
		switch (op) {
		case ONNX_UN_RELU:
			r = v > 0.0f ? v : 0.0f;
			break;
		case ONNX_UN_SIGMOID:
			r = 1.0f / (1.0f + expf(-v));
			break;
		case ONNX_UN_CLIP:
			r = fminf(fmaxf(v, p0), p1);
			break;
		case ONNX_UN_HARDSIGMOID:
			r = fmaxf(0.0f, fminf(1.0f, p0 * v + p1));
			break;
		default: // ONNX_UN_HARDSWISH
			r = v * fmaxf(0.0f, fminf(1.0f, v * (1.0f / 6.0f) + 0.5f));
			break;
		}
		y[i] = r;
	}
}

__global__ void onnx_binary(int op, struct onnx_bcast p, const float *__restrict__ a,
			    const float *__restrict__ b, float *__restrict__ y)
{
	GRID_STRIDE(i, p.n)
	{
		int64_t oa, ob;
		onnx_bcast_offsets(&p, i, &oa, &ob);
		float v = a[oa];
		if (op == ONNX_BIN_ADD)
			v = v + b[ob];
		else if (op == ONNX_BIN_MUL)
			v = v * b[ob];
		y[i] = v;
	}
}

__global__ void onnx_pool(struct onnx_pool2d p, const float *__restrict__ x, float *__restrict__ y)
{
	const uint64_t n = (uint64_t)p.nc * p.oh * p.ow;
	GRID_STRIDE(i, n)
	{
		int64_t ox = (int64_t)(i % (uint64_t)p.ow), oy = (int64_t)(i / (uint64_t)p.ow % (uint64_t)p.oh);
		int64_t r = (int64_t)(i / ((uint64_t)p.ow * p.oh));
		const float *xr = x + r * p.h * p.w;
		float acc = p.avg ? 0.0f : -INFINITY;
		for (int64_t ky = 0; ky < p.k[0]; ky++) {
			int64_t iy = oy * p.s[0] - p.pb[0] + ky * p.d[0];
			if (iy < 0 || iy >= p.h)
				continue;
			for (int64_t kx = 0; kx < p.k[1]; kx++) {
				int64_t ix = ox * p.s[1] - p.pb[1] + kx * p.d[1];
				if (ix < 0 || ix >= p.w)
					continue;
				float v = xr[iy * p.w + ix];
				acc = p.avg ? acc + v : fmaxf(acc, v);
			}
		}
		if (p.avg) {
			bool inc = p.count_include_pad != 0;
			int64_t th = onnx_pool_taps(oy, p.h, p.k[0], p.s[0], p.d[0], p.pb[0], p.pe[0], inc);
			int64_t tw = onnx_pool_taps(ox, p.w, p.k[1], p.s[1], p.d[1], p.pb[1], p.pe[1], inc);
			acc = th * tw > 0 ? acc / (float)(th * tw) : 0.0f;
		}
		y[i] = acc;
	}
}

// Sum of a block's v (every thread gets it); red holds THREADS floats.
__device__ float block_sum(float v, float *red)
{
	red[threadIdx.x] = v;
	__syncthreads();
	for (unsigned s = THREADS / 2; s > 0; s >>= 1) {
		if (threadIdx.x < s)
			red[threadIdx.x] += red[threadIdx.x + s];
		__syncthreads();
	}
	float r = red[0];
	__syncthreads();
	return r;
}

__device__ float block_max(float v, float *red)
{
	red[threadIdx.x] = v;
	__syncthreads();
	for (unsigned s = THREADS / 2; s > 0; s >>= 1) {
		if (threadIdx.x < s)
			red[threadIdx.x] = fmaxf(red[threadIdx.x], red[threadIdx.x + s]);
		__syncthreads();
	}
	float r = red[0];
	__syncthreads();
	return r;
}

__global__ void onnx_row_mean(uint64_t rows, uint64_t len, const float *__restrict__ x,
			      float *__restrict__ y)
{
	__shared__ float red[THREADS];
	for (uint64_t r = blockIdx.x; r < rows; r += gridDim.x) {
		float s = 0.0f;
		for (uint64_t j = threadIdx.x; j < len; j += THREADS)
			s += x[r * len + j];
		s = block_sum(s, red);
		if (threadIdx.x == 0)
			y[r] = s / (float)len;
	}
}

__global__ void onnx_softmax(uint64_t outer, uint64_t len, uint64_t inner,
			     const float *__restrict__ x, float *__restrict__ y)
{
	__shared__ float red[THREADS];
	for (uint64_t r = blockIdx.x; r < outer * inner; r += gridDim.x) {
		uint64_t base = r / inner * len * inner + r % inner;
		float m = -INFINITY;
		for (uint64_t j = threadIdx.x; j < len; j += THREADS)
			m = fmaxf(m, x[base + j * inner]);
		m = block_max(m, red);
		float s = 0.0f;
		for (uint64_t j = threadIdx.x; j < len; j += THREADS)
			s += expf(x[base + j * inner] - m);
		s = block_sum(s, red);
		for (uint64_t j = threadIdx.x; j < len; j += THREADS)
			y[base + j * inner] = expf(x[base + j * inner] - m) / s;
	}
}

__global__ void onnx_concat(uint64_t outer, uint64_t src_row, uint64_t dst_row, uint64_t dst_off,
			    const float *__restrict__ x, float *__restrict__ y)
{
	GRID_STRIDE(i, outer * src_row)
	{
		uint64_t r = i / src_row, j = i % src_row;
		y[r * dst_row + dst_off + j] = x[i];
	}
}

__global__ void onnx_resize(struct onnx_resize_k p, const float *__restrict__ x,
			    float *__restrict__ y)
{
	GRID_STRIDE(i, p.n)
	{
		int64_t o[ONNX_MAX_RANK];
		uint64_t q = i;
		for (int d = p.rank - 1; d >= 0; d--) {
			o[d] = (int64_t)(q % (uint64_t)p.out[d]);
			q /= (uint64_t)p.out[d];
		}
		if (!p.linear) {
			int64_t off = 0;
			for (int d = 0; d < p.rank; d++) {
				double c = onnx_resize_coord(p.coord, o[d], p.scale[d], p.in[d], p.out[d]);
				off = off * p.in[d] + onnx_resize_nearest(p.nearest, c, p.in[d]);
			}
			y[i] = x[off];
			continue;
		}
		// linear: the leading dimensions keep their length (checked at create)
		int64_t base = 0;
		for (int d = 0; d < p.rank - 2; d++)
			base = base * p.in[d] + o[d];
		const int dh = p.rank - 2, dw = p.rank - 1;
		int64_t h0, h1, w0, w1;
		float fh, fw;
		onnx_resize_linear(onnx_resize_coord(p.coord, o[dh], p.scale[dh], p.in[dh], p.out[dh]),
				   p.in[dh], &h0, &h1, &fh);
		onnx_resize_linear(onnx_resize_coord(p.coord, o[dw], p.scale[dw], p.in[dw], p.out[dw]),
				   p.in[dw], &w0, &w1, &fw);
		const float *xp = x + base * p.in[dh] * p.in[dw];
		float top = (1.0f - fw) * xp[h0 * p.in[dw] + w0] + fw * xp[h0 * p.in[dw] + w1];
		float bot = (1.0f - fw) * xp[h1 * p.in[dw] + w0] + fw * xp[h1 * p.in[dw] + w1];
		y[i] = (1.0f - fh) * top + fh * bot;
	}
}

__global__ void onnx_bias_nchw(uint64_t planes, uint64_t c, uint64_t hw,
			       const float *__restrict__ b, float *__restrict__ y)
{
	GRID_STRIDE(i, planes * hw)
	{
		y[i] = y[i] + b[i / hw % c];
	}
}

__global__ void onnx_conv(struct onnx_conv2d p, const float *__restrict__ x,
			  const float *__restrict__ w, const float *__restrict__ bias,
			  float *__restrict__ y)
{
	const uint64_t n = (uint64_t)p.n * p.m * p.oh * p.ow;
	const int64_t cg = p.c / p.group, mg = p.m / p.group;
	GRID_STRIDE(i, n)
	{
		int64_t ox = (int64_t)(i % (uint64_t)p.ow);
		int64_t oy = (int64_t)(i / (uint64_t)p.ow % (uint64_t)p.oh);
		int64_t m = (int64_t)(i / ((uint64_t)p.ow * p.oh) % (uint64_t)p.m);
		int64_t b = (int64_t)(i / ((uint64_t)p.ow * p.oh * p.m));
		int64_t g = m / mg;
		float acc = p.has_bias ? bias[m] : 0.0f;
		for (int64_t c = 0; c < cg; c++) {
			const float *xc = x + ((b * p.c) + g * cg + c) * p.h * p.w;
			const float *wc = w + (m * cg + c) * p.k[0] * p.k[1];
			for (int64_t ky = 0; ky < p.k[0]; ky++) {
				int64_t iy = oy * p.s[0] - p.pb[0] + ky * p.d[0];
				if (iy < 0 || iy >= p.h)
					continue;
				for (int64_t kx = 0; kx < p.k[1]; kx++) {
					int64_t ix = ox * p.s[1] - p.pb[1] + kx * p.d[1];
					if (ix >= 0 && ix < p.w)
						acc = fmaf(xc[iy * p.w + ix], wc[ky * p.k[1] + kx], acc);
				}
			}
		}
		y[i] = acc;
	}
}

static int launched(void)
{
	return (int)cudaGetLastError();
}

extern "C" int onnx_k_unary(void *stream, int op, float p0, float p1, const float *x, float *y,
			    uint64_t n)
{
	if (n == 0)
		return 0;
	onnx_unary<<<blocks_for(n), THREADS, 0, (cudaStream_t)stream>>>(op, p0, p1, x, y, n);
	return launched();
}

extern "C" int onnx_k_binary(void *stream, int op, const struct onnx_bcast *p, const float *a,
			     const float *b, float *y)
{
	if (p->n == 0)
		return 0;
	onnx_binary<<<blocks_for(p->n), THREADS, 0, (cudaStream_t)stream>>>(op, *p, a, b ? b : a, y);
	return launched();
}

extern "C" int onnx_k_pool2d(void *stream, const struct onnx_pool2d *p, const float *x, float *y)
{
	uint64_t n = (uint64_t)p->nc * p->oh * p->ow;
	if (n == 0)
		return 0;
	onnx_pool<<<blocks_for(n), THREADS, 0, (cudaStream_t)stream>>>(*p, x, y);
	return launched();
}

static unsigned row_blocks(uint64_t rows)
{
	return (unsigned)(rows < MAX_BLOCKS ? (rows ? rows : 1) : MAX_BLOCKS);
}

extern "C" int onnx_k_row_mean(void *stream, uint64_t rows, uint64_t len, const float *x,
			       float *y)
{
	if (rows == 0 || len == 0)
		return 0;
	onnx_row_mean<<<row_blocks(rows), THREADS, 0, (cudaStream_t)stream>>>(rows, len, x, y);
	return launched();
}

extern "C" int onnx_k_softmax(void *stream, uint64_t outer, uint64_t len, uint64_t inner,
			      const float *x, float *y)
{
	if (outer * inner == 0 || len == 0)
		return 0;
	onnx_softmax<<<row_blocks(outer * inner), THREADS, 0, (cudaStream_t)stream>>>(outer, len,
										       inner, x, y);
	return launched();
}

extern "C" int onnx_k_concat(void *stream, uint64_t outer, uint64_t src_row, uint64_t dst_row,
			     uint64_t dst_off, const float *x, float *y)
{
	if (outer * src_row == 0)
		return 0;
	onnx_concat<<<blocks_for(outer * src_row), THREADS, 0, (cudaStream_t)stream>>>(
		outer, src_row, dst_row, dst_off, x, y);
	return launched();
}

extern "C" int onnx_k_resize(void *stream, const struct onnx_resize_k *p, const float *x, float *y)
{
	if (p->n == 0)
		return 0;
	onnx_resize<<<blocks_for(p->n), THREADS, 0, (cudaStream_t)stream>>>(*p, x, y);
	return launched();
}

extern "C" int onnx_k_bias_nchw(void *stream, uint64_t planes, uint64_t c, uint64_t hw,
				const float *b, float *y)
{
	uint64_t n = planes * hw;
	if (n == 0 || c == 0)
		return 0;
	onnx_bias_nchw<<<blocks_for(n), THREADS, 0, (cudaStream_t)stream>>>(planes, c, hw, b, y);
	return launched();
}

extern "C" int onnx_k_conv2d(void *stream, const struct onnx_conv2d *p, const float *x,
			     const float *w, const float *bias, float *y)
{
	uint64_t n = (uint64_t)p->n * p->m * p->oh * p->ow;
	if (n == 0)
		return 0;
	onnx_conv<<<blocks_for(n), THREADS, 0, (cudaStream_t)stream>>>(*p, x, w, bias, y);
	return launched();
}
