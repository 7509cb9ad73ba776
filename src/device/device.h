/* The device interface: lanes that each run one piece of work at a time, a clock,
 * and completion reporting. Devices are vtables (struct device_ops); the dispatcher
 * reaches a device only through the wrappers below. A device must not know about
 * models, jobs or policies. */
#ifndef AEGIS_DEVICE_DEVICE_H
#define AEGIS_DEVICE_DEVICE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "aegis/status.h"

#define DEVICE_OPS_VERSION 1u

struct device;

struct device_config {
	uint32_t lanes;
};

/*
 * A lane's life, driven by the dispatcher:
 *
 *   idle --work()*--> loaded --commit()--> busy --(device finishes)--> idle
 *                                                reported once by poll()
 */
struct device_ops {
	uint32_t version;
	const char *name;
	aegis_status (*create)(const struct device_config *cfg, struct device **out,
			       char *detail, size_t detail_len);
	void (*destroy)(struct device *dev);
	int64_t (*now)(const struct device *dev);
	/* Occupy the lane for duration_ns of execution, after the work already loaded.
	 * Optional: NULL when the device has no notion of timed busy work. */
	aegis_status (*busy)(struct device *dev, uint32_t lane, int64_t duration_ns);
	/* Ends the lane's loaded work: poll() reports the lane once all of it is done. */
	aegis_status (*commit)(struct device *dev, uint32_t lane);
	/* Blocks (real clock) or moves virtual time until the first committed lane
	 * finishes or until_ns, whichever is first. Never moves time backwards. */
	aegis_status (*advance)(struct device *dev, int64_t until_ns);
	/* Reports one lane whose committed work finished at or before now, lowest
	 * lane index first. Returns false when there is none. */
	bool (*poll)(struct device *dev, uint32_t *lane, int64_t *t_ns);
};

/* Every device object starts with this header. */
struct device {
	const struct device_ops *ops;
	uint32_t lanes;
};

/* Looks a device up by name ("sim"): NULL if unknown. */
const struct device_ops *device_find(const char *name);

extern const struct device_ops sim_device_ops;

static inline int64_t device_now(const struct device *d)
{
	return d->ops->now(d);
}

#endif
