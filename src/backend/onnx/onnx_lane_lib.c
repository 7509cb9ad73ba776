/* The per-lane cuDNN and cuBLAS handles of the ONNX executors (onnx_lane_lib.h): their
 * creation, measured, and their one release path, called by the CUDA device's destroy.
 * Every library call is checked. Must not run work on the lane. */
#include <stdio.h>
#include <stdlib.h>

#include "backend/onnx/onnx_lane_lib.h"
#include "device/cuda/cuda_hooks.h"

/* A failed library call: its status, and "call failed: message at file:line". */
static aegis_status lib_fail(aegis_status st, const char *call, const char *msg,
			     const char *file, int line, char *detail, size_t detail_len)
{
	if (st != AEGIS_OK)
		snprintf(detail, detail_len, "%s failed: %s at %s:%d", call, msg, file, line);
	return st;
}

/* cuda_lib_ops.destroy: the lane's context is current and its stream drained. The
 * statuses are ignored: there is no one to report them to, and a device in a sticky
 * error makes them fail while the handles still need releasing. */
static void lane_lib_destroy(struct device *dev, uint32_t lane, void *state)
{
	(void)dev;
	(void)lane;
	struct onnx_lane_lib *s = state;
	(void)s->lib.cublasDestroy(s->blas);
	(void)s->lib.cudnnDestroy(s->dnn);
	onnx_libs_unload(&s->lib);
	free(s);
}

/* cuda_lib_ops.create, in the lane's context. */
static aegis_status lane_lib_create(struct device *dev, uint32_t lane, void **state,
				    char *detail, size_t detail_len)
{
	void *ctx, *stream_v;
	aegis_status st = cuda_device_lane_handles(dev, lane, &ctx, &stream_v);
	if (st != AEGIS_OK)
		return st;
	cudaStream_t stream = (cudaStream_t)stream_v;
	uint64_t free0, free1, free2;
	struct onnx_lane_lib *s = calloc(1, sizeof *s);
	if (!s)
		return AEGIS_E_NOMEM;
	if ((st = onnx_libs_load(&s->lib, detail, detail_len)))
		goto fail_libs;
	if ((st = cuda_device_mem_free(dev, lane, &free0)))
		goto fail_measure;
	cudnnStatus_t ds = s->lib.cudnnCreate(&s->dnn);
	if ((st = lib_fail(onnx_dnn_status(ds), "cudnnCreate", s->lib.cudnnGetErrorString(ds),
			   __FILE__, __LINE__, detail, detail_len)))
		goto fail_measure;
	ds = s->lib.cudnnSetStream(s->dnn, stream);
	if ((st = lib_fail(onnx_dnn_status(ds), "cudnnSetStream", s->lib.cudnnGetErrorString(ds),
			   __FILE__, __LINE__, detail, detail_len)) ||
	    (st = cuda_device_mem_free(dev, lane, &free1)))
		goto fail_dnn;
	cublasStatus_t bs = s->lib.cublasCreate(&s->blas);
	if ((st = lib_fail(onnx_blas_status(bs), "cublasCreate",
			   s->lib.cublasGetStatusString(bs), __FILE__, __LINE__, detail,
			   detail_len)))
		goto fail_dnn;
	/* FP32 exact: no TF32 (CUBLAS_DEFAULT_MATH computes in FP32) */
	if ((bs = s->lib.cublasSetStream(s->blas, stream)) == CUBLAS_STATUS_SUCCESS &&
	    (bs = s->lib.cublasSetMathMode(s->blas, CUBLAS_DEFAULT_MATH)) == CUBLAS_STATUS_SUCCESS)
		bs = s->lib.cublasSetPointerMode(s->blas, CUBLAS_POINTER_MODE_HOST);
	if ((st = lib_fail(onnx_blas_status(bs), "cublasSetStream/MathMode/PointerMode",
			   s->lib.cublasGetStatusString(bs), __FILE__, __LINE__, detail,
			   detail_len)) ||
	    (st = cuda_device_mem_free(dev, lane, &free2)))
		goto fail_blas;
	cuda_device_mem_note(dev, lane, CUDA_MEM_CUDNN, free0, free1);
	cuda_device_mem_note(dev, lane, CUDA_MEM_CUBLAS, free1, free2);
	*state = s;
	return AEGIS_OK;

fail_blas:
	(void)s->lib.cublasDestroy(s->blas);
fail_dnn:
	(void)s->lib.cudnnDestroy(s->dnn);
fail_measure:
	if (st != AEGIS_OK && !detail[0])
		snprintf(detail, detail_len, "lane %u: measuring free device memory failed", lane);
	onnx_libs_unload(&s->lib);
fail_libs:
	free(s);
	return st;
}

static const struct cuda_lib_ops lane_lib_ops = {
	.name = "cuDNN+cuBLAS",
	.create = lane_lib_create,
	.destroy = lane_lib_destroy,
};

aegis_status onnx_lane_lib_get(struct device *dev, uint32_t lane, struct onnx_lane_lib **out,
			       char *detail, size_t detail_len)
{
	if (!dev || !out || !cuda_device_is(dev))
		return AEGIS_E_INVAL;
	if (detail_len)
		detail[0] = '\0';
	void *state = NULL;
	aegis_status st = cuda_device_lane_lib(dev, lane, &lane_lib_ops, &state, detail,
					       detail_len);
	*out = st == AEGIS_OK ? state : NULL;
	return st;
}
