/* The memory plan: one shared transient arena per lane sized to its largest model,
 * private persistent and I/O regions, all-or-nothing reservation with the numbers on
 * refusal, and arena changes that never move the arena a running job uses. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "base/rng.h"
#include "memory/plan.h"

#define MIB (UINT64_C(1) << 20)

static void test_shared_arena(void **state)
{
	(void)state;
	struct mem_plan p;
	assert_int_equal(mem_plan_init(&p, 1024 * MIB, 2, 8), AEGIS_OK);
	struct mem_req a = {.persistent = 40 * MIB, .transient = 100 * MIB, .io = 2 * MIB};
	struct mem_req b = {.persistent = 10 * MIB, .transient = 300 * MIB, .io = 1 * MIB};
	struct mem_req c = {.persistent = 5 * MIB, .transient = 50 * MIB, .io = 1 * MIB};
	assert_int_equal(mem_plan_reserve(&p, 0, 0, &a, NULL), AEGIS_OK);
	assert_int_equal(mem_plan_reserve(&p, 1, 0, &b, NULL), AEGIS_OK);
	assert_int_equal(mem_plan_reserve(&p, 2, 1, &c, NULL), AEGIS_OK);
	mem_plan_lane_idle(&p, 0);
	mem_plan_lane_idle(&p, 1);
	assert_int_equal(p.arena[0].cur.size, 300 * MIB); /* the largest of lane 0 */
	assert_int_equal(p.arena[1].cur.size, 50 * MIB);
	struct mem_totals t;
	mem_plan_totals(&p, &t);
	assert_int_equal(t.private_transient, 450 * MIB);
	assert_int_equal(t.arenas, 350 * MIB);
	assert_int_equal(t.planned, t.lower_bound); /* MiB sizes: no granule rounding */
	assert_true(tlsf_check(&p.pool, NULL));
	mem_plan_deinit(&p);
}

/* A larger model arrives while lane 0 runs: its arena is allocated beside the old
 * one, which keeps its offset until the lane is idle. */
static void test_growth_never_moves_live_arena(void **state)
{
	(void)state;
	struct mem_plan p;
	assert_int_equal(mem_plan_init(&p, 1024 * MIB, 1, 8), AEGIS_OK);
	struct mem_req small = {.persistent = MIB, .transient = 100 * MIB};
	struct mem_req big = {.persistent = MIB, .transient = 200 * MIB};
	assert_int_equal(mem_plan_reserve(&p, 0, 0, &small, NULL), AEGIS_OK);
	mem_plan_lane_idle(&p, 0);
	uint64_t off = p.arena[0].cur.offset;
	assert_int_equal(mem_plan_reserve(&p, 1, 0, &big, NULL), AEGIS_OK);
	assert_int_equal(p.arena[0].cur.offset, off); /* the running job's arena stays */
	assert_int_equal(p.arena[0].cur.size, 100 * MIB);
	assert_int_equal(p.arena[0].next.size, 200 * MIB);
	mem_plan_lane_idle(&p, 0);
	assert_int_equal(p.arena[0].cur.size, 200 * MIB);
	assert_int_equal(p.arena[0].next.handle, TLSF_NONE);
	/* removing the big model shrinks the arena at the next idle point */
	mem_plan_release(&p, 1);
	assert_int_equal(p.arena[0].cur.size, 200 * MIB);
	mem_plan_lane_idle(&p, 0);
	assert_int_equal(p.arena[0].cur.size, 100 * MIB);
	mem_plan_release(&p, 0);
	mem_plan_lane_idle(&p, 0);
	assert_int_equal(p.pool.in_use, 0); /* everything returned */
	mem_plan_deinit(&p);
}

/* An admission that does not fit is refused with the numbers; nothing changes. */
static void test_refusal_with_numbers(void **state)
{
	(void)state;
	struct mem_plan p;
	assert_int_equal(mem_plan_init(&p, 512 * MIB, 1, 8), AEGIS_OK);
	struct mem_req a = {.persistent = 100 * MIB, .transient = 200 * MIB};
	assert_int_equal(mem_plan_reserve(&p, 0, 0, &a, NULL), AEGIS_OK);
	mem_plan_lane_idle(&p, 0);
	uint64_t used = p.pool.in_use;
	struct mem_req b = {.persistent = 50 * MIB, .transient = 300 * MIB};
	struct mem_shortfall why;
	assert_int_equal(mem_plan_reserve(&p, 1, 0, &b, &why), AEGIS_E_BUDGET);
	assert_int_equal(p.pool.in_use, used);
	assert_false(p.model[1].live);
	assert_int_equal(why.needed, 350 * MIB);
	assert_int_equal(why.free, 212 * MIB);
	assert_int_equal(why.largest_transient_model, 1);
	assert_int_equal(why.largest_transient, 300 * MIB);
	/* the same without growing the arena fits */
	b.transient = 200 * MIB;
	assert_int_equal(mem_plan_reserve(&p, 1, 0, &b, &why), AEGIS_OK);
	assert_true(tlsf_check(&p.pool, NULL));
	mem_plan_deinit(&p);
}

/* Random admissions and removals over 4 lanes: the pool stays consistent, every idle
 * lane's arena covers its largest model, and the plan equals the lower bound. */
static void test_random_plans(void **state)
{
	(void)state;
	struct mem_plan p;
	assert_int_equal(mem_plan_init(&p, 8192 * MIB, 4, 32), AEGIS_OK);
	struct rng g;
	rng_seed(&g, 12, 0);
	for (int step = 0; step < 20000; step++) {
		uint32_t id = (uint32_t)rng_range(&g, 0, 31);
		if (p.model[id].live) {
			mem_plan_release(&p, id);
		} else {
			struct mem_req r = {.persistent = (uint64_t)rng_range(&g, 0, 120) * MIB,
					    .transient = (uint64_t)rng_range(&g, 1, 400) * MIB,
					    .io = (uint64_t)rng_range(&g, 0, 8) * MIB};
			aegis_status st = mem_plan_reserve(&p, id, (uint32_t)rng_range(&g, 0, 3), &r, NULL);
			assert_true(st == AEGIS_OK || st == AEGIS_E_BUDGET);
		}
		uint32_t idle = (uint32_t)rng_range(&g, 0, 3);
		mem_plan_lane_idle(&p, idle);
		assert_true(tlsf_check(&p.pool, NULL));
		uint64_t need = 0;
		for (uint32_t i = 0; i < 32; i++)
			if (p.model[i].live && p.model[i].lane == idle && p.model[i].req.transient > need)
				need = p.model[i].req.transient;
		assert_true(p.arena[idle].cur.size >= need);
	}
	for (uint32_t l = 0; l < 4; l++)
		mem_plan_lane_idle(&p, l);
	struct mem_totals t;
	mem_plan_totals(&p, &t);
	assert_int_equal(t.planned, t.lower_bound);
	mem_plan_deinit(&p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_shared_arena),
		cmocka_unit_test(test_growth_never_moves_live_arena),
		cmocka_unit_test(test_refusal_with_numbers),
		cmocka_unit_test(test_random_plans),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
