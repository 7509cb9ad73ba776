/* A model's health: the state machine of aegis/fault.h (drawn there), as pure
 * transitions on a small struct. The dispatcher feeds it faults, clean jobs and time,
 * and acts on what it returns (traces the transition, drains a quarantined queue).
 * Must not touch queues, lanes or the trace itself. */
#ifndef AEGIS_CONTEXT_HEALTH_H
#define AEGIS_CONTEXT_HEALTH_H

#include <stdbool.h>
#include <stdint.h>

#include "aegis/fault.h"

#define HEALTH_DEFAULT_HEAL_AFTER 10u

struct health {
	aegis_health state;
	uint32_t faults;       /* faults since the model was last healthy */
	uint32_t clean_run;    /* consecutive clean jobs */
	int64_t recover_at_ns; /* QUARANTINED: when it recovers; INT64_MAX: by the API */
};

void health_init(struct health *h);

/* A fault at t (breach: past the overrun budget too). Returns true when the state
 * changed (the previous one in *from). */
bool health_fault(struct health *h, const aegis_fault_config *c, int64_t t, bool breach,
		  aegis_health *from);
/* A clean job ended. Returns true when the state changed. */
bool health_clean(struct health *h, const aegis_fault_config *c, aegis_health *from);
/* Time is t: a timed quarantine that is over moves to RECOVERING. */
bool health_tick(struct health *h, int64_t t, aegis_health *from);
/* aegis_model_recover: QUARANTINED -> RECOVERING; false in any other state. */
bool health_recover(struct health *h, aegis_health *from);

#endif
