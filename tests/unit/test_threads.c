/* The runtime from many threads (label `threads`: also run under ThreadSanitizer by
 * make test-tsan): submissions from 8 threads with admit/evict churn and a stop in the
 * middle, conserving every request; the two-thread experiment of issue 15 as a
 * regression; waiting for a request; stop from another thread while run_for runs; the
 * last error per thread. On the real-clock simulated device, so it runs anywhere.
 * AEGIS_STRESS_SUBMITS sets the submissions per thread (default 100,000). */
#define _GNU_SOURCE /* sched_getaffinity */
#include <pthread.h>
#include <sched.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "aegis/aegis.h"

#define US 1000LL
#define MS (1000 * US)

static void nap(int64_t ns)
{
	struct timespec ts = {.tv_sec = ns / 1000000000, .tv_nsec = ns % 1000000000};
	nanosleep(&ts, NULL);
}

static aegis_runtime *real_rt(uint32_t lanes)
{
	aegis_runtime_config cfg = {.lanes = lanes, .policy = AEGIS_POLICY_EDF, .seed = 1,
				    .clock = AEGIS_CLOCK_REAL};
	aegis_runtime *rt = NULL;
	char err[256];
	if (aegis_runtime_create(&cfg, &rt, err, sizeof err) != AEGIS_OK)
		fail_msg("create: %s", err);
	return rt;
}

/* A sporadic model of fixed execution time c_ns, its sim config in *sim (the caller's:
 * several threads build models at once). */
static aegis_model_config sporadic(aegis_sim_config *sim, const char *name, int64_t c_ns,
				   int64_t t_ns, uint32_t depth)
{
	*sim = (aegis_sim_config){.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = c_ns}};
	return (aegis_model_config){
		.name = name,
		.release = AEGIS_RELEASE_SPORADIC,
		.period_ns = t_ns,
		.backend_config = sim,
		.lane = AEGIS_LANE_AUTO,
		.queue_depth = depth,
	};
}

/* The hand-off is charged to sporadic models as release jitter (docs/ANALYSIS.md,
 * "Submissions from other threads"): one model, C = 6 ms, T = D = 10 ms, alone on its
 * lane (non-preemptive FP: R = J + C). H = 3 ms: R = 9 ms, admitted, J = 3 ms;
 * H = 5 ms: R = 11 ms, refused; a periodic model of the same figures is admitted
 * with H = 5 ms and J = 0 (the timer is the dispatcher's own). */
static void test_handoff_charged(void **state)
{
	(void)state;
	struct {
		int64_t handoff;
		aegis_release_kind release;
		aegis_status want;
		int64_t jitter;
	} cases[] = {
		{0, AEGIS_RELEASE_SPORADIC, AEGIS_OK, 0},
		{3 * MS, AEGIS_RELEASE_SPORADIC, AEGIS_OK, 3 * MS},
		{5 * MS, AEGIS_RELEASE_SPORADIC, AEGIS_E_UNSCHEDULABLE, 0},
		{5 * MS, AEGIS_RELEASE_PERIODIC, AEGIS_OK, 0},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		aegis_runtime_config cfg = {.lanes = 1, .policy = AEGIS_POLICY_FP,
					    .handoff_ns = cases[i].handoff};
		aegis_runtime *rt = NULL;
		assert_int_equal(aegis_runtime_create(&cfg, &rt, NULL, 0), AEGIS_OK);
		aegis_sim_config sim;
		aegis_model_config m = sporadic(&sim, "cam", 6 * MS, 10 * MS, 1);
		m.release = cases[i].release;
		aegis_model_id id;
		aegis_status st = aegis_model_admit(rt, &m, &id);
		if (st != cases[i].want)
			fail_msg("case %zu: %s (%s)", i, aegis_status_str(st),
				 aegis_runtime_last_error(rt));
		if (st == AEGIS_OK) {
			aegis_task t;
			assert_int_equal(aegis_model_task_get(rt, id, &t), AEGIS_OK);
			assert_int_equal(t.jitter_ns, cases[i].jitter);
		}
		aegis_runtime_destroy(rt);
	}
}

/* The dispatcher's thread runs only on the CPUs of dispatcher_cpus: a CPU this process
 * may use starts (and the run completes a waited job); a CPU it may not use is refused
 * by aegis_runtime_start with AEGIS_E_CONFIG, and nothing was started. */
static void test_dispatcher_cpus(void **state)
{
	(void)state;
	cpu_set_t set;
	assert_int_equal(sched_getaffinity(0, sizeof set, &set), 0);
	int allowed = -1, barred = -1;
	for (int c = 0; c < 64; c++) {
		if (CPU_ISSET(c, &set) && allowed < 0)
			allowed = c;
		if (!CPU_ISSET(c, &set) && barred < 0)
			barred = c;
	}
	assert_true(allowed >= 0);
	for (int pass = 0; pass < 2; pass++) {
		int cpu = pass ? barred : allowed;
		if (cpu < 0)
			continue; /* every one of 64 CPUs allowed: no barred one to try */
		aegis_runtime_config cfg = {.lanes = 1, .clock = AEGIS_CLOCK_REAL,
					    .dispatcher_cpus = UINT64_C(1) << cpu};
		aegis_runtime *rt = NULL;
		assert_int_equal(aegis_runtime_create(&cfg, &rt, NULL, 0), AEGIS_OK);
		aegis_sim_config sim;
		aegis_model_config m = sporadic(&sim, "m", 100 * US, MS, 1);
		aegis_model_id id;
		assert_int_equal(aegis_model_admit(rt, &m, &id), AEGIS_OK);
		aegis_status st = aegis_runtime_start(rt);
		if (pass) {
			assert_int_equal(st, AEGIS_E_CONFIG);
			assert_non_null(strstr(aegis_runtime_last_error(rt), "dispatcher_cpus"));
		} else {
			assert_int_equal(st, AEGIS_OK);
			aegis_waiter w;
			aegis_waiter_init(&w);
			aegis_request req = {.waiter = &w};
			aegis_completion c;
			assert_int_equal(aegis_request_submit(rt, id, &req), AEGIS_OK);
			assert_int_equal(aegis_waiter_wait(&w, AEGIS_NS_PER_S, &c), AEGIS_OK);
			assert_int_equal(c.status, AEGIS_OK);
		}
		assert_int_equal(aegis_runtime_stop(rt), AEGIS_OK);
		aegis_runtime_destroy(rt);
	}
}

/* ---- the stress test ----------------------------------------------------------------- */

enum { SUBMITTERS = 8, STABLE = 16, CHURNED = 4, MODELS = STABLE + CHURNED };

/* One submission: what submit returned and how many times it was called back. */
struct record {
	_Atomic uint8_t calls;
	uint8_t accepted;
	int8_t status; /* the completion's status (callback) */
};

struct stress {
	aegis_runtime *rt;
	_Atomic aegis_model_id ids[MODELS]; /* the churned ones change */
	struct record *rec;  /* SUBMITTERS * per_thread */
	uint32_t per_thread;
	/* per stable model: counted submissions seen by the submitters */
	_Atomic uint64_t accepted[STABLE], rejected[STABLE];
	_Atomic uint64_t refused, callbacks_bad;
	_Atomic bool churn_stop;
	_Atomic uint64_t made; /* submissions made so far, all threads */
};

static void stress_done(void *user, const aegis_completion *c)
{
	struct record *r = user;
	r->status = (int8_t)c->status;
	atomic_fetch_add(&r->calls, 1);
}

struct submitter {
	struct stress *s;
	uint32_t index;
};

static void *submit_main(void *arg)
{
	struct submitter *sub = arg;
	struct stress *s = sub->s;
	uint64_t x = 0x9E3779B97F4A7C15ull * (sub->index + 1);
	for (uint32_t i = 0; i < s->per_thread; i++) {
		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		uint32_t k = (uint32_t)(x % MODELS);
		struct record *r = &s->rec[(size_t)sub->index * s->per_thread + i];
		aegis_request req = {.done = stress_done, .user = r};
		aegis_status st = aegis_request_submit(s->rt, atomic_load(&s->ids[k]), &req);
		r->accepted = st == AEGIS_OK;
		if (k < STABLE && (st == AEGIS_OK || aegis_status_class_of(st) ==
						     AEGIS_CLASS_TRANSIENT))
			atomic_fetch_add(st == AEGIS_OK ? &s->accepted[k] : &s->rejected[k], 1);
		else if (st != AEGIS_OK && aegis_status_class_of(st) != AEGIS_CLASS_TRANSIENT)
			atomic_fetch_add(&s->refused, 1);
		if (st != AEGIS_OK && st != AEGIS_E_INTERARRIVAL && st != AEGIS_E_QUEUE_FULL &&
		    st != AEGIS_E_STATE && st != AEGIS_E_NOT_FOUND && st != AEGIS_E_SKIPPED)
			fail_msg("submit: unexpected %s: %s", aegis_status_name(st),
				 aegis_runtime_last_error(s->rt));
		atomic_fetch_add(&s->made, 1);
		if (i % 16 == 15)
			nap(10 * US); /* bursts of 16, so the lanes get work, not only refusals */
	}
	return NULL;
}

/* Admits and evicts the churned models over and over. */
static void *churn_main(void *arg)
{
	struct stress *s = arg;
	char names[CHURNED][16];
	for (uint32_t round = 0; !atomic_load(&s->churn_stop); round++) {
		uint32_t k = round % CHURNED;
		aegis_model_id old = atomic_load(&s->ids[STABLE + k]);
		aegis_status st = aegis_model_evict(s->rt, old);
		if (st != AEGIS_OK && st != AEGIS_E_NOT_FOUND)
			break; /* the runtime stopped */
		snprintf(names[k], sizeof names[k], "c%u", round);
		aegis_sim_config sim;
		aegis_model_config m = sporadic(&sim, names[k], 50 * US, 1 * MS, 2);
		aegis_model_id id;
		st = aegis_model_admit(s->rt, &m, &id);
		if (st == AEGIS_E_STATE)
			break;
		if (st == AEGIS_OK)
			atomic_store(&s->ids[STABLE + k], id);
		nap(200 * US);
	}
	return NULL;
}

/* Stops the runtime once half of the submissions were made. */
static void *stop_main(void *arg)
{
	struct stress *s = arg;
	while (atomic_load(&s->made) < (uint64_t)SUBMITTERS * s->per_thread / 2)
		nap(1 * MS);
	assert_int_equal(aegis_runtime_stop(s->rt), AEGIS_OK);
	return NULL;
}

static uint32_t per_thread(void)
{
	const char *v = getenv("AEGIS_STRESS_SUBMITS");
	return v ? (uint32_t)strtoul(v, NULL, 10) : 100000u;
}

/* 8 submitters x 100,000 submissions over 16 models (and 4 more that come and go),
 * the runtime on its own thread, a stop from a tenth thread in the middle: every
 * accepted request called back exactly once, never a rejected one; per stable model,
 * submissions = accepted + rejected and accepted = completed + cancelled + failed. */
static void test_stress(void **state)
{
	(void)state;
	struct stress *s = calloc(1, sizeof *s);
	s->per_thread = per_thread();
	s->rec = calloc((size_t)SUBMITTERS * s->per_thread, sizeof *s->rec);
	assert_non_null(s->rec);
	s->rt = real_rt(4);
	char names[MODELS][16];
	for (uint32_t k = 0; k < MODELS; k++) {
		snprintf(names[k], sizeof names[k], "m%u", k);
		/* 20-80 us jobs every >= 500 us: the lanes keep up, queues of 2-4 fill */
		aegis_sim_config sim;
		aegis_model_config m = sporadic(&sim, names[k], (20 + 4 * (k % 16)) * US, 500 * US,
						2 + k % 3);
		aegis_model_id id;
		assert_int_equal(aegis_model_admit(s->rt, &m, &id), AEGIS_OK);
		atomic_store(&s->ids[k], id);
	}
	assert_int_equal(aegis_runtime_start(s->rt), AEGIS_OK);
	assert_int_equal(aegis_runtime_start(s->rt), AEGIS_E_STATE);
	pthread_t th[SUBMITTERS + 2];
	struct submitter subs[SUBMITTERS];
	for (uint32_t i = 0; i < SUBMITTERS; i++) {
		subs[i] = (struct submitter){s, i};
		assert_int_equal(pthread_create(&th[i], NULL, submit_main, &subs[i]), 0);
	}
	assert_int_equal(pthread_create(&th[SUBMITTERS], NULL, churn_main, s), 0);
	assert_int_equal(pthread_create(&th[SUBMITTERS + 1], NULL, stop_main, s), 0);
	for (uint32_t i = 0; i < SUBMITTERS; i++)
		pthread_join(th[i], NULL);
	atomic_store(&s->churn_stop, true);
	pthread_join(th[SUBMITTERS], NULL);
	pthread_join(th[SUBMITTERS + 1], NULL);
	assert_int_equal(aegis_runtime_stop(s->rt), AEGIS_OK); /* idempotent */

	uint64_t accepted = 0, total = (uint64_t)SUBMITTERS * s->per_thread;
	for (uint64_t i = 0; i < total; i++) {
		struct record *r = &s->rec[i];
		accepted += r->accepted;
		if (atomic_load(&r->calls) != r->accepted)
			fail_msg("submission %llu: accepted %d, called back %d times",
				 (unsigned long long)i, r->accepted, atomic_load(&r->calls));
	}
	assert_true(accepted > 0);
	for (uint32_t k = 0; k < STABLE; k++) {
		aegis_model_stats st;
		assert_int_equal(aegis_model_stats_get(s->rt, atomic_load(&s->ids[k]), &st),
				 AEGIS_OK);
		uint64_t a = atomic_load(&s->accepted[k]), r = atomic_load(&s->rejected[k]);
		assert_int_equal(st.released, a + r);
		assert_int_equal(st.rejected_queue_full + st.rejected_interarrival + st.skipped +
					 st.rejected_quarantined, r);
		assert_int_equal(st.completed + st.cancelled + st.failed, a);
		assert_int_equal(st.pending, 0);
	}
	print_message("stress: %llu submissions, %llu accepted, %llu refused (churned ids, "
		      "the stop)\n", (unsigned long long)total, (unsigned long long)accepted,
		      (unsigned long long)atomic_load(&s->refused));
	/* the stop came in the middle: refusals after it, acceptances before */
	assert_true(atomic_load(&s->refused) >= total / 4);
	aegis_runtime_destroy(s->rt);
	free(s->rec);
	free(s);
}

/* ---- the two-thread experiment ---------------------------------------------------------- */

struct two {
	aegis_runtime *rt;
	aegis_model_id id;
	_Atomic uint64_t calls, accepted, rejected, refused, callbacks;
	_Atomic bool done;
};

static void two_done(void *user, const aegis_completion *c)
{
	(void)c;
	atomic_fetch_add(&((struct two *)user)->callbacks, 1);
}

static void *two_submit(void *arg)
{
	struct two *t = arg;
	aegis_request req = {.done = two_done, .user = t};
	while (!atomic_load(&t->done)) {
		aegis_status st = aegis_request_submit(t->rt, t->id, &req);
		if (st == AEGIS_E_STATE) { /* stopped: refused, not counted */
			atomic_fetch_add(&t->refused, 1);
			continue;
		}
		atomic_fetch_add(&t->calls, 1);
		atomic_fetch_add(st == AEGIS_OK ? &t->accepted : &t->rejected, 1);
		if (st != AEGIS_OK && st != AEGIS_E_INTERARRIVAL && st != AEGIS_E_QUEUE_FULL)
			fail_msg("submit: %s", aegis_status_name(st));
	}
	return NULL;
}

/* Issue 15: two threads submit as fast as they can while a third runs the runtime with
 * run_for (the real clock). Before, the counts drifted and the queue wedged; now every
 * call is counted once, every accepted request completes, and the queue keeps
 * moving (many accepted). */
static void test_two_submitters_and_run_for(void **state)
{
	(void)state;
	struct two t = {.rt = real_rt(1)};
	aegis_sim_config m_sim;
	aegis_model_config m = sporadic(&m_sim, "cam", 20 * US, 100 * US, 4);
	assert_int_equal(aegis_model_admit(t.rt, &m, &t.id), AEGIS_OK);
	pthread_t a, b;
	pthread_create(&a, NULL, two_submit, &t);
	pthread_create(&b, NULL, two_submit, &t);
	/* run until 200 jobs have completed (the queue keeps moving), in 20 ms slices:
	 * how long that takes depends on the machine (a sanitizer, a loaded CI), not on
	 * what is tested; 10 s of slices at the most */
	aegis_model_stats s;
	for (int slice = 0; slice < 500; slice++) {
		assert_int_equal(aegis_runtime_run_for(t.rt, 20 * MS), AEGIS_OK);
		assert_int_equal(aegis_model_stats_get(t.rt, t.id, &s), AEGIS_OK);
		if (s.completed > 200)
			break;
	}
	atomic_store(&t.done, true);
	pthread_join(a, NULL);
	pthread_join(b, NULL);
	assert_int_equal(aegis_runtime_stop(t.rt), AEGIS_OK);
	assert_int_equal(aegis_model_stats_get(t.rt, t.id, &s), AEGIS_OK);
	assert_int_equal(s.released, atomic_load(&t.calls));
	assert_int_equal(s.completed + s.cancelled + s.failed, atomic_load(&t.accepted));
	assert_int_equal(atomic_load(&t.callbacks), atomic_load(&t.accepted));
	assert_int_equal(s.pending, 0);
	/* jobs >= 100 us apart: hundreds ran, not a handful (the queue did not wedge) */
	assert_true(s.completed > 200);
	aegis_runtime_destroy(t.rt);
}

/* ---- waiting, stopping, errors ----------------------------------------------------------- */

/* A request submitted from another thread while the runtime runs its own: waited for
 * with a timeout, polled, and its completion carries the caller's arrival. */
static void test_waiter(void **state)
{
	(void)state;
	aegis_runtime *rt = real_rt(1);
	aegis_sim_config m_sim;
	aegis_model_config m = sporadic(&m_sim, "w", 2 * MS, 10 * MS, 2);
	aegis_model_id id;
	assert_int_equal(aegis_model_admit(rt, &m, &id), AEGIS_OK);
	assert_int_equal(aegis_runtime_start(rt), AEGIS_OK);
	aegis_waiter w;
	aegis_waiter_init(&w);
	aegis_completion c;
	aegis_request req = {.waiter = &w};
	int64_t before = aegis_runtime_now_ns(rt);
	assert_int_equal(aegis_request_submit(rt, id, &req), AEGIS_OK);
	assert_false(aegis_waiter_poll(&w, &c));                    /* 2 ms of work */
	assert_int_equal(aegis_waiter_wait(&w, 0, &c), AEGIS_E_TIMEOUT);
	assert_int_equal(aegis_waiter_wait(&w, 5LL * 1000 * MS, &c), AEGIS_OK);
	assert_true(aegis_waiter_poll(&w, NULL));
	assert_int_equal(c.status, AEGIS_OK);
	assert_int_equal(c.model, id);
	assert_true(c.arrival_ns >= before && c.arrival_ns <= c.release_ns);
	assert_true(c.finish_ns - c.start_ns >= 2 * MS);
	aegis_runtime_destroy(rt);
}

static void *run_main(void *arg)
{
	aegis_runtime *rt = arg;
	assert_int_equal(aegis_runtime_run_for(rt, 100LL * 1000 * MS), AEGIS_OK);
	return NULL;
}

/* Stop from another thread while a third runs run_for: submissions are refused at
 * once, run_for returns, every accepted request has ended. */
static void test_stop_from_another_thread(void **state)
{
	(void)state;
	struct two t = {.rt = real_rt(1)};
	aegis_sim_config m_sim;
	aegis_model_config m = sporadic(&m_sim, "s", 1 * MS, 2 * MS, 4);
	assert_int_equal(aegis_model_admit(t.rt, &m, &t.id), AEGIS_OK);
	pthread_t runner, a;
	pthread_create(&runner, NULL, run_main, t.rt);
	pthread_create(&a, NULL, two_submit, &t);
	/* stop once some work was accepted (10 s at most: a loaded machine is slow) */
	for (int i = 0; i < 10000 && atomic_load(&t.accepted) <= 5; i++)
		nap(1 * MS);
	assert_int_equal(aegis_runtime_stop(t.rt), AEGIS_OK);
	aegis_request req = {0};
	assert_int_equal(aegis_request_submit(t.rt, t.id, &req), AEGIS_E_STATE);
	pthread_join(runner, NULL);
	atomic_store(&t.done, true);
	pthread_join(a, NULL);
	aegis_model_stats s;
	assert_int_equal(aegis_model_stats_get(t.rt, t.id, &s), AEGIS_OK);
	assert_int_equal(s.pending, 0);
	assert_int_equal(atomic_load(&t.callbacks), atomic_load(&t.accepted));
	assert_true(atomic_load(&t.accepted) > 5);
	aegis_runtime_destroy(t.rt);
}

static void *bad_admit(void *arg)
{
	aegis_runtime *rt = arg;
	aegis_sim_config m_sim;
	aegis_model_config m = sporadic(&m_sim, "dup", 1 * MS, 2 * MS, 2);
	assert_int_equal(aegis_model_admit(rt, &m, NULL), AEGIS_E_EXISTS);
	assert_non_null(strstr(aegis_runtime_last_error(rt), "exists already"));
	return NULL;
}

/* A rejected submission's detail names the model and the rule, on the thread that
 * submitted (written only when read); an accepted one clears it. */
static void test_rejection_detail(void **state)
{
	(void)state;
	aegis_runtime *rt = real_rt(1);
	aegis_sim_config sim;
	aegis_model_config m = sporadic(&sim, "cam", 20 * MS, 100 * MS, 1);
	aegis_model_id id;
	assert_int_equal(aegis_model_admit(rt, &m, &id), AEGIS_OK);
	assert_int_equal(aegis_runtime_start(rt), AEGIS_OK);
	aegis_request req = {0};
	assert_int_equal(aegis_request_submit(rt, id, &req), AEGIS_OK);
	assert_string_equal(aegis_runtime_last_error(rt), "");
	assert_int_equal(aegis_request_submit(rt, id, &req), AEGIS_E_INTERARRIVAL);
	const char *e = aegis_runtime_last_error(rt);
	assert_non_null(strstr(e, "model 'cam': "));
	assert_non_null(strstr(e, "since the last release, minimum 100ms"));
	assert_int_equal(aegis_request_submit(rt, id + (1u << 12), &req), AEGIS_E_NOT_FOUND);
	assert_non_null(strstr(aegis_runtime_last_error(rt), "no model with id"));
	assert_int_equal(aegis_runtime_stop(rt), AEGIS_OK);
	assert_int_equal(aegis_request_submit(rt, id, &req), AEGIS_E_STATE);
	assert_non_null(strstr(aegis_runtime_last_error(rt), "model 'cam': the runtime is stopping"));
	aegis_runtime_destroy(rt);
}

/* The last error is the calling thread's: another thread's refusal does not show here,
 * also when its call ran on the runtime's own thread. */
static void test_last_error_per_thread(void **state)
{
	(void)state;
	aegis_runtime *rt = real_rt(1);
	aegis_sim_config m_sim;
	aegis_model_config m = sporadic(&m_sim, "dup", 1 * MS, 2 * MS, 2);
	assert_int_equal(aegis_model_admit(rt, &m, NULL), AEGIS_OK);
	assert_int_equal(aegis_runtime_start(rt), AEGIS_OK);
	aegis_sim_config bad_sim;
	aegis_model_config bad = sporadic(&bad_sim, "bad", 1 * MS, 2 * MS, 2);
	bad.deadline_ns = 5 * MS; /* beyond the period */
	assert_int_equal(aegis_model_admit(rt, &bad, NULL), AEGIS_E_CONFIG);
	pthread_t th;
	pthread_create(&th, NULL, bad_admit, rt);
	pthread_join(th, NULL);
	assert_non_null(strstr(aegis_runtime_last_error(rt), "exceeds period"));
	aegis_runtime_destroy(rt);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_handoff_charged),
		cmocka_unit_test(test_dispatcher_cpus),
		cmocka_unit_test(test_waiter),
		cmocka_unit_test(test_last_error_per_thread),
		cmocka_unit_test(test_rejection_detail),
		cmocka_unit_test(test_stop_from_another_thread),
		cmocka_unit_test(test_two_submitters_and_run_for),
		cmocka_unit_test(test_stress),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
