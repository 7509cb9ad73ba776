/* Unit tests of the decision events (AEGIS_EV_DECIDE) and the JSON Lines decision log:
 * decisions are identical with tracing on and off, every DECIDE is followed by the
 * start it chose and carries the policy's order, the log has its header, and the
 * Chrome exporter ignores decisions. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/aegis.h"

#define MAX_DONE 4096
#define MAX_EVENTS 65536

struct done_log {
	uint32_t n;
	aegis_completion c[MAX_DONE];
};

struct ev_log {
	size_t n;
	aegis_trace_event ev[MAX_EVENTS];
};

static void on_done(void *user, const aegis_completion *c)
{
	struct done_log *d = user;
	if (d->n >= MAX_DONE)
		return;
	/* field by field over zeroed memory: the padding of *c is unspecified, and the
	 * runs are compared with memcmp */
	aegis_completion *x = &d->c[d->n++];
	memset(x, 0, sizeof *x);
	x->model = c->model;
	x->job = c->job;
	x->status = c->status;
	x->lane = c->lane;
	x->arrival_ns = c->arrival_ns;
	x->release_ns = c->release_ns;
	x->start_ns = c->start_ns;
	x->finish_ns = c->finish_ns;
	x->deadline_ns = c->deadline_ns;
	x->missed = c->missed;
}

static void collect(void *user, const aegis_trace_event *ev, size_t n)
{
	struct ev_log *l = user;
	for (size_t i = 0; i < n && l->n < MAX_EVENTS; i++)
		l->ev[l->n++] = ev[i];
}

/* Six models on two lanes, some with several segments and varying execution times,
 * loaded enough that lanes have queues (and, with points, preemptions). */
static void admit_models(aegis_runtime *rt, struct done_log *d)
{
	static const uint32_t segs[] = {1, 3, 2, 1, 4, 1};
	static const int64_t period_ms[] = {10, 20, 25, 40, 50, 100};
	static const int64_t wcet_us[] = {1500, 4000, 3000, 5000, 8000, 10000};
	for (uint32_t i = 0; i < 6; i++) {
		char name[16];
		snprintf(name, sizeof name, "m%u", i);
		aegis_sim_config sim = {
			.exec = {.kind = AEGIS_EXEC_UNIFORM, .a_ns = wcet_us[i] * 500,
				 .b_ns = wcet_us[i] * 1000},
			.n_segments = segs[i],
		};
		aegis_model_config m = {
			.name = name,
			.period_ns = period_ms[i] * 1000000,
			.priority = (int32_t)i,
			.lane = (int32_t)(i % 2),
			.queue_depth = 4,
			.backend_config = &sim,
			.on_done = on_done,
			.user = d,
		};
		assert_int_equal(aegis_model_admit(rt, &m, NULL), AEGIS_OK);
	}
}

static void run_once(aegis_policy policy, aegis_preemption pre, aegis_trace_sink sink,
		     struct done_log *d)
{
	aegis_runtime_config cfg = {.lanes = 2, .policy = policy, .preemption = pre, .seed = 9,
				    .trace = sink};
	if (policy == AEGIS_POLICY_FIFO)
		cfg.admission = AEGIS_ADMIT_OFF;
	aegis_runtime *rt;
	assert_int_equal(aegis_runtime_create(&cfg, &rt, NULL, 0), AEGIS_OK);
	admit_models(rt, d);
	assert_int_equal(aegis_runtime_run_for(rt, 2 * AEGIS_NS_PER_S), AEGIS_OK);
	assert_int_equal(aegis_runtime_stop(rt), AEGIS_OK);
	aegis_runtime_destroy(rt);
}

static void test_identical_with_tracing_on_and_off(void **state)
{
	(void)state;
	static const aegis_policy policies[] = {AEGIS_POLICY_FP, AEGIS_POLICY_EDF,
						AEGIS_POLICY_FIFO};
	struct done_log *off = calloc(1, sizeof *off), *on = calloc(1, sizeof *on);
	struct ev_log *ev = calloc(1, sizeof *ev);
	assert_non_null(off);
	assert_non_null(on);
	assert_non_null(ev);
	for (size_t p = 0; p < 3; p++) {
		for (int pre = 0; pre < 2; pre++) {
			aegis_preemption mode = pre ? AEGIS_PREEMPT_POINTS : AEGIS_PREEMPT_NONE;
			off->n = on->n = 0;
			ev->n = 0;
			run_once(policies[p], mode, (aegis_trace_sink){0}, off);
			run_once(policies[p], mode, (aegis_trace_sink){collect, ev}, on);
			assert_true(off->n > 100);
			assert_int_equal(off->n, on->n);
			assert_memory_equal(off->c, on->c, off->n * sizeof off->c[0]);
			size_t decides = 0;
			for (size_t i = 0; i < ev->n; i++)
				decides += ev->ev[i].kind == AEGIS_EV_DECIDE;
			assert_true(decides > 100);
			assert_true(ev->n < MAX_EVENTS);
		}
	}
	free(off);
	free(on);
	free(ev);
}

static bool keys_less(int64_t k1, int64_t t1, int64_t k2, int64_t t2)
{
	return k1 < k2 || (k1 == k2 && t1 < t2);
}

/* Every DECIDE is followed, at its instant, by the START of the job it chose; a free
 * lane's choice is not after its alternative in (key, tie); at a boundary the running
 * job continues only if no ready job is strictly better, and a PREEMPT's winner is. */
static void test_decide_events(void **state)
{
	(void)state;
	struct done_log *d = calloc(1, sizeof *d);
	struct ev_log *l = calloc(1, sizeof *l);
	assert_non_null(d);
	assert_non_null(l);
	for (int p = 0; p < 2; p++) {
		l->n = 0;
		d->n = 0;
		run_once(p ? AEGIS_POLICY_EDF : AEGIS_POLICY_FP, AEGIS_PREEMPT_POINTS,
			 (aegis_trace_sink){collect, l}, d);
		size_t n_decide = 0, n_continue = 0, n_preempt = 0;
		for (size_t i = 0; i < l->n; i++) {
			const aegis_trace_event *e = &l->ev[i];
			if (e->kind != AEGIS_EV_DECIDE)
				continue;
			n_decide++;
			assert_true(i + 1 < l->n);
			const aegis_trace_event *s = &l->ev[i + 1];
			assert_int_equal(s->kind, AEGIS_EV_START);
			assert_int_equal(s->t_ns, e->t_ns);
			assert_int_equal(s->lane, e->lane);
			assert_int_equal(s->model, e->model);
			assert_int_equal(s->job, e->job);
			assert_int_equal(s->segment, e->segment);
			assert_true(e->count >= 1u + (e->other != AEGIS_NO_MODEL));
			switch ((aegis_decide_reason)e->status) {
			case AEGIS_DECIDE_FREE: /* segment > 0: a preempted job resumes */
				if (e->other != AEGIS_NO_MODEL)
					assert_false(keys_less(e->arg3, e->arg4, e->arg, e->arg2));
				break;
			case AEGIS_DECIDE_CONTINUE:
				n_continue++;
				assert_true(e->segment > 0);
				if (e->other != AEGIS_NO_MODEL)
					assert_false(keys_less(e->arg3, e->arg4, e->arg, e->arg2));
				break;
			case AEGIS_DECIDE_PREEMPT:
				n_preempt++;
				assert_int_not_equal(e->other, AEGIS_NO_MODEL);
				assert_true(keys_less(e->arg, e->arg2, e->arg3, e->arg4));
				assert_true(i > 0);
				assert_int_equal(l->ev[i - 1].kind, AEGIS_EV_PREEMPT);
				assert_int_equal(l->ev[i - 1].model, e->other);
				break;
			default:
				fail();
			}
		}
		assert_true(n_decide > 100);
		assert_true(n_continue > 0);
		assert_true(n_preempt > 0);
	}
	free(d);
	free(l);
}

static char *slurp(FILE *f)
{
	long n = ftell(f);
	assert_true(n >= 0);
	char *buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	rewind(f);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	buf[n] = '\0';
	return buf;
}

static void test_jsonl_log(void **state)
{
	(void)state;
	aegis_jsonl_writer *w = (aegis_jsonl_writer *)1;
	assert_int_equal(aegis_jsonl_writer_create(NULL, &w), AEGIS_E_INVAL);
	assert_null(w);
	assert_null(aegis_jsonl_writer_sink(NULL).fn);

	FILE *f = tmpfile();
	assert_non_null(f);
	assert_int_equal(aegis_jsonl_writer_create(f, &w), AEGIS_OK);
	aegis_runtime_config cfg = {.lanes = 2, .policy = AEGIS_POLICY_FP, .seed = 3,
				    .trace = aegis_jsonl_writer_sink(w)};
	aegis_runtime *rt;
	assert_int_equal(aegis_runtime_create(&cfg, &rt, NULL, 0), AEGIS_OK);
	struct done_log *d = calloc(1, sizeof *d);
	assert_non_null(d);
	admit_models(rt, d);
	assert_int_equal(aegis_jsonl_writer_header(w, rt), AEGIS_OK);
	assert_int_equal(aegis_jsonl_writer_header(w, rt), AEGIS_E_STATE);
	assert_int_equal(aegis_runtime_run_for(rt, AEGIS_NS_PER_S / 2), AEGIS_OK);
	assert_int_equal(aegis_runtime_stop(rt), AEGIS_OK);
	assert_int_equal(aegis_jsonl_writer_finish(w), AEGIS_OK);
	assert_int_equal(aegis_jsonl_writer_finish(w), AEGIS_E_STATE);
	char *text = slurp(f);
	const char *head = "{\"schema\":\"aegis-decision-log\",\"version\":1,\"runtime\":{"
			   "\"device\":\"sim\",\"lanes\":2,\"policy\":\"fp\",\"rule\":";
	assert_memory_equal(text, head, strlen(head));
	assert_non_null(strstr(text, "\"analysis\":\"fp-np\""));
	assert_non_null(strstr(text, "{\"id\":5,\"name\":\"m5\",\"lane\":1,\"period_ns\":100000000"));
	/* line by line: one object each, the header first, then the events */
	size_t lines = 0, decides = 0;
	for (char *p = text, *nl; *p; p = nl + 1) {
		nl = strchr(p, '\n');
		assert_non_null(nl);
		assert_int_equal(p[0], '{');
		assert_int_equal(nl[-1], '}');
		if (lines++)
			assert_memory_equal(p, "{\"ev\":\"", 7);
		decides += strncmp(p, "{\"ev\":\"decide\"", 14) == 0;
	}
	assert_true(decides > 50);
	free(text);
	aegis_runtime_destroy(rt);
	aegis_jsonl_writer_destroy(w);
	fclose(f);
	free(d);
}

/* A refused admission is an ADMIT event (model null, its refusal number) and is named
 * in the header with its status, lane and reason; an accepted one carries its FP
 * bound and slack, equal to the header's once nothing else joins its lane. */
static void test_admission_verdicts(void **state)
{
	(void)state;
	FILE *f = tmpfile();
	assert_non_null(f);
	aegis_jsonl_writer *w;
	assert_int_equal(aegis_jsonl_writer_create(f, &w), AEGIS_OK);
	aegis_runtime_config cfg = {.lanes = 2, .policy = AEGIS_POLICY_FP, .seed = 3,
				    .priorities = AEGIS_PRIO_RM, .trace = aegis_jsonl_writer_sink(w)};
	aegis_runtime *rt;
	assert_int_equal(aegis_runtime_create(&cfg, &rt, NULL, 0), AEGIS_OK);
	aegis_sim_config a_sim = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 4000000}};
	aegis_sim_config big_sim = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 15000000}};
	aegis_model_config a = {.name = "a", .period_ns = 10000000, .lane = 0,
				.backend_config = &a_sim};
	aegis_model_config big = {.name = "big", .period_ns = 20000000, .lane = 0,
				  .backend_config = &big_sim};
	assert_int_equal(aegis_model_admit(rt, &a, NULL), AEGIS_OK);
	assert_int_equal(aegis_model_admit(rt, &big, NULL), AEGIS_E_UNSCHEDULABLE);
	assert_int_equal(aegis_jsonl_writer_header(w, rt), AEGIS_OK);
	assert_int_equal(aegis_runtime_run_for(rt, 30000000), AEGIS_OK);
	assert_int_equal(aegis_runtime_stop(rt), AEGIS_OK);
	assert_int_equal(aegis_jsonl_writer_finish(w), AEGIS_OK);
	char *text = slurp(f);
	/* a alone on lane 0: bound = C = 4 ms, slack = D - R = 6 ms */
	assert_non_null(strstr(text, "\"schedulable\":true,\"bound_ns\":4000000,"
				     "\"slack_ns\":6000000}"));
	assert_non_null(strstr(text, "\"refused\":[{\"refusal\":0,\"name\":\"big\","
				     "\"status\":\"AEGIS_E_UNSCHEDULABLE\",\"lane\":0,"
				     "\"reason\":\"model 'big' on lane 0: "));
	assert_non_null(strstr(text, "],\"refusals\":1}\n"));
	assert_non_null(strstr(text, "{\"ev\":\"admit\",\"t\":0,\"model\":0,\"lane\":0,"
				     "\"status\":\"AEGIS_OK\",\"bound\":4000000,"
				     "\"slack\":6000000,\"deadline\":10000000,"
				     "\"lane_models\":1}\n"));
	assert_non_null(strstr(text, "{\"ev\":\"admit\",\"t\":0,\"model\":null,"
				     "\"refusal\":0,\"lane\":0,\"status\":\"AEGIS_E_UNSCHEDULABLE\","
				     "\"bound\":null,\"slack\":null,\"deadline\":20000000,"
				     "\"lane_models\":2}\n"));
	free(text);
	aegis_runtime_destroy(rt);
	aegis_jsonl_writer_destroy(w);
	fclose(f);
}

/* Events before the header are dropped and reported by finish; no header: E_STATE. */
static void test_jsonl_events_before_header(void **state)
{
	(void)state;
	FILE *f = tmpfile();
	assert_non_null(f);
	aegis_jsonl_writer *w;
	assert_int_equal(aegis_jsonl_writer_create(f, &w), AEGIS_OK);
	aegis_trace_event ev = {.kind = AEGIS_EV_RELEASE};
	aegis_jsonl_writer_sink(w).fn(w, &ev, 1);
	assert_int_equal(aegis_jsonl_writer_finish(w), AEGIS_E_STATE);
	assert_int_equal(ftell(f), 0);
	aegis_jsonl_writer_destroy(w);
	fclose(f);
}

/* The Chrome exporter writes nothing for a DECIDE event. */
static void test_chrome_ignores_decide(void **state)
{
	(void)state;
	char *docs[2];
	for (int k = 0; k < 2; k++) {
		FILE *f = tmpfile();
		assert_non_null(f);
		aegis_chrome_writer *w;
		assert_int_equal(aegis_chrome_writer_create(f, &w), AEGIS_OK);
		aegis_trace_event ev = {.kind = AEGIS_EV_DECIDE, .t_ns = 5, .lane = 0, .model = 1,
					.other = 2, .count = 2};
		if (k)
			aegis_chrome_writer_sink(w).fn(w, &ev, 1);
		assert_int_equal(aegis_chrome_writer_finish(w, NULL), AEGIS_OK);
		docs[k] = slurp(f);
		aegis_chrome_writer_destroy(w);
		fclose(f);
	}
	assert_string_equal(docs[0], docs[1]);
	assert_string_equal(aegis_event_kind_name(AEGIS_EV_DECIDE), "decide");
	free(docs[0]);
	free(docs[1]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_identical_with_tracing_on_and_off),
		cmocka_unit_test(test_decide_events),
		cmocka_unit_test(test_jsonl_log),
		cmocka_unit_test(test_jsonl_events_before_header),
		cmocka_unit_test(test_admission_verdicts),
		cmocka_unit_test(test_chrome_ignores_decide),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
