/* Scheduler behaviour on the simulated device, asserted on observed events: the
 * executed order, exact start/finish/miss times, rejections, and the end of every
 * request. Times are in whole milliseconds so that expected values are exact. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "aegis/aegis.h"
#include "test_models.h"

#define MS AEGIS_NS_PER_MS
#define US AEGIS_NS_PER_US
#define MAX_EVENTS 4096
#define MAX_DONE 1024

/* What a test observed: trace events and completions, in order. */
struct observed {
	aegis_trace_event ev[MAX_EVENTS];
	size_t n_ev;
	aegis_completion done[MAX_DONE];
	size_t n_done;
};

static void collect_events(void *user, const aegis_trace_event *ev, size_t n)
{
	struct observed *o = user;
	for (size_t i = 0; i < n && o->n_ev < MAX_EVENTS; i++)
		o->ev[o->n_ev++] = ev[i];
}

static void collect_done(void *user, const aegis_completion *c)
{
	struct observed *o = user;
	if (o->n_done < MAX_DONE)
		o->done[o->n_done++] = *c;
}

static aegis_runtime *make_rt(uint32_t lanes, aegis_policy policy, aegis_preemption pre,
			      aegis_priority_rule prio, struct observed *o)
{
	aegis_runtime_config cfg = {
		.lanes = lanes,
		.policy = policy,
		.preemption = pre,
		.priorities = prio,
		.seed = 1,
		.trace = {.fn = o ? collect_events : NULL, .user = o},
		/* these tests drive the dispatcher into overload on purpose */
		.admission = AEGIS_ADMIT_OFF,
	};
	aegis_runtime *rt = NULL;
	char err[256];
	assert_int_equal(aegis_runtime_create(&cfg, &rt, err, sizeof err), AEGIS_OK);
	return rt;
}

/* A model of fixed execution time c_ns on lane 0, its sim config in *sim. */
static aegis_model_config fixed_model_at(aegis_sim_config *sim, const char *name, int64_t c_ns,
					 int64_t t_ns)
{
	*sim = (aegis_sim_config){.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = c_ns}};
	return (aegis_model_config){
		.name = name,
		.period_ns = t_ns,
		.backend_config = sim,
		.lane = 0,
	};
}

/* The same, its sim config from the test program's pool (test_sim_of changes it). */
static aegis_model_config fixed_model(const char *name, int64_t c_ns, int64_t t_ns)
{
	return fixed_model_at(test_sim_config((aegis_sim_config){0}), name, c_ns, t_ns);
}

static aegis_model_id admit(aegis_runtime *rt, aegis_model_config cfg)
{
	aegis_model_id id;
	aegis_status st = aegis_model_admit(rt, &cfg, &id);
	if (st != AEGIS_OK)
		fail_msg("admit '%s': %s: %s", cfg.name, aegis_status_name(st),
			 aegis_runtime_last_error(rt));
	return id;
}

static const aegis_trace_event *first_event(const struct observed *o, aegis_event_kind kind,
					    uint32_t model)
{
	for (size_t i = 0; i < o->n_ev; i++)
		if (o->ev[i].kind == kind && o->ev[i].model == model)
			return &o->ev[i];
	return NULL;
}

static size_t count_events(const struct observed *o, aegis_event_kind kind, uint32_t model)
{
	size_t n = 0;
	for (size_t i = 0; i < o->n_ev; i++)
		n += o->ev[i].kind == kind && o->ev[i].model == model;
	return n;
}

static const aegis_completion *find_done(const struct observed *o, uint32_t model, uint64_t job)
{
	for (size_t i = 0; i < o->n_done; i++)
		if (o->done[i].model == model && o->done[i].job == job)
			return &o->done[i];
	return NULL;
}

/* Buttazzo, Hard Real-Time Computing Systems, the RM/EDF example: t1 = (C 2, T 5),
 * t2 = (C 4, T 7), U = 0.97. t2 is split into 1 ms segments, so with preemption at
 * segment boundaries the schedule is the fully preemptive one. RM misses t2's first
 * deadline at t = 7 (it still needs 1 ms, finishing at 8); EDF meets every deadline. */
static void run_buttazzo(aegis_policy policy, struct observed *o, aegis_runtime **out)
{
	aegis_runtime *rt = make_rt(1, policy, AEGIS_PREEMPT_POINTS, AEGIS_PRIO_RM, o);
	aegis_model_config t1 = fixed_model("t1", 2 * MS, 5 * MS);
	aegis_model_config t2 = fixed_model("t2", 4 * MS, 7 * MS);
	t1.on_done = t2.on_done = collect_done;
	t1.user = t2.user = o;
	test_sim_of(&t2)->n_segments = 4;
	admit(rt, t1);
	admit(rt, t2);
	assert_int_equal(aegis_runtime_run_for(rt, 35 * 10 * MS), AEGIS_OK);
	*out = rt;
}

static void test_fp_misses_where_edf_meets(void **state)
{
	(void)state;
	struct observed *o = calloc(1, sizeof *o);
	aegis_runtime *rt;
	run_buttazzo(AEGIS_POLICY_FP, o, &rt);

	const aegis_trace_event *miss = first_event(o, AEGIS_EV_MISS, 1);
	assert_non_null(miss);
	assert_int_equal(miss->t_ns, 7 * MS);
	assert_int_equal(miss->job, 0);
	assert_null(first_event(o, AEGIS_EV_MISS, 0)); /* t1 never misses under RM */
	const aegis_completion *c = find_done(o, 1, 0);
	assert_non_null(c);
	assert_int_equal(c->start_ns, 2 * MS);
	assert_int_equal(c->finish_ns, 8 * MS);
	assert_true(c->missed);
	aegis_model_stats s;
	aegis_model_stats_get(rt, 1, &s);
	assert_true(s.missed >= 1);
	aegis_runtime_destroy(rt);

	memset(o, 0, sizeof *o);
	run_buttazzo(AEGIS_POLICY_EDF, o, &rt);
	assert_int_equal(count_events(o, AEGIS_EV_MISS, 0) + count_events(o, AEGIS_EV_MISS, 1), 0);
	c = find_done(o, 1, 0);
	assert_int_equal(c->finish_ns, 6 * MS); /* t2 keeps the lane at t = 5: d2 = 7 < 10 */
	aegis_model_stats_get(rt, 0, &s);
	assert_int_equal(s.completed, 70);
	assert_int_equal(s.missed, 0);
	aegis_model_stats_get(rt, 1, &s);
	assert_int_equal(s.completed, 50);
	assert_int_equal(s.missed, 0);
	aegis_runtime_destroy(rt);
	free(o);
}

/* Non-preemptive blocking: the high-priority job released at 1 ms waits for the
 * low-priority job that started at 0 and runs until 5 ms. */
static void test_np_blocking(void **state)
{
	(void)state;
	struct observed o = {0};
	aegis_runtime *rt = make_rt(1, AEGIS_POLICY_FP, AEGIS_PREEMPT_NONE, AEGIS_PRIO_EXPLICIT,
				    &o);
	aegis_model_config lo = fixed_model("low", 5 * MS, 100 * MS);
	lo.priority = 1;
	aegis_model_config hi = fixed_model("high", 1 * MS, 100 * MS);
	hi.priority = 0;
	hi.offset_ns = 1 * MS;
	hi.on_done = lo.on_done = collect_done;
	hi.user = lo.user = &o;
	admit(rt, lo);
	aegis_model_id h = admit(rt, hi);
	assert_int_equal(aegis_runtime_run_for(rt, 50 * MS), AEGIS_OK);
	const aegis_completion *c = find_done(&o, h, 0);
	assert_non_null(c);
	assert_int_equal(c->release_ns, 1 * MS);
	assert_int_equal(c->start_ns - c->release_ns, 4 * MS); /* the observed blocking */
	assert_int_equal(c->finish_ns, 6 * MS);
	assert_false(c->missed);
	aegis_runtime_destroy(rt);
}

/* With preemption points the same high-priority job waits only for the rest of the
 * low-priority job's current 1 ms segment. */
static void test_preemption_points_bound_blocking(void **state)
{
	(void)state;
	struct observed o = {0};
	aegis_runtime *rt = make_rt(1, AEGIS_POLICY_FP, AEGIS_PREEMPT_POINTS,
				    AEGIS_PRIO_EXPLICIT, &o);
	aegis_model_config lo = fixed_model("low", 5 * MS, 100 * MS);
	lo.priority = 1;
	test_sim_of(&lo)->n_segments = 5;
	aegis_model_config hi = fixed_model("high", 1 * MS, 100 * MS);
	hi.offset_ns = MS + MS / 2; /* released inside the low job's second segment */
	hi.on_done = lo.on_done = collect_done;
	hi.user = lo.user = &o;
	aegis_model_id l = admit(rt, lo);
	aegis_model_id h = admit(rt, hi);
	assert_int_equal(aegis_runtime_run_for(rt, 50 * MS), AEGIS_OK);
	const aegis_completion *ch = find_done(&o, h, 0);
	assert_int_equal(ch->start_ns, 2 * MS);
	assert_int_equal(ch->finish_ns, 3 * MS);
	const aegis_completion *cl = find_done(&o, l, 0);
	assert_int_equal(cl->finish_ns, 6 * MS);
	assert_non_null(first_event(&o, AEGIS_EV_PREEMPT, l));
	aegis_lane_stats ls;
	aegis_lane_stats_get(rt, 0, &ls);
	assert_int_equal(ls.preemptions, 1);
	aegis_runtime_destroy(rt);
}

/* Only a strictly better job takes over at a boundary: an equal key does not. */
static void test_equal_key_does_not_preempt(void **state)
{
	(void)state;
	struct observed o = {0};
	aegis_runtime *rt = make_rt(1, AEGIS_POLICY_FP, AEGIS_PREEMPT_POINTS,
				    AEGIS_PRIO_EXPLICIT, &o);
	aegis_model_config lo = fixed_model("first", 5 * MS, 100 * MS);
	test_sim_of(&lo)->n_segments = 5;
	aegis_model_config hi = fixed_model("same_priority", 1 * MS, 100 * MS);
	hi.offset_ns = MS + MS / 2;
	hi.on_done = collect_done;
	hi.user = &o;
	admit(rt, lo);
	aegis_model_id h = admit(rt, hi);
	assert_int_equal(aegis_runtime_run_for(rt, 50 * MS), AEGIS_OK);
	assert_int_equal(find_done(&o, h, 0)->start_ns, 5 * MS);
	aegis_lane_stats ls;
	aegis_lane_stats_get(rt, 0, &ls);
	assert_int_equal(ls.preemptions, 0);
	aegis_runtime_destroy(rt);

	/* FP ranks equal priorities by admission: the earlier model is the higher one
	 * and takes over at the next boundary (the order the analysis assumes) */
	memset(&o, 0, sizeof o);
	rt = make_rt(1, AEGIS_POLICY_FP, AEGIS_PREEMPT_POINTS, AEGIS_PRIO_EXPLICIT, &o);
	hi.name = "earlier";
	lo.name = "later";
	lo.offset_ns = 0;
	h = admit(rt, hi);
	admit(rt, lo);
	assert_int_equal(aegis_runtime_run_for(rt, 50 * MS), AEGIS_OK);
	assert_int_equal(find_done(&o, h, 0)->start_ns, 2 * MS);
	aegis_lane_stats_get(rt, 0, &ls);
	assert_int_equal(ls.preemptions, 1);
	aegis_runtime_destroy(rt);
}

/* A full queue rejects with the transient status and counts it: a 50 ms job blocks
 * the lane while a 5 ms-period model with queue depth 2 keeps releasing. */
static void test_queue_overflow(void **state)
{
	(void)state;
	struct observed o = {0};
	aegis_runtime *rt = make_rt(1, AEGIS_POLICY_FP, AEGIS_PREEMPT_NONE, AEGIS_PRIO_EXPLICIT,
				    &o);
	aegis_model_config hog = fixed_model("hog", 50 * MS, 100 * MS);
	hog.priority = 0;
	aegis_model_config v = fixed_model("victim", 1 * MS, 5 * MS);
	v.priority = 1;
	v.queue_depth = 2;
	admit(rt, hog);
	aegis_model_id vi = admit(rt, v);
	assert_int_equal(aegis_runtime_run_for(rt, 50 * MS + 1), AEGIS_OK);
	aegis_model_stats s;
	aegis_model_stats_get(rt, vi, &s);
	/* releases at 0 and 5 queue; 10, 15, ..., 50 find the queue full */
	assert_int_equal(s.rejected_queue_full, 9);
	assert_int_equal(s.released, 11);
	assert_int_equal(count_events(&o, AEGIS_EV_REJECT, vi), 9);
	const aegis_trace_event *r = first_event(&o, AEGIS_EV_REJECT, vi);
	assert_int_equal(r->t_ns, 10 * MS);
	assert_int_equal(r->status, AEGIS_E_QUEUE_FULL);
	assert_int_equal(aegis_status_class_of(AEGIS_E_QUEUE_FULL), AEGIS_CLASS_TRANSIENT);
	aegis_runtime_destroy(rt);
}

/* Through the API: the submission that finds the queue full gets the status back and
 * no callback. */
static void test_queue_overflow_api(void **state)
{
	(void)state;
	struct observed o = {0};
	aegis_runtime *rt = make_rt(1, AEGIS_POLICY_FP, AEGIS_PREEMPT_NONE, AEGIS_PRIO_EXPLICIT,
				    NULL);
	aegis_model_config hog = fixed_model("hog", 50 * MS, 100 * MS);
	admit(rt, hog);
	aegis_model_config sp = fixed_model("sporadic", 1 * MS, 1 * MS);
	sp.release = AEGIS_RELEASE_SPORADIC;
	sp.queue_depth = 1;
	sp.priority = 1;
	aegis_model_id id = admit(rt, sp);
	aegis_request req = {.done = collect_done, .user = &o};
	assert_int_equal(aegis_runtime_run_for(rt, 1 * MS), AEGIS_OK);
	assert_int_equal(aegis_request_submit(rt, id, &req), AEGIS_OK);
	assert_int_equal(aegis_runtime_run_for(rt, 1 * MS), AEGIS_OK);
	assert_int_equal(aegis_request_submit(rt, id, &req), AEGIS_E_QUEUE_FULL);
	assert_non_null(strstr(aegis_runtime_last_error(rt), "sporadic"));
	assert_int_equal(aegis_runtime_run_for(rt, 60 * MS), AEGIS_OK);
	assert_int_equal(o.n_done, 1);
	assert_int_equal(o.done[0].status, AEGIS_OK);
	assert_int_equal(o.done[0].finish_ns, 51 * MS);
	aegis_model_stats s;
	aegis_model_stats_get(rt, id, &s);
	assert_int_equal(s.rejected_queue_full, 1);
	assert_int_equal(s.completed, 1);
	aegis_runtime_destroy(rt);
}

/* A submission closer than the minimum inter-arrival time is rejected, not queued. */
static void test_sporadic_interarrival(void **state)
{
	(void)state;
	struct observed o = {0};
	aegis_runtime *rt = make_rt(1, AEGIS_POLICY_EDF, AEGIS_PREEMPT_NONE, AEGIS_PRIO_EXPLICIT,
				    NULL);
	aegis_model_config sp = fixed_model("sp", 1 * MS, 10 * MS);
	sp.release = AEGIS_RELEASE_SPORADIC;
	aegis_model_id id = admit(rt, sp);
	aegis_request req = {.done = collect_done, .user = &o};
	assert_int_equal(aegis_request_submit(rt, id, &req), AEGIS_OK);
	assert_int_equal(aegis_runtime_run_for(rt, 5 * MS), AEGIS_OK);
	assert_int_equal(aegis_request_submit(rt, id, &req), AEGIS_E_INTERARRIVAL);
	assert_non_null(strstr(aegis_runtime_last_error(rt), "minimum 10ms"));
	assert_int_equal(aegis_runtime_run_for(rt, 5 * MS), AEGIS_OK);
	assert_int_equal(aegis_request_submit(rt, id, &req), AEGIS_OK); /* exactly 10 ms later */
	assert_int_equal(aegis_runtime_run_for(rt, 5 * MS), AEGIS_OK);
	aegis_model_stats s;
	aegis_model_stats_get(rt, id, &s);
	assert_int_equal(s.released, 3);
	assert_int_equal(s.rejected_interarrival, 1);
	assert_int_equal(s.completed, 2);
	assert_int_equal(o.n_done, 2);
	assert_int_equal(o.done[1].release_ns, 10 * MS);
	/* periodic models take no submissions */
	aegis_model_config per = fixed_model("per", 1 * MS, 10 * MS);
	aegis_model_id pid = admit(rt, per);
	assert_int_equal(aegis_request_submit(rt, pid, &req), AEGIS_E_INVAL);
	aegis_runtime_destroy(rt);
}

/* FIFO takes jobs in release order whatever their priority; FP by priority. */
static void start_order(aegis_policy policy, uint32_t order[3])
{
	struct observed o = {0};
	aegis_runtime *rt = make_rt(1, policy, AEGIS_PREEMPT_NONE, AEGIS_PRIO_EXPLICIT, &o);
	aegis_model_config a = fixed_model("a", 10 * MS, 100 * MS); /* occupies the lane */
	a.priority = 2;
	aegis_model_config b = fixed_model("b", 1 * MS, 100 * MS);
	b.priority = 0;
	b.offset_ns = 2 * MS;
	aegis_model_config c = fixed_model("c", 1 * MS, 100 * MS);
	c.priority = 1;
	c.offset_ns = 1 * MS;
	admit(rt, a);
	admit(rt, b);
	admit(rt, c);
	assert_int_equal(aegis_runtime_run_for(rt, 20 * MS), AEGIS_OK);
	size_t k = 0;
	for (size_t i = 0; i < o.n_ev && k < 3; i++)
		if (o.ev[i].kind == AEGIS_EV_START)
			order[k++] = o.ev[i].model;
	assert_int_equal(k, 3);
	aegis_runtime_destroy(rt);
}

static void test_fifo_vs_fp_order(void **state)
{
	(void)state;
	uint32_t fifo[3], fp[3];
	start_order(AEGIS_POLICY_FIFO, fifo);
	start_order(AEGIS_POLICY_FP, fp);
	assert_int_equal(fifo[0], 0);
	assert_int_equal(fifo[1], 2); /* c released at 1 ms before b at 2 ms */
	assert_int_equal(fifo[2], 1);
	assert_int_equal(fp[0], 0);
	assert_int_equal(fp[1], 1); /* b has priority 0 */
	assert_int_equal(fp[2], 2);
}

/* Equal keys and equal release times: the model admitted first goes first. */
static void test_tie_break_by_admission(void **state)
{
	(void)state;
	struct observed o = {0};
	aegis_runtime *rt = make_rt(1, AEGIS_POLICY_EDF, AEGIS_PREEMPT_NONE, AEGIS_PRIO_EXPLICIT,
				    &o);
	admit(rt, fixed_model("first", 1 * MS, 10 * MS));
	admit(rt, fixed_model("second", 1 * MS, 10 * MS));
	assert_int_equal(aegis_runtime_run_for(rt, 5 * MS), AEGIS_OK);
	const aegis_trace_event *s0 = first_event(&o, AEGIS_EV_START, 0);
	const aegis_trace_event *s1 = first_event(&o, AEGIS_EV_START, 1);
	assert_int_equal(s0->t_ns, 0);
	assert_int_equal(s1->t_ns, 1 * MS);
	aegis_runtime_destroy(rt);
}

/* AEGIS_MISS_SKIP_NEXT: a 15 ms job with period = deadline = 10 ms misses at 10 and
 * the release at 10 is skipped; the same again at 30. */
static void test_miss_policy_skip_next(void **state)
{
	(void)state;
	struct observed o = {0};
	aegis_runtime *rt = make_rt(1, AEGIS_POLICY_FP, AEGIS_PREEMPT_NONE, AEGIS_PRIO_RM, &o);
	aegis_model_config m = fixed_model("late", 15 * MS, 10 * MS);
	m.on_miss = AEGIS_MISS_SKIP_NEXT;
	aegis_model_id id = admit(rt, m);
	assert_int_equal(aegis_runtime_run_for(rt, 40 * MS), AEGIS_OK);
	aegis_model_stats s;
	aegis_model_stats_get(rt, id, &s);
	assert_int_equal(s.released, 4);
	assert_int_equal(s.skipped, 2);
	assert_int_equal(s.completed, 2);
	assert_int_equal(s.missed, 2);
	assert_int_equal(s.max_lateness_ns, 5 * MS);
	const aegis_trace_event *r = first_event(&o, AEGIS_EV_REJECT, id);
	assert_int_equal(r->t_ns, 10 * MS);
	assert_int_equal(r->status, AEGIS_E_SKIPPED);

	/* with AEGIS_MISS_FINISH nothing is skipped and the backlog grows into the queue */
	aegis_runtime_destroy(rt);
	rt = make_rt(1, AEGIS_POLICY_FP, AEGIS_PREEMPT_NONE, AEGIS_PRIO_RM, NULL);
	m.on_miss = AEGIS_MISS_FINISH;
	id = admit(rt, m);
	assert_int_equal(aegis_runtime_run_for(rt, 100 * MS), AEGIS_OK);
	aegis_model_stats_get(rt, id, &s);
	assert_int_equal(s.skipped, 0);
	assert_true(s.rejected_queue_full > 0);
	aegis_runtime_destroy(rt);
}

/* Every accepted request ends exactly once, with a status, shutdown included; every
 * rejected one gets its status from submit and no callback. */
struct request_slot {
	int calls;
	aegis_status status;
};

static void count_request(void *user, const aegis_completion *c)
{
	struct request_slot *slot = user;
	slot->calls++;
	slot->status = c->status;
}

static void test_every_request_ends_once(void **state)
{
	(void)state;
	struct request_slot slot[40] = {{0}};
	aegis_runtime *rt = make_rt(2, AEGIS_POLICY_EDF, AEGIS_PREEMPT_NONE, AEGIS_PRIO_EXPLICIT,
				    NULL);
	aegis_model_config a = fixed_model("a", 3 * MS, 1 * MS);
	a.release = AEGIS_RELEASE_SPORADIC;
	a.deadline_ns = 1 * MS;
	a.queue_depth = 4;
	aegis_model_config b = a;
	b.name = "b";
	b.lane = 1;
	aegis_model_id ida = admit(rt, a), idb = admit(rt, b);
	aegis_model_config p = fixed_model("periodic", 2 * MS, 4 * MS);
	aegis_model_id idp = admit(rt, p);

	aegis_status submitted[40];
	for (int i = 0; i < 40; i++) {
		aegis_request req = {.done = count_request, .user = &slot[i]};
		submitted[i] = aegis_request_submit(rt, i % 2 ? idb : ida, &req);
		assert_int_equal(aegis_runtime_run_for(rt, i % 3 ? 1 * MS : 500 * 1000), AEGIS_OK);
	}
	aegis_runtime_destroy(rt); /* requests still queued end with E_CANCELLED */

	int accepted = 0, cancelled = 0, rejected = 0;
	for (int i = 0; i < 40; i++) {
		if (submitted[i] == AEGIS_OK) {
			accepted++;
			assert_int_equal(slot[i].calls, 1);
			assert_true(slot[i].status == AEGIS_OK ||
				    slot[i].status == AEGIS_E_CANCELLED);
			cancelled += slot[i].status == AEGIS_E_CANCELLED;
		} else {
			rejected++;
			assert_int_equal(slot[i].calls, 0);
			assert_true(submitted[i] == AEGIS_E_QUEUE_FULL ||
				    submitted[i] == AEGIS_E_INTERARRIVAL);
		}
	}
	assert_true(accepted > 0);
	assert_true(rejected > 0);
	assert_true(cancelled > 0);
	(void)idp;
}

/* Conservation after stop for periodic models, and no work after stop. */
static void test_stop_conserves_jobs(void **state)
{
	(void)state;
	struct observed o = {0};
	aegis_runtime *rt = make_rt(1, AEGIS_POLICY_FP, AEGIS_PREEMPT_POINTS, AEGIS_PRIO_RM, &o);
	aegis_model_config a = fixed_model("a", 4 * MS, 5 * MS);
	aegis_model_config b = fixed_model("b", 6 * MS, 8 * MS);
	test_sim_of(&b)->n_segments = 3;
	b.queue_depth = 8;
	admit(rt, a);
	admit(rt, b);
	assert_int_equal(aegis_runtime_run_for(rt, 101 * MS), AEGIS_OK);
	assert_int_equal(aegis_runtime_stop(rt), AEGIS_OK);
	int64_t t_stop = aegis_runtime_now_ns(rt);
	for (uint32_t i = 0; i < 2; i++) {
		aegis_model_stats s;
		aegis_model_stats_get(rt, i, &s);
		assert_int_equal(s.pending, 0);
		assert_int_equal(s.released, s.completed + s.rejected_queue_full + s.skipped +
							 s.cancelled + s.failed);
	}
	aegis_model_stats sb;
	aegis_model_stats_get(rt, 1, &sb);
	assert_true(sb.cancelled > 0);
	assert_int_equal(aegis_runtime_run_for(rt, 10 * MS), AEGIS_E_STATE);
	assert_int_equal(aegis_runtime_now_ns(rt), t_stop);
	aegis_model_config late = fixed_model("late", 1 * MS, 5 * MS);
	aegis_model_id id;
	assert_int_equal(aegis_model_admit(rt, &late, &id), AEGIS_E_STATE);
	aegis_runtime_destroy(rt);
}

/* Stop called from a completion callback: the loop ends after the current instant. */
static void stop_on_third(void *user, const aegis_completion *c)
{
	aegis_runtime *rt = user;
	if (c->job == 2)
		assert_int_equal(aegis_runtime_stop(rt), AEGIS_OK);
}

static void test_stop_from_callback(void **state)
{
	(void)state;
	aegis_runtime *rt = make_rt(1, AEGIS_POLICY_FP, AEGIS_PREEMPT_NONE, AEGIS_PRIO_RM, NULL);
	aegis_model_config a = fixed_model("a", 1 * MS, 10 * MS);
	a.on_done = stop_on_third;
	a.user = rt;
	admit(rt, a);
	assert_int_equal(aegis_runtime_run_for(rt, 1000 * MS), AEGIS_OK);
	assert_int_equal(aegis_runtime_now_ns(rt), 21 * MS);
	aegis_model_stats s;
	aegis_model_stats_get(rt, 0, &s);
	assert_int_equal(s.completed, 3);
	aegis_runtime_destroy(rt);
}

/* Same seed, same trace to the byte; another seed, another trace. */
static char *run_to_trace(uint64_t seed, size_t *len)
{
	char *buf = NULL;
	FILE *f = open_memstream(&buf, len);
	aegis_chrome_writer *w;
	assert_int_equal(aegis_chrome_writer_create(f, &w), AEGIS_OK);
	aegis_runtime_config cfg = {.lanes = 2, .policy = AEGIS_POLICY_EDF,
				    .preemption = AEGIS_PREEMPT_POINTS, .seed = seed,
				    .trace = aegis_chrome_writer_sink(w), .admission = AEGIS_ADMIT_OFF};
	aegis_runtime *rt;
	assert_int_equal(aegis_runtime_create(&cfg, &rt, NULL, 0), AEGIS_OK);
	aegis_model_config u = fixed_model("uniform", 0, 20 * MS);
	test_sim_of(&u)->exec = (aegis_exec_model){.kind = AEGIS_EXEC_UNIFORM, .a_ns = 2 * MS,
						   .b_ns = 9 * MS};
	test_sim_of(&u)->n_segments = 3;
	u.jitter_ns = 1 * MS;
	aegis_model_config n = fixed_model("normal", 0, 15 * MS);
	test_sim_of(&n)->exec = (aegis_exec_model){.kind = AEGIS_EXEC_TRUNCNORM, .a_ns = 5 * MS,
						   .b_ns = 1 * MS, .min_ns = 2 * MS,
						   .wcet_ns = 8 * MS};
	n.lane = AEGIS_LANE_AUTO;
	aegis_model_config x = fixed_model("fixed", 3 * MS, 10 * MS);
	x.lane = 1;
	admit(rt, u);
	admit(rt, n);
	admit(rt, x);
	assert_int_equal(aegis_runtime_run_for(rt, 2000 * MS), AEGIS_OK);
	assert_int_equal(aegis_runtime_stop(rt), AEGIS_OK);
	assert_int_equal(aegis_chrome_writer_finish(w, rt), AEGIS_OK);
	aegis_runtime_destroy(rt);
	aegis_chrome_writer_destroy(w);
	fclose(f);
	return buf;
}

static void test_same_seed_same_trace(void **state)
{
	(void)state;
	size_t la, lb, lc;
	char *a = run_to_trace(42, &la);
	char *b = run_to_trace(42, &lb);
	char *c = run_to_trace(43, &lc);
	assert_true(la > 10000);
	assert_int_equal(la, lb);
	assert_memory_equal(a, b, la);
	assert_true(la != lc || memcmp(a, c, la) != 0);
	free(a);
	free(b);
	free(c);
}

/* Admission refuses bad configurations with the reason, and names stay unique. */
static void test_admit_errors(void **state)
{
	(void)state;
	aegis_runtime *rt = make_rt(2, AEGIS_POLICY_FP, AEGIS_PREEMPT_NONE, AEGIS_PRIO_EXPLICIT,
				    NULL);
	aegis_model_id id;
	aegis_model_config m = fixed_model("m", 1 * MS, 10 * MS);
	assert_int_equal(aegis_model_admit(rt, &m, &id), AEGIS_OK);
	assert_int_equal(aegis_model_admit(rt, &m, &id), AEGIS_E_EXISTS);
	aegis_model_config bad = fixed_model("bad", 1 * MS, 10 * MS);
	bad.deadline_ns = 20 * MS;
	assert_int_equal(aegis_model_admit(rt, &bad, &id), AEGIS_E_CONFIG);
	assert_string_equal(aegis_runtime_last_error(rt),
			    "model 'bad': deadline 20ms exceeds period 10ms (constrained deadlines "
			    "only: deadline <= period)");
	bad.deadline_ns = 0;
	bad.lane = 2;
	assert_int_equal(aegis_model_admit(rt, &bad, &id), AEGIS_E_CONFIG);
	assert_non_null(strstr(aegis_runtime_last_error(rt), "lane 2 does not exist"));
	bad.lane = 0;
	bad.backend = "tensorrt";
	assert_int_equal(aegis_model_admit(rt, &bad, &id), AEGIS_E_CONFIG);
	assert_int_equal(aegis_model_find(rt, "m", &id), AEGIS_OK);
	assert_int_equal(id, 0);
	assert_int_equal(aegis_model_find(rt, "bad", &id), AEGIS_E_NOT_FOUND);
	assert_int_equal(aegis_runtime_model_count(rt), 1);
	aegis_runtime_destroy(rt);

	aegis_runtime_config cfg = {.lanes = 65};
	char err[128];
	assert_int_equal(aegis_runtime_create(&cfg, &rt, err, sizeof err), AEGIS_E_CONFIG);
	assert_null(rt);
	cfg = (aegis_runtime_config){.device = "tpu"};
	assert_int_equal(aegis_runtime_create(&cfg, &rt, err, sizeof err), AEGIS_E_CONFIG);
	assert_non_null(strstr(err, "unknown device 'tpu'"));
}

/* A host stall is charged to every model as release jitter (FP_NP, RM, one lane):
 * a = (3, 10), b = (4, 10), c = (1.5, 10) ms. Without a stall c's bound is
 * C_c + C_a + C_b = 8.5 ms; with a 2 ms stall it is 2 + 8.5 = 10.5 ms > D = 10 ms, so c
 * is refused while a (2 + 4 - 1 ns + 3) and b (2 + 4 + 3) still fit. */
static void test_host_stall_is_jitter(void **state)
{
	(void)state;
	for (int stall = 0; stall <= 1; stall++) {
		aegis_runtime_config cfg = {.policy = AEGIS_POLICY_FP, .priorities = AEGIS_PRIO_RM,
					    .admission = AEGIS_ADMIT_ANALYSIS,
					    .host_stall_ns = stall ? 2 * MS : 0};
		aegis_runtime *rt = NULL;
		char err[256];
		assert_int_equal(aegis_runtime_create(&cfg, &rt, err, sizeof err), AEGIS_OK);
		aegis_model_config a = fixed_model("a", 3 * MS, 10 * MS);
		aegis_model_config b = fixed_model("b", 4 * MS, 10 * MS);
		aegis_model_config c = fixed_model("c", 3 * MS / 2, 10 * MS);
		admit(rt, a);
		admit(rt, b);
		aegis_model_id id;
		assert_int_equal(aegis_model_admit(rt, &c, &id),
				 stall ? AEGIS_E_UNSCHEDULABLE : AEGIS_OK);
		aegis_runtime_destroy(rt);
	}
	/* jitter + stall must stay below the period; a negative stall is no config */
	aegis_runtime_config cfg = {.host_stall_ns = 10 * MS};
	aegis_runtime *rt = NULL;
	char err[256];
	assert_int_equal(aegis_runtime_create(&cfg, &rt, err, sizeof err), AEGIS_OK);
	aegis_model_config m = fixed_model("m", 1 * MS, 10 * MS);
	aegis_model_id id;
	assert_int_equal(aegis_model_admit(rt, &m, &id), AEGIS_E_CONFIG);
	assert_string_equal(aegis_runtime_last_error(rt),
			    "model 'm': its release jitter 0ns plus the host stall 10ms reaches its "
			    "period 10ms");
	aegis_runtime_destroy(rt);
	cfg.admission = AEGIS_ADMIT_OFF; /* no analysis: nothing is charged */
	assert_int_equal(aegis_runtime_create(&cfg, &rt, err, sizeof err), AEGIS_OK);
	assert_int_equal(aegis_model_admit(rt, &m, &id), AEGIS_OK);
	aegis_runtime_destroy(rt);
	cfg.host_stall_ns = -1;
	assert_int_equal(aegis_runtime_create(&cfg, &rt, err, sizeof err), AEGIS_E_CONFIG);
	assert_string_equal(err, "host stall must be >= 0");
	aegis_task t = {.wcet_ns = 1, .deadline_ns = 10, .period_ns = 10, .jitter_ns = 3};
	assert_int_equal(aegis_task_add_host_stall(&t, 6), AEGIS_OK);
	assert_int_equal(t.jitter_ns, 9);
	assert_int_equal(aegis_task_add_host_stall(&t, 1), AEGIS_E_CONFIG);
	assert_int_equal(aegis_task_add_host_stall(&t, -1), AEGIS_E_INVAL);
	assert_int_equal(t.jitter_ns, 9);
	t.jitter_ns = INT64_MAX;
	assert_int_equal(aegis_task_add_host_stall(&t, 1), AEGIS_E_OVERFLOW);
}

/* A stall curve charges each lane the stall of its own window (docs/ANALYSIS.md, "Host
 * stalls"; the numbers are test_analysis' test_stall_fixed_point): a (10 ms, 50 ms)
 * alone has a window of 10 ms, then 11.72 ms: g = S(12.3 ms) = 2.3 ms; with b (15 ms,
 * 100 ms) the window is 29.05 ms and g = 4.05 ms, and a's jitter rises with it. The
 * flat g of the 1 s point, 31 ms, refuses b. */
static void test_host_stall_curve(void **state)
{
	(void)state;
	static const aegis_stall_point curve[] = {
		{5 * MS, 1630 * US}, {10 * MS, 1720 * US}, {20 * MS, 2300 * US},
		{50 * MS, 4050 * US}, {1000 * MS, 31 * MS},
	};
	aegis_runtime_config cfg = {.policy = AEGIS_POLICY_FP, .priorities = AEGIS_PRIO_RM,
				    .admission = AEGIS_ADMIT_ANALYSIS, .lanes = 2,
				    .host_stall_curve = curve, .n_host_stall_points = 5};
	aegis_runtime *rt = NULL;
	char err[256];
	assert_int_equal(aegis_runtime_create(&cfg, &rt, err, sizeof err), AEGIS_OK);
	aegis_model_config a = fixed_model("a", 10 * MS, 50 * MS);
	aegis_model_config b = fixed_model("b", 15 * MS, 100 * MS);
	aegis_task t;
	aegis_model_id ia = admit(rt, a);
	assert_int_equal(aegis_model_task_get(rt, ia, &t), AEGIS_OK);
	assert_int_equal(t.jitter_ns, 2300 * US);
	aegis_model_id ib = admit(rt, b);
	assert_int_equal(aegis_model_task_get(rt, ib, &t), AEGIS_OK);
	assert_int_equal(t.jitter_ns, 4050 * US);
	assert_int_equal(aegis_model_task_get(rt, ia, &t), AEGIS_OK);
	assert_int_equal(t.jitter_ns, 4050 * US);
	/* another lane has its own window: c alone there is charged S(5 ms then 6.63 ms) */
	aegis_model_config c = fixed_model("c", 5 * MS, 50 * MS);
	c.lane = 1;
	aegis_model_id ic = admit(rt, c);
	assert_int_equal(aegis_model_task_get(rt, ic, &t), AEGIS_OK);
	assert_int_equal(t.jitter_ns, 1720 * US);
	/* d: R_d = g + (15 ms - 1 ns) + 10 + 25 ms, within 50 ms only for g = 0, and the
	 * window is then 50 ms, g = 4.05 ms: refused; lane 0 keeps its charge */
	aegis_model_config d = fixed_model("d", 25 * MS, 50 * MS);
	aegis_model_id id;
	assert_int_equal(aegis_model_admit(rt, &d, &id), AEGIS_E_UNSCHEDULABLE);
	assert_int_equal(aegis_model_task_get(rt, ia, &t), AEGIS_OK);
	assert_int_equal(t.jitter_ns, 4050 * US);
	aegis_runtime_destroy(rt);

	/* the flat g of the longest window refuses b */
	aegis_runtime_config flat = {.policy = AEGIS_POLICY_FP, .priorities = AEGIS_PRIO_RM,
				     .admission = AEGIS_ADMIT_ANALYSIS, .host_stall_ns = 31 * MS};
	assert_int_equal(aegis_runtime_create(&flat, &rt, err, sizeof err), AEGIS_OK);
	admit(rt, a);
	assert_int_equal(aegis_model_admit(rt, &b, &id), AEGIS_E_UNSCHEDULABLE);
	aegis_runtime_destroy(rt);

	/* one or the other; a bad curve is no config */
	cfg.host_stall_ns = 1 * MS;
	assert_int_equal(aegis_runtime_create(&cfg, &rt, err, sizeof err), AEGIS_E_CONFIG);
	assert_string_equal(err, "a host stall and a host stall curve: give one or the other");
	cfg.host_stall_ns = 0;
	cfg.n_host_stall_points = 0;
	assert_int_equal(aegis_runtime_create(&cfg, &rt, err, sizeof err), AEGIS_E_CONFIG);
	assert_string_equal(err, "host stall curve: a stall curve has 1 to 64 points, got 0");
}

/* AEGIS_LANE_AUTO puts a model on the least utilised lane. */
static void test_auto_lane(void **state)
{
	(void)state;
	aegis_runtime *rt = make_rt(3, AEGIS_POLICY_EDF, AEGIS_PREEMPT_NONE, AEGIS_PRIO_EXPLICIT,
				    NULL);
	aegis_model_config m = fixed_model("l0", 5 * MS, 10 * MS); /* lane 0, U 0.5 */
	admit(rt, m);
	m = fixed_model("l2", 2 * MS, 10 * MS);
	m.lane = 2; /* U 0.2 */
	admit(rt, m);
	m = fixed_model("auto1", 1 * MS, 10 * MS);
	m.lane = AEGIS_LANE_AUTO;
	aegis_model_id a = admit(rt, m); /* lane 1 is empty */
	m.name = "auto2";
	aegis_model_id b = admit(rt, m); /* lane 1 has 0.1 < 0.2 */
	m.name = "auto3";
	aegis_model_id c = admit(rt, m); /* lanes 1 and 2 at 0.2: the lower index */
	aegis_model_stats s;
	aegis_model_stats_get(rt, a, &s);
	assert_int_equal(s.lane, 1);
	aegis_model_stats_get(rt, b, &s);
	assert_int_equal(s.lane, 1);
	aegis_model_stats_get(rt, c, &s);
	assert_int_equal(s.lane, 1);
	aegis_runtime_destroy(rt);
}

/* Lanes run in parallel: two 10 ms jobs on two lanes both finish at 10 ms. */
static void test_lanes_are_parallel(void **state)
{
	(void)state;
	struct observed o = {0};
	aegis_runtime *rt = make_rt(2, AEGIS_POLICY_FP, AEGIS_PREEMPT_NONE, AEGIS_PRIO_EXPLICIT,
				    &o);
	aegis_model_config a = fixed_model("a", 10 * MS, 100 * MS);
	aegis_model_config b = fixed_model("b", 10 * MS, 100 * MS);
	b.lane = 1;
	a.on_done = b.on_done = collect_done;
	a.user = b.user = &o;
	admit(rt, a);
	admit(rt, b);
	assert_int_equal(aegis_runtime_run_for(rt, 20 * MS), AEGIS_OK);
	assert_int_equal(o.n_done, 2);
	assert_int_equal(o.done[0].finish_ns, 10 * MS);
	assert_int_equal(o.done[1].finish_ns, 10 * MS);
	assert_int_equal(o.done[0].lane, 0);
	assert_int_equal(o.done[1].lane, 1);
	aegis_lane_stats ls;
	aegis_lane_stats_get(rt, 1, &ls);
	assert_int_equal(ls.busy_ns, 10 * MS);
	assert_true(ls.utilisation > 0.49 && ls.utilisation < 0.51);
	aegis_runtime_destroy(rt);
}

/* Eviction: releases stop, queued requests are cancelled, the job on the lane
 * finishes; the lane's other model is unaffected and the name can come back. */
static void test_evict(void **state)
{
	(void)state;
	struct observed o = {0};
	aegis_runtime *rt = make_rt(1, AEGIS_POLICY_FP, AEGIS_PREEMPT_NONE, AEGIS_PRIO_EXPLICIT,
				    &o);
	aegis_model_config busy = fixed_model("busy", 4 * MS, 5 * MS);
	busy.queue_depth = 8;
	busy.on_done = collect_done;
	busy.user = &o;
	aegis_model_config other = fixed_model("other", 1 * MS, 10 * MS);
	other.priority = 1;
	other.queue_depth = 8;
	aegis_model_id b = admit(rt, busy), x = admit(rt, other);
	assert_int_equal(aegis_runtime_run_for(rt, 12 * MS), AEGIS_OK);
	/* at 12 ms: busy's job released at 10 runs (10..14), other's job from 10 waits */
	assert_int_equal(aegis_model_evict(rt, b), AEGIS_OK);
	assert_int_equal(aegis_model_evict(rt, b), AEGIS_E_NOT_FOUND);
	aegis_model_id again;
	assert_int_equal(aegis_model_find(rt, "busy", &again), AEGIS_OK); /* still draining */
	assert_int_equal(aegis_runtime_run_for(rt, 50 * MS), AEGIS_OK);
	aegis_model_stats s;
	aegis_model_stats_get(rt, b, &s);
	assert_int_equal(s.pending, 0);
	assert_int_equal(s.released, s.completed + s.cancelled + s.rejected_queue_full + s.skipped);
	const aegis_completion *last = find_done(&o, b, 2);
	assert_non_null(last);
	assert_int_equal(last->status, AEGIS_OK);       /* the job on the lane finished */
	assert_int_equal(last->finish_ns, 14 * MS);
	assert_null(find_done(&o, b, 3));               /* nothing released after eviction */
	aegis_model_stats_get(rt, x, &s);
	assert_int_equal(s.completed, 7);               /* released at 0, 10, ..., 60 */
	assert_int_equal(s.missed, 0);
	assert_int_equal(aegis_model_find(rt, "busy", &again), AEGIS_E_NOT_FOUND);
	assert_int_equal(aegis_model_admit(rt, &busy, &again), AEGIS_OK);
	assert_true(again != b);
	aegis_request req = {0};
	assert_int_equal(aegis_request_submit(rt, b, &req), AEGIS_E_STATE);
	aegis_runtime_destroy(rt);
}

/* Evicting a model frees its share of the lane for admission. */
static void test_evict_frees_admission_share(void **state)
{
	(void)state;
	aegis_runtime_config cfg = {.lanes = 1, .policy = AEGIS_POLICY_EDF};
	aegis_runtime *rt;
	assert_int_equal(aegis_runtime_create(&cfg, &rt, NULL, 0), AEGIS_OK);
	aegis_model_id a, b;
	aegis_model_config big = fixed_model("big", 6 * MS, 10 * MS);
	aegis_model_config next = fixed_model("next", 5 * MS, 10 * MS);
	assert_int_equal(aegis_model_admit(rt, &big, &a), AEGIS_OK);
	assert_int_equal(aegis_model_admit(rt, &next, &b), AEGIS_E_UNSCHEDULABLE);
	assert_int_equal(aegis_runtime_run_for(rt, 3 * MS), AEGIS_OK); /* big's job runs */
	assert_int_equal(aegis_model_evict(rt, a), AEGIS_OK);
	/* still draining: its running job still blocks, so it still counts */
	assert_int_equal(aegis_model_admit(rt, &next, &b), AEGIS_E_UNSCHEDULABLE);
	assert_int_equal(aegis_runtime_run_for(rt, 5 * MS), AEGIS_OK);
	assert_int_equal(aegis_model_admit(rt, &next, &b), AEGIS_OK);
	aegis_runtime_destroy(rt);
}

/* Run boundaries: events at exactly the end of run_for belong to the next call. */
static void test_run_for_boundaries(void **state)
{
	(void)state;
	aegis_runtime *rt = make_rt(1, AEGIS_POLICY_FP, AEGIS_PREEMPT_NONE, AEGIS_PRIO_RM, NULL);
	admit(rt, fixed_model("a", 1 * MS, 10 * MS));
	aegis_model_stats s;
	assert_int_equal(aegis_runtime_run_for(rt, 10 * MS), AEGIS_OK);
	aegis_model_stats_get(rt, 0, &s);
	assert_int_equal(s.released, 1); /* 0; the release at 10 ms is not yet */
	assert_int_equal(aegis_runtime_now_ns(rt), 10 * MS);
	assert_int_equal(aegis_runtime_run_for(rt, 1), AEGIS_OK);
	aegis_model_stats_get(rt, 0, &s);
	assert_int_equal(s.released, 2);
	assert_int_equal(aegis_runtime_run_for(rt, -1), AEGIS_E_INVAL);
	aegis_runtime_destroy(rt);
}

/* Admit/evict churn: 100,000 admissions with at most 3 models live. An evicted and
 * drained model's slot is reused (the table stays small), its old id is refused with
 * AEGIS_E_STATE once another model holds the slot, and nothing is lost: every model's
 * jobs add up, and the live ones keep their deadlines. */
static void test_admit_evict_churn(void **state)
{
	(void)state;
	aegis_runtime_config cfg = {.lanes = 2, .policy = AEGIS_POLICY_EDF, .seed = 3};
	aegis_runtime *rt = NULL;
	assert_int_equal(aegis_runtime_create(&cfg, &rt, NULL, 0), AEGIS_OK);
	enum { N = 100000, LIVE = 3 };
	aegis_model_id live[LIVE];
	uint64_t evicted = 0;
	for (uint32_t i = 0; i < N; i++) {
		char name[32];
		snprintf(name, sizeof name, "m%u", i);
		aegis_sim_config sim; /* N models: not from the pool */
		aegis_model_config m = fixed_model_at(&sim, name, 1 * MS, 10 * MS);
		m.lane = AEGIS_LANE_AUTO;
		if (i >= LIVE) {
			aegis_model_id old = live[i % LIVE];
			aegis_model_stats s;
			assert_int_equal(aegis_model_evict(rt, old), AEGIS_OK);
			assert_int_equal(aegis_model_stats_get(rt, old, &s), AEGIS_OK);
			assert_int_equal(s.released, s.completed + s.cancelled + s.pending);
			assert_int_equal(s.missed, 0);
			evicted++;
		}
		aegis_model_id id;
		aegis_status st = aegis_model_admit(rt, &m, &id);
		if (st != AEGIS_OK)
			fail_msg("admission %u: %s: %s", i, aegis_status_name(st),
				 aegis_runtime_last_error(rt));
		live[i % LIVE] = id;
		assert_int_equal(aegis_runtime_run_for(rt, 3 * MS), AEGIS_OK);
	}
	assert_int_equal(evicted, N - LIVE);
	/* 3 live plus a few still draining: the slots are reused, not used up */
	assert_true(aegis_runtime_model_count(rt) <= 2 * LIVE);
	aegis_request req = {0};
	aegis_model_id first = 0; /* m0's id: its slot has held many models since */
	assert_int_equal(aegis_request_submit(rt, first, &req), AEGIS_E_STATE);
	aegis_runtime_destroy(rt);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fp_misses_where_edf_meets),
		cmocka_unit_test(test_np_blocking),
		cmocka_unit_test(test_preemption_points_bound_blocking),
		cmocka_unit_test(test_equal_key_does_not_preempt),
		cmocka_unit_test(test_queue_overflow),
		cmocka_unit_test(test_queue_overflow_api),
		cmocka_unit_test(test_sporadic_interarrival),
		cmocka_unit_test(test_fifo_vs_fp_order),
		cmocka_unit_test(test_tie_break_by_admission),
		cmocka_unit_test(test_miss_policy_skip_next),
		cmocka_unit_test(test_every_request_ends_once),
		cmocka_unit_test(test_stop_conserves_jobs),
		cmocka_unit_test(test_stop_from_callback),
		cmocka_unit_test(test_same_seed_same_trace),
		cmocka_unit_test(test_admit_errors),
		cmocka_unit_test(test_host_stall_is_jitter),
		cmocka_unit_test(test_host_stall_curve),
		cmocka_unit_test(test_auto_lane),
		cmocka_unit_test(test_lanes_are_parallel),
		cmocka_unit_test(test_run_for_boundaries),
		cmocka_unit_test(test_evict),
		cmocka_unit_test(test_evict_frees_admission_share),
		cmocka_unit_test(test_admit_evict_churn),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
