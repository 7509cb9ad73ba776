/* Measurement hooks on a created CUDA device, for the GPU tests and bench_gpu only
 * (GPU stamps, extra kernels on a lane, three ways to wait). The library never calls
 * them; no CUDA types: buffers are device addresses the caller owns. */
#ifndef AEGIS_DEVICE_CUDA_PROBE_H
#define AEGIS_DEVICE_CUDA_PROBE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "device/device.h"

enum cuda_wait_mode {
	CUDA_WAIT_POLL = 0, /* commit(), then cuEventQuery in a busy loop (the device's way) */
	CUDA_WAIT_BLOCKING, /* an event made with CU_EVENT_BLOCKING_SYNC, cuEventSynchronize */
	CUDA_WAIT_CALLBACK, /* cuLaunchHostFunc waking the caller through a condition variable */
};

/* busy() launches on the lane so far (the next one gets this number). */
uint64_t cuda_probe_launches(const struct device *dev, uint32_t lane);
/* %globaltimer (GPU ns) at the start and end of busy() launch `n` of the lane; false
 * if it was overwritten (older than CUDA_STAMP_SLOTS launches) or not written yet. */
bool cuda_probe_stamp(const struct device *dev, uint32_t lane, uint64_t n, uint64_t *start_ns,
		      uint64_t *end_ns);
/* busy(lane, ns) between two timing events; the event-measured length in *elapsed_ns. */
aegis_status cuda_probe_time_busy(struct device *dev, uint32_t lane, int64_t ns,
				  int64_t *elapsed_ns);
/* Launches the spin kernel (guard_ns of GPU time at most, or until *stop) with a
 * grid x block of the caller's choosing on the lane's stream: a compute hog at full
 * occupancy. grid 0 means the lane's own grid. */
aegis_status cuda_probe_spin(struct device *dev, uint32_t lane, int64_t guard_ns, uint32_t grid,
			     uint32_t block, const volatile int *stop);
/* Launches the streaming copy over the caller's device buffers (bytes each). */
aegis_status cuda_probe_stream(struct device *dev, uint32_t lane, const void *src, void *dst,
			       size_t bytes, int passes, uint32_t grid, uint32_t block,
			       const volatile int *stop);
/* Waits for everything launched on the lane (cuStreamSynchronize). */
aegis_status cuda_probe_sync(struct device *dev, uint32_t lane);
/* busy(lane, ns), then waits for it by `mode`; *observed_ns: the device clock when the
 * caller saw it finish; *launch: the busy() launch number (for cuda_probe_stamp). */
aegis_status cuda_probe_busy_wait(struct device *dev, uint32_t lane, int64_t ns,
				  enum cuda_wait_mode mode, int64_t *observed_ns, uint64_t *launch);
/* What each driver call of a segment costs the host, in ns, the median of n calls on
 * the lane: [0] cuEventRecord, [1] cuLaunchKernel (the spin kernel), [2] cuEventQuery
 * of a finished event, [3] cuEventElapsedTime. */
enum { CUDA_CALL_RECORD, CUDA_CALL_LAUNCH, CUDA_CALL_QUERY, CUDA_CALL_ELAPSED, CUDA_CALLS };
aegis_status cuda_probe_call_costs(struct device *dev, uint32_t lane, int n,
				   int64_t out[CUDA_CALLS]);
/* The library slots of the lane that a backend has filled (cuda_device_lane_lib). */
uint32_t cuda_probe_lane_libs(const struct device *dev, uint32_t lane);
/* CUDA handles the device holds now. */
int64_t cuda_probe_live_handles(const struct device *dev);
/* Device-memory allocations (cudaMalloc, cuMemAlloc) the device has made since it was
 * created, freed or not: 1 once mem_pool has succeeded, and nothing else adds to it. */
uint64_t cuda_probe_device_allocs(const struct device *dev);
/* The pool's device address (NULL: no pool) and, when bytes is not NULL, its size. */
const void *cuda_probe_pool(const struct device *dev, uint64_t *bytes);
/* The SM count of the whole GPU. */
uint32_t cuda_probe_device_sms(const struct device *dev);

#endif
