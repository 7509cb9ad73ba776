/* Memory at the runtime level: admission reserves every model's regions in the plan
 * and refuses what does not fit with the numbers; a job that asks more than its
 * budget fails alone; eviction gives the memory back. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "aegis/aegis.h"
#include "test_models.h"

#define MS AEGIS_NS_PER_MS
#define MIB (UINT64_C(1) << 20)

static aegis_model_config model(const char *name, int32_t lane, uint64_t persistent,
				uint64_t transient)
{
	return (aegis_model_config){
		.name = name,
		.period_ns = 20 * MS,
		.backend_config = test_sim_config((aegis_sim_config){
			.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 1 * MS},
			.memory = {.persistent_bytes = persistent, .transient_bytes = transient,
				   .io_bytes = 2 * MIB},
		}),
		.lane = lane,
	};
}

static aegis_runtime *make(uint64_t budget)
{
	aegis_runtime_config cfg = {.lanes = 2, .policy = AEGIS_POLICY_EDF,
				    .memory_budget_bytes = budget};
	aegis_runtime *rt;
	assert_int_equal(aegis_runtime_create(&cfg, &rt, NULL, 0), AEGIS_OK);
	return rt;
}

static void test_plan_shares_arenas(void **state)
{
	(void)state;
	aegis_runtime *rt = make(1024 * MIB);
	aegis_model_config a = model("a", 0, 40 * MIB, 100 * MIB);
	aegis_model_config b = model("b", 0, 10 * MIB, 300 * MIB);
	aegis_model_config c = model("c", 1, 5 * MIB, 50 * MIB);
	assert_int_equal(aegis_model_admit(rt, &a, NULL), AEGIS_OK);
	assert_int_equal(aegis_model_admit(rt, &b, NULL), AEGIS_OK);
	assert_int_equal(aegis_model_admit(rt, &c, NULL), AEGIS_OK);
	aegis_memory_totals t;
	assert_int_equal(aegis_runtime_memory(rt, &t), AEGIS_OK);
	assert_int_equal(t.budget, 1024 * MIB);
	assert_int_equal(t.arenas, 350 * MIB);          /* 300 (lane 0) + 50 (lane 1) */
	assert_int_equal(t.private_transient, 450 * MIB);
	assert_int_equal(t.persistent, 55 * MIB);
	assert_int_equal(t.io, 6 * MIB);
	assert_int_equal(t.planned, t.lower_bound);
	assert_int_equal(t.free, 1024 * MIB - t.planned);
	aegis_lane_stats ls;
	aegis_lane_stats_get(rt, 0, &ls);
	assert_int_equal(ls.arena_bytes, 300 * MIB);
	aegis_model_stats s;
	aegis_model_stats_get(rt, 0, &s);
	assert_int_equal(s.persistent_bytes, 40 * MIB);
	assert_int_equal(s.transient_bytes, 100 * MIB);
	aegis_runtime_destroy(rt);
}

static void test_refused_with_numbers(void **state)
{
	(void)state;
	aegis_runtime *rt = make(512 * MIB);
	aegis_model_config a = model("a", 0, 100 * MIB, 200 * MIB);
	assert_int_equal(aegis_model_admit(rt, &a, NULL), AEGIS_OK);
	aegis_memory_totals before, after;
	aegis_runtime_memory(rt, &before);
	aegis_model_config b = model("big", 0, 50 * MIB, 300 * MIB);
	assert_int_equal(aegis_model_admit(rt, &b, NULL), AEGIS_E_BUDGET);
	const char *e = aegis_runtime_last_error(rt);
	assert_non_null(strstr(e, "model 'big' on lane 0"));
	assert_non_null(strstr(e, "budget of 512MiB"));
	assert_non_null(strstr(e, "needs 352MiB"));  /* 50 + 2 (io) + 300 (a larger arena) */
	assert_non_null(strstr(e, "'big' (300MiB)"));
	aegis_runtime_memory(rt, &after);
	assert_int_equal(after.planned, before.planned); /* nothing changed */
	assert_int_equal(aegis_runtime_model_count(rt), 1);
	/* on the other lane it needs its own arena: 352 MiB, 210 MiB are free */
	b.lane = 1;
	assert_int_equal(aegis_model_admit(rt, &b, NULL), AEGIS_E_BUDGET);
	/* a model that shares lane 0's arena fits */
	aegis_model_config small = model("small", 0, 50 * MIB, 150 * MIB);
	assert_int_equal(aegis_model_admit(rt, &small, NULL), AEGIS_OK);
	aegis_runtime_destroy(rt);
}

/* A model whose jobs ask more transient memory than planned fails them with
 * AEGIS_E_BUDGET; its lane neighbour completes every job. */
static void test_job_over_budget_fails_alone(void **state)
{
	(void)state;
	aegis_runtime *rt = make(1024 * MIB);
	aegis_model_config greedy = model("greedy", 0, 10 * MIB, 100 * MIB);
	test_sim_of(&greedy)->memory.transient_use_bytes = 120 * MIB;
	aegis_model_config good = model("good", 0, 10 * MIB, 100 * MIB);
	aegis_model_id g, o;
	assert_int_equal(aegis_model_admit(rt, &greedy, &g), AEGIS_OK);
	assert_int_equal(aegis_model_admit(rt, &good, &o), AEGIS_OK);
	assert_int_equal(aegis_runtime_run_for(rt, 200 * MS), AEGIS_OK);
	aegis_model_stats s;
	aegis_model_stats_get(rt, g, &s);
	assert_int_equal(s.failed, 10);
	assert_int_equal(s.completed, 0);
	aegis_model_stats_get(rt, o, &s);
	assert_int_equal(s.completed, 10);
	assert_int_equal(s.failed, 0);
	assert_int_equal(s.missed, 0);
	assert_int_equal(aegis_status_class_of(AEGIS_E_BUDGET), AEGIS_CLASS_TRANSIENT);
	aegis_runtime_destroy(rt);
}

/* Eviction returns the memory once the model has drained. */
static void test_evict_returns_memory(void **state)
{
	(void)state;
	aegis_runtime *rt = make(512 * MIB);
	aegis_model_config a = model("a", 0, 100 * MIB, 300 * MIB);
	aegis_model_id id;
	assert_int_equal(aegis_model_admit(rt, &a, &id), AEGIS_OK);
	aegis_model_config b = model("b", 1, 100 * MIB, 200 * MIB);
	assert_int_equal(aegis_model_admit(rt, &b, NULL), AEGIS_E_BUDGET);
	assert_int_equal(aegis_runtime_run_for(rt, 5 * MS), AEGIS_OK);
	assert_int_equal(aegis_model_evict(rt, id), AEGIS_OK);
	assert_int_equal(aegis_runtime_run_for(rt, 5 * MS), AEGIS_OK); /* idle: arena dropped */
	aegis_memory_totals t;
	aegis_runtime_memory(rt, &t);
	assert_int_equal(t.planned, 0);
	assert_int_equal(aegis_model_admit(rt, &b, NULL), AEGIS_OK);
	aegis_runtime_destroy(rt);
}

/* Without a budget the plan is reported and nothing is refused. */
static void test_no_budget_reports_only(void **state)
{
	(void)state;
	aegis_runtime *rt = make(0);
	aegis_model_config huge = model("huge", 0, UINT64_C(64) << 30, UINT64_C(64) << 30);
	assert_int_equal(aegis_model_admit(rt, &huge, NULL), AEGIS_OK);
	aegis_memory_totals t;
	aegis_runtime_memory(rt, &t);
	assert_int_equal(t.budget, 0);
	assert_int_equal(t.planned, (UINT64_C(128) << 30) + 2 * MIB);
	/* what no plan holds (over 1 PiB) is refused, and the refusal does not speak of a
	 * budget that is not there */
	aegis_model_config beyond = model("beyond", 1, UINT64_C(1025) << 40, 0);
	assert_int_equal(aegis_model_admit(rt, &beyond, NULL), AEGIS_E_BUDGET);
	const char *e = aegis_runtime_last_error(rt);
	assert_non_null(strstr(e, "model 'beyond' on lane 1: its memory does not fit: it needs "
				  "1025TiB, more than the 1024TiB a memory plan can hold without a "
				  "budget"));
	assert_null(strstr(e, "budget of"));
	aegis_runtime_destroy(rt);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plan_shares_arenas),
		cmocka_unit_test(test_refused_with_numbers),
		cmocka_unit_test(test_job_over_budget_fails_alone),
		cmocka_unit_test(test_evict_returns_memory),
		cmocka_unit_test(test_no_budget_reports_only),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
