/* Device memory of the CUDA device: the one pool of a run (device_ops.mem_pool), the
 * only place the device allocates device memory, each allocation counted. Must not
 * sub-allocate: the memory plan (src/memory/) hands out offsets into the pool. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "device/cuda/cuda_device.h"
#include "device/loaded.h"

/*
 * What the CUDA device allocates, so that the pool stays the only device allocation:
 *
 *   pool            cudaMalloc, here                     device memory, counted
 *   stamp ring      cudaHostAlloc (cuda_device.c)        pinned host memory, mapped
 *   jobs' staging   cudaHostAlloc, here (host_alloc)     pinned host memory, mapped
 *   lanes, events   green contexts, streams, events      driver objects, no cudaMalloc
 *   calibration     events and spin kernels              nothing
 *
 * The driver keeps some device memory of its own per context (tests/gpu/test_gpu_leak.c
 * measures it); that is not an allocation of the device and is not counted.
 */

/* cudaMalloc in the primary context, whichever thread calls: the runtime API uses the
 * context current to the thread. */
static aegis_status pool_alloc(struct cuda_device *c, void **p, uint64_t bytes)
{
	CUcontext popped;
	aegis_status st = CUDA_CHECK(&c->err, c->api.cuCtxPushCurrent(c->primary));
	if (st != AEGIS_OK)
		return st;
	st = CUDA_CHECK(&c->err, cudaMalloc(p, (size_t)bytes));
	if (st == AEGIS_OK) {
		c->device_allocs++;
		cuda_count(c, +1);
	} else {
		*p = NULL;
	}
	(void)CUDA_CHECK(&c->err, c->api.cuCtxPopCurrent(&popped));
	return st;
}

/* Rewrites the last error of a failed pool allocation with the numbers: asked, free,
 * total (as cudaMemGetInfo sees them right after the failure), then the CUDA call's
 * record (cut at 160 characters; its call text and error name come first). */
static void explain_nomem(struct cuda_device *c, uint64_t bytes)
{
	char cause[sizeof c->err.text];
	snprintf(cause, sizeof cause, "%s", c->err.text);
	size_t free_b = 0, total_b = 0;
	struct cuda_err scratch = {.api = &c->api};
	CUcontext popped;
	if (CUDA_CHECK(&scratch, c->api.cuCtxPushCurrent(c->primary)) == AEGIS_OK) {
		(void)CUDA_CHECK(&scratch, cudaMemGetInfo(&free_b, &total_b));
		(void)CUDA_CHECK(&scratch, c->api.cuCtxPopCurrent(&popped));
	}
	snprintf(c->err.text, sizeof c->err.text,
		 "memory pool of %llu bytes does not fit: %llu bytes free of %llu on the device "
		 "(%.160s)", (unsigned long long)bytes, (unsigned long long)free_b,
		 (unsigned long long)total_b, cause);
}

/* device_ops.mem_pool. Besides the contract's statuses: AEGIS_E_INVAL for 0 bytes,
 * AEGIS_E_STATE when the device already has its pool, the device's fatal status after
 * a sticky error. A failed call leaves no allocation and may be retried. */
aegis_status cuda_mem_pool(struct device *dev, uint64_t bytes)
{
	struct cuda_device *c = cuda_dev(dev);
	if (c->fatal)
		return c->fatal;
	if (bytes == 0) {
		c->err.status = AEGIS_E_INVAL;
		snprintf(c->err.text, sizeof c->err.text, "memory pool of 0 bytes");
		return AEGIS_E_INVAL;
	}
	if (c->pool) {
		c->err.status = AEGIS_E_STATE;
		snprintf(c->err.text, sizeof c->err.text,
			 "memory pool of %llu bytes: the device already has a pool of %llu",
			 (unsigned long long)bytes, (unsigned long long)c->pool_bytes);
		return AEGIS_E_STATE;
	}
	void *p;
	aegis_status st = pool_alloc(c, &p, bytes);
	if (st == AEGIS_E_NOMEM)
		explain_nomem(c, bytes);
	if (st != AEGIS_OK)
		return st;
	c->pool = p;
	c->pool_bytes = bytes;
	return AEGIS_OK;
}

/* device_ops.mem_base: backends reach their regions at base + offset. */
uint64_t cuda_mem_base(const struct device *dev)
{
	return (uint64_t)(uintptr_t)cuda_dev((struct device *)dev)->pool;
}

/* cudaFree waits for the device first, so work still using the pool ends before it goes. */
void cuda_mem_release(struct cuda_device *c)
{
	if (!c->pool)
		return;
	CUcontext popped;
	bool pushed = CUDA_CHECK(&c->err, c->api.cuCtxPushCurrent(c->primary)) == AEGIS_OK;
	(void)CUDA_CHECK(&c->err, cudaFree(c->pool));
	if (pushed)
		(void)CUDA_CHECK(&c->err, c->api.cuCtxPopCurrent(&popped));
	cuda_count(c, -1);
	c->pool = NULL;
	c->pool_bytes = 0;
}

/* ---- the jobs' data: pinned staging and the copies on a lane's stream --------------- */

aegis_status cuda_host_alloc(struct device *dev, uint64_t bytes, void **out)
{
	struct cuda_device *c = cuda_dev(dev);
	void *p = NULL;
	aegis_status st = CUDA_CHECK(&c->err, cudaHostAlloc(&p, bytes, cudaHostAllocPortable));
	if (st != AEGIS_OK)
		return st == AEGIS_E_DEVICE_LOST ? st : AEGIS_E_NOMEM;
	cuda_count(c, +1);
	memset(p, 0, bytes);
	*out = p;
	return AEGIS_OK;
}

void cuda_host_free(struct device *dev, void *p)
{
	struct cuda_device *c = cuda_dev(dev);
	if (!p)
		return;
	(void)CUDA_CHECK(&c->err, cudaFreeHost(p));
	cuda_count(c, -1);
}

/* One asynchronous copy on the lane's stream, in the lane's context; the lane is then
 * loaded (commit() records its end behind it). */
static aegis_status lane_copy(struct cuda_device *c, uint32_t lane, void *dst_host, uint64_t dst_dev,
			      const void *src_host, uint64_t src_dev, uint64_t bytes)
{
	aegis_status st;
	struct cuda_lane *l = cuda_lane_ready(c, lane, false, &st);
	if (!l)
		return st;
	if (!bytes)
		return AEGIS_OK;
	CUcontext popped;
	if ((st = cuda_lane_work(c, l)) ||
	    (st = CUDA_CHECK(&c->err, c->api.cuCtxPushCurrent(l->ctx))))
		return st;
	if (src_host)
		st = CUDA_CHECK(&c->err, c->api.cuMemcpyHtoDAsync((CUdeviceptr)dst_dev, src_host,
								    bytes, l->stream));
	else if (dst_host)
		st = CUDA_CHECK(&c->err, c->api.cuMemcpyDtoHAsync(dst_host, (CUdeviceptr)src_dev,
								    bytes, l->stream));
	else
		st = CUDA_CHECK(&c->err, c->api.cuMemcpyDtoDAsync((CUdeviceptr)dst_dev,
								    (CUdeviceptr)src_dev, bytes,
								    l->stream));
	(void)CUDA_CHECK(&c->err, c->api.cuCtxPopCurrent(&popped));
	if (st == AEGIS_OK)
		l->state = CUDA_LANE_LOADED;
	return st;
}

aegis_status cuda_copy_in(struct device *dev, uint32_t lane, uint64_t dst, const void *src_host,
			  uint64_t src_dev, uint64_t bytes)
{
	return lane_copy(cuda_dev(dev), lane, NULL, dst, src_host, src_dev, bytes);
}

aegis_status cuda_copy_out(struct device *dev, uint32_t lane, void *dst_host, uint64_t dst_dev,
			   uint64_t src, uint64_t bytes)
{
	return lane_copy(cuda_dev(dev), lane, dst_host, dst_dev, NULL, src, bytes);
}

/* cuMemGetInfo in ctx (pushed on the calling thread and popped again), failures into
 * *e: the one reading behind cuda_mem_info and used_now. */
static aegis_status mem_get_info(const struct cuda_device *c, struct cuda_err *e, CUcontext ctx,
				 uint64_t *free_bytes, uint64_t *total_bytes)
{
	CUcontext popped;
	size_t f = 0, t = 0;
	aegis_status st = CUDA_CHECK(e, c->api.cuCtxPushCurrent(ctx));
	if (st != AEGIS_OK)
		return st;
	st = CUDA_CHECK(e, c->api.cuMemGetInfo(&f, &t));
	(void)CUDA_CHECK(e, c->api.cuCtxPopCurrent(&popped));
	*free_bytes = f;
	if (total_bytes)
		*total_bytes = t;
	return st;
}

aegis_status cuda_mem_info(struct cuda_device *c, CUcontext ctx, uint64_t *free_bytes,
			   uint64_t *total_bytes)
{
	return mem_get_info(c, &c->err, ctx, free_bytes, total_bytes);
}

/* Device memory used now (total - free, cuMemGetInfo in the primary context), with a
 * record of its own: mem_outside has a const device, whose last error it leaves as it
 * was. false when a call fails. */
static bool used_now(const struct cuda_device *c, uint64_t *total_bytes, uint64_t *free_bytes)
{
	struct cuda_err scratch = {.api = &c->api};
	*total_bytes = *free_bytes = 0;
	return mem_get_info(c, &scratch, c->primary, free_bytes, total_bytes) == AEGIS_OK;
}

/* device_ops.mem_outside: the sums over the lanes of what cuda_create, cuda_lanes.c and
 * the backends' library slots measured (cuda_device_mem_note), and `loaded`, read now:
 * what the device holds beyond the pool, those items and the driver's share (the
 * kernels and state the jobs loaded lazily, which no creation brackets). A failed
 * reading, or a device in a sticky error, leaves loaded 0 and the rest as measured.
 * Thread context: the dispatcher's, like every device op (runtime_call), so never at
 * once with another op of this device; it pushes the primary context on the calling
 * thread and pops it again. */
void cuda_mem_outside(const struct device *dev, aegis_device_memory *out)
{
	const struct cuda_device *c = (const struct cuda_device *)dev;
	memset(out, 0, sizeof *out);
	out->measured = c->measured;
	out->driver_fixed = c->driver_fixed_bytes;
	out->device_other = c->driver_other_bytes;
	out->lanes = c->base.lanes;
	for (uint32_t i = 0; i < c->base.lanes; i++) {
		const struct cuda_lane *l = &c->lane[i];
		out->contexts += l->outside_bytes[CUDA_MEM_CONTEXT];
		out->cudnn += l->outside_bytes[CUDA_MEM_CUDNN];
		out->cudnn_lanes += l->outside_made[CUDA_MEM_CUDNN];
		out->cublas += l->outside_bytes[CUDA_MEM_CUBLAS];
		out->cublas_lanes += l->outside_made[CUDA_MEM_CUBLAS];
		out->graphs += l->outside_bytes[CUDA_MEM_GRAPHS];
	}
	struct device_mem_reading r = {.other_bytes = c->reserved_counted_bytes,
				       .pool_bytes = c->pool_bytes, /* 0 without one */
				       .items_bytes = out->contexts + out->cudnn + out->cublas +
						      out->graphs,
				       .fixed_bytes = c->driver_fixed_bytes};
	if (c->measured && !c->fatal && used_now(c, &r.total_bytes, &r.free_bytes))
		out->loaded = device_loaded_bytes(&r);
}
