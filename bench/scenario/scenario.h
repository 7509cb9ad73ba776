/* The comparison benchmark (issue 8, docs/RESULTS.md): the set-ups it runs, what it
 * measures of each, and the writers of its table, CSV files and HTML page. Must not
 * reach into the library beyond its public API. */
#ifndef AEGIS_BENCH_SCENARIO_H
#define AEGIS_BENCH_SCENARIO_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "aegis/aegis.h"
#include "aegis/planner.h"
#include "aegis/profile.h"

#define SC_MAX_MODELS 64
#define SC_MAX_SIZES 16 /* points of a model's WCET curve */

/* A set-up: how lanes are made and which policy runs them. */
enum sc_lanes {
	SC_LANE_PER_MODEL, /* a stream per model (lane i = model i, or RM rank) */
	SC_LANE_ONE,       /* one lane: the whole SM cap */
	SC_LANE_FILE,      /* the workload's lanes (partitions) */
	SC_LANE_PLAN,      /* the lanes aegis_plan_lanes chose at the load (plan.c) */
};

struct sc_mode {
	const char *name;
	const char *what;
	aegis_policy policy;
	aegis_lane_sharing sharing;
	enum sc_lanes lanes;
	bool rm_lanes;  /* lane order = rate-monotonic rank (stream priorities) */
	bool admission; /* AegisRT: the analysis admits (or refuses) each model */
};

extern const struct sc_mode sc_modes[];
extern const uint32_t sc_n_modes;

/* One model's figures in one run. */
struct sc_model_result {
	char name[64];
	bool admitted;
	uint64_t released, completed, missed, failed, rejected;
	int64_t deadline_ns, bound_ns; /* bound: AegisRT modes' analysed bound, else -1 */
	int64_t p50_ns, p99_ns, p999_ns, max_ns, jitter_ns, max_late_ns;
	uint64_t violations; /* jobs past the analysed bound (AegisRT modes) */
	uint64_t violations_own; /* ... of them, jobs that overran their own time budget */
	uint64_t overruns;   /* jobs past their time budget (a WCET estimate too low) */
	int64_t worst_resp_ns, worst_at_ns; /* the slowest job and its arrival (run time) */
	aegis_status fail_status;           /* the first failed job's status, else OK */
	char refused[160];   /* why admission refused it */
};

/* One run of one set-up. */
struct sc_run {
	const struct sc_mode *mode;
	double load;      /* every kernel's time x load (1: the workload as written); models
			     whose times cannot be scaled get periods / load instead */
	double util;      /* the largest utilisation of the workload's own lanes at load */
	char layout[48];  /* the planned layout, "8+4+4" (aegis-plan), else "" */
	int64_t duration_ns;
	uint32_t n_models, admitted;
	struct sc_model_result m[SC_MAX_MODELS];
	uint64_t jobs, completed, missed, violations;
	uint64_t violations_own; /* violations by jobs past their own time budget */
	double miss_ratio;     /* missed / released jobs of admitted models */
	double worst_ratio;    /* max over jobs of response / deadline */
	int64_t worst_p999_ns; /* the largest p99.9 of any model */
	uint64_t mem_planned;  /* bytes the memory plan of this set-up needs */
	int64_t mem_measured;  /* device memory taken at creation (GPU), -1 on sim */
	double busy;           /* fraction of the run with some job on the device */
	bool ok;               /* the run happened (a set-up may fail to start) */
	char error[256];
};

/* aegis-plan's lanes at one load (plan.c): the planner's layout and, per model, its
 * lane and its times by lane size for the run. */
struct sc_plan {
	bool ok;
	char why[200];                   /* !ok: why aegis-plan does not run at this load */
	uint32_t n_lanes, n_models;
	uint32_t lane_sms[AEGIS_PLAN_MAX_LANES];
	uint32_t shared;                 /* 0: isolated lanes; k: k lanes sharing one
					    partition (aegis_plan_result.shared) */
	int32_t lane[SC_MAX_MODELS];     /* planned lane, AEGIS_LANE_AUTO: left out */
	aegis_lane_time times[SC_MAX_MODELS][SC_MAX_SIZES]; /* its curve, for the run */
	uint32_t n_times[SC_MAX_MODELS];
	uint32_t admitted;               /* models the plan places */
	double min_slack_ratio;
	int64_t min_slack_ns;
	char bottleneck[64];             /* the model with the smallest slack ratio */
	aegis_plan_objective objective;
	double objective_value;          /* aegis_plan_result.objective: the slack ratio, or
					    the longest busy period in ns (busy) */
	int64_t plan_ns;                 /* the planner's time (host clock) */
	uint64_t evaluations;
	bool budget_hit;
};

/* What a plan is made from. */
struct sc_plan_input {
	const aegis_runtime_config *rc;   /* the run's: overhead, host stall, copies, lanes */
	const aegis_model_config *models; /* n, scaled to the load */
	uint32_t n;
	const aegis_profile *curves;      /* NULL: no plan ("needs curves") */
	double scale;      /* the curves' times x scale (synthetic models: their times at
			      the load over those of the curves' load; 1 if measured there) */
	double inflation;  /* the interference of a point that has none measured */
	double pool;       /* aegis_plan_options.pool_tolerance (0: off) */
	aegis_plan_objective objective; /* slack ratio (default), busy period or burst */
	aegis_plan_device dev;
};

/* How the GPU measures the curves. */
struct sc_curve_options {
	const uint32_t *sizes;
	uint32_t n_sizes, runs;
	bool neighbour;
	const uint32_t *shares; /* shared lanes to measure (aegis_profile_options.shares) */
	uint32_t n_shares;
	const char *workload;
};

/* plan.c */
void sc_plan_make(const struct sc_plan_input *in, struct sc_plan *out);
aegis_status sc_curves_measure(const aegis_runtime_config *rc, const aegis_model_config *models,
			       uint32_t n, const struct sc_curve_options *co, const char *path,
			       aegis_profile **out, char *why, size_t why_len);
void sc_plan_layout(const struct sc_plan *p, char *buf, size_t len);
void sc_plan_print(FILE *f, const struct sc_plan *p, const aegis_workload *w, bool members);

/* output.c */
void sc_print_run(FILE *f, const struct sc_run *r);
void sc_print_summary(FILE *f, const struct sc_run *runs, uint32_t n);
/* aegis-plan against naive in one run: admitted, misses, jobs past the bound, the
 * largest p99.9 and device busy of each, and their ratios. Nothing if either is absent. */
void sc_print_versus(FILE *f, const struct sc_run *runs, uint32_t n);
/* After the sweep (points x n runs, set-up by set-up): naive's first missing load and
 * whether aegis-plan admitted every model and missed nothing at every load where a
 * baseline missed nothing and at that first miss. */
void sc_print_sweep_verdict(FILE *f, const struct sc_run *sweep, uint32_t n, uint32_t points);
int sc_write_csv(const char *dir, const struct sc_run *runs, uint32_t n,
		 const struct sc_run *sweep, uint32_t n_sweep);
int sc_write_html(const char *dir, const char *device, const char *workload,
		  const struct sc_run *runs, uint32_t n, const struct sc_run *sweep,
		  uint32_t n_sweep, uint32_t sweep_points, double boundary, double plan_boundary);

#endif
