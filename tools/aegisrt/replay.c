/* `aegisrt replay LOG`: reads a decision log (docs/DECISION_LOG.md), rebuilds each
 * lane's ready set from the logged releases and completions, re-makes every logged
 * decision with the policy's order, and re-runs the admission analysis on the logged
 * models. Must not trust the logged keys: it computes them from the logged inputs. */
#define _GNU_SOURCE
#include <errno.h>
#include <inttypes.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "decision_log.h"

static const char replay_usage[] =
	"usage: aegisrt replay LOG\n"
	"\n"
	"Checks a decision log written by 'aegisrt run --log LOG'. For every logged\n"
	"decision it rebuilds the lane's ready set from the logged releases and\n"
	"completions and makes the decision again with the logged policy's order:\n"
	"  fp    (priority key, model admission index)\n"
	"  edf   (absolute deadline, release time, model index)\n"
	"  fifo  (release time, model index)\n"
	"At a segment boundary the running job keeps its lane unless preemption is\n"
	"'points' and a ready job's (key, tie) is strictly lower. It also re-runs the\n"
	"admission analysis of each lane on the logged models and compares the verdicts.\n"
	"\n"
	"Prints 'replay: N decisions, all agree', or the first divergence with its line,\n"
	"time, lane, the logged and the expected choice and the ready set.\n"
	"\n"
	"exit status: 0 all agree, 1 a divergence, 2 bad usage or an unreadable log,\n"
	"3 stdout could not be written.\n";

#define NO_MODEL UINT32_MAX

struct rjob {
	uint64_t seq;
	int64_t release_ns;
	int64_t deadline_ns;
};

struct rmodel {
	char *name;
	uint32_t lane;
	int64_t period_ns, deadline_ns, jitter_ns, prio_key, c_ns;
	int64_t *seg;
	uint32_t n_seg;
	int verdict; /* logged: -1 none, 0 unschedulable, 1 schedulable */
	bool evicted;
	/* pending jobs, oldest first: jobs[head..n) */
	struct rjob *jobs;
	size_t head, n, cap;
};

struct rlane {
	uint32_t running; /* model whose job holds the lane, NO_MODEL if free */
	uint64_t running_job;
	uint32_t preempted; /* set by PREEMPT until the lane's next decision */
	int logged_verdict;
};

struct replay {
	const char *path;
	aegis_policy policy;
	aegis_preemption preemption;
	const char *policy_name;
	const char *rule;
	bool admission_on;
	const char *analysis; /* logged kind name, NULL if none */
	uint32_t n_lanes;
	struct rlane *lanes;
	uint32_t n_models;
	struct rmodel *models;
	uint64_t decisions;
	json_t *header;
};

/* A candidate: the oldest pending job of a model, with the policy's keys. */
struct cand {
	uint32_t model;
	const struct rjob *job;
	int64_t key, tie;
};

static int bad_log(const struct replay *r, size_t line, const char *what)
{
	cli_print(stderr, "aegisrt replay: %s:%zu: %s\n", r->path, line, what);
	return EXIT_USAGE;
}

static int64_t get_i64(const json_t *o, const char *k, bool *ok)
{
	const json_t *v = json_object_get(o, k);
	if (!json_is_integer(v)) {
		*ok = false;
		return 0;
	}
	return (int64_t)json_integer_value(v);
}

static const char *get_str(const json_t *o, const char *k, bool *ok)
{
	const char *s = json_string_value(json_object_get(o, k));
	if (!s)
		*ok = false;
	return s ? s : "";
}

static int get_verdict(const json_t *o, const char *k)
{
	const json_t *v = json_object_get(o, k);
	return json_is_boolean(v) ? (json_is_true(v) ? 1 : 0) : -1;
}

static bool parse_policy(struct replay *r, const char *p, const char *m)
{
	int policy, preemption;
	if (aegis_enum_parse(AEGIS_ENUM_POLICY, p, &policy) != AEGIS_OK ||
	    aegis_enum_parse(AEGIS_ENUM_PREEMPTION, m, &preemption) != AEGIS_OK)
		return false;
	r->policy = (aegis_policy)policy;
	r->preemption = (aegis_preemption)preemption;
	r->policy_name = p;
	return true;
}

static int read_header(struct replay *r, json_t *h)
{
	bool ok = true;
	if (strcmp(get_str(h, "schema", &ok), "aegis-decision-log") != 0 || !ok)
		return bad_log(r, 1, "not a decision log (schema \"aegis-decision-log\" expected)");
	if (get_i64(h, "version", &ok) != 1 || !ok)
		return bad_log(r, 1, "unsupported schema version (1 expected)");
	const json_t *rt = json_object_get(h, "runtime");
	const json_t *models = json_object_get(h, "models");
	const json_t *lanes = json_object_get(h, "lanes");
	if (!json_is_object(rt) || !json_is_array(models) || !json_is_array(lanes))
		return bad_log(r, 1, "header: runtime, lanes and models expected");
	int64_t n_lanes = get_i64(rt, "lanes", &ok);
	if (!ok || n_lanes < 1 || n_lanes > AEGIS_MAX_LANES ||
	    json_array_size(lanes) != (size_t)n_lanes)
		return bad_log(r, 1, "header: bad lane count");
	if (!parse_policy(r, get_str(rt, "policy", &ok), get_str(rt, "preemption", &ok)) || !ok)
		return bad_log(r, 1, "header: bad policy or preemption");
	r->rule = get_str(rt, "rule", &ok);
	r->admission_on = strcmp(get_str(rt, "admission", &ok), "on") == 0;
	r->analysis = json_string_value(json_object_get(rt, "analysis"));
	r->n_lanes = (uint32_t)n_lanes;
	r->lanes = calloc(r->n_lanes, sizeof *r->lanes);
	r->n_models = (uint32_t)json_array_size(models);
	r->models = calloc(r->n_models ? r->n_models : 1, sizeof *r->models);
	if (!r->lanes || !r->models)
		return bad_log(r, 1, "out of memory");
	for (uint32_t l = 0; l < r->n_lanes; l++) {
		r->lanes[l] = (struct rlane){.running = NO_MODEL, .preempted = NO_MODEL};
		r->lanes[l].logged_verdict = get_verdict(json_array_get(lanes, l), "schedulable");
	}
	for (uint32_t i = 0; i < r->n_models; i++) {
		const json_t *m = json_array_get(models, i);
		struct rmodel *x = &r->models[i];
		if (get_i64(m, "id", &ok) != (int64_t)i)
			return bad_log(r, 1, "header: models must be listed by id from 0");
		x->name = strdup(get_str(m, "name", &ok));
		int64_t lane = get_i64(m, "lane", &ok);
		x->period_ns = get_i64(m, "period_ns", &ok);
		x->deadline_ns = get_i64(m, "deadline_ns", &ok);
		x->jitter_ns = get_i64(m, "jitter_ns", &ok);
		x->prio_key = get_i64(m, "prio_key", &ok);
		x->c_ns = get_i64(m, "c_ns", &ok);
		x->verdict = get_verdict(m, "schedulable");
		x->evicted = json_is_true(json_object_get(m, "evicted"));
		const json_t *seg = json_object_get(m, "segments_ns");
		if (!ok || !x->name || lane < 0 || lane >= n_lanes || !json_is_array(seg))
			return bad_log(r, 1, "header: a model lacks a field or has a bad lane");
		x->lane = (uint32_t)lane;
		x->n_seg = (uint32_t)json_array_size(seg);
		x->seg = calloc(x->n_seg ? x->n_seg : 1, sizeof *x->seg);
		if (!x->seg)
			return bad_log(r, 1, "out of memory");
		for (uint32_t k = 0; k < x->n_seg; k++)
			x->seg[k] = (int64_t)json_integer_value(json_array_get(seg, k));
	}
	return 0;
}

/* The policy's (key, tie) of a job, from the logged inputs only (src/sched/policy_*.c). */
static void policy_keys(const struct replay *r, uint32_t model, const struct rjob *j,
			int64_t *key, int64_t *tie)
{
	switch (r->policy) {
	case AEGIS_POLICY_FP:
		*key = r->models[model].prio_key;
		*tie = model;
		return;
	case AEGIS_POLICY_EDF:
		*key = j->deadline_ns;
		*tie = 0;
		return;
	case AEGIS_POLICY_FIFO:
		break;
	}
	*key = j->release_ns;
	*tie = 0;
}

/* The full order of a free lane: (key, tie, release time, model index). */
static bool cand_less(const struct cand *a, const struct cand *b)
{
	if (a->key != b->key)
		return a->key < b->key;
	if (a->tie != b->tie)
		return a->tie < b->tie;
	if (a->job->release_ns != b->job->release_ns)
		return a->job->release_ns < b->job->release_ns;
	return a->model < b->model;
}

/* The lane's ready set: the oldest pending job of every model of the lane whose job
 * does not hold it. Returns how many, written to c (n_models entries). */
static uint32_t ready_set(const struct replay *r, uint32_t lane, struct cand *c)
{
	uint32_t n = 0;
	for (uint32_t i = 0; i < r->n_models; i++) {
		const struct rmodel *m = &r->models[i];
		if (m->lane != lane || m->head == m->n || r->lanes[lane].running == i)
			continue;
		c[n] = (struct cand){.model = i, .job = &m->jobs[m->head]};
		policy_keys(r, i, c[n].job, &c[n].key, &c[n].tie);
		n++;
	}
	return n;
}

static const struct cand *best_of(const struct cand *c, uint32_t n)
{
	const struct cand *b = n ? &c[0] : NULL;
	for (uint32_t i = 1; i < n; i++)
		if (cand_less(&c[i], b))
			b = &c[i];
	return b;
}

static const char *model_name(const struct replay *r, uint32_t id)
{
	return id < r->n_models ? r->models[id].name : "?";
}

static void print_ready(const struct replay *r, const struct cand *c, uint32_t n,
			const struct cand *running)
{
	cli_print(stderr, "  candidates (key, tie, release, model):\n");
	if (running)
		cli_print(stderr, "    %" PRId64 " %" PRId64 " %" PRId64 " %s (%" PRIu32 ") job %" PRIu64
			" [running, at a boundary]\n", running->key, running->tie,
			running->job->release_ns, model_name(r, running->model), running->model,
			running->job->seq);
	for (uint32_t i = 0; i < n; i++)
		cli_print(stderr, "    %" PRId64 " %" PRId64 " %" PRId64 " %s (%" PRIu32 ") job %" PRIu64
			"\n", c[i].key, c[i].tie, c[i].job->release_ns, model_name(r, c[i].model),
			c[i].model, c[i].job->seq);
	if (!n && !running)
		cli_print(stderr, "    (none)\n");
}

static int diverge(const struct replay *r, size_t line, int64_t t, uint32_t lane,
		   const char *what)
{
	cli_print(stderr, "replay: divergence at %s:%zu (t=%" PRId64 " ns, lane %" PRIu32 "): %s\n",
		r->path, line, t, lane, what);
	cli_print(stderr, "  policy %s: %s\n", r->policy_name, r->rule);
	return EXIT_RUN_FAILED;
}

static const char *reason_str(aegis_decide_reason k)
{
	return k == AEGIS_DECIDE_FREE ? "free" : k == AEGIS_DECIDE_CONTINUE ? "continue" : "preempt";
}

static int check_decide(struct replay *r, size_t line, const json_t *ev, struct cand *c)
{
	bool ok = true;
	int64_t t = get_i64(ev, "t", &ok);
	int64_t lane = get_i64(ev, "lane", &ok);
	int64_t model = get_i64(ev, "model", &ok);
	int64_t job = get_i64(ev, "job", &ok);
	int64_t key = get_i64(ev, "key", &ok);
	int64_t tie = get_i64(ev, "tie", &ok);
	const char *reason = get_str(ev, "reason", &ok);
	if (!ok || lane < 0 || lane >= r->n_lanes || model < 0 || model >= r->n_models)
		return bad_log(r, line, "decide: a field is missing or out of range");
	struct rlane *l = &r->lanes[lane];
	uint32_t n = ready_set(r, (uint32_t)lane, c);
	const struct cand *best = best_of(c, n);
	struct cand run = {0};
	const struct cand *expect = best;
	aegis_decide_reason why = AEGIS_DECIDE_FREE;
	if (l->running != NO_MODEL) {
		struct rmodel *m = &r->models[l->running];
		run = (struct cand){.model = l->running, .job = &m->jobs[m->head]};
		policy_keys(r, run.model, run.job, &run.key, &run.tie);
		why = AEGIS_DECIDE_CONTINUE;
		expect = &run;
		/* a preemption is logged as PREEMPT before its decision: here the running
		 * job must keep its lane */
		if (r->preemption == AEGIS_PREEMPT_POINTS && best &&
		    (best->key < run.key || (best->key == run.key && best->tie < run.tie))) {
			why = AEGIS_DECIDE_PREEMPT;
			expect = best;
		}
	} else if (l->preempted != NO_MODEL) {
		why = AEGIS_DECIDE_PREEMPT;
	}
	r->decisions++;
	char msg[512];
	if (!expect) {
		snprintf(msg, sizeof msg, "logged %s (%" PRId64 ") job %" PRId64 ", but no job is ready",
			 model_name(r, (uint32_t)model), model, job);
		diverge(r, line, t, (uint32_t)lane, msg);
		print_ready(r, c, n, NULL);
		return EXIT_RUN_FAILED;
	}
	if (expect->model != (uint32_t)model || expect->job->seq != (uint64_t)job ||
	    strcmp(reason, reason_str(why)) != 0 || key != expect->key || tie != expect->tie) {
		snprintf(msg, sizeof msg,
			 "logged %s (%" PRId64 ") job %" PRId64 " (%s, key %" PRId64 ", tie %" PRId64
			 "), expected %s (%" PRIu32 ") job %" PRIu64 " (%s, key %" PRId64 ", tie %" PRId64
			 ")",
			 model_name(r, (uint32_t)model), model, job, reason, key, tie,
			 model_name(r, expect->model), expect->model, expect->job->seq, reason_str(why),
			 expect->key, expect->tie);
		diverge(r, line, t, (uint32_t)lane, msg);
		print_ready(r, c, n, l->running != NO_MODEL ? &run : NULL);
		return EXIT_RUN_FAILED;
	}
	l->running = (uint32_t)model;
	l->running_job = (uint64_t)job;
	l->preempted = NO_MODEL;
	return 0;
}

/* PREEMPT: the running job leaves the lane; allowed only with preemption points and a
 * ready job whose (key, tie) is strictly lower than the running job's. */
static int check_preempt(struct replay *r, size_t line, const json_t *ev, struct cand *c)
{
	bool ok = true;
	int64_t t = get_i64(ev, "t", &ok);
	int64_t lane = get_i64(ev, "lane", &ok);
	int64_t model = get_i64(ev, "model", &ok);
	if (!ok || lane < 0 || lane >= r->n_lanes || model < 0 || model >= r->n_models)
		return bad_log(r, line, "preempt: a field is missing or out of range");
	struct rlane *l = &r->lanes[lane];
	char msg[256]; /* the decision itself is counted at its DECIDE */
	if (l->running != (uint32_t)model) {
		snprintf(msg, sizeof msg, "preempt of %s (%" PRId64 "), which does not hold the lane",
			 model_name(r, (uint32_t)model), model);
		return diverge(r, line, t, (uint32_t)lane, msg);
	}
	struct rmodel *m = &r->models[model];
	struct cand run = {.model = (uint32_t)model, .job = &m->jobs[m->head]};
	policy_keys(r, run.model, run.job, &run.key, &run.tie);
	uint32_t n = ready_set(r, (uint32_t)lane, c);
	const struct cand *best = best_of(c, n);
	if (r->preemption != AEGIS_PREEMPT_POINTS || !best || best->key > run.key ||
	    (best->key == run.key && best->tie >= run.tie)) {
		snprintf(msg, sizeof msg, "logged a preemption of %s (%" PRId64 "), expected it to "
			 "continue (preemption %s, no strictly better ready job)",
			 model_name(r, (uint32_t)model), model,
			 aegis_preemption_name(r->preemption));
		diverge(r, line, t, (uint32_t)lane, msg);
		print_ready(r, c, n, &run);
		return EXIT_RUN_FAILED;
	}
	l->running = NO_MODEL;
	l->preempted = (uint32_t)model;
	return 0;
}

static int on_release(struct replay *r, size_t line, const json_t *ev)
{
	bool ok = true;
	int64_t t = get_i64(ev, "t", &ok);
	int64_t model = get_i64(ev, "model", &ok);
	int64_t job = get_i64(ev, "job", &ok);
	int64_t deadline = get_i64(ev, "deadline", &ok);
	if (!ok || model < 0 || model >= r->n_models)
		return bad_log(r, line, "release: a field is missing or out of range");
	struct rmodel *m = &r->models[model];
	if (m->n == m->cap) {
		size_t cap = m->cap ? 2 * m->cap : 16;
		struct rjob *p = realloc(m->jobs, cap * sizeof *p);
		if (!p)
			return bad_log(r, line, "out of memory");
		m->jobs = p;
		m->cap = cap;
	}
	if (m->head == m->n)
		m->head = m->n = 0; /* empty: reuse the space */
	m->jobs[m->n++] = (struct rjob){(uint64_t)job, t, deadline};
	return 0;
}

/* COMPLETE: the job leaves its model's queue (normally the oldest; a cancellation at
 * stop may end a younger one while the oldest holds a lane). */
static int on_complete(struct replay *r, size_t line, const json_t *ev)
{
	bool ok = true;
	int64_t model = get_i64(ev, "model", &ok);
	int64_t job = get_i64(ev, "job", &ok);
	if (!ok || model < 0 || model >= r->n_models)
		return bad_log(r, line, "complete: a field is missing or out of range");
	struct rmodel *m = &r->models[model];
	size_t i = m->head;
	while (i < m->n && m->jobs[i].seq != (uint64_t)job)
		i++;
	if (i == m->n)
		return bad_log(r, line, "complete: the job was never released");
	memmove(&m->jobs[m->head + 1], &m->jobs[m->head], (i - m->head) * sizeof *m->jobs);
	m->head++;
	struct rlane *l = &r->lanes[m->lane];
	if (l->running == (uint32_t)model && l->running_job == (uint64_t)job)
		l->running = NO_MODEL;
	return 0;
}

/* Re-runs each lane's analysis on the logged models and compares the verdicts. */
static int check_admission(const struct replay *r)
{
	if (!r->analysis) {
		printf("replay: admission: no analysis for policy %s (not checked)\n", r->policy_name);
		return 0;
	}
	aegis_analysis_kind kind;
	if (aegis_policy_analysis(r->policy, r->preemption, &kind) != AEGIS_OK ||
	    strcmp(aegis_analysis_kind_name(kind), r->analysis) != 0) {
		cli_print(stderr, "replay: admission: the log names analysis %s, policy %s with this "
				"preemption has another\n", r->analysis, r->policy_name);
		return EXIT_RUN_FAILED;
	}
	aegis_task *t = calloc(r->n_models ? r->n_models : 1, sizeof *t);
	aegis_task_result *res = calloc(r->n_models ? r->n_models : 1, sizeof *res);
	uint32_t *ids = calloc(r->n_models ? r->n_models : 1, sizeof *ids);
	int rc = 0;
	if (!t || !res || !ids) {
		rc = EXIT_RUN_FAILED;
		goto out;
	}
	for (uint32_t lane = 0; lane < r->n_lanes && !rc; lane++) {
		uint32_t n = 0;
		for (uint32_t i = 0; i < r->n_models; i++) {
			const struct rmodel *m = &r->models[i];
			if (m->lane != lane || m->evicted)
				continue;
			t[n] = (aegis_task){.name = m->name, .wcet_ns = m->c_ns,
					    .deadline_ns = m->deadline_ns, .period_ns = m->period_ns,
					    .jitter_ns = m->jitter_ns, .prio = m->prio_key,
					    .n_segments = m->n_seg, .segment_ns = m->seg};
			ids[n++] = i;
		}
		aegis_analysis_result a = {.schedulable = true};
		if (n && aegis_analyse(kind, t, n, &a, res) != AEGIS_OK) {
			cli_print(stderr, "replay: admission: lane %" PRIu32 ": the analysis failed\n", lane);
			rc = EXIT_RUN_FAILED;
			break;
		}
		if (r->lanes[lane].logged_verdict != (a.schedulable ? 1 : 0)) {
			cli_print(stderr, "replay: admission: lane %" PRIu32 ": logged %s, %s gives %s\n",
				lane, r->lanes[lane].logged_verdict ? "schedulable" : "unschedulable",
				r->analysis, a.schedulable ? "schedulable" : "unschedulable");
			rc = EXIT_RUN_FAILED;
		}
		if (r->admission_on && !a.schedulable) {
			cli_print(stderr, "replay: admission: lane %" PRIu32 " was admitted but %s "
					"refuses it\n", lane, r->analysis);
			rc = EXIT_RUN_FAILED;
		}
		for (uint32_t k = 0; k < n && !rc; k++) {
			const struct rmodel *m = &r->models[ids[k]];
			if (m->verdict != (res[k].schedulable ? 1 : 0)) {
				cli_print(stderr, "replay: admission: model %s: logged %s, %s gives %s\n",
					m->name, m->verdict ? "schedulable" : "unschedulable", r->analysis,
					res[k].schedulable ? "schedulable" : "unschedulable");
				rc = EXIT_RUN_FAILED;
			}
		}
	}
	if (!rc)
		printf("replay: admission: %" PRIu32 " lanes re-analysed (%s), verdicts agree\n",
		       r->n_lanes, r->analysis);
out:
	free(t);
	free(res);
	free(ids);
	return rc;
}

struct replay_read {
	struct replay *r;
	struct cand *c; /* scratch for the ready sets */
};

static int header_cb(void *ctx, json_t *h)
{
	struct replay_read *x = ctx;
	x->r->header = h;
	int rc = read_header(x->r, h);
	if (!rc && !(x->c = calloc(x->r->n_models ? x->r->n_models : 1, sizeof *x->c)))
		rc = bad_log(x->r, 1, "out of memory");
	return rc;
}

static int event_cb(void *ctx, size_t line, const struct dlog_event *e)
{
	struct replay_read *x = ctx;
	switch (e->kind) {
	case AEGIS_EV_RELEASE:
		return on_release(x->r, line, e->obj);
	case AEGIS_EV_COMPLETE:
		return on_complete(x->r, line, e->obj);
	case AEGIS_EV_DECIDE:
		return check_decide(x->r, line, e->obj, x->c);
	case AEGIS_EV_PREEMPT:
		return check_preempt(x->r, line, e->obj, x->c);
	default:
		return 0; /* reject, start, segment_end, miss, ...: no change to the ready sets */
	}
}

/* Every line through the validator of decision logs (dlog_read, as report reads it),
 * then through the checks of the decisions. */
static int replay_events(struct replay *r, FILE *f)
{
	struct replay_read x = {.r = r};
	struct dlog_reader reader = {.ctx = &x, .header = header_cb, .event = event_cb};
	int rc = dlog_read(f, "replay", r->path, &reader);
	free(x.c);
	return rc;
}

static void replay_free(struct replay *r)
{
	for (uint32_t i = 0; r->models && i < r->n_models; i++) {
		free(r->models[i].name);
		free(r->models[i].seg);
		free(r->models[i].jobs);
	}
	free(r->models);
	free(r->lanes);
	json_decref(r->header); /* last: policy_name, rule and analysis point into it */
}

int cmd_replay(int argc, char **argv)
{
	for (int i = 1; i < argc; i++)
		if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
			fputs(replay_usage, stdout);
			return 0;
		}
	if (argc != 2 || argv[1][0] == '-')
		return cli_error("replay", true, "expected one LOG file");
	struct replay r = {.path = argv[1]};
	FILE *f = fopen(r.path, "r");
	if (!f) {
		cli_print(stderr, "aegisrt replay: cannot read '%s': %s\n", r.path, strerror(errno));
		return EXIT_USAGE;
	}
	int rc = replay_events(&r, f);
	fclose(f);
	if (!rc)
		rc = check_admission(&r);
	if (!rc)
		printf("replay: %" PRIu64 " decisions, all agree\n", r.decisions);
	replay_free(&r);
	return rc;
}
