/* Schedulability analysis of one lane (a uniprocessor that runs one job at a time),
 * priority assignment and lane assignment. Pure functions: no runtime, no device, no
 * allocation visible to the caller, integer nanoseconds with overflow checks.
 * Each test returns evidence (bounds, slack, the failing task and by how much), not
 * only a verdict. docs/ANALYSIS.md gives the equations and the papers.
 *
 * Threads and ownership: no function here keeps state between calls or touches a
 * global, so any of them may be called from any thread at once; the caller owns every
 * array it passes (read, or written for results, only during the call).
 *
 * The task model (sporadic, constrained deadlines): task i releases jobs at least
 * T_i apart, each job may be released up to J_i after its arrival, executes at most
 * C_i (a sequence of non-preemptive segments q_i,1..q_i,m that add up to C_i), and must
 * end within D_i <= T_i of its arrival. Time is discrete (1 ns ticks).
 */
#ifndef AEGIS_ANALYSIS_H
#define AEGIS_ANALYSIS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "aegis/export.h"
#include "aegis/status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum aegis_analysis_kind {
	AEGIS_AN_FP_NP = 0, /* fixed priority, non-preemptive (Davis et al. 2007) */
	AEGIS_AN_FP_LP,     /* fixed priority, fixed preemption points (Yao et al. 2010) */
	AEGIS_AN_FP_P,      /* fixed priority, fully preemptive (Joseph & Pandya 1986) */
	AEGIS_AN_EDF_NP,    /* EDF, non-preemptive (George, Rivierre, Spuri 1996) */
	AEGIS_AN_EDF_LP,    /* EDF, fixed preemption points (Bertogna & Baruah 2010) */
	AEGIS_AN_EDF_P,     /* EDF, fully preemptive, QPA (Zhang & Burns 2009) */
	AEGIS_AN_KIND_COUNT_
} aegis_analysis_kind;

typedef struct aegis_task {
	const char *name;  /* for messages; may be NULL */
	int64_t wcet_ns;   /* C: overheads included (see aegis_model_task in runtime.h) */
	int64_t deadline_ns; /* D, 0 < D <= T */
	int64_t period_ns; /* T: period or minimum inter-arrival time */
	int64_t jitter_ns; /* J: release jitter, >= 0 */
	int64_t prio;      /* FP: lower is higher priority; equal values go to the lower index */
	uint32_t n_segments;        /* 0 or 1: one segment of C */
	const int64_t *segment_ns;  /* n_segments values adding up to wcet_ns, or NULL */
} aegis_task;

#define AEGIS_AN_NONE UINT32_MAX

/* Evidence for one task. */
typedef struct aegis_task_result {
	bool schedulable;
	int64_t bound_ns;    /* FP: worst-case response time (from arrival); -1 if beyond D.
				EDF: -1 (a demand test gives no per-task bound) */
	int64_t slack_ns;    /* FP: D - R. EDF: min over the task's check points t of
				t - (demand(t) + blocking(t)); negative when failing */
	int64_t blocking_ns; /* FP: blocking by lower-priority work */
	int64_t check_point_ns; /* EDF: the task's tightest (or first failing) check point */
	uint32_t jobs;       /* FP: jobs examined in the level-i busy period */
	int64_t busy_period_ns; /* FP: length of the level-i busy period, -1 if unbounded */
} aegis_task_result;

typedef struct aegis_analysis_result {
	aegis_analysis_kind kind;
	bool schedulable;
	double utilisation;
	int64_t busy_period_ns;  /* synchronous busy period (EDF) or the longest level-i one;
				    EDF at U = 1 with blocking or jitter: max(D - J) + the
				    hyperperiod, the last window checked */
	uint32_t failing_task;   /* the first task found failing, or AEGIS_AN_NONE */
	int64_t excess_ns;       /* by how much it fails (> 0), 0 if schedulable */
	int64_t check_point_ns;  /* EDF: first failing check point, -1 if none */
	int64_t demand_ns;       /* EDF: demand at that point */
	int64_t blocking_ns;     /* EDF: blocking term at that point */
	uint64_t check_points;   /* EDF: check points examined */
	const char *reason;      /* one line: "utilisation above 1", "bound > deadline", ... */
} aegis_analysis_result;

/* Runs one analysis over tasks[0..n). per_task (n entries) may be NULL. Returns
 * AEGIS_OK (the verdict is in out->schedulable), AEGIS_E_INVAL (a task breaks the
 * model: C <= 0, D > T, segments not adding up to C, ...), AEGIS_E_OVERFLOW (a bound
 * does not fit in int64), AEGIS_E_NOMEM. */
AEGIS_API aegis_status aegis_analyse(aegis_analysis_kind kind, const aegis_task *tasks,
				     uint32_t n,
				     aegis_analysis_result *out, aegis_task_result *per_task);

/* The largest WCET task i could have, everything else unchanged, with the set still
 * schedulable under `kind` (binary search over the exact test; its segments are
 * scaled in proportion). 0 if none works. Returns AEGIS_OK or an aegis_analyse error. */
AEGIS_API aegis_status aegis_analysis_max_wcet(aegis_analysis_kind kind, const aegis_task *tasks,
					       uint32_t n, uint32_t i, int64_t *out_ns);

typedef enum aegis_prio_assign {
	AEGIS_ASSIGN_RM = 0, /* shorter period, higher priority */
	AEGIS_ASSIGN_DM,     /* shorter relative deadline, higher priority */
	AEGIS_ASSIGN_OPA,    /* Audsley's optimal assignment with the kind's FP test */
} aegis_prio_assign;

/* Writes prio_out[i] = the rank of task i (0 highest). OPA works with FP_NP, FP_LP and
 * FP_P, whose tests are OPA-compatible (Davis & Burns 2011); it returns AEGIS_OK with
 * *found = false when no order is schedulable. RM and DM break ties by index. */
AEGIS_API aegis_status aegis_assign_priorities(aegis_prio_assign how, aegis_analysis_kind kind,
					       const aegis_task *tasks, uint32_t n, int64_t *prio_out,
					       bool *found);

typedef enum aegis_lane_fit {
	AEGIS_FIT_FIRST = 0, /* first-fit decreasing utilisation: lowest lane that passes */
	AEGIS_FIT_WORST,     /* worst-fit: the passing lane with the lowest utilisation */
} aegis_lane_fit;

/* Partitions tasks over `lanes` lanes. lane_inout[i] >= 0 pins task i to that lane;
 * -1 lets the heuristic choose, in order of decreasing utilisation, accepting a lane
 * only if `kind`'s test passes on it with the task added. On return every entry is
 * a lane, or -1 for a task no lane could take (then *all_placed = false). */
AEGIS_API aegis_status aegis_assign_lanes(aegis_analysis_kind kind, aegis_lane_fit fit,
					  const aegis_task *tasks, uint32_t n, uint32_t lanes,
					  int32_t *lane_inout, bool *all_placed);

/*
 * The lane-admission rule. A lane runs its models one job at a time, so a model may
 * join a lane when the lane's test passes with it added; aegis_model_admit applies
 * exactly this (and so do `aegisrt admit` and the decision log's verdicts).
 *
 * tasks[0..n) with lanes[i] the lane of task i (-1: on no lane, ignored).
 */

/* Analyses lane `lane`: the tasks i with lanes[i] == lane in index order, then `add`
 * (may be NULL) last, so that equal FP keys rank it below every task already there.
 * out->failing_task is an index into tasks[], or n for `add`. per_task (n entries, may
 * be NULL) gets each task of the lane's result at its index, add_result (may be NULL)
 * the added task's. Returns AEGIS_OK or an aegis_analyse error. */
AEGIS_API aegis_status aegis_lane_analyse(aegis_analysis_kind kind, const aegis_task *tasks,
					  const int32_t *lanes, uint32_t n, uint32_t lane,
					  const aegis_task *add, aegis_analysis_result *out,
					  aegis_task_result *per_task, aegis_task_result *add_result);

/* Sum of C/T over the tasks on `lane`. */
AEGIS_API double aegis_lane_utilisation(const aegis_task *tasks, const int32_t *lanes, uint32_t n,
					uint32_t lane);

typedef struct aegis_lane_choice {
	int32_t lane;             /* the lane chosen; -1 when no lane passes */
	aegis_task_result result; /* the added task's evidence there (bound -1 and slack
				     INT64_MIN when nothing was analysed) */
	int32_t refused_lane;     /* the first lane tried whose test failed with it, or -1 */
	aegis_analysis_result refused; /* that lane's result (failing_task as above) */
} aegis_lane_choice;

/* Chooses the lane `add` joins among n_lanes. want >= 0: that lane, if its test passes.
 * want == -1 (automatic): the least utilised lane (sum C/T, ties to the lowest index)
 * whose test passes. analyse false (admission off): no test; want, or the least
 * utilised lane. Returns AEGIS_OK (out->lane == -1 when refused), AEGIS_E_INVAL, or an
 * aegis_analyse error. */
AEGIS_API aegis_status aegis_lane_choose(aegis_analysis_kind kind, bool analyse,
					 const aegis_task *tasks,
					 const int32_t *lanes, uint32_t n, uint32_t n_lanes,
					 const aegis_task *add, int32_t want, aegis_lane_choice *out);

/* aegis_lane_choose for a set whose every lane passes its test already (an admitted
 * set, as aegis_model_admit keeps): the same answer, but a lane's test analyses only
 * the tasks `add` can change (under FP: add, the tasks below it, and those above it
 * whose blocking it raises; under EDF: all), so that admitting the n-th model to a lane
 * costs O(n) response-time iterations instead of O(n^2). On a set that fails already
 * the answer is undefined (it may admit): use aegis_lane_choose. */
AEGIS_API aegis_status aegis_lane_admit(aegis_analysis_kind kind, bool analyse,
					const aegis_task *tasks, const int32_t *lanes, uint32_t n,
					uint32_t n_lanes, const aegis_task *add, int32_t want,
					aegis_lane_choice *out);

/*
 * Host stalls as a function of the window length (docs/ANALYSIS.md, "Host stalls").
 * A stall curve is a list of measured points (window, lost): the most host time the
 * dispatcher lost in any window of that length (bench_noise prints them). Between and
 * beyond the points it is S(x):
 *   x <= w_1:            min(x, l_1)
 *   w_k < x <= w_k+1:    min(x, l_k+1)       (the lost at the next larger window)
 *   x > w_n:             min(x, floor(x / w_n) l_n + S(x mod w_n))   (S(0) = 0)
 * The last line is subadditivity: a window of x splits into floor(x / w_n) windows of
 * w_n and one of the rest. S is non-decreasing.
 */
typedef struct aegis_stall_point {
	int64_t window_ns; /* a window length, > 0 */
	int64_t lost_ns;   /* the most host time lost in any window of that length, >= 0 */
} aegis_stall_point;

#define AEGIS_MAX_STALL_POINTS 64u

/* Checks a curve: 1..AEGIS_MAX_STALL_POINTS points, windows > 0 and strictly
 * increasing, lost >= 0, non-decreasing and at most its window. AEGIS_OK, or
 * AEGIS_E_INVAL with one line in detail (may be NULL) naming the point (0-based). */
AEGIS_API aegis_status aegis_stall_curve_check(const aegis_stall_point *pts, uint32_t n,
					       char *detail, size_t len);

/* S(window_ns) of a curve that passes aegis_stall_curve_check; 0 for window_ns <= 0. */
AEGIS_API int64_t aegis_stall_at(const aegis_stall_point *pts, uint32_t n, int64_t window_ns);

/* What a lane is charged for host stalls under a curve. */
typedef struct aegis_stall_charge {
	int64_t stall_ns;  /* g: added to every task's release jitter; S(window_ns) */
	int64_t window_ns; /* the window whose S is g: at the fixed point L(g), the
			      longest window the lane's test examined with g, the stall
			      included (busy period + g); on a refusal, the window that
			      raised g to the value that failed; -1 when g = 0 came first */
	uint32_t steps;    /* analyses run to reach the fixed point */
} aegis_stall_charge;

/* The most fixed-point steps aegis_lane_analyse_stalled takes before it gives up
 * ("not proven schedulable"). */
#define AEGIS_STALL_MAX_STEPS 1000u

/* aegis_lane_analyse with host stalls charged by a curve: tasks[] and add carry their
 * release jitter without any host stall; the lane is analysed with g added to every
 * jitter, g the least fixed point of g = S(L(g)) reached from g = 0 (L(g): the
 * longest window the test examines with g: the longest level-i busy period under FP,
 * the busy period bounding the check points under EDF, plus g). Results are those of
 * the analysis at the final g (a refusal: the first g at which the test fails, or the
 * reason: a jitter plus g that reaches a period, utilisation 1 exactly under EDF with
 * a curve that loses time, no fixed point within AEGIS_STALL_MAX_STEPS). charge (may
 * be NULL) gets g, L and the steps. Returns AEGIS_OK, AEGIS_E_INVAL (a bad curve, or
 * aegis_lane_analyse's), or an aegis_analyse error. */
AEGIS_API aegis_status aegis_lane_analyse_stalled(
	aegis_analysis_kind kind, const aegis_task *tasks, const int32_t *lanes, uint32_t n,
	uint32_t lane, const aegis_task *add, const aegis_stall_point *curve, uint32_t n_points,
	aegis_analysis_result *out, aegis_task_result *per_task, aegis_task_result *add_result,
	aegis_stall_charge *charge);

/* aegis_lane_choose with host stalls charged by a curve (aegis_lane_analyse_stalled on
 * each lane tried; tasks[] and add without any stall). charge (may be NULL) gets the
 * chosen lane's charge (stall_ns 0 and window_ns -1 when refused or not analysed). */
AEGIS_API aegis_status aegis_lane_choose_stalled(
	aegis_analysis_kind kind, bool analyse, const aegis_task *tasks, const int32_t *lanes,
	uint32_t n, uint32_t n_lanes, const aegis_task *add, int32_t want,
	const aegis_stall_point *curve, uint32_t n_points, aegis_lane_choice *out,
	aegis_stall_charge *charge);

AEGIS_API const char *aegis_analysis_kind_name(aegis_analysis_kind k);
/* The paper and equations the analysis implements, one line. */
AEGIS_API const char *aegis_analysis_kind_source(aegis_analysis_kind k);

#ifdef __cplusplus
}
#endif
#endif
