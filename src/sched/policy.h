/* Scheduling policies. A policy is a total order on jobs, fixed when a job is
 * released: it maps the job to a (key, tie) pair, and a free lane takes the job with
 * the lowest (key, tie, release time, model admission index). The same pair decides
 * at segment boundaries: the running job keeps its lane unless a ready job's
 * (key, tie) is strictly lower. Policies are vtables; one file each. A policy must
 * not look at lanes, the device or other jobs. */
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
	/* The job's (key, tie): lower runs first. Called once per release. */
	void (*key)(const struct exec_context *m, const struct job *j, int64_t *key,
		    int64_t *tie);
};

extern const struct policy_ops policy_fp;
extern const struct policy_ops policy_edf;
extern const struct policy_ops policy_fifo;

/* The ops of a policy enum value; NULL for a value outside the enum. */
const struct policy_ops *policy_get(aegis_policy p);

#endif
