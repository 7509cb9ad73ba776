/* The fault drill of issue 7 on examples/edge-24.yaml, in the simulator, under FP and
 * EDF: traffic_sign overruns by 3x (every job; admitted with an overrun budget of
 * 2 x its WCET), dms_gaze fails 10% of its jobs, lane_detect's memory binding fails
 * for 20% of its jobs. Asserted: every job of the 21 other models ends OK within its
 * analysed bound (FP: the response-time bound of its lane's analysis; EDF: its
 * deadline); the faulty models' health follows the state machine, checked against an
 * independent oracle fed with the same faults; every model's jobs add up. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "aegis/aegis.h"
#include "runtime/runtime_internal.h"

#define MS AEGIS_NS_PER_MS
#define RUN_NS (20 * AEGIS_NS_PER_S)
#define MAX_EV 400000
#define MAX_DONE 40000

struct obs {
	aegis_trace_event *ev;
	size_t n_ev;
	aegis_completion *done;
	size_t n_done;
};

static void sink(void *user, const aegis_trace_event *ev, size_t n)
{
	struct obs *o = user;
	for (size_t i = 0; i < n; i++) {
		uint16_t k = ev[i].kind;
		if (k != AEGIS_EV_HEALTH && k != AEGIS_EV_FAULT && k != AEGIS_EV_COMPLETE)
			continue;
		assert_true(o->n_ev < MAX_EV);
		o->ev[o->n_ev++] = ev[i];
	}
}

static void on_done(void *user, const aegis_completion *c)
{
	struct obs *o = user;
	assert_true(o->n_done < MAX_DONE);
	o->done[o->n_done++] = *c;
}

static const char *const faulty[] = {"traffic_sign", "dms_gaze", "lane_detect"};

static bool is_faulty(const char *name)
{
	for (size_t i = 0; i < 3; i++)
		if (strcmp(name, faulty[i]) == 0)
			return true;
	return false;
}

/* The drill's settings for a model of edge-24 (none for the others). */
static void arm(aegis_model_config *m)
{
	if (strcmp(m->name, "traffic_sign") == 0) {
		const aegis_sim_config *sim = m->backend_config; /* a sim model of the workload */
		int64_t wcet = aegis_exec_model_wcet_ns(&sim->exec);
		m->faults.overrun_budget_ns = 2 * wcet; /* covers a 3x job */
		m->faults.quarantine_after = 3;
		m->faults.quarantine_ns = 500 * MS;
		m->faults.heal_after = 5;
		m->inject.slowdown = 3.0;
	} else if (strcmp(m->name, "dms_gaze") == 0) {
		m->inject.fail_probability = 0.10;
	} else if (strcmp(m->name, "lane_detect") == 0) {
		m->faults.quarantine_after = 4;
		m->faults.quarantine_ns = 300 * MS;
		m->inject.alloc_fail_probability = 0.20;
	}
}

/* The oracle: the state machine of aegis/fault.h written again from the drawing, fed
 * the model's FAULT events and clean completions in order; every HEALTH event must be
 * the transition it predicts, and it must predict no other. Returns transitions. */
static uint32_t check_health(const struct obs *o, uint32_t model, const aegis_fault_config *c)
{
	aegis_health st = AEGIS_HEALTH_HEALTHY;
	uint32_t faults = 0, clean = 0, moves = 0;
	uint32_t heal = c->heal_after ? c->heal_after : 10;
	bool overran = false; /* the current job overran: its OK end is not clean */
	for (size_t i = 0; i < o->n_ev; i++) {
		const aegis_trace_event *e = &o->ev[i];
		if (e->model != model)
			continue;
		aegis_health want = st;
		if (e->kind == AEGIS_EV_FAULT) {
			if (e->count == AEGIS_FAULT_OVERRUN)
				overran = true;
			if (st == AEGIS_HEALTH_QUARANTINED)
				continue;
			clean = 0;
			faults++;
			if (c->quarantine_after &&
			    (e->count == AEGIS_FAULT_BREACH || st == AEGIS_HEALTH_RECOVERING ||
			     faults >= c->quarantine_after))
				want = AEGIS_HEALTH_QUARANTINED;
			else
				want = AEGIS_HEALTH_DEGRADED;
		} else if (e->kind == AEGIS_EV_COMPLETE) {
			bool ok = e->status == AEGIS_OK && !overran;
			overran = false;
			if (!ok || st == AEGIS_HEALTH_HEALTHY || st == AEGIS_HEALTH_QUARANTINED)
				continue;
			if (++clean >= heal) {
				want = AEGIS_HEALTH_HEALTHY;
				faults = clean = 0;
			}
		} else { /* HEALTH with no cause event before it: only a quarantine's end */
			assert_int_equal(st, AEGIS_HEALTH_QUARANTINED);
			assert_int_equal(e->arg2, AEGIS_HEALTH_RECOVERING);
			assert_int_equal(e->status, AEGIS_E_QUARANTINED);
			st = AEGIS_HEALTH_RECOVERING;
			clean = 0;
			moves++;
			continue;
		}
		if (want == st)
			continue;
		/* the very next event of this model is the HEALTH event of the move */
		size_t k = i + 1;
		while (k < o->n_ev && o->ev[k].model != model)
			k++;
		assert_true(k < o->n_ev);
		const aegis_trace_event *h = &o->ev[k];
		if (h->kind != AEGIS_EV_HEALTH || h->arg != (int64_t)st || h->arg2 != (int64_t)want)
			fail_msg("model %u event %zu: expected %s -> %s, got kind %u (%lld -> %lld)",
				 model, k, aegis_health_name(st), aegis_health_name(want), h->kind,
				 (long long)h->arg, (long long)h->arg2);
		st = want;
		moves++;
		i = k; /* consumed */
	}
	return moves;
}

static void drill(aegis_policy policy)
{
	aegis_workload *w;
	char err[256];
	assert_int_equal(aegis_workload_load(AEGIS_EXAMPLES "/edge-24.yaml", &w, err, sizeof err),
			 AEGIS_OK);
	struct obs *o = calloc(1, sizeof *o);
	o->ev = malloc(MAX_EV * sizeof *o->ev);
	o->done = malloc(MAX_DONE * sizeof *o->done);
	assert_true(o && o->ev && o->done);
	aegis_runtime_config cfg = *aegis_workload_runtime(w);
	cfg.policy = policy;
	cfg.trace = (aegis_trace_sink){sink, o};
	aegis_runtime *rt;
	assert_int_equal(aegis_runtime_create(&cfg, &rt, err, sizeof err), AEGIS_OK);
	uint32_t n = aegis_workload_model_count(w);
	aegis_fault_config fc[32];
	for (uint32_t i = 0; i < n; i++) {
		aegis_model_config m = *aegis_workload_model(w, i);
		arm(&m);
		m.on_done = on_done;
		m.user = o;
		fc[i] = m.faults;
		if (aegis_model_admit(rt, &m, NULL) != AEGIS_OK)
			fail_msg("%s: %s", m.name, aegis_runtime_last_error(rt));
	}
	/* the bound of every model: its lane's analysis, overrun budgets included */
	int64_t bound[32];
	aegis_analysis_kind kind;
	assert_int_equal(aegis_policy_analysis(policy, cfg.preemption, &kind), AEGIS_OK);
	for (uint32_t lane = 0; lane < cfg.lanes; lane++) {
		aegis_task t[32];
		aegis_task_result r[32];
		uint32_t ids[32], k = 0;
		for (uint32_t i = 0; i < n; i++) {
			aegis_model_stats s;
			aegis_model_stats_get(rt, i, &s);
			if (s.lane == lane) {
				t[k] = *runtime_model_task(rt, i);
				ids[k++] = i;
			}
		}
		aegis_analysis_result res;
		assert_int_equal(aegis_analyse(kind, t, k, &res, r), AEGIS_OK);
		assert_true(res.schedulable);
		for (uint32_t j = 0; j < k; j++)
			bound[ids[j]] = kind == AEGIS_AN_FP_NP || kind == AEGIS_AN_FP_LP
						? r[j].bound_ns
						: t[j].deadline_ns;
	}
	assert_int_equal(aegis_runtime_run_for(rt, RUN_NS), AEGIS_OK);
	assert_int_equal(aegis_runtime_stop(rt), AEGIS_OK);

	size_t checked = 0;
	for (size_t i = 0; i < o->n_done; i++) {
		const aegis_completion *c = &o->done[i];
		if (is_faulty(aegis_model_name(rt, c->model)) || c->status == AEGIS_E_CANCELLED)
			continue;
		int64_t resp = c->finish_ns - c->arrival_ns;
		if (c->status != AEGIS_OK || c->missed || resp > bound[c->model])
			fail_msg("%s job %llu: status %s, response %lld ns, bound %lld ns",
				 aegis_model_name(rt, c->model), (unsigned long long)c->job,
				 aegis_status_name(c->status), (long long)resp,
				 (long long)bound[c->model]);
		checked++;
	}
	printf("  %s: %zu jobs of the 21 healthy models, each within its analysed bound\n",
	       aegis_policy_name(policy), checked);
	assert_true(checked > 8000);

	for (uint32_t i = 0; i < n; i++) {
		aegis_model_stats s;
		aegis_model_stats_get(rt, i, &s);
		uint64_t rejected = s.rejected_queue_full + s.rejected_interarrival + s.skipped +
				    s.rejected_quarantined;
		assert_int_equal(s.pending, 0);
		assert_int_equal(s.released, s.completed + rejected + s.failed + s.cancelled);
		const char *name = aegis_model_name(rt, i);
		if (!is_faulty(name)) {
			assert_int_equal(s.faults, 0);
			assert_int_equal(s.health, AEGIS_HEALTH_HEALTHY);
			continue;
		}
		uint32_t moves = check_health(o, i, &fc[i]);
		printf("  %-13s %-11s released %4llu completed %4llu failed %3llu overruns %4llu "
		       "quarantines %2llu rejected while quarantined %3llu; %u transitions\n",
		       name, aegis_health_name(s.health), (unsigned long long)s.released,
		       (unsigned long long)s.completed, (unsigned long long)s.failed,
		       (unsigned long long)s.overruns, (unsigned long long)s.quarantines,
		       (unsigned long long)s.rejected_quarantined, moves);
		if (strcmp(name, "traffic_sign") == 0) {
			/* every job that ran overran, none breached the budget; it cycles
			 * degraded -> quarantined -> recovering -> quarantined ... */
			assert_int_equal(s.overruns, s.completed);
			assert_int_equal(s.breaches, 0);
			assert_true(s.quarantines >= 10);
			assert_true(s.rejected_quarantined > 0);
		} else if (strcmp(name, "dms_gaze") == 0) {
			double ratio = (double)s.failed / (double)(s.completed + s.failed);
			assert_true(ratio > 0.07 && ratio < 0.13);
			assert_int_equal(s.quarantines, 0); /* quarantine_after 0: never */
			assert_true(moves >= 20);           /* degraded <-> healthy */
		} else {
			assert_true(s.failed > 0);
			assert_true(s.quarantines >= 1);
		}
	}
	aegis_runtime_destroy(rt);
	aegis_workload_destroy(w);
	free(o->ev);
	free(o->done);
	free(o);
}

static void test_drill_fp(void **state)
{
	(void)state;
	drill(AEGIS_POLICY_FP);
}

static void test_drill_edf(void **state)
{
	(void)state;
	drill(AEGIS_POLICY_EDF);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_drill_fp),
		cmocka_unit_test(test_drill_edf),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
