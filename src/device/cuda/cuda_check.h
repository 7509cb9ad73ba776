/* CUDA_CHECK: the one way the CUDA device calls CUDA: maps a runtime or driver result
 * to a status class and records call text, CUDA error name and file:line in the
 * caller's last-error record. Must not abort, exit or keep global state. */
#ifndef AEGIS_DEVICE_CUDA_CHECK_H
#define AEGIS_DEVICE_CUDA_CHECK_H

#include <cuda.h>
#include <cuda_runtime_api.h>

#include "aegis/status.h"

struct cu_api;

/* A last-error record; lives in the object that made the call. */
struct cuda_err {
	const struct cu_api *api; /* for driver error names; NULL before the API is loaded */
	aegis_status status;      /* of the last failed call (AEGIS_OK if none) */
	char text[320];           /* "cuEventRecord(...): CUDA_ERROR_... (msg) at file:line" */
};

/*
 * status = CUDA_CHECK(&err, call);
 *   AEGIS_OK                  success
 *   AEGIS_E_BUSY              not ready yet (cudaErrorNotReady, CUDA_ERROR_NOT_READY);
 *                             not an error: nothing is recorded
 *   AEGIS_E_NOMEM             allocation failure (transient: retry later)
 *   AEGIS_E_INVAL             invalid value, handle, configuration (permanent)
 *   AEGIS_E_UNSUPPORTED       no device or driver, not supported (permanent)
 *   AEGIS_E_DEVICE_LOST       sticky errors (illegal address, launch failure, ECC,
 *                             assert, ...) and device loss (fatal: stop the runtime)
 * `call` is evaluated once; _Generic picks the runtime or driver mapping by its type.
 */
#define CUDA_CHECK(err, call)                                                        \
	_Generic((call), CUresult: cuda_check_drv, cudaError_t: cuda_check_rt)(      \
		(err), (call), #call, __FILE__, __LINE__)

aegis_status cuda_check_rt(struct cuda_err *e, cudaError_t r, const char *call,
			   const char *file, int line);
aegis_status cuda_check_drv(struct cuda_err *e, CUresult r, const char *call, const char *file,
			    int line);

/* The status of a CUDA error code (runtime and driver codes share their numbers where
 * they overlap; the table is written once for both). */
aegis_status cuda_status_of(int code);

#endif
