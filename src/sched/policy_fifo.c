/* First in, first out: the key is the release time. The naive baseline that a
 * serving system's single queue gives; it never preempts at segment boundaries
 * because a later job can never have a strictly lower key. */
#include "sched/policy.h"

static int64_t fifo_key(const struct exec_context *m, const struct job *j)
{
	(void)m;
	return j->release_ns;
}

const struct policy_ops policy_fifo = {
	.version = POLICY_OPS_VERSION,
	.name = "fifo",
	.rule = "earliest release first",
	.key = fifo_key,
};
