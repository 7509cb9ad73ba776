/* Fixed-priority response-time analysis on one lane, in discrete time (1 ns ticks).
 *
 * Non-preemptive (FP_NP): Davis, Burns, Bril, Lukkien, "Controller Area Network (CAN)
 * schedulability analysis: Refuted, revisited and revised", Real-Time Systems 35(3),
 * 2007. The older analysis that looks only at the first job after the critical
 * instant is optimistic (a later job of the busy period can be the worst) and is not
 * used. For task i with higher-priority set hp(i), lower-priority set lp(i):
 *   B_i   = max_{k in lp(i)} C_k - 1            (George et al. 1996: a lower-priority
 *                                                job can start 1 tick before the instant)
 *   t_i   = B_i + sum_{k in hep(i)} ceil((t_i + J_k) / T_k) C_k      level-i busy period
 *   Q_i   = ceil((t_i + J_i) / T_i)                                   jobs in it
 *   w_i(q)= B_i + q C_i + sum_{k in hp(i)} (floor((w_i(q) + J_k) / T_k) + 1) C_k
 *   R_i   = max_{q < Q_i} J_i + w_i(q) - q T_i + C_i
 * The "+1" counts a higher-priority job released at the very tick job q would start:
 * the dispatcher handles an instant's releases before its decisions, so it wins.
 *
 * Fixed preemption points (FP_LP): Yao, Buttazzo, Bertogna, "Feasibility analysis
 * under fixed priority scheduling with fixed preemption points", RTCSA 2010. Only the
 * final non-preemptive region q_i^last of each job is safe from preemption, so the
 * recurrence bounds the start of that region, and blocking is the longest region of a
 * lower-priority task:
 *   B_i    = max_{k in lp(i)} q_k^max - 1
 *   s_i(q) = B_i + q C_i + (C_i - q_i^last) + sum_{k in hp(i)} (floor((s_i(q)+J_k)/T_k)+1) C_k
 *   R_i    = max_q J_i + s_i(q) + q_i^last - q T_i
 * With one segment (q^last = C) this is exactly the FP_NP recurrence.
 *
 * Fully preemptive (FP_P), for comparison: Joseph & Pandya 1986, Audsley et al. 1993:
 *   w_i = C_i + sum_{k in hp(i)} ceil((w_i + J_k) / T_k) C_k,   R_i = J_i + w_i.
 * Exact for constrained deadlines (one job per busy period matters when R_i <= D_i).
 *
 * Must not allocate per task beyond the order and blocking arrays, nor read anything
 * but the tasks.
 */
#include <stdlib.h>

#include "analysis/taskset.h"

/* Least fixed point >= start of x = base + sum over `set` of ceil((x + J_k) / T_k) C_k
 * (plus_one = 0) or (floor((x + J_k) / T_k) + 1) C_k (plus_one = 1), iterated upward
 * from start (which must not exceed it). Returns AEGIS_OK with *x, or
 * AEGIS_E_OVERFLOW; *diverged is set when x passes `limit` or the iteration cap. */
static aegis_status fixed_point(const aegis_task *t, const uint32_t *set, uint32_t n_set,
				int64_t base, int64_t start, int plus_one, int64_t limit,
				int64_t *x, bool *diverged)
{
	int64_t cur = start;
	*diverged = false;
	for (uint32_t it = 0; it < AN_MAX_ITERATIONS; it++) {
		int64_t next = base;
		for (uint32_t s = 0; s < n_set; s++) {
			const aegis_task *k = &t[set[s]];
			int64_t a;
			if (__builtin_add_overflow(cur, k->jitter_ns, &a))
				return AEGIS_E_OVERFLOW;
			int64_t jobs = plus_one ? a / k->period_ns + 1 : an_ceil_div(a, k->period_ns);
			if (!an_add_mul(&next, jobs, k->wcet_ns))
				return AEGIS_E_OVERFLOW;
		}
		if (next == cur) {
			*x = cur;
			return AEGIS_OK;
		}
		cur = next;
		if (cur > limit) {
			*x = cur;
			*diverged = true;
			return AEGIS_OK;
		}
	}
	*x = cur;
	*diverged = true;
	return AEGIS_OK;
}

/* The largest region of task k that a higher-priority job may wait for (FP_NP: the
 * whole job; FP_LP: its longest segment; FP_P: none). */
static int64_t fp_region(aegis_analysis_kind kind, const aegis_task *k)
{
	return kind == AEGIS_AN_FP_NP ? k->wcet_ns : kind == AEGIS_AN_FP_LP ? an_seg_max(k) : 0;
}

/* The analysis of the task at position pos of `order`, its blocking B given. */
static aegis_status fp_task_blocked(aegis_analysis_kind kind, const aegis_task *t,
				    const uint32_t *order, uint32_t pos, int64_t B,
				    aegis_task_result *r)
{
	const aegis_task *ti = &t[order[pos]];
	const uint32_t *hp = order;
	const uint32_t n_hp = pos;
	*r = (aegis_task_result){.bound_ns = -1, .check_point_ns = -1, .busy_period_ns = -1};

	bool diverged;
	aegis_status st;

	if (kind == AEGIS_AN_FP_P) {
		int64_t w;
		st = fixed_point(t, hp, n_hp, ti->wcet_ns, ti->wcet_ns, 0,
				 ti->deadline_ns - ti->jitter_ns, &w, &diverged);
		if (st != AEGIS_OK)
			return st;
		r->jobs = 1;
		int64_t R = w + ti->jitter_ns;
		r->bound_ns = diverged ? -1 : R;
		r->slack_ns = ti->deadline_ns - R;
		r->schedulable = !diverged && R <= ti->deadline_ns;
		return AEGIS_OK;
	}

	r->blocking_ns = B;
	int64_t last = kind == AEGIS_AN_FP_NP ? ti->wcet_ns : an_seg_last(ti);

	/* level-i busy period over hep(i) = hp(i) + i (order[0..pos]), started from
	 * B + sum C, which every job released at the critical instant needs anyway */
	int64_t busy, start = B;
	for (uint32_t p = 0; p <= pos; p++)
		if (__builtin_add_overflow(start, t[order[p]].wcet_ns, &start))
			return AEGIS_E_OVERFLOW;
	st = fixed_point(t, order, pos + 1, B, start, 0, INT64_MAX / 4, &busy, &diverged);
	if (st != AEGIS_OK)
		return st;
	if (diverged) {
		r->slack_ns = -1;
		return AEGIS_OK; /* no finite busy period: not schedulable */
	}
	r->busy_period_ns = busy;
	int64_t Q = an_ceil_div(busy + ti->jitter_ns, ti->period_ns);
	if (Q < 1)
		Q = 1;
	int64_t worst = 0;
	for (int64_t q = 0; q < Q; q++) {
		/* base = B + q C_i + (C_i - last) */
		int64_t base = B;
		if (!an_add_mul(&base, q, ti->wcet_ns) ||
		    __builtin_add_overflow(base, ti->wcet_ns - last, &base))
			return AEGIS_E_OVERFLOW;
		int64_t qT, s;
		if (__builtin_mul_overflow(q, ti->period_ns, &qT))
			return AEGIS_E_OVERFLOW;
		/* R(q) > D once s > D + qT - J - last */
		int64_t s_limit = ti->deadline_ns + qT - ti->jitter_ns - last;
		st = fixed_point(t, hp, n_hp, base, base, 1, s_limit, &s, &diverged);
		if (st != AEGIS_OK)
			return st;
		int64_t R = ti->jitter_ns + s + last - qT;
		if (R > worst)
			worst = R;
		r->jobs = (uint32_t)(q + 1);
		if (diverged || R > ti->deadline_ns) {
			r->bound_ns = -1;
			r->slack_ns = ti->deadline_ns - R;
			r->schedulable = false;
			return AEGIS_OK;
		}
	}
	r->bound_ns = worst;
	r->slack_ns = ti->deadline_ns - worst;
	r->schedulable = true;
	return AEGIS_OK;
}

aegis_status an_fp_task(aegis_analysis_kind kind, const aegis_task *t, const uint32_t *order,
			uint32_t n, uint32_t pos, aegis_task_result *r)
{
	/* blocking: the longest non-preemptive region of a lower-priority task, less 1 tick */
	int64_t B = 0;
	for (uint32_t p = pos + 1; p < n; p++)
		if (fp_region(kind, &t[order[p]]) - 1 > B)
			B = fp_region(kind, &t[order[p]]) - 1;
	return fp_task_blocked(kind, t, order, pos, B, r);
}

/* One task's result into out (and per_task): the first failure in priority order is
 * the set's. Returns true when the caller may stop (a failure and no per_task). */
static bool fp_note(aegis_analysis_result *out, aegis_task_result *per_task, uint32_t i,
		    const aegis_task_result *r)
{
	if (per_task)
		per_task[i] = *r;
	if (r->busy_period_ns > out->busy_period_ns)
		out->busy_period_ns = r->busy_period_ns;
	if (!r->schedulable && out->schedulable) {
		out->schedulable = false;
		out->failing_task = i;
		out->excess_ns = r->slack_ns < 0 ? -r->slack_ns : 1;
		out->reason = "a response-time bound exceeds its deadline";
		return !per_task;
	}
	return false;
}

/* blocked[p] = the blocking of the task at position p (the longest region below it,
 * less 1 tick; 0 with none), skipping the task `skip` (n: none). O(n). */
static void fp_blocking(aegis_analysis_kind kind, const aegis_task *t, const uint32_t *order,
			uint32_t n, uint32_t skip, int64_t *blocked)
{
	int64_t below = 0; /* the longest region of the positions after p */
	for (uint32_t p = n; p-- > 0;) {
		blocked[p] = below > 0 ? below - 1 : 0;
		int64_t q = order[p] == skip ? 0 : fp_region(kind, &t[order[p]]);
		if (q > below)
			below = q;
	}
}

aegis_status an_fp(aegis_analysis_kind kind, const aegis_task *t, uint32_t n,
		   aegis_analysis_result *out, aegis_task_result *per_task)
{
	uint32_t *order = malloc((n ? n : 1) * sizeof *order);
	int64_t *blocked = malloc((n ? n : 1) * sizeof *blocked);
	aegis_status st = AEGIS_E_NOMEM;
	if (!order || !blocked)
		goto out;
	an_priority_order(t, n, order);
	fp_blocking(kind, t, order, n, n, blocked);
	st = AEGIS_OK;
	for (uint32_t pos = 0; pos < n; pos++) {
		aegis_task_result r;
		if ((st = fp_task_blocked(kind, t, order, pos, blocked[pos], &r)) != AEGIS_OK)
			break;
		if (fp_note(out, per_task, order[pos], &r))
			break;
	}
out:
	free(order);
	free(blocked);
	return st;
}

/* Linear upper bounds (docs/ANALYSIS.md, "What one admission costs"). Every
 * interference term above is at most linear in its window: with U_k = C_k / T_k,
 *   ceil((x + J_k) / T_k) C_k  and  (floor((x + J_k) / T_k) + 1) C_k  <=  U_k x + C_k + U_k J_k,
 * so with U = sum U_k and S = sum (C_k + U_k J_k) over a set, the recurrence
 * x = base + sum(...) has x <= (base + S) / (1 - U) as a post-fixed point when U < 1,
 * and its least fixed point (which the iteration from any start below it reaches) is
 * no larger. For task i at position pos, with hp's sums before it and hep's through it:
 *   busy period t_i <= (B_i + S_hep) / (1 - U_hep): if t_i + J_i <= T_i, only job 0 is
 *   in it (Q_i = 1), and its start s_i(0) <= (B_i + (C_i - last_i) + S_hp) / (1 - U_hp)
 *   (fp-p: w_i <= (C_i + S_hp) / (1 - U_hp)), so R_i <= J_i + s_i(0) + last_i (fp-p:
 *   J_i + w_i). When that is <= D_i the task is schedulable: its exact analysis would
 *   say so too. The sums are in long double with a relative margin of 1e-6 and 1 ns,
 *   far above their rounding; a task the bound does not clear is analysed exactly. */
struct fp_sums {
	long double *u, *s; /* n + 1 entries: sums over positions [0, p) */
};

static bool fp_sums_init(struct fp_sums *f, const aegis_task *t, const uint32_t *order,
			 uint32_t n)
{
	f->u = malloc((n + 1) * sizeof *f->u);
	f->s = malloc((n + 1) * sizeof *f->s);
	if (!f->u || !f->s)
		return false;
	f->u[0] = f->s[0] = 0;
	for (uint32_t p = 0; p < n; p++) {
		const aegis_task *k = &t[order[p]];
		long double u = (long double)k->wcet_ns / (long double)k->period_ns;
		f->u[p + 1] = f->u[p] + u;
		f->s[p + 1] = f->s[p] + (long double)k->wcet_ns + u * (long double)k->jitter_ns;
	}
	return true;
}

static void fp_sums_free(struct fp_sums *f)
{
	free(f->u);
	free(f->s);
}

/* True when the linear bounds prove the task at position pos schedulable. */
static bool fp_linear_ok(aegis_analysis_kind kind, const aegis_task *t, const uint32_t *order,
			 uint32_t pos, int64_t B, const struct fp_sums *f)
{
	const long double margin = 1e-6L;
	const aegis_task *ti = &t[order[pos]];
	long double u_hp = f->u[pos], u_hep = f->u[pos + 1];
	if (u_hep >= 1 - margin)
		return false;
	long double R, J = (long double)ti->jitter_ns, C = (long double)ti->wcet_ns;
	if (kind == AEGIS_AN_FP_P) {
		R = J + (C + f->s[pos]) / (1 - u_hp);
	} else {
		long double busy = ((long double)B + f->s[pos + 1]) / (1 - u_hep);
		if ((busy + J) * (1 + margin) + 1 > (long double)ti->period_ns)
			return false; /* perhaps more than one job in the busy period */
		long double last = (long double)(kind == AEGIS_AN_FP_NP ? ti->wcet_ns
									 : an_seg_last(ti));
		R = J + ((long double)B + (C - last) + f->s[pos]) / (1 - u_hp) + last;
	}
	return R * (1 + margin) + 1 <= (long double)ti->deadline_ns;
}

/* Admission of t[n - 1] to t[0..n-1), a set that passes this test. A task above the
 * new one sees the same higher-priority tasks as before; only its blocking can grow,
 * by the new task's region. Its result is unchanged, so still schedulable, unless that
 * region raises its blocking: the tasks that can change are the new one, every task
 * below it, and those above whose blocking it raises. Of those, the new task is
 * analysed exactly (its result is the admission's evidence); the others exactly only
 * when the linear bounds above do not clear them. The verdict and the failing task
 * are an_fp's (the first failure in priority order is among the analysed); add_result
 * is the new task's result when every task before it in priority order passes. One
 * admission to a lane of n tasks costs O(n log n) plus the exact analyses. */
aegis_status an_fp_add(aegis_analysis_kind kind, const aegis_task *t, uint32_t n,
		       aegis_analysis_result *out, aegis_task_result *add_result)
{
	if (n == 0)
		return AEGIS_E_INVAL;
	uint32_t *order = malloc(n * sizeof *order);
	int64_t *blocked = malloc(n * sizeof *blocked);
	int64_t *before = malloc(n * sizeof *before);
	struct fp_sums sums = {0};
	aegis_status st = AEGIS_E_NOMEM;
	if (!order || !blocked || !before)
		goto out;
	an_priority_order(t, n, order);
	if (!fp_sums_init(&sums, t, order, n))
		goto out;
	fp_blocking(kind, t, order, n, n, blocked);
	fp_blocking(kind, t, order, n, n - 1, before);
	st = AEGIS_OK;
	bool above = true; /* positions before the new task's */
	for (uint32_t pos = 0; pos < n; pos++) {
		bool added = order[pos] == n - 1;
		if (added)
			above = false;
		else if (above && blocked[pos] == before[pos])
			continue; /* as before the new task came: schedulable */
		else if (fp_linear_ok(kind, t, order, pos, blocked[pos], &sums))
			continue; /* cleared by the linear bounds */
		aegis_task_result r;
		if ((st = fp_task_blocked(kind, t, order, pos, blocked[pos], &r)) != AEGIS_OK)
			break;
		if (added && add_result)
			*add_result = r;
		if (fp_note(out, NULL, order[pos], &r))
			break;
	}
out:
	free(order);
	free(blocked);
	free(before);
	fp_sums_free(&sums);
	return st;
}
