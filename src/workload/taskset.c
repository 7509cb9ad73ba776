/* Task-set files (CSV) loaded into the aegis_task of analysis.h, for the analysis
 * alone: every field, unit and rule of include/aegis/taskset.h is checked and each
 * refusal says "path:line: what was expected". Must not create a runtime, run
 * anything, or keep state outside the aegis_taskset. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/file.h"
#include "aegis/runtime.h"
#include "aegis/taskset.h"
#include "aegis/time.h"
#include "base/conf.h"

/* Larger files are refused rather than read into memory (as workload files). */
#define TS_MAX_FILE_BYTES ((size_t)64 << 20)
#define TS_MIN_FIELDS 4u
#define TS_MAX_FIELDS 7u
#define TS_MAX_PRIORITY UINT64_C(2147483647)

enum { F_NAME = 0, F_WCET, F_DEADLINE, F_PERIOD, F_PRIORITY, F_JITTER, F_SEGMENTS };

/* What one task owns; its aegis_task points into it. */
typedef struct ts_owned {
	char *name;
	int64_t *segment_ns; /* NULL when the file gives no segments */
	uint32_t line;
} ts_owned;

struct aegis_taskset {
	char *path;
	uint32_t n;
	uint32_t cap;
	aegis_task *tasks; /* n, parallel to owned */
	ts_owned *owned;
};

/* One parse in progress; lives on aegis_taskset_parse's stack. */
typedef struct ts_parser {
	const char *name; /* the path in messages */
	uint32_t line;    /* the line being read */
	char *err;
	size_t err_len;
	char task[80];    /* "task 'det': " once the name is known, else "" */
	aegis_taskset *ts;
} ts_parser;

/* ---- messages ---------------------------------------------------------------- */

static aegis_status fail_st(ts_parser *p, aegis_status st, uint32_t line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static aegis_status fail(ts_parser *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static aegis_status vfail_st(ts_parser *p, aegis_status st, uint32_t line, const char *fmt,
			     va_list ap) __attribute__((format(printf, 4, 0)));

static aegis_status vfail_st(ts_parser *p, aegis_status st, uint32_t line, const char *fmt,
			     va_list ap)
{
	if (!p->err || p->err_len == 0)
		return st;
	int n = snprintf(p->err, p->err_len, "%s:%u: ", p->name, line);
	if (n >= 0 && (size_t)n < p->err_len)
		vsnprintf(p->err + n, p->err_len - (size_t)n, fmt, ap);
	return st;
}

static aegis_status fail_st(ts_parser *p, aegis_status st, uint32_t line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vfail_st(p, st, line, fmt, ap);
	va_end(ap);
	return st;
}

/* A bad content on the current line: AEGIS_E_CONFIG. */
static aegis_status fail(ts_parser *p, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vfail_st(p, AEGIS_E_CONFIG, p->line, fmt, ap);
	va_end(ap);
	return AEGIS_E_CONFIG;
}

static aegis_status fail_nomem(ts_parser *p)
{
	return fail_st(p, AEGIS_E_NOMEM, 0, "out of memory");
}

/* ---- fields ------------------------------------------------------------------ */

static char *trim(char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		s[--n] = '\0';
	return s;
}

/* A duration field; `what` names it in messages ("wcet", "segments[2]"). */
static aegis_status get_duration(ts_parser *p, const char *text, const char *what, int64_t *out)
{
	char q[64];
	const char *t = conf_quote(text, q, sizeof q);
	if (!*text)
		return fail(p, "%s%s: expected a duration such as 33.3ms, got nothing", p->task,
			    what);
	scalar_num r = scalar_parse_duration(text, out);
	if (r == SCALAR_OK)
		return AEGIS_OK;
	char got[80], why[200];
	snprintf(got, sizeof got, "'%s'", t);
	return fail(p, "%s%s: %s", p->task, what, conf_duration_problem(r, text, got, why,
								     sizeof why));
}

/* The same rule as model names (aegis_model_config_validate), so that a task set
 * and a workload name things alike. */
static aegis_status check_name(ts_parser *p, const char *name)
{
	char q[64];
	if (!*name)
		return fail(p, "name: expected a task name, got nothing");
	for (const char *c = name; *c; c++) {
		if (*c < 0x21 || *c > 0x7e || *c == '"' || *c == '\\')
			return fail(p, "task name '%s': use printable ASCII without spaces, "
				    "quotes or backslashes", conf_quote(name, q, sizeof q));
	}
	for (uint32_t i = 0; i < p->ts->n; i++) {
		if (strcmp(p->ts->owned[i].name, name) == 0)
			return fail(p, "duplicate task name '%s' (first at line %u)",
				    conf_quote(name, q, sizeof q), p->ts->owned[i].line);
	}
	return AEGIS_OK;
}

/* "5ms;5ms;10ms" into a new array that must add up to wcet. */
static aegis_status get_segments(ts_parser *p, char *text, int64_t wcet_ns, int64_t **out,
				 uint32_t *n_out)
{
	char a[32], b[32], what[32];
	uint32_t n = 1;
	for (const char *c = text; *c; c++)
		n += *c == ';';
	if (n > AEGIS_MAX_SEGMENTS)
		return fail(p, "%ssegments: at most %u segments, got %u", p->task,
			    AEGIS_MAX_SEGMENTS, n);
	int64_t *seg = malloc(n * sizeof *seg);
	if (!seg)
		return fail_nomem(p);
	aegis_status st;
	int64_t sum = 0;
	char *s = text;
	for (uint32_t i = 0; i < n; i++) {
		char *end = strchr(s, ';');
		if (end)
			*end = '\0';
		snprintf(what, sizeof what, "segments[%u]", i);
		if ((st = get_duration(p, trim(s), what, &seg[i])) != AEGIS_OK)
			goto fail_seg;
		if (seg[i] == 0) {
			st = fail(p, "%s%s: must be > 0", p->task, what);
			goto fail_seg;
		}
		if (aegis_time_add(sum, seg[i], &sum) != AEGIS_OK) {
			st = fail(p, "%ssegments: the sum is too large (int64 nanoseconds)", p->task);
			goto fail_seg;
		}
		s = end ? end + 1 : s + strlen(s);
	}
	if (sum != wcet_ns) {
		st = fail(p, "%ssegments add up to %s, expected the wcet %s", p->task,
			  aegis_duration_format(sum, a, sizeof a),
			  aegis_duration_format(wcet_ns, b, sizeof b));
		goto fail_seg;
	}
	*out = seg;
	*n_out = n;
	return AEGIS_OK;

fail_seg:
	free(seg);
	return st;
}

/* ---- one line ---------------------------------------------------------------- */

static aegis_status grow(ts_parser *p)
{
	aegis_taskset *ts = p->ts;
	if (ts->n < ts->cap)
		return AEGIS_OK;
	if (ts->n >= AEGIS_MAX_MODELS)
		return fail(p, "too many tasks: at most %u", AEGIS_MAX_MODELS);
	uint32_t cap = ts->cap ? ts->cap * 2 : 16;
	if (cap > AEGIS_MAX_MODELS)
		cap = AEGIS_MAX_MODELS;
	aegis_task *t = realloc(ts->tasks, cap * sizeof *t);
	if (!t)
		return fail_nomem(p);
	ts->tasks = t;
	ts_owned *o = realloc(ts->owned, cap * sizeof *o);
	if (!o)
		return fail_nomem(p);
	ts->owned = o;
	ts->cap = cap;
	return AEGIS_OK;
}

/* A line without its comment, trimmed and not empty: one task. */
static aegis_status read_task(ts_parser *p, char *line)
{
	char *f[TS_MAX_FIELDS];
	size_t nf = 1;
	for (const char *c = line; *c; c++)
		nf += *c == ',';
	if (nf < TS_MIN_FIELDS)
		return fail(p, "expected at least %u fields (name, wcet, deadline, period), got %zu",
			    TS_MIN_FIELDS, nf);
	if (nf > TS_MAX_FIELDS)
		return fail(p, "expected at most %u fields (name, wcet, deadline, period, priority, "
			    "jitter, segments), got %zu", TS_MAX_FIELDS, nf);
	char *s = line;
	for (size_t i = 0; i < nf; i++) {
		char *end = strchr(s, ',');
		if (end)
			*end = '\0';
		f[i] = trim(s);
		s = end ? end + 1 : s + strlen(s);
	}

	aegis_status st;
	char a[32], b[32], q[64];
	p->task[0] = '\0';
	if ((st = check_name(p, f[F_NAME])) != AEGIS_OK)
		return st;
	snprintf(p->task, sizeof p->task, "task '%s': ", conf_quote(f[F_NAME], q, sizeof q));
	if ((st = grow(p)) != AEGIS_OK)
		return st;

	aegis_task t = {.prio = p->ts->n};
	if ((st = get_duration(p, f[F_WCET], "wcet", &t.wcet_ns)) != AEGIS_OK)
		return st;
	if (t.wcet_ns == 0)
		return fail(p, "%swcet: must be > 0", p->task);
	if ((st = get_duration(p, f[F_PERIOD], "period", &t.period_ns)) != AEGIS_OK)
		return st;
	if (t.period_ns == 0)
		return fail(p, "%speriod: must be > 0", p->task);
	if (!*f[F_DEADLINE]) {
		t.deadline_ns = t.period_ns;
	} else {
		if ((st = get_duration(p, f[F_DEADLINE], "deadline", &t.deadline_ns)) != AEGIS_OK)
			return st;
		if (t.deadline_ns == 0)
			return fail(p, "%sdeadline: must be > 0 (leave it empty to use the period)",
				    p->task);
	}
	if (t.deadline_ns > t.period_ns)
		return fail(p, "%sdeadline %s exceeds period %s (constrained deadlines only: "
			    "deadline <= period)", p->task,
			    aegis_duration_format(t.deadline_ns, a, sizeof a),
			    aegis_duration_format(t.period_ns, b, sizeof b));
	if (nf > F_PRIORITY && *f[F_PRIORITY]) {
		uint64_t v;
		if (scalar_parse_u64(f[F_PRIORITY], &v) != SCALAR_OK || v > TS_MAX_PRIORITY)
			return fail(p, "%spriority: expected an integer 0..%u, got '%s'", p->task,
				    (unsigned)TS_MAX_PRIORITY, conf_quote(f[F_PRIORITY], q, sizeof q));
		t.prio = (int64_t)v;
	}
	if (nf > F_JITTER && *f[F_JITTER]) {
		if ((st = get_duration(p, f[F_JITTER], "jitter", &t.jitter_ns)) != AEGIS_OK)
			return st;
		if (t.jitter_ns >= t.period_ns)
			return fail(p, "%sjitter %s must be below the period %s", p->task,
				    aegis_duration_format(t.jitter_ns, a, sizeof a),
				    aegis_duration_format(t.period_ns, b, sizeof b));
	}
	int64_t *seg = NULL;
	if (nf > F_SEGMENTS && *f[F_SEGMENTS]) {
		if ((st = get_segments(p, f[F_SEGMENTS], t.wcet_ns, &seg, &t.n_segments)))
			return st;
	}
	char *name = strdup(f[F_NAME]);
	if (!name) {
		free(seg);
		return fail_nomem(p);
	}
	t.name = name;
	t.segment_ns = seg;
	uint32_t i = p->ts->n++;
	p->ts->tasks[i] = t;
	p->ts->owned[i] = (ts_owned){.name = name, .segment_ns = seg, .line = p->line};
	return AEGIS_OK;
}

/* Walks the lines of text; each is copied into a scratch buffer and cut in place. */
static aegis_status read_lines(ts_parser *p, const char *text, size_t len)
{
	char *buf = NULL;
	size_t cap = 0;
	aegis_status st = AEGIS_OK;
	size_t pos = file_text_start(text, len);
	for (p->line = 1; pos < len; p->line++) {
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - (text + pos)) : len - pos;
		if (n + 1 > cap) {
			char *nb = realloc(buf, n + 1);
			if (!nb) {
				st = fail_nomem(p);
				goto out;
			}
			buf = nb;
			cap = n + 1;
		}
		if (memchr(text + pos, '\0', n)) {
			st = fail(p, "the line holds a NUL byte: expected text");
			goto out;
		}
		memcpy(buf, text + pos, n);
		buf[n] = '\0';
		pos += n + 1;
		if (n && buf[n - 1] == '\r')
			buf[n - 1] = '\0';
		char *hash = strchr(buf, '#');
		if (hash)
			*hash = '\0';
		char *line = trim(buf);
		if (!*line)
			continue;
		if ((st = read_task(p, line)) != AEGIS_OK)
			goto out;
	}
	if (p->ts->n == 0)
		st = fail_st(p, AEGIS_E_CONFIG, 1, "no tasks: expected lines 'name, wcet, deadline, "
			     "period [, priority [, jitter [, segments]]]'");
out:
	free(buf);
	return st;
}

/* ---- public ------------------------------------------------------------------ */

void aegis_taskset_destroy(aegis_taskset *ts)
{
	if (!ts)
		return;
	for (uint32_t i = 0; i < ts->n; i++) {
		free(ts->owned[i].name);
		free(ts->owned[i].segment_ns);
	}
	free(ts->owned);
	free(ts->tasks);
	free(ts->path);
	free(ts);
}

aegis_status aegis_taskset_parse(const char *name, const char *text, size_t len,
				 aegis_taskset **out, char *err, size_t err_len)
{
	ts_parser p = {.name = name ? name : "(null)", .err = err, .err_len = err_len};
	aegis_status st;
	if (err && err_len)
		err[0] = '\0';
	if (out)
		*out = NULL;
	if (!name || !out || (!text && len))
		return fail_st(&p, AEGIS_E_INVAL, 0, "invalid argument (NULL %s)",
			       !name ? "name" : !out ? "out" : "text");

	p.ts = calloc(1, sizeof *p.ts);
	if (!p.ts) {
		st = fail_nomem(&p);
		goto fail_alloc;
	}
	p.ts->path = strdup(name);
	if (!p.ts->path) {
		st = fail_nomem(&p);
		goto fail_read;
	}
	if ((st = read_lines(&p, text ? text : "", len)) != AEGIS_OK)
		goto fail_read;
	*out = p.ts;
	return AEGIS_OK;

fail_read:
	aegis_taskset_destroy(p.ts);
fail_alloc:
	return st;
}

aegis_status aegis_taskset_load(const char *path, aegis_taskset **out, char *err,
				size_t err_len)
{
	ts_parser p = {.name = path ? path : "(null)", .err = err, .err_len = err_len};
	char *text = NULL;
	size_t len = 0;
	if (err && err_len)
		err[0] = '\0';
	if (out)
		*out = NULL;
	if (!path || !out)
		return fail_st(&p, AEGIS_E_INVAL, 0, "invalid argument (NULL %s)",
			       !path ? "path" : "out");
	char why[40];
	int rc = file_read_all(path, TS_MAX_FILE_BYTES, &text, &len);
	if (rc == ENOMEM)
		return fail_nomem(&p);
	if (rc)
		return fail_st(&p, AEGIS_E_IO, 0, "cannot open: %s",
			       file_error(rc, TS_MAX_FILE_BYTES, why, sizeof why));
	aegis_status st = aegis_taskset_parse(path, text, len, out, err, err_len);
	free(text);
	return st;
}

uint32_t aegis_taskset_count(const aegis_taskset *ts)
{
	return ts ? ts->n : 0;
}

const aegis_task *aegis_taskset_tasks(const aegis_taskset *ts)
{
	return ts ? ts->tasks : NULL;
}

uint32_t aegis_taskset_line(const aegis_taskset *ts, uint32_t i)
{
	return ts && i < ts->n ? ts->owned[i].line : 0;
}

const char *aegis_taskset_path(const aegis_taskset *ts)
{
	return ts ? ts->path : NULL;
}
