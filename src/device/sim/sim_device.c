/* The simulated device: N lanes, each a serial non-preemptive executor in virtual
 * time. Work is a duration; a lane is done when its clock reaches the end of the
 * work committed to it. Must not read the real clock or draw random numbers. */
#include <stdio.h>
#include <stdlib.h>

#include "aegis/runtime.h"
#include "base/clock.h"
#include "device/device.h"

enum sim_lane_state { LANE_IDLE = 0, LANE_LOADED, LANE_BUSY };

struct sim_lane {
	enum sim_lane_state state;
	int64_t loaded_ns; /* work loaded since the last commit */
	int64_t end_ns;    /* BUSY: virtual time at which the work ends */
};

struct sim_device {
	struct device base;
	struct clock clock;
	struct sim_lane *lane;
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
	clock_init(&s->clock, CLOCK_KIND_VIRTUAL);
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

static aegis_status sim_busy(struct device *d, uint32_t lane, int64_t duration_ns)
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
	l->loaded_ns = 0;
	l->state = LANE_BUSY;
	return AEGIS_OK;
}

static aegis_status sim_advance(struct device *d, int64_t until_ns)
{
	struct sim_device *s = sim(d);
	int64_t target = until_ns;
	for (uint32_t i = 0; i < d->lanes; i++)
		if (s->lane[i].state == LANE_BUSY && s->lane[i].end_ns < target)
			target = s->lane[i].end_ns;
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
			return true;
		}
	}
	return false;
}

/* device_ops.fault: the refusal a GPU would give, at once (nothing is loaded). */
static aegis_status sim_fault(struct device *d, uint32_t lane, enum device_fault kind)
{
	if (lane >= d->lanes)
		return AEGIS_E_INVAL;
	return kind == DEVICE_FAULT_LAUNCH ? AEGIS_E_INVAL : AEGIS_E_DEVICE_LOST;
}

const struct device_ops sim_device_ops = {
	.version = DEVICE_OPS_VERSION,
	.name = "sim",
	.create = sim_create,
	.destroy = sim_destroy,
	.now = sim_now,
	.busy = sim_busy,
	.commit = sim_commit,
	.advance = sim_advance,
	.poll = sim_poll,
	.fault = sim_fault,
};
