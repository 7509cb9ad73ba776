/* The lane planner (aegis/planner.h): small cases with a known optimum, every plan
 * rechecked lane by lane with the exact test it reports, the priority rule against
 * every order, determinism, the evaluation budget, and refused inputs. (test_plan.c is
 * the memory plan's.) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "aegis/aegis.h"
#include "aegis/analysis.h"
#include "aegis/planner.h"

#define MS AEGIS_NS_PER_MS
#define US AEGIS_NS_PER_US
#define MAXN 32
#define MAXP 4

struct set {
	uint32_t n;
	aegis_plan_model m[MAXN];
	aegis_plan_point pt[MAXN][MAXP];
};

/* Adds a model with T = D = t, no jitter, one segment, and up to MAXP (sms, C) points
 * ending with sms 0. */
static uint32_t add(struct set *s, int64_t t, const uint32_t *sms, const int64_t *c)
{
	uint32_t i = s->n++;
	uint32_t k = 0;
	for (; k < MAXP && sms[k]; k++)
		s->pt[i][k] = (aegis_plan_point){.sms = sms[k], .wcet_ns = c[k]};
	s->m[i] = (aegis_plan_model){
		.task = {.deadline_ns = t, .period_ns = t}, .curve = s->pt[i], .n_curve = k};
	return i;
}

static aegis_plan_options opts(aegis_analysis_kind kind)
{
	return (aegis_plan_options){.kind = kind};
}

static bool is_fp(aegis_analysis_kind k)
{
	return k == AEGIS_AN_FP_NP || k == AEGIS_AN_FP_LP || k == AEGIS_AN_FP_P;
}

/* Every lane of the plan passes `kind` with the reported C and priorities (unsegmented
 * models), and the evidence is the test's. */
static void recheck(const struct set *s, const aegis_plan_result *r,
		    const aegis_plan_assignment *a)
{
	aegis_task t[MAXN];
	int32_t lanes[MAXN];
	uint32_t admitted = 0;
	for (uint32_t i = 0; i < s->n; i++) {
		t[i] = s->m[i].task;
		t[i].wcet_ns = a[i].lane >= 0 ? a[i].wcet_ns : 1;
		t[i].prio = a[i].prio;
		lanes[i] = a[i].lane;
		assert_true(a[i].lane < (int32_t)r->n_lanes);
		admitted += a[i].lane >= 0;
		if (a[i].lane < 0)
			continue;
		/* the C is a point of the curve for the lane's size */
		bool found = false;
		for (uint32_t k = 0; k < s->m[i].n_curve; k++)
			found = found || (s->m[i].curve[k].sms == r->lane_sms[a[i].lane] &&
					  s->m[i].curve[k].wcet_ns <= a[i].wcet_ns);
		assert_true(found);
	}
	assert_int_equal(admitted, r->admitted);
	assert_int_equal(r->all_admitted, admitted == s->n);
	for (uint32_t l = 0; l < r->n_lanes; l++) {
		aegis_analysis_result res;
		aegis_task_result per[MAXN];
		assert_int_equal(aegis_lane_analyse(r->kind, t, lanes, s->n, l, NULL, &res, per,
						    NULL),
				 AEGIS_OK);
		assert_true(res.schedulable);
		for (uint32_t i = 0; i < s->n; i++)
			if (lanes[i] == (int32_t)l) {
				/* EDF with no check point examined: the plan's own */
				if (per[i].check_point_ns >= 0 || is_fp(r->kind))
					assert_int_equal(per[i].slack_ns, a[i].evidence.slack_ns);
				else
					assert_int_equal(a[i].evidence.check_point_ns,
							 t[i].deadline_ns - t[i].jitter_ns);
				assert_true(a[i].evidence.slack_ns >= 0);
				assert_int_equal(per[i].bound_ns, a[i].evidence.bound_ns);
				assert_true(a[i].evidence.schedulable);
			}
		if (l > 0)
			assert_true(r->lane_sms[l] <= r->lane_sms[l - 1]);
	}
	uint32_t sum = 0;
	for (uint32_t l = 0; l < r->n_lanes; l++)
		sum += r->lane_sms[l];
	assert_true(r->n_lanes == 0 || sum > 0);
}

static const aegis_plan_device dev8x4 = {.total_sms = 8, .granularity_sms = 4};
static const aegis_plan_device dev16 = {.total_sms = 16, .granularity_sms = 4};

/* A long job and two short deadlines on two lanes of 4 SMs: non-preemptively the long
 * job blocks any short-deadline model on its lane (8 ms > 5 ms), so it must be alone. */
static void test_long_job_isolated(void **state)
{
	(void)state;
	static const aegis_analysis_kind kinds[] = {AEGIS_AN_FP_NP, AEGIS_AN_EDF_NP};
	for (size_t k = 0; k < 2; k++) {
		struct set s = {0};
		uint32_t four[] = {4, 0};
		uint32_t sh1 = add(&s, 5 * MS, four, (int64_t[]){1 * MS});
		uint32_t lng = add(&s, 100 * MS, four, (int64_t[]){8 * MS});
		uint32_t sh2 = add(&s, 5 * MS, four, (int64_t[]){1 * MS});
		aegis_plan_options o = opts(kinds[k]);
		aegis_plan_result r;
		aegis_plan_assignment a[MAXN];
		assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev8x4, &o, &r, a), AEGIS_OK);
		assert_true(r.all_admitted);
		assert_int_equal(r.n_lanes, 2);
		assert_int_equal(a[sh1].lane, a[sh2].lane);
		assert_true(a[lng].lane != a[sh1].lane);
		/* the short lane: 1 ms each; FP: the lower one responds in 2 ms; EDF: demand
		 * 2 ms at t = 5 ms, no blocking */
		assert_int_equal(r.min_slack_ns, 3 * MS);
		recheck(&s, &r, a);
	}
}

/* A model that needs 8 SMs (12 ms on 4 SMs > D = 8 ms, 6 ms on 8) and four 2 ms models
 * of period 5 ms that scale badly (1.6 ms on 8 SMs): two fit a 4-SM lane (U 0.8), three
 * do not (U 1.2), four do not fit an 8-SM lane (U 1.28), and none shares the long job's
 * lane (its 6 ms blocks a 5 ms deadline). [8, 4, 4] admits all five; [4, 4, 4, 4] cannot
 * place the first; [8, 8] leaves a short one out. */
static void unequal_set(struct set *s, bool with8)
{
	uint32_t big[] = {8, 4, 0}, four[] = {4, 0};
	add(s, 8 * MS, with8 ? big : four, with8 ? (int64_t[]){6 * MS, 12 * MS} : (int64_t[]){12 * MS});
	for (int k = 0; k < 4; k++)
		add(s, 5 * MS, with8 ? big : four,
		    with8 ? (int64_t[]){1600 * US, 2 * MS} : (int64_t[]){2 * MS});
}

static void test_unequal_lanes(void **state)
{
	(void)state;
	static const aegis_analysis_kind kinds[] = {AEGIS_AN_FP_NP, AEGIS_AN_EDF_NP};
	for (size_t k = 0; k < 2; k++) {
		struct set s = {0};
		unequal_set(&s, true);
		aegis_plan_options o = opts(kinds[k]);
		aegis_plan_result r;
		aegis_plan_assignment a[MAXN];
		assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev16, &o, &r, a), AEGIS_OK);
		assert_true(r.all_admitted);
		assert_int_equal(r.n_lanes, 3);
		assert_int_equal(r.lane_sms[0], 8);
		assert_int_equal(r.lane_sms[1], 4);
		assert_int_equal(r.lane_sms[2], 4);
		assert_int_equal(a[0].lane, 0);
		assert_int_equal(a[0].wcet_ns, 6 * MS);
		recheck(&s, &r, a);

		/* only 4-SM lanes: the long model has nowhere to go */
		struct set s4 = {0};
		unequal_set(&s4, false);
		assert_int_equal(aegis_plan_lanes(s4.m, s4.n, &dev16, &o, &r, a), AEGIS_OK);
		assert_false(r.all_admitted);
		assert_int_equal(r.admitted, 4);
		assert_int_equal(a[0].lane, -1);
		assert_int_equal(r.n_lanes, 4);
		recheck(&s4, &r, a);

		/* at most two lanes: [8, 8] is the best there is, with one model left out */
		aegis_plan_device two = dev16;
		two.max_lanes = 2;
		assert_int_equal(aegis_plan_lanes(s.m, s.n, &two, &o, &r, a), AEGIS_OK);
		assert_int_equal(r.admitted, 4);
		assert_int_equal(r.n_lanes, 2);
		recheck(&s, &r, a);
	}
}

/* A deterministic pseudo-random set: n models, periods 5-100 ms, C on 4 SMs up to a
 * fifth of D, speed-up (4/s)^0.7 on 8, 12, 16 SMs, some sizes missing. */
static void random_set(struct set *s, uint32_t n, uint64_t seed)
{
	uint64_t x = seed * 6364136223846793005ull + 1442695040888963407ull;
#define NEXT() (x = x * 6364136223846793005ull + 1442695040888963407ull, (x >> 33))
	static const double f[] = {1.0, 0.6156, 0.4542, 0.3789}; /* (4/s)^0.7 */
	for (uint32_t i = 0; i < n; i++) {
		int64_t t = (int64_t)(5 + NEXT() % 96) * MS;
		int64_t c4 = (int64_t)(NEXT() % (uint64_t)(t / 5 / US) + 100) * US;
		uint32_t sms[MAXP + 1] = {0};
		int64_t c[MAXP];
		uint32_t k = 0;
		for (uint32_t q = 0; q < 4; q++) {
			if (q && NEXT() % 5 == 0)
				continue; /* this size was not measured */
			sms[k] = 4 * (q + 1);
			c[k++] = (int64_t)((double)c4 * f[q]);
		}
		add(s, t, sms, c);
		s->m[i].task.deadline_ns = t - (int64_t)(NEXT() % 3) * t / 10;
	}
#undef NEXT
}

static void test_recheck_random(void **state)
{
	(void)state;
	static const aegis_analysis_kind kinds[] = {AEGIS_AN_FP_NP, AEGIS_AN_EDF_NP,
						    AEGIS_AN_FP_P, AEGIS_AN_EDF_P};
	uint32_t all = 0;
	for (uint64_t seed = 1; seed <= 12; seed++)
		for (size_t k = 0; k < 4; k++) {
			struct set s = {0};
			random_set(&s, 6 + (uint32_t)(seed % 4) * 5, seed);
			aegis_plan_options o = opts(kinds[k]);
			static const aegis_plan_objective objs[] = {
				AEGIS_PLAN_SLACK_RATIO, AEGIS_PLAN_SLACK_NS, AEGIS_PLAN_BUSY_PERIOD,
				AEGIS_PLAN_BURST};
			o.objective = objs[(seed + k) % 4];
			aegis_plan_result r;
			aegis_plan_assignment a[MAXN];
			assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev16, &o, &r, a), AEGIS_OK);
			recheck(&s, &r, a);
			all += r.all_admitted;
			assert_true(r.evaluations > 0);
			assert_true(r.layouts_searched + r.layouts_pruned <= r.layouts_total);
		}
	assert_true(all > 0);
}

static void same(const aegis_plan_result *x, const aegis_plan_assignment *a,
		 const aegis_plan_result *y, const aegis_plan_assignment *b, uint32_t n)
{
	assert_int_equal(x->n_lanes, y->n_lanes);
	for (uint32_t l = 0; l < x->n_lanes; l++)
		assert_int_equal(x->lane_sms[l], y->lane_sms[l]);
	assert_int_equal(x->admitted, y->admitted);
	assert_int_equal(x->evaluations, y->evaluations);
	assert_true(x->objective == y->objective);
	for (uint32_t i = 0; i < n; i++) {
		assert_int_equal(a[i].lane, b[i].lane);
		assert_int_equal(a[i].prio, b[i].prio);
		assert_int_equal(a[i].wcet_ns, b[i].wcet_ns);
		assert_int_equal(a[i].evidence.slack_ns, b[i].evidence.slack_ns);
	}
}

static void test_deterministic(void **state)
{
	(void)state;
	struct set s = {0};
	random_set(&s, 24, 7);
	aegis_plan_options o = opts(AEGIS_AN_FP_NP);
	aegis_plan_result r1, r2;
	aegis_plan_assignment a1[MAXN], a2[MAXN];
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev16, &o, &r1, a1), AEGIS_OK);
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev16, &o, &r2, a2), AEGIS_OK);
	same(&r1, a1, &r2, a2, s.n);
}

/* The search stops at max_evaluations, says so, and what it returns still passes. */
static void test_budget(void **state)
{
	(void)state;
	struct set s = {0};
	random_set(&s, 30, 3);
	for (uint64_t budget = 1; budget <= 400; budget *= 7) {
		aegis_plan_options o = opts(AEGIS_AN_EDF_NP);
		o.max_evaluations = budget;
		aegis_plan_result r;
		aegis_plan_assignment a[MAXN];
		assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev16, &o, &r, a), AEGIS_OK);
		assert_true(r.evaluations <= budget);
		assert_true(r.budget_hit);
		recheck(&s, &r, a);
	}
	/* a layout cap is reported as a budget too */
	aegis_plan_options o = opts(AEGIS_AN_EDF_NP);
	o.max_layouts = 2;
	aegis_plan_result r;
	aegis_plan_assignment a[MAXN];
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev16, &o, &r, a), AEGIS_OK);
	assert_true(r.layouts_truncated && r.budget_hit);
	assert_int_equal(r.layouts_total, 2);
	recheck(&s, &r, a);
}

/* One lane: the FP priorities maximise the smallest slack ratio over every order
 * (checked against all n! orders). */
static void permute(aegis_task *t, uint32_t n, uint32_t k, double *best)
{
	if (k == n) {
		aegis_analysis_result r;
		aegis_task_result per[8];
		assert_int_equal(aegis_analyse(AEGIS_AN_FP_NP, t, n, &r, per), AEGIS_OK);
		if (!r.schedulable)
			return;
		double v = 1e300;
		for (uint32_t i = 0; i < n; i++) {
			double x = (double)per[i].slack_ns / (double)t[i].deadline_ns;
			v = x < v ? x : v;
		}
		*best = v > *best ? v : *best;
		return;
	}
	for (uint32_t i = k; i < n; i++) {
		int64_t p = t[k].prio;
		t[k].prio = t[i].prio;
		t[i].prio = p;
		permute(t, n, k + 1, best);
		t[i].prio = t[k].prio;
		t[k].prio = p;
	}
}

static void test_priorities_best_order(void **state)
{
	(void)state;
	aegis_plan_device one = {.total_sms = 4, .granularity_sms = 4};
	uint32_t checked = 0;
	for (uint64_t seed = 1; seed <= 60; seed++) {
		struct set s = {0};
		uint32_t n = 3 + (uint32_t)(seed % 3);
		random_set(&s, n, seed * 31);
		for (uint32_t i = 0; i < n; i++) /* heavier jobs: orders matter */
			s.pt[i][0].wcet_ns *= 2;
		aegis_plan_options o = opts(AEGIS_AN_FP_NP);
		aegis_plan_result r;
		aegis_plan_assignment a[MAXN];
		assert_int_equal(aegis_plan_lanes(s.m, s.n, &one, &o, &r, a), AEGIS_OK);
		aegis_task t[8];
		for (uint32_t i = 0; i < n; i++) {
			t[i] = s.m[i].task;
			t[i].wcet_ns = s.pt[i][0].wcet_ns;
			t[i].prio = i;
		}
		double best = -1e300;
		permute(t, n, 0, &best);
		if (!r.all_admitted) {
			assert_true(best == -1e300);
			continue;
		}
		recheck(&s, &r, a);
		assert_true(r.objective == best);
		checked++;
	}
	assert_true(checked > 10);
}

/* Preemption points: a long job in four segments blocks a 3 ms deadline without
 * them, not with them; try_points chooses edf-lp. */
static void test_try_points(void **state)
{
	(void)state;
	struct set s = {0};
	uint32_t four[] = {4, 0};
	add(&s, 3 * MS, four, (int64_t[]){1 * MS});
	uint32_t lng = add(&s, 100 * MS, four, (int64_t[]){8 * MS});
	static const int64_t seg[] = {1, 1, 1, 1};
	s.m[lng].task.n_segments = 4;
	s.m[lng].task.segment_ns = seg;
	aegis_plan_device one = {.total_sms = 4, .granularity_sms = 4};
	aegis_plan_options o = opts(AEGIS_AN_EDF_NP);
	aegis_plan_result r;
	aegis_plan_assignment a[MAXN];
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &one, &o, &r, a), AEGIS_OK);
	assert_int_equal(r.admitted, 1);
	o.try_points = true;
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &one, &o, &r, a), AEGIS_OK);
	assert_true(r.all_admitted);
	assert_int_equal(r.kind, AEGIS_AN_EDF_LP);
	/* blocking by a 2 ms region less a tick: 3 ms - (1 ms + 2 ms - 1) */
	assert_int_equal(a[0].evidence.slack_ns, 1);
}

/* Interference inflates C only where other lanes run beside it. */
static void test_interference(void **state)
{
	(void)state;
	struct set s = {0};
	uint32_t four[] = {4, 0};
	add(&s, 10 * MS, four, (int64_t[]){4 * MS});
	s.pt[0][0].interference = 1.5;
	aegis_plan_options o = opts(AEGIS_AN_FP_NP);
	aegis_plan_result r;
	aegis_plan_assignment a[MAXN];
	aegis_plan_device one = {.total_sms = 4};
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &one, &o, &r, a), AEGIS_OK);
	assert_int_equal(a[0].wcet_ns, 4 * MS);
	add(&s, 10 * MS, four, (int64_t[]){4 * MS});
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev8x4, &o, &r, a), AEGIS_OK);
	/* together on one lane (4 + 4 ms, 4 - 1 blocking: 8 ms) or apart with 6 ms each:
	 * apart wins (slack 4 ms each against 2 ms) */
	assert_int_equal(r.n_lanes, 2);
	assert_int_equal(a[0].wcet_ns, 6 * MS);
	assert_int_equal(r.min_slack_ns, 4 * MS);
}

/* Pooling: four models that each scale 4 ms on 4 SMs -> 1.2 ms on 16. Apart on four
 * 4-SM lanes each has slack 6 ms (0.6 of its 10 ms deadline); together on one 16-SM
 * lane, edf-np, the demand at t = 10 ms is 4 x 1.2 ms and nothing blocks (no deadline
 * is later): slack 5.2 ms (0.52). A tolerance of 0.1 takes the one lane, 0.05 keeps
 * four. */
static void test_pool_tolerance(void **state)
{
	(void)state;
	struct set s = {0};
	uint32_t sizes[] = {4, 16, 0};
	for (int k = 0; k < 4; k++)
		add(&s, 10 * MS, sizes, (int64_t[]){4 * MS, 1200 * US});
	aegis_plan_device dev = {.total_sms = 16};
	aegis_plan_options o = opts(AEGIS_AN_EDF_NP);
	aegis_plan_result r;
	aegis_plan_assignment a[MAXN];
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev, &o, &r, a), AEGIS_OK);
	assert_int_equal(r.n_lanes, 4);
	assert_true(r.min_slack_ratio > 0.59 && r.min_slack_ratio < 0.61);
	o.pool_tolerance = 0.05;
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev, &o, &r, a), AEGIS_OK);
	assert_int_equal(r.n_lanes, 4);
	o.pool_tolerance = 0.1;
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev, &o, &r, a), AEGIS_OK);
	assert_int_equal(r.n_lanes, 1);
	assert_int_equal(r.lane_sms[0], 16);
	assert_true(r.all_admitted && r.min_slack_ratio > 0.519 && r.min_slack_ratio < 0.521);
	recheck(&s, &r, a);
	o.pool_tolerance = -0.1;
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev, &o, &r, a), AEGIS_E_INVAL);
	/* the busy period, tolerance in ns: apart each lane's L is 4 ms, together 4 x 1.2
	 * = 4.8 ms (ceil(4.8 / 10) one job each); 0.5 ms keeps four lanes, 1 ms pools */
	o.objective = AEGIS_PLAN_BUSY_PERIOD;
	o.pool_tolerance = 0;
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev, &o, &r, a), AEGIS_OK);
	assert_int_equal(r.n_lanes, 4);
	assert_true(r.objective == (double)(4 * MS));
	o.pool_tolerance = 0.5 * MS;
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev, &o, &r, a), AEGIS_OK);
	assert_int_equal(r.n_lanes, 4);
	o.pool_tolerance = 1.0 * MS;
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev, &o, &r, a), AEGIS_OK);
	assert_int_equal(r.n_lanes, 1);
	assert_true(r.objective == (double)(4800 * US));
	recheck(&s, &r, a);
}

/* The busy-period objective against the slack one, on two lanes of 4 SMs: A (T = D =
 * 20 ms, C = 1 ms) and B, C, D (T = D = 100 ms, C = 10 ms). Slack ratio: A alone (slack
 * 19/20 = 0.95) beside B, C, D (demand 30 ms at t = 100 ms, under fp-np the lowest
 * responds at 30 ms: 0.7), lanes [0.7, 0.95]; A beside a 10 ms job waits 10 ms - 1 ns
 * for it (slack 9 ms + 1 ns, 0.45), lanes [0.45, 0.8]: worse. Busy period (the least
 * fixed point of L = sum ceil(L / T_i) C_i): A alone 1 ms, B + C + D 30 ms; A with one
 * 10 ms job: from 11 ms, ceil(11/20) 1 + ceil(11/100) 10 = 11 ms, and the other two
 * 20 ms: longest 20 ms against 30 ms. A + two of them: from 21 ms, 2 x 1 + 20 = 22 ms:
 * worse. So slack keeps A alone (longest busy period 30 ms), busy pairs it (20 ms). */
static void test_busy_vs_slack(void **state)
{
	(void)state;
	static const aegis_analysis_kind kinds[] = {AEGIS_AN_FP_NP, AEGIS_AN_EDF_NP};
	for (size_t k = 0; k < 2; k++) {
		struct set s = {0};
		uint32_t four[] = {4, 0};
		uint32_t a_ = add(&s, 20 * MS, four, (int64_t[]){1 * MS});
		for (int q = 0; q < 3; q++)
			add(&s, 100 * MS, four, (int64_t[]){10 * MS});
		aegis_plan_options o = opts(kinds[k]);
		aegis_plan_result r;
		aegis_plan_assignment a[MAXN];
		assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev8x4, &o, &r, a), AEGIS_OK);
		assert_true(r.all_admitted);
		assert_int_equal(r.n_lanes, 2);
		for (uint32_t i = 1; i < 4; i++)
			assert_true(a[i].lane != a[a_].lane);
		assert_true(r.min_slack_ratio > 0.6999 && r.min_slack_ratio < 0.7001);
		assert_true(r.objective == r.min_slack_ratio);
		recheck(&s, &r, a);

		o.objective = AEGIS_PLAN_BUSY_PERIOD;
		assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev8x4, &o, &r, a), AEGIS_OK);
		assert_true(r.all_admitted);
		assert_int_equal(r.n_lanes, 2);
		uint32_t with_a = 0;
		for (uint32_t i = 1; i < 4; i++)
			with_a += a[i].lane == a[a_].lane;
		assert_int_equal(with_a, 1);
		assert_true(r.objective == (double)(20 * MS));
		/* the slack figures are still the plan's: A waits 10 ms - 1 ns behind its
		 * partner, slack 20 - 1 - (10 - 1 ns) = 9 ms + 1 ns */
		assert_int_equal(r.min_slack_ns, 9 * MS + 1);
		assert_int_equal(a[a_].evidence.slack_ns, 9 * MS + 1);
		recheck(&s, &r, a);
	}
}

/* The reported busy period, with release jitter, on one lane: X (T = D = 10 ms, J = 5
 * ms, C = 1 ms) and Y, Z, W (T = D = 100 ms, C = 2 ms). From sum C = 7 ms: X's term
 * ceil((7 + 5) / 10) = 2 jobs, so 2 + 6 = 8 ms; ceil((8 + 5) / 10) = 2 again: L = 8 ms
 * (7 ms without jitter). No blocking term: under edf-np, aegis_analyse's busy period
 * adds the largest blocking, 2 ms - 1 ns (from 9 ms - 1 ns: 2 x 1 + 6 + 2 ms - 1 ns =
 * 10 ms - 1 ns), the window its sweep covers; under fp-np the lowest level's is 8 ms,
 * nothing below it to block. Every fp response is within J + L. */
static void test_busy_objective_value(void **state)
{
	(void)state;
	static const aegis_analysis_kind kinds[] = {AEGIS_AN_FP_NP, AEGIS_AN_EDF_NP,
						    AEGIS_AN_FP_P, AEGIS_AN_EDF_P};
	aegis_plan_device one = {.total_sms = 4, .granularity_sms = 4};
	for (size_t k = 0; k < 4; k++) {
		struct set s = {0};
		uint32_t four[] = {4, 0};
		uint32_t x = add(&s, 10 * MS, four, (int64_t[]){1 * MS});
		s.m[x].task.jitter_ns = 5 * MS;
		for (int q = 0; q < 3; q++)
			add(&s, 100 * MS, four, (int64_t[]){2 * MS});
		aegis_plan_options o = opts(kinds[k]);
		o.objective = AEGIS_PLAN_BUSY_PERIOD;
		aegis_plan_result r;
		aegis_plan_assignment a[MAXN];
		assert_int_equal(aegis_plan_lanes(s.m, s.n, &one, &o, &r, a), AEGIS_OK);
		assert_true(r.all_admitted);
		assert_true(r.objective == (double)(8 * MS));
		recheck(&s, &r, a);
		aegis_task t[MAXN];
		for (uint32_t i = 0; i < s.n; i++) {
			t[i] = s.m[i].task;
			t[i].wcet_ns = a[i].wcet_ns;
			t[i].prio = a[i].prio;
		}
		aegis_analysis_result ar;
		assert_int_equal(aegis_analyse(kinds[k], t, s.n, &ar, NULL), AEGIS_OK);
		if (kinds[k] == AEGIS_AN_EDF_NP)
			assert_int_equal(ar.busy_period_ns, 10 * MS - 1);
		if (kinds[k] == AEGIS_AN_FP_NP)
			for (uint32_t i = 0; i < s.n; i++) {
				if (a[i].prio == (int64_t)s.n - 1) /* the lowest level */
					assert_int_equal(a[i].evidence.busy_period_ns, 8 * MS);
				assert_true(a[i].evidence.bound_ns <=
					    s.m[i].task.jitter_ns + 8 * MS);
			}
	}
	/* load exactly 1 with jitter (edf-p: 5 ms + 5 ms every 10 ms, J = 1 ms): the set
	 * passes, but L = ceil((L + 1) / 10) 5 + ceil(L / 10) 5 has no fixed point */
	struct set s = {0};
	uint32_t four[] = {4, 0};
	add(&s, 10 * MS, four, (int64_t[]){5 * MS});
	add(&s, 10 * MS, four, (int64_t[]){5 * MS});
	s.m[0].task.jitter_ns = 1 * MS;
	aegis_plan_options o = opts(AEGIS_AN_EDF_P);
	o.objective = AEGIS_PLAN_BUSY_PERIOD;
	aegis_plan_result r;
	aegis_plan_assignment a[MAXN];
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &one, &o, &r, a), AEGIS_OK);
	assert_true(r.all_admitted);
	assert_true(isinf(r.objective) && r.objective > 0);
	assert_string_equal(aegis_plan_objective_name(AEGIS_PLAN_BUSY_PERIOD), "busy");
}

/* The burst objective against the busy period, under edf-p on two lanes of 4 SMs: X
 * (T = D = 10 ms, C = 2 ms, J = 8 ms) and Y, Z (T = D = 100 ms, C = 4 ms). X beside Y:
 * with jitter, from 6 ms, ceil((6 + 8) / 10) = 2 jobs of X: L = 2 x 2 + 4 = 8 ms; Z alone
 * 4 ms. X alone: 2 ms (ceil((2 + 8) / 10) = 1), Y + Z 8 ms. Busy: both 8 ms, then the
 * next lane 2 < 4 ms: X alone. Burst (no jitter): X beside Y 6 ms (one job of X), Z 4 ms,
 * against Y + Z 8 ms: X beside one of them, 6 ms. Both plans pass the test with J. */
static void test_burst_vs_busy(void **state)
{
	(void)state;
	struct set s = {0};
	uint32_t four[] = {4, 0};
	uint32_t x = add(&s, 10 * MS, four, (int64_t[]){2 * MS});
	s.m[x].task.jitter_ns = 8 * MS;
	add(&s, 100 * MS, four, (int64_t[]){4 * MS});
	add(&s, 100 * MS, four, (int64_t[]){4 * MS});
	aegis_plan_options o = opts(AEGIS_AN_EDF_P);
	aegis_plan_result r;
	aegis_plan_assignment a[MAXN];
	o.objective = AEGIS_PLAN_BUSY_PERIOD;
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev8x4, &o, &r, a), AEGIS_OK);
	assert_true(r.all_admitted);
	assert_int_equal(r.n_lanes, 2);
	assert_true(a[1].lane == a[2].lane && a[1].lane != a[x].lane);
	assert_true(r.objective == (double)(8 * MS));
	recheck(&s, &r, a);

	o.objective = AEGIS_PLAN_BURST;
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev8x4, &o, &r, a), AEGIS_OK);
	assert_true(r.all_admitted);
	assert_int_equal(r.n_lanes, 2);
	assert_true(a[1].lane != a[2].lane);
	assert_true(a[x].lane == a[1].lane || a[x].lane == a[2].lane);
	assert_true(r.objective == (double)(6 * MS));
	recheck(&s, &r, a);
	assert_string_equal(aegis_plan_objective_name(AEGIS_PLAN_BURST), "burst");

	/* load exactly 1 with jitter, which has no busy period (above): its burst is
	 * bounded, 5 + 5 ms from a synchronous release */
	struct set u = {0};
	add(&u, 10 * MS, four, (int64_t[]){5 * MS});
	add(&u, 10 * MS, four, (int64_t[]){5 * MS});
	u.m[0].task.jitter_ns = 1 * MS;
	aegis_plan_device one = {.total_sms = 4, .granularity_sms = 4};
	assert_int_equal(aegis_plan_lanes(u.m, u.n, &one, &o, &r, a), AEGIS_OK);
	assert_true(r.all_admitted);
	assert_true(r.objective == (double)(10 * MS));
}

/* Many SMs, few models: every lane of the plan holds a model (a lane left empty is
 * dropped, its SMs unused), and the plan still passes. */
static void test_no_empty_lanes(void **state)
{
	(void)state;
	struct set s = {0};
	uint32_t eight[] = {8, 0};
	for (int k = 0; k < 3; k++)
		add(&s, 5 * MS, eight, (int64_t[]){1 * MS});
	aegis_plan_device dev = {.total_sms = 132, .granularity_sms = 8, .min_sms = 8};
	aegis_plan_options o = opts(AEGIS_AN_FP_NP);
	aegis_plan_result r;
	aegis_plan_assignment a[MAXN];
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev, &o, &r, a), AEGIS_OK);
	assert_true(r.all_admitted);
	assert_true(r.n_lanes >= 1 && r.n_lanes <= 3);
	for (uint32_t l = 0; l < r.n_lanes; l++) {
		uint32_t on = 0;
		for (uint32_t i = 0; i < s.n; i++)
			on += a[i].lane == (int32_t)l;
		assert_true(on > 0);
	}
	recheck(&s, &r, a);
}

static void test_bad_input(void **state)
{
	(void)state;
	struct set s = {0};
	uint32_t four[] = {4, 0};
	add(&s, 10 * MS, four, (int64_t[]){1 * MS});
	aegis_plan_options o = opts(AEGIS_AN_FP_NP);
	aegis_plan_result r;
	aegis_plan_assignment a[MAXN];
	assert_int_equal(aegis_plan_lanes(s.m, s.n, NULL, &o, &r, a), AEGIS_E_INVAL);
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev16, NULL, &r, a), AEGIS_E_INVAL);
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev16, &o, NULL, a), AEGIS_E_INVAL);
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev16, &o, &r, NULL), AEGIS_E_INVAL);
	aegis_plan_device d = {.total_sms = 0};
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &d, &o, &r, a), AEGIS_E_INVAL);
	d = (aegis_plan_device){.total_sms = 16, .granularity_sms = 4, .min_sms = 6};
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &d, &o, &r, a), AEGIS_E_INVAL);
	s.pt[0][0].interference = 0.5;
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev16, &o, &r, a), AEGIS_E_INVAL);
	s.pt[0][0].interference = 0;
	s.m[0].task.deadline_ns = 20 * MS; /* D > T */
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev16, &o, &r, a), AEGIS_E_INVAL);
	s.m[0].task.deadline_ns = 10 * MS;
	s.m[0].n_curve = 0;
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev16, &o, &r, a), AEGIS_E_INVAL);
	s.m[0].n_curve = 1;
	o.objective = (aegis_plan_objective)7;
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev16, &o, &r, a), AEGIS_E_INVAL);
	/* nothing to plan, and no size that fits the device: not errors */
	o.objective = AEGIS_PLAN_SLACK_RATIO;
	assert_int_equal(aegis_plan_lanes(NULL, 0, &dev16, &o, &r, NULL), AEGIS_OK);
	assert_true(r.all_admitted);
	d = (aegis_plan_device){.total_sms = 2};
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &d, &o, &r, a), AEGIS_OK);
	assert_int_equal(r.admitted, 0);
	assert_int_equal(a[0].lane, -1);
}

/* Host stalls as a curve (options.host_stall): each lane is charged its own g. One lane
 * of 4 SMs; A: C 2 ms, T = D = 10 ms; B: C 3 ms, T = D = 20 ms; the curve {5 ms: 0.5 ms},
 * {50 ms: 1 ms}, {1 s: 100 ms}. As one flat figure for the longest window (1 s: 100 ms)
 * the stall would reach both periods. With the curve, under fp-np: g = 0, the
 * full busy period L = 2 + 3 = 5 ms, S(5 ms) = 0.5 ms; g = 0.5: L = 5 ms (ceil(5.5 /
 * 10) = 1 job of A), S(5.5 ms) = 1 ms; g = 1: L = 5 ms, S(6 ms) = 1 ms: the fixed point,
 * g = 1 ms. Then B (lowest) responds at J + L = 1 + 5 = 6 ms. Under edf-np the charge is
 * admission's own (aegis_lane_analyse_stalled on the plan), 1 ms here too. A curve that loses all of
 * every window leaves no fixed point below the periods: nothing is placed. */
static void test_stall_curve(void **state)
{
	(void)state;
	static const aegis_stall_point curve[] = {
		{5 * MS, 500 * US}, {50 * MS, 1 * MS}, {1000 * MS, 100 * MS}};
	static const aegis_stall_point flat[] = {{1000 * MS, 100 * MS}};
	static const aegis_stall_point all[] = {{1 * MS, 1 * MS}};
	static const aegis_plan_device dev4 = {.total_sms = 4, .granularity_sms = 4};
	static const aegis_analysis_kind kinds[] = {AEGIS_AN_FP_NP, AEGIS_AN_EDF_NP};
	for (size_t k = 0; k < 2; k++) {
		struct set s = {0};
		uint32_t four[] = {4, 0};
		add(&s, 10 * MS, four, (int64_t[]){2 * MS});
		uint32_t b = add(&s, 20 * MS, four, (int64_t[]){3 * MS});
		aegis_plan_options o = opts(kinds[k]);
		o.host_stall = curve;
		o.n_host_stall = 3;
		aegis_plan_result r;
		aegis_plan_assignment a[MAXN];
		assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev4, &o, &r, a), AEGIS_OK);
		assert_true(r.all_admitted);
		assert_int_equal(r.n_lanes, 1);
		/* the evidence is admission's stalled analysis of the plan */
		aegis_task t[2];
		int32_t lanes[2] = {0, 0};
		for (uint32_t i = 0; i < 2; i++) {
			t[i] = s.m[i].task;
			t[i].wcet_ns = a[i].wcet_ns;
			t[i].prio = a[i].prio;
		}
		aegis_analysis_result ar;
		aegis_task_result tr[2];
		aegis_stall_charge ch;
		assert_int_equal(aegis_lane_analyse_stalled(kinds[k], t, lanes, 2, 0, NULL, curve, 3,
							    &ar, tr, NULL, &ch),
				 AEGIS_OK);
		assert_true(ar.schedulable);
		assert_int_equal(r.lane_stall_ns[0], ch.stall_ns);
		if (kinds[k] == AEGIS_AN_FP_NP) {
			assert_int_equal(r.lane_stall_ns[0], 1 * MS);
			assert_int_equal(a[b].evidence.bound_ns, 6 * MS);
			assert_int_equal(a[b].evidence.slack_ns, tr[b].slack_ns);
		} else {
			/* B's first check point D - J = 19 ms lies beyond the busy period: the
			 * planner's slack there, 19 - (2 x 2 + 3) = 12 ms (g = 1 ms here too) */
			assert_int_equal(r.lane_stall_ns[0], 1 * MS);
			assert_int_equal(a[b].evidence.slack_ns, 12 * MS);
		}
		/* only the 1 s point: any window up to 100 ms may be lost whole (S(w) =
		 * min(w, 100 ms)), so g grows past the periods */
		o.host_stall = flat;
		o.n_host_stall = 1;
		assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev4, &o, &r, a), AEGIS_OK);
		assert_int_equal(r.admitted, 0);
		/* a host that loses every window: no g below the periods */
		o.host_stall = all;
		assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev4, &o, &r, a), AEGIS_OK);
		assert_int_equal(r.admitted, 0);
		/* a curve that fails aegis_stall_curve_check */
		static const aegis_stall_point bad[] = {{5 * MS, 6 * MS}};
		o.host_stall = bad;
		assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev4, &o, &r, a), AEGIS_E_INVAL);
	}
}

/* EDF's slack at a first check point beyond the busy period, with times near the
 * clock's range: A (C 1, T = D 9e18) and B (C 1, T = D 9e18, J 1e18) on one lane. At
 * A's point t = 9e18 the demand is one job of each (B's: t - (D - J) = 1e18 >= 0), so
 * its slack is 9e18 - 2; at B's, t = 8e18, only B's own job: 8e18 - 1. (t + J_B passes
 * INT64_MAX: the slack was a signed overflow.) */
static void test_first_slack_near_range(void **state)
{
	(void)state;
	struct set s = {0};
	uint32_t four[] = {4, 0};
	uint32_t a_ = add(&s, 9000000000000000000, four, (int64_t[]){1});
	uint32_t b = add(&s, 9000000000000000000, four, (int64_t[]){1});
	s.m[b].task.jitter_ns = 1000000000000000000;
	static const aegis_plan_device dev4 = {.total_sms = 4, .granularity_sms = 4};
	aegis_plan_options o = opts(AEGIS_AN_EDF_NP);
	aegis_plan_result r;
	aegis_plan_assignment a[MAXN];
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev4, &o, &r, a), AEGIS_OK);
	assert_true(r.all_admitted);
	assert_int_equal(a[a_].evidence.slack_ns, 9000000000000000000 - 2);
	assert_int_equal(a[b].evidence.slack_ns, 8000000000000000000 - 1);
}


/* Shared lanes: two models (T = D = 10 ms) that take 6 ms alone on 16 SMs, 11 ms on 8,
 * and 7 ms as one of 2 lanes sharing the 16 SMs (measured beside the other: its
 * interference factor, 2, is not charged again). Isolated, one fits at most (one 16-SM
 * lane: demand 12 ms at t = 10 ms; 8-SM lanes: 11 ms > D). Shared, each on its own lane:
 * both, slack 3 ms. Alone, a model keeps the 16-SM lane (slack 4 ms). */
static void test_shared_layout(void **state)
{
	(void)state;
	struct set s = {0};
	uint32_t sizes[] = {8, 16, 16, 0};
	for (int k = 0; k < 2; k++) {
		add(&s, 10 * MS, sizes, (int64_t[]){11 * MS, 6 * MS, 7 * MS});
		s.pt[k][2].shared = 2;
		s.pt[k][2].interference = 2.0;
	}
	aegis_plan_options o = opts(AEGIS_AN_EDF_NP);
	aegis_plan_result r;
	aegis_plan_assignment a[MAXN];
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev16, &o, &r, a), AEGIS_OK);
	assert_true(r.all_admitted);
	assert_int_equal(r.shared, 2);
	assert_int_equal(r.n_lanes, 2);
	assert_int_equal(r.lane_sms[0], 16);
	assert_int_equal(r.lane_sms[1], 16);
	assert_int_not_equal(a[0].lane, a[1].lane);
	assert_int_equal(a[0].wcet_ns, 7 * MS);
	assert_int_equal(a[1].wcet_ns, 7 * MS);
	assert_int_equal(r.min_slack_ns, 3 * MS);
	recheck(&s, &r, a);
	/* the same without the shared points: one model on one 16-SM lane */
	aegis_plan_model iso[2] = {s.m[0], s.m[1]};
	iso[0].n_curve = iso[1].n_curve = 2;
	assert_int_equal(aegis_plan_lanes(iso, 2, &dev16, &o, &r, a), AEGIS_OK);
	assert_int_equal(r.shared, 0);
	assert_int_equal(r.admitted, 1);
	/* one model: alone on 16 SMs beats sharing them */
	assert_int_equal(aegis_plan_lanes(s.m, 1, &dev16, &o, &r, a), AEGIS_OK);
	assert_int_equal(r.shared, 0);
	assert_int_equal(r.n_lanes, 1);
	assert_int_equal(a[0].wcet_ns, 6 * MS);
	/* a shared layout keeps its empty lanes (times measured with every lane busy):
	 * sharing by 3 only, one model */
	s.pt[0][2].shared = 3;
	aegis_plan_model one = s.m[0];
	one.curve = &s.pt[0][2];
	one.n_curve = 1;
	assert_int_equal(aegis_plan_lanes(&one, 1, &dev16, &o, &r, a), AEGIS_OK);
	assert_int_equal(r.shared, 3);
	assert_int_equal(r.n_lanes, 3);
	assert_int_equal(a[0].wcet_ns, 7 * MS);
	/* more lanes sharing a partition than a plan may have */
	s.pt[0][2].shared = AEGIS_PLAN_MAX_LANES + 1;
	assert_int_equal(aegis_plan_lanes(s.m, s.n, &dev16, &o, &r, a), AEGIS_E_INVAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_long_job_isolated),
		cmocka_unit_test(test_unequal_lanes),
		cmocka_unit_test(test_recheck_random),
		cmocka_unit_test(test_deterministic),
		cmocka_unit_test(test_budget),
		cmocka_unit_test(test_priorities_best_order),
		cmocka_unit_test(test_try_points),
		cmocka_unit_test(test_interference),
		cmocka_unit_test(test_no_empty_lanes),
		cmocka_unit_test(test_pool_tolerance),
		cmocka_unit_test(test_busy_vs_slack),
		cmocka_unit_test(test_busy_objective_value),
		cmocka_unit_test(test_burst_vs_busy),
		cmocka_unit_test(test_stall_curve),
		cmocka_unit_test(test_first_slack_near_range),
		cmocka_unit_test(test_shared_layout),
		cmocka_unit_test(test_bad_input),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
