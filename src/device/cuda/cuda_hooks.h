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

/* Says that work is about to go on the lane's stream outside the hooks above: call it
 * before enqueueing (it places the segment's begin mark, device begin()/ran(), ahead of
 * that work). The lane is then loaded and commit() ends it, as after
 * cuda_device_lane_launch. Returns AEGIS_OK, AEGIS_E_INVAL, AEGIS_E_STATE (the lane is
 * busy), the device's fatal status, or the mapped CUDA error. */
aegis_status cuda_device_lane_mark_loaded(struct device *dev, uint32_t lane);

#endif
