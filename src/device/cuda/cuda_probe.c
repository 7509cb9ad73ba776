/* Measurement hooks of cuda_probe.h. Each handle made here (timing events, a
 * blocking-sync event) is owned by the call that made it and released before it
 * returns. Must not be used by the library itself. */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

#include "device/cuda/cuda_device.h"
#include "device/cuda/cuda_probe.h"

uint64_t cuda_probe_launches(const struct device *dev, uint32_t lane)
{
	return ((const struct cuda_device *)dev)->lane[lane].launches;
}

bool cuda_probe_stamp(const struct device *dev, uint32_t lane, uint64_t n, uint64_t *start_ns,
		      uint64_t *end_ns)
{
	const struct cuda_lane *l = &((const struct cuda_device *)dev)->lane[lane];
	if (n >= l->launches || l->launches - n > CUDA_STAMP_SLOTS)
		return false;
	const volatile unsigned long long *s = l->stamps + 2 * (n % CUDA_STAMP_SLOTS);
	*start_ns = s[0];
	*end_ns = s[1];
	return s[0] != 0 && s[1] != 0;
}

/* Makes an event in the lane's context: events and streams of one record share it. */
static aegis_status lane_event(struct cuda_device *c, struct cuda_lane *l, unsigned flags,
			       CUevent *ev)
{
	CUcontext popped;
	aegis_status st = CUDA_CHECK(&c->err, c->api.cuCtxPushCurrent(l->ctx));
	if (st != AEGIS_OK)
		return st;
	st = CUDA_CHECK(&c->err, c->api.cuEventCreate(ev, flags));
	if (st == AEGIS_OK)
		cuda_count(c, +1);
	(void)CUDA_CHECK(&c->err, c->api.cuCtxPopCurrent(&popped));
	return st;
}

static void event_destroy(struct cuda_device *c, CUevent ev)
{
	(void)CUDA_CHECK(&c->err, c->api.cuEventDestroy(ev));
	cuda_count(c, -1);
}

aegis_status cuda_probe_time_busy(struct device *dev, uint32_t lane, int64_t ns,
				  int64_t *elapsed_ns)
{
	struct cuda_device *c = cuda_dev(dev);
	struct cuda_lane *l = &c->lane[lane];
	CUevent t0, t1;
	float ms = 0;
	aegis_status st;
	if ((st = lane_event(c, l, CU_EVENT_DEFAULT, &t0)))
		goto fail_t0;
	if ((st = lane_event(c, l, CU_EVENT_DEFAULT, &t1)))
		goto fail_t1;
	double cycles = (double)ns * l->info.cycles_per_ns;
	if ((st = CUDA_CHECK(&c->err, c->api.cuEventRecord(t0, l->stream))) ||
	    (st = cuda_launch_spin(c, l, (int64_t)(cycles + 0.5), ns, true)) ||
	    (st = CUDA_CHECK(&c->err, c->api.cuEventRecord(t1, l->stream))) ||
	    (st = CUDA_CHECK(&c->err, c->api.cuEventSynchronize(t1))) ||
	    (st = CUDA_CHECK(&c->err, c->api.cuEventElapsedTime(&ms, t0, t1))))
		goto out;
	*elapsed_ns = (int64_t)((double)ms * 1e6 + 0.5);
out:
	event_destroy(c, t1);
fail_t1:
	event_destroy(c, t0);
fail_t0:
	return st;
}

aegis_status cuda_probe_spin(struct device *dev, uint32_t lane, int64_t guard_ns, uint32_t grid,
			     uint32_t block, const volatile int *stop)
{
	struct cuda_device *c = cuda_dev(dev);
	struct cuda_lane *l = &c->lane[lane];
	long long cycles = INT64_MAX / 4, guard = guard_ns;
	unsigned long long *stamp = NULL;
	void *params[] = {&cycles, &guard, &stamp, &stop};
	return CUDA_CHECK(&c->err, c->api.cuLaunchKernel(l->spin_fn, grid ? grid : l->grid,
							 1, 1, block, 1, 1, 0, l->stream, params,
							 NULL));
}

aegis_status cuda_probe_stream(struct device *dev, uint32_t lane, const void *src, void *dst,
			       size_t bytes, int passes, uint32_t grid, uint32_t block,
			       const volatile int *stop)
{
	struct cuda_device *c = cuda_dev(dev);
	struct cuda_lane *l = &c->lane[lane];
	unsigned long long n = bytes / 16;
	void *params[] = {&src, &dst, &n, &passes, &stop};
	return CUDA_CHECK(&c->err, c->api.cuLaunchKernel(l->copy_fn,
							 grid ? grid : l->grid, 1, 1, block, 1, 1,
							 0, l->stream, params, NULL));
}

aegis_status cuda_probe_sync(struct device *dev, uint32_t lane)
{
	struct cuda_device *c = cuda_dev(dev);
	return CUDA_CHECK(&c->err, c->api.cuStreamSynchronize(c->lane[lane].stream));
}

struct host_wake {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	atomic_int done;
};

static void CUDA_CB on_host(void *arg)
{
	struct host_wake *w = arg;
	pthread_mutex_lock(&w->mu);
	atomic_store(&w->done, 1);
	pthread_cond_signal(&w->cv);
	pthread_mutex_unlock(&w->mu);
}

static aegis_status wait_callback(struct cuda_device *c, struct cuda_lane *l)
{
	struct host_wake w = {.mu = PTHREAD_MUTEX_INITIALIZER, .cv = PTHREAD_COND_INITIALIZER};
	atomic_init(&w.done, 0);
	aegis_status st = CUDA_CHECK(&c->err, c->api.cuLaunchHostFunc(l->stream, on_host, &w));
	if (st == AEGIS_OK) {
		pthread_mutex_lock(&w.mu);
		while (!atomic_load(&w.done))
			pthread_cond_wait(&w.cv, &w.mu);
		pthread_mutex_unlock(&w.mu);
	}
	pthread_cond_destroy(&w.cv);
	pthread_mutex_destroy(&w.mu);
	return st;
}

aegis_status cuda_probe_busy_wait(struct device *dev, uint32_t lane, int64_t ns,
				  enum cuda_wait_mode mode, int64_t *observed_ns, uint64_t *launch)
{
	struct cuda_device *c = cuda_dev(dev);
	struct cuda_lane *l = &c->lane[lane];
	CUevent ev = NULL;
	aegis_status st;
	if (mode == CUDA_WAIT_BLOCKING &&
	    (st = lane_event(c, l, CU_EVENT_BLOCKING_SYNC | CU_EVENT_DISABLE_TIMING, &ev)))
		return st;
	*launch = l->launches;
	if ((st = dev->ops->busy(dev, lane, ns)))
		goto out;
	if (mode == CUDA_WAIT_POLL) {
		uint32_t done_lane;
		if ((st = dev->ops->commit(dev, lane)))
			goto out;
		while (!dev->ops->poll(dev, &done_lane, observed_ns))
			if ((st = dev->ops->advance(dev, INT64_MAX)))
				goto out;
		goto out;
	}
	l->state = CUDA_LANE_IDLE; /* waited for here, not through commit/poll */
	if (mode == CUDA_WAIT_BLOCKING) {
		if ((st = CUDA_CHECK(&c->err, c->api.cuEventRecord(ev, l->stream))) ||
		    (st = CUDA_CHECK(&c->err, c->api.cuEventSynchronize(ev))))
			goto out;
	} else if ((st = wait_callback(c, l))) {
		goto out;
	}
	*observed_ns = clock_now(&c->clock);
out:
	if (ev)
		event_destroy(c, ev);
	return st;
}

uint32_t cuda_probe_lane_libs(const struct device *dev, uint32_t lane)
{
	const struct cuda_device *c = (const struct cuda_device *)dev;
	uint32_t n = 0;
	for (uint32_t k = 0; lane < c->base.lanes && k < CUDA_LANE_LIBS; k++)
		n += c->lane[lane].libs[k].ops != NULL;
	return n;
}

int64_t cuda_probe_live_handles(const struct device *dev)
{
	return ((const struct cuda_device *)dev)->live_handles;
}

uint64_t cuda_probe_device_allocs(const struct device *dev)
{
	return ((const struct cuda_device *)dev)->device_allocs;
}

const void *cuda_probe_pool(const struct device *dev, uint64_t *bytes)
{
	const struct cuda_device *c = (const struct cuda_device *)dev;
	if (bytes)
		*bytes = c->pool_bytes;
	return c->pool;
}

uint32_t cuda_probe_device_sms(const struct device *dev)
{
	return ((const struct cuda_device *)dev)->info.sm_count;
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

aegis_status cuda_probe_call_costs(struct device *dev, uint32_t lane, int n,
				   int64_t out[CUDA_CALLS])
{
	struct cuda_device *c = cuda_dev(dev);
	struct cuda_lane *l = &c->lane[lane];
	const struct cu_api *a = &c->api;
	CUevent e0, e1;
	aegis_status st;
	int64_t *v = n > 0 ? calloc((size_t)n * CUDA_CALLS, sizeof *v) : NULL;
	if (!v)
		return AEGIS_E_NOMEM;
	if ((st = lane_event(c, l, CU_EVENT_DEFAULT, &e0)))
		goto fail_e0;
	if ((st = lane_event(c, l, CU_EVENT_DEFAULT, &e1)))
		goto fail_e1;
	float ms;
	for (int i = 0; i < n && st == AEGIS_OK; i++) {
		int64_t t[5];
		t[0] = clock_monotonic_ns();
		st = CUDA_CHECK(&c->err, a->cuEventRecord(e0, l->stream));
		t[1] = clock_monotonic_ns();
		if (st == AEGIS_OK)
			st = cuda_launch_spin(c, l, 1, 1000, false);
		t[2] = clock_monotonic_ns();
		if (st == AEGIS_OK && (st = CUDA_CHECK(&c->err, a->cuEventRecord(e1, l->stream))) ==
					      AEGIS_OK)
			st = CUDA_CHECK(&c->err, a->cuEventSynchronize(e1));
		t[3] = clock_monotonic_ns();
		if (st == AEGIS_OK)
			st = CUDA_CHECK(&c->err, a->cuEventQuery(e1));
		t[4] = clock_monotonic_ns();
		if (st == AEGIS_OK)
			st = CUDA_CHECK(&c->err, a->cuEventElapsedTime(&ms, e0, e1));
		int64_t t5 = clock_monotonic_ns();
		v[CUDA_CALL_RECORD * n + i] = t[1] - t[0];
		v[CUDA_CALL_LAUNCH * n + i] = t[2] - t[1];
		v[CUDA_CALL_QUERY * n + i] = t[4] - t[3];
		v[CUDA_CALL_ELAPSED * n + i] = t5 - t[4];
	}
	for (int k = 0; k < CUDA_CALLS && st == AEGIS_OK; k++) {
		qsort(v + (size_t)k * n, (size_t)n, sizeof *v, cmp_i64);
		out[k] = v[(size_t)k * n + (size_t)n / 2];
	}
	event_destroy(c, e1);
fail_e1:
	event_destroy(c, e0);
fail_e0:
	free(v);
	return st;
}
