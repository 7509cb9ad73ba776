/* The table of policies, and the public facts about them (name, rule, analysis).
 * Adding one means one new file and one line here. */
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

const char *aegis_policy_rule(aegis_policy p)
{
	const struct policy_ops *ops = policy_get(p);
	return ops ? ops->rule : "unknown";
}

aegis_status aegis_policy_analysis(aegis_policy policy, aegis_preemption preemption,
				   aegis_analysis_kind *out)
{
	const struct policy_ops *ops = policy_get(policy);
	if (!out)
		return AEGIS_E_INVAL;
	if (!ops || !ops->analysis)
		return AEGIS_E_UNSUPPORTED;
	*out = ops->analysis(preemption);
	return AEGIS_OK;
}
