/* Private hooks of the CUDA device for a backend that launches kernels of its own
 * (src/backend/synthetic/ and src/backend/onnx/, under AEGIS_HAVE_CUDA): load a kernel in a lane's
 * context, launch it on the lane's stream, time it with events. No CUDA type here:
 * handles travel as void *, and stay owned by the device. Must not be used by core code. */
#ifndef AEGIS_DEVICE_CUDA_HOOKS_H
#define AEGIS_DEVICE_CUDA_HOOKS_H

#include <stdbool.h>
#include <stdint.h>

#include "device/device.h"

struct cu_api;

/* True when dev is a CUDA device (the hooks below apply). */
bool cuda_device_is(const struct device *dev);

/* Loads `kernel` (the host address of a __global__ function of this library) in the
 * lane's context: *fn is its launchable handle there, owned by the lane's context.
 * Returns AEGIS_OK, AEGIS_E_INVAL (no such lane) or the mapped CUDA error. */
aegis_status cuda_device_lane_kernel(struct device *dev, uint32_t lane, const void *kernel,
				     void **fn);

/* Launches fn (from cuda_device_lane_kernel on this lane) with `threads` threads per
 * block on the lane's stream, after the work already loaded; the lane is then loaded
 * and commit() ends it, as after busy(). Returns AEGIS_OK, AEGIS_E_INVAL, AEGIS_E_STATE
 * (the lane is busy), the device's fatal status, or the mapped CUDA error. */
aegis_status cuda_device_lane_launch(struct device *dev, uint32_t lane, void *fn,
				     uint32_t grid, uint32_t threads, void **params);

/* Times `reps` (1..15) launches of fn one at a time, each between two events on the
 * lane's stream, and waits for them: *median_ns is the median event time. The lane
 * must be idle (not busy); blocks the calling thread. Same statuses as launch. */
aegis_status cuda_device_lane_time(struct device *dev, uint32_t lane, void *fn,
				   uint32_t grid, uint32_t threads, void **params, int reps,
				   int64_t *median_ns);

/* For a backend that drives a lane's stream itself with CUDA libraries (the ONNX
 * executor, src/backend/onnx/: cuDNN, cuBLAS, kernels of its own): the lane's context
 * (a CUcontext: the green context's, or the primary) and its stream (a CUstream), both
 * still owned by the device, valid until it is destroyed. Returns AEGIS_OK,
 * AEGIS_E_INVAL (no such lane, or a NULL out pointer) or the device's fatal status. */
aegis_status cuda_device_lane_handles(struct device *dev, uint32_t lane, void **ctx,
				      void **stream);

/* The device's driver-API table (struct cu_api, device/cuda/cuda_api.h), for calls in
 * a lane's context (push/pop, copies, events, graphs). Owned by the device. */
const struct cu_api *cuda_device_api(struct device *dev);

/*
 * Per-lane library state, one owner and one release path: a lane runs one job at a
 * time, so one set of library handles per lane (the ONNX executor's cuDNN and cuBLAS
 * handles, bound to the lane's stream) serves every model on it. The device owns a few
 * slots per lane; cuda_device_lane_lib fills one on first use by ops (its address is
 * the key) and the device's destroy empties them, lane by lane in reverse order,
 * before the lane's stream and context go (every backend has released its models by
 * then). No library type here: the state is the backend's.
 *
 * create: makes *state in the lane's context, which is current when it is called; it
 *         may note what it measured (cuda_device_mem_note). On failure nothing is kept.
 * destroy: releases state; the lane's context is current and its stream drained.
 *          The device may be in a sticky error (library calls then fail: ignore it).
 */
struct cuda_lib_ops {
	const char *name; /* for messages: "cuDNN+cuBLAS" */
	aegis_status (*create)(struct device *dev, uint32_t lane, void **state, char *detail,
			       size_t detail_len);
	void (*destroy)(struct device *dev, uint32_t lane, void *state);
};

/* The lane's state for ops, made by ops->create now if the lane has none yet (counted as
 * one handle of the device). Returns AEGIS_OK; AEGIS_E_INVAL (no such lane, NULL
 * argument); AEGIS_E_LIMIT (every slot of the lane is taken by other ops); the device's
 * fatal status; or what create returned (its reason in detail). One thread at a time
 * (admission). */
aegis_status cuda_device_lane_lib(struct device *dev, uint32_t lane, const struct cuda_lib_ops *ops,
				  void **state, char *detail, size_t detail_len);

/* What device memory outside the pool is counted as: a lane's context (with its
 * stream, events and every kernel of this library loaded in it), each library's
 * handle per lane with the kernels it loaded, and the CUDA graphs captured on the lane
 * (instantiated and uploaded: per model, not per lane). */
enum cuda_mem_kind {
	CUDA_MEM_CONTEXT = 0,
	CUDA_MEM_CUDNN,
	CUDA_MEM_CUBLAS,
	CUDA_MEM_GRAPHS,
	CUDA_MEM_KINDS
};

/* Free device memory now (cuMemGetInfo in the lane's context): bracket a creation or a
 * first run with two calls and note the drop. Returns AEGIS_OK, AEGIS_E_INVAL or the
 * mapped CUDA error. */
aegis_status cuda_device_mem_free(struct device *dev, uint32_t lane, uint64_t *free_bytes);

/* Adds the drop from free_before to free_after (nothing when free memory grew) to the
 * lane's count of `kind`, and marks the kind made on the lane. Out-of-range lanes and
 * kinds are ignored. */
void cuda_device_mem_note(struct device *dev, uint32_t lane, enum cuda_mem_kind kind,
			  uint64_t free_before, uint64_t free_after);

/* Says that work is about to go on the lane's stream outside the hooks above: call it
 * before enqueueing (it places the segment's begin mark, device begin()/ran(), ahead of
 * that work). The lane is then loaded and commit() ends it, as after
 * cuda_device_lane_launch. Returns AEGIS_OK, AEGIS_E_INVAL, AEGIS_E_STATE (the lane is
 * busy), the device's fatal status, or the mapped CUDA error. */
aegis_status cuda_device_lane_mark_loaded(struct device *dev, uint32_t lane);

#endif
