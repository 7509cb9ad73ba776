/* GPU test of fault containment through the runtime (issue 7): a CUDA launch the
 * driver refuses, injected into one model's job, fails that job alone (its status
 * mapped to the permanent AEGIS_E_INVAL; the other model and the model's later jobs
 * run on); a kernel writing to an unmapped address poisons the whole CUDA context,
 * which the runtime reports as fatal, ending every pending job of every model with
 * AEGIS_E_DEVICE_LOST (the limit of in-process isolation on a GPU, docs/FAULTS.md).
 * The poisoning case runs in a child process: the context stays unusable after it.
 * Skips (77) without a GPU. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <spawn.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include <cmocka.h>

#include "aegis/aegis.h"
#include "gpu_test.h"

extern char **environ;

#define MS AEGIS_NS_PER_MS
#define MAX_DONE 1024

struct done {
	aegis_completion c[MAX_DONE];
	size_t n;
};

static void on_done(void *user, const aegis_completion *c)
{
	struct done *d = user;
	if (d->n < MAX_DONE)
		d->c[d->n++] = *c;
}

static aegis_runtime *make(void)
{
	aegis_runtime_config cfg = {.lanes = 2, .device = "cuda", .policy = AEGIS_POLICY_EDF,
				    .seed = 1};
	cfg.overrun_slack_ns = gpu_overrun_slack(); /* compute-sanitizer is slow */
	aegis_runtime *rt = NULL;
	char err[512] = "";
	aegis_status st = aegis_runtime_create(&cfg, &rt, err, sizeof err);
	if (st != AEGIS_OK)
		fail_msg("runtime: %s: %s", aegis_status_name(st), err);
	return rt;
}

/* A model of fixed execution time c, its sim config in *sim (the caller's). */
static aegis_model_config model(aegis_sim_config *sim, const char *name, int32_t lane,
				int64_t period, int64_t c, struct done *d)
{
	*sim = (aegis_sim_config){.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = c}};
	return (aegis_model_config){.name = name, .period_ns = period, .lane = lane,
				    .backend_config = sim, .on_done = on_done, .user = d};
}

static void check_conservation(const aegis_runtime *rt)
{
	for (uint32_t i = 0; i < aegis_runtime_model_count(rt); i++) {
		aegis_model_stats s;
		assert_int_equal(aegis_model_stats_get(rt, i, &s), AEGIS_OK);
		assert_int_equal(s.released, s.completed + s.rejected_queue_full +
						     s.rejected_interarrival + s.skipped +
						     s.rejected_quarantined + s.failed + s.cancelled +
						     s.pending);
	}
}

static void test_launch_error_fails_one_job(void **state)
{
	(void)state;
	struct done *a = calloc(1, sizeof *a), *b = calloc(1, sizeof *b);
	aegis_runtime *rt = make();
	aegis_sim_config ma_sim;
	aegis_model_config ma = model(&ma_sim, "a", 0, 5 * MS, 1 * MS, a);
	ma.inject.launch_error_nth = 3;
	aegis_sim_config mb_sim;
	aegis_model_config mb = model(&mb_sim, "b", 1, 5 * MS, 2 * MS, b);
	aegis_model_id ia, ib;
	assert_int_equal(aegis_model_admit(rt, &ma, &ia), AEGIS_OK);
	assert_int_equal(aegis_model_admit(rt, &mb, &ib), AEGIS_OK);
	assert_int_equal(aegis_runtime_run_for(rt, 100 * MS), AEGIS_OK);
	assert_int_equal(aegis_runtime_stop(rt), AEGIS_OK);
	assert_int_equal(aegis_runtime_fatal(rt), AEGIS_OK);
	size_t failed = 0, ok = 0;
	for (size_t i = 0; i < a->n; i++) {
		if (a->c[i].status == AEGIS_OK)
			ok++;
		else if (a->c[i].status != AEGIS_E_CANCELLED) {
			failed++;
			assert_int_equal(a->c[i].job, 2); /* the third job to start */
			assert_int_equal(a->c[i].status, AEGIS_E_INVAL);
			assert_int_equal(aegis_status_class_of(a->c[i].status),
					 AEGIS_CLASS_PERMANENT);
		}
	}
	for (size_t i = 0; i < b->n; i++)
		assert_true(b->c[i].status == AEGIS_OK || b->c[i].status == AEGIS_E_CANCELLED);
	aegis_model_stats s;
	aegis_model_stats_get(rt, ia, &s);
	printf("  a: %zu jobs OK, %zu failed (launch refused: %s); b: %zu jobs, all OK; "
	       "a is %s\n", ok, failed, aegis_status_name(AEGIS_E_INVAL), b->n,
	       aegis_health_name(s.health));
	assert_int_equal(failed, 1);
	assert_true(ok >= 15);
	assert_true(b->n >= 18);
	check_conservation(rt);
	aegis_runtime_destroy(rt);
	free(a);
	free(b);
}

/* In the child: the poisoning run. Exit 0 when every assertion held. */
static int illegal_address_child(void)
{
	struct done *a = calloc(1, sizeof *a), *b = calloc(1, sizeof *b);
	aegis_runtime *rt = make();
	aegis_sim_config ma_sim;
	aegis_model_config ma = model(&ma_sim, "a", 0, 5 * MS, 1 * MS, a);
	ma.inject.illegal_address_nth = 4;
	aegis_sim_config mb_sim;
	aegis_model_config mb = model(&mb_sim, "b", 1, 10 * MS, 8 * MS, b); /* on its lane then */
	mb.queue_depth = 4;
	aegis_model_id ia, ib;
	if (aegis_model_admit(rt, &ma, &ia) || aegis_model_admit(rt, &mb, &ib))
		return 10;
	aegis_status st = aegis_runtime_run_for(rt, 200 * MS);
	printf("  run_for: %s (%s)\n", aegis_status_name(st), aegis_runtime_last_error(rt));
	if (st != AEGIS_E_DEVICE_LOST || aegis_runtime_fatal(rt) != AEGIS_E_DEVICE_LOST)
		return 11;
	size_t lost = 0;
	for (size_t i = 0; i < a->n; i++)
		lost += a->c[i].status == AEGIS_E_DEVICE_LOST;
	for (size_t i = 0; i < b->n; i++)
		lost += b->c[i].status == AEGIS_E_DEVICE_LOST;
	for (uint32_t i = 0; i < aegis_runtime_model_count(rt); i++) {
		aegis_model_stats s;
		aegis_model_stats_get(rt, i, &s);
		if (s.pending != 0 ||
		    s.released != s.completed + s.failed + s.cancelled + s.rejected_queue_full +
					  s.rejected_interarrival + s.skipped + s.rejected_quarantined)
			return 12;
	}
	printf("  every pending job ended with AEGIS_E_DEVICE_LOST: %zu jobs (a %zu done in "
	       "all, b %zu)\n", lost, a->n, b->n);
	if (lost < 2) /* a's poisoned job and b's job on lane 1 at least */
		return 13;
	aegis_request req = {.done = on_done, .user = a};
	if (aegis_request_submit(rt, ia, &req) != AEGIS_E_DEVICE_LOST)
		return 14;
	aegis_runtime_destroy(rt); /* must not hang on the poisoned context */
	free(a);
	free(b);
	return 0;
}

static void test_illegal_address_is_fatal(void **state)
{
	(void)state;
	if (gpu_under_sanitizer()) {
		printf("  skipped under compute-sanitizer (the fault is deliberate)\n");
		return;
	}
	pid_t pid;
	char *argv[] = {(char *)"/proc/self/exe", (char *)"--illegal-address-child", NULL};
	fflush(stdout);
	assert_int_equal(posix_spawn(&pid, "/proc/self/exe", NULL, NULL, argv, environ), 0);
	int status = 0;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	if (WEXITSTATUS(status) != 0)
		fail_msg("the child failed at check %d", WEXITSTATUS(status));
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "--illegal-address-child") == 0)
		return illegal_address_child();
	if (gpu_unavailable(NULL))
		return GPU_SKIP;
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_launch_error_fails_one_job),
		cmocka_unit_test(test_illegal_address_is_fatal),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
