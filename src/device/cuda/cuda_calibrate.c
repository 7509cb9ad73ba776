/* Calibration of the spin kernel, per lane, at create time: clock64 cycles per ns and
 * the fixed cost of a launch, measured with CUDA events. Must not be called with work
 * in flight on a lane. */
#include <stdio.h>
#include <stdlib.h>

#include "device/cuda/cuda_device.h"

/*
 * busy(ns) must occupy a lane for ns. The spin kernel counts SM clock64 cycles, so each
 * lane times spins of two lengths with events around them:
 *
 *   t(N) = launch + N / rate      rate = (N2 - N1) / (t(N2) - t(N1)),
 *                                 launch = t(N1) - N1 / rate
 *
 * (medians of 5 each, after a 20 ms warm-up that lifts an idle GPU to its working
 * clock and loads the kernel into the lane's context). The spin also stops at ns of
 * %globaltimer, so a lower SM clock later cannot stretch work past its duration.
 * On the H100: 1.97-1.99 cycles/ns per lane (SM clock 1980 MHz); busy(2 ms) measured
 * by events 2.006-2.009 ms median (the ~7 us above 2 ms is the launch), by the
 * kernel's own %globaltimer stamps 1.9995-2.0006 ms (tests/gpu/test_gpu_calib.c).
 */
#define WARMUP_NS 20000000LL
#define N1_CYCLES 200000LL
#define N2_CYCLES 3000000LL
#define REPS 5
#define NO_GUARD_NS 1000000000LL /* 1 s: clock64 alone ends calibration spins */

static int cmp_float(const void *a, const void *b)
{
	float x = *(const float *)a, y = *(const float *)b;
	return (x > y) - (x < y);
}

/* Median over REPS of the event-timed length of a spin of `cycles`, in ms. */
static aegis_status time_spin(struct cuda_device *c, struct cuda_lane *l, CUevent t0, CUevent t1,
			      long long cycles, float *median_ms)
{
	const struct cu_api *a = &c->api;
	float ms[REPS];
	aegis_status st;
	for (int r = 0; r < REPS; r++) {
		if ((st = CUDA_CHECK(&c->err, a->cuEventRecord(t0, l->stream))) ||
		    (st = cuda_launch_spin(c, l, cycles, NO_GUARD_NS, false)) ||
		    (st = CUDA_CHECK(&c->err, a->cuEventRecord(t1, l->stream))) ||
		    (st = CUDA_CHECK(&c->err, a->cuEventSynchronize(t1))) ||
		    (st = CUDA_CHECK(&c->err, a->cuEventElapsedTime(&ms[r], t0, t1))))
			return st;
	}
	qsort(ms, REPS, sizeof ms[0], cmp_float);
	*median_ms = ms[REPS / 2];
	return AEGIS_OK;
}

static aegis_status calibrate_lane(struct cuda_device *c, struct cuda_lane *l, char *detail,
				   size_t detail_len)
{
	const struct cu_api *a = &c->api;
	CUevent t0 = NULL, t1 = NULL;
	CUcontext popped;
	float m1, m2;
	aegis_status st = CUDA_CHECK(&c->err, a->cuCtxPushCurrent(l->ctx));
	if (st != AEGIS_OK)
		goto fail_push;
	if ((st = CUDA_CHECK(&c->err, a->cuEventCreate(&t0, CU_EVENT_DEFAULT))))
		goto fail_t0;
	cuda_count(c, +1);
	if ((st = CUDA_CHECK(&c->err, a->cuEventCreate(&t1, CU_EVENT_DEFAULT))))
		goto fail_t1;
	cuda_count(c, +1);
	if ((st = cuda_launch_spin(c, l, INT64_MAX / 4, WARMUP_NS, false)) ||
	    (st = time_spin(c, l, t0, t1, N1_CYCLES, &m1)) ||
	    (st = time_spin(c, l, t0, t1, N2_CYCLES, &m2)))
		goto fail_time;
	double dt_ns = ((double)m2 - (double)m1) * 1e6;
	if (!(dt_ns > 0)) {
		snprintf(c->err.text, sizeof c->err.text,
			 "calibration: spins of %lld and %lld cycles took %.4f and %.4f ms",
			 N1_CYCLES, N2_CYCLES, (double)m1, (double)m2);
		st = AEGIS_E_DEVICE_LOST;
		goto fail_time;
	}
	l->info.cycles_per_ns = (double)(N2_CYCLES - N1_CYCLES) / dt_ns;
	l->info.launch_ns = (int64_t)((double)m1 * 1e6 - (double)N1_CYCLES / l->info.cycles_per_ns);
	if (l->info.launch_ns < 0)
		l->info.launch_ns = 0;

fail_time:
	(void)CUDA_CHECK(&c->err, a->cuEventDestroy(t1));
	cuda_count(c, -1);
fail_t1:
	(void)CUDA_CHECK(&c->err, a->cuEventDestroy(t0));
	cuda_count(c, -1);
fail_t0:
	(void)CUDA_CHECK(&c->err, a->cuCtxPopCurrent(&popped));
fail_push:
	if (st != AEGIS_OK)
		snprintf(detail, detail_len, "calibration: %s", c->err.text);
	return st;
}

aegis_status cuda_calibrate(struct cuda_device *c, char *detail, size_t detail_len)
{
	for (uint32_t i = 0; i < c->base.lanes; i++) {
		aegis_status st = calibrate_lane(c, &c->lane[i], detail, detail_len);
		if (st != AEGIS_OK)
			return st;
	}
	return AEGIS_OK;
}
