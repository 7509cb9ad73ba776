/* The driver-API functions the CUDA device calls, found at run time through
 * cudaGetDriverEntryPointByVersion (types only from <cuda.h>). Must not link libcuda:
 * a build with the toolkit must run, and say "no CUDA device", where there is no driver. */
#ifndef AEGIS_DEVICE_CUDA_API_H
#define AEGIS_DEVICE_CUDA_API_H

#include <stdbool.h>

#include <cuda.h>

#include "aegis/status.h"

/* Needed by every path. cuda.h maps some names to versioned symbols
 * (cuStreamDestroy -> cuStreamDestroy_v2): the members take the mapped name, the
 * lookup uses the plain one with the header's CUDA_VERSION. */
#define CU_API_CORE(X)                                                                   \
	X(cuGetErrorName) X(cuGetErrorString) X(cuDeviceGet) X(cuDevicePrimaryCtxRetain) \
	X(cuDevicePrimaryCtxRelease) X(cuCtxPushCurrent) X(cuCtxPopCurrent)              \
	X(cuCtxGetStreamPriorityRange) X(cuStreamCreateWithPriority) X(cuStreamDestroy)  \
	X(cuStreamSynchronize) X(cuEventCreate) X(cuEventDestroy) X(cuEventRecord)       \
	X(cuEventQuery) X(cuEventSynchronize) X(cuEventElapsedTime) X(cuLaunchKernel)    \
	X(cuLaunchHostFunc) X(cuKernelGetFunction) X(cuMemGetInfo) CU_API_ONNX(X)

/* The ONNX executor's copies and CUDA Graph capture (src/backend/onnx/onnx_exec.c),
 * reached through cuda_device_api(): every driver since CUDA 11.4 has them. */
#define CU_API_ONNX(X)                                                                   \
	X(cuMemcpyHtoDAsync) X(cuMemcpyDtoHAsync) X(cuStreamBeginCapture) X(cuStreamEndCapture)   \
	X(cuGraphInstantiateWithFlags) X(cuGraphLaunch) X(cuGraphExecDestroy)            \
	X(cuGraphDestroy) X(cuGraphUpload) X(cuMemcpyDtoDAsync)

/* Green contexts (CUDA 12.4+ drivers): missing ones mean no SM partitions. */
#define CU_API_GREEN(X)                                                          \
	X(cuDeviceGetDevResource) X(cuDevSmResourceSplitByCount)                 \
	X(cuDevResourceGenerateDesc) X(cuGreenCtxCreate) X(cuGreenCtxDestroy)    \
	X(cuCtxFromGreenCtx) X(cuGreenCtxStreamCreate)

struct cu_api {
#define CU_API_MEMBER(fn) __typeof__(fn) *fn;
	CU_API_CORE(CU_API_MEMBER)
	CU_API_GREEN(CU_API_MEMBER)
#undef CU_API_MEMBER
	bool green; /* every CU_API_GREEN function was found */
};

/* Fills api. Returns AEGIS_OK, or AEGIS_E_UNSUPPORTED with the missing function or
 * the runtime's error in detail (no driver, driver too old). */
aegis_status cuda_api_load(struct cu_api *api, char *detail, size_t detail_len);

#endif
