/* Earliest deadline first: the key is the job's absolute deadline. */
#include "sched/policy.h"

static int64_t edf_key(const struct exec_context *m, const struct job *j)
{
	(void)m;
	return j->deadline_ns;
}

const struct policy_ops policy_edf = {
	.version = POLICY_OPS_VERSION,
	.name = "edf",
	.rule = "earliest absolute deadline first",
	.key = edf_key,
};
