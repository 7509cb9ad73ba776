/* The CUDA device's private hooks for backends with kernels of their own (see
 * cuda_hooks.h). Every CUDA call is checked and every handle made here is released
 * here; must not know about models or jobs. */
#include <stdlib.h>

#include "device/cuda/cuda_device.h"
#include "device/cuda/cuda_hooks.h"
#include "device/cuda/kernels.h"

bool cuda_device_is(const struct device *dev)
{
	return dev && dev->ops == &cuda_device_ops;
}

aegis_status cuda_device_lane_kernel(struct device *dev, uint32_t lane, const void *kernel,
				     void **fn)
{
	struct cuda_device *c = cuda_dev(dev);
	if (lane >= dev->lanes || !kernel)
		return AEGIS_E_INVAL;
	if (c->fatal)
		return c->fatal;
	struct cuda_lane *l = &c->lane[lane];
	cudaKernel_t k;
	CUfunction f = NULL;
	CUcontext popped;
	aegis_status st = CUDA_CHECK(&c->err, cudaGetKernel(&k, kernel));
	if (st != AEGIS_OK)
		return st;
	if ((st = CUDA_CHECK(&c->err, c->api.cuCtxPushCurrent(l->ctx))))
		return st;
	st = CUDA_CHECK(&c->err, c->api.cuKernelGetFunction(&f, (CUkernel)k));
	(void)CUDA_CHECK(&c->err, c->api.cuCtxPopCurrent(&popped));
	if (st == AEGIS_OK)
		*fn = (void *)f;
	return st;
}

static aegis_status launch(struct cuda_device *c, struct cuda_lane *l, void *fn,
			   uint32_t grid, uint32_t threads, void **params)
{
	return CUDA_CHECK(&c->err, c->api.cuLaunchKernel((CUfunction)fn, grid, 1, 1, threads,
							 1, 1, 0, l->stream, params, NULL));
}

aegis_status cuda_device_lane_launch(struct device *dev, uint32_t lane, void *fn,
				     uint32_t grid, uint32_t threads, void **params)
{
	struct cuda_device *c = cuda_dev(dev);
	if (lane >= dev->lanes || !fn || grid == 0 || threads == 0)
		return AEGIS_E_INVAL;
	if (c->fatal)
		return c->fatal;
	struct cuda_lane *l = &c->lane[lane];
	if (l->state == CUDA_LANE_BUSY)
		return AEGIS_E_STATE;
	aegis_status st = launch(c, l, fn, grid, threads, params);
	if (st == AEGIS_OK)
		l->state = CUDA_LANE_LOADED;
	return st;
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* Events are made in the lane's context: an event and the stream it is recorded on
 * must share one. */
aegis_status cuda_device_lane_time(struct device *dev, uint32_t lane, void *fn,
				   uint32_t grid, uint32_t threads, void **params, int reps,
				   int64_t *median_ns)
{
	struct cuda_device *c = cuda_dev(dev);
	if (lane >= dev->lanes || !fn || grid == 0 || threads == 0 || reps < 1 || reps > 15)
		return AEGIS_E_INVAL;
	if (c->fatal)
		return c->fatal;
	struct cuda_lane *l = &c->lane[lane];
	if (l->state == CUDA_LANE_BUSY)
		return AEGIS_E_STATE;
	const struct cu_api *a = &c->api;
	CUevent t0 = NULL, t1 = NULL;
	CUcontext popped;
	int64_t ns[15];
	aegis_status st = CUDA_CHECK(&c->err, a->cuCtxPushCurrent(l->ctx));
	if (st != AEGIS_OK)
		goto fail_push;
	if ((st = CUDA_CHECK(&c->err, a->cuEventCreate(&t0, CU_EVENT_DEFAULT))))
		goto fail_t0;
	cuda_count(c, +1);
	if ((st = CUDA_CHECK(&c->err, a->cuEventCreate(&t1, CU_EVENT_DEFAULT))))
		goto fail_t1;
	cuda_count(c, +1);
	for (int r = 0; r < reps; r++) {
		float ms;
		if ((st = CUDA_CHECK(&c->err, a->cuEventRecord(t0, l->stream))) ||
		    (st = launch(c, l, fn, grid, threads, params)) ||
		    (st = CUDA_CHECK(&c->err, a->cuEventRecord(t1, l->stream))) ||
		    (st = CUDA_CHECK(&c->err, a->cuEventSynchronize(t1))) ||
		    (st = CUDA_CHECK(&c->err, a->cuEventElapsedTime(&ms, t0, t1))))
			goto fail_time;
		ns[r] = (int64_t)((double)ms * 1e6);
	}
	qsort(ns, (size_t)reps, sizeof ns[0], cmp_i64);
	*median_ns = ns[reps / 2];
fail_time:
	(void)CUDA_CHECK(&c->err, a->cuEventDestroy(t1));
	cuda_count(c, -1);
fail_t1:
	(void)CUDA_CHECK(&c->err, a->cuEventDestroy(t0));
	cuda_count(c, -1);
fail_t0:
	(void)CUDA_CHECK(&c->err, a->cuCtxPopCurrent(&popped));
fail_push:
	return st;
}

/* device_ops.fault: faulty work on a lane (device.h). The launch fault asks for 4096
 * threads per block (the limit is 1024): the driver refuses the launch, nothing runs,
 * and the error is not sticky. The illegal address runs a kernel that writes to
 * address 8: the context is poisoned, and the lane's completion reports it. */
aegis_status cuda_device_fault(struct device *dev, uint32_t lane, enum device_fault kind)
{
	struct cuda_device *c = cuda_dev(dev);
	if (lane >= dev->lanes)
		return AEGIS_E_INVAL;
	if (c->fatal)
		return c->fatal;
	struct cuda_lane *l = &c->lane[lane];
	if (l->state == CUDA_LANE_BUSY)
		return AEGIS_E_STATE;
	void *fn;
	aegis_status st = cuda_device_lane_kernel(dev, lane, cuda_kernel_fault(), &fn);
	if (st != AEGIS_OK)
		return st;
	void *bad = (void *)(uintptr_t)8;
	void *params[] = {&bad};
	if (kind == DEVICE_FAULT_LAUNCH)
		return launch(c, l, fn, 1, 4096, params);
	if ((st = launch(c, l, fn, 1, 32, params)) == AEGIS_OK)
		l->state = CUDA_LANE_LOADED;
	return st;
}
