/* The memory guard mode of the simulated device: canaries around every region and
 * poison in a lane's arena between jobs catch a backend that writes outside its
 * region or keeps state in transient memory across jobs, and fail only its jobs. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "aegis/aegis.h"
#include "backend/sim/sim_backend.h"
#include "memory/guard.h"
#include "runtime/runtime_internal.h"
#include "test_models.h"

#define MS AEGIS_NS_PER_MS
#define MIB (UINT64_C(1) << 20)

/* Completions by status, per model. */
struct tally {
	uint64_t ok, backend, other;
};

static void on_done(void *user, const aegis_completion *c)
{
	struct tally *t = user;
	if (c->status == AEGIS_OK)
		t->ok++;
	else if (c->status == AEGIS_E_BACKEND)
		t->backend++;
	else
		t->other++;
}

static aegis_model_config model(const char *name, int32_t lane, int64_t period_ms,
				uint64_t transient, struct tally *t)
{
	return (aegis_model_config){
		.name = name,
		.period_ns = period_ms * MS,
		.backend_config = test_sim_config((aegis_sim_config){
			.exec = {.kind = AEGIS_EXEC_UNIFORM, .a_ns = 1 * MS, .b_ns = 2 * MS},
			.n_segments = 2,
			.memory = {.persistent_bytes = 3 * MIB, .transient_bytes = transient,
				   .io_bytes = 1 * MIB},
		}),
		.lane = lane,
		.on_done = on_done,
		.user = t,
	};
}

static aegis_runtime *make(bool guard, uint32_t lanes)
{
	aegis_runtime_config cfg = {.lanes = lanes, .policy = AEGIS_POLICY_EDF,
				    .seed = 7, .memory_budget_bytes = 128 * MIB,
				    .memory_guard = guard};
	aegis_runtime *rt;
	char detail[256];
	assert_int_equal(aegis_runtime_create(&cfg, &rt, detail, sizeof detail), AEGIS_OK);
	return rt;
}

static void admit(aegis_runtime *rt, const aegis_model_config *cfg, aegis_model_id *id)
{
	assert_int_equal(aegis_model_admit(rt, cfg, id), AEGIS_OK);
}

static void test_config_refused(void **state)
{
	(void)state;
	char detail[256];
	aegis_runtime *rt;
	aegis_runtime_config none = {.memory_guard = true}; /* no budget: nothing to back */
	assert_int_equal(aegis_runtime_create(&none, &rt, detail, sizeof detail), AEGIS_E_CONFIG);
	assert_non_null(strstr(detail, "memory_guard"));
	aegis_runtime_config big = {.memory_guard = true, .memory_budget_bytes = 2048 * MIB};
	assert_int_equal(aegis_runtime_create(&big, &rt, detail, sizeof detail), AEGIS_E_CONFIG);
	assert_non_null(strstr(detail, "1GiB"));
}

static void test_workload_key(void **state)
{
	(void)state;
	const char *y = "runtime:\n  memory_budget: 64MiB\n  memory_guard: true\n"
			"models:\n  - name: a\n    period: 10ms\n    exec: {dist: fixed, value: 1ms}\n";
	aegis_workload *w;
	char err[256];
	assert_int_equal(aegis_workload_parse("g.yaml", y, strlen(y), &w, err, sizeof err),
			 AEGIS_OK);
	assert_true(aegis_workload_runtime(w)->memory_guard);
	aegis_workload_destroy(w);
	const char *bad = "runtime:\n  memory_guard: yes\nmodels:\n  - name: a\n    period: "
			  "10ms\n    exec: {dist: fixed, value: 1ms}\n";
	assert_int_equal(aegis_workload_parse("g.yaml", bad, strlen(bad), &w, err, sizeof err),
			 AEGIS_E_CONFIG);
	assert_non_null(strstr(err, "memory_guard: expected one of: true, false"));
}

/* A well-behaved workload: same completions with and without the guard, no failure. */
static void test_well_behaved_unchanged(void **state)
{
	(void)state;
	aegis_model_stats s[2][4];
	for (int g = 0; g < 2; g++) {
		struct tally t[4] = {{0}};
		aegis_runtime *rt = make(g == 1, 2);
		aegis_model_config c[4] = {model("a", 0, 10, 4 * MIB, &t[0]),
					   model("b", 0, 15, 8 * MIB, &t[1]),
					   model("c", 1, 10, 2 * MIB, &t[2]),
					   model("d", AEGIS_LANE_AUTO, 20, 6 * MIB, &t[3])};
		for (uint32_t i = 0; i < 4; i++)
			admit(rt, &c[i], NULL);
		assert_int_equal(aegis_runtime_run_for(rt, 1000 * MS), AEGIS_OK);
		for (uint32_t i = 0; i < 4; i++) {
			assert_int_equal(aegis_model_stats_get(rt, i, &s[g][i]), AEGIS_OK);
			assert_int_equal(s[g][i].failed, 0);
			assert_int_equal(t[i].backend, 0);
			assert_true(s[g][i].completed > 0);
		}
		assert_int_equal(runtime_guard_check(rt), 0);
		assert_int_equal(runtime_guard_violations(rt), 0);
		aegis_runtime_destroy(rt);
	}
	for (uint32_t i = 0; i < 4; i++) {
		assert_int_equal(s[0][i].completed, s[1][i].completed);
		assert_int_equal(s[0][i].released, s[1][i].released);
		assert_int_equal(s[0][i].response_max_ns, s[1][i].response_max_ns);
	}
}

/* A backend that writes past its transient region fails its own jobs; its lane
 * neighbour, which shares the arena, and the other lane complete every job. */
static void test_write_past_transient(void **state)
{
	(void)state;
	struct tally t[3] = {{0}};
	aegis_runtime *rt = make(true, 2);
	aegis_model_config bad = model("bad", 0, 10, 4 * MIB, &t[0]);
	aegis_model_config good = model("good", 0, 10, 8 * MIB, &t[1]);
	aegis_model_config other = model("other", 1, 10, 8 * MIB, &t[2]);
	aegis_model_id id;
	admit(rt, &bad, &id);
	admit(rt, &good, NULL);
	admit(rt, &other, NULL);
	sim_backend_set_misbehaviour(runtime_backend_state(rt, id), SIM_WRITE_PAST_TRANSIENT);
	assert_int_equal(aegis_runtime_run_for(rt, 500 * MS), AEGIS_OK);
	assert_true(t[0].backend >= 49);
	assert_int_equal(t[0].ok, 0);
	for (int i = 1; i < 3; i++) {
		assert_true(t[i].ok >= 49);
		assert_int_equal(t[i].backend + t[i].other, 0);
	}
	assert_int_equal(runtime_guard_violations(rt), t[0].backend);
	aegis_model_stats s;
	aegis_model_stats_get(rt, id, &s);
	assert_int_equal(s.failed, t[0].backend);
	assert_int_equal(runtime_guard_check(rt), 0); /* each violation was repaired */
	aegis_runtime_destroy(rt);
}

/* The bug the guard exists for: a backend that expects its transient state to
 * survive to its next job works alone on its lane without the guard, and fails
 * with it, since the arena is poisoned between jobs. */
static void test_keeps_state(void **state)
{
	(void)state;
	for (int g = 0; g < 2; g++) {
		struct tally t = {0};
		aegis_runtime *rt = make(g == 1, 1);
		aegis_model_config c = model("stateful", 0, 10, 4 * MIB, &t);
		aegis_model_id id;
		admit(rt, &c, &id);
		sim_backend_set_misbehaviour(runtime_backend_state(rt, id), SIM_KEEPS_STATE);
		assert_int_equal(aegis_runtime_run_for(rt, 200 * MS), AEGIS_OK);
		if (g == 0) {
			assert_true(t.ok >= 19);
			assert_int_equal(t.backend, 0);
		} else {
			assert_int_equal(t.ok, 1); /* the first job finds nothing to miss */
			assert_true(t.backend >= 18);
			assert_int_equal(runtime_guard_violations(rt), 0); /* poison, not canaries */
		}
		aegis_runtime_destroy(rt);
	}
}

/* A canary corrupted from outside is found by a check (as at destroy) and at the
 * next end of a job of the region's owner, which fails that one job. */
static void test_corrupted_canary(void **state)
{
	(void)state;
	struct tally t = {0};
	aegis_runtime *rt = make(true, 1);
	aegis_model_config c = model("m", 0, 10, 4 * MIB, &t);
	aegis_model_id id;
	admit(rt, &c, &id);
	assert_int_equal(aegis_runtime_run_for(rt, 55 * MS), AEGIS_OK);
	uint64_t ok_before = t.ok;
	assert_true(ok_before >= 5);

	uint64_t size;
	uint8_t *p = runtime_guard_region(rt, id, 0, &size);
	assert_non_null(p);
	p[size] ^= 0xff; /* one byte past the persistent region */
	uint8_t *io = runtime_guard_region(rt, id, 1, &size);
	assert_non_null(io);
	io[-1] ^= 0xff; /* one byte before the I/O region */
	assert_int_equal(runtime_guard_check(rt), 2);
	assert_int_equal(runtime_guard_check(rt), 0); /* repaired */

	uint8_t *arena = runtime_guard_region(rt, id, 2, &size);
	assert_non_null(arena);
	arena[size + 3] ^= 0xff;
	assert_int_equal(aegis_runtime_run_for(rt, 50 * MS), AEGIS_OK);
	assert_int_equal(t.backend, 1); /* the next job end found it */
	assert_true(t.ok >= ok_before + 3);
	assert_int_equal(runtime_guard_violations(rt), 3);

	p = runtime_guard_region(rt, id, 0, &size);
	*(p - GUARD_PAD_BYTES) ^= 0xff; /* left for destroy, which reports it on stderr */
	aegis_runtime_destroy(rt);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_config_refused),
		cmocka_unit_test(test_workload_key),
		cmocka_unit_test(test_well_behaved_unchanged),
		cmocka_unit_test(test_write_past_transient),
		cmocka_unit_test(test_keeps_state),
		cmocka_unit_test(test_corrupted_canary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
