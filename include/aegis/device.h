/* Devices as callers see them: what a device is (queried at run time, never assumed),
 * how its lanes were made, and the built-in device profiles that emulate a smaller
 * GPU on a bigger one. Must not expose CUDA types or handles. */
#ifndef AEGIS_DEVICE_H
#define AEGIS_DEVICE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "aegis/export.h"
#include "aegis/runtime.h"
#include "aegis/status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A device, read off the hardware and the driver at run time. Fields a device does
 * not have are 0 (the simulated device has no SMs, clocks or memory). */
typedef struct aegis_device_info {
	char device[16];  /* the device kind: "sim", "cuda" */
	char name[256];   /* "NVIDIA H100 80GB HBM3", "simulated device (virtual time)" */
	int32_t ordinal;
	bool real_time;   /* false: the device runs in virtual time */
	int32_t cc_major, cc_minor; /* compute capability */
	uint32_t sm_count;
	uint64_t memory_bytes;      /* total device memory */
	uint64_t memory_free_bytes; /* free when queried */
	uint32_t sm_clock_khz;      /* peak SM clock */
	uint32_t memory_clock_khz;  /* peak memory clock */
	uint32_t memory_bus_bits;
	uint64_t l2_bytes;
	bool green_contexts;        /* SM partitions (CUDA green contexts) can be made */
	uint32_t sm_min_partition;  /* smallest SM partition (0: no partitions) */
	uint32_t sm_granularity;    /* partition sizes are multiples of this */
	int32_t stream_priority_least;    /* numerically largest, e.g. 0 */
	int32_t stream_priority_greatest; /* numerically smallest, e.g. -5 */
	int32_t driver_version;     /* 13000 = 13.0; 0 when none */
	int32_t runtime_version;
	/* How a runtime uses it (0 / "" from aegis_device_query): */
	char profile[32];           /* the device profile applied, "" if none */
	uint32_t sm_limit;          /* SMs the lanes may use: the profile's cap or all */
	bool sm_limit_enforced;     /* false: no SM partitions, the cap is not enforced */
	uint64_t memory_budget_bytes; /* the profile's budget (0: none) */
	bool fine_partitions;       /* partitions ignore SM co-scheduling (below the
				     * device's granularity, to fit a profile) */
} aegis_device_info;

/* One lane of a created device. */
typedef struct aegis_lane_info {
	uint32_t sm_count;   /* SMs of its partition; 0: no partition of its own */
	bool isolated;       /* its own SM partition, or the only lane on the device */
	int32_t stream_priority;
	double cycles_per_ns; /* spin-kernel calibration: SM clock64 cycles per ns (0 sim) */
	int64_t launch_ns;   /* calibration: fixed cost of a launch seen by events */
} aegis_lane_info;

/* A built-in profile: caps the SMs the lanes may use and records a memory budget. */
typedef struct aegis_device_profile {
	const char *name;          /* "orin-agx-8g" */
	uint32_t sm_count;
	uint64_t memory_budget_bytes;
	const char *description;
} aegis_device_profile;

/* The profile named `name`, or NULL if there is none. */
AEGIS_API const aegis_device_profile *aegis_device_profile_find(const char *name);
/* The i-th built-in profile, or NULL past the last one. */
AEGIS_API const aegis_device_profile *aegis_device_profile_at(uint32_t i);
/* The built-in profiles' names for messages ("orin-agx-8g or orin-nano-8g"), cut to
 * len - 1 characters. */
AEGIS_API void aegis_device_profile_names(char *buf, size_t len);

/* Queries device `device` ("sim", "cuda"; NULL means "sim"), GPU `ordinal`, without
 * creating lanes. Returns AEGIS_OK, AEGIS_E_INVAL (NULL out), AEGIS_E_NOT_FOUND (no
 * such device in this build), AEGIS_E_UNSUPPORTED (no usable GPU: the reason, with
 * the CUDA error, in detail), AEGIS_E_DEVICE_LOST. The CUDA query makes `ordinal` the
 * calling thread's current CUDA device. */
AEGIS_API aegis_status aegis_device_query(const char *device, int32_t ordinal,
					  aegis_device_info *out,
					  char *detail, size_t detail_len);

/* The runtime's device and how it is used (profile, SM cap). AEGIS_OK or AEGIS_E_INVAL. */
AEGIS_API aegis_status aegis_runtime_device_info(const aegis_runtime *rt, aegis_device_info *out);
/* Device memory the process takes outside the pool, as the device measured it: the
 * drop of free memory (cuMemGetInfo) around each creation, and what is taken now
 * beyond those items (loaded; docs/MEMORY.md). Sums over the lanes; a library's
 * per-lane share is its bytes / its lanes. */
typedef struct aegis_device_memory {
	bool measured;          /* false: this device measures nothing (sim) */
	uint64_t driver_fixed;  /* total - free once the primary context, the library's
				   kernels and its stamp ring were made, before any lane,
				   less the part of the driver's reservation (NVML's
				   "reserved") that total - free counts, the CUDA total
				   less NVML's being what it leaves out (without NVML
				   nothing is taken off): the process's own share, with
				   whatever other processes held then */
	uint64_t device_other;  /* the driver's reservation (0 without NVML): no
				   process's memory, so not counted outside the pool */
	uint32_t lanes;
	uint64_t contexts;      /* the lanes' contexts, streams, events, kernels loaded */
	uint32_t cudnn_lanes;   /* lanes that made a cuDNN handle */
	uint64_t cudnn;         /* their cuDNN handles and the cuDNN kernels they loaded */
	uint32_t cublas_lanes;
	uint64_t cublas;        /* the same for cuBLAS */
	uint64_t graphs;        /* CUDA graphs captured at admission (every model's) */
	/* Kernels and state that the jobs run so far loaded into the contexts (CUDA's lazy
	 * loading, the libraries' engines), which no item above counts: read at the call,
	 * total - free now less device_other, the pool, the items above and driver_fixed;
	 * 0 when that is negative or the reading fails. Whatever other processes took
	 * since the runtime was created is in it too: an upper bound, like driver_fixed.
	 * Appended last: the fields above keep their offsets. */
	uint64_t loaded;
} aegis_device_memory;

/* What the runtime's device measured so far (it grows as admissions make library
 * handles and load kernels), copied into the caller's *out; `loaded` is read during
 * the call (one cuMemGetInfo on the CUDA device), so it counts the jobs that ran
 * before it. AEGIS_OK, AEGIS_E_INVAL, or what reaching the dispatcher returns (as
 * aegis_runtime_memory). Any thread, at any time, like aegis_runtime_memory. */
AEGIS_API aegis_status aegis_runtime_device_memory(const aegis_runtime *rt,
						   aegis_device_memory *out);
/* One lane of the runtime's device: AEGIS_OK, AEGIS_E_INVAL, AEGIS_E_NOT_FOUND. */
AEGIS_API aegis_status aegis_runtime_lane_info(const aegis_runtime *rt, uint32_t lane,
					       aegis_lane_info *out);

#ifdef __cplusplus
}
#endif
#endif
