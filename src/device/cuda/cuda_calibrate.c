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

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

aegis_status cuda_time_work(struct cuda_device *c, struct cuda_lane *l, cuda_work_fn work,
			    const void *arg, int reps, int64_t *median_ns)
{
	if (reps < 1 || reps > 15)
		return AEGIS_E_INVAL;
	const struct cu_api *a = &c->api;
	CUevent t0 = NULL, t1 = NULL;
	CUcontext popped;
	int64_t ns[15];
	aegis_status st = CUDA_CHECK(&c->err, a->cuCtxPushCurrent(l->ctx));
	if (st != AEGIS_OK)
		goto fail_push;
	if ((st = CUDA_CHECK(&c->err, a->cuEventCreate(&t0, CU_EVENT_DEFAULT))))
		goto fail_t0;
	cuda_count(c, +1);
	if ((st = CUDA_CHECK(&c->err, a->cuEventCreate(&t1, CU_EVENT_DEFAULT))))
		goto fail_t1;
	cuda_count(c, +1);
	for (int r = 0; r < reps; r++) {
		float ms;
		if ((st = CUDA_CHECK(&c->err, a->cuEventRecord(t0, l->stream))) ||
		    (st = work(c, l, arg)) ||
		    (st = CUDA_CHECK(&c->err, a->cuEventRecord(t1, l->stream))) ||
		    (st = CUDA_CHECK(&c->err, a->cuEventSynchronize(t1))) ||
		    (st = CUDA_CHECK(&c->err, a->cuEventElapsedTime(&ms, t0, t1))))
			goto fail_time;
		ns[r] = (int64_t)((double)ms * 1e6);
	}
	qsort(ns, (size_t)reps, sizeof ns[0], cmp_i64);
	*median_ns = ns[reps / 2];
fail_time:
	(void)CUDA_CHECK(&c->err, a->cuEventDestroy(t1));
	cuda_count(c, -1);
fail_t1:
	(void)CUDA_CHECK(&c->err, a->cuEventDestroy(t0));
	cuda_count(c, -1);
fail_t0:
	(void)CUDA_CHECK(&c->err, a->cuCtxPopCurrent(&popped));
fail_push:
	return st;
}

/* cuda_work_fn: one calibration spin of *(const long long *)cycles. */
static aegis_status spin_work(struct cuda_device *c, struct cuda_lane *l, const void *cycles)
{
	return cuda_launch_spin(c, l, *(const long long *)cycles, NO_GUARD_NS, false);
}

static aegis_status calibrate_lane(struct cuda_device *c, struct cuda_lane *l, char *detail,
				   size_t detail_len)
{
	const long long n1 = N1_CYCLES, n2 = N2_CYCLES;
	int64_t t1, t2;
	aegis_status st;
	if ((st = cuda_launch_spin(c, l, INT64_MAX / 4, WARMUP_NS, false)) ||
	    (st = cuda_time_work(c, l, spin_work, &n1, REPS, &t1)) ||
	    (st = cuda_time_work(c, l, spin_work, &n2, REPS, &t2)))
		goto fail;
	if (t2 <= t1) {
		snprintf(c->err.text, sizeof c->err.text,
			 "calibration: spins of %lld and %lld cycles took %lld and %lld ns",
			 n1, n2, (long long)t1, (long long)t2);
		st = AEGIS_E_DEVICE_LOST;
		goto fail;
	}
	l->info.cycles_per_ns = (double)(n2 - n1) / (double)(t2 - t1);
	l->info.launch_ns = (int64_t)((double)t1 - (double)n1 / l->info.cycles_per_ns);
	if (l->info.launch_ns < 0)
		l->info.launch_ns = 0;
	return AEGIS_OK;
fail:
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
