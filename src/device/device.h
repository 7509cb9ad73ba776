/* The device interface: lanes that each run one piece of work at a time, a clock,
 * and completion reporting. Devices are vtables (struct device_ops); the dispatcher
 * reaches a device only through the wrappers below. A device must not know about
 * models, jobs or policies. */
#ifndef AEGIS_DEVICE_DEVICE_H
#define AEGIS_DEVICE_DEVICE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "aegis/device.h"
#include "aegis/status.h"
#include "base/waker.h"

struct device;

/* How lanes are made on a GPU: AUTO = SM partitions where the device has them (one
 * lane with no SM cap: the whole GPU); STREAMS = plain prioritised streams (not
 * isolated, not capped), for comparisons; SHARED / SHARED_PRIORITY = streams that all
 * share one partition of the SM cap (equal priorities / lane i at the i-th greatest
 * priority): what independent runtimes on one GPU do, for comparisons. The simulated
 * device models shared lanes by processor sharing (device_config.shared_slots). */
enum device_lane_mode {
	DEVICE_LANES_AUTO = 0,
	DEVICE_LANES_STREAMS,
	DEVICE_LANES_SHARED,
	DEVICE_LANES_SHARED_PRIORITY,
};

/* Faulty work for drills (device_ops.fault). */
enum device_fault { DEVICE_FAULT_LAUNCH = 0, DEVICE_FAULT_ILLEGAL_ADDRESS };

struct device_config {
	uint32_t lanes;
	/* lanes sizes in SMs (the layout), or NULL: equal shares of sm_limit. A device
	 * without SMs (sim) reports them as nominal sizes. */
	const uint32_t *lane_sms;
	int32_t ordinal;              /* GPU index (CUDA) */
	const char *profile;          /* device profile name, or NULL */
	uint32_t sm_limit;            /* SMs the lanes may use; 0: all */
	uint64_t memory_budget_bytes; /* recorded (enforced by issue 5); 0: none */
	enum device_lane_mode lane_mode;
	/* Simulated device, shared lanes: how many busy lanes run at full speed together;
	 * with n > shared_slots busy, each runs at shared_slots / n of its speed. 0: 1. */
	uint32_t shared_slots;
	int64_t *handle_count;        /* optional, caller-owned: +1 per live CUDA handle */
	/* The simulated device on the real clock (lanes take their work's time in real
	 * time); a real-clock device always is. */
	bool real_clock;
	/* Optional, the dispatcher's doorbell: a real-clock advance() returns early when it
	 * rings (a submission or a command came); NULL: never. */
	struct waker *waker;
	/* The simulated device's host <-> device copies: bytes per second (> 0). */
	uint64_t copy_bandwidth_bps;
};

/*
 * A lane's life, driven by the dispatcher:
 *
 *   idle --work()*--> loaded --commit()--> busy --(device finishes)--> idle
 *                                                reported once by poll()
 */
/* Built in only (no plug-ins), so the table has no version: a new method is added to
 * every device at once, or is optional (NULL). */
struct device_ops {
	const char *name;
	aegis_status (*create)(const struct device_config *cfg, struct device **out,
			       char *detail, size_t detail_len);
	void (*destroy)(struct device *dev);
	int64_t (*now)(const struct device *dev);
	/* Occupy the lane for duration_ns of execution, after the work already loaded.
	 * Optional: NULL when the device has no notion of timed busy work. */
	aegis_status (*busy)(struct device *dev, uint32_t lane, int64_t duration_ns);
	/* Optional, with ran(): marks, on the device's own clock, where the work about to be
	 * loaded on an idle lane starts. */
	aegis_status (*begin)(struct device *dev, uint32_t lane);
	/* Ends the lane's loaded work: poll() reports the lane once all of it is done. */
	aegis_status (*commit)(struct device *dev, uint32_t lane);
	/* Blocks (real clock) or moves virtual time until the first committed lane
	 * finishes or until_ns, whichever is first; on the real clock also returns when
	 * the config's waker rings (until_ns INT64_MAX with nothing in flight: waits for a
	 * ring; without a waker, returns at once). Never moves time backwards. */
	aegis_status (*advance)(struct device *dev, int64_t until_ns);
	/* Reports one lane whose committed work finished at or before now, lowest
	 * lane index first. Returns false when there is none. */
	bool (*poll)(struct device *dev, uint32_t *lane, int64_t *t_ns);
	/* Optional: once poll() has reported the lane, how long its work ran on the device
	 * from begin() to its end, in *ns; false if not measured (no begin() before the
	 * commit). What a time budget is charged with: a host stall after commit(), which
	 * delays poll(), is not the model's overrun (host time between begin() and the
	 * work's launches still counts). NULL: the host's view (poll time - start). */
	bool (*ran)(struct device *dev, uint32_t lane, int64_t *ns);
	/* Optional (NULL: a generic answer from the ops' name). Describes GPU `ordinal`
	 * without creating a device. */
	aegis_status (*query)(int32_t ordinal, aegis_device_info *out, char *detail,
			      size_t detail_len);
	/* Optional: the created device and how it is used. */
	void (*info)(const struct device *dev, aegis_device_info *out);
	/* Optional (NULL: an isolated lane with no SM partition). */
	void (*lane_info)(const struct device *dev, uint32_t lane, aegis_lane_info *out);
	/* Optional: detail of the last failure ("" if none), e.g. the CUDA call and error. */
	const char *(*last_error)(const struct device *dev);
	/* Optional: reserves the memory pool, the only device allocation of a run, of
	 * `bytes`; the memory plan hands out offsets into it. Called at most once, at
	 * runtime creation; released by destroy. NULL: the pool is offsets only (sim).
	 * Returns AEGIS_OK, AEGIS_E_NOMEM (does not fit on the device; nothing reserved,
	 * may be retried), AEGIS_E_INVAL (0 bytes), AEGIS_E_STATE (a pool exists already)
	 * or the fatal status of a device already in a sticky error. */
	aegis_status (*mem_pool)(struct device *dev, uint64_t bytes);
	/* Optional (NULL: the device has no device memory, e.g. sim): the device address of
	 * the pool made by mem_pool, 0 before it. The memory plan's offsets are relative to
	 * it; backends get base + offset for their regions (struct backend_mem). */
	uint64_t (*mem_base)(const struct device *dev);
	/* Optional (NULL: nothing measured, e.g. sim): the device memory it took outside
	 * the pool, as it measured it, and what it holds beyond that now (loaded, read at
	 * the call; aegis_device_memory). */
	void (*mem_outside)(const struct device *dev, aegis_device_memory *out);
	/* Optional, for fault drills (the fault-injection backend): loads faulty work on
	 * the lane as a broken model would. DEVICE_FAULT_LAUNCH: a launch the device
	 * refuses; nothing runs and the call returns the refusal (the CUDA device: an
	 * invalid launch configuration, AEGIS_E_INVAL, not sticky). DEVICE_FAULT_ILLEGAL_ADDRESS:
	 * a kernel that writes where nothing is mapped; on a GPU it poisons the whole CUDA
	 * context (a sticky error), seen when the lane completes: every later call is
	 * fatal (AEGIS_E_DEVICE_LOST). The simulated device returns AEGIS_E_INVAL and
	 * AEGIS_E_DEVICE_LOST at once. */
	aegis_status (*fault)(struct device *dev, uint32_t lane, enum device_fault kind);
	/* Host memory for jobs' data, from which copies are fast (the CUDA device: pinned
	 * and mapped; the simulated device: plain memory), zeroed; freed by host_free.
	 * Optional (NULL: malloc). */
	aegis_status (*host_alloc)(struct device *dev, uint64_t bytes, void **out);
	void (*host_free)(struct device *dev, void *p);
	/* Optional (NULL: the device has no device memory and copies take no time): loads a
	 * copy of `bytes` on the lane, after the work already loaded (asynchronous; done
	 * when the lane's work is), to the device address dst from host memory src_host
	 * (from host_alloc) or, if src_host is NULL, from the device address src_dev; copy_out
	 * the other way, to dst_host or, if it is NULL, to dst_dev. The simulated device
	 * keeps the lane busy for bytes / its copy bandwidth and moves no bytes. */
	aegis_status (*copy_in)(struct device *dev, uint32_t lane, uint64_t dst,
				const void *src_host, uint64_t src_dev, uint64_t bytes);
	aegis_status (*copy_out)(struct device *dev, uint32_t lane, void *dst_host,
				 uint64_t dst_dev, uint64_t src, uint64_t bytes);
	/* Optional (NULL: every model runs at the speed the device has): the speed of the
	 * lane for the work loaded on it from now on, until the next call: busy() work of
	 * d ns takes ceil(d x factor) (copies are not scaled). The simulated device's way
	 * of giving a lane of another size another speed for a model (aegis_lane_time). */
	void (*speed)(struct device *dev, uint32_t lane, double factor);
};

/* Every device object starts with this header. */
struct device {
	const struct device_ops *ops;
	uint32_t lanes;
};

/* Looks a device up by name ("sim"): NULL if unknown. */
const struct device_ops *device_find(const char *name);

extern const struct device_ops sim_device_ops;
#ifdef AEGIS_HAVE_CUDA
extern const struct device_ops cuda_device_ops;
#endif

static inline int64_t device_now(const struct device *d)
{
	return d->ops->now(d);
}

static inline aegis_status device_begin(struct device *d, uint32_t lane)
{
	return d->ops->begin ? d->ops->begin(d, lane) : AEGIS_OK;
}

static inline void device_speed(struct device *d, uint32_t lane, double factor)
{
	if (d->ops->speed)
		d->ops->speed(d, lane, factor);
}

/* The device's measure of the lane's last work (ran()), else fallback_ns. */
static inline int64_t device_ran(struct device *d, uint32_t lane, int64_t fallback_ns)
{
	int64_t ns;
	return d->ops->ran && d->ops->ran(d, lane, &ns) ? ns : fallback_ns;
}

#endif
