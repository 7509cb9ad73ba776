/* Shared lanes on the simulated device (the comparison mode of today's set-ups):
 * processor sharing with S slots, to the nanosecond; and the runtime refuses shared
 * lanes with admission on (the analysis assumes a lane runs alone). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "aegis/aegis.h"
#include "device/device.h"

#define MS AEGIS_NS_PER_MS

static struct device *make(uint32_t lanes, uint32_t slots)
{
	struct device *d = NULL;
	struct device_config cfg = {.lanes = lanes, .lane_mode = DEVICE_LANES_SHARED,
				    .shared_slots = slots};
	char err[128];
	assert_int_equal(sim_device_ops.create(&cfg, &d, err, sizeof err), AEGIS_OK);
	return d;
}

static void start(struct device *d, uint32_t lane, int64_t ns)
{
	assert_int_equal(d->ops->busy(d, lane, ns), AEGIS_OK);
	assert_int_equal(d->ops->commit(d, lane), AEGIS_OK);
}

/* The next lane to finish and when. */
static uint32_t next_done(struct device *d, int64_t *t)
{
	uint32_t lane;
	while (!d->ops->poll(d, &lane, t))
		assert_int_equal(d->ops->advance(d, INT64_MAX), AEGIS_OK);
	return lane;
}

static void test_three_on_two_slots(void **state)
{
	(void)state;
	struct device *d = make(3, 2);
	for (uint32_t i = 0; i < 3; i++)
		start(d, i, 4 * MS); /* 3 busy, 2 slots: each at 2/3 speed */
	int64_t t;
	for (uint32_t i = 0; i < 3; i++) {
		assert_int_equal(next_done(d, &t), i);
		assert_int_equal(t, 6 * MS);
	}
	d->ops->destroy(d);
}

/* One slot: 2 ms and 4 ms share it; the short one ends at 4 ms, the long one then
 * runs alone with 2 ms left: 6 ms. A third job arriving at 5 ms halves it again. */
static void test_speed_changes_with_the_busy_set(void **state)
{
	(void)state;
	struct device *d = make(3, 1);
	start(d, 0, 2 * MS);
	start(d, 1, 4 * MS);
	int64_t t;
	assert_int_equal(next_done(d, &t), 0);
	assert_int_equal(t, 4 * MS);
	assert_int_equal(d->ops->advance(d, 5 * MS), AEGIS_OK); /* lane 1: 1 ms left */
	uint32_t lane;
	assert_false(d->ops->poll(d, &lane, &t));
	start(d, 2, 1 * MS);                                     /* both at 1/2 speed */
	assert_int_equal(next_done(d, &t), 1);
	assert_int_equal(t, 7 * MS);
	assert_int_equal(next_done(d, &t), 2);
	assert_int_equal(t, 7 * MS);
	d->ops->destroy(d);
}

/* Fewer busy lanes than slots: independent lanes, as in the isolated mode. */
static void test_within_slots_full_speed(void **state)
{
	(void)state;
	struct device *d = make(2, 4);
	start(d, 0, 3 * MS);
	start(d, 1, 5 * MS);
	int64_t t;
	assert_int_equal(next_done(d, &t), 0);
	assert_int_equal(t, 3 * MS);
	assert_int_equal(next_done(d, &t), 1);
	assert_int_equal(t, 5 * MS);
	d->ops->destroy(d);
}

static void test_runtime_shared_admission_off(void **state)
{
	(void)state;
	aegis_runtime_config cfg = {.lanes = 4, .lane_sharing = AEGIS_LANES_SHARED,
				    .admission = AEGIS_ADMIT_OFF, .shared_slots = 2};
	aegis_runtime *rt = NULL;
	char err[256] = "";
	assert_int_equal(aegis_runtime_create(&cfg, &rt, err, sizeof err), AEGIS_OK);
	aegis_sim_config four_ms = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 4 * MS}};
	aegis_model_config m[3] = {
		{.name = "a", .period_ns = 10 * MS, .lane = 0, .backend_config = &four_ms},
		{.name = "b", .period_ns = 10 * MS, .lane = 1, .backend_config = &four_ms},
		{.name = "c", .period_ns = 10 * MS, .lane = 2, .backend_config = &four_ms},
	};
	for (int i = 0; i < 3; i++)
		assert_int_equal(aegis_model_admit(rt, &m[i], NULL), AEGIS_OK);
	assert_int_equal(aegis_runtime_run_for(rt, 10 * MS), AEGIS_OK);
	aegis_model_stats s;
	aegis_model_stats_get(rt, 0, &s);
	assert_int_equal(s.response_max_ns, 6 * MS); /* 3 jobs on 2 slots */
	cfg.lane_sharing = (aegis_lane_sharing)9;
	aegis_runtime *bad = NULL;
	assert_int_equal(aegis_runtime_create(&cfg, &bad, err, sizeof err), AEGIS_E_CONFIG);
	aegis_runtime_destroy(rt);
}

/* Shared lanes with admission: only times measured as one of the lanes sharing the
 * SMs admit (a time alone, or none, is refused with the reason), the analysis judges
 * with them, the simulated device runs each job at the entry's speed, and stream
 * priorities stay a comparison mode. */
static void test_runtime_shared_admission(void **state)
{
	(void)state;
	aegis_runtime_config cfg = {.lanes = 2, .lane_sharing = AEGIS_LANES_SHARED_PRIORITY,
				    .shared_slots = 2, .policy = AEGIS_POLICY_EDF,
				    .device_profile = "orin-agx-8g"};
	aegis_runtime *rt = NULL;
	char err[256] = "";
	assert_int_equal(aegis_runtime_create(&cfg, &rt, err, sizeof err), AEGIS_E_CONFIG);
	assert_non_null(strstr(err, "stream priorities"));
	cfg.lane_sharing = AEGIS_LANES_SHARED;
	assert_int_equal(aegis_runtime_create(&cfg, &rt, err, sizeof err), AEGIS_OK);
	aegis_lane_info li;
	assert_int_equal(aegis_runtime_lane_info(rt, 1, &li), AEGIS_OK);
	assert_int_equal(li.sm_count, 16); /* the one partition: the cap */
	aegis_sim_config four_ms = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 4 * MS}};
	aegis_sim_config six_ms = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 6 * MS}};
	const aegis_lane_time alone[] = {{.sms = 16, .wcet_ns = 4 * MS}};
	const aegis_lane_time both[] = {{.sms = 16, .wcet_ns = 4 * MS},
					{.sms = 16, .wcet_ns = 5 * MS, .speed = 1.25, .shared = 2}};
	const aegis_lane_time slow[] = {{.sms = 16, .wcet_ns = 6 * MS, .speed = 1.5, .shared = 2}};
	aegis_model_config m = {.name = "a", .period_ns = 10 * MS, .lane = 0,
				.backend_config = &four_ms};
	assert_int_equal(aegis_model_admit(rt, &m, NULL), AEGIS_E_CONFIG);
	assert_non_null(strstr(aegis_runtime_last_error(rt), "shared lanes admit with times"));
	m.lane_times = alone;
	m.n_lane_times = 1;
	assert_int_equal(aegis_model_admit(rt, &m, NULL), AEGIS_E_CONFIG);
	assert_non_null(strstr(aegis_runtime_last_error(rt), "(shared by 2 lanes)"));
	m.lane_times = both;
	m.n_lane_times = 2;
	aegis_model_id a, b;
	assert_int_equal(aegis_model_admit(rt, &m, &a), AEGIS_OK);
	m.name = "b";
	m.lane = 1;
	assert_int_equal(aegis_model_admit(rt, &m, &b), AEGIS_OK);
	/* on lane 0 beside a: 5 + 6 ms of demand by t = 10 ms, refused by the analysis */
	aegis_model_config c = {.name = "c", .period_ns = 10 * MS, .lane = 0,
				.backend_config = &six_ms, .lane_times = slow, .n_lane_times = 1};
	assert_int_equal(aegis_model_admit(rt, &c, NULL), AEGIS_E_UNSCHEDULABLE);
	assert_int_equal(aegis_runtime_run_for(rt, 30 * MS), AEGIS_OK);
	aegis_model_stats s;
	aegis_model_stats_get(rt, a, &s);
	assert_int_equal(s.missed, 0);
	assert_true(s.completed >= 3);
	assert_int_equal(s.response_max_ns, 5 * MS); /* 4 ms x 1.25, both lanes at full speed */
	assert_int_equal(s.overruns, 0);
	aegis_runtime_destroy(rt);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_three_on_two_slots),
		cmocka_unit_test(test_speed_changes_with_the_busy_set),
		cmocka_unit_test(test_within_slots_full_speed),
		cmocka_unit_test(test_runtime_shared_admission_off),
		cmocka_unit_test(test_runtime_shared_admission),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
