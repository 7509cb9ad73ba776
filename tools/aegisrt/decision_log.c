/* The one validator of decision logs (decision_log.h): the header and every event are
 * checked against the schema of docs/DECISION_LOG.md and against what
 * src/export/jsonl.c can write, then handed to the command's reader. Must not
 * interpret the decisions, nor keep more than one line and a few numbers per model. */
#define _GNU_SOURCE
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "decision_log.h"

/* What the checks need of each model of the header. */
struct dlog_model {
	uint32_t lane, n_seg;
	uint64_t next_job; /* the number its next release or rejection must have */
};

struct dlog {
	const char *cmd, *path;
	size_t line;
	uint32_t n_lanes, n_models;
	struct dlog_model *m;
	bool started;
	int64_t clock; /* the latest t of the events that come in time order */
};

static int bad(const struct dlog *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int bad(const struct dlog *d, const char *fmt, ...)
{
	va_list ap;
	char *what = NULL;
	va_start(ap, fmt);
	if (vasprintf(&what, fmt, ap) < 0)
		what = NULL;
	va_end(ap);
	cli_message(d->cmd, "%s:%zu: %s", d->path, d->line, what ? what : "out of memory");
	free(what);
	return EXIT_USAGE;
}

aegis_status dlog_status(const char *name)
{
	if (strncmp(name, "AEGIS_", 6) == 0)
		name += 6;
	for (int s = 0; s < AEGIS_STATUS_COUNT_; s++)
		if (strcmp(aegis_status_name((aegis_status)s) + 6, name) == 0)
			return (aegis_status)s;
	return AEGIS_STATUS_COUNT_;
}

/* ---- typed fields ------------------------------------------------------------------ */

static bool get_int(const json_t *o, const char *k, int64_t *out)
{
	const json_t *v = json_object_get(o, k);
	if (!json_is_integer(v))
		return false;
	*out = (int64_t)json_integer_value(v);
	return true;
}

static bool int_in(const json_t *o, const char *k, int64_t lo, int64_t hi, int64_t *out)
{
	int64_t x;
	if (!get_int(o, k, &x) || x < lo || x > hi)
		return false;
	if (out)
		*out = x;
	return true;
}

/* null, or an integer in [lo, hi]; a missing key is null only where allow_missing. */
static bool null_or_int(const json_t *o, const char *k, int64_t lo, int64_t hi,
			bool allow_missing)
{
	const json_t *v = json_object_get(o, k);
	if (!v)
		return allow_missing;
	return json_is_null(v) || int_in(o, k, lo, hi, NULL);
}

static const char *get_str(const json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

static bool null_or_bool(const json_t *o, const char *k)
{
	const json_t *v = json_object_get(o, k);
	return json_is_null(v) || json_is_boolean(v);
}

/* name is one of f(0), f(1), ... (f's "unknown" ends the list). */
static bool name_of(const char *name, const char *(*f)(int), int max)
{
	for (int i = 0; name && i < max; i++) {
		const char *n = f(i);
		if (strcmp(n, "unknown") == 0)
			return false;
		if (strcmp(n, name) == 0)
			return true;
	}
	return false;
}

static const char *kind_name(int k)
{
	return aegis_event_kind_name((aegis_event_kind)k);
}
static const char *fault_name(int k)
{
	return aegis_fault_kind_name((aegis_fault_kind)k);
}
static const char *reason_name(int k)
{
	return aegis_decide_reason_name((aegis_decide_reason)k);
}
static const char *region_name(int k)
{
	return aegis_mem_region_name((aegis_mem_region)k);
}
static const char *health_name(int k)
{
	return k <= AEGIS_HEALTH_RECOVERING ? aegis_health_name((aegis_health)k) : "unknown";
}
static const char *analysis_name(int k)
{
	return k < AEGIS_AN_KIND_COUNT_ ? aegis_analysis_kind_name((aegis_analysis_kind)k)
					: "unknown";
}

static bool status_ok(const json_t *o, const char *k)
{
	const char *s = get_str(o, k);
	return s && dlog_status(s) != AEGIS_STATUS_COUNT_;
}

static bool enum_ok(aegis_enum e, const char *name)
{
	int v;
	return name && aegis_enum_parse(e, name, &v) == AEGIS_OK;
}

/* The rule of model names (aegis_model_config_validate): printable ASCII without
 * spaces, quotes or backslashes, not empty. */
static bool model_name_ok(const char *s)
{
	if (!s || !*s)
		return false;
	for (; *s; s++)
		if (*s < 0x21 || *s > 0x7e || *s == '"' || *s == '\\')
			return false;
	return true;
}

/* ---- the header ---------------------------------------------------------------------- */

static int check_runtime(struct dlog *d, const json_t *rt)
{
	int64_t lanes;
	const json_t *seed = json_object_get(rt, "seed");
	const char *admission = get_str(rt, "admission");
	const json_t *analysis = json_object_get(rt, "analysis");
	if (!json_is_object(rt))
		return bad(d, "header: \"runtime\", an object, expected");
	if (!int_in(rt, "lanes", 1, AEGIS_MAX_LANES, &lanes))
		return bad(d, "runtime.lanes: an integer in 1..%u expected", AEGIS_MAX_LANES);
	if (!get_str(rt, "device") || !get_str(rt, "rule"))
		return bad(d, "runtime: device and rule (strings) expected");
	if (!enum_ok(AEGIS_ENUM_POLICY, get_str(rt, "policy")))
		return bad(d, "runtime.policy: fp, edf or fifo expected");
	if (!enum_ok(AEGIS_ENUM_PREEMPTION, get_str(rt, "preemption")))
		return bad(d, "runtime.preemption: none or points expected");
	if (!enum_ok(AEGIS_ENUM_PRIORITIES, get_str(rt, "priorities")))
		return bad(d, "runtime.priorities: explicit, rm or dm expected");
	if (!(json_is_integer(seed) && json_integer_value(seed) >= 0) && !json_is_string(seed))
		return bad(d, "runtime.seed: an integer >= 0 (or a string above 2^63 - 1) expected");
	if (!admission || (strcmp(admission, "on") != 0 && strcmp(admission, "off") != 0))
		return bad(d, "runtime.admission: \"on\" or \"off\" expected");
	if (!json_is_null(analysis) &&
	    !name_of(json_string_value(analysis), analysis_name, AEGIS_AN_KIND_COUNT_))
		return bad(d, "runtime.analysis: null or the name of an analysis (fp-np, edf-np, "
			   "...) expected");
	/* host_stall_ns came later in version 1: a log without it has none */
	if (!int_in(rt, "dispatch_overhead_ns", 0, DLOG_TIME_MAX, NULL) ||
	    (json_object_get(rt, "host_stall_ns") &&
	     !int_in(rt, "host_stall_ns", 0, DLOG_TIME_MAX, NULL)))
		return bad(d, "runtime: dispatch_overhead_ns and host_stall_ns, integers in "
			   "0..2^53, expected");
	d->n_lanes = (uint32_t)lanes;
	return 0;
}

static int check_model(struct dlog *d, const json_t *m, uint32_t i)
{
	int64_t id = -1, lane;
	const char *admitted = get_str(m, "admitted");
	const json_t *seg = json_object_get(m, "segments_ns");
	char safe[96];
	if (!json_is_object(m) || !get_int(m, "id", &id) || id != (int64_t)i)
		return bad(d, "models[%" PRIu32 "]: an object with \"id\": %" PRIu32 " expected "
			   "(models are listed by id from 0)", i, i);
	if (!model_name_ok(get_str(m, "name")))
		return bad(d, "models[%" PRIu32 "]: \"name\": a model name (printable ASCII without "
			   "spaces, quotes or backslashes) expected, found %s", i,
			   get_str(m, "name") ? cli_escape(get_str(m, "name"), safe, sizeof safe)
					      : "none");
	if (!int_in(m, "lane", 0, d->n_lanes - 1, &lane))
		return bad(d, "models[%" PRIu32 "]: \"lane\": an integer in 0..%" PRIu32 " expected",
			   i, d->n_lanes - 1);
	if (!int_in(m, "period_ns", 1, DLOG_TIME_MAX, NULL) ||
	    !int_in(m, "deadline_ns", 1, DLOG_TIME_MAX, NULL) ||
	    !int_in(m, "jitter_ns", 0, DLOG_TIME_MAX, NULL) ||
	    !int_in(m, "wcet_ns", 0, DLOG_TIME_MAX, NULL) ||
	    !int_in(m, "c_ns", 0, DLOG_TIME_MAX, NULL))
		return bad(d, "models[%" PRIu32 "]: period_ns, deadline_ns (1..2^53), jitter_ns, "
			   "wcet_ns and c_ns (0..2^53) expected", i);
	if (!int_in(m, "prio_key", INT64_MIN, INT64_MAX, NULL) ||
	    !int_in(m, "rank", -1, AEGIS_MAX_MODELS, NULL))
		return bad(d, "models[%" PRIu32 "]: prio_key (an integer) and rank (-1..%u) "
			   "expected", i, AEGIS_MAX_MODELS);
	if (!json_is_array(seg) || json_array_size(seg) > AEGIS_MAX_SEGMENTS)
		return bad(d, "models[%" PRIu32 "]: \"segments_ns\": an array of at most %u "
			   "segments expected", i, AEGIS_MAX_SEGMENTS);
	for (size_t k = 0; k < json_array_size(seg); k++) {
		const json_t *v = json_array_get(seg, k);
		if (!json_is_integer(v) || json_integer_value(v) < 1 ||
		    json_integer_value(v) > DLOG_TIME_MAX)
			return bad(d, "models[%" PRIu32 "]: segments_ns[%zu]: an integer in 1..2^53 "
				   "expected", i, k);
	}
	if (!json_is_boolean(json_object_get(m, "evicted")) ||
	    !admitted || (strcmp(admitted, "analysed") != 0 && strcmp(admitted, "forced") != 0) ||
	    !null_or_bool(m, "schedulable"))
		return bad(d, "models[%" PRIu32 "]: evicted (a boolean), admitted (\"analysed\" or "
			   "\"forced\") and schedulable (a boolean or null) expected", i);
	/* a missing bound or slack counts as null (the first logs of version 1) */
	if (!null_or_int(m, "bound_ns", 0, DLOG_TIME_MAX, true) ||
	    !null_or_int(m, "slack_ns", -DLOG_TIME_MAX, DLOG_TIME_MAX, true))
		return bad(d, "models[%" PRIu32 "]: bound_ns and slack_ns: null or an integer "
			   "(bound 0..2^53, slack -2^53..2^53) expected", i);
	size_t n_seg = json_array_size(seg);
	d->m[i] = (struct dlog_model){.lane = (uint32_t)lane,
				      .n_seg = n_seg ? (uint32_t)n_seg : 1};
	return 0;
}

static int check_header(struct dlog *d, const json_t *h)
{
	const char *schema = get_str(h, "schema");
	int64_t version;
	char safe[64];
	if (!schema || strcmp(schema, "aegis-decision-log") != 0)
		return bad(d, "schema \"aegis-decision-log\" expected, found %s%s%s",
			   schema ? "\"" : "", schema ? cli_escape(schema, safe, sizeof safe) : "none",
			   schema ? "\"" : "");
	if (!get_int(h, "version", &version))
		return bad(d, "an integer \"version\" expected");
	if (version != 1)
		return bad(d, "schema version 1 expected, found %" PRId64, version);
	int rc = check_runtime(d, json_object_get(h, "runtime"));
	if (rc)
		return rc;
	const json_t *lanes = json_object_get(h, "lanes");
	if (!json_is_array(lanes) || json_array_size(lanes) != d->n_lanes)
		return bad(d, "header: \"lanes\": an array of runtime.lanes (%" PRIu32 ") lanes "
			   "expected", d->n_lanes);
	for (uint32_t l = 0; l < d->n_lanes; l++) {
		const json_t *x = json_array_get(lanes, l);
		int64_t id;
		if (!get_int(x, "lane", &id) || id != (int64_t)l || !null_or_bool(x, "schedulable"))
			return bad(d, "lanes[%" PRIu32 "]: {\"lane\": %" PRIu32 ", \"schedulable\": a "
				   "boolean or null} expected", l, l);
	}
	const json_t *models = json_object_get(h, "models");
	if (!json_is_array(models) || json_array_size(models) > AEGIS_MAX_MODELS)
		return bad(d, "header: \"models\": an array of at most %u models expected",
			   AEGIS_MAX_MODELS);
	d->n_models = (uint32_t)json_array_size(models);
	d->m = calloc(d->n_models ? d->n_models : 1, sizeof *d->m);
	if (!d->m)
		return bad(d, "out of memory");
	for (uint32_t i = 0; i < d->n_models; i++)
		if ((rc = check_model(d, json_array_get(models, i), i)) != 0)
			return rc;
	const json_t *refused = json_object_get(h, "refused");
	int64_t refusals;
	if (!json_is_array(refused) || json_array_size(refused) > DLOG_MAX_REFUSED ||
	    !int_in(h, "refusals", (int64_t)json_array_size(refused), INT64_MAX, &refusals))
		return bad(d, "header: \"refused\" (an array of at most %u) and \"refusals\" (an "
			   "integer, at least as many) expected", DLOG_MAX_REFUSED);
	for (size_t k = 0; k < json_array_size(refused); k++) {
		const json_t *x = json_array_get(refused, k);
		if (!int_in(x, "refusal", 0, refusals - 1, NULL) || !get_str(x, "name") ||
		    !status_ok(x, "status") || !get_str(x, "reason") ||
		    !null_or_int(x, "lane", 0, d->n_lanes - 1, false))
			return bad(d, "refused[%zu]: refusal (0..refusals-1), name, status (a status "
				   "name), lane (null or a lane) and reason expected", k);
	}
	return 0;
}

/* ---- events -------------------------------------------------------------------------- */

/* The fields of a job event: model and job; lane and segment where the kind has them. */
static int read_job(struct dlog *d, const json_t *o, struct dlog_event *e, bool lane_needed,
		    bool seg_needed, uint32_t seg_extra)
{
	int64_t model, job, lane, seg;
	if (!int_in(o, "model", 0, (int64_t)d->n_models - 1, &model)) {
		char found[32] = "none";
		if (get_int(o, "model", &model))
			snprintf(found, sizeof found, "%" PRId64, model);
		return bad(d, "\"%s\" event: \"model\": a model id in 0..%" PRId64 " expected, "
			   "found %s", e->ev, (int64_t)d->n_models - 1, found);
	}
	const struct dlog_model *m = &d->m[model];
	if (!int_in(o, "job", 0, INT64_MAX, &job))
		return bad(d, "\"%s\" event: \"job\": an integer >= 0 expected", e->ev);
	e->has_model = e->has_job = true;
	e->model = (uint32_t)model;
	e->job = (uint64_t)job;
	if (e->kind == AEGIS_EV_RELEASE || e->kind == AEGIS_EV_REJECT) {
		if (e->job != m->next_job)
			return bad(d, "\"%s\" event: \"job\": model %" PRIu32 "'s next number, %" PRIu64
				   ", expected, found %" PRIu64 " (a release or rejection missing, "
				   "repeated or out of order)", e->ev, e->model, m->next_job, e->job);
	} else if (e->job >= m->next_job) {
		return bad(d, "\"%s\" event: \"job\": a job of model %" PRIu32 " released before "
			   "(0..%" PRId64 ") expected, found %" PRIu64, e->ev, e->model,
			   (int64_t)m->next_job - 1, e->job);
	}
	const json_t *l = json_object_get(o, "lane");
	if (l || lane_needed) {
		if (!int_in(o, "lane", 0, d->n_lanes - 1, &lane))
			return bad(d, "\"%s\" event: \"lane\": an integer in 0..%" PRIu32 " expected",
				   e->ev, d->n_lanes - 1);
		if (lane_needed && lane != (int64_t)m->lane)
			return bad(d, "\"%s\" event: lane %" PRId64 ", but model %" PRIu32 " runs on "
				   "lane %" PRIu32, e->ev, lane, e->model, m->lane);
		e->has_lane = true;
		e->lane = (uint32_t)lane;
	}
	if (seg_needed || json_object_get(o, "segment")) {
		int64_t max = (int64_t)m->n_seg - 1 + seg_extra;
		if (!int_in(o, "segment", 0, max, &seg))
			return bad(d, "\"%s\" event: \"segment\": an integer in 0..%" PRId64 " expected "
				   "(model %" PRIu32 " has %" PRIu32 " segments)", e->ev, max, e->model,
				   m->n_seg);
		e->has_segment = true;
		e->segment = (uint32_t)seg;
	}
	return 0;
}

static int check_kind(struct dlog *d, const json_t *o, struct dlog_event *e)
{
	int rc;
	switch (e->kind) {
	case AEGIS_EV_RELEASE:
		if ((rc = read_job(d, o, e, false, false, 0)) != 0)
			return rc;
		if (!int_in(o, "deadline", e->t, DLOG_TIME_MAX, NULL))
			return bad(d, "\"release\" event: \"deadline\": an integer in t..2^53 expected");
		d->m[e->model].next_job++;
		return 0;
	case AEGIS_EV_REJECT:
		if ((rc = read_job(d, o, e, false, false, 0)) != 0)
			return rc;
		if (!status_ok(o, "status"))
			return bad(d, "\"reject\" event: \"status\": a status name expected");
		d->m[e->model].next_job++;
		return 0;
	case AEGIS_EV_START:
		if ((rc = read_job(d, o, e, true, true, 0)) != 0)
			return rc;
		if (!int_in(o, "deadline", 0, DLOG_TIME_MAX, NULL))
			return bad(d, "\"start\" event: \"deadline\": an integer in 0..2^53 expected");
		return 0;
	case AEGIS_EV_SEGMENT_END:
		if ((rc = read_job(d, o, e, true, true, 0)) != 0)
			return rc;
		if (!int_in(o, "start", 0, e->t, NULL))
			return bad(d, "\"segment_end\" event: \"start\": an integer in 0..t expected");
		return 0;
	case AEGIS_EV_PREEMPT:
		if ((rc = read_job(d, o, e, true, true, 0)) != 0)
			return rc;
		if (!int_in(o, "by", 0, (int64_t)d->n_models - 1, NULL))
			return bad(d, "\"preempt\" event: \"by\": a model id expected");
		return 0;
	case AEGIS_EV_COMPLETE:
		if ((rc = read_job(d, o, e, false, true, 1)) != 0)
			return rc;
		if (!status_ok(o, "status"))
			return bad(d, "\"complete\" event: \"status\": a status name expected");
		if (!int_in(o, "arrival", 0, e->t, NULL))
			return bad(d, "\"complete\" event: \"arrival\": an integer in 0..t expected");
		return 0;
	case AEGIS_EV_MISS:
		return read_job(d, o, e, false, true, 1);
	case AEGIS_EV_DECIDE: {
		if ((rc = read_job(d, o, e, true, true, 0)) != 0)
			return rc;
		const json_t *alt = json_object_get(o, "alt");
		if (!name_of(get_str(o, "reason"), reason_name, 8))
			return bad(d, "\"decide\" event: \"reason\": free, continue or preempt "
				   "expected");
		if (!get_int(o, "key", &(int64_t){0}) || !get_int(o, "tie", &(int64_t){0}) ||
		    !int_in(o, "candidates", 0, (int64_t)d->n_models + 1, NULL))
			return bad(d, "\"decide\" event: key, tie (integers) and candidates (0..%" PRIu32
				   ") expected", d->n_models + 1);
		if (!json_is_null(alt) &&
		    (!int_in(alt, "model", 0, (int64_t)d->n_models - 1, NULL) ||
		     !get_int(alt, "key", &(int64_t){0}) || !get_int(alt, "tie", &(int64_t){0})))
			return bad(d, "\"decide\" event: \"alt\": null or {model, key, tie} expected");
		return 0;
	}
	case AEGIS_EV_ALLOC:
	case AEGIS_EV_FREE:
		if (!name_of(get_str(o, "region"), region_name, 8) ||
		    !int_in(o, "lane", 0, d->n_lanes - 1, NULL) ||
		    (json_object_get(o, "model") &&
		     !int_in(o, "model", 0, (int64_t)d->n_models - 1, NULL)) ||
		    !int_in(o, "offset", 0, INT64_MAX, NULL) || !int_in(o, "bytes", 0, INT64_MAX, NULL))
			return bad(d, "\"%s\" event: region (persistent, io or arena), lane, model (a "
				   "model id, or none for an arena), offset and bytes (>= 0) expected",
				   e->ev);
		return 0;
	case AEGIS_EV_ADMIT: {
		const json_t *model = json_object_get(o, "model");
		bool ok = json_is_null(model) ? int_in(o, "refusal", 0, INT64_MAX, NULL)
					      : int_in(o, "model", 0, (int64_t)d->n_models - 1, NULL);
		if (!ok || !null_or_int(o, "lane", 0, d->n_lanes - 1, false) ||
		    !status_ok(o, "status") || !null_or_int(o, "bound", 0, DLOG_TIME_MAX, false) ||
		    !null_or_int(o, "slack", -DLOG_TIME_MAX, DLOG_TIME_MAX, false) ||
		    !int_in(o, "deadline", 0, DLOG_TIME_MAX, NULL) ||
		    !int_in(o, "lane_models", 0, AEGIS_MAX_MODELS, NULL))
			return bad(d, "\"admit\" event: model (a model id, or null with a refusal "
				   "number), lane (null or a lane), status, bound and slack (null or "
				   "times), deadline and lane_models expected");
		return 0;
	}
	case AEGIS_EV_FAULT: {
		const char *kind = get_str(o, "kind");
		if (!json_is_null(json_object_get(o, "model")) &&
		    (rc = read_job(d, o, e, false, json_object_get(o, "lane") != NULL, 0)) != 0)
			return rc;
		if (!e->has_model && json_object_get(o, "lane") &&
		    !int_in(o, "lane", 0, d->n_lanes - 1, NULL))
			return bad(d, "\"fault\" event: \"lane\": a lane expected");
		if (!name_of(kind, fault_name, 8) || !status_ok(o, "status"))
			return bad(d, "\"fault\" event: kind (overrun, breach, failed or fatal) and "
				   "status expected");
		if ((strcmp(kind, "overrun") == 0 || strcmp(kind, "breach") == 0) &&
		    (!int_in(o, "budget", 0, DLOG_TIME_MAX, NULL) ||
		     !int_in(o, "executed", 0, DLOG_TIME_MAX, NULL)))
			return bad(d, "\"fault\" event: budget and executed (0..2^53) expected for "
				   "an overrun or a breach");
		return 0;
	}
	case AEGIS_EV_HEALTH:
		if ((rc = read_job(d, o, e, false, false, 0)) != 0)
			return rc;
		if (!name_of(get_str(o, "from"), health_name, 8) ||
		    !name_of(get_str(o, "to"), health_name, 8) || !status_ok(o, "cause"))
			return bad(d, "\"health\" event: from and to (healthy, degraded, quarantined or "
				   "recovering) and cause (a status) expected");
		return 0;
	case AEGIS_EV_KIND_COUNT_:
		break;
	}
	return bad(d, "an event of an unknown kind");
}

static int check_event(struct dlog *d, const json_t *o, struct dlog_event *e)
{
	const char *ev = get_str(o, "ev");
	char safe[64];
	*e = (struct dlog_event){.ev = ev, .obj = o};
	if (!ev)
		return bad(d, "an event with \"ev\" (a string) expected");
	int k = 0;
	while (k < AEGIS_EV_KIND_COUNT_ && strcmp(kind_name(k), ev) != 0)
		k++;
	if (k == AEGIS_EV_KIND_COUNT_)
		return bad(d, "\"ev\": an event kind (release, reject, start, segment_end, preempt, "
			   "complete, miss, decide, alloc, free, admit, fault, health) expected, "
			   "found \"%s\"", cli_escape(ev, safe, sizeof safe));
	e->kind = (aegis_event_kind)k;
	if (!int_in(o, "t", 0, DLOG_TIME_MAX, &e->t))
		return bad(d, "\"%s\" event: \"t\": an integer in 0..2^53 expected", ev);
	/* A miss names its deadline and a fault the instant a budget ran out: both may lie
	 * before the events ahead of them. Every other event comes in time order. */
	bool ordered = e->kind != AEGIS_EV_MISS && e->kind != AEGIS_EV_FAULT;
	if (ordered && d->started && e->t < d->clock)
		return bad(d, "\"%s\" event at t=%" PRId64 " after one at t=%" PRId64 ": events in "
			   "time order expected (a log repeated, reversed or shuffled?)", ev, e->t,
			   d->clock);
	int rc = check_kind(d, o, e);
	if (rc)
		return rc;
	if (ordered) {
		d->clock = e->t;
		d->started = true;
	}
	return 0;
}

int dlog_read(FILE *f, const char *cmd, const char *path, const struct dlog_reader *r)
{
	struct dlog d = {.cmd = cmd, .path = path};
	char *buf = NULL;
	size_t cap = 0;
	int rc = 0;
	bool events = false;
	ssize_t n;
	while (!rc && (n = getline(&buf, &cap, f)) >= 0) {
		d.line++;
		json_error_t err;
		json_t *o = json_loadb(buf, (size_t)n, JSON_REJECT_DUPLICATES, &err);
		if (!json_is_object(o)) {
			rc = bad(&d, "one JSON object per line expected%s%s", o ? "" : ": ",
				 o ? "" : err.text);
			json_decref(o);
		} else if (d.line == 1) {
			rc = check_header(&d, o);
			if (!rc && r && r->header)
				rc = r->header(r->ctx, o); /* the reader owns it now */
			else
				json_decref(o);
		} else {
			struct dlog_event e;
			rc = check_event(&d, o, &e);
			events = true;
			if (!rc && r && r->event)
				rc = r->event(r->ctx, d.line, &e);
			json_decref(o);
		}
	}
	if (!rc && ferror(f)) {
		d.line++;
		rc = bad(&d, "the log could not be read to its end");
	} else if (!rc && d.line == 0) {
		d.line = 1;
		rc = bad(&d, "a header line expected, the log is empty");
	} else if (!rc && !events) {
		d.line++;
		rc = bad(&d, "events expected after the header");
	}
	free(d.m);
	free(buf);
	return rc;
}
