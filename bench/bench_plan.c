/* Cost of the lane planner (aegis_plan_lanes) on an edge-24-like workload, printed as
 * figures (never asserted; issue 17's target: planning edge-24 under 1 s). The models,
 * periods, deadlines, jitter and segments are the workload file's (aegis_model_task);
 * the WCET curve is synthetic: the file's WCET is taken as the time on 4 SMs and
 * WCET(s) = ceil(WCET(4) x (4/s)^0.7) on s = 4, 8, 12, 16 SMs of a 16-SM device.
 * Single-threaded. Must not simulate anything.
 *
 *   bench_plan [WORKLOAD]   (default examples/edge-24.yaml)
 */
#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/aegis.h"
#include "aegis/planner.h"
#include "testing/bench_internal.h"

#define REPEAT 5 /* plans per set-up; the median time is printed */
#define N_SIZES 4
#define N_BIG 6 /* the larger device's curve: 8, 16, 24, 32, 48, 64 SMs */

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

static void plan(const char *title, const aegis_plan_model *m, uint32_t n,
		 const aegis_plan_device *dev, aegis_plan_options o,
		 const aegis_model_config *const *cfg)
{
	aegis_plan_result r;
	aegis_plan_assignment *a = calloc(n, sizeof *a);
	int64_t dt[REPEAT];
	if (!a)
		return;
	for (int k = 0; k < REPEAT; k++) {
		int64_t t0 = clock_monotonic_ns();
		aegis_status st = aegis_plan_lanes(m, n, dev, &o, &r, a);
		dt[k] = clock_monotonic_ns() - t0;
		if (st != AEGIS_OK) {
			printf("%s: %s\n", title, aegis_status_name(st));
			free(a);
			return;
		}
	}
	qsort(dt, REPEAT, sizeof *dt, cmp_i64);
	printf("\n%s: %s, objective %s, %u SMs in steps of %u\n", title,
	       aegis_analysis_kind_name(r.kind), aegis_plan_objective_name(o.objective),
	       dev->total_sms, dev->granularity_sms);
	printf("  time %.1f ms median of %d (min %.1f, max %.1f; target < 1000 ms)\n",
	       (double)dt[REPEAT / 2] / 1e6, REPEAT, (double)dt[0] / 1e6,
	       (double)dt[REPEAT - 1] / 1e6);
	printf("  layouts %" PRIu64 " (searched %" PRIu64 ", pruned %" PRIu64 "), lane analyses %"
	       PRIu64 "%s\n",
	       r.layouts_total, r.layouts_searched, r.layouts_pruned, r.evaluations,
	       r.budget_hit ? ", budget hit" : "");
	printf("  lanes [");
	for (uint32_t l = 0; l < r.n_lanes; l++)
		printf("%s%u", l ? ", " : "", r.lane_sms[l]);
	printf("] SMs; admitted %u/%u; smallest slack %.3f of D (%.3f ms, %s)\n", r.admitted, n,
	       r.min_slack_ratio, (double)r.min_slack_ns / 1e6,
	       r.bottleneck == AEGIS_AN_NONE ? "-" : cfg[r.bottleneck]->name);
	if (o.objective == AEGIS_PLAN_BUSY_PERIOD)
		printf("  longest busy period of a lane %.3f ms (bounds every response)\n",
		       r.objective / 1e6);
	else if (o.objective == AEGIS_PLAN_BURST)
		printf("  longest burst of a lane %.3f ms (one release of all, no jitter)\n",
		       r.objective / 1e6);
	for (uint32_t l = 0; l < r.n_lanes; l++) {
		printf("  lane %u (%2u SMs):", l, r.lane_sms[l]);
		if (o.host_stall)
			printf(" [host stall %.3f ms]", (double)r.lane_stall_ns[l] / 1e6);
		for (uint32_t i = 0; i < n; i++)
			if (a[i].lane == (int32_t)l)
				printf(" %s", cfg[i]->name);
		printf("\n");
	}
	for (uint32_t i = 0; i < n; i++)
		if (a[i].lane < 0)
			printf("  left out: %s\n", cfg[i]->name);
	free(a);
}

int main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : "examples/edge-24.yaml";
	aegis_workload *w;
	char err[512];
	if (aegis_workload_load(path, &w, err, sizeof err) != AEGIS_OK) {
		fprintf(stderr, "bench_plan: %s\n", err);
		return 1;
	}
	const aegis_runtime_config *rc = aegis_workload_runtime(w);
	uint32_t n = aegis_workload_model_count(w);
	aegis_plan_model *m = calloc(n, sizeof *m);
	aegis_plan_point *pt = calloc((size_t)n * N_SIZES, sizeof *pt);
	int64_t *segs = calloc((size_t)n * AEGIS_MAX_SEGMENTS, sizeof *segs);
	const aegis_model_config **cfg = calloc(n, sizeof *cfg);
	int rc_out = 1;
	if (!m || !pt || !segs || !cfg)
		goto out;
	for (uint32_t i = 0; i < n; i++) {
		cfg[i] = aegis_workload_model(w, i);
		aegis_status st = aegis_model_task(cfg[i], rc->priorities, rc->dispatch_overhead_ns,
						   &m[i].task, segs + (size_t)i * AEGIS_MAX_SEGMENTS,
						   NULL, 0);
		if (st != AEGIS_OK) {
			fprintf(stderr, "bench_plan: model '%s': %s\n", cfg[i]->name,
				aegis_status_name(st));
			goto out;
		}
		for (uint32_t k = 0; k < N_SIZES; k++) {
			uint32_t s = 4 * (k + 1);
			pt[i * N_SIZES + k] = (aegis_plan_point){
				.sms = s,
				.wcet_ns = (int64_t)ceil((double)m[i].task.wcet_ns *
							 pow(4.0 / (double)s, 0.7))};
		}
		m[i].curve = pt + (size_t)i * N_SIZES;
		m[i].n_curve = N_SIZES;
	}
	printf("planning %s: %u models; WCET curve synthetic: the file's WCET on 4 SMs, "
	       "WCET(s) = WCET(4) x (4/s)^0.7 on 4, 8, 12, 16 SMs\n", path, n);
	/* the file's own lanes (4 of 4 SMs, placed by hand) under edf-np, for comparison:
	 * the smallest slack / D over the check points the test examined (an upper bound
	 * of the planner's measure, which also counts a model's first check point beyond
	 * the busy period) */
	{
		int32_t *lanes = calloc(n, sizeof *lanes);
		aegis_task_result *per = calloc(n, sizeof *per);
		double worst = 1e300;
		bool ok = lanes && per;
		for (uint32_t i = 0; ok && i < n; i++)
			lanes[i] = cfg[i]->lane;
		for (uint32_t l = 0; ok && l < (rc->lanes ? rc->lanes : 1); l++) {
			aegis_analysis_result r;
			aegis_task *t = calloc(n, sizeof *t);
			if (!t)
				break;
			for (uint32_t i = 0; i < n; i++)
				t[i] = m[i].task;
			ok = ok && aegis_lane_analyse(AEGIS_AN_EDF_NP, t, lanes, n, l, NULL, &r, per,
						      NULL) == AEGIS_OK && r.schedulable;
			for (uint32_t i = 0; ok && i < n; i++)
				if (lanes[i] == (int32_t)l && per[i].check_point_ns >= 0 &&
				    (double)per[i].slack_ns / (double)t[i].deadline_ns < worst)
					worst = (double)per[i].slack_ns / (double)t[i].deadline_ns;
			free(t);
		}
		if (ok && worst < 1e300)
			printf("the file's own lanes (edf-np, 4 x 4 SMs, by hand): smallest slack "
			       "at most %.3f of D\n", worst);
		free(lanes);
		free(per);
	}
	aegis_plan_device dev = {.total_sms = 16, .granularity_sms = 4};
	aegis_plan_options o = {.kind = AEGIS_AN_EDF_NP};
	plan("edf-np", m, n, &dev, o, cfg);
	o.kind = AEGIS_AN_FP_NP;
	plan("fp-np", m, n, &dev, o, cfg);
	o.kind = AEGIS_AN_EDF_NP;
	o.try_points = true;
	plan("edf-np, also with preemption points", m, n, &dev, o, cfg);
	o.try_points = false;
	o.objective = AEGIS_PLAN_BUSY_PERIOD;
	plan("edf-np, the longest busy period first", m, n, &dev, o, cfg);
	o.objective = AEGIS_PLAN_BURST;
	plan("edf-np, the longest burst first", m, n, &dev, o, cfg);
	static const aegis_stall_point stall[] = {{5000000, 1630000}, {20000000, 2300000},
						  {50000000, 4050000}, {1000000000, 31000000}};
	o.objective = AEGIS_PLAN_SLACK_RATIO;
	o.host_stall = stall; /* bench_noise's curve on the H200 machine (ANALYSIS.md) */
	o.n_host_stall = 4;
	plan("edf-np, host stalls as a curve", m, n, &dev, o, cfg);
	o.kind = AEGIS_AN_FP_NP;
	plan("fp-np, host stalls as a curve", m, n, &dev, o, cfg);
	o.kind = AEGIS_AN_EDF_NP;
	o.host_stall = NULL;
	o.n_host_stall = 0;
	dev.max_lanes = 4;
	plan("edf-np, at most 4 lanes", m, n, &dev, o, cfg);

	/* a 132-SM device (H100) in steps of 8: the same models, the file's WCET taken as
	 * the time on 8 SMs, the same curve on 8..64 SMs: many more layouts */
	static const uint32_t big[N_BIG] = {8, 16, 24, 32, 48, 64};
	aegis_plan_point *pb = calloc((size_t)n * N_BIG, sizeof *pb);
	if (!pb)
		goto out;
	for (uint32_t i = 0; i < n; i++) {
		for (uint32_t k = 0; k < N_BIG; k++)
			pb[i * N_BIG + k] = (aegis_plan_point){
				.sms = big[k],
				.wcet_ns = (int64_t)ceil((double)m[i].task.wcet_ns *
							 pow(8.0 / (double)big[k], 0.7))};
		m[i].curve = pb + (size_t)i * N_BIG;
		m[i].n_curve = N_BIG;
	}
	printf("\n132 SMs in steps of 8: the file's WCET on 8 SMs, WCET(s) = WCET(8) x "
	       "(8/s)^0.7 on 8, 16, 24, 32, 48, 64 SMs\n");
	dev = (aegis_plan_device){.total_sms = 132, .granularity_sms = 8};
	plan("edf-np, 132 SMs", m, n, &dev, o, cfg);
	o.kind = AEGIS_AN_FP_NP;
	plan("fp-np, 132 SMs", m, n, &dev, o, cfg);
	free(pb);
	rc_out = 0;
out:
	free(m);
	free(pt);
	free(segs);
	free(cfg);
	aegis_workload_destroy(w);
	return rc_out;
}
