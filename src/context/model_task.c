/* From a model's configuration to the task the schedulability analysis sees. The
 * one place where dispatch overhead, a measured WCET (wcet_override_ns), the overrun
 * budget and the copies of a job's data enter the execution time. Pure. */
#include <math.h>

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

/* ceil(bytes / bps * factor) in ns; INT64_MAX past it. */
static int64_t copy_time(uint64_t bytes, uint64_t bps, double factor)
{
	if (!bytes)
		return 0;
	double ns = ceil((double)bytes * 1e9 / (double)bps * factor);
	return ns >= 9.2e18 ? INT64_MAX : (int64_t)ns;
}

void model_copy_ns(const aegis_model_config *cfg, const struct backend_reqs *reqs, uint64_t bps,
		   double factor, int64_t *in_ns, int64_t *out_ns)
{
	uint64_t in = 0, out = 0;
	for (uint32_t i = 0; reqs->tensors && i < reqs->n_inputs + reqs->n_outputs; i++)
		*(i < reqs->n_inputs ? &in : &out) += reqs->tensors[i].d.bytes;
	bps = bps ? bps : AEGIS_DEFAULT_COPY_BPS;
	factor = factor >= 1 ? factor : 1;
	*in_ns = copy_time(in, bps, factor);
	*out_ns = copy_time(out, bps, factor);
	if (cfg->wcet_override_ns > 0) { /* measured with its copies, alone: the rest only */
		*in_ns -= copy_time(in, bps, 1);
		*out_ns -= copy_time(out, bps, 1);
	}
}

aegis_status aegis_task_add_copies(aegis_task *t, int64_t in_ns, int64_t out_ns)
{
	if (!t || in_ns < 0 || out_ns < 0)
		return AEGIS_E_INVAL;
	int64_t c, first, last;
	if (!t->segment_ns || t->n_segments == 0) { /* one segment, implicitly */
		if (__builtin_add_overflow(t->wcet_ns, in_ns, &c) ||
		    __builtin_add_overflow(c, out_ns, &c))
			return AEGIS_E_OVERFLOW;
		t->wcet_ns = c;
		return AEGIS_OK;
	}
	/* segment_ns is the caller's buffer (aegis_model_task's seg_buf) */
	int64_t *seg = (int64_t *)(uintptr_t)t->segment_ns;
	if (__builtin_add_overflow(seg[0], in_ns, &first) ||
	    __builtin_add_overflow(t->wcet_ns, in_ns, &c) ||
	    __builtin_add_overflow(c, out_ns, &c) ||
	    __builtin_add_overflow(t->n_segments == 1 ? first : seg[t->n_segments - 1], out_ns,
				   &last))
		return AEGIS_E_OVERFLOW;
	seg[0] = first;
	seg[t->n_segments - 1] = last;
	t->wcet_ns = c;
	return AEGIS_OK;
}

aegis_status aegis_model_task_copies(const aegis_model_config *cfg, uint64_t bandwidth_bps,
				     double interference, aegis_task *t)
{
	if (!cfg || !t)
		return AEGIS_E_INVAL;
	const struct backend_ops *b = backend_find(cfg->backend);
	if (!b)
		return AEGIS_E_CONFIG;
	void *config = NULL;
	char ignored[8];
	aegis_status st = backend_configure_model(cfg, &config, ignored, sizeof ignored);
	if (st != AEGIS_OK)
		return st;
	struct backend_reqs reqs;
	st = backend_describe(b, config, &reqs, ignored, sizeof ignored);
	int64_t in_ns = 0, out_ns = 0;
	if (st == AEGIS_OK)
		model_copy_ns(cfg, &reqs, bandwidth_bps, interference, &in_ns, &out_ns);
	b->config_free(config);
	return st == AEGIS_OK ? aegis_task_add_copies(t, in_ns, out_ns) : st;
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
