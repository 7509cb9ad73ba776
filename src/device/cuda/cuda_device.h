/* The CUDA device's private state, shared by its files (device ops, lanes and
 * calibration, query, probes). Every CUDA handle below has one owner, written next
 * to it, and one release path. Must not be included outside src/device/cuda/. */
#ifndef AEGIS_DEVICE_CUDA_DEVICE_H
#define AEGIS_DEVICE_CUDA_DEVICE_H

#include <cuda.h>

#include "base/clock.h"
#include "device/cuda/cuda_api.h"
#include "device/cuda/cuda_check.h"
#include "device/cuda/cuda_hooks.h"
#include "device/device.h"

#define CUDA_STAMP_SLOTS 4096u /* per lane: GPU start/end of the last busy() launches */
#define CUDA_LANE_LIBS 2u      /* library slots per lane (the ONNX executor fills one) */

/* A backend's per-lane library state (cuda_hooks.h, cuda_device_lane_lib): made by
 * ops->create on first use, released by ops->destroy in cuda_lanes_destroy, before the
 * lane's events, stream and context go. */
struct cuda_lane_lib {
	const struct cuda_lib_ops *ops; /* NULL: the slot is free */
	void *state;                    /* owned (through ops->destroy) */
};

enum cuda_lane_state { CUDA_LANE_IDLE = 0, CUDA_LANE_LOADED, CUDA_LANE_BUSY };

struct cuda_lane {
	CUgreenCtx green;     /* owned, or NULL (plain stream in the primary context) */
	CUcontext ctx;        /* borrowed: the green context's CUcontext, or the primary */
	CUstream stream;      /* owned */
	/* Timing a segment (begin() .. commit(), ran()). begin() records nothing: the
	 * begin event goes on the stream only ahead of work that does not time itself
	 * (cuda_lane_work: a backend's kernels, copies); busy()'s spin kernel stamps its
	 * own start and end in the stamp ring. So a segment of spins alone puts no event
	 * between a completion and the next kernel (docs/results/threads-h100). */
	CUevent done;         /* owned, no timing: commit() records it when no begin was */
	CUevent done_timed;   /* owned, timing: commit() records it behind a begin */
	CUevent begin;        /* owned, timing: cuda_lane_work records it */
	CUevent pending;      /* borrowed: the completion event commit() recorded */
	bool begin_due;       /* begin() asked for a start mark, none placed yet */
	bool begun;           /* the begin event is on the stream ahead of this work */
	uint64_t spin_first;  /* stamped spins launched while begin_due: the first one's */
	uint64_t spin_n;      /* launch number, and how many */
	struct {              /* the committed work's timing, for ran() once */
		bool timed, event;
		uint64_t spin_first, spin_n;
	} ran;
	CUfunction spin_fn;   /* the kernels as loaded in ctx (owned by the context) */
	CUfunction copy_fn;
	enum cuda_lane_state state;
	bool observed;        /* BUSY and `done` seen complete at observed_ns */
	int64_t observed_ns;
	aegis_lane_info info;
	uint32_t grid;        /* blocks of a busy() spin: one per SM of the lane */
	uint64_t launches;    /* busy() launches so far; slot = launches % CUDA_STAMP_SLOTS */
	unsigned long long *stamps;     /* borrowed: this lane's slots of the ring (host) */
	unsigned long long *stamps_dev; /* the same slots, as the GPU addresses them */
	struct cuda_lane_lib libs[CUDA_LANE_LIBS]; /* filled in order; released in reverse */
	/* Device memory outside the pool that this lane took, by kind (cuMemGetInfo
	 * deltas: its context, stream, events and kernels; each library's handle and the
	 * kernels it loaded), and whether the library kinds were made on it. */
	uint64_t outside_bytes[CUDA_MEM_KINDS];
	bool outside_made[CUDA_MEM_KINDS];
};

struct cuda_device {
	struct device base;
	struct clock clock;          /* real, monotonic */
	struct waker *waker;         /* the dispatcher's doorbell (borrowed), or NULL */
	struct cu_api api;
	struct cuda_err err;         /* last-error detail */
	aegis_status fatal;          /* a sticky error seen by poll(): advance() returns it */
	CUdevice cudev;
	CUcontext primary;           /* retained by create, released by destroy */
	CUkernel spin;               /* context-independent kernel handle (cudaGetKernel) */
	CUkernel stream_copy;
	unsigned long long *ring;    /* owned: pinned, host-mapped stamp ring of all lanes */
	unsigned long long *ring_dev; /* the ring's device address (not a handle) */
	struct cuda_lane *lane;      /* owned: base.lanes of them */
	aegis_device_info info;
	int64_t live_handles;        /* CUDA handles this device holds now */
	int64_t *handle_count;       /* caller's counter, mirrored (may be NULL) */
	void *pool;                  /* owned: the memory pool (cuda_mem.c), or NULL */
	uint64_t pool_bytes;
	uint64_t device_allocs;      /* device-memory allocations made so far, freed or not */
	uint64_t driver_fixed_bytes; /* total - free before the lanes were made (cuda_create),
					less the part of the driver's reservation in it */
	uint64_t driver_other_bytes; /* the driver's reservation (NVML; 0 without) */
	uint64_t reserved_counted_bytes; /* the part of it total - free counts
					    (device_reserved_counted) */
	bool measured;               /* driver_fixed_bytes and the lanes' outside_bytes hold */
};

static inline struct cuda_device *cuda_dev(struct device *d)
{
	return (struct cuda_device *)d;
}

/* The lane a call may put work on: NULL, with *st set, when the index is out of range
 * (AEGIS_E_INVAL), the device has seen a sticky error (that error) or, unless
 * busy_ok, the lane has committed work still in flight (AEGIS_E_STATE). */
static inline struct cuda_lane *cuda_lane_ready(struct cuda_device *c, uint32_t lane,
						bool busy_ok, aegis_status *st)
{
	*st = lane >= c->base.lanes ? AEGIS_E_INVAL : c->fatal;
	if (*st == AEGIS_OK && !busy_ok && c->lane[lane].state == CUDA_LANE_BUSY)
		*st = AEGIS_E_STATE;
	return *st == AEGIS_OK ? &c->lane[lane] : NULL;
}

/* Before work that does not time itself goes on the lane's stream (a backend's
 * kernels, a copy): records the begin event that begin() asked for, once per segment.
 * AEGIS_OK or the mapped CUDA error. cuda_device.c. */
aegis_status cuda_lane_work(struct cuda_device *c, struct cuda_lane *l);

/* Counts a created (+1) or released (-1) handle. */
static inline void cuda_count(struct cuda_device *c, int delta)
{
	c->live_handles += delta;
	if (c->handle_count)
		*c->handle_count += delta;
}

/* Free device memory now, and the total (cuMemGetInfo with ctx current). */
aegis_status cuda_mem_info(struct cuda_device *c, CUcontext ctx, uint64_t *free_bytes,
			   uint64_t *total_bytes);

/* cuda_query.c: fills info from the runtime and the driver, and loads api. */
aegis_status cuda_query_info(struct cu_api *api, int32_t ordinal, aegis_device_info *info,
			     struct cuda_err *err, char *detail, size_t detail_len);

/* cuda_lanes.c: makes every lane (partitions or streams), and releases them. On
 * failure the lanes made so far are released. */
aegis_status cuda_lanes_create(struct cuda_device *c, const struct device_config *cfg,
			       char *detail, size_t detail_len);
void cuda_lanes_destroy(struct cuda_device *c);

/* Work put on a lane's stream by cuda_time_work: one launch or more. */
typedef aegis_status (*cuda_work_fn)(struct cuda_device *c, struct cuda_lane *l,
				     const void *arg);

/* cuda_calibrate.c: runs work(arg) reps times (1..15) on the lane's stream, each
 * between two events in the lane's context, and returns the median of the event
 * times. Waits for each run; the lane must have nothing in flight. */
aegis_status cuda_time_work(struct cuda_device *c, struct cuda_lane *l, cuda_work_fn work,
			    const void *arg, int reps, int64_t *median_ns);

/* cuda_calibrate.c: measures each lane's spin rate (clock64 cycles per ns) and the
 * fixed cost of a launch, with events. */
aegis_status cuda_calibrate(struct cuda_device *c, char *detail, size_t detail_len);

/* cuda_mem.c: the device-memory pool (device_ops.mem_pool), and its release (a no-op
 * without one; called by destroy and by every failed create). Every device-memory
 * allocation of the CUDA device is made in cuda_mem.c and counted in device_allocs. */
aegis_status cuda_mem_pool(struct device *dev, uint64_t bytes);
void cuda_mem_release(struct cuda_device *c);
/* cuda_hooks.c: device_ops.fault. */
aegis_status cuda_device_fault(struct device *dev, uint32_t lane, enum device_fault kind);
/* cuda_mem.c: device_ops.mem_base and device_ops.mem_outside. */
uint64_t cuda_mem_base(const struct device *dev);
void cuda_mem_outside(const struct device *dev, aegis_device_memory *out);
/* cuda_mem.c: device_ops.host_alloc/host_free (pinned, mapped host memory: counted as
 * a handle, not a device allocation) and copy_in/copy_out on a lane's stream. */
aegis_status cuda_host_alloc(struct device *dev, uint64_t bytes, void **out);
void cuda_host_free(struct device *dev, void *p);
aegis_status cuda_copy_in(struct device *dev, uint32_t lane, uint64_t dst, const void *src_host,
			  uint64_t src_dev, uint64_t bytes);
aegis_status cuda_copy_out(struct device *dev, uint32_t lane, void *dst_host, uint64_t dst_dev,
			   uint64_t src, uint64_t bytes);

/* cuda_device.c: launches the spin kernel for duration_ns on the lane's stream
 * (stamped in the lane's ring when stamp is true). */
aegis_status cuda_launch_spin(struct cuda_device *c, struct cuda_lane *l, int64_t cycles,
			      int64_t guard_ns, bool stamp);

#endif
