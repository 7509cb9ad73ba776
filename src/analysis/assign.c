/* Priority assignment, lane assignment and WCET sensitivity, all built on the exact
 * tests. Must not change the caller's tasks: every search works on a copy.
 *
 * Audsley's optimal priority assignment (Audsley 1991; Davis & Burns, "Improved
 * priority assignment for global fixed priority pre-emptive scheduling", RTSS 2009,
 * which states when it applies): a test is OPA-compatible when a task's verdict
 * depends on which tasks are above and below it but not on their relative order.
 * FP_P (interference from hp), FP_NP and FP_LP (plus blocking from the lp set: a max
 * over it) all are, so filling priority levels from the lowest up with any task that
 * passes there finds a schedulable order whenever one exists.
 */
#include <stdlib.h>
#include <string.h>

#include "analysis/taskset.h"

static bool is_fp(aegis_analysis_kind k)
{
	return k == AEGIS_AN_FP_NP || k == AEGIS_AN_FP_LP || k == AEGIS_AN_FP_P;
}

static aegis_status assign_opa(aegis_analysis_kind kind, const aegis_task *t, uint32_t n,
			       int64_t *prio, bool *found)
{
	uint32_t *order = malloc(n * sizeof *order);
	uint32_t *at_level = malloc(n * sizeof *at_level); /* the task placed at each level */
	bool *assigned = calloc(n, sizeof *assigned);
	aegis_status st = AEGIS_E_NOMEM;
	if (!order || !at_level || !assigned)
		goto out;
	st = AEGIS_OK;
	*found = true;
	/* levels above `level` are open; at_level[level+1..n) are placed below it */
	for (uint32_t level = n; level-- > 0;) {
		bool placed = false;
		for (uint32_t cand = 0; cand < n && !placed; cand++) {
			if (assigned[cand])
				continue;
			uint32_t k = 0;
			for (uint32_t o = 0; o < n; o++)
				if (!assigned[o] && o != cand)
					order[k++] = o; /* everything unplaced sits above */
			order[level] = cand;
			for (uint32_t below = level + 1; below < n; below++)
				order[below] = at_level[below];
			aegis_task_result r;
			if ((st = an_fp_task(kind, t, order, n, level, &r)) != AEGIS_OK)
				goto out;
			if (r.schedulable) {
				assigned[cand] = true;
				at_level[level] = cand;
				prio[cand] = level;
				placed = true;
			}
		}
		if (!placed) {
			*found = false;
			/* leave a complete order anyway: the rest by deadline */
			for (uint32_t o = 0, k = 0; o < n; o++)
				if (!assigned[o])
					prio[o] = k++;
			break;
		}
	}
out:
	free(order);
	free(at_level);
	free(assigned);
	return st;
}

aegis_status aegis_assign_priorities(aegis_prio_assign how, aegis_analysis_kind kind,
				     const aegis_task *tasks, uint32_t n, int64_t *prio_out,
				     bool *found)
{
	if (!prio_out || !found || (!tasks && n))
		return AEGIS_E_INVAL;
	aegis_status st = an_validate(tasks, n);
	if (st != AEGIS_OK)
		return st;
	if (how == AEGIS_ASSIGN_OPA) {
		if (!is_fp(kind))
			return AEGIS_E_INVAL;
		return assign_opa(kind, tasks, n, prio_out, found);
	}
	if (how != AEGIS_ASSIGN_RM && how != AEGIS_ASSIGN_DM)
		return AEGIS_E_INVAL;
	/* rank by (period or deadline, index) */
	for (uint32_t i = 0; i < n; i++) {
		int64_t ki = how == AEGIS_ASSIGN_RM ? tasks[i].period_ns : tasks[i].deadline_ns;
		int64_t rank = 0;
		for (uint32_t j = 0; j < n; j++) {
			int64_t kj = how == AEGIS_ASSIGN_RM ? tasks[j].period_ns : tasks[j].deadline_ns;
			rank += kj < ki || (kj == ki && j < i);
		}
		prio_out[i] = rank;
	}
	*found = true;
	return AEGIS_OK;
}

/* Copy of task i with WCET c and its segments scaled in proportion (the last one
 * takes the rounding). seg must hold the task's segment count. */
static aegis_task scaled(const aegis_task *x, int64_t c, int64_t *seg)
{
	aegis_task y = *x;
	y.wcet_ns = c;
	if (x->n_segments <= 1) {
		y.n_segments = 0; /* one segment: C itself */
		y.segment_ns = NULL;
	} else if (x->segment_ns) {
		int64_t sum = 0;
		for (uint32_t k = 0; k + 1 < x->n_segments; k++) {
			seg[k] = (int64_t)((__int128)x->segment_ns[k] * c / x->wcet_ns);
			sum += seg[k];
		}
		seg[x->n_segments - 1] = c - sum;
		y.segment_ns = seg;
	}
	return y;
}

aegis_status aegis_analysis_max_wcet(aegis_analysis_kind kind, const aegis_task *tasks,
				     uint32_t n, uint32_t i, int64_t *out_ns)
{
	if (!out_ns || i >= n || !tasks)
		return AEGIS_E_INVAL;
	aegis_status st = an_validate(tasks, n);
	if (st != AEGIS_OK)
		return st;
	aegis_task *copy = malloc(n * sizeof *copy);
	uint32_t nseg = tasks[i].n_segments > 1 ? tasks[i].n_segments : 1;
	int64_t *seg = malloc(nseg * sizeof *seg);
	if (!copy || !seg) {
		st = AEGIS_E_NOMEM;
		goto out;
	}
	memcpy(copy, tasks, n * sizeof *copy);
	/* schedulability is monotone in C_i for every test here: binary search [0, D_i] */
	int64_t lo = 0, hi = tasks[i].deadline_ns;
	while (lo < hi) {
		int64_t mid = lo + (hi - lo + 1) / 2;
		/* a segment must not shrink to nothing: keep at least one tick each */
		if (mid < (int64_t)nseg) {
			hi = mid - 1;
			continue;
		}
		copy[i] = scaled(&tasks[i], mid, seg);
		aegis_analysis_result r;
		if ((st = aegis_analyse(kind, copy, n, &r, NULL)) != AEGIS_OK)
			goto out;
		if (r.schedulable)
			lo = mid;
		else
			hi = mid - 1;
	}
	*out_ns = lo;
out:
	free(copy);
	free(seg);
	return st;
}

aegis_status aegis_assign_lanes(aegis_analysis_kind kind, aegis_lane_fit fit,
				const aegis_task *tasks, uint32_t n, uint32_t lanes,
				int32_t *lane_inout, bool *all_placed)
{
	if (!lane_inout || !all_placed || lanes == 0 || (!tasks && n))
		return AEGIS_E_INVAL;
	aegis_status st = an_validate(tasks, n);
	if (st != AEGIS_OK)
		return st;
	for (uint32_t i = 0; i < n; i++)
		if (lane_inout[i] >= (int32_t)lanes || lane_inout[i] < -1)
			return AEGIS_E_INVAL;
	uint32_t *todo = malloc(n * sizeof *todo);
	double *lane_u = calloc(lanes, sizeof *lane_u);
	st = AEGIS_E_NOMEM;
	if (!todo || !lane_u)
		goto out;
	st = AEGIS_OK;
	uint32_t m = 0;
	for (uint32_t i = 0; i < n; i++) {
		double u = (double)tasks[i].wcet_ns / (double)tasks[i].period_ns;
		if (lane_inout[i] >= 0) {
			lane_u[lane_inout[i]] += u;
			continue;
		}
		/* insert by decreasing utilisation, ties by index (stable) */
		uint32_t j = m++;
		while (j > 0 && (double)tasks[todo[j - 1]].wcet_ns / (double)tasks[todo[j - 1]].period_ns < u) {
			todo[j] = todo[j - 1];
			j--;
		}
		todo[j] = i;
	}
	*all_placed = true;
	for (uint32_t q = 0; q < m; q++) {
		uint32_t i = todo[q];
		int32_t best = -1;
		for (uint32_t l = 0; l < lanes; l++) {
			if (fit == AEGIS_FIT_WORST && best >= 0 && lane_u[l] >= lane_u[best])
				continue;
			/* tried in place: the whole set's final analysis orders a lane's tasks by
			 * index, so the trial does too (online admission adds last instead) */
			aegis_analysis_result r;
			lane_inout[i] = (int32_t)l;
			st = aegis_lane_analyse(kind, tasks, lane_inout, n, l, NULL, &r, NULL, NULL);
			lane_inout[i] = -1;
			if (st != AEGIS_OK)
				goto out;
			if (!r.schedulable)
				continue;
			best = (int32_t)l;
			if (fit == AEGIS_FIT_FIRST)
				break;
		}
		lane_inout[i] = best;
		if (best < 0)
			*all_placed = false;
		else
			lane_u[best] += (double)tasks[i].wcet_ns / (double)tasks[i].period_ns;
	}
out:
	free(todo);
	free(lane_u);
	return st;
}
