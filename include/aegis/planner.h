/* The lane planner: chooses lane sizes (SM partitions), which model runs on which
 * lane and, under fixed priorities, the priorities, with the exact tests of
 * aegis/analysis.h as the only judge. Pure: no runtime, no device, deterministic (no
 * randomness, no clock), bounded by a budget of lane analyses. docs/ANALYSIS.md
 * ("Planning lanes") says what it optimises and what it draws on.
 *
 * Threads and ownership: aegis_plan_lanes keeps no state and touches no global, so it
 * may run on any thread, several at once; the caller owns models (and their curves),
 * dev, opt (and its host_stall curve), out and per_model, all read or written only during
 * the call.
 */
#ifndef AEGIS_PLANNER_H
#define AEGIS_PLANNER_H

#include <stdbool.h>
#include <stdint.h>

#include "aegis/analysis.h"
#include "aegis/export.h"
#include "aegis/status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The most lanes a plan has (the runtime's AEGIS_MAX_LANES). */
#define AEGIS_PLAN_MAX_LANES 64u

/* One point of a model's WCET curve: its WCET on a lane of `sms` SMs, alone on its
 * partition or (shared >= 2) as one of `shared` lanes over one partition of sms SMs. */
typedef struct aegis_plan_point {
	uint32_t sms;        /* lane size, > 0 */
	int64_t wcet_ns;     /* C on such a lane, overheads included, > 0 */
	double interference; /* >= 1: C is inflated to ceil(C x interference) when other
				lanes run beside it (a plan of 2 or more isolated lanes); 0
				or 1: none. Not applied to shared points, whose C was
				measured beside the other lanes */
	uint32_t shared;     /* 0 or 1: the lane alone on its partition; k >= 2: one of k
				lanes sharing the partition (aegis_lane_time.shared) */
} aegis_plan_point;

typedef struct aegis_plan_model {
	/* T, D, J and the segment structure. wcet_ns and prio are ignored; segments (2 or
	 * more) give the proportions of the job's non-preemptive regions: on a lane the
	 * curve's C is split like them (segment k ends at floor(prefix_k x C / sum), at
	 * least 1 ns each, as a WCET profile scales them). */
	aegis_task task;
	const aegis_plan_point *curve; /* the sizes the model can run on; a lane of a size
					  it lacks cannot take it */
	uint32_t n_curve;
} aegis_plan_model;

typedef struct aegis_plan_device {
	uint32_t total_sms;       /* SMs the lanes may use together, > 0 */
	uint32_t granularity_sms; /* lane sizes are multiples of it; 0 means 1 */
	uint32_t min_sms;         /* the smallest lane; 0 means the granularity */
	uint32_t max_lanes;       /* 0 means AEGIS_PLAN_MAX_LANES */
} aegis_plan_device;

typedef enum aegis_plan_objective {
	AEGIS_PLAN_SLACK_RATIO = 0, /* maximise min_i slack_i / D_i (under FP the same as
				       minimising max_i R_i / D_i, since slack = D - R) */
	AEGIS_PLAN_SLACK_NS,        /* maximise min_i slack_i */
	AEGIS_PLAN_BUSY_PERIOD,     /* minimise the longest busy period L of any lane: the
				       least fixed point of L = sum_i ceil((L + J_i) / T_i)
				       C_i over the lane's models (with release jitter; no
				       blocking term, as a busy period starts on an idle
				       lane). Under any work-conserving policy every job
				       completes within L of its release, so this bounds
				       every response (J_i + L from arrival), long deadlines
				       too, where the slack objectives let those wait. FP
				       priorities are still chosen by slack ratio. A lane of
				       load exactly 1 with jitter has no bounded L: it scores
				       worst of all. docs/ANALYSIS.md, "Planning lanes" */
	AEGIS_PLAN_BURST,           /* minimise the longest synchronous busy period of any
				       lane with no release jitter: the least fixed point of
				       L = sum_i ceil(L / T_i) C_i, the time a lane takes to
				       clear one release of all its models at once, and what
				       they release again meanwhile (Liu & Layland's critical
				       instant), when the host is on time.
				       Not a bound (jitter is left out); it balances the work
				       released together across the lanes, so that they
				       clear it side by side: the largest typical response
				       and the time the device is busy. Admission is still
				       the exact test with jitter. docs/ANALYSIS.md */
} aegis_plan_objective;

typedef struct aegis_plan_options {
	aegis_analysis_kind kind;       /* the lanes' test: any kind; fp-np, fp-lp, edf-np and
					   edf-lp are those the runtime admits with */
	aegis_plan_objective objective;
	bool try_points;                /* kind -np and a model has 2+ segments: also plan
					   under the -lp kind (preemption points between the
					   segments) and keep the better plan */
	uint64_t max_evaluations;       /* lane analyses the search may run; 0: 100,000 */
	uint32_t max_layouts;           /* layouts generated; 0: 10,000 */
	/* Pooling: >= 0, in the objective's unit (slack ratio: a fraction of a deadline;
	 * slack: ns; busy period and burst: ns). When > 0, the plan with the fewest lanes that admits
	 * as many models as the best plan found and whose smallest slack (ratio, or ns) is
	 * at most this much below the best's, or (busy period, burst) whose longest L is
	 * at most this many ns above the best's, is returned instead: fewer, larger lanes pool the SMs, so a job runs
	 * faster and waits behind fewer jobs of its own lane's queue (the guarantee keeps
	 * its margin minus the tolerance). Searched again with at most 1, 2, ... lanes,
	 * within the same evaluation budget again. 0: off. */
	double pool_tolerance;
	/* Host stalls as a curve (runtime.host_stall as [{window, lost}], one that passes
	 * aegis_stall_curve_check), or NULL: each lane is then charged its own g, as
	 * admission charges it (aegis_lane_analyse_stalled), and the models' tasks carry
	 * no host stall in their jitter. EDF lanes are analysed exactly as admission does;
	 * FP lanes, whose window depends on the priorities the search is choosing, with the
	 * g of the lane's full busy period (at least admission's: docs/ANALYSIS.md). */
	const aegis_stall_point *host_stall;
	uint32_t n_host_stall;
} aegis_plan_options;

/* One model's place in the plan. */
typedef struct aegis_plan_assignment {
	int32_t lane;     /* index into aegis_plan_result.lane_sms, or -1: left out */
	int64_t prio;     /* FP: rank on its lane, 0 highest; EDF and left out: 0 */
	int64_t wcet_ns;  /* C on its lane (the curve's point, interference applied) */
	aegis_task_result evidence; /* its lane's exact test with the plan's priorities
				       (aegis_lane_analyse). EDF: a model whose first
				       check point D - J lies beyond the busy period
				       (none examined) gets the slack there, with
				       check_point_ns = D - J */
} aegis_plan_assignment;

typedef struct aegis_plan_result {
	aegis_analysis_kind kind;  /* the test the plan passes (options.kind, or its -lp
				      counterpart when try_points chose it) */
	uint32_t n_lanes;          /* lanes some model uses (a lane left empty is dropped,
				      its SMs unused; one lane when none is used) */
	uint32_t lane_sms[AEGIS_PLAN_MAX_LANES]; /* non-increasing; sum <= total_sms
				      (isolated lanes) */
	uint32_t shared;           /* 0: each lane its own partition; k >= 2: the plan's k
				      lanes (n_lanes, none dropped) share one partition of
				      lane_sms[0] SMs, each model charged its point measured
				      so (aegis_plan_point.shared k) */
	int64_t lane_stall_ns[AEGIS_PLAN_MAX_LANES]; /* under options.host_stall: the host
				      stall g each lane's evidence charged (its least
				      fixed point, aegis_lane_analyse_stalled); else 0 */
	uint32_t admitted;         /* models on a lane */
	bool all_admitted;
	double objective;          /* options.objective's own figure over the admitted
				      models: the smallest slack ratio, the smallest slack
				      in ns, or (busy period, burst) the longest busy period
				      L of a lane in ns, a positive number (INFINITY when a lane
				      has none bounded); 0 when none is admitted */
	int64_t min_slack_ns;      /* the smallest slack of an admitted model */
	double min_slack_ratio;    /* the smallest slack / D of an admitted model */
	uint32_t bottleneck;       /* the model with the smallest slack ratio (slack in ns
				      under AEGIS_PLAN_SLACK_NS), or AEGIS_AN_NONE */
	uint64_t layouts_total;    /* layouts generated (maximal ones: no lane fits in the
				      SMs left, plus every single lane) */
	bool layouts_truncated;    /* more exist than max_layouts */
	uint64_t layouts_searched; /* layouts whose assignment was searched */
	uint64_t layouts_pruned;   /* layouts an upper bound showed cannot do better */
	uint64_t evaluations;      /* lane analyses run (the final check not counted) */
	bool budget_hit;           /* max_evaluations stopped the search, or the layouts
				      were truncated: the plan is the best found, not
				      necessarily the best there is */
} aegis_plan_result;

/* Plans models[0..n) on dev. per_model (n entries) gets each model's lane, priority,
 * WCET and evidence. Every lane of the plan passes opt->kind's (or out->kind's) exact
 * test with those priorities: the evidence is aegis_lane_analyse's, rerun on the
 * final plan. When not every model fits, the plan admits as many as the search found
 * room for and the others have lane -1.
 *
 * Search: every layout (a non-increasing list of lane sizes, multiples of the
 * granularity, >= min_sms, each a size some curve has, at most max_lanes, sum <=
 * total_sms, no lane fitting in what is left; and every single lane; and, for each
 * (size, k) of the curves' shared points, the k lanes sharing one partition of that
 * size, with nothing beside them) is bounded from
 * above (each model's C on its best lane), and visited best bound first; on each, a
 * blocking-aware greedy placement (longest jobs first, each to the lane where the
 * lane's smallest slack stays largest) and a local search (insert left-out models,
 * moves and swaps out of the bottleneck lane), each step judged by the exact test;
 * under FP each lane's priorities come from Audsley's algorithm taking, at each level,
 * the candidate with the largest slack. Plans compare by admitted count, then by the
 * lanes' scores in increasing order (leximin; a lane's score is its smallest slack
 * measure, or under the busy-period objectives minus its longest L, so the
 * longest L is made as short as it can be, then the next); ties keep the first found.
 * With pool_tolerance, the plan with the fewest lanes within it (above).
 *
 * Returns AEGIS_OK (the verdict in out->all_admitted), AEGIS_E_INVAL (a NULL pointer
 * with n > 0, a task outside the model of analysis.h, a model without curve points,
 * a point with sms 0, C <= 0 or interference in (0, 1), total_sms 0, min_sms not a
 * multiple of the granularity, an objective or kind out of range, a pool_tolerance
 * below 0 or not a number), AEGIS_E_NOMEM,
 * AEGIS_E_OVERFLOW (a bound beyond int64). Thread-safe: touches nothing but its
 * arguments. Does not guarantee the optimum: the budget and the heuristics bound it. */
AEGIS_API aegis_status aegis_plan_lanes(const aegis_plan_model *models, uint32_t n,
					const aegis_plan_device *dev,
					const aegis_plan_options *opt, aegis_plan_result *out,
					aegis_plan_assignment *per_model);

AEGIS_API const char *aegis_plan_objective_name(aegis_plan_objective o);

#ifdef __cplusplus
}
#endif
#endif
