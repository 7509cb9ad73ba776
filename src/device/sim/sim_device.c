/* The simulated device: N lanes, each a serial non-preemptive executor. Work is a
 * duration; a lane is done when its clock reaches the end of the work committed to it.
 * The clock is virtual (the default: time moves only in advance(), so runs are
 * reproducible and as fast as the host allows) or real (advance() sleeps until the
 * next end or a ring of the dispatcher's doorbell: threaded applications run without
 * a GPU). Shared lanes (a comparison mode: streams of independent runtimes on one GPU)
 * share the device by processor sharing: with n busy lanes and S slots, each
 * progresses at min(1, S / n) of full speed (virtual time only). Must not draw random
 * numbers, nor read the real clock in virtual time. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "aegis/runtime.h"
#include "base/clock.h"
#include "base/waker.h"
#include "device/device.h"

/* On the real clock, advance() sleeps until this long before its target, then spins:
 * a sleeping thread wakes late (tens of us); a spin keeps lanes' ends on time. */
#define SIM_SPIN_NS 50000

enum sim_lane_state { LANE_IDLE = 0, LANE_LOADED, LANE_BUSY };

struct sim_lane {
	enum sim_lane_state state;
	int64_t loaded_ns; /* work loaded since the last commit */
	int64_t end_ns;    /* BUSY: virtual time at which the work ends */
	double work_ns;    /* shared lanes, BUSY: work left at full speed */
	double speed;      /* busy() work is multiplied by it (device_ops.speed); 1 */
	uint32_t sms;      /* nominal size (the layout's), 0 when none */
};

struct sim_device {
	struct device base;
	struct clock clock;
	struct sim_lane *lane;
	uint32_t slots; /* shared lanes: busy lanes at full speed together; 0: independent */
	bool real;      /* the real clock */
	uint64_t copy_bps; /* host <-> device copies: bytes per second */
	struct waker *waker;
	aegis_device_info info;
};

static struct sim_device *sim(struct device *d)
{
	return (struct sim_device *)d;
}

static aegis_status sim_create(const struct device_config *cfg, struct device **out,
			       char *detail, size_t detail_len)
{
	if (cfg->lanes == 0 || cfg->lanes > AEGIS_MAX_LANES) {
		snprintf(detail, detail_len, "sim device: %u lanes requested (1..%u)", cfg->lanes,
			 AEGIS_MAX_LANES);
		return AEGIS_E_CONFIG;
	}
	struct sim_device *s = calloc(1, sizeof *s);
	if (!s)
		return AEGIS_E_NOMEM;
	s->lane = calloc(cfg->lanes, sizeof *s->lane);
	if (!s->lane) {
		free(s);
		return AEGIS_E_NOMEM;
	}
	s->base.ops = &sim_device_ops;
	s->base.lanes = cfg->lanes;
	bool shared = cfg->lane_mode == DEVICE_LANES_SHARED ||
		      cfg->lane_mode == DEVICE_LANES_SHARED_PRIORITY;
	for (uint32_t i = 0; i < cfg->lanes; i++) {
		s->lane[i].speed = 1.0;
		/* nominal sizes: the layout's, else an equal share of the profile's cap;
		 * shared lanes: the one partition's, the whole cap */
		s->lane[i].sms = cfg->lane_sms ? cfg->lane_sms[i]
				 : shared       ? cfg->sm_limit
						: cfg->sm_limit / cfg->lanes;
	}
	if (shared)
		s->slots = cfg->shared_slots ? cfg->shared_slots : 1;
	if (cfg->real_clock && s->slots) {
		snprintf(detail, detail_len, "sim device: shared lanes run in virtual time only");
		free(s->lane);
		free(s);
		return AEGIS_E_CONFIG;
	}
	s->real = cfg->real_clock;
	s->copy_bps = cfg->copy_bandwidth_bps ? cfg->copy_bandwidth_bps : 1;
	s->waker = cfg->waker;
	clock_init(&s->clock, s->real ? CLOCK_KIND_REAL : CLOCK_KIND_VIRTUAL);
	aegis_device_info *i = &s->info;
	snprintf(i->device, sizeof i->device, "sim");
	snprintf(i->name, sizeof i->name, "simulated device (%s)",
		 s->real ? "real clock" : "virtual time");
	i->real_time = s->real;
	i->ordinal = cfg->ordinal;
	snprintf(i->profile, sizeof i->profile, "%s", cfg->profile ? cfg->profile : "");
	i->sm_limit = cfg->sm_limit;
	i->memory_budget_bytes = cfg->memory_budget_bytes;
	*out = &s->base;
	return AEGIS_OK;
}

static void sim_destroy(struct device *d)
{
	if (!d)
		return;
	free(sim(d)->lane);
	free(d);
}

static int64_t sim_now(const struct device *d)
{
	return clock_now(&((const struct sim_device *)d)->clock);
}

/* Loads duration_ns of work as it is: copies, and busy() once scaled. */
static aegis_status sim_load(struct device *d, uint32_t lane, int64_t duration_ns)
{
	if (lane >= d->lanes || duration_ns < 0)
		return AEGIS_E_INVAL;
	struct sim_lane *l = &sim(d)->lane[lane];
	if (l->state == LANE_BUSY)
		return AEGIS_E_STATE;
	if (__builtin_add_overflow(l->loaded_ns, duration_ns, &l->loaded_ns))
		return AEGIS_E_OVERFLOW;
	l->state = LANE_LOADED;
	return AEGIS_OK;
}

/* Work of the lane's model at the lane's speed for it: ceil(duration x speed). */
static aegis_status sim_busy(struct device *d, uint32_t lane, int64_t duration_ns)
{
	if (lane >= d->lanes || duration_ns < 0)
		return AEGIS_E_INVAL;
	double f = sim(d)->lane[lane].speed;
	if (f != 1.0) {
		double x = ceil((double)duration_ns * f);
		if (x >= 9.2e18)
			return AEGIS_E_OVERFLOW;
		duration_ns = (int64_t)x;
	}
	return sim_load(d, lane, duration_ns);
}

static void sim_speed(struct device *d, uint32_t lane, double factor)
{
	if (lane < d->lanes)
		sim(d)->lane[lane].speed = factor > 0 ? factor : 1.0;
}

/* A copy keeps the lane busy for ceil(bytes / bandwidth); no bytes move (the simulated
 * device has no device memory: backends write their outputs on the host). */
static aegis_status sim_copy(struct device *d, uint32_t lane, uint64_t bytes)
{
	uint64_t bps = sim(d)->copy_bps;
	__int128 ns = ((__int128)bytes * 1000000000 + bps - 1) / bps;
	if (ns > INT64_MAX)
		return AEGIS_E_OVERFLOW;
	return sim_load(d, lane, (int64_t)ns);
}

static aegis_status sim_copy_in(struct device *d, uint32_t lane, uint64_t dst,
				const void *src_host, uint64_t src_dev, uint64_t bytes)
{
	(void)dst, (void)src_host, (void)src_dev;
	return sim_copy(d, lane, bytes);
}

static aegis_status sim_copy_out(struct device *d, uint32_t lane, void *dst_host,
				 uint64_t dst_dev, uint64_t src, uint64_t bytes)
{
	(void)dst_host, (void)dst_dev, (void)src;
	return sim_copy(d, lane, bytes);
}

/* Shared lanes: the speed of each busy lane, and every busy lane's end at that speed
 * from now (recomputed whenever the set of busy lanes changes). */
static double shared_rate(const struct sim_device *s)
{
	uint32_t n = 0;
	for (uint32_t i = 0; i < s->base.lanes; i++)
		n += s->lane[i].state == LANE_BUSY;
	return n > s->slots ? (double)s->slots / (double)n : 1.0;
}

static void shared_ends(struct sim_device *s)
{
	double rate = shared_rate(s);
	int64_t now = clock_now(&s->clock);
	for (uint32_t i = 0; i < s->base.lanes; i++) {
		struct sim_lane *l = &s->lane[i];
		if (l->state == LANE_BUSY) {
			double left = ceil(l->work_ns / rate);
			l->end_ns = left >= (double)(INT64_MAX - now) ? INT64_MAX : now + (int64_t)left;
		}
	}
}

/* Shared lanes: virtual time moves to t (<= every busy lane's end). */
static void shared_progress(struct sim_device *s, int64_t t)
{
	double rate = shared_rate(s), dt = (double)(t - clock_now(&s->clock));
	for (uint32_t i = 0; i < s->base.lanes; i++) {
		struct sim_lane *l = &s->lane[i];
		if (l->state != LANE_BUSY)
			continue;
		l->work_ns = l->end_ns <= t ? 0.0 : fmax(0.0, l->work_ns - dt * rate);
	}
}

static aegis_status sim_commit(struct device *d, uint32_t lane)
{
	struct sim_device *s = sim(d);
	if (lane >= d->lanes)
		return AEGIS_E_INVAL;
	struct sim_lane *l = &s->lane[lane];
	if (l->state == LANE_BUSY)
		return AEGIS_E_STATE;
	if (__builtin_add_overflow(clock_now(&s->clock), l->loaded_ns, &l->end_ns))
		return AEGIS_E_OVERFLOW;
	l->work_ns = (double)l->loaded_ns;
	l->loaded_ns = 0;
	l->state = LANE_BUSY;
	if (s->slots)
		shared_ends(s);
	return AEGIS_OK;
}

/* The real clock: sleeps, then spins the last SIM_SPIN_NS, until target or a ring. */
static void real_wait(struct sim_device *s, int64_t target)
{
	for (;;) {
		int64_t now = clock_now(&s->clock);
		if (now >= target || (s->waker && waker_rung(s->waker)))
			return;
		if (!s->waker)
			return; /* nothing could stop a wait: the caller polls */
		if (target == INT64_MAX)
			waker_wait(s->waker, INT64_MAX);
		else if (target - now > SIM_SPIN_NS)
			waker_wait(s->waker, s->clock.origin_ns + target - SIM_SPIN_NS);
	}
}

static aegis_status sim_advance(struct device *d, int64_t until_ns)
{
	struct sim_device *s = sim(d);
	int64_t target = until_ns;
	for (uint32_t i = 0; i < d->lanes; i++)
		if (s->lane[i].state == LANE_BUSY && s->lane[i].end_ns < target)
			target = s->lane[i].end_ns;
	if (s->real) {
		real_wait(s, target);
		return AEGIS_OK;
	}
	if (s->slots && target > clock_now(&s->clock))
		shared_progress(s, target);
	clock_advance(&s->clock, target);
	return AEGIS_OK;
}

static bool sim_poll(struct device *d, uint32_t *lane, int64_t *t_ns)
{
	struct sim_device *s = sim(d);
	int64_t now = clock_now(&s->clock);
	for (uint32_t i = 0; i < d->lanes; i++) {
		struct sim_lane *l = &s->lane[i];
		if (l->state == LANE_BUSY && l->end_ns <= now) {
			l->state = LANE_IDLE;
			*lane = i;
			*t_ns = l->end_ns;
			if (s->slots)
				shared_ends(s); /* one fewer busy: the others speed up */
			return true;
		}
	}
	return false;
}

static void sim_info(const struct device *d, aegis_device_info *out)
{
	*out = ((const struct sim_device *)d)->info;
}

/* Nominal sizes: the layout's, or an equal share of a device profile's cap. */
static void sim_lane_info(const struct device *d, uint32_t lane, aegis_lane_info *out)
{
	const struct sim_device *s = (const struct sim_device *)d;
	*out = (aegis_lane_info){.sm_count = lane < d->lanes ? s->lane[lane].sms : 0,
				 .isolated = true};
}

/* device_ops.fault: the refusal a GPU would give, at once (nothing is loaded). */
static aegis_status sim_fault(struct device *d, uint32_t lane, enum device_fault kind)
{
	if (lane >= d->lanes)
		return AEGIS_E_INVAL;
	return kind == DEVICE_FAULT_LAUNCH ? AEGIS_E_INVAL : AEGIS_E_DEVICE_LOST;
}

const struct device_ops sim_device_ops = {
	.name = "sim",
	.create = sim_create,
	.destroy = sim_destroy,
	.now = sim_now,
	.busy = sim_busy,
	.commit = sim_commit,
	.advance = sim_advance,
	.poll = sim_poll,
	.info = sim_info,
	.lane_info = sim_lane_info,
	.speed = sim_speed,
	.fault = sim_fault,
	.copy_in = sim_copy_in,
	.copy_out = sim_copy_out,
};
