/* The health state machine's transitions (see aegis/fault.h for the drawing). Pure:
 * the caller owns the struct and acts on the changes. */
#include <limits.h>

#include "context/health.h"

const char *aegis_health_name(aegis_health h)
{
	switch (h) {
	case AEGIS_HEALTH_HEALTHY: return "healthy";
	case AEGIS_HEALTH_DEGRADED: return "degraded";
	case AEGIS_HEALTH_QUARANTINED: return "quarantined";
	case AEGIS_HEALTH_RECOVERING: return "recovering";
	}
	return "unknown";
}

void health_init(struct health *h)
{
	*h = (struct health){.state = AEGIS_HEALTH_HEALTHY, .recover_at_ns = INT64_MAX};
}

static bool move(struct health *h, aegis_health to, aegis_health *from)
{
	if (h->state == to)
		return false;
	*from = h->state;
	h->state = to;
	return true;
}

static bool quarantine(struct health *h, const aegis_fault_config *c, int64_t t,
		       aegis_health *from)
{
	h->clean_run = 0;
	h->recover_at_ns = c->quarantine_ns > 0 && t <= INT64_MAX - c->quarantine_ns
				   ? t + c->quarantine_ns
				   : INT64_MAX;
	return move(h, AEGIS_HEALTH_QUARANTINED, from);
}

bool health_fault(struct health *h, const aegis_fault_config *c, int64_t t, bool breach,
		  aegis_health *from)
{
	if (h->state == AEGIS_HEALTH_QUARANTINED)
		return false; /* its last job ending: it is out already */
	h->clean_run = 0;
	if (h->faults < UINT32_MAX)
		h->faults++;
	/* quarantine_after 0: never, not even for a breach (counted and traced only) */
	if (c->quarantine_after && (breach || h->state == AEGIS_HEALTH_RECOVERING ||
				    h->faults >= c->quarantine_after))
		return quarantine(h, c, t, from);
	return move(h, AEGIS_HEALTH_DEGRADED, from);
}

bool health_clean(struct health *h, const aegis_fault_config *c, aegis_health *from)
{
	if (h->state == AEGIS_HEALTH_HEALTHY || h->state == AEGIS_HEALTH_QUARANTINED)
		return false;
	uint32_t need = c->heal_after ? c->heal_after : HEALTH_DEFAULT_HEAL_AFTER;
	if (++h->clean_run < need)
		return false;
	h->faults = 0;
	h->clean_run = 0;
	return move(h, AEGIS_HEALTH_HEALTHY, from);
}

bool health_tick(struct health *h, int64_t t, aegis_health *from)
{
	if (h->state != AEGIS_HEALTH_QUARANTINED || t < h->recover_at_ns)
		return false;
	return health_recover(h, from);
}

bool health_recover(struct health *h, aegis_health *from)
{
	if (h->state != AEGIS_HEALTH_QUARANTINED)
		return false;
	h->recover_at_ns = INT64_MAX;
	h->clean_run = 0;
	return move(h, AEGIS_HEALTH_RECOVERING, from);
}
