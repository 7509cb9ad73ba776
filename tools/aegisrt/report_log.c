/* Reads a decision log once for `aegisrt report` (report_log.h): the header's models
 * and lanes, then every event into counts, histograms, the timeline window and the
 * misses table. Must not keep every event nor write anything but errors. */
#define _GNU_SOURCE
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "report_log.h"

#define NO_ROW SIZE_MAX

/* One event line, as read: the fields its kind has. */
struct event {
	const char *ev;
	int64_t t, model, job, lane, start, arrival;
	bool has_lane;
	const char *status;
};

static int bad_log(const struct report_log *r, size_t line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int bad_log(const struct report_log *r, size_t line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	cli_print(stderr, "aegisrt report: %s:%zu: ", r->path, line);
	cli_vprint(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	return EXIT_USAGE;
}

static int no_memory(void)
{
	cli_print(stderr, "aegisrt report: out of memory\n");
	return EXIT_RUN_FAILED;
}

static bool get_int(const json_t *o, const char *k, int64_t *out)
{
	const json_t *v = json_object_get(o, k);
	if (!json_is_integer(v))
		return false;
	*out = (int64_t)json_integer_value(v);
	return true;
}

/* An integer time in [lo, REPORT_TIME_MAX]. */
static bool get_time(const json_t *o, const char *k, int64_t lo, int64_t *out)
{
	return get_int(o, k, out) && *out >= lo && *out <= REPORT_TIME_MAX;
}

/* A time or null; a missing key counts as null (older logs of version 1). */
static bool get_opt_time(const json_t *o, const char *k, int64_t lo, bool *has, int64_t *out)
{
	const json_t *v = json_object_get(o, k);
	*has = json_is_integer(v);
	if (*has)
		return get_time(o, k, lo, out);
	return !v || json_is_null(v);
}

static int read_model(struct report_log *r, const json_t *m, uint32_t i)
{
	struct report_model *x = &r->models[i];
	int64_t id = -1, lane = -1;
	const char *name = json_string_value(json_object_get(m, "name"));
	if (!json_is_object(m) || !get_int(m, "id", &id) || id != (int64_t)i)
		return bad_log(r, 1, "models[%" PRIu32 "]: an object with \"id\": %" PRIu32
			       " expected (models are listed by id from 0)", i, i);
	if (!name || !get_int(m, "lane", &lane) || lane < 0 || lane >= (int64_t)r->n_lanes ||
	    !get_time(m, "period_ns", 0, &x->period_ns) ||
	    !get_time(m, "deadline_ns", 0, &x->deadline_ns) || !get_time(m, "c_ns", 0, &x->c_ns))
		return bad_log(r, 1, "models[%" PRIu32 "]: name, lane (0..%" PRIu32 "), period_ns, "
			       "deadline_ns and c_ns (0..2^53) expected", i, r->n_lanes - 1);
	if (!get_opt_time(m, "bound_ns", 0, &x->has_bound, &x->bound_ns) ||
	    !get_opt_time(m, "slack_ns", -REPORT_TIME_MAX, &x->has_slack, &x->slack_ns))
		return bad_log(r, 1, "models[%" PRIu32 "]: bound_ns and slack_ns: null or an "
			       "integer (bound 0..2^53, slack -2^53..2^53) expected", i);
	x->lane = (uint32_t)lane;
	x->name = strdup(name);
	x->open_miss = x->open_miss_tail = NO_ROW;
	svg_colour(i, x->colour);
	if (!x->name || aegis_hist_create(&x->lat) != AEGIS_OK)
		return no_memory();
	return 0;
}

static int read_header(struct report_log *r, json_t *h)
{
	r->header = h;
	const char *schema = json_string_value(json_object_get(h, "schema"));
	int64_t version = 0, lanes = 0;
	if (!schema || strcmp(schema, "aegis-decision-log") != 0)
		return bad_log(r, 1, "schema \"aegis-decision-log\" expected, found %s%s%s",
			       schema ? "\"" : "", schema ? schema : "none", schema ? "\"" : "");
	if (!get_int(h, "version", &version))
		return bad_log(r, 1, "an integer \"version\" expected");
	if (version != 1)
		return bad_log(r, 1, "schema version 1 expected, found %" PRId64, version);
	r->runtime = json_object_get(h, "runtime");
	const json_t *models = json_object_get(h, "models");
	if (!json_is_object(r->runtime) || !json_is_array(models))
		return bad_log(r, 1, "header: \"runtime\" (an object) and \"models\" (an array) "
			       "expected");
	if (!get_int(r->runtime, "lanes", &lanes) || lanes < 1 || lanes > AEGIS_MAX_LANES)
		return bad_log(r, 1, "runtime.lanes: an integer in 1..%u expected",
			       AEGIS_MAX_LANES);
	if (!json_string_value(json_object_get(r->runtime, "device")) ||
	    !json_string_value(json_object_get(r->runtime, "policy")) ||
	    !json_string_value(json_object_get(r->runtime, "preemption")))
		return bad_log(r, 1, "runtime: device, policy and preemption (strings) expected");
	r->n_lanes = (uint32_t)lanes;
	r->n_models = (uint32_t)json_array_size(models);
	if (r->n_models == 0)
		return bad_log(r, 1, "header: at least one model expected");
	r->models = calloc(r->n_models, sizeof *r->models);
	r->lanes = calloc(r->n_lanes, sizeof *r->lanes);
	if (!r->models || !r->lanes)
		return no_memory();
	for (uint32_t i = 0; i < r->n_models; i++) {
		int rc = read_model(r, json_array_get(models, i), i);
		if (rc)
			return rc;
	}
	return 0;
}

/* ---- the timeline's segments ---------------------------------------------------- */

static bool overlaps(const struct svg_seg *s, int64_t from, int64_t to)
{
	return s->start_ns < to && s->end_ns >= from;
}

static int seg_push(struct report_segs *l, const struct svg_seg *s)
{
	if (l->n == l->cap) {
		l->dropped++;
		return 0;
	}
	if (l->n == l->alloc) {
		size_t alloc = l->alloc ? 2 * l->alloc : 256;
		struct svg_seg *v = realloc(l->v, (alloc < l->cap ? alloc : l->cap) * sizeof *v);
		if (!v)
			return -1;
		l->v = v;
		l->alloc = alloc < l->cap ? alloc : l->cap;
	}
	l->v[l->n++] = *s;
	return 0;
}

static void ring_push(struct report_ring *g, const struct svg_seg *s)
{
	if (g->n == g->cap) {
		if (g->v[g->next].end_ns > g->lost_end)
			g->lost_end = g->v[g->next].end_ns;
	} else {
		g->n++;
	}
	g->v[g->next] = *s;
	g->next = (g->next + 1) % g->cap;
}

/* The first miss fixes the default window: the 200 ms that end 50 ms after it, or the
 * first 200 ms if it comes earlier. Its segments come from the ring, or from the first
 * window when that is the one; either way the other store is no longer needed. */
static int fix_window_at_miss(struct report_log *r, int64_t miss_t)
{
	int64_t end = miss_t + REPORT_AFTER_MISS_NS;
	r->to = end > r->t0 + REPORT_WINDOW_NS ? end : r->t0 + REPORT_WINDOW_NS;
	r->from = r->to - REPORT_WINDOW_NS;
	r->window_fixed = true;
	struct report_ring *g = &r->recent;
	int rc = 0;
	if (r->from == r->t0) {
		r->win = r->head;
	} else {
		r->front_lost = g->lost_end >= r->from;
		size_t first = (g->next + g->cap - g->n) % g->cap;
		for (size_t k = 0; k < g->n && !rc; k++) {
			const struct svg_seg *s = &g->v[(first + k) % g->cap];
			if (overlaps(s, r->from, r->to))
				rc = seg_push(&r->win, s);
		}
		free(r->head.v);
	}
	r->head = (struct report_segs){.cap = r->win.cap};
	free(g->v);
	*g = (struct report_ring){.cap = g->cap, .lost_end = g->lost_end};
	return rc;
}

static int add_segment(struct report_log *r, const struct svg_seg *s)
{
	struct report_lane *l = &r->lanes[s->lane];
	if (aegis_time_add(l->busy_ns, s->end_ns - s->start_ns, &l->busy_ns) != AEGIS_OK)
		l->busy_ns = AEGIS_TIME_MAX; /* overlapping segments of a forged log */
	l->segments++;
	if (r->window_fixed)
		return overlaps(s, r->from, r->to) ? seg_push(&r->win, s) : 0;
	ring_push(&r->recent, s);
	return overlaps(s, r->t0, r->t0 + REPORT_WINDOW_NS) ? seg_push(&r->head, s) : 0;
}

/* ---- the misses table ------------------------------------------------------------- */

static struct report_row *add_row(struct report_log *r, enum report_row_kind kind, int64_t t,
				  const struct event *e, uint32_t lane, const char *status)
{
	if (r->n_rows == r->cap_rows) {
		r->rows_dropped++;
		return NULL;
	}
	struct report_row *w = &r->rows[r->n_rows++];
	*w = (struct report_row){.kind = kind, .t_ns = t, .end_ns = -1, .job = (uint64_t)e->job,
				 .model = (uint32_t)e->model, .lane = lane, .next = NO_ROW};
	snprintf(w->status, sizeof w->status, "%s", status);
	return w;
}

/* A model's jobs end in release order and a miss is logged before its job ends: the
 * open misses of a model form a queue, and a complete closes its head. */
static void close_miss(struct report_log *r, struct report_model *m, uint64_t job, int64_t t,
		       const char *status)
{
	while (m->open_miss != NO_ROW && r->rows[m->open_miss].job <= job) {
		struct report_row *w = &r->rows[m->open_miss];
		if (w->job == job) {
			w->end_ns = t;
			snprintf(w->status, sizeof w->status, "%s", status);
		}
		m->open_miss = w->next;
	}
}

/* ---- events ------------------------------------------------------------------------ */

static bool is(const struct event *e, const char *kind)
{
	return strcmp(e->ev, kind) == 0;
}

static int need_int(struct report_log *r, const json_t *o, const struct event *e, const char *key,
		    int64_t *out)
{
	if (get_int(o, key, out))
		return 0;
	return bad_log(r, r->line, "\"%s\" event: an integer \"%s\" expected", e->ev, key);
}

static int need_time(struct report_log *r, const json_t *o, const struct event *e,
		     const char *key, int64_t *out)
{
	if (get_time(o, key, 0, out))
		return 0;
	return bad_log(r, r->line, "\"%s\" event: \"%s\", an integer in 0..2^53, expected",
		       e->ev, key);
}

/* The fields of every job event: model and job, and the lane where there is one. */
static int read_job(struct report_log *r, const json_t *o, struct event *e)
{
	int rc = need_int(r, o, e, "model", &e->model);
	if (!rc)
		rc = need_int(r, o, e, "job", &e->job);
	if (rc)
		return rc;
	if (e->model < 0 || e->model >= (int64_t)r->n_models)
		return bad_log(r, r->line, "\"%s\" event: a model id in 0..%" PRIu32 " expected, "
			       "found %" PRId64, e->ev, r->n_models - 1, e->model);
	if (e->job < 0)
		return bad_log(r, r->line, "\"%s\" event: a job number >= 0 expected", e->ev);
	e->has_lane = json_object_get(o, "lane") != NULL;
	if (e->has_lane && (!get_int(o, "lane", &e->lane) || e->lane < 0 ||
			    e->lane >= (int64_t)r->n_lanes))
		return bad_log(r, r->line, "\"%s\" event: a lane in 0..%" PRIu32 " expected",
			       e->ev, r->n_lanes - 1);
	if ((is(e, "start") || is(e, "segment_end")) && !e->has_lane)
		return bad_log(r, r->line, "\"%s\" event: an integer \"lane\" expected", e->ev);
	if (is(e, "segment_end") && (rc = need_time(r, o, e, "start", &e->start)))
		return rc;
	if (is(e, "segment_end") && e->start > e->t)
		return bad_log(r, r->line, "\"segment_end\" event: start <= t expected");
	if (is(e, "complete") && (rc = need_time(r, o, e, "arrival", &e->arrival)))
		return rc;
	if (is(e, "complete") || is(e, "reject")) {
		e->status = json_string_value(json_object_get(o, "status"));
		if (!e->status)
			return bad_log(r, r->line, "\"%s\" event: a string \"status\" expected",
				       e->ev);
	}
	return 0;
}

static int on_complete(struct report_log *r, const struct event *e)
{
	struct report_model *m = &r->models[e->model];
	aegis_status st = report_log_status(e->status);
	if (st == AEGIS_OK) {
		m->n.completed++;
		aegis_hist_record(m->lat, e->t - e->arrival);
	} else if (st == AEGIS_E_CANCELLED) {
		m->n.cancelled++;
	} else {
		m->n.failed++;
		uint32_t lane = e->has_lane ? (uint32_t)e->lane : m->lane;
		add_row(r, REPORT_ROW_FAILED, e->t, e, lane, e->status);
	}
	close_miss(r, m, (uint64_t)e->job, e->t, e->status);
	/* a job that fails as it starts has no segment_end: its start closes here */
	struct report_lane *l = e->has_lane ? &r->lanes[e->lane] : NULL;
	if (l && l->open && l->open_model == (uint32_t)e->model &&
	    l->open_job == (uint64_t)e->job) {
		l->open = false;
		struct svg_seg s = {l->open_t, e->t, (uint64_t)e->job, (uint32_t)e->model,
				    (uint32_t)e->lane};
		return add_segment(r, &s);
	}
	return 0;
}

static int on_miss(struct report_log *r, const struct event *e)
{
	struct report_model *m = &r->models[e->model];
	uint32_t lane = e->has_lane ? (uint32_t)e->lane : m->lane;
	m->n.missed++;
	if (r->first_miss < 0) {
		r->first_miss = e->t;
		if (!r->window_fixed && fix_window_at_miss(r, e->t))
			return -1;
	}
	if (e->t >= r->from && e->t < r->to && r->n_marks < r->cap_marks)
		r->marks[r->n_marks++] = (struct svg_miss){e->t, (uint64_t)e->job,
							   (uint32_t)e->model, lane};
	struct report_row *w = add_row(r, REPORT_ROW_MISS, e->t, e, lane, "");
	if (w) {
		size_t i = (size_t)(w - r->rows);
		if (m->open_miss == NO_ROW)
			m->open_miss = i;
		else
			r->rows[m->open_miss_tail].next = i;
		m->open_miss_tail = i;
	}
	return 0;
}

static void on_reject(struct report_log *r, const struct event *e)
{
	struct report_model *m = &r->models[e->model];
	m->n.released++;
	m->n.rejected++;
	add_row(r, REPORT_ROW_REJECT, e->t, e, m->lane, e->status);
}

static void on_start(struct report_log *r, const struct event *e)
{
	struct report_lane *l = &r->lanes[e->lane];
	l->open = true;
	l->open_model = (uint32_t)e->model;
	l->open_job = (uint64_t)e->job;
	l->open_t = e->t;
}

static int on_segment_end(struct report_log *r, const struct event *e)
{
	r->lanes[e->lane].open = false;
	struct svg_seg s = {e->start, e->t, (uint64_t)e->job, (uint32_t)e->model,
			    (uint32_t)e->lane};
	return add_segment(r, &s);
}

static int on_event(struct report_log *r, const json_t *o)
{
	struct event e = {.ev = json_string_value(json_object_get(o, "ev"))};
	if (!e.ev || !get_time(o, "t", 0, &e.t))
		return bad_log(r, r->line, "an event with \"ev\" (a string) and \"t\" (an integer "
			       "in 0..2^53) expected");
	if (!r->started) {
		r->started = true;
		r->t0 = r->t_last = e.t;
		r->from = r->t0 + r->win_from_rel;
		r->to = r->t0 + r->win_to_rel;
	}
	if (e.t > r->t_last)
		r->t_last = e.t;
	/* decide, preempt, alloc, free and kinds newer than this reader: nothing to show */
	if (!is(&e, "release") && !is(&e, "reject") && !is(&e, "start") &&
	    !is(&e, "segment_end") && !is(&e, "complete") && !is(&e, "miss"))
		return 0;
	int rc = read_job(r, o, &e);
	if (rc)
		return rc;
	if (is(&e, "release"))
		r->models[e.model].n.released++;
	else if (is(&e, "reject"))
		on_reject(r, &e);
	else if (is(&e, "start"))
		on_start(r, &e);
	else if (is(&e, "segment_end"))
		rc = on_segment_end(r, &e);
	else if (is(&e, "complete"))
		rc = on_complete(r, &e);
	else
		rc = on_miss(r, &e);
	return rc < 0 ? no_memory() : rc;
}

static int header_cb(void *ctx, json_t *h)
{
	return read_header(ctx, h); /* r keeps it: the page shows its fields */
}

static int event_cb(void *ctx, size_t line, const struct dlog_event *e)
{
	struct report_log *r = ctx;
	r->line = line;
	return on_event(r, e->obj);
}

int report_log_read(struct report_log *r, FILE *f)
{
	struct dlog_reader reader = {.ctx = r, .header = header_cb, .event = event_cb};
	return dlog_read(f, "report", r->path, &reader);
}

int report_log_init(struct report_log *r, const char *path, bool has_window, int64_t from_rel,
		    int64_t to_rel, size_t max_segments, size_t max_rows)
{
	*r = (struct report_log){.path = path, .first_miss = -1, .user_window = has_window,
				 .window_fixed = has_window, .win_from_rel = from_rel,
				 .win_to_rel = to_rel};
	if (r->win_to_rel > REPORT_TIME_MAX) /* the window then reaches past every event */
		r->win_to_rel = REPORT_TIME_MAX;
	if (r->win_from_rel > r->win_to_rel)
		r->win_from_rel = r->win_to_rel;
	r->head.cap = r->win.cap = r->recent.cap = max_segments;
	r->recent.lost_end = -1;
	r->cap_marks = r->cap_rows = max_rows;
	r->recent.v = has_window ? NULL : malloc(max_segments * sizeof *r->recent.v);
	r->marks = malloc(max_rows * sizeof *r->marks);
	r->rows = malloc(max_rows * sizeof *r->rows);
	if ((!has_window && !r->recent.v) || !r->marks || !r->rows) {
		return no_memory();
	}
	return 0;
}

const struct report_segs *report_log_window(const struct report_log *r, int64_t *from,
					    int64_t *to)
{
	if (r->window_fixed) {
		*from = r->from;
		*to = r->to;
		return &r->win;
	}
	*from = r->t0;
	*to = r->t0 + REPORT_WINDOW_NS;
	return &r->head;
}

struct report_counts report_log_totals(const struct report_log *r)
{
	struct report_counts t = {0};
	for (uint32_t i = 0; i < r->n_models; i++) {
		const struct report_counts *n = &r->models[i].n;
		t.released += n->released;
		t.completed += n->completed;
		t.missed += n->missed;
		t.rejected += n->rejected;
		t.cancelled += n->cancelled;
		t.failed += n->failed;
	}
	return t;
}

void report_log_deinit(struct report_log *r)
{
	for (uint32_t i = 0; r->models && i < r->n_models; i++) {
		free(r->models[i].name);
		aegis_hist_destroy(r->models[i].lat);
	}
	free(r->models);
	free(r->lanes);
	free(r->head.v);
	free(r->win.v);
	free(r->recent.v);
	free(r->marks);
	free(r->rows);
	json_decref(r->header);
	*r = (struct report_log){0};
}
