/* Submissions from application threads (issue 15), on the real-clock simulated device
 * with the runtime's own dispatcher thread: (1) the hand-off, a job's release minus its
 * arrival (what runtime.handoff must cover; docs/ANALYSIS.md, "Submissions from other
 * threads"), p50/p99/p99.9/max with 1, 4 and 8 submitting threads that each submit,
 * wait for the end and pause; (2) aggregate submissions per second with 1, 4 and 8
 * threads submitting as fast as they can (accepted ones and calls in all). The
 * dispatcher runs on a CPU of its own (dispatcher_cpus: the process's last CPU), the
 * submitters on the others. Public API only. Prints figures; asserts nothing. */
#define _GNU_SOURCE /* sched_getaffinity, pthread_setaffinity_np */
#include <sched.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "aegis/aegis.h"
#include "aegis/hist.h"

#define MAX_THREADS 8
#define WAITED_JOBS 3000
#define FLOOD_NS (1000 * 1000 * 1000)

static int64_t mono_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void nap_ns(int64_t ns)
{
	struct timespec ts = {.tv_sec = ns / 1000000000, .tv_nsec = ns % 1000000000};
	nanosleep(&ts, NULL);
}

struct worker {
	aegis_runtime *rt;
	aegis_model_id id;
	uint32_t seed;
	int64_t *handoff; /* WAITED_JOBS values (waited mode) */
	uint32_t n_handoff, lost;
	uint64_t calls, accepted; /* flood mode */
	atomic_bool *go;
};

static uint64_t dispatcher_cpu_mask; /* 0: one CPU only, nothing pinned */
static cpu_set_t others;              /* the submitters' CPUs */

/* The process's last CPU for the dispatcher, the others for the submitters. */
static void choose_cpus(void)
{
	cpu_set_t all;
	CPU_ZERO(&others);
	if (sched_getaffinity(0, sizeof all, &all) != 0 || CPU_COUNT(&all) < 2)
		return;
	int last = -1;
	for (int c = 0; c < 64; c++)
		if (CPU_ISSET(c, &all))
			last = c;
	if (last < 0)
		return;
	dispatcher_cpu_mask = UINT64_C(1) << last;
	others = all;
	CPU_CLR(last, &others);
}

static aegis_runtime *runtime(uint32_t threads, aegis_model_id *ids, uint32_t depth,
			      int64_t poll_ns)
{
	aegis_runtime_config cfg = {.lanes = 4, .policy = AEGIS_POLICY_EDF,
				    .clock = AEGIS_CLOCK_REAL, .admission = AEGIS_ADMIT_OFF,
				    .idle_poll_ns = poll_ns, .dispatcher_cpus = dispatcher_cpu_mask};
	aegis_runtime *rt;
	char err[256];
	if (aegis_runtime_create(&cfg, &rt, err, sizeof err) != AEGIS_OK) {
		fprintf(stderr, "bench_threads: %s\n", err);
		exit(1);
	}
	for (uint32_t i = 0; i < threads; i++) {
		char name[16];
		snprintf(name, sizeof name, "m%u", i);
		aegis_option time = {"time", "1us"};
		aegis_model_config m = {.name = name, .backend = "null", .options = &time,
					.n_options = 1, .release = AEGIS_RELEASE_SPORADIC,
					.period_ns = 1, .queue_depth = depth,
					.lane = (int32_t)(i % 4)};
		if (aegis_model_admit(rt, &m, &ids[i]) != AEGIS_OK) {
			fprintf(stderr, "bench_threads: %s\n", aegis_runtime_last_error(rt));
			exit(1);
		}
	}
	if (aegis_runtime_start(rt) != AEGIS_OK)
		exit(1);
	return rt;
}

/* Submit, wait for the end, pause 20-120 us (so that threads do not move in step). */
static void *waited(void *arg)
{
	struct worker *w = arg;
	while (!atomic_load(w->go))
		;
	for (uint32_t i = 0; i < WAITED_JOBS; i++) {
		aegis_waiter wt;
		aegis_waiter_init(&wt);
		aegis_request req = {.waiter = &wt};
		aegis_completion c;
		if (aegis_request_submit(w->rt, w->id, &req) != AEGIS_OK ||
		    aegis_waiter_wait(&wt, AEGIS_NS_PER_S, &c) != AEGIS_OK ||
		    c.status != AEGIS_OK) {
			w->lost++;
			continue;
		}
		w->handoff[w->n_handoff++] = c.release_ns - c.arrival_ns;
		w->seed = w->seed * 1103515245u + 12345u;
		nap_ns(20000 + (int64_t)(w->seed >> 16) % 100000);
	}
	return NULL;
}

/* Submit as fast as possible for FLOOD_NS. */
static void *flood(void *arg)
{
	struct worker *w = arg;
	aegis_request req = {0};
	while (!atomic_load(w->go))
		;
	int64_t end = mono_ns() + FLOOD_NS;
	while (mono_ns() < end) {
		for (int k = 0; k < 64; k++) {
			w->calls++;
			w->accepted += aegis_request_submit(w->rt, w->id, &req) == AEGIS_OK;
		}
	}
	return NULL;
}

static void run(uint32_t threads, void *(*fn)(void *), struct worker *w, int64_t poll_ns)
{
	aegis_model_id ids[MAX_THREADS];
	aegis_runtime *rt = runtime(threads, ids, fn == flood ? 1024 : 2, poll_ns);
	atomic_bool go = false;
	pthread_t t[MAX_THREADS];
	for (uint32_t i = 0; i < threads; i++) {
		w[i] = (struct worker){.rt = rt, .id = ids[i], .seed = i + 1, .go = &go,
				       .handoff = w[i].handoff};
		pthread_create(&t[i], NULL, fn, &w[i]);
		if (dispatcher_cpu_mask)
			pthread_setaffinity_np(t[i], sizeof others, &others);
	}
	atomic_store(&go, true);
	for (uint32_t i = 0; i < threads; i++)
		pthread_join(t[i], NULL);
	aegis_runtime_stop(rt);
	aegis_runtime_destroy(rt);
}

int main(void)
{
	static const uint32_t counts[] = {1, 4, 8};
	struct worker w[MAX_THREADS];
	for (uint32_t i = 0; i < MAX_THREADS; i++)
		w[i].handoff = malloc(WAITED_JOBS * sizeof(int64_t));
	aegis_hist *h;
	if (aegis_hist_create(&h) != AEGIS_OK)
		return 1;
	choose_cpus();
	printf("%ld CPUs; the dispatcher %s\n", sysconf(_SC_NPROCESSORS_ONLN),
	       dispatcher_cpu_mask ? "on the last, the submitters on the others"
				   : "and the submitters share one");
	printf("hand-off (release - arrival) of submissions from other threads, real-clock "
	       "sim device,\n%d waited jobs per thread, 20-120 us apart:\n", WAITED_JOBS);
	for (size_t c = 0; c < 6; c++) {
		int64_t poll = c < 3 ? 0 : AEGIS_NS_PER_MS;
		if (c % 3 == 0)
			printf(" the dispatcher %s:\n", poll ? "polls for 1 ms before it sleeps "
							       "(idle_poll 1ms)"
							     : "sleeps at once (idle_poll 0)");
		run(counts[c % 3], waited, w, poll);
		aegis_hist_destroy(h);
		aegis_hist_create(&h);
		uint32_t lost = 0;
		for (uint32_t i = 0; i < counts[c % 3]; i++) {
			for (uint32_t k = 0; k < w[i].n_handoff; k++)
				aegis_hist_record(h, w[i].handoff[k]);
			lost += w[i].lost;
		}
		printf("  %u thread%s: %" PRIu64 " jobs, p50 %.1f us, p99 %.1f us, p99.9 %.1f us, "
		       "max %.1f us%s\n",
		       counts[c % 3], counts[c % 3] == 1 ? " " : "s", aegis_hist_count(h),
		       aegis_hist_quantile(h, 0.5) / 1e3, aegis_hist_quantile(h, 0.99) / 1e3,
		       aegis_hist_quantile(h, 0.999) / 1e3, aegis_hist_max(h) / 1e3,
		       lost ? " (some lost!)" : "");
	}
	printf("aggregate submissions, each thread as fast as it can for 1 s (queue depth "
	       "1024, 1 us jobs):\n");
	for (size_t c = 0; c < 3; c++) {
		run(counts[c], flood, w, 0);
		uint64_t calls = 0, accepted = 0;
		for (uint32_t i = 0; i < counts[c]; i++) {
			calls += w[i].calls;
			accepted += w[i].accepted;
		}
		printf("  %u thread%s: %.2f M calls/s, %.3f M accepted/s\n", counts[c],
		       counts[c] == 1 ? " " : "s", (double)calls / 1e6 * 1e9 / FLOOD_NS,
		       (double)accepted / 1e6 * 1e9 / FLOOD_NS);
	}
	aegis_hist_destroy(h);
	for (uint32_t i = 0; i < MAX_THREADS; i++)
		free(w[i].handoff);
	return 0;
}
