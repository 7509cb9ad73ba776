/* The health state machine (src/context/health.c) on its own: every transition of the
 * drawing in aegis/fault.h, its thresholds and defaults. */
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "context/health.h"

static void test_names(void **state)
{
	(void)state;
	assert_string_equal(aegis_health_name(AEGIS_HEALTH_HEALTHY), "healthy");
	assert_string_equal(aegis_health_name(AEGIS_HEALTH_DEGRADED), "degraded");
	assert_string_equal(aegis_health_name(AEGIS_HEALTH_QUARANTINED), "quarantined");
	assert_string_equal(aegis_health_name(AEGIS_HEALTH_RECOVERING), "recovering");
	assert_string_equal(aegis_health_name((aegis_health)9), "unknown");
}

/* Defaults: a fault degrades, never quarantines; 10 clean jobs heal. */
static void test_degrade_and_heal_defaults(void **state)
{
	(void)state;
	struct health h;
	aegis_fault_config c = {0};
	aegis_health from = AEGIS_HEALTH_QUARANTINED;
	health_init(&h);
	assert_false(health_clean(&h, &c, &from)); /* healthy stays healthy */
	assert_true(health_fault(&h, &c, 5, false, &from));
	assert_int_equal(from, AEGIS_HEALTH_HEALTHY);
	assert_int_equal(h.state, AEGIS_HEALTH_DEGRADED);
	for (int i = 0; i < 100; i++) /* quarantine_after 0: never */
		assert_false(health_fault(&h, &c, 6 + i, false, &from));
	assert_int_equal(h.state, AEGIS_HEALTH_DEGRADED);
	for (int i = 0; i < 9; i++)
		assert_false(health_clean(&h, &c, &from));
	assert_true(health_clean(&h, &c, &from)); /* the 10th */
	assert_int_equal(from, AEGIS_HEALTH_DEGRADED);
	assert_int_equal(h.state, AEGIS_HEALTH_HEALTHY);
	assert_int_equal(h.faults, 0);
}

/* A fault in between restarts the clean run. */
static void test_clean_run_restarts(void **state)
{
	(void)state;
	struct health h;
	aegis_fault_config c = {.heal_after = 3};
	aegis_health from;
	health_init(&h);
	health_fault(&h, &c, 0, false, &from);
	assert_false(health_clean(&h, &c, &from));
	assert_false(health_clean(&h, &c, &from));
	assert_false(health_fault(&h, &c, 1, false, &from)); /* degraded stays degraded */
	assert_false(health_clean(&h, &c, &from));
	assert_false(health_clean(&h, &c, &from));
	assert_true(health_clean(&h, &c, &from));
	assert_int_equal(h.state, AEGIS_HEALTH_HEALTHY);
}

/* quarantine_after faults since healthy quarantine; a timed quarantine recovers at
 * entry + quarantine_ns, not a nanosecond earlier; a fault while recovering goes back. */
static void test_quarantine_cycle(void **state)
{
	(void)state;
	struct health h;
	aegis_fault_config c = {.quarantine_after = 3, .heal_after = 2, .quarantine_ns = 100};
	aegis_health from;
	health_init(&h);
	assert_true(health_fault(&h, &c, 10, false, &from));   /* -> degraded */
	assert_false(health_fault(&h, &c, 20, false, &from));  /* 2 */
	assert_true(health_fault(&h, &c, 30, false, &from));   /* 3 -> quarantined */
	assert_int_equal(from, AEGIS_HEALTH_DEGRADED);
	assert_int_equal(h.state, AEGIS_HEALTH_QUARANTINED);
	assert_int_equal(h.recover_at_ns, 130);
	assert_false(health_fault(&h, &c, 40, false, &from)); /* out already */
	assert_false(health_clean(&h, &c, &from));
	assert_false(health_tick(&h, 129, &from));
	assert_true(health_tick(&h, 130, &from));
	assert_int_equal(from, AEGIS_HEALTH_QUARANTINED);
	assert_int_equal(h.state, AEGIS_HEALTH_RECOVERING);
	assert_int_equal(h.recover_at_ns, INT64_MAX);
	assert_true(health_fault(&h, &c, 200, false, &from)); /* recovering: one fault */
	assert_int_equal(h.state, AEGIS_HEALTH_QUARANTINED);
	assert_int_equal(h.recover_at_ns, 300);
	assert_true(health_tick(&h, 1000, &from));
	assert_false(health_clean(&h, &c, &from));
	assert_true(health_clean(&h, &c, &from)); /* heal_after 2 */
	assert_int_equal(from, AEGIS_HEALTH_RECOVERING);
	assert_int_equal(h.state, AEGIS_HEALTH_HEALTHY);
}

/* A breach quarantines from any state when quarantine is on (and only degrades when
 * it is off); quarantine_ns 0 waits for the API. */
static void test_breach_and_manual_recovery(void **state)
{
	(void)state;
	struct health h;
	aegis_fault_config c = {0};
	aegis_health from;
	health_init(&h);
	assert_true(health_fault(&h, &c, 7, true, &from));
	assert_int_equal(h.state, AEGIS_HEALTH_DEGRADED); /* quarantine off */
	health_init(&h);
	c.quarantine_after = 100;
	assert_false(health_recover(&h, &from)); /* not quarantined */
	assert_true(health_fault(&h, &c, 7, true, &from));
	assert_int_equal(from, AEGIS_HEALTH_HEALTHY);
	assert_int_equal(h.state, AEGIS_HEALTH_QUARANTINED);
	assert_int_equal(h.recover_at_ns, INT64_MAX);
	assert_false(health_tick(&h, INT64_MAX - 1, &from));
	assert_true(health_recover(&h, &from));
	assert_int_equal(h.state, AEGIS_HEALTH_RECOVERING);
	/* a quarantine that would end past INT64_MAX waits for the API instead */
	c.quarantine_ns = 10;
	assert_true(health_fault(&h, &c, INT64_MAX - 5, false, &from));
	assert_int_equal(h.recover_at_ns, INT64_MAX);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_degrade_and_heal_defaults),
		cmocka_unit_test(test_clean_run_restarts),
		cmocka_unit_test(test_quarantine_cycle),
		cmocka_unit_test(test_breach_and_manual_recovery),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
