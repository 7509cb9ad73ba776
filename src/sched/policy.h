/* Scheduling policies. A policy is a total order on jobs, fixed when a job is
 * released: it maps the job to a (key, tie) pair, and a free lane takes the job with
 * the lowest (key, tie, release time, model admission index). The same pair decides
 * at segment boundaries: the running job keeps its lane unless a ready job's
 * (key, tie) is strictly lower. Policies are vtables; one file each. A policy must
 * not look at lanes, the device or other jobs. */
#ifndef AEGIS_SCHED_POLICY_H
#define AEGIS_SCHED_POLICY_H

#include <stdint.h>

#include "aegis/analysis.h"
#include "aegis/runtime.h"
#include "context/context.h"

/* Built in only (no plug-ins), so the table has no version: a new method is added to
 * every policy at once. Its name is the enum's (aegis_policy_name). */
struct policy_ops {
	/* The rule in words, for traces and the docs. */
	const char *rule;
	/* The job's (key, tie): lower runs first. Called once per release. */
	void (*key)(const struct exec_context *m, const struct job *j, int64_t *key,
		    int64_t *tie);
	/* The schedulability test that proves this policy's deadlines on one lane under
	 * the preemption mode; NULL: the policy has none (admission needs it off). */
	aegis_analysis_kind (*analysis)(aegis_preemption preemption);
};

extern const struct policy_ops policy_fp;
extern const struct policy_ops policy_edf;
extern const struct policy_ops policy_fifo;

/* The ops of a policy enum value; NULL for a value outside the enum. */
const struct policy_ops *policy_get(aegis_policy p);

#endif
