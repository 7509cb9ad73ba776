/* Shared by the GPU tests that watch device memory: free memory as the driver reports
 * it, and the share the driver alone keeps per green context (measured with bare
 * driver calls). Include after <cmocka.h>. Must not hold state between tests. */
#ifndef AEGIS_TESTS_GPU_MEM_H
#define AEGIS_TESTS_GPU_MEM_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cuda_runtime_api.h>

#include "device/cuda/cuda_api.h"
#include "device/cuda/cuda_check.h"
#include "device/cuda/kernels.h"

/* Free memory may move by a page of driver bookkeeping, never by a lane's worth. */
#define GPU_SLACK_BYTES (2 << 20)

static inline int64_t gpu_free_bytes(void)
{
	size_t f = 0, t = 0;
	assert_int_equal(cudaMemGetInfo(&f, &t), cudaSuccess);
	return (int64_t)f;
}

/* Green contexts made and destroyed with bare driver calls, `level` deep:
 * 0 context, 1 + stream, 2 + event, 3 + kernel loaded, 4 + kernel run. Returns the
 * free memory lost per context. */
static inline int64_t gpu_bare_green(const struct cu_api *a, int level, int rounds)
{
	struct cuda_err e = {.api = a};
	CUdevice dev;
	CUdevResource all, grp;
	unsigned nb = 1;
	cudaKernel_t k;
	assert_int_equal(CUDA_CHECK(&e, a->cuDeviceGet(&dev, 0)), AEGIS_OK);
	memset(&all, 0, sizeof all);
	assert_int_equal(CUDA_CHECK(&e, a->cuDeviceGetDevResource(dev, &all,
								    CU_DEV_RESOURCE_TYPE_SM)), AEGIS_OK);
	assert_int_equal(CUDA_CHECK(&e, a->cuDevSmResourceSplitByCount(&grp, &nb, &all, NULL, 0,
								       16)), AEGIS_OK);
	assert_int_equal(CUDA_CHECK(&e, cudaGetKernel(&k, cuda_kernel_spin())), AEGIS_OK);
	int64_t before = gpu_free_bytes();
	for (int r = 0; r < rounds; r++) {
		CUdevResourceDesc desc;
		CUgreenCtx g;
		CUstream s = NULL;
		CUevent ev = NULL;
		CUcontext ctx, popped;
		CUfunction f;
		assert_int_equal(CUDA_CHECK(&e, a->cuDevResourceGenerateDesc(&desc, &grp, 1)), 0);
		assert_int_equal(CUDA_CHECK(&e, a->cuGreenCtxCreate(&g, desc, dev,
								     CU_GREEN_CTX_DEFAULT_STREAM)), 0);
		assert_int_equal(CUDA_CHECK(&e, a->cuCtxFromGreenCtx(&ctx, g)), 0);
		assert_int_equal(CUDA_CHECK(&e, a->cuCtxPushCurrent(ctx)), 0);
		if (level >= 1)
			assert_int_equal(CUDA_CHECK(&e, a->cuGreenCtxStreamCreate(
							&s, g, CU_STREAM_NON_BLOCKING, 0)), 0);
		if (level >= 2)
			assert_int_equal(CUDA_CHECK(&e, a->cuEventCreate(&ev, CU_EVENT_DISABLE_TIMING)),
					 0);
		if (level >= 3)
			assert_int_equal(CUDA_CHECK(&e, a->cuKernelGetFunction(&f, (CUkernel)k)), 0);
		if (level >= 4) {
			long long cycles = 1000, guard = 1000000;
			void *stamp = NULL, *stop = NULL;
			void *params[] = {&cycles, &guard, &stamp, &stop};
			assert_int_equal(CUDA_CHECK(&e, a->cuLaunchKernel(f, 1, 1, 1, 32, 1, 1, 0, s,
									   params, NULL)), 0);
			assert_int_equal(CUDA_CHECK(&e, a->cuStreamSynchronize(s)), 0);
		}
		assert_int_equal(CUDA_CHECK(&e, a->cuCtxPopCurrent(&popped)), 0);
		if (ev)
			assert_int_equal(CUDA_CHECK(&e, a->cuEventDestroy(ev)), 0);
		if (s)
			assert_int_equal(CUDA_CHECK(&e, a->cuStreamDestroy(s)), 0);
		assert_int_equal(CUDA_CHECK(&e, a->cuGreenCtxDestroy(g)), 0);
	}
	return (before - gpu_free_bytes()) / rounds;
}

/* The most free memory the driver alone loses per green context made and destroyed,
 * over every level of gpu_bare_green (0 where there are no green contexts). */
static inline int64_t gpu_driver_per_green(void)
{
	static const char *what[] = {"green context", "+ stream", "+ event", "+ kernel loaded",
				     "+ kernel run"};
	struct cu_api api;
	char detail[256];
	int64_t most = 0;
	assert_int_equal(cuda_api_load(&api, detail, sizeof detail), AEGIS_OK);
	if (!api.green)
		return 0;
	for (int level = 0; level <= 4; level++) {
		int64_t per = gpu_bare_green(&api, level, 4);
		printf("  driver alone: %-16s made and destroyed: %lld bytes of free memory lost "
		       "each\n", what[level], (long long)per);
		if (per > most)
			most = per;
	}
	return most;
}

#endif
