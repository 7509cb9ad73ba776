/* Fixed priority: the key is the model's priority, fixed at admission. Under the
 * RM and DM rules the key is the period or the relative deadline itself, so the
 * order is rate- or deadline-monotonic without renumbering when models come and
 * go; equal keys fall to the admission order. */
#include "sched/policy.h"

int64_t policy_fp_model_key(const aegis_model_config *cfg, int64_t deadline_ns,
			    aegis_priority_rule rule)
{
	switch (rule) {
	case AEGIS_PRIO_RM: return cfg->period_ns;
	case AEGIS_PRIO_DM: return deadline_ns;
	case AEGIS_PRIO_EXPLICIT: break;
	}
	return cfg->priority;
}

static int64_t fp_key(const struct exec_context *m, const struct job *j)
{
	(void)j;
	return m->prio_key;
}

const struct policy_ops policy_fp = {
	.version = POLICY_OPS_VERSION,
	.name = "fp",
	.rule = "lowest priority value first (0 is the highest priority)",
	.key = fp_key,
};
