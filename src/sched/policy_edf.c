/* Earliest deadline first: the key is the job's absolute deadline. */
#include "sched/policy.h"

static void edf_key(const struct exec_context *m, const struct job *j, int64_t *key,
		    int64_t *tie)
{
	(void)m;
	*key = j->deadline_ns;
	*tie = 0; /* equal deadlines: earlier release, then admission order; never preempt */
}

static aegis_analysis_kind edf_analysis(aegis_preemption preemption)
{
	return preemption == AEGIS_PREEMPT_POINTS ? AEGIS_AN_EDF_LP : AEGIS_AN_EDF_NP;
}

const struct policy_ops policy_edf = {
	.rule = "earliest absolute deadline first",
	.key = edf_key,
	.analysis = edf_analysis,
};
