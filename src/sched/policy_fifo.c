/* First in, first out: the key is the release time. The naive baseline that a
 * serving system's single queue gives; it never preempts at segment boundaries
 * because a later job can never have a strictly lower key. */
#include "sched/policy.h"

static void fifo_key(const struct exec_context *m, const struct job *j, int64_t *key,
		     int64_t *tie)
{
	(void)m;
	*key = j->release_ns;
	*tie = 0;
}

const struct policy_ops policy_fifo = {
	.rule = "earliest release first",
	.key = fifo_key,
	.analysis = NULL, /* a naive baseline: nothing to prove */
};
