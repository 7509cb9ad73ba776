/* Host stalls charged as a function of the window length: the stall curve S, and the
 * fixed point g = S(L(g)) that charges a lane the stall of the windows its test
 * examines. Must not analyse anything itself: each step is aegis_analyse's test.
 *
 * Sources: the curve is a supply-loss bound, the complement of a supply-bound function
 * (Shin & Lee, "Periodic resource model for compositional real-time guarantees", RTSS
 * 2003) or an arrival curve of the interference (Cruz, "A calculus for network delay",
 * IEEE Trans. Inf. Theory 37(1), 1991); a flat loss g per window charged to every task
 * as release jitter is the interrupt charge of Jeffay & Stone (RTSS 1993) under EDF and
 * the jitter terms of Audsley et al. (1993) under FP. docs/ANALYSIS.md, "Host stalls",
 * gives the argument. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "aegis/time.h"
#include "analysis/taskset.h"

/* One line for detail (may be NULL), and AEGIS_E_INVAL. */
#define CURVE_BAD(...)                                        \
	do {                                                  \
		if (detail && len)                            \
			snprintf(detail, len, __VA_ARGS__);   \
		return AEGIS_E_INVAL;                         \
	} while (0)

aegis_status aegis_stall_curve_check(const aegis_stall_point *pts, uint32_t n, char *detail,
				     size_t len)
{
	if (detail && len)
		detail[0] = '\0';
	if (!pts || n == 0 || n > AEGIS_MAX_STALL_POINTS)
		CURVE_BAD("a stall curve has 1 to %u points, got %u", AEGIS_MAX_STALL_POINTS,
			  pts ? n : 0);
	for (uint32_t k = 0; k < n; k++) {
		const aegis_stall_point *p = &pts[k];
		if (p->window_ns <= 0)
			CURVE_BAD("point %u: window %" PRId64 " ns must be > 0", k, p->window_ns);
		if (p->lost_ns < 0 || p->lost_ns > p->window_ns)
			CURVE_BAD("point %u: lost %" PRId64 " ns must be 0 to its window %" PRId64
				  " ns", k, p->lost_ns, p->window_ns);
		if (k && p->window_ns <= pts[k - 1].window_ns)
			CURVE_BAD("point %u: window %" PRId64 " ns must be longer than the "
				  "previous point's %" PRId64 " ns", k, p->window_ns,
				  pts[k - 1].window_ns);
		if (k && p->lost_ns < pts[k - 1].lost_ns)
			CURVE_BAD("point %u: lost %" PRId64 " ns is less than the previous "
				  "point's %" PRId64 " ns (a longer window contains a shorter one)",
				  k, p->lost_ns, pts[k - 1].lost_ns);
	}
	return AEGIS_OK;
}

int64_t aegis_stall_at(const aegis_stall_point *pts, uint32_t n, int64_t x)
{
	if (x <= 0 || !pts || n == 0)
		return 0;
	/* a window of x lies inside one of the next larger measured window: it loses no more */
	for (uint32_t k = 0; k < n; k++)
		if (x <= pts[k].window_ns)
			return x < pts[k].lost_ns ? x : pts[k].lost_ns;
	/* subadditivity: floor(x / w_n) windows of w_n and one of the rest. q l_n <= q w_n
	 * and S(r) <= r, so the sum is at most x: no overflow */
	const aegis_stall_point *last = &pts[n - 1];
	int64_t q = x / last->window_ns;
	return q * last->lost_ns + aegis_stall_at(pts, n, x % last->window_ns);
}

/* The lane's tasks (in index order, then add) with g added to each jitter: sub[0..m),
 * idx[] their indices into tasks[] (n for add). The first task whose jitter plus g
 * reaches its period, or -1. */
static int64_t lane_with_stall(const aegis_task *tasks, const int32_t *lanes, uint32_t n,
			       uint32_t lane, const aegis_task *add, int64_t g, aegis_task *sub,
			       uint32_t *idx, uint32_t *m)
{
	int64_t bad = -1;
	*m = 0;
	for (uint32_t i = 0; i <= n; i++) {
		const aegis_task *t = i < n ? &tasks[i] : add;
		if (!t || (i < n && lanes[i] != (int32_t)lane))
			continue;
		idx[*m] = i;
		sub[*m] = *t;
		/* jitter < period <= INT64_MAX and g < period below: checked before adding */
		if (bad < 0 && (g >= t->period_ns || t->jitter_ns >= t->period_ns - g))
			bad = *m;
		else
			sub[*m].jitter_ns += g;
		(*m)++;
	}
	return bad;
}

/* L(g): the longest window the test examined with g in the jitter, the stall included
 * (docs/ANALYSIS.md, "Host stalls"); -1 for an empty lane. */
static aegis_status window_of(aegis_analysis_kind kind, const aegis_task *sub,
			      const aegis_task_result *res, uint32_t m,
			      const aegis_analysis_result *out, int64_t g, int64_t *L)
{
	int64_t w = -1;
	if (kind == AEGIS_AN_FP_P) { /* no busy period: the response windows w_i */
		for (uint32_t k = 0; k < m; k++)
			if (res[k].bound_ns - sub[k].jitter_ns > w)
				w = res[k].bound_ns - sub[k].jitter_ns;
	} else if (m) {
		w = out->busy_period_ns;
	}
	*L = -1;
	if (w < 0)
		return m ? AEGIS_E_INVAL : AEGIS_OK; /* a passing lane has a window */
	return aegis_time_add(w, g, L);
}

static void refuse(aegis_analysis_result *out, aegis_task_result *res, uint32_t m,
		   uint32_t at, int64_t excess, const char *why)
{
	*out = (aegis_analysis_result){.kind = out->kind, .utilisation = out->utilisation,
				       .busy_period_ns = -1, .failing_task = at,
				       .excess_ns = excess, .check_point_ns = -1, .reason = why};
	for (uint32_t k = 0; k < m; k++)
		if (at == AEGIS_AN_NONE || k == at)
			res[k].schedulable = false;
}

aegis_status aegis_lane_analyse_stalled(aegis_analysis_kind kind, const aegis_task *tasks,
					const int32_t *lanes, uint32_t n, uint32_t lane,
					const aegis_task *add, const aegis_stall_point *curve,
					uint32_t n_points, aegis_analysis_result *out,
					aegis_task_result *per_task, aegis_task_result *add_result,
					aegis_stall_charge *charge)
{
	if (!out || (n && (!tasks || !lanes)) ||
	    aegis_stall_curve_check(curve, n_points, NULL, 0) != AEGIS_OK)
		return AEGIS_E_INVAL;
	uint32_t cap = n + 1, m = 0;
	aegis_task *sub = malloc(cap * sizeof *sub);
	uint32_t *idx = malloc(cap * sizeof *idx);
	aegis_task_result *res = malloc(cap * sizeof *res);
	aegis_status st = AEGIS_E_NOMEM;
	aegis_stall_charge ch = {.stall_ns = 0, .window_ns = -1, .steps = 0};
	if (!sub || !idx || !res)
		goto out;
	/* g_0 = 0, g_k+1 = S(L(g_k)): non-decreasing, since L and S are, so it stops at the
	 * least fixed point, or at the first g at which the test fails (the tests are
	 * monotone in the jitter: a larger g fails too) */
	for (;;) {
		ch.steps++;
		int64_t bad = lane_with_stall(tasks, lanes, n, lane, add, ch.stall_ns, sub, idx, &m);
		*out = (aegis_analysis_result){.kind = kind};
		for (uint32_t k = 0; k < m; k++)
			res[k] = (aegis_task_result){.schedulable = true, .bound_ns = -1,
						     .slack_ns = INT64_MIN, .check_point_ns = -1,
						     .busy_period_ns = -1};
		if (bad >= 0) { /* R >= J + g + C >= T + C: over D by T - D + C at least */
			const aegis_task *t = &sub[bad];
			int64_t excess;
			if (__builtin_add_overflow(t->period_ns - t->deadline_ns, t->wcet_ns, &excess))
				excess = INT64_MAX;
			refuse(out, res, m, (uint32_t)bad, excess,
			       "release jitter plus the host stall reaches the period");
			st = AEGIS_OK;
			break;
		}
		bool edf = kind == AEGIS_AN_EDF_NP || kind == AEGIS_AN_EDF_LP ||
			   kind == AEGIS_AN_EDF_P;
		if (edf && ch.stall_ns > 0 && an_edf_load_is_one(sub, m)) {
			/* the busy period is unbounded, and S grows with the window */
			st = AEGIS_OK;
			refuse(out, res, m, AEGIS_AN_NONE, 0,
			       "utilisation exactly 1 leaves no time for host stalls, which grow "
			       "with the window");
			break;
		}
		if ((st = aegis_analyse(kind, sub, m, out, res)) != AEGIS_OK || !out->schedulable)
			break;
		int64_t L, next;
		if ((st = window_of(kind, sub, res, m, out, ch.stall_ns, &L)) != AEGIS_OK)
			break;
		next = aegis_stall_at(curve, n_points, L);
		if (next <= ch.stall_ns) {
			ch.window_ns = L;
			break;
		}
		if (ch.steps >= AEGIS_STALL_MAX_STEPS) {
			refuse(out, res, m, AEGIS_AN_NONE, 0, "the host stall charged did not reach "
			       "a fixed point: not proven schedulable");
			break;
		}
		ch.stall_ns = next;
		ch.window_ns = L;
	}
	if (st != AEGIS_OK)
		goto out;
	an_lane_results(idx, m, n, res, out, per_task, add_result);
	if (charge)
		*charge = ch;
out:
	free(sub);
	free(idx);
	free(res);
	return st;
}
