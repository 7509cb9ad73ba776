/* The CUDA device: busy() launches the calibrated spin kernel on the lane's stream,
 * commit() records the lane's event, poll()/advance() watch the events on the real
 * clock. Owns every CUDA handle it uses; must not know about models, jobs or policies. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "aegis/runtime.h"
#include "device/cuda/cuda_device.h"
#include "device/cuda/cuda_nvml.h"
#include "device/loaded.h"
#include "device/cuda/kernels.h"

/*
 * Completion detection: a busy poll of cuEventQuery on the committed lanes, kept for
 * the lowest jitter. `make bench-gpu` on the H100 (observed on the host minus the
 * kernel's end stamp, 200 us kernels, 400 runs each, interleaved; three runs):
 *
 *                                      p50        p99        sd
 *   poll (cuEventQuery busy loop)     0.6-1.0    3.4-62     0.8-24 us
 *   blocking-sync event               56-76      121-2584   14-393 us
 *   host callback (cuLaunchHostFunc)  72-113     141-2776   16-458 us
 *
 * (p50 above the fastest poll; the p99 spread between runs is host noise of the VM.)
 * The cost is one busy host thread while a lane is in flight.
 */
#define SPIN_THREADS 32u /* one warp per block, one block per SM of the lane */
/* advance() with no lane in flight sleeps until this long before its target, then
 * spins: a sleeping thread can wake late. On the H100 machine (a VM) a 200 us margin
 * gave release-to-start p99 206 us and max 1.3 ms against 25 us / 135 us for a loop
 * that never sleeps; 2 ms keeps every gap shorter than that awake. */
#define SPIN_MARGIN_NS 2000000LL

aegis_status cuda_launch_spin(struct cuda_device *c, struct cuda_lane *l, int64_t cycles,
			      int64_t guard_ns, bool stamp)
{
	long long cyc = cycles, guard = guard_ns;
	unsigned long long *slot = NULL;
	const volatile int *stop = NULL;
	if (stamp) {
		uint64_t s = l->launches % CUDA_STAMP_SLOTS;
		l->stamps[2 * s] = l->stamps[2 * s + 1] = 0;
		slot = l->stamps_dev + 2 * s;
	}
	void *params[] = {&cyc, &guard, &slot, &stop};
	aegis_status st = CUDA_CHECK(&c->err, c->api.cuLaunchKernel(l->spin_fn, l->grid,
								    1, 1, SPIN_THREADS, 1, 1, 0,
								    l->stream, params, NULL));
	if (st == AEGIS_OK && stamp)
		l->launches++;
	return st;
}

static aegis_status cuda_query(int32_t ordinal, aegis_device_info *out, char *detail,
			       size_t detail_len)
{
	struct cu_api api;
	struct cuda_err err = {0};
	return cuda_query_info(&api, ordinal, out, &err, detail, detail_len);
}

static aegis_status cuda_create(const struct device_config *cfg, struct device **out,
				char *detail, size_t detail_len)
{
	if (cfg->lanes == 0 || cfg->lanes > AEGIS_MAX_LANES) {
		snprintf(detail, detail_len, "cuda device: %u lanes requested (1..%u)", cfg->lanes,
			 AEGIS_MAX_LANES);
		return AEGIS_E_CONFIG;
	}
	aegis_status st = AEGIS_E_NOMEM;
	struct cuda_device *c = calloc(1, sizeof *c);
	if (!c)
		goto fail_alloc;
	c->handle_count = cfg->handle_count;
	if ((st = cuda_query_info(&c->api, cfg->ordinal, &c->info, &c->err, detail, detail_len)))
		goto fail_query;
	c->err.api = &c->api;
	if ((st = CUDA_CHECK(&c->err, c->api.cuDeviceGet(&c->cudev, cfg->ordinal))) ||
	    (st = CUDA_CHECK(&c->err, c->api.cuDevicePrimaryCtxRetain(&c->primary, c->cudev))))
		goto fail_primary;
	cuda_count(c, +1);
	cudaKernel_t spin, copy;
	if ((st = CUDA_CHECK(&c->err, cudaGetKernel(&spin, cuda_kernel_spin()))) ||
	    (st = CUDA_CHECK(&c->err, cudaGetKernel(&copy, cuda_kernel_stream()))))
		goto fail_kernels;
	c->spin = (CUkernel)spin;
	c->stream_copy = (CUkernel)copy;
	size_t ring_bytes = (size_t)cfg->lanes * CUDA_STAMP_SLOTS * 2 * sizeof *c->ring;
	if ((st = CUDA_CHECK(&c->err, cudaHostAlloc((void **)&c->ring, ring_bytes,
						    cudaHostAllocMapped | cudaHostAllocPortable))))
		goto fail_ring;
	cuda_count(c, +1);
	memset(c->ring, 0, ring_bytes);
	if ((st = CUDA_CHECK(&c->err, cudaHostGetDevicePointer((void **)&c->ring_dev, c->ring, 0))))
		goto fail_ring_dev;
	c->base.ops = &cuda_device_ops;
	/* the driver's share: what is taken before any lane (cuda_lanes.c measures each) */
	uint64_t free_b = 0, total_b = 0;
	if ((st = cuda_mem_info(c, c->primary, &free_b, &total_b)))
		goto fail_ring_dev;
	c->driver_fixed_bytes = total_b - free_b;
	/* what the driver reserves on the device (NVML) is no process's memory: stated
	 * apart, and taken out of the fixed share as far as total - free counts it, so that
	 * the share is what nvidia-smi shows for this process (and other processes', if
	 * any, which stay in it: an upper bound). On an H100 (driver 580) cuMemGetInfo's
	 * total already leaves the reservation out: nothing is taken (taking it all off
	 * stated 474 MiB too little for edge-24-onnx; docs/MEMORY.md) */
	char bus[32] = "";
	struct cuda_nvml nvml;
	uint64_t nvml_total = 0, reserved = 0;
	if (cudaDeviceGetPCIBusId(bus, (int)sizeof bus, cfg->ordinal) == cudaSuccess &&
	    cuda_nvml_open(&nvml, bus)) {
		if (cuda_nvml_memory(&nvml, &nvml_total, &reserved)) {
			uint64_t in = device_reserved_counted(total_b, nvml_total, reserved);
			c->driver_other_bytes = reserved;
			c->reserved_counted_bytes = in < c->driver_fixed_bytes ? in : c->driver_fixed_bytes;
			c->driver_fixed_bytes -= c->reserved_counted_bytes;
		}
		cuda_nvml_close(&nvml);
	}
	if ((st = cuda_lanes_create(c, cfg, detail, detail_len)))
		goto fail_ring_dev;
	if ((st = cuda_calibrate(c, detail, detail_len)))
		goto fail_calibrate;
	/* the lanes' share, their first launches included: split evenly (shared lanes
	 * have one context between them) */
	uint64_t free_lanes = 0;
	if ((st = cuda_mem_info(c, c->primary, &free_lanes, NULL)))
		goto fail_calibrate;
	uint64_t lanes_b = free_b > free_lanes ? free_b - free_lanes : 0;
	for (uint32_t i = 0; i < c->base.lanes; i++)
		c->lane[i].outside_bytes[CUDA_MEM_CONTEXT] =
			lanes_b / c->base.lanes + (i == 0 ? lanes_b % c->base.lanes : 0);
	c->measured = true;
	snprintf(c->info.profile, sizeof c->info.profile, "%s", cfg->profile ? cfg->profile : "");
	c->info.memory_budget_bytes = cfg->memory_budget_bytes;
	clock_init(&c->clock, CLOCK_KIND_REAL);
	c->waker = cfg->waker;
	*out = &c->base;
	return AEGIS_OK;

fail_calibrate:
	cuda_lanes_destroy(c);
fail_ring_dev:
	cuda_mem_release(c); /* every way out frees the pool (none yet before create) */
	(void)CUDA_CHECK(&c->err, cudaFreeHost(c->ring));
	cuda_count(c, -1);
fail_ring:
fail_kernels:
	(void)CUDA_CHECK(&c->err, c->api.cuDevicePrimaryCtxRelease(c->cudev));
	cuda_count(c, -1);
fail_primary:
	if (st != AEGIS_OK && !detail[0])
		snprintf(detail, detail_len, "cuda device: %s", c->err.text);
fail_query:
	free(c);
fail_alloc:
	return st;
}

/* Drains: every lane's stream is synchronised before its handles and the pool go. */
static void cuda_destroy(struct device *d)
{
	if (!d)
		return;
	struct cuda_device *c = cuda_dev(d);
	cuda_lanes_destroy(c);
	cuda_mem_release(c);
	(void)CUDA_CHECK(&c->err, cudaFreeHost(c->ring));
	cuda_count(c, -1);
	(void)CUDA_CHECK(&c->err, c->api.cuDevicePrimaryCtxRelease(c->cudev));
	cuda_count(c, -1);
	free(c);
}

static int64_t cuda_now(const struct device *d)
{
	return clock_now(&((const struct cuda_device *)d)->clock);
}

static aegis_status cuda_busy(struct device *d, uint32_t lane, int64_t duration_ns)
{
	struct cuda_device *c = cuda_dev(d);
	aegis_status st;
	struct cuda_lane *l = cuda_lane_ready(c, lane, false, &st);
	if (!l)
		return st;
	if (duration_ns < 0)
		return AEGIS_E_INVAL;
	double cycles = (double)duration_ns * l->info.cycles_per_ns;
	if (cycles >= 9.0e18)
		return AEGIS_E_OVERFLOW;
	uint64_t n = l->launches;
	if ((st = cuda_launch_spin(c, l, (int64_t)(cycles + 0.5), duration_ns, true)))
		return st;
	if (l->begin_due && !l->begun && l->spin_n++ == 0)
		l->spin_first = n; /* timed by its own stamps, not by the begin event */
	l->state = CUDA_LANE_LOADED;
	return AEGIS_OK;
}

/* Marks where the lane's next work starts, for ran(). Nothing goes on the stream yet:
 * the first work that does not time itself records the begin event ahead of it
 * (cuda_lane_work), and spins time themselves. The lane is idle, so the GPU reaches the
 * event at once: done - begin is the GPU's time from there to the work's end. It
 * counts the host's time between the event and the later launches (the backend
 * enqueueing a segment, node by node for onnx-cudnn without CUDA graphs) but not a host
 * stall after commit(), which only delays poll(). */
static aegis_status cuda_begin(struct device *d, uint32_t lane)
{
	struct cuda_device *c = cuda_dev(d);
	aegis_status st;
	struct cuda_lane *l = cuda_lane_ready(c, lane, false, &st);
	if (!l)
		return st;
	l->begin_due = true;
	l->begun = false;
	l->spin_n = 0;
	return AEGIS_OK;
}

aegis_status cuda_lane_work(struct cuda_device *c, struct cuda_lane *l)
{
	if (!l->begin_due || l->begun)
		return AEGIS_OK;
	aegis_status st = CUDA_CHECK(&c->err, c->api.cuEventRecord(l->begin, l->stream));
	if (st == AEGIS_OK)
		l->begun = true;
	return st;
}

/* Records the lane's completion: the timed event behind a begin event, else the plain
 * one (cheaper to record and to query). The work's timing is kept for ran(). */
static aegis_status cuda_commit(struct device *d, uint32_t lane)
{
	struct cuda_device *c = cuda_dev(d);
	aegis_status st;
	struct cuda_lane *l = cuda_lane_ready(c, lane, false, &st);
	if (!l)
		return st;
	CUevent ev = l->begun ? l->done_timed : l->done;
	if ((st = CUDA_CHECK(&c->err, c->api.cuEventRecord(ev, l->stream))))
		return st;
	l->pending = ev;
	/* a begin without its work committed times nothing */
	l->ran.timed = l->begin_due && (l->begun || l->spin_n);
	l->ran.event = l->begun;
	l->ran.spin_first = l->spin_first;
	l->ran.spin_n = l->spin_n;
	l->begin_due = l->begun = false;
	l->spin_n = 0;
	l->state = CUDA_LANE_BUSY;
	l->observed = false;
	return AEGIS_OK;
}

/* Looks at a busy lane's event once; a sticky error makes the device fatal. */
static bool observe(struct cuda_device *c, struct cuda_lane *l)
{
	if (l->observed)
		return true;
	aegis_status st = CUDA_CHECK(&c->err, c->api.cuEventQuery(l->pending));
	if (st == AEGIS_OK) {
		l->observed = true;
		l->observed_ns = clock_now(&c->clock);
	} else if (st != AEGIS_E_BUSY && !c->fatal) {
		c->fatal = aegis_status_class_of(st) == AEGIS_CLASS_FATAL ? st : AEGIS_E_DEVICE_LOST;
	}
	return l->observed;
}

/* Sleeps until t_ns on the device clock, or until the dispatcher's doorbell rings. */
static void sleep_until(const struct cuda_device *c, int64_t t_ns)
{
	int64_t abs_ns = c->clock.origin_ns + t_ns;
	if (c->waker) {
		waker_wait(c->waker, t_ns == INT64_MAX ? INT64_MAX : abs_ns);
		return;
	}
	struct timespec ts = {.tv_sec = abs_ns / 1000000000, .tv_nsec = abs_ns % 1000000000};
	while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) == EINTR)
		;
}

/* Returns when a committed lane is seen finished, the clock reaches until_ns, or the
 * dispatcher's doorbell rings. With lanes in flight it polls without sleeping (the
 * lowest-jitter detection). */
static aegis_status cuda_advance(struct device *d, int64_t until_ns)
{
	struct cuda_device *c = cuda_dev(d);
	for (;;) {
		if (c->waker && waker_rung(c->waker))
			return AEGIS_OK; /* a submission or a command: the dispatcher takes it */
		bool in_flight = false;
		for (uint32_t i = 0; i < d->lanes; i++) {
			struct cuda_lane *l = &c->lane[i];
			if (l->state != CUDA_LANE_BUSY)
				continue;
			if (observe(c, l))
				return AEGIS_OK;
			in_flight = true;
		}
		if (c->fatal)
			return c->fatal;
		int64_t now = clock_now(&c->clock);
		if (now >= until_ns)
			return AEGIS_OK;
		if (!in_flight) {
			if (until_ns == INT64_MAX) {
				if (!c->waker)
					return AEGIS_OK; /* nothing can finish: do not wait forever */
				sleep_until(c, INT64_MAX); /* until a ring */
			} else if (until_ns - now > SPIN_MARGIN_NS) {
				sleep_until(c, until_ns - SPIN_MARGIN_NS);
			}
		}
	}
}

static bool cuda_poll(struct device *d, uint32_t *lane, int64_t *t_ns)
{
	struct cuda_device *c = cuda_dev(d);
	for (uint32_t i = 0; i < d->lanes; i++) {
		struct cuda_lane *l = &c->lane[i];
		if (l->state == CUDA_LANE_BUSY && observe(c, l)) {
			l->state = CUDA_LANE_IDLE;
			l->observed = false;
			*lane = i;
			*t_ns = l->observed_ns;
			return true;
		}
	}
	return false;
}

/* The GPU's time for the work committed after begin(), once poll() has reported it:
 * the begin event to the timed completion (event resolution about 0.5 us), plus the
 * spins launched before that event, first start to last end by their own stamps
 * (%globaltimer, block 0's). False when nothing was timed or a stamp is missing (the
 * dispatcher then charges the host's view). Once per committed work. */
static bool cuda_ran(struct device *d, uint32_t lane, int64_t *ns)
{
	struct cuda_device *c = cuda_dev(d);
	if (lane >= d->lanes || !c->lane[lane].ran.timed || c->lane[lane].state != CUDA_LANE_IDLE)
		return false;
	struct cuda_lane *l = &c->lane[lane];
	l->ran.timed = false;
	int64_t total = 0;
	if (l->ran.spin_n) {
		uint64_t first = l->ran.spin_first, last = first + l->ran.spin_n - 1;
		if (l->launches - first > CUDA_STAMP_SLOTS)
			return false; /* overwritten */
		const volatile unsigned long long *a = l->stamps + 2 * (first % CUDA_STAMP_SLOTS);
		const volatile unsigned long long *b = l->stamps + 2 * (last % CUDA_STAMP_SLOTS);
		unsigned long long start = a[0], end = b[1];
		if (!start || !end || end < start)
			return false;
		total = (int64_t)(end - start);
	}
	if (l->ran.event) {
		float ms = 0.0f;
		if (CUDA_CHECK(&c->err, c->api.cuEventElapsedTime(&ms, l->begin, l->done_timed)) !=
		    AEGIS_OK)
			return false;
		total += (int64_t)((double)ms * 1e6 + 0.5);
	}
	*ns = total;
	return true;
}

static void cuda_info(const struct device *d, aegis_device_info *out)
{
	*out = ((const struct cuda_device *)d)->info;
}

static void cuda_lane_info(const struct device *d, uint32_t lane, aegis_lane_info *out)
{
	*out = ((const struct cuda_device *)d)->lane[lane].info;
}

static const char *cuda_last_error(const struct device *d)
{
	return ((const struct cuda_device *)d)->err.text;
}

const struct device_ops cuda_device_ops = {
	.name = "cuda",
	.create = cuda_create,
	.destroy = cuda_destroy,
	.now = cuda_now,
	.busy = cuda_busy,
	.begin = cuda_begin,
	.commit = cuda_commit,
	.advance = cuda_advance,
	.poll = cuda_poll,
	.ran = cuda_ran,
	.query = cuda_query,
	.info = cuda_info,
	.lane_info = cuda_lane_info,
	.last_error = cuda_last_error,
	.mem_pool = cuda_mem_pool,
	.mem_base = cuda_mem_base,
	.mem_outside = cuda_mem_outside,
	.fault = cuda_device_fault,
	.host_alloc = cuda_host_alloc,
	.host_free = cuda_host_free,
	.copy_in = cuda_copy_in,
	.copy_out = cuda_copy_out,
};
