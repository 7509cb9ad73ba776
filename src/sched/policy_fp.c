/* Fixed priority: the key is the model's priority, fixed at admission
 * (aegis_model_task). Under the RM and DM rules the key is the period or the
 * relative deadline itself, so the
 * order is rate- or deadline-monotonic without renumbering when models come and
 * go. Equal keys fall to the admission order (the tie), so priorities form a strict
 * total order: the one the response-time analysis assumes, and a model admitted
 * earlier also preempts an equal-key one at a segment boundary. */
#include "sched/policy.h"

static void fp_key(const struct exec_context *m, const struct job *j, int64_t *key,
		   int64_t *tie)
{
	(void)j;
	*key = m->prio_key;
	*tie = (int64_t)m->seq;
}

static aegis_analysis_kind fp_analysis(aegis_preemption preemption)
{
	return preemption == AEGIS_PREEMPT_POINTS ? AEGIS_AN_FP_LP : AEGIS_AN_FP_NP;
}

const struct policy_ops policy_fp = {
	.rule = "lowest priority value first (0 is the highest), then the earliest admitted model",
	.key = fp_key,
	.analysis = fp_analysis,
};
