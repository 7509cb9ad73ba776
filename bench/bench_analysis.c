/* Cost of the per-lane schedulability analyses, printed as figures (never asserted):
 * every analysis on every lane of a workload file, and the median and max over 1,000
 * random 100-task sets at U = 0.9. Single-threaded. Must not simulate anything.
 *
 *   bench_analysis [WORKLOAD]   (default examples/edge-24.yaml)
 */
#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "aegis/aegis.h"
#include "aegis/analysis.h"
#include "testing/bench_internal.h"

#define RAND_SETS 1000
#define RAND_TASKS 100
#define RAND_U 0.9
#define RAND_REPEAT 3 /* calls per (set, analysis); the fastest is kept */
#define MAX_SEGS 4
#define LANE_REPEAT 2000 /* timed calls per (lane, analysis); the median is printed */

static int64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* Times one call of the analysis; returns ns, or -1 on an analysis error. */
static int64_t time_one(aegis_analysis_kind k, const aegis_task *t, uint32_t n, bool *ok)
{
	aegis_analysis_result res;
	int64_t t0 = now_ns();
	aegis_status st = aegis_analyse(k, t, n, &res, NULL);
	int64_t dt = now_ns() - t0;
	*ok = st == AEGIS_OK && res.schedulable;
	return st == AEGIS_OK ? dt : -1;
}

/* (a) Each lane of the workload as a task set: the models' WCETs, deadlines, jitter
 * and segments, converted by aegis_model_task with the file's priority rule. */
static void bench_workload(const char *path)
{
	aegis_workload *w;
	char err[512];
	if (aegis_workload_load(path, &w, err, sizeof err) != AEGIS_OK) {
		fprintf(stderr, "bench_analysis: %s\n", err);
		return;
	}
	const aegis_runtime_config *rc = aegis_workload_runtime(w);
	uint32_t n = aegis_workload_model_count(w), lanes = rc->lanes ? rc->lanes : 1;
	aegis_task *tasks = calloc(n, sizeof *tasks);
	int64_t *segs = calloc((size_t)n * AEGIS_MAX_SEGMENTS, sizeof *segs);
	int64_t *dt = calloc(LANE_REPEAT, sizeof *dt);
	if (!tasks || !segs || !dt)
		goto out;
	printf("analysis time per lane, %s (median of %d calls, us; verdict)\n", path,
	       LANE_REPEAT);
	printf("%-5s %5s", "lane", "tasks");
	for (int k = 0; k < AEGIS_AN_KIND_COUNT_; k++)
		printf(" %13s", aegis_analysis_kind_name((aegis_analysis_kind)k));
	printf("\n");
	for (uint32_t lane = 0; lane < lanes; lane++) {
		uint32_t m = 0;
		for (uint32_t i = 0; i < n; i++) {
			const aegis_model_config *cfg = aegis_workload_model(w, i);
			/* AEGIS_LANE_AUTO models have no lane before admission: left out. */
			if (cfg->lane != (int32_t)lane)
				continue;
			int64_t *seg = segs + (size_t)m * AEGIS_MAX_SEGMENTS;
			int64_t overhead = rc->dispatch_overhead_ns;
			aegis_status st = aegis_model_task(cfg, rc->priorities, overhead,
							   &tasks[m], seg, NULL, 0);
			if (st != AEGIS_OK) {
				fprintf(stderr, "bench_analysis: model '%s': %s\n", cfg->name,
					aegis_status_name(st));
				goto out;
			}
			m++;
		}
		printf("%-5u %5u", lane, m);
		for (int k = 0; k < AEGIS_AN_KIND_COUNT_ && m; k++) {
			bool ok = false;
			for (int r = 0; r < LANE_REPEAT; r++)
				dt[r] = time_one((aegis_analysis_kind)k, tasks, m, &ok);
			qsort(dt, LANE_REPEAT, sizeof *dt, cmp_i64);
			printf(" %8.2f %-4s", (double)dt[LANE_REPEAT / 2] / 1e3,
			       dt[0] < 0 ? "err" : ok ? "pass" : "fail");
		}
		printf("\n");
	}
out:
	free(dt);
	free(segs);
	free(tasks);
	aegis_workload_destroy(w);
}

/* (b) RAND_SETS sets of RAND_TASKS tasks at U = RAND_U: UUniFast utilisations, periods
 * log-uniform in [1 ms, 100 ms] rounded to 1 us, D = T, no jitter, 1..4 segments,
 * rate-monotonic priorities. */
static void make_taskset(struct rng *r, aegis_task *t, int64_t (*seg)[MAX_SEGS])
{
	double sum = RAND_U;
	for (uint32_t i = 0; i < RAND_TASKS; i++) {
		double u = sum;
		if (i + 1 < RAND_TASKS) { /* UUniFast (Bini & Buttazzo 2005) */
			double e = 1.0 / (double)(RAND_TASKS - i - 1);
			double next = sum * pow(rng_unit(r), e);
			u = sum - next;
			sum = next;
		}
		double p = exp(log(1e6) + rng_unit(r) * (log(1e8) - log(1e6)));
		t[i] = (aegis_task){.period_ns = llround(p / 1e3) * 1000};
		t[i].deadline_ns = t[i].period_ns;
		t[i].wcet_ns = llround(u * (double)t[i].period_ns);
		t[i].wcet_ns = t[i].wcet_ns < 1000 ? 1000 : t[i].wcet_ns;
		uint32_t m = (uint32_t)rng_range(r, 1, MAX_SEGS);
		int64_t w[MAX_SEGS], total = 0, prefix = 0, prev = 0;
		for (uint32_t k = 0; k < m; k++)
			total += w[k] = rng_range(r, 1, 100);
		for (uint32_t k = 0; k < m; k++) {
			prefix += w[k];
			seg[i][k] = t[i].wcet_ns * prefix / total - prev;
			prev += seg[i][k];
		}
		t[i].n_segments = m;
		t[i].segment_ns = seg[i];
	}
	for (uint32_t i = 0; i < RAND_TASKS; i++) {
		int64_t rank = 0;
		for (uint32_t j = 0; j < RAND_TASKS; j++)
			rank += t[j].period_ns < t[i].period_ns ||
				(t[j].period_ns == t[i].period_ns && j < i);
		t[i].prio = rank;
	}
}

static void bench_random(void)
{
	aegis_task *t = calloc(RAND_TASKS, sizeof *t);
	int64_t(*seg)[MAX_SEGS] = calloc(RAND_TASKS, sizeof *seg);
	int64_t *dt = calloc((size_t)AEGIS_AN_KIND_COUNT_ * RAND_SETS, sizeof *dt);
	uint32_t accepted[AEGIS_AN_KIND_COUNT_] = {0}, errors[AEGIS_AN_KIND_COUNT_] = {0};
	if (!t || !seg || !dt)
		goto out;
	for (uint32_t s = 0; s < RAND_SETS; s++) {
		struct rng r;
		rng_seed(&r, 42, s);
		make_taskset(&r, t, seg);
		for (int k = 0; k < AEGIS_AN_KIND_COUNT_; k++) {
			bool ok;
			/* The fastest of a few calls: the set's cost without the noise of
			 * interrupts and other processes, which would otherwise be the max. */
			int64_t d = INT64_MAX;
			for (int rep = 0; rep < RAND_REPEAT && d >= 0; rep++) {
				int64_t x = time_one((aegis_analysis_kind)k, t, RAND_TASKS, &ok);
				d = x < d ? x : d;
			}
			errors[k] += d < 0;
			accepted[k] += ok;
			dt[(size_t)k * RAND_SETS + s] = d < 0 ? 0 : d;
		}
	}
	printf("\nanalysis time, %d random sets of %d tasks at U = %.2f "
	       "(periods 1-100 ms log-uniform, D = T, 1-4 segments, RM; per set the "
	       "fastest of %d calls)\n",
	       RAND_SETS, RAND_TASKS, RAND_U, RAND_REPEAT);
	printf("%-9s %12s %12s %10s %7s   (target: median < 1000 us)\n", "analysis",
	       "median us", "max us", "accepted", "errors");
	for (int k = 0; k < AEGIS_AN_KIND_COUNT_; k++) {
		int64_t *v = dt + (size_t)k * RAND_SETS;
		qsort(v, RAND_SETS, sizeof *v, cmp_i64);
		printf("%-9s %12.2f %12.2f %6u/%d %7u\n",
		       aegis_analysis_kind_name((aegis_analysis_kind)k),
		       (double)v[RAND_SETS / 2] / 1e3, (double)v[RAND_SETS - 1] / 1e3,
		       accepted[k], RAND_SETS, errors[k]);
	}
out:
	free(dt);
	free(seg);
	free(t);
}

int main(int argc, char **argv)
{
	bench_workload(argc > 1 ? argv[1] : "examples/edge-24.yaml");
	bench_random();
	return 0;
}
