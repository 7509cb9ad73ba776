/* The CUDA device's private hooks for backends with kernels of their own (see
 * cuda_hooks.h). Every CUDA call is checked and every handle made here is released
 * here; must not know about models or jobs. */
#include <stdio.h>

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
	aegis_status st;
	struct cuda_lane *l = cuda_lane_ready(c, lane, true, &st);
	if (!l)
		return st;
	if (!kernel)
		return AEGIS_E_INVAL;
	cudaKernel_t k;
	CUfunction f = NULL;
	CUcontext popped;
	if ((st = CUDA_CHECK(&c->err, cudaGetKernel(&k, kernel))))
		return st;
	if ((st = CUDA_CHECK(&c->err, c->api.cuCtxPushCurrent(l->ctx))))
		return st;
	st = CUDA_CHECK(&c->err, c->api.cuKernelGetFunction(&f, (CUkernel)k));
	(void)CUDA_CHECK(&c->err, c->api.cuCtxPopCurrent(&popped));
	if (st == AEGIS_OK)
		*fn = (void *)f;
	return st;
}

/* One launch on the lane's stream: the shape of every hook's kernel (1-D grid). */
struct launch {
	void *fn;
	uint32_t grid, threads;
	void **params;
};

static aegis_status launch(struct cuda_device *c, struct cuda_lane *l, const void *arg)
{
	const struct launch *k = arg;
	return CUDA_CHECK(&c->err, c->api.cuLaunchKernel((CUfunction)k->fn, k->grid, 1, 1,
							 k->threads, 1, 1, 0, l->stream,
							 k->params, NULL));
}

aegis_status cuda_device_lane_launch(struct device *dev, uint32_t lane, void *fn,
				     uint32_t grid, uint32_t threads, void **params)
{
	struct cuda_device *c = cuda_dev(dev);
	aegis_status st;
	struct cuda_lane *l = cuda_lane_ready(c, lane, false, &st);
	if (!l)
		return st;
	if (!fn || grid == 0 || threads == 0)
		return AEGIS_E_INVAL;
	if ((st = cuda_lane_work(c, l)) == AEGIS_OK &&
	    (st = launch(c, l, &(struct launch){fn, grid, threads, params})) == AEGIS_OK)
		l->state = CUDA_LANE_LOADED;
	return st;
}

aegis_status cuda_device_lane_time(struct device *dev, uint32_t lane, void *fn,
				   uint32_t grid, uint32_t threads, void **params, int reps,
				   int64_t *median_ns)
{
	struct cuda_device *c = cuda_dev(dev);
	aegis_status st;
	struct cuda_lane *l = cuda_lane_ready(c, lane, false, &st);
	if (!l)
		return st;
	if (!fn || grid == 0 || threads == 0)
		return AEGIS_E_INVAL;
	return cuda_time_work(c, l, launch, &(struct launch){fn, grid, threads, params}, reps,
			      median_ns);
}

aegis_status cuda_device_lane_handles(struct device *dev, uint32_t lane, void **ctx,
				      void **stream)
{
	struct cuda_device *c = cuda_dev(dev);
	aegis_status st;
	struct cuda_lane *l = cuda_lane_ready(c, lane, true, &st);
	if (!l)
		return st;
	if (!ctx || !stream)
		return AEGIS_E_INVAL;
	*ctx = (void *)l->ctx;
	*stream = (void *)l->stream;
	return AEGIS_OK;
}

const struct cu_api *cuda_device_api(struct device *dev)
{
	return &cuda_dev(dev)->api;
}

aegis_status cuda_device_lane_mark_loaded(struct device *dev, uint32_t lane)
{
	struct cuda_device *c = cuda_dev(dev);
	aegis_status st;
	struct cuda_lane *l = cuda_lane_ready(c, lane, false, &st);
	if (l && (st = cuda_lane_work(c, l)) == AEGIS_OK)
		l->state = CUDA_LANE_LOADED;
	return st;
}

/* device_ops.fault: faulty work on a lane (device.h). The launch fault asks for 4096
 * threads per block (the limit is 1024): the driver refuses the launch, nothing runs,
 * and the error is not sticky. The illegal address runs a kernel that writes to
 * address 8: the context is poisoned, and the lane's completion reports it. */
aegis_status cuda_device_fault(struct device *dev, uint32_t lane, enum device_fault kind)
{
	struct cuda_device *c = cuda_dev(dev);
	aegis_status st;
	struct cuda_lane *l = cuda_lane_ready(c, lane, false, &st);
	if (!l)
		return st;
	void *fn;
	if ((st = cuda_device_lane_kernel(dev, lane, cuda_kernel_fault(), &fn)))
		return st;
	void *bad = (void *)(uintptr_t)8;
	void *params[] = {&bad};
	if (kind == DEVICE_FAULT_LAUNCH)
		return launch(c, l, &(struct launch){fn, 1, 4096, params});
	if ((st = cuda_lane_work(c, l)) == AEGIS_OK &&
	    (st = launch(c, l, &(struct launch){fn, 1, 32, params})) == AEGIS_OK)
		l->state = CUDA_LANE_LOADED;
	return st;
}

aegis_status cuda_device_lane_lib(struct device *dev, uint32_t lane, const struct cuda_lib_ops *ops,
				  void **state, char *detail, size_t detail_len)
{
	struct cuda_device *c = cuda_dev(dev);
	aegis_status st;
	struct cuda_lane *l = cuda_lane_ready(c, lane, true, &st);
	if (!l)
		return st;
	if (!ops || !ops->create || !ops->destroy || !state)
		return AEGIS_E_INVAL;
	struct cuda_lane_lib *slot = NULL;
	for (uint32_t k = 0; k < CUDA_LANE_LIBS && !slot; k++) {
		if (l->libs[k].ops == ops) {
			*state = l->libs[k].state;
			return AEGIS_OK;
		}
		if (!l->libs[k].ops)
			slot = &l->libs[k];
	}
	if (!slot) {
		snprintf(detail, detail_len, "lane %u: no library slot left for %s (%u taken)",
			 lane, ops->name, CUDA_LANE_LIBS);
		return AEGIS_E_LIMIT;
	}
	CUcontext popped;
	void *made = NULL;
	if ((st = CUDA_CHECK(&c->err, c->api.cuCtxPushCurrent(l->ctx)))) {
		snprintf(detail, detail_len, "lane %u: %s", lane, c->err.text);
		return st;
	}
	st = ops->create(dev, lane, &made, detail, detail_len);
	(void)CUDA_CHECK(&c->err, c->api.cuCtxPopCurrent(&popped));
	if (st != AEGIS_OK)
		return st;
	slot->ops = ops;
	slot->state = made;
	cuda_count(c, +1);
	*state = made;
	return AEGIS_OK;
}

aegis_status cuda_device_mem_free(struct device *dev, uint32_t lane, uint64_t *free_bytes)
{
	struct cuda_device *c = cuda_dev(dev);
	if (lane >= c->base.lanes || !free_bytes)
		return AEGIS_E_INVAL;
	return cuda_mem_info(c, c->lane[lane].ctx, free_bytes, NULL);
}

void cuda_device_mem_note(struct device *dev, uint32_t lane, enum cuda_mem_kind kind,
			  uint64_t free_before, uint64_t free_after)
{
	struct cuda_device *c = cuda_dev(dev);
	if (lane >= c->base.lanes || (unsigned)kind >= CUDA_MEM_KINDS)
		return;
	struct cuda_lane *l = &c->lane[lane];
	if (free_before > free_after)
		l->outside_bytes[kind] += free_before - free_after;
	l->outside_made[kind] = true;
}
