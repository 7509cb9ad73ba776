/* Benchmarks of the core on the simulated device, printed as figures (never
 * asserted): simulated jobs per second for a workload file with tracing off and on,
 * the cost of one recorded trace event, and the cost of one scheduling decision
 * with 100 ready jobs. Single-threaded: one core.
 *
 *   bench_sim [WORKLOAD] [--seconds S]   (default examples/edge-24.yaml, 600 s virtual)
 */
#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/aegis.h"
#include "testing/bench_internal.h"

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* Tracing during a throughput run: off, a sink that counts the events, or the
 * decision log (JSON Lines) written to /dev/null. */
enum trace_mode { TRACE_OFF = 0, TRACE_COUNT, TRACE_JSONL, TRACE_MODES };
static const char *const trace_mode_name[TRACE_MODES] = {
	"tracing off", "tracing on, counting sink", "tracing on, JSON Lines to /dev/null"};

static void count_events(void *user, const aegis_trace_event *ev, size_t n)
{
	(void)ev;
	*(uint64_t *)user += n;
}

/* One run of the workload for `virt_ns` of virtual time; returns wall ns, the
 * number of jobs that ended (completed + failed + cancelled) and, with the counting
 * sink, the events recorded. The timed part is the run, the drain and, with the
 * JSON Lines writer, its final flush. */
static int run_workload(const aegis_workload *w, int64_t virt_ns, enum trace_mode mode,
			int64_t *wall_ns, uint64_t *jobs, uint64_t *events)
{
	aegis_runtime *rt;
	char err[256];
	aegis_runtime_config cfg = *aegis_workload_runtime(w);
	FILE *devnull = NULL;
	aegis_jsonl_writer *log = NULL;
	*events = 0;
	if (mode == TRACE_COUNT) {
		cfg.trace = (aegis_trace_sink){count_events, events};
	} else if (mode == TRACE_JSONL) {
		if (!(devnull = fopen("/dev/null", "w")) ||
		    aegis_jsonl_writer_create(devnull, &log) != AEGIS_OK) {
			fprintf(stderr, "bench_sim: cannot open /dev/null for the log\n");
			return -1;
		}
		cfg.trace = aegis_jsonl_writer_sink(log);
	}
	int rc = -1;
	if (aegis_runtime_create(&cfg, &rt, err, sizeof err) != AEGIS_OK) {
		fprintf(stderr, "bench_sim: %s\n", err);
		goto out_log;
	}
	for (uint32_t i = 0; i < aegis_workload_model_count(w); i++) {
		if (aegis_model_admit(rt, aegis_workload_model(w, i), NULL) != AEGIS_OK) {
			fprintf(stderr, "bench_sim: %s\n", aegis_runtime_last_error(rt));
			goto out_rt;
		}
	}
	if (log && aegis_jsonl_writer_header(log, rt) != AEGIS_OK) {
		fprintf(stderr, "bench_sim: writing the log header failed\n");
		goto out_rt;
	}
	int64_t t0 = clock_monotonic_ns();
	aegis_runtime_run_for(rt, virt_ns);
	aegis_runtime_stop(rt);
	if (log && aegis_jsonl_writer_finish(log) != AEGIS_OK) {
		fprintf(stderr, "bench_sim: writing the log failed\n");
		goto out_rt;
	}
	*wall_ns = clock_monotonic_ns() - t0;
	*jobs = 0;
	for (uint32_t i = 0; i < aegis_runtime_model_count(rt); i++) {
		aegis_model_stats s;
		aegis_model_stats_get(rt, i, &s);
		*jobs += s.completed + s.failed + s.cancelled;
	}
	rc = 0;
out_rt:
	aegis_runtime_destroy(rt);
out_log:
	aegis_jsonl_writer_destroy(log);
	if (devnull)
		fclose(devnull);
	return rc;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* Jobs per second of wall time, median of RUNS runs, for each tracing mode; the
 * ratio of each traced mode to tracing off (target: >= 0.8). */
static void bench_throughput(const char *path, int64_t virt_ns)
{
	aegis_workload *w;
	char err[512];
	if (aegis_workload_load(path, &w, err, sizeof err) != AEGIS_OK) {
		fprintf(stderr, "bench_sim: %s\n", err);
		exit(1);
	}
	enum { RUNS = 5 };
	double median[TRACE_MODES], best[TRACE_MODES];
	uint64_t jobs = 0, events = 0;
	char d[32];
	printf("simulated throughput, %s (%u models, %u lanes, policy %s), %s virtual:\n",
	       path, aegis_workload_model_count(w), aegis_workload_runtime(w)->lanes,
	       aegis_policy_name(aegis_workload_runtime(w)->policy),
	       aegis_duration_format(virt_ns, d, sizeof d));
	for (int mode = 0; mode < TRACE_MODES; mode++) {
		double rate[RUNS];
		for (int r = 0; r < RUNS; r++) {
			int64_t wall;
			uint64_t ev;
			if (run_workload(w, virt_ns, (enum trace_mode)mode, &wall, &jobs, &ev) != 0)
				exit(1);
			if (mode == TRACE_COUNT)
				events = ev;
			rate[r] = (double)jobs / ((double)wall / 1e9);
		}
		qsort(rate, RUNS, sizeof rate[0], cmp_double);
		median[mode] = rate[RUNS / 2];
		best[mode] = rate[RUNS - 1];
		printf("  %-38s median %6.2f M jobs/s, best %6.2f M jobs/s", trace_mode_name[mode],
		       median[mode] / 1e6, best[mode] / 1e6);
		if (mode == TRACE_OFF)
			printf(" (%" PRIu64 " jobs per run, %d runs, one core)\n", jobs, RUNS);
		else
			printf("  = %.2fx off (target >= 0.8x)\n", median[mode] / median[TRACE_OFF]);
	}
	printf("  events recorded per run %" PRIu64 " (%.1f per job)\n", events,
	       jobs ? (double)events / (double)jobs : 0.0);
	aegis_workload_destroy(w);
}

static void discard_events(void *user, const aegis_trace_event *ev, size_t n)
{
	(void)user;
	(void)ev;
	(void)n;
}

/* The cost of recording one event: trace_record (fill the preallocated ring, drained
 * to the sink when full, as on the simulated device) into a sink that does nothing; batches of
 * 100,000 events, the median over batches (target < 50 ns). */
static void bench_trace_record(void)
{
	enum { BATCH = 100000, BATCHES = 200 };
	struct trace_buf t;
	if (trace_buf_init(&t, (aegis_trace_sink){discard_events, NULL}, 0, false) != AEGIS_OK)
		exit(1);
	int64_t per[BATCHES];
	uint64_t job = 0;
	for (int b = 0; b < BATCHES; b++) {
		int64_t t0 = clock_monotonic_ns();
		for (int i = 0; i < BATCH; i++, job++)
			trace_record(&t, AEGIS_EV_COMPLETE, (int64_t)job * 1000, (uint32_t)(job & 31),
				     (uint32_t)(job & 3), job, 0, AEGIS_OK, (int64_t)job);
		per[b] = clock_monotonic_ns() - t0;
	}
	qsort(per, BATCHES, sizeof per[0], cmp_i64);
	printf("trace event recording (trace_record into a sink that does nothing):\n");
	printf("  median %.2f ns, p99 %.2f ns per event (batches of %d, %d batches; target < 50 ns)"
	       " [%" PRIu64 "]\n", (double)per[BATCHES / 2] / BATCH,
	       (double)per[BATCHES * 99 / 100] / BATCH, BATCH, BATCHES, t.recorded % 10);
	trace_buf_deinit(&t);
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
	const aegis_sim_config one_us = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 1000}};
	for (int i = 0; i < MODELS; i++) {
		snprintf(names[i], sizeof names[i], "m%d", i);
		aegis_model_config m = {
			.name = names[i],
			.release = AEGIS_RELEASE_SPORADIC,
			.period_ns = 1000 * 1000,
			.deadline_ns = 1000 * 1000 - i * 1000,
			.backend_config = &one_us,
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
	bench_trace_record();
	bench_decision();
	bench_loop_100_ready();
	return 0;
}
