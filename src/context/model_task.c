/* From a model's configuration to the task the schedulability analysis sees. The
 * one place where dispatch overhead enters the execution time. Pure. */
#include "aegis/runtime.h"
#include "backend/backend.h"

aegis_status aegis_model_task(const aegis_model_config *cfg, aegis_priority_rule rule,
			      int64_t dispatch_overhead_ns, aegis_task *out, int64_t *seg_buf)
{
	if (!cfg || !out || !seg_buf || dispatch_overhead_ns < 0)
		return AEGIS_E_INVAL;
	const struct backend_ops *b = backend_find(cfg->backend);
	if (!b)
		return AEGIS_E_CONFIG;
	struct backend_reqs reqs;
	char detail[8];
	aegis_status st = backend_describe(b, cfg, &reqs, detail, sizeof detail);
	if (st != AEGIS_OK)
		return st;
	int64_t c = 0;
	for (uint32_t k = 0; k < reqs.n_segments; k++) {
		if (__builtin_add_overflow(reqs.segment_wcet_ns[k], dispatch_overhead_ns, &seg_buf[k]) ||
		    __builtin_add_overflow(c, seg_buf[k], &c))
			return AEGIS_E_OVERFLOW;
	}
	int64_t deadline = cfg->deadline_ns ? cfg->deadline_ns : cfg->period_ns;
	*out = (aegis_task){
		.name = cfg->name,
		.wcet_ns = c,
		.deadline_ns = deadline,
		.period_ns = cfg->period_ns,
		.jitter_ns = cfg->jitter_ns,
		.prio = rule == AEGIS_PRIO_RM ? cfg->period_ns
		      : rule == AEGIS_PRIO_DM ? deadline : cfg->priority,
		.n_segments = reqs.n_segments,
		.segment_ns = seg_buf,
	};
	return AEGIS_OK;
}

aegis_status aegis_policy_analysis(aegis_policy policy, aegis_preemption preemption,
				   aegis_analysis_kind *out)
{
	bool points = preemption == AEGIS_PREEMPT_POINTS;
	switch (policy) {
	case AEGIS_POLICY_FP:
		*out = points ? AEGIS_AN_FP_LP : AEGIS_AN_FP_NP;
		return AEGIS_OK;
	case AEGIS_POLICY_EDF:
		*out = points ? AEGIS_AN_EDF_LP : AEGIS_AN_EDF_NP;
		return AEGIS_OK;
	case AEGIS_POLICY_FIFO:
		break;
	}
	return AEGIS_E_UNSUPPORTED;
}
