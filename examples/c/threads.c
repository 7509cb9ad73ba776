/* The README's threaded example, complete: the runtime runs its own dispatcher thread
 * on the real-clock simulated device (no GPU needed); four application threads each
 * submit 50 jobs to a sporadic model and wait for every one. Every accepted request
 * ends exactly once; the program prints what the threads saw. Build: CMake target
 * example_threads (or: cc threads.c $(pkg-config --cflags --libs aegis) -pthread). */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <time.h>

#include <aegis/aegis.h>

#define THREADS 4
#define JOBS 50

static aegis_runtime *rt;
static aegis_model_id cam[THREADS];
static atomic_uint done_ok, rejected, other;

static void *camera(void *arg)
{
	aegis_model_id id = cam[(size_t)arg];
	for (int i = 0; i < JOBS; i++) {
		aegis_waiter w;
		aegis_waiter_init(&w);
		aegis_request req = {.waiter = &w};
		aegis_status st = aegis_request_submit(rt, id, &req); /* never waits */
		if (st == AEGIS_OK) {
			aegis_completion c;
			st = aegis_waiter_wait(&w, AEGIS_NS_PER_S, &c);
			atomic_fetch_add(st == AEGIS_OK && c.status == AEGIS_OK ? &done_ok : &other, 1);
		} else {
			atomic_fetch_add(&rejected, 1); /* e.g. too soon after the last one */
		}
		nanosleep(&(struct timespec){.tv_nsec = 2000000}, NULL); /* a 2 ms camera */
	}
	return NULL;
}

int main(void)
{
	char detail[256];
	aegis_runtime_config cfg = {.lanes = 2, .policy = AEGIS_POLICY_EDF,
				    .clock = AEGIS_CLOCK_REAL, .handoff_ns = 200000};
	if (aegis_runtime_create(&cfg, &rt, detail, sizeof detail) != AEGIS_OK) {
		fprintf(stderr, "runtime: %s\n", detail);
		return 1;
	}
	for (size_t i = 0; i < THREADS; i++) {
		char name[16];
		snprintf(name, sizeof name, "cam%zu", i);
		aegis_option exec = {"exec", "200us"};
		aegis_model_config m = {.name = name, .release = AEGIS_RELEASE_SPORADIC,
					.period_ns = 2 * AEGIS_NS_PER_MS, .queue_depth = 2,
					.options = &exec, .n_options = 1, .lane = AEGIS_LANE_AUTO};
		if (aegis_model_admit(rt, &m, &cam[i]) != AEGIS_OK) {
			fprintf(stderr, "admit: %s\n", aegis_runtime_last_error(rt));
			aegis_runtime_destroy(rt);
			return 1;
		}
	}
	if (aegis_runtime_start(rt) != AEGIS_OK) {
		aegis_runtime_destroy(rt);
		return 1;
	}
	pthread_t t[THREADS];
	for (size_t i = 0; i < THREADS; i++)
		pthread_create(&t[i], NULL, camera, (void *)i);
	for (size_t i = 0; i < THREADS; i++)
		pthread_join(t[i], NULL);
	aegis_runtime_stop(rt); /* parked and queued requests end with AEGIS_E_CANCELLED */
	int64_t handoff = 0;
	for (size_t i = 0; i < THREADS; i++) {
		aegis_model_stats s;
		if (aegis_model_stats_get(rt, cam[i], &s) == AEGIS_OK && s.handoff_max_ns > handoff)
			handoff = s.handoff_max_ns;
	}
	printf("%u completed, %u rejected, %u other; longest hand-off %.1f us\n",
	       atomic_load(&done_ok), atomic_load(&rejected), atomic_load(&other),
	       (double)handoff / 1e3);
	aegis_runtime_destroy(rt);
	return atomic_load(&other) == 0 ? 0 : 1;
}
