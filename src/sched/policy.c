/* The table of policies. Adding one means one new file and one line here. */
#include <stddef.h>

#include "sched/policy.h"

const struct policy_ops *policy_get(aegis_policy p)
{
	switch (p) {
	case AEGIS_POLICY_FP: return &policy_fp;
	case AEGIS_POLICY_EDF: return &policy_edf;
	case AEGIS_POLICY_FIFO: return &policy_fifo;
	}
	return NULL;
}

const char *aegis_policy_name(aegis_policy p)
{
	const struct policy_ops *ops = policy_get(p);
	return ops ? ops->name : "unknown";
}
