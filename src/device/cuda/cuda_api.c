/* Loads the driver-API table of cuda_api.h through the CUDA runtime's entry-point
 * query. Must not link or dlopen libcuda itself, and must not keep global state. */
#include <stdio.h>
#include <string.h>

#include <cuda_runtime_api.h>

#include "device/cuda/cuda_api.h"

static aegis_status lookup(const char *name, void **fn, char *detail, size_t detail_len)
{
	enum cudaDriverEntryPointQueryResult q = cudaDriverEntryPointSuccess;
	cudaError_t r = cudaGetDriverEntryPointByVersion(name, fn, CUDA_VERSION,
							  cudaEnableDefault, &q);
	if (r == cudaSuccess && q == cudaDriverEntryPointSuccess && *fn)
		return AEGIS_OK;
	*fn = NULL;
	if (r != cudaSuccess) {
		snprintf(detail, detail_len, "no CUDA driver: %s (%s)", cudaGetErrorString(r),
			 cudaGetErrorName(r));
		(void)cudaGetLastError(); /* not sticky: clear it */
	} else {
		snprintf(detail, detail_len, "the CUDA driver lacks %s for CUDA %d.%d%s", name,
			 CUDA_VERSION / 1000, CUDA_VERSION % 1000 / 10,
			 q == cudaDriverEntryPointVersionNotSufficent ? " (driver too old)" : "");
	}
	return AEGIS_E_UNSUPPORTED;
}

aegis_status cuda_api_load(struct cu_api *api, char *detail, size_t detail_len)
{
	memset(api, 0, sizeof *api);
	aegis_status st;
#define CU_API_LOAD(fn)                                                            \
	if ((st = lookup(#fn, (void **)&api->fn, detail, detail_len)) != AEGIS_OK) \
		return st;
	CU_API_CORE(CU_API_LOAD)
#undef CU_API_LOAD
	char ignored[8];
	api->green = true;
#define CU_API_LOAD_GREEN(fn) \
	api->green &= lookup(#fn, (void **)&api->fn, ignored, sizeof ignored) == AEGIS_OK;
	CU_API_GREEN(CU_API_LOAD_GREEN)
#undef CU_API_LOAD_GREEN
	return AEGIS_OK;
}
