/* Benchmarks of the core on the simulated device, printed as figures (never
 * asserted): simulated jobs per second for a workload file, and the cost of one
 * scheduling decision with 100 ready jobs. Single-threaded: one core.
 *
 *   bench_sim [WORKLOAD] [--seconds S]   (default examples/edge-24.yaml, 600 s virtual)
 */
#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/aegis.h"
#include "base/clock.h"
#include "base/heap.h"
#include "base/rng.h"

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* One run of the workload for `virt_ns` of virtual time; returns wall ns and the
 * number of jobs that ended (completed + failed + cancelled). */
static int run_workload(const aegis_workload *w, int64_t virt_ns, int64_t *wall_ns,
			uint64_t *jobs)
{
	aegis_runtime *rt;
	char err[256];
	if (aegis_runtime_create(aegis_workload_runtime(w), &rt, err, sizeof err) != AEGIS_OK) {
		fprintf(stderr, "bench_sim: %s\n", err);
		return -1;
	}
	for (uint32_t i = 0; i < aegis_workload_model_count(w); i++) {
		if (aegis_model_admit(rt, aegis_workload_model(w, i), NULL) != AEGIS_OK) {
			fprintf(stderr, "bench_sim: %s\n", aegis_runtime_last_error(rt));
			aegis_runtime_destroy(rt);
			return -1;
		}
	}
	int64_t t0 = clock_monotonic_ns();
	aegis_runtime_run_for(rt, virt_ns);
	aegis_runtime_stop(rt);
	*wall_ns = clock_monotonic_ns() - t0;
	*jobs = 0;
	for (uint32_t i = 0; i < aegis_runtime_model_count(rt); i++) {
		aegis_model_stats s;
		aegis_model_stats_get(rt, i, &s);
		*jobs += s.completed + s.failed + s.cancelled;
	}
	aegis_runtime_destroy(rt);
	return 0;
}

static void bench_throughput(const char *path, int64_t virt_ns)
{
	aegis_workload *w;
	char err[512];
	if (aegis_workload_load(path, &w, err, sizeof err) != AEGIS_OK) {
		fprintf(stderr, "bench_sim: %s\n", err);
		exit(1);
	}
	enum { RUNS = 5 };
	double rate[RUNS];
	uint64_t jobs = 0;
	for (int r = 0; r < RUNS; r++) {
		int64_t wall;
		if (run_workload(w, virt_ns, &wall, &jobs) != 0)
			exit(1);
		rate[r] = (double)jobs / ((double)wall / 1e9);
	}
	/* sort the rates; report median and best */
	for (int i = 1; i < RUNS; i++)
		for (int j = i; j > 0 && rate[j] < rate[j - 1]; j--) {
			double t = rate[j];
			rate[j] = rate[j - 1];
			rate[j - 1] = t;
		}
	char d[32];
	printf("simulated throughput, %s (%u models, %u lanes, policy %s), %s virtual, tracing off:\n",
	       path, aegis_workload_model_count(w), aegis_workload_runtime(w)->lanes,
	       aegis_policy_name(aegis_workload_runtime(w)->policy),
	       aegis_duration_format(virt_ns, d, sizeof d));
	printf("  jobs per run %" PRIu64 "; median %.2f M jobs/s, best %.2f M jobs/s (%d runs, one core)\n",
	       jobs, rate[RUNS / 2] / 1e6, rate[RUNS - 1] / 1e6, RUNS);
	aegis_workload_destroy(w);
}

/* The decision itself: the ready queue of a lane holds one entry per model whose
 * oldest job waits; a decision pops the best entry, and the model's next job is
 * pushed back with its own key. Measured as pop + push on a queue of 100 entries
 * with EDF-like keys, in batches of 1000; the median over batches is reported. */
static void bench_decision(void)
{
	enum { READY = 100, BATCH = 1000, BATCHES = 2000 };
	struct heap_entry store[READY + 1];
	struct heap h = {.e = store, .cap = READY + 1};
	struct rng r;
	rng_seed(&r, 1, 0);
	int64_t keys[1024];
	for (int i = 0; i < 1024; i++)
		keys[i] = rng_range(&r, 0, 100 * 1000 * 1000);
	for (uint32_t i = 0; i < READY; i++)
		heap_push(&h, (struct heap_entry){.k1 = keys[i], .k2 = i, .k3 = i, .id = i});
	int64_t *per = malloc(BATCHES * sizeof *per);
	int64_t clock_t0 = 0;
	uint64_t sink = 0;
	unsigned k = READY;
	for (int b = 0; b < BATCHES; b++) {
		clock_t0 = clock_monotonic_ns();
		for (int i = 0; i < BATCH; i++) {
			struct heap_entry e = heap_pop(&h);
			sink += e.id;
			e.k1 += keys[k++ & 1023]; /* the model's next job: a later deadline */
			heap_push(&h, e);
		}
		per[b] = clock_monotonic_ns() - clock_t0;
	}
	qsort(per, BATCHES, sizeof *per, cmp_i64);
	printf("scheduling decision (pop best + push successor), %d ready jobs:\n", READY);
	printf("  median %.1f ns, p99 %.1f ns per decision (batches of %d, %d batches) [%" PRIu64 "]\n",
	       (double)per[BATCHES / 2] / BATCH, (double)per[BATCHES * 99 / 100] / BATCH, BATCH,
	       BATCHES, sink % 10);
	free(per);
}

/* The whole loop with 100 jobs ready at once on one lane: 100 sporadic models,
 * one submission each, then run until all are done; wall time per job. */
static void bench_loop_100_ready(void)
{
	enum { MODELS = 100, ROUNDS = 2000 };
	aegis_runtime_config cfg = {.lanes = 1, .policy = AEGIS_POLICY_EDF, .seed = 1};
	aegis_runtime *rt;
	if (aegis_runtime_create(&cfg, &rt, NULL, 0) != AEGIS_OK)
		exit(1);
	char names[MODELS][16];
	for (int i = 0; i < MODELS; i++) {
		snprintf(names[i], sizeof names[i], "m%d", i);
		aegis_model_config m = {
			.name = names[i],
			.release = AEGIS_RELEASE_SPORADIC,
			.period_ns = 1000 * 1000,
			.deadline_ns = 1000 * 1000 - i * 1000,
			.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 1000},
			.lane = 0,
		};
		if (aegis_model_admit(rt, &m, NULL) != AEGIS_OK)
			exit(1);
	}
	aegis_request req = {0};
	int64_t t0 = clock_monotonic_ns();
	for (int round = 0; round < ROUNDS; round++) {
		for (uint32_t i = 0; i < MODELS; i++)
			aegis_request_submit(rt, i, &req);
		aegis_runtime_run_for(rt, 1000 * 1000); /* 100 jobs x 1 us, then idle */
	}
	int64_t wall = clock_monotonic_ns() - t0;
	printf("dispatcher loop with %d jobs ready at once (submit + decide + complete):\n", MODELS);
	printf("  %.1f ns per job (%d jobs)\n", (double)wall / (MODELS * ROUNDS), MODELS * ROUNDS);
	aegis_runtime_destroy(rt);
}

int main(int argc, char **argv)
{
	const char *path = "examples/edge-24.yaml";
	int64_t virt_ns = 600 * AEGIS_NS_PER_S;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--seconds") == 0 && i + 1 < argc)
			virt_ns = (int64_t)atoll(argv[++i]) * AEGIS_NS_PER_S;
		else
			path = argv[i];
	}
	bench_throughput(path, virt_ns);
	bench_decision();
	bench_loop_100_ready();
	return 0;
}
