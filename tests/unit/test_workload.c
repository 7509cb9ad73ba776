/* Unit tests of the workload loader: valid files give the exact configs, each bad file
 * gives its exact "path:line: message", and no input crashes or leaks (run under ASan).
 * Must not create a runtime: loading a file is all that is tested here. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/file.h"
#include "aegis/backends.h"
#include "aegis/runtime.h"
#include "aegis/time.h"
#include "aegis/workload.h"

#ifndef AEGIS_TEST_DATA
#define AEGIS_TEST_DATA "tests/data"
#endif
#ifndef AEGIS_EXAMPLES
#define AEGIS_EXAMPLES "examples"
#endif
#define GOOD AEGIS_TEST_DATA "/good/"
#define BAD AEGIS_TEST_DATA "/bad/"

#define MIB (UINT64_C(1) << 20)

static aegis_workload *load_ok(const char *path)
{
	char err[512] = "unset";
	aegis_workload *w = (aegis_workload *)1;
	aegis_status st = aegis_workload_load(path, &w, err, sizeof err);
	if (st != AEGIS_OK)
		fail_msg("%s: %s: %s", path, aegis_status_name(st), err);
	assert_non_null(w);
	return w;
}

static const aegis_model_config *model(const aegis_workload *w, uint32_t i)
{
	const aegis_model_config *c = aegis_workload_model(w, i);
	assert_non_null(c);
	return c;
}

/* A sim model's settings, as its backend read them (the model carries its config). */
static const aegis_sim_config *sim(const aegis_model_config *c)
{
	assert_non_null(c->backend_config);
	return c->backend_config;
}

/* ---- valid files ------------------------------------------------------------------ */

static void test_full_runtime(void **state)
{
	(void)state;
	aegis_workload *w = load_ok(GOOD "full.yaml");
	const aegis_runtime_config *rt = aegis_workload_runtime(w);
	assert_string_equal(rt->device, "sim");
	assert_int_equal(rt->lanes, 4);
	assert_int_equal(rt->policy, AEGIS_POLICY_EDF);
	assert_int_equal(rt->preemption, AEGIS_PREEMPT_POINTS);
	assert_int_equal(rt->priorities, AEGIS_PRIO_DM);
	assert_true(rt->seed == UINT64_MAX);
	assert_int_equal(rt->overrun_slack_ns, 80 * AEGIS_NS_PER_US);
	assert_int_equal(rt->host_stall_ns, 1500 * AEGIS_NS_PER_US);
	assert_null(rt->host_stall_curve);
	assert_null(rt->trace.fn);
	assert_int_equal(aegis_workload_duration_ns(w), 2500 * AEGIS_NS_PER_MS);
	assert_int_equal(aegis_workload_model_count(w), 6);
	assert_string_equal(aegis_workload_path(w), GOOD "full.yaml");
	aegis_workload_destroy(w);
}

static void test_full_fixed_model(void **state)
{
	(void)state;
	aegis_workload *w = load_ok(GOOD "full.yaml");
	const aegis_model_config *c = model(w, 0);
	assert_string_equal(c->name, "cam_front_det");
	assert_string_equal(c->backend, "sim");
	assert_int_equal(c->release, AEGIS_RELEASE_PERIODIC);
	assert_int_equal(c->period_ns, 33300000);
	assert_int_equal(c->deadline_ns, 30000000);
	assert_int_equal(c->offset_ns, 1500000);
	assert_int_equal(c->jitter_ns, 250000);
	assert_int_equal(c->priority, 3);
	assert_int_equal(c->lane, 0);
	assert_int_equal(c->queue_depth, 2);
	assert_int_equal(c->on_miss, AEGIS_MISS_SKIP_NEXT);
	assert_int_equal(sim(c)->exec.kind, AEGIS_EXEC_FIXED);
	assert_int_equal(sim(c)->exec.a_ns, 5000000);
	assert_int_equal(sim(c)->n_segments, 4);
	assert_null(sim(c)->segment_weights);
	assert_true(sim(c)->memory.persistent_bytes == 40 * MIB);
	assert_true(sim(c)->memory.transient_bytes == 120 * MIB);
	assert_null(c->on_done);
	assert_int_equal(aegis_workload_model_line(w, 0), 14);
	aegis_workload_destroy(w);
}

static void test_full_uniform_and_weights(void **state)
{
	(void)state;
	aegis_workload *w = load_ok(GOOD "full.yaml");
	const aegis_model_config *c = model(w, 1);
	assert_string_equal(c->name, "seg");
	assert_int_equal(c->release, AEGIS_RELEASE_SPORADIC);
	assert_int_equal(c->period_ns, 100 * AEGIS_NS_PER_MS);
	assert_int_equal(c->deadline_ns, 0); /* = period */
	assert_int_equal(c->lane, AEGIS_LANE_AUTO);
	assert_int_equal(c->queue_depth, 0);
	assert_int_equal(c->on_miss, AEGIS_MISS_FINISH);
	assert_int_equal(sim(c)->exec.kind, AEGIS_EXEC_UNIFORM);
	assert_int_equal(sim(c)->exec.a_ns, 4 * AEGIS_NS_PER_MS);
	assert_int_equal(sim(c)->exec.b_ns, 6 * AEGIS_NS_PER_MS);
	assert_int_equal(sim(c)->n_segments, 3);
	assert_non_null(sim(c)->segment_weights);
	assert_int_equal(sim(c)->segment_weights[0], 1);
	assert_int_equal(sim(c)->segment_weights[1], 2);
	assert_int_equal(sim(c)->segment_weights[2], 1);
	assert_true(sim(c)->memory.persistent_bytes == UINT64_C(1610612736)); /* 1.5GiB */
	assert_true(sim(c)->memory.transient_bytes == UINT64_C(3000000));     /* 3MB */
	assert_int_equal(aegis_workload_model_line(w, 1), 29);
	aegis_workload_destroy(w);
}

static void test_full_normal_models(void **state)
{
	(void)state;
	aegis_workload *w = load_ok(GOOD "full.yaml");
	const aegis_model_config *c = model(w, 2);
	assert_string_equal(c->name, "depth");
	assert_int_equal(c->lane, 3);
	assert_int_equal(c->queue_depth, AEGIS_MAX_QUEUE_DEPTH);
	assert_int_equal(sim(c)->exec.kind, AEGIS_EXEC_TRUNCNORM);
	assert_int_equal(sim(c)->exec.a_ns, 5 * AEGIS_NS_PER_MS);
	assert_int_equal(sim(c)->exec.b_ns, 500 * AEGIS_NS_PER_US);
	assert_int_equal(sim(c)->exec.min_ns, 3 * AEGIS_NS_PER_MS);
	assert_int_equal(sim(c)->exec.wcet_ns, 7 * AEGIS_NS_PER_MS);
	assert_true(sim(c)->memory.persistent_bytes == 512);
	assert_true(sim(c)->memory.transient_bytes == 0);

	c = model(w, 3);
	assert_string_equal(c->name, "gaze");
	assert_int_equal(sim(c)->exec.kind, AEGIS_EXEC_TRUNCNORM);
	assert_int_equal(sim(c)->exec.a_ns, 2 * AEGIS_NS_PER_MS);
	assert_int_equal(sim(c)->exec.b_ns, 0);
	assert_int_equal(sim(c)->exec.min_ns, 1); /* the default floor */
	assert_int_equal(sim(c)->exec.wcet_ns, 2500 * AEGIS_NS_PER_US);
	assert_true(sim(c)->memory.transient_bytes == 2000); /* KB is 1000 bytes */
	aegis_workload_destroy(w);
}

static void test_full_samples_and_fixed_map(void **state)
{
	(void)state;
	aegis_workload *w = load_ok(GOOD "full.yaml");
	const aegis_model_config *c = model(w, 4);
	assert_string_equal(c->name, "replay");
	assert_int_equal(c->period_ns, 60 * AEGIS_NS_PER_S);
	assert_int_equal(sim(c)->exec.kind, AEGIS_EXEC_SAMPLES);
	assert_int_equal(sim(c)->exec.n_samples, 4);
	assert_int_equal(sim(c)->exec.samples_ns[0], 5000000);
	assert_int_equal(sim(c)->exec.samples_ns[1], 5200000);
	assert_int_equal(sim(c)->exec.samples_ns[2], 4900000);
	assert_int_equal(sim(c)->exec.samples_ns[3], 6100000);
	assert_int_equal(aegis_exec_model_wcet_ns(&sim(c)->exec), 6100000);

	c = model(w, 5);
	assert_int_equal(sim(c)->exec.kind, AEGIS_EXEC_FIXED);
	assert_int_equal(sim(c)->exec.a_ns, 1);
	assert_null(aegis_workload_model(w, 6));
	assert_int_equal(aegis_workload_model_line(w, 6), 0);
	aegis_workload_destroy(w);
}

static void test_minimal_defaults(void **state)
{
	(void)state;
	aegis_workload *w = load_ok(GOOD "minimal.yaml");
	const aegis_runtime_config *rt = aegis_workload_runtime(w);
	assert_string_equal(rt->device, "sim");
	assert_int_equal(rt->lanes, 1);
	assert_int_equal(rt->policy, AEGIS_POLICY_FP);
	assert_int_equal(rt->preemption, AEGIS_PREEMPT_NONE);
	assert_int_equal(rt->priorities, AEGIS_PRIO_EXPLICIT);
	assert_true(rt->seed == 0);
	assert_int_equal(aegis_workload_duration_ns(w), 0);
	assert_int_equal(aegis_workload_model_count(w), 1);

	const aegis_model_config *c = model(w, 0);
	assert_string_equal(c->name, "only");
	assert_string_equal(c->backend, "sim");
	assert_int_equal(c->release, AEGIS_RELEASE_PERIODIC);
	assert_int_equal(c->period_ns, 10 * AEGIS_NS_PER_MS);
	assert_int_equal(c->deadline_ns, 0);
	assert_int_equal(c->offset_ns, 0);
	assert_int_equal(c->jitter_ns, 0);
	assert_int_equal(c->priority, 0);
	assert_int_equal(c->lane, AEGIS_LANE_AUTO);
	assert_int_equal(c->queue_depth, 0);
	assert_int_equal(sim(c)->n_segments, 0);
	assert_null(sim(c)->segment_weights);
	assert_int_equal(sim(c)->exec.kind, AEGIS_EXEC_FIXED);
	assert_int_equal(sim(c)->exec.a_ns, AEGIS_NS_PER_MS);
	assert_true(sim(c)->memory.persistent_bytes == 0 && sim(c)->memory.transient_bytes == 0);
	assert_int_equal(aegis_workload_model_line(w, 0), 2);
	aegis_workload_destroy(w);
}

/* Models before the runtime section: the lane is checked against the later lanes. */
static void test_key_order_and_flow_style(void **state)
{
	(void)state;
	aegis_workload *w = load_ok(GOOD "order.yaml");
	assert_int_equal(aegis_workload_runtime(w)->lanes, 4);
	assert_int_equal(aegis_workload_runtime(w)->policy, AEGIS_POLICY_FIFO);
	assert_int_equal(aegis_workload_model_count(w), 2);
	assert_string_equal(model(w, 0)->name, "a");
	assert_int_equal(model(w, 0)->lane, 3);
	assert_string_equal(model(w, 1)->name, "b");
	assert_int_equal(model(w, 1)->period_ns, 20 * AEGIS_NS_PER_MS);
	assert_int_equal(aegis_workload_model_line(w, 1), 3);
	aegis_workload_destroy(w);
}

static void test_null_sections(void **state)
{
	(void)state;
	aegis_workload *w = load_ok(GOOD "null_sections.yaml");
	assert_int_equal(aegis_workload_runtime(w)->lanes, 1);
	assert_true(sim(model(w, 0))->memory.persistent_bytes == 0);
	aegis_workload_destroy(w);
}

/* ---- the examples ------------------------------------------------------------------ */

/* Loads an example, validates every model, and returns each lane's worst-case
 * utilisation (sum of wcet / period) in util[]. */
static aegis_workload *load_example(const char *path, double *util, uint32_t max_lanes)
{
	aegis_workload *w = load_ok(path);
	const aegis_runtime_config *rt = aegis_workload_runtime(w);
	assert_true(rt->lanes <= max_lanes);
	for (uint32_t l = 0; l < max_lanes; l++)
		util[l] = 0;
	for (uint32_t i = 0; i < aegis_workload_model_count(w); i++) {
		const aegis_model_config *c = model(w, i);
		char detail[256];
		if (aegis_model_config_validate(c, rt->lanes, detail, sizeof detail) != AEGIS_OK)
			fail_msg("%s:%u: %s", path, aegis_workload_model_line(w, i), detail);
		assert_true(c->lane >= 0 && (uint32_t)c->lane < rt->lanes);
		int64_t wcet = aegis_exec_model_wcet_ns(&sim(c)->exec);
		int64_t deadline = c->deadline_ns ? c->deadline_ns : c->period_ns;
		assert_true(wcet > 0 && wcet < deadline);
		util[c->lane] += (double)wcet / (double)c->period_ns;
	}
	return w;
}

static void test_example_quickstart(void **state)
{
	(void)state;
	double util[AEGIS_MAX_LANES];
	aegis_workload *w = load_example(AEGIS_EXAMPLES "/quickstart.yaml", util, AEGIS_MAX_LANES);
	const aegis_runtime_config *rt = aegis_workload_runtime(w);
	assert_int_equal(rt->lanes, 2);
	assert_int_equal(rt->policy, AEGIS_POLICY_FP);
	assert_int_equal(rt->priorities, AEGIS_PRIO_RM);
	assert_int_equal(rt->preemption, AEGIS_PREEMPT_NONE);
	assert_true(rt->seed == 1);
	assert_int_equal(aegis_workload_duration_ns(w), 10 * AEGIS_NS_PER_S);
	assert_int_equal(aegis_workload_model_count(w), 8);
	for (uint32_t l = 0; l < rt->lanes; l++)
		assert_true(util[l] >= 0.5 && util[l] <= 0.75);

	/* a mix of execution-time models, one of them segmented, all periodic */
	unsigned kinds = 0, segmented = 0;
	for (uint32_t i = 0; i < aegis_workload_model_count(w); i++) {
		kinds |= 1u << sim(model(w, i))->exec.kind;
		segmented += sim(model(w, i))->n_segments > 1;
		assert_int_equal(model(w, i)->release, AEGIS_RELEASE_PERIODIC);
	}
	assert_int_equal(kinds, (1u << AEGIS_EXEC_FIXED) | (1u << AEGIS_EXEC_UNIFORM) |
					(1u << AEGIS_EXEC_TRUNCNORM));
	assert_int_equal(segmented, 1);
	aegis_workload_destroy(w);
}

static void test_example_edge24(void **state)
{
	(void)state;
	double util[AEGIS_MAX_LANES];
	aegis_workload *w = load_example(AEGIS_EXAMPLES "/edge-24.yaml", util, AEGIS_MAX_LANES);
	const aegis_runtime_config *rt = aegis_workload_runtime(w);
	assert_int_equal(rt->lanes, 4);
	assert_int_equal(rt->policy, AEGIS_POLICY_EDF);
	assert_int_equal(aegis_workload_duration_ns(w), 10 * AEGIS_NS_PER_S);
	assert_int_equal(aegis_workload_model_count(w), 24);
	for (uint32_t l = 0; l < rt->lanes; l++)
		assert_true(util[l] > 0.3 && util[l] <= 0.75);
	for (uint32_t i = 0; i < 24; i++) {
		const aegis_model_config *c = model(w, i);
		int64_t wcet = aegis_exec_model_wcet_ns(&sim(c)->exec);
		assert_true(c->period_ns >= 16 * AEGIS_NS_PER_MS &&
			    c->period_ns <= 100 * AEGIS_NS_PER_MS);
		assert_true(wcet >= 500 * AEGIS_NS_PER_US && wcet <= 12 * AEGIS_NS_PER_MS);
		assert_true(sim(c)->memory.persistent_bytes >= 2 * MIB && sim(c)->memory.persistent_bytes <= 120 * MIB);
		assert_true(sim(c)->memory.transient_bytes >= 8 * MIB && sim(c)->memory.transient_bytes <= 400 * MIB);
	}
	aegis_workload_destroy(w);
}

/* runtime.host_stall as a list of points: the curve, the scalar left at 0. */
static void test_stall_curve(void **state)
{
	(void)state;
	aegis_workload *w = load_ok(GOOD "stall_curve.yaml");
	const aegis_runtime_config *rt = aegis_workload_runtime(w);
	assert_int_equal(rt->host_stall_ns, 0);
	assert_int_equal(rt->n_host_stall_points, 4);
	assert_int_equal(rt->host_stall_curve[0].window_ns, 5 * AEGIS_NS_PER_MS);
	assert_int_equal(rt->host_stall_curve[0].lost_ns, 1630 * AEGIS_NS_PER_US);
	assert_int_equal(rt->host_stall_curve[3].window_ns, AEGIS_NS_PER_S);
	assert_int_equal(rt->host_stall_curve[3].lost_ns, 31 * AEGIS_NS_PER_MS);
	aegis_workload_destroy(w);
}

/* ---- bad files ----------------------------------------------------------------------- */

/* Each file of tests/data/bad and the exact message it gives; "{bad}" stands for the
 * folder, as messages about samples files name their own path. */
static const struct bad_case {
	const char *file;
	aegis_status status;
	const char *msg;
} bad_cases[] = {
	{"unknown_key_runtime.yaml", AEGIS_E_CONFIG,
	 "{bad}/unknown_key_runtime.yaml:3: unknown key 'lane' in runtime (expected one of: "
	 "device, lanes, policy, preemption, priorities, duration, seed, admission, "
	 "dispatch_overhead, memory_budget, memory_guard, device_profile, trace_ring_events, overrun_slack, "
	 "host_stall, handoff, idle_poll, dispatcher_cpu, copy_bandwidth, copy_interference)"},
	{"unknown_key_model.yaml", AEGIS_E_CONFIG,
	 /* the keys every model has, then its backend's own (sim: exec, segments, memory, inputs, outputs) */
	 "{bad}/unknown_key_model.yaml:3: unknown key 'perod' in model 'det' (expected one of: "
	 "name, backend, release, period, deadline, offset, jitter, priority, lane, "
	 "queue_depth, on_miss, faults, inject, exec, segments, memory, inputs, outputs)"},
	{"unknown_key_top.yaml", AEGIS_E_CONFIG,
	 "{bad}/unknown_key_top.yaml:2: unknown key 'model' at the top level (expected one of: "
	 "runtime, models)"},
	{"lanes_word.yaml", AEGIS_E_CONFIG,
	 "{bad}/lanes_word.yaml:2: runtime.lanes: expected an integer 1..64, a list of lanes [{sms: 8}, {sms: 4}], or auto, got 'two'"},
	{"lanes_float.yaml", AEGIS_E_CONFIG,
	 "{bad}/lanes_float.yaml:2: runtime.lanes: expected an integer 1..64, a list of lanes [{sms: 8}, {sms: 4}], or auto, got '2.5'"},
	{"stall_curve_order.yaml", AEGIS_E_CONFIG,
	 "{bad}/stall_curve_order.yaml:4: host_stall[1]: point 1: window 5000000 ns must be "
	 "longer than the previous point's 20000000 ns"},
	{"stall_curve_lost.yaml", AEGIS_E_CONFIG,
	 "{bad}/stall_curve_lost.yaml:4: host_stall[1]: point 1: lost 1000000 ns is less than "
	 "the previous point's 1630000 ns (a longer window contains a shorter one)"},
	{"stall_curve_key.yaml", AEGIS_E_CONFIG,
	 "{bad}/stall_curve_key.yaml:4: host_stall[1]: missing key 'lost'"},
	{"lanes_0.yaml", AEGIS_E_CONFIG,
	 "{bad}/lanes_0.yaml:2: runtime.lanes: expected an integer 1..64, a list of lanes [{sms: 8}, {sms: 4}], or auto, got '0'"},
	{"lanes_65.yaml", AEGIS_E_CONFIG,
	 "{bad}/lanes_65.yaml:2: runtime.lanes: expected an integer 1..64, a list of lanes [{sms: 8}, {sms: 4}], or auto, got '65'"},
	{"period_map.yaml", AEGIS_E_CONFIG,
	 "{bad}/period_map.yaml:3: model 'a': period: expected a duration such as 33.3ms, got "
	 "a mapping"},
	{"period_negative.yaml", AEGIS_E_CONFIG,
	 "{bad}/period_negative.yaml:3: model 'a': period: '-5ms' is negative: a duration is >= 0"},
	{"period_missing.yaml", AEGIS_E_CONFIG,
	 "{bad}/period_missing.yaml:2: model 'a': missing key 'period' (a duration such as "
	 "33.3ms)"},
	{"period_no_unit.yaml", AEGIS_E_CONFIG,
	 "{bad}/period_no_unit.yaml:3: model 'a': period: '33' needs a unit (ns, us, ms, s, min)"},
	{"period_bad_unit.yaml", AEGIS_E_CONFIG,
	 "{bad}/period_bad_unit.yaml:3: model 'a': period: unknown unit in '33sec' (expected "
	 "one of: ns, us, ms, s, min)"},
	{"period_too_large.yaml", AEGIS_E_CONFIG,
	 "{bad}/period_too_large.yaml:3: model 'a': period: '999999999999s' is too large (at "
	 "most 1125899 s, about 13 days)"},
	{"deadline_over_period.yaml", AEGIS_E_CONFIG,
	 "{bad}/deadline_over_period.yaml:2: model 'det': deadline 40ms exceeds period 33.3ms "
	 "(constrained deadlines only: deadline <= period)"},
	{"deadline_zero.yaml", AEGIS_E_CONFIG,
	 "{bad}/deadline_zero.yaml:4: model 'a': deadline: must be > 0 (leave it out to use the "
	 "period)"},
	{"jitter_over_period.yaml", AEGIS_E_CONFIG,
	 "{bad}/jitter_over_period.yaml:2: model 'a': jitter 10ms must be below the period 10ms"},
	{"duplicate_name.yaml", AEGIS_E_CONFIG,
	 "{bad}/duplicate_name.yaml:8: duplicate model name 'det' (first at line 2)"},
	{"key_twice.yaml", AEGIS_E_CONFIG,
	 "{bad}/key_twice.yaml:5: key 'period' given twice in model 'a' (first at line 3)"},
	{"policy_unknown.yaml", AEGIS_E_CONFIG,
	 "{bad}/policy_unknown.yaml:2: runtime.policy: expected one of: fp, edf, fifo; got 'rr'"},
	{"release_unknown.yaml", AEGIS_E_CONFIG,
	 "{bad}/release_unknown.yaml:3: model 'a': release: expected one of: periodic, "
	 "sporadic; got 'aperiodic'"},
	{"on_miss_unknown.yaml", AEGIS_E_CONFIG,
	 "{bad}/on_miss_unknown.yaml:5: model 'a': on_miss: expected one of: finish, "
	 "skip-next; got 'drop'"},
	{"device_unknown.yaml", AEGIS_E_CONFIG,
	 "{bad}/device_unknown.yaml:2: runtime.device: unknown device 'tpu' (this build knows "
	 "'sim' and any device it was compiled with)"},
	{"lane_out_of_range.yaml", AEGIS_E_CONFIG,
	 "{bad}/lane_out_of_range.yaml:4: model 'b': lane 2 does not exist (the runtime has 2 "
	 "lanes)"},
	{"lane_word.yaml", AEGIS_E_CONFIG,
	 "{bad}/lane_word.yaml:6: model 'a': lane: expected a lane index 0..63 or 'auto', got "
	 "'first'"},
	{"models_empty.yaml", AEGIS_E_CONFIG,
	 "{bad}/models_empty.yaml:2: models: the list is empty: expected at least one model"},
	{"models_missing.yaml", AEGIS_E_CONFIG,
	 "{bad}/models_missing.yaml:1: missing key 'models' (a non-empty list of models)"},
	{"models_map.yaml", AEGIS_E_CONFIG,
	 "{bad}/models_map.yaml:2: models: expected a list of models, got a mapping"},
	{"model_not_map.yaml", AEGIS_E_CONFIG,
	 "{bad}/model_not_map.yaml:3: models[1]: expected a mapping (one model), got a scalar"},
	{"name_missing.yaml", AEGIS_E_CONFIG,
	 "{bad}/name_missing.yaml:3: model #2: missing key 'name'"},
	{"name_with_space.yaml", AEGIS_E_CONFIG,
	 "{bad}/name_with_space.yaml:2: model name 'front camera': use printable ASCII without "
	 "spaces, quotes or backslashes"},
	{"top_is_list.yaml", AEGIS_E_CONFIG,
	 "{bad}/top_is_list.yaml:1: expected a mapping with 'runtime' and 'models' at the top "
	 "level, got a list"},
	{"syntax_error.yaml", AEGIS_E_CONFIG,
	 "{bad}/syntax_error.yaml:5: YAML syntax error: did not find expected ',' or '}' (while "
	 "parsing a flow mapping at line 4)"},
	{"not_utf8.yaml", AEGIS_E_CONFIG,
	 "{bad}/not_utf8.yaml:2: not valid YAML text: invalid trailing UTF-8 octet"},
	{"two_documents.yaml", AEGIS_E_CONFIG,
	 "{bad}/two_documents.yaml:4: a second YAML document: a workload file holds exactly one"},
	{"empty.yaml", AEGIS_E_CONFIG,
	 "{bad}/empty.yaml:1: empty workload: expected a mapping with 'models' (and optionally "
	 "'runtime')"},
	{"comments_only.yaml", AEGIS_E_CONFIG,
	 "{bad}/comments_only.yaml:1: empty workload: expected a mapping with 'models' (and "
	 "optionally 'runtime')"},
	{"exec_missing.yaml", AEGIS_E_CONFIG,
	 "{bad}/exec_missing.yaml:2: model 'a': missing key 'exec' (a duration, or a mapping "
	 "with 'dist')"},
	{"exec_list.yaml", AEGIS_E_CONFIG,
	 "{bad}/exec_list.yaml:4: model 'a': exec: expected a duration or a mapping with "
	 "'dist', got a list"},
	{"exec_dist_unknown.yaml", AEGIS_E_CONFIG,
	 "{bad}/exec_dist_unknown.yaml:5: model 'a': exec.dist: expected one of: fixed, "
	 "uniform, normal, samples; got 'gamma'"},
	{"exec_key_of_other_dist.yaml", AEGIS_E_CONFIG,
	 "{bad}/exec_key_of_other_dist.yaml:4: unknown key 'mean' in exec (dist uniform) of "
	 "model 'a' (expected one of: dist, min, max)"},
	{"normal_no_wcet.yaml", AEGIS_E_CONFIG,
	 "{bad}/normal_no_wcet.yaml:4: model 'a': exec: dist normal needs the key 'wcet'"},
	{"uniform_max_below_min.yaml", AEGIS_E_CONFIG,
	 "{bad}/uniform_max_below_min.yaml:2: model 'a': uniform execution time: max 3ms is "
	 "below min 4ms"},
	{"segments_0.yaml", AEGIS_E_CONFIG,
	 "{bad}/segments_0.yaml:5: model 'a': segments: expected an integer 1..256 or a list of "
	 "weights, got '0'"},
	/* every segment must last: the split of the WCET by the weights must not round a
	 * segment to 0 ns */
	{"segments_too_many_for_exec.yaml", AEGIS_E_CONFIG,
	 "{bad}/segments_too_many_for_exec.yaml:2: model 'a': a WCET of 3ns cannot be split "
	 "into 200 segments: segment 1 would last 0ns (each needs at least 1ns)"},
	{"segments_weight_too_small.yaml", AEGIS_E_CONFIG,
	 "{bad}/segments_weight_too_small.yaml:2: model 'a': a WCET of 10ns cannot be split "
	 "into 2 segments by these weights: segment 1 would last 0ns (each needs at least 1ns)"},
	{"segments_weight_0.yaml", AEGIS_E_CONFIG,
	 "{bad}/segments_weight_0.yaml:7: model 'a': segments[1]: expected a weight, an integer "
	 "1..1000000, got '0'"},
	{"kernels_kind_unknown.yaml", AEGIS_E_CONFIG,
	 "{bad}/kernels_kind_unknown.yaml:7: model 'a': kernels[1].kind: expected one of: "
	 "compute, memory, mixed; got 'tensor'"},
	{"kernels_missing.yaml", AEGIS_E_CONFIG,
	 "{bad}/kernels_missing.yaml:2: model 'a': missing key 'kernels' (backend synthetic: a "
	 "list of {kind, grid, time})"},
	{"kernels_time_0.yaml", AEGIS_E_CONFIG,
	 "{bad}/kernels_time_0.yaml:8: model 'a': kernels[0].time: expected a duration > 0"},
	{"kernels_with_exec.yaml", AEGIS_E_CONFIG,
	 "{bad}/kernels_with_exec.yaml:5: model 'a': exec: not used by backend synthetic (its "
	 "kernels give the time and the segments)"},
	{"kernels_grid_0.yaml", AEGIS_E_CONFIG,
	 "{bad}/kernels_grid_0.yaml:5: model 'a': kernels[0].grid: expected a number of blocks "
	 ">= 1, got '0'"},
	{"inject_bad_probability.yaml", AEGIS_E_CONFIG,
	 "{bad}/inject_bad_probability.yaml:7: model 'a': inject.fail_probability: expected a "
	 "probability, a number in [0, 1] (each job fails with this probability), got '1.5'"},
	{"inject_unknown_key.yaml", AEGIS_E_CONFIG,
	 "{bad}/inject_unknown_key.yaml:5: model 'a': inject: unknown key 'explode' (expected one "
	 "of: fail_nth, fail_every, fail_probability, fail_status, slowdown, slow_probability, "
	 "alloc_fail_nth, alloc_fail_probability, hang_nth, hang, launch_error_nth, "
	 "illegal_address_nth)"},
	{"faults_bad_action.yaml", AEGIS_E_CONFIG,
	 "{bad}/faults_bad_action.yaml:7: model 'a': faults.on_overrun: expected finish or stop "
	 "(what a job past its budget does: run to its end, or stop at its next boundary), got "
	 "'kill'"},
	{"faults_not_mapping.yaml", AEGIS_E_CONFIG,
	 "{bad}/faults_not_mapping.yaml:5: model 'a': faults: expected a mapping of settings, got "
	 "a list"},
	{"size_bad_unit.yaml", AEGIS_E_CONFIG,
	 "{bad}/size_bad_unit.yaml:5: model 'a': memory.persistent: unknown unit in '40MIB' "
	 "(expected one of: B, KiB, MiB, GiB, TiB, KB, MB, GB, TB)"},
	{"size_no_unit.yaml", AEGIS_E_CONFIG,
	 "{bad}/size_no_unit.yaml:7: model 'a': memory.transient: '4096' needs a unit (B, KiB, "
	 "MiB, GiB, TiB, KB, MB, GB, TB)"},
	{"samples_missing.yaml", AEGIS_E_IO,
	 "{bad}/samples_missing.yaml:6: model 'a': exec.file: cannot read samples file "
	 "'{bad}/nowhere.samples': No such file or directory"},
	{"samples_bad_line.yaml", AEGIS_E_CONFIG,
	 "{bad}/bad_line.samples:5: expected a duration such as 33.3ms, got '5.2 ms'"},
	{"samples_zero.yaml", AEGIS_E_CONFIG,
	 "{bad}/zero.samples:2: a sample must be > 0, got '0ns'"},
	{"samples_empty.yaml", AEGIS_E_CONFIG,
	 "{bad}/samples_empty.yaml:4: model 'a': exec.file: samples file '{bad}/empty.samples' "
	 "holds no samples"},
	{"seed_word.yaml", AEGIS_E_CONFIG,
	 "{bad}/seed_word.yaml:2: runtime.seed: expected an unsigned 64-bit integer, got 'abc'"},
	{"queue_depth_0.yaml", AEGIS_E_CONFIG,
	 "{bad}/queue_depth_0.yaml:5: model 'a': queue_depth: expected an integer 1..65536, got "
	 "'0'"},
	{"priority_negative.yaml", AEGIS_E_CONFIG,
	 "{bad}/priority_negative.yaml:5: model 'a': priority: expected an integer >= 0, got "
	 "'-1'"},
	{"duration_no_unit.yaml", AEGIS_E_CONFIG,
	 "{bad}/duration_no_unit.yaml:2: runtime.duration: '10' needs a unit (ns, us, ms, s, "
	 "min)"},
	{"missing.yaml", AEGIS_E_IO,
	 "{bad}/missing.yaml:0: cannot open: No such file or directory"},
};

/* Replaces every "{bad}" of msg by the bad-files folder. */
static void expand(const char *msg, char *out, size_t len)
{
	const char *dir = AEGIS_TEST_DATA "/bad";
	size_t o = 0;
	while (*msg && o + 1 < len) {
		if (strncmp(msg, "{bad}", 5) == 0) {
			o += (size_t)snprintf(out + o, len - o, "%s", dir);
			msg += 5;
		} else {
			out[o++] = *msg++;
		}
	}
	out[o < len ? o : len - 1] = '\0';
}

static void test_bad_files(void **state)
{
	(void)state;
	size_t n = sizeof bad_cases / sizeof bad_cases[0];
	assert_true(n >= 20);
	for (size_t i = 0; i < n; i++) {
		const struct bad_case *b = &bad_cases[i];
		char path[512], want[1024], err[1024];
		aegis_workload *w = (aegis_workload *)1;
		snprintf(path, sizeof path, BAD "%s", b->file);
		expand(b->msg, want, sizeof want);
		aegis_status st = aegis_workload_load(path, &w, err, sizeof err);
		if (st != b->status || strcmp(err, want) != 0)
			fail_msg("%s: got %s \"%s\"\n  expected %s \"%s\"", b->file,
				 aegis_status_name(st), err, aegis_status_name(b->status), want);
		assert_null(w);
	}
}

/* ---- buffers, arguments and robustness ------------------------------------------------- */

/* The runtime keys of threaded use and of data: the hand-off bound, the idle poll, the
 * dispatcher's CPU (one bit of the mask), the copies' bandwidth and interference; a CPU
 * out of range is refused at its line. */
static void test_thread_keys(void **state)
{
	(void)state;
	static const char ok[] = "runtime:\n"
				 "  handoff: 250us\n"
				 "  idle_poll: 1ms\n"
				 "  dispatcher_cpu: 3\n"
				 "  copy_bandwidth: 25GB\n"
				 "  copy_interference: 1.5\n"
				 "models:\n"
				 "  - {name: m, period: 10ms, exec: 1ms}\n";
	char err[256];
	aegis_workload *w = NULL;
	if (aegis_workload_parse("t.yaml", ok, strlen(ok), &w, err, sizeof err) != AEGIS_OK)
		fail_msg("%s", err);
	const aegis_runtime_config *rt = aegis_workload_runtime(w);
	assert_int_equal(rt->handoff_ns, 250 * AEGIS_NS_PER_US);
	assert_int_equal(rt->idle_poll_ns, AEGIS_NS_PER_MS);
	assert_true(rt->dispatcher_cpus == UINT64_C(1) << 3);
	assert_true(rt->copy_bandwidth_bps == 25000000000ull);
	assert_true(rt->copy_interference == 1.5);
	aegis_workload_destroy(w);
	static const char bad[] = "runtime:\n"
				  "  dispatcher_cpu: 64\n"
				  "models:\n"
				  "  - {name: m, period: 10ms, exec: 1ms}\n";
	assert_int_equal(aegis_workload_parse("t.yaml", bad, strlen(bad), &w, err, sizeof err),
			 AEGIS_E_CONFIG);
	assert_non_null(strstr(err, "t.yaml:2:"));
	assert_non_null(strstr(err, "a CPU number, 0..63"));
}

static void test_parse_buffer(void **state)
{
	(void)state;
	static const char text[] = "runtime: {lanes: 3, preemption: points}\n"
				   "models:\n"
				   "  - name: m\n"
				   "    period: 1.5s\n"
				   "    exec: {dist: samples, file: det.samples}\n"
				   "    lane: 2\n";
	char err[256];
	aegis_workload *w = NULL;
	/* samples files are found next to `name` */
	aegis_status st = aegis_workload_parse(GOOD "inline.yaml", text, strlen(text), &w, err,
					       sizeof err);
	if (st != AEGIS_OK)
		fail_msg("%s", err);
	assert_int_equal(aegis_workload_runtime(w)->lanes, 3);
	assert_int_equal(aegis_workload_runtime(w)->preemption, AEGIS_PREEMPT_POINTS);
	assert_int_equal(model(w, 0)->period_ns, 1500 * AEGIS_NS_PER_MS);
	assert_int_equal(sim(model(w, 0))->exec.n_samples, 4);
	assert_int_equal(model(w, 0)->lane, 2);
	assert_int_equal(aegis_workload_model_line(w, 0), 3);
	assert_string_equal(aegis_workload_path(w), GOOD "inline.yaml");
	aegis_workload_destroy(w);

	/* only len bytes are read: the cut leaves the model without its exec */
	size_t cut = (size_t)(strstr(text, "    exec") - text);
	st = aegis_workload_parse("mem.yaml", text, cut, &w, err, sizeof err);
	assert_int_equal(st, AEGIS_E_CONFIG);
	assert_null(w);
	assert_string_equal(err, "mem.yaml:3: model 'm': missing key 'exec' (a duration, or a "
				 "mapping with 'dist')");

	st = aegis_workload_parse("mem.yaml", NULL, 0, &w, err, sizeof err);
	assert_int_equal(st, AEGIS_E_CONFIG);
	assert_string_equal(err, "mem.yaml:1: empty workload: expected a mapping with 'models' "
				 "(and optionally 'runtime')");
}

/* model and workspace: backend onnx-cudnn's keys, refused elsewhere; the file must
 * exist (relative to the workload); memory comes from the graph. */
static void test_onnx_keys(void **state)
{
	(void)state;
	static const struct {
		const char *text;
		aegis_status status;
		const char *msg;
	} cases[] = {
		{"models:\n  - {name: m, period: 10ms, exec: 1ms, model: a.onnx}\n",
		 AEGIS_E_CONFIG, "w.yaml:2: model 'm': model: only for backend onnx-cudnn"},
		{"models:\n  - {name: m, period: 10ms, exec: 1ms, workspace: 1MiB}\n",
		 AEGIS_E_CONFIG, "w.yaml:2: model 'm': workspace: only for backend onnx-cudnn"},
		{"models:\n  - {name: m, period: 10ms, exec: 1ms, cuda_graph: true}\n",
		 AEGIS_E_CONFIG, "w.yaml:2: model 'm': cuda_graph: only for backend onnx-cudnn"},
		{"models:\n  - {name: m, backend: onnx-cudnn, period: 10ms, exec: 1ms}\n",
		 AEGIS_E_CONFIG, "w.yaml:2: model 'm': missing key 'model' (backend onnx-cudnn: "
				 "the .onnx file)"},
		{"models:\n  - {name: m, backend: onnx-cudnn, period: 10ms, exec: 1ms,\n"
		 "     memory: {persistent: 1MiB}, model: a.onnx}\n",
		 AEGIS_E_CONFIG, "w.yaml:3: model 'm': memory: not used by backend onnx-cudnn "
				 "(the graph gives its memory)"},
		{"models:\n  - {name: m, backend: onnx-cudnn, period: 10ms, exec: 1ms,\n"
		 "     model: no-such.onnx}\n",
		 AEGIS_E_IO, "w.yaml:3: model 'm': model: cannot open " GOOD "no-such.onnx: No such "
			     "file or directory"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char err[512];
		aegis_workload *w = (aegis_workload *)1;
		aegis_status st = aegis_workload_parse(GOOD "w.yaml", cases[i].text,
						       strlen(cases[i].text), &w, err, sizeof err);
		char want[512];
		snprintf(want, sizeof want, GOOD "%s", cases[i].msg);
		if (st != cases[i].status || strcmp(err, want) != 0)
			fail_msg("case %zu: got %s \"%s\"\n  expected %s \"%s\"", i,
				 aegis_status_name(st), err, aegis_status_name(cases[i].status),
				 want);
		assert_null(w);
	}
}

static void test_arguments(void **state)
{
	(void)state;
	char err[64];
	aegis_workload *w = (aegis_workload *)1;
	assert_int_equal(aegis_workload_load(NULL, &w, err, sizeof err), AEGIS_E_INVAL);
	assert_null(w);
	assert_int_equal(aegis_workload_load(GOOD "minimal.yaml", NULL, err, sizeof err),
			 AEGIS_E_INVAL);
	assert_int_equal(aegis_workload_parse(NULL, "", 0, &w, err, sizeof err), AEGIS_E_INVAL);
	assert_int_equal(aegis_workload_parse("x", NULL, 5, &w, err, sizeof err), AEGIS_E_INVAL);
	assert_int_equal(aegis_workload_parse("x", "", 0, NULL, err, sizeof err), AEGIS_E_INVAL);

	/* no error buffer, or a tiny one: still no overflow and a terminated string */
	assert_int_equal(aegis_workload_load(BAD "lanes_0.yaml", &w, NULL, 0), AEGIS_E_CONFIG);
	memset(err, 'x', sizeof err);
	assert_int_equal(aegis_workload_load(BAD "lanes_0.yaml", &w, err, 1), AEGIS_E_CONFIG);
	assert_int_equal(err[0], '\0');
	assert_int_equal(err[1], 'x');
	assert_int_equal(aegis_workload_load(BAD "lanes_0.yaml", &w, err, 8), AEGIS_E_CONFIG);
	assert_int_equal(strlen(err), 7);
	assert_int_equal(aegis_workload_load(BAD "lanes_0.yaml", &w, err, sizeof err),
			 AEGIS_E_CONFIG);
	assert_int_equal(strlen(err), sizeof err - 1);

	/* a folder is not a file */
	assert_int_equal(aegis_workload_load(AEGIS_TEST_DATA, &w, err, sizeof err), AEGIS_E_IO);
	assert_int_equal(strncmp(err, AEGIS_TEST_DATA ":0: cannot open: ",
				 strlen(AEGIS_TEST_DATA ":0: cannot open: ")),
			 0);

	aegis_workload_destroy(NULL);
	assert_null(aegis_workload_runtime(NULL));
	assert_null(aegis_workload_model(NULL, 0));
	assert_null(aegis_workload_path(NULL));
	assert_int_equal(aegis_workload_model_count(NULL), 0);
	assert_int_equal(aegis_workload_duration_ns(NULL), 0);
	assert_int_equal(aegis_workload_model_line(NULL, 0), 0);
}

/* Reads a file of the test data into a buffer the test frees. */
static char *slurp(const char *path, size_t *len)
{
	char *buf;
	if (file_read_all(path, 1 << 20, &buf, len) != 0)
		fail_msg("cannot read %s", path);
	return buf;
}

/* Any result is fine as long as it is OK or a located message, and nothing leaks. */
static void parse_any(const char *name, const char *text, size_t len)
{
	char err[512];
	aegis_workload *w = NULL;
	aegis_status st = aegis_workload_parse(name, text, len, &w, err, sizeof err);
	if (st == AEGIS_OK) {
		assert_non_null(w);
		aegis_workload_destroy(w);
		return;
	}
	assert_null(w);
	assert_true(st == AEGIS_E_CONFIG || st == AEGIS_E_IO);
	assert_int_equal(strncmp(err, name, strlen(name)), 0);
	assert_non_null(strchr(err + strlen(name) + 1, ':'));
}

/* Every prefix of a valid file, and every byte replaced by a YAML-significant one. */
static void test_mangled_inputs(void **state)
{
	(void)state;
	static const char subst[] = {':', '-', '\n', '{', '[', '"', '&', '*', ' ', 'x', '\0'};
	size_t len;
	char *text = slurp(GOOD "full.yaml", &len);
	for (size_t cut = 0; cut <= len; cut++)
		parse_any(GOOD "full.yaml", text, cut);
	char *copy = malloc(len);
	assert_non_null(copy);
	for (size_t i = 0; i < len; i++) {
		for (size_t k = 0; k < sizeof subst; k++) {
			memcpy(copy, text, len);
			copy[i] = subst[k];
			parse_any(GOOD "full.yaml", copy, len);
		}
	}
	free(copy);
	free(text);
}

/* Aliases are followed; a recursive one cannot loop, as the schema has fixed depth. */
/* runtime.lanes as a layout: one lane per item, its SMs; and each refusal. */
static void test_lane_layout(void **state)
{
	(void)state;
	static const char ok[] = "runtime:\n  lanes: [{sms: 8}, {sms: 4}, {sms: 4}]\n"
				 "models:\n  - {name: a, period: 10ms, exec: 1ms}\n";
	char err[256];
	aegis_workload *w = NULL;
	assert_int_equal(aegis_workload_parse("t.yaml", ok, strlen(ok), &w, err, sizeof err),
			 AEGIS_OK);
	const aegis_runtime_config *rt = aegis_workload_runtime(w);
	assert_int_equal(rt->lanes, 3);
	assert_int_equal(rt->lane_sms[0], 8);
	assert_int_equal(rt->lane_sms[1], 4);
	assert_int_equal(rt->lane_sms[2], 4);
	assert_int_equal(rt->lane_sms[3], 0);
	aegis_workload_destroy(w);
	static const struct {
		const char *lanes, *want;
	} bad[] = {
		{"[]", "t.yaml:2: lanes: expected 1..64 lanes, got 0"},
		{"[4]", "t.yaml:2: lanes[0]: expected a lane {sms: N}, got '4'"},
		{"[{sms: 8}, {}]", "t.yaml:2: lanes[1]: missing key 'sms' (the lane's SMs)"},
		{"[{sms: 0}]", "t.yaml:2: runtime.lanes[0].sms: expected an integer 1..65536 (SMs), "
			       "got '0'"},
		{"[{sms: 8, prio: 1}]", "t.yaml:2: unknown key 'prio' in lanes[0] (expected one of: "
					"sms)"},
		{"[{sms: 12}, {sms: 8}]\n  device_profile: orin-agx-8g",
		 "t.yaml:2: lanes: the sizes add up to 20 SMs; device profile 'orin-agx-8g' has 16"},
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		char text[256];
		snprintf(text, sizeof text, "runtime:\n  lanes: %s\nmodels:\n"
			 "  - {name: a, period: 10ms, exec: 1ms}\n", bad[i].lanes);
		assert_int_equal(aegis_workload_parse("t.yaml", text, strlen(text), &w, err,
						      sizeof err), AEGIS_E_CONFIG);
		assert_string_equal(err, bad[i].want);
		assert_null(w);
	}
}

static void test_aliases(void **state)
{
	(void)state;
	static const char shared[] = "x: &p 10ms\n";
	static const char ok[] = "runtime: {lanes: 1}\n"
				 "models:\n"
				 "  - {name: a, period: &p 10ms, exec: *p}\n";
	static const char loop[] = "models: &m\n  - *m\n";
	char err[256];
	aegis_workload *w = NULL;
	assert_int_equal(aegis_workload_parse("a.yaml", ok, strlen(ok), &w, err, sizeof err),
			 AEGIS_OK);
	assert_int_equal(sim(model(w, 0))->exec.a_ns, 10 * AEGIS_NS_PER_MS);
	aegis_workload_destroy(w);
	parse_any("loop.yaml", loop, strlen(loop));
	parse_any("shared.yaml", shared, strlen(shared));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_full_runtime),
		cmocka_unit_test(test_stall_curve),
		cmocka_unit_test(test_full_fixed_model),
		cmocka_unit_test(test_full_uniform_and_weights),
		cmocka_unit_test(test_full_normal_models),
		cmocka_unit_test(test_full_samples_and_fixed_map),
		cmocka_unit_test(test_minimal_defaults),
		cmocka_unit_test(test_key_order_and_flow_style),
		cmocka_unit_test(test_null_sections),
		cmocka_unit_test(test_example_quickstart),
		cmocka_unit_test(test_example_edge24),
		cmocka_unit_test(test_bad_files),
		cmocka_unit_test(test_parse_buffer),
		cmocka_unit_test(test_thread_keys),
		cmocka_unit_test(test_onnx_keys),
		cmocka_unit_test(test_arguments),
		cmocka_unit_test(test_mangled_inputs),
		cmocka_unit_test(test_aliases),
		cmocka_unit_test(test_lane_layout),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
