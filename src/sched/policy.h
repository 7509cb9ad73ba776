/* Scheduling policies. A policy is a total order on jobs, fixed when a job is
 * released: it maps the job to a key, and a free lane takes the job with the
 * lowest (key, release time, model admission index). The same order decides at
 * segment boundaries: the running job keeps its lane unless a ready job's key is
 * strictly lower. Policies are vtables; one file each. A policy must not look at
 * lanes, the device or other jobs. */
#ifndef AEGIS_SCHED_POLICY_H
#define AEGIS_SCHED_POLICY_H

#include <stdint.h>

#include "aegis/runtime.h"
#include "context/context.h"

#define POLICY_OPS_VERSION 1u

struct policy_ops {
	uint32_t version;
	const char *name;
	/* The rule in words, for traces and the docs. */
	const char *rule;
	/* The job's key: lower runs first. Called once per release. */
	int64_t (*key)(const struct exec_context *m, const struct job *j);
};

extern const struct policy_ops policy_fp;
extern const struct policy_ops policy_edf;
extern const struct policy_ops policy_fifo;

/* The ops of a policy enum value; NULL for a value outside the enum. */
const struct policy_ops *policy_get(aegis_policy p);

/* The fixed-priority key of a model under a priority rule: the explicit priority,
 * the period (RM) or the relative deadline (DM). Lower is more urgent. */
int64_t policy_fp_model_key(const aegis_model_config *cfg, int64_t deadline_ns,
			    aegis_priority_rule rule);

#endif
