/* The comparison benchmark (issue 8, docs/RESULTS.md): the set-ups it runs, what it
 * measures of each, and the writers of its table, CSV files and HTML page. Must not
 * reach into the library beyond its public API. */
#ifndef AEGIS_BENCH_SCENARIO_H
#define AEGIS_BENCH_SCENARIO_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "aegis/aegis.h"

#define SC_MAX_MODELS 64

/* A set-up: how lanes are made and which policy runs them. */
enum sc_lanes {
	SC_LANE_PER_MODEL, /* a stream per model (lane i = model i, or RM rank) */
	SC_LANE_ONE,       /* one lane: the whole SM cap */
	SC_LANE_FILE,      /* the workload's lanes (partitions) */
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
	double load;      /* execution times scaled by this factor */
	double util;      /* the largest lane utilisation of the 4-lane plan at this load */
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

/* output.c */
void sc_print_run(FILE *f, const struct sc_run *r);
void sc_print_summary(FILE *f, const struct sc_run *runs, uint32_t n);
int sc_write_csv(const char *dir, const struct sc_run *runs, uint32_t n,
		 const struct sc_run *sweep, uint32_t n_sweep);
int sc_write_html(const char *dir, const char *device, const char *workload,
		  const struct sc_run *runs, uint32_t n, const struct sc_run *sweep,
		  uint32_t n_sweep, uint32_t sweep_points, double boundary);

#endif
