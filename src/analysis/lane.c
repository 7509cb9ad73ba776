/* The lane-admission rule, written once: which tasks a lane's test sees, and which
 * lane a new task joins. aegis_model_admit, `aegisrt admit`, the decision log's
 * verdicts and aegis_assign_lanes all apply it through these two functions. Must not
 * decide anything else (priorities, memory): the callers do. */
#include <stdlib.h>

#include "analysis/taskset.h"

/* aegis_lane_analyse; passing: the lane's tasks pass already (aegis_lane_admit), so
 * only what `add` changes is analysed (an_analyse_add). */
static aegis_status lane_analyse(aegis_analysis_kind kind, const aegis_task *tasks,
				 const int32_t *lanes, uint32_t n, uint32_t lane,
				 const aegis_task *add, aegis_analysis_result *out,
				 aegis_task_result *per_task, aegis_task_result *add_result,
				 bool passing)
{
	if (!out || (n && (!tasks || !lanes)))
		return AEGIS_E_INVAL;
	uint32_t cap = n + 1;
	aegis_task *sub = malloc(cap * sizeof *sub);
	uint32_t *idx = malloc(cap * sizeof *idx);
	aegis_task_result *res = malloc(cap * sizeof *res);
	aegis_status st = AEGIS_E_NOMEM;
	if (!sub || !idx || !res)
		goto out;
	uint32_t m = 0;
	for (uint32_t i = 0; i < n; i++) {
		if (lanes[i] != (int32_t)lane)
			continue;
		idx[m] = i;
		sub[m++] = tasks[i];
	}
	if (add) { /* last: equal FP keys rank it below every task already there */
		idx[m] = n;
		sub[m++] = *add;
	}
	if (passing && add) {
		aegis_task_result r = {.bound_ns = -1, .slack_ns = INT64_MIN,
				       .check_point_ns = -1, .busy_period_ns = -1};
		if ((st = an_analyse_add(kind, sub, m, out, &r)) != AEGIS_OK)
			goto out;
		if (out->failing_task != AEGIS_AN_NONE)
			out->failing_task = idx[out->failing_task];
		if (add_result)
			*add_result = r;
		goto out;
	}
	if ((st = aegis_analyse(kind, sub, m, out, res)) != AEGIS_OK)
		goto out;
	an_lane_results(idx, m, n, res, out, per_task, add_result);
out:
	free(sub);
	free(idx);
	free(res);
	return st;
}

aegis_status aegis_lane_analyse(aegis_analysis_kind kind, const aegis_task *tasks,
				const int32_t *lanes, uint32_t n, uint32_t lane,
				const aegis_task *add, aegis_analysis_result *out,
				aegis_task_result *per_task, aegis_task_result *add_result)
{
	return lane_analyse(kind, tasks, lanes, n, lane, add, out, per_task, add_result, false);
}

double aegis_lane_utilisation(const aegis_task *tasks, const int32_t *lanes, uint32_t n,
			      uint32_t lane)
{
	double u = 0;
	for (uint32_t i = 0; i < n; i++)
		if (lanes[i] == (int32_t)lane)
			u += (double)tasks[i].wcet_ns / (double)tasks[i].period_ns;
	return u;
}

/* Host stalls by a curve (curve != NULL): the lane's stall is its own fixed point
 * (aegis_lane_analyse_stalled), so every lane tried is analysed whole. */
struct stall_arg {
	const aegis_stall_point *curve;
	uint32_t n_points;
	aegis_stall_charge *charge; /* the chosen lane's */
};

static aegis_status lane_choose(aegis_analysis_kind kind, bool analyse, const aegis_task *tasks,
				const int32_t *lanes, uint32_t n, uint32_t n_lanes,
				const aegis_task *add, int32_t want, aegis_lane_choice *out,
				bool passing, const struct stall_arg *stall)
{
	if (!out || !add || n_lanes == 0 || want < -1 || want >= (int32_t)n_lanes ||
	    (n && (!tasks || !lanes)))
		return AEGIS_E_INVAL;
	*out = (aegis_lane_choice){.lane = -1, .refused_lane = -1,
				   .result = {.bound_ns = -1, .slack_ns = INT64_MIN,
					      .check_point_ns = -1}};
	uint32_t first = want >= 0 ? (uint32_t)want : 0;
	uint32_t last = want >= 0 ? (uint32_t)want : n_lanes - 1;
	double best_u = 0;
	for (uint32_t l = first; l <= last; l++) {
		double u = aegis_lane_utilisation(tasks, lanes, n, l);
		if (out->lane >= 0 && u >= best_u)
			continue; /* an automatic lane: only a less utilised one can be better */
		aegis_task_result r = out->result;
		aegis_stall_charge ch = {.stall_ns = 0, .window_ns = -1};
		if (analyse) {
			aegis_analysis_result res;
			aegis_status st =
				stall ? aegis_lane_analyse_stalled(kind, tasks, lanes, n, l, add,
								   stall->curve, stall->n_points,
								   &res, NULL, &r, &ch)
				      : lane_analyse(kind, tasks, lanes, n, l, add, &res, NULL, &r,
						     passing);
			if (st != AEGIS_OK)
				return st;
			if (!res.schedulable) {
				if (out->refused_lane < 0) {
					out->refused_lane = (int32_t)l;
					out->refused = res;
				}
				continue;
			}
		}
		out->lane = (int32_t)l;
		out->result = r;
		if (stall && stall->charge)
			*stall->charge = ch;
		best_u = u;
	}
	return AEGIS_OK;
}

aegis_status aegis_lane_choose(aegis_analysis_kind kind, bool analyse, const aegis_task *tasks,
			       const int32_t *lanes, uint32_t n, uint32_t n_lanes,
			       const aegis_task *add, int32_t want, aegis_lane_choice *out)
{
	return lane_choose(kind, analyse, tasks, lanes, n, n_lanes, add, want, out, false, NULL);
}

aegis_status aegis_lane_admit(aegis_analysis_kind kind, bool analyse, const aegis_task *tasks,
			      const int32_t *lanes, uint32_t n, uint32_t n_lanes,
			      const aegis_task *add, int32_t want, aegis_lane_choice *out)
{
	return lane_choose(kind, analyse, tasks, lanes, n, n_lanes, add, want, out, true, NULL);
}

aegis_status aegis_lane_choose_stalled(aegis_analysis_kind kind, bool analyse,
				       const aegis_task *tasks, const int32_t *lanes, uint32_t n,
				       uint32_t n_lanes, const aegis_task *add, int32_t want,
				       const aegis_stall_point *curve, uint32_t n_points,
				       aegis_lane_choice *out, aegis_stall_charge *charge)
{
	if (aegis_stall_curve_check(curve, n_points, NULL, 0) != AEGIS_OK)
		return AEGIS_E_INVAL;
	if (charge)
		*charge = (aegis_stall_charge){.stall_ns = 0, .window_ns = -1};
	struct stall_arg a = {curve, n_points, charge};
	return lane_choose(kind, analyse, tasks, lanes, n, n_lanes, add, want, out, false, &a);
}
