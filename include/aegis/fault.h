/* Faults of one model and how its execution context answers them: time budgets
 * (overruns), the health state machine (quarantine, recovery) and fault injection for
 * drills. Part of aegis_model_config; docs/FAULTS.md explains what is contained and
 * what is not. */
#ifndef AEGIS_FAULT_H
#define AEGIS_FAULT_H

#include <stdint.h>

#include "aegis/export.h"
#include "aegis/status.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The health of a model (its execution context), every transition traced
 * (AEGIS_EV_HEALTH) with its cause:
 *
 *                 fault                 faults since healthy >= quarantine_after,
 *    +---------+ -----> +----------+    or a budget breach (any state; quarantine on)
 *    | HEALTHY |        | DEGRADED | ------------------------------+
 *    +---------+ <----- +----------+                               v
 *        ^     heal_after clean jobs                       +-------------+
 *        |                                                  | QUARANTINED |
 *        |                                                  +-------------+
 *        |  heal_after clean jobs  +------------+  quarantine_ns   |
 *        +-------------------------| RECOVERING | <----------------+
 *                                  +------------+   (or aegis_model_recover)
 *                                     | a fault: back to QUARANTINED
 *
 * A fault is a job that overran its time budget or ended with an error (not a
 * cancellation at stop). A clean job ended AEGIS_OK within its budget.
 * QUARANTINED: no new jobs (releases and submissions are rejected with
 * AEGIS_E_QUARANTINED), its queued jobs end with AEGIS_E_QUARANTINED, a job already on
 * its lane finishes (or stops at its next boundary, see on_overrun).
 */
typedef enum aegis_health {
	AEGIS_HEALTH_HEALTHY = 0,
	AEGIS_HEALTH_DEGRADED,
	AEGIS_HEALTH_QUARANTINED,
	AEGIS_HEALTH_RECOVERING,
} aegis_health;

AEGIS_API const char *aegis_health_name(aegis_health h); /* "healthy", ... */

/* What happens to a job that runs past its time budget (its WCET as the analysis
 * sees it, segment by segment). */
typedef enum aegis_overrun_action {
	AEGIS_OVERRUN_FINISH = 0, /* it runs to its end; the overrun is counted */
	AEGIS_OVERRUN_STOP,       /* it stops at its next segment boundary and ends
				     with AEGIS_E_OVERRUN (a kernel cannot be stopped) */
} aegis_overrun_action;

typedef struct aegis_fault_config {
	aegis_overrun_action on_overrun;
	/* Extra execution per job that admission charges the model (each of its segments
	 * may run this much longer; docs/ANALYSIS.md): so an overrun within it costs the
	 * other models of its lane nothing the analysis did not prove. A job past its WCET
	 * + this budget is a breach: the model is quarantined at once (when quarantine is
	 * on: quarantine_after > 0) and the job stops at its next boundary. 0: none. */
	int64_t overrun_budget_ns;
	/* Faults since the model was last healthy that quarantine it; 0: never, not even
	 * for a breach (then counted and traced only). */
	uint32_t quarantine_after;
	/* Consecutive clean jobs that take a degraded or recovering model back to
	 * healthy; 0: 10. */
	uint32_t heal_after;
	/* How long a quarantine lasts before the model recovers; 0: until
	 * aegis_model_recover(). */
	int64_t quarantine_ns;
} aegis_fault_config;

/* Faults to inject into a model's jobs, for tests and drills (`aegisrt run
 * --inject`). All zero: none. Decisions are drawn from the model's own random stream,
 * so equal seeds inject the same faults. Job numbers count from 1. */
typedef struct aegis_fault_injection {
	uint64_t fail_nth;        /* job N fails (0: none) ... */
	uint64_t fail_every;      /* ... and every fail_every-th job after it (0: once) */
	double fail_probability;  /* each job fails with this probability */
	aegis_status fail_status; /* the failure (0: AEGIS_E_BACKEND); a fatal one
				     stops the runtime, as a lost device would */
	double slowdown;          /* >= 1: each segment runs slowdown x its WCET share
				     (an overrun); 0: none */
	double slow_probability;  /* each job is slowed with this probability; 0: all */
	uint64_t alloc_fail_nth;  /* job N's memory binding fails (AEGIS_E_NOMEM) */
	double alloc_fail_probability;
	uint64_t hang_nth;        /* job N hangs: its first segment runs hang_ns more */
	int64_t hang_ns;          /* 0: one hour */
	/* Device faults (device-level, for GPU drills): job N's launch is refused by the
	 * device (on a GPU an invalid launch configuration: the job fails with
	 * AEGIS_E_INVAL, nothing else is touched); job N runs a kernel that writes to an
	 * unmapped address (on a GPU the whole CUDA context is poisoned: the runtime
	 * stops with AEGIS_E_DEVICE_LOST, every pending job ends with it). */
	uint64_t launch_error_nth;
	uint64_t illegal_address_nth;
} aegis_fault_injection;

#ifdef __cplusplus
}
#endif
#endif
