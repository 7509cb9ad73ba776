/* One lane's cuDNN and cuBLAS handles, shared by every ONNX executor on the lane: a
 * lane runs one job at a time, so one handle of each serves all its models. Made on
 * first use in the CUDA device's library slot of the lane, owned and released by the
 * device (cuda_hooks.h). Built only with AEGIS_HAVE_ONNX_GPU. */
#ifndef AEGIS_BACKEND_ONNX_LANE_LIB_H
#define AEGIS_BACKEND_ONNX_LANE_LIB_H

#include <stddef.h>
#include <stdint.h>

#include "backend/onnx/onnx_libs.h"
#include "device/device.h"

struct onnx_lane_lib {
	struct onnx_libs lib; /* owned: the slot's own reference to both libraries, which
				 keeps them loaded until the handles are gone */
	cudnnHandle_t dnn;    /* owned: bound to the lane's stream */
	cublasHandle_t blas;  /* owned: bound to the lane's stream, FP32 math, host
				 pointers; each run sets its workspace (in its own region) */
};

/* The handles of `lane` of dev (a CUDA device), made now when the lane has none: each
 * creation measured as a drop of free device memory (cuda_device_mem_note, kinds
 * CUDA_MEM_CUDNN and CUDA_MEM_CUBLAS). Borrowed: valid until the device is destroyed.
 * Returns AEGIS_OK, AEGIS_E_INVAL, AEGIS_E_UNSUPPORTED (a library missing), AEGIS_E_LIMIT
 * (no slot), AEGIS_E_NOMEM, or a mapped CUDA, cuDNN or cuBLAS error; detail says which
 * call failed. One thread at a time (admission). */
aegis_status onnx_lane_lib_get(struct device *dev, uint32_t lane, struct onnx_lane_lib **out,
			       char *detail, size_t detail_len);

#endif
