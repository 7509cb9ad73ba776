/* `aegisrt plan`'s writer of the planned workload (plan_yaml.c): what the plan sets in
 * a workload file. Must not know how the plan was found. */
#ifndef AEGISRT_PLAN_H
#define AEGISRT_PLAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct plan_yaml {
	uint32_t n_lanes;
	const uint32_t *lane_sms; /* n_lanes: runtime.lanes: [{sms: ...}, ...] */
	bool fp;                  /* runtime.priorities: explicit, each model's priority */
	bool points;              /* runtime.preemption: points */
	uint32_t n_models;        /* the models of the file, in its order */
	const int32_t *lane;      /* n_models: lane, or -1: `lane: auto` (left out) */
	const int64_t *prio;      /* n_models: priority (fp) */
};

/* Writes text (a workload file that loaded) to f with what plan sets replaced or
 * added, every other key as written (comments are not kept). 0, or -1 with the reason
 * in err (an alias where a value must change, a write that failed). */
int plan_yaml_write(const char *text, size_t len, const struct plan_yaml *plan, FILE *f,
		    char *err, size_t err_len);

/* runtime.lanes: auto (plan.c), for `aegisrt run` and `aegisrt admit` (cmd names it in
 * messages): plans the workload file with the WCET profile as `aegisrt plan` does (its
 * default options), says on stderr what it planned, and parses the planned workload
 * into *planned (owned by the caller; file names in it stay relative to the
 * workload's folder). 0, or an exit status with the reason printed (no profile, one
 * without curves, a policy without analysis, ...). */
struct aegis_workload;
int plan_auto(const char *cmd, const char *workload, const char *profile,
	      struct aegis_workload **planned);

#endif
