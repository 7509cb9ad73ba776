/* Earliest deadline first: the key is the job's absolute deadline. */
#include "sched/policy.h"

static void edf_key(const struct exec_context *m, const struct job *j, int64_t *key,
		    int64_t *tie)
{
	(void)m;
	*key = j->deadline_ns;
	*tie = 0; /* equal deadlines: earlier release, then admission order; never preempt */
}

const struct policy_ops policy_edf = {
	.version = POLICY_OPS_VERSION,
	.name = "edf",
	.rule = "earliest absolute deadline first",
	.key = edf_key,
};
