/* From a model's configuration to the task the schedulability analysis sees. The
 * one place where dispatch overhead, a measured WCET (wcet_override_ns) and the
 * overrun budget enter the execution time. Pure. */
#include "aegis/runtime.h"
#include "backend/backend.h"
#include "context/context.h"

/* Scales seg[0..n) to add up to total exactly: segment k ends at
 * floor(prefix_k * total / sum), so the rounding never accumulates. Each gets >= 1 ns
 * when total >= n (a segment of the model is >= 1 ns, so prefixes grow by >= 1). */
static void scale_segments(int64_t *seg, uint32_t n, int64_t total)
{
	__int128 sum = 0, prefix = 0;
	for (uint32_t k = 0; k < n; k++)
		sum += seg[k];
	int64_t prev_end = 0;
	for (uint32_t k = 0; k < n; k++) {
		prefix += seg[k];
		int64_t end = (int64_t)(prefix * total / sum);
		if (end < prev_end + 1)
			end = prev_end + 1;
		if (end > total - (int64_t)(n - 1 - k))
			end = total - (int64_t)(n - 1 - k);
		seg[k] = end - prev_end;
		prev_end = end;
	}
}

aegis_status aegis_model_task(const aegis_model_config *cfg, aegis_priority_rule rule,
			      int64_t dispatch_overhead_ns, aegis_task *out, int64_t *seg_buf,
			      char *detail, size_t detail_len)
{
	char ignored[8];
	if (!detail || !detail_len) {
		detail = ignored;
		detail_len = sizeof ignored;
	}
	detail[0] = '\0';
	if (!cfg || !out || !seg_buf || dispatch_overhead_ns < 0)
		return AEGIS_E_INVAL;
	const struct backend_ops *b = backend_find(cfg->backend);
	if (!b)
		return AEGIS_E_CONFIG;
	void *config = NULL;
	aegis_status st = backend_configure_model(cfg, &config, detail, detail_len);
	if (st != AEGIS_OK)
		return st;
	struct backend_reqs reqs;
	st = backend_describe(b, config, &reqs, detail, detail_len);
	b->config_free(config);
	if (st != AEGIS_OK)
		return st;
	return model_task_of(cfg, &reqs, rule, dispatch_overhead_ns, out, seg_buf);
}

aegis_status model_task_of(const aegis_model_config *cfg, const struct backend_reqs *described,
			   aegis_priority_rule rule, int64_t dispatch_overhead_ns, aegis_task *out,
			   int64_t *seg_buf)
{
	struct backend_reqs reqs = *described;
	if (cfg->wcet_override_ns < 0 ||
	    (cfg->wcet_override_ns > 0 && cfg->wcet_override_ns < (int64_t)reqs.n_segments))
		return AEGIS_E_CONFIG;
	if (cfg->wcet_override_ns > 0)
		scale_segments(reqs.segment_wcet_ns, reqs.n_segments, cfg->wcet_override_ns);
	/* The overrun budget B may land in any one segment, and the analysis must hold
	 * for every place: each segment is charged + B (the longest non-preemptive
	 * region, blocking others and ending a job, can be any segment + B), so
	 * C = sum(seg) + n B. Sound and, for n > 1, pessimistic by (n - 1) B. */
	int64_t c = 0, budget = cfg->faults.overrun_budget_ns;
	if (budget < 0)
		return AEGIS_E_CONFIG;
	for (uint32_t k = 0; k < reqs.n_segments; k++) {
		if (__builtin_add_overflow(reqs.segment_wcet_ns[k], dispatch_overhead_ns, &seg_buf[k]) ||
		    __builtin_add_overflow(seg_buf[k], budget, &seg_buf[k]) ||
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

/* A host stall delays the dispatcher: a job waits for it after its release, and so
 * does every decision after a stall; the lane then resumes g later. Charged as release
 * jitter J += g to every task of the lane, the jitter-aware analyses bound exactly
 * that: for FP, w = B + C + sum ceil((w + g) / T_k) C_k and R = g + w, i.e. with
 * w' = w + g, w' = g + B + C + sum ceil(w' / T_k) C_k, one stall of g as the top
 * priority's interference in the window (Audsley, Burns, Richardson, Tindell,
 * Wellings, "Applying new scheduling theory to static priority pre-emptive
 * scheduling", Software Eng. J. 8(5), 1993); for EDF, h(t + g) + b <= t, demand plus
 * one stall of g in every window (Spuri 1996, as Jeffay & Stone, "Accounting for
 * interrupt handling costs in dynamic priority task systems", RTSS 1993, charge
 * interrupts). It holds while the stalls inside one busy window add up to at most g
 * (docs/ANALYSIS.md, "Host stalls"). */
aegis_status aegis_task_add_host_stall(aegis_task *t, int64_t stall_ns)
{
	if (!t || stall_ns < 0)
		return AEGIS_E_INVAL;
	int64_t j;
	if (__builtin_add_overflow(t->jitter_ns, stall_ns, &j))
		return AEGIS_E_OVERFLOW;
	if (j >= t->period_ns)
		return AEGIS_E_CONFIG;
	t->jitter_ns = j;
	return AEGIS_OK;
}
