/* The error mapping behind CUDA_CHECK: one table from CUDA error codes to status
 * classes, and the last-error record. Must not call CUDA except to name an error. */
#include <stdio.h>
#include <string.h>

#include "device/cuda/cuda_api.h"
#include "device/cuda/cuda_check.h"

/* Runtime and driver codes are equal where both exist (cudaErrorIllegalAddress ==
 * CUDA_ERROR_ILLEGAL_ADDRESS == 700); runtime-only codes are named as such. */
aegis_status cuda_status_of(int code)
{
	switch (code) {
	case CUDA_SUCCESS:
		return AEGIS_OK;
	case CUDA_ERROR_NOT_READY:
		return AEGIS_E_BUSY;
	case CUDA_ERROR_OUT_OF_MEMORY: /* cudaErrorMemoryAllocation */
		return AEGIS_E_NOMEM;
	case cudaErrorInitializationError: /* = CUDA_ERROR_NOT_INITIALIZED */
	case CUDA_ERROR_STUB_LIBRARY:
	case cudaErrorInsufficientDriver:
	case CUDA_ERROR_CALL_REQUIRES_NEWER_DRIVER:
	case CUDA_ERROR_DEVICE_UNAVAILABLE:
	case CUDA_ERROR_NO_DEVICE:
	case CUDA_ERROR_DEVICE_NOT_LICENSED:
	case CUDA_ERROR_INVALID_IMAGE:
	case CUDA_ERROR_NO_BINARY_FOR_GPU:
	case CUDA_ERROR_NOT_PERMITTED:
	case CUDA_ERROR_NOT_SUPPORTED:
	case CUDA_ERROR_SYSTEM_NOT_READY:
	case CUDA_ERROR_SYSTEM_DRIVER_MISMATCH:
	case CUDA_ERROR_COMPAT_NOT_SUPPORTED_ON_DEVICE:
	case CUDA_ERROR_CDP_NOT_SUPPORTED:
		return AEGIS_E_UNSUPPORTED;
	case CUDA_ERROR_DEINITIALIZED: /* cudaErrorCudartUnloading */
	case cudaErrorPriorLaunchFailure:
	case CUDA_ERROR_ECC_UNCORRECTABLE:
	case CUDA_ERROR_NVLINK_UNCORRECTABLE:
	case CUDA_ERROR_CONTAINED:
	case CUDA_ERROR_ILLEGAL_ADDRESS:
	case CUDA_ERROR_LAUNCH_TIMEOUT:
	case CUDA_ERROR_CONTEXT_IS_DESTROYED:
	case CUDA_ERROR_ASSERT:
	case CUDA_ERROR_HARDWARE_STACK_ERROR:
	case CUDA_ERROR_ILLEGAL_INSTRUCTION:
	case CUDA_ERROR_MISALIGNED_ADDRESS:
	case CUDA_ERROR_INVALID_ADDRESS_SPACE:
	case CUDA_ERROR_INVALID_PC:
	case CUDA_ERROR_LAUNCH_FAILED:
	case CUDA_ERROR_TENSOR_MEMORY_LEAK:
	case CUDA_ERROR_EXTERNAL_DEVICE:
	case CUDA_ERROR_UNKNOWN:
		return AEGIS_E_DEVICE_LOST;
	default: /* invalid value, handle, configuration, resources, ...: the call was wrong */
		return AEGIS_E_INVAL;
	}
}

static const char *short_file(const char *file)
{
	const char *s = strstr(file, "src/");
	return s ? s : file;
}

static aegis_status record(struct cuda_err *e, int code, const char *name, const char *msg,
			   const char *call, const char *file, int line)
{
	aegis_status st = cuda_status_of(code);
	if (st == AEGIS_OK || st == AEGIS_E_BUSY || !e)
		return st;
	e->status = st;
	snprintf(e->text, sizeof e->text, "%s: %s (%s) at %s:%d", call, name, msg,
		 short_file(file), line);
	return st;
}

aegis_status cuda_check_rt(struct cuda_err *e, cudaError_t r, const char *call,
			   const char *file, int line)
{
	if (r == cudaSuccess)
		return AEGIS_OK;
	aegis_status st = record(e, (int)r, cudaGetErrorName(r), cudaGetErrorString(r), call,
				 file, line);
	if (st != AEGIS_E_DEVICE_LOST)
		(void)cudaGetLastError(); /* a non-sticky error must not resurface later */
	return st;
}

aegis_status cuda_check_drv(struct cuda_err *e, CUresult r, const char *call, const char *file,
			    int line)
{
	if (r == CUDA_SUCCESS)
		return AEGIS_OK;
	const char *name = NULL, *msg = NULL;
	if (e && e->api) {
		if (e->api->cuGetErrorName(r, &name) != CUDA_SUCCESS)
			name = NULL;
		if (e->api->cuGetErrorString(r, &msg) != CUDA_SUCCESS)
			msg = NULL;
	}
	char num[32];
	if (!name) {
		snprintf(num, sizeof num, "CUresult %d", (int)r);
		name = num;
	}
	return record(e, (int)r, name, msg ? msg : "no description", call, file, line);
}
