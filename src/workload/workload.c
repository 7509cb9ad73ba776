/* Workload files (YAML) loaded into the runtime and model configs of runtime.h: every
 * key, type and unit is checked and each refusal says "path:line: what was expected".
 * Must not create a runtime, run anything, or keep state outside the aegis_workload.
 *
 * The schema is documented at the top of examples/quickstart.yaml. The semantic rules
 * of a model (deadline <= period, lanes, ...) live in aegis_model_config_validate();
 * this file checks only what the file syntax decides. */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/file.h"
#include "aegis/device.h"
#include "aegis/time.h"
#include "aegis/workload.h"
#include "device/device.h"
#include "workload/yaml_util.h"

/* Larger workload or samples files are refused rather than read into memory. */
#define WL_MAX_FILE_BYTES ((size_t)64 << 20)
/* Segment weights are relative; a bound keeps exec * weight far from overflow. */
#define WL_MAX_WEIGHT 1000000u

/* What one model owns; its aegis_model_config points into it. */
typedef struct wl_owned {
	char *name;
	char *backend;
	int64_t *samples_ns;
	uint32_t *weights;
	aegis_kernel *kernels; /* backend synthetic */
	char *model_path;      /* backend onnx-cudnn: resolved against the workload's folder */
	uint32_t line;      /* the model's entry */
	uint32_t name_line; /* its name, for duplicate reports */
} wl_owned;

struct aegis_workload {
	char *path;
	char *device;
	char *device_profile;
	aegis_runtime_config runtime;
	int64_t duration_ns;
	uint32_t n_models;
	aegis_model_config *models; /* n_models, parallel to owned */
	wl_owned *owned;
};

/* One parse in progress; lives on aegis_workload_parse's stack. */
typedef struct wl_parser {
	const char *name; /* the path in messages */
	char *dir;        /* folder of name: samples files are relative to it */
	yaml_document_t doc;
	aegis_workload *w;
	char *err;
	size_t err_len;
	char where[80];   /* "model 'det'": the object being read, for messages */
	char prefix[96];  /* "runtime." or "model 'det': ": put before key names */
} wl_parser;

typedef struct wl_enum {
	const char *name;
	int value;
} wl_enum;

static const char *const top_keys[] = {"runtime", "models", NULL};
static const char *const runtime_keys[] = {"device",   "lanes",     "policy",
					   "preemption", "priorities", "duration",
					   "seed",     "admission", "dispatch_overhead",
					   "memory_budget", "memory_guard",
					   "device_profile", "trace_ring_events",
					   "overrun_slack", "host_stall", NULL};
static const char *const model_keys[] = {
	"name",     "backend", "release",     "period",  "deadline", "offset", "jitter",
	"priority", "lane",    "queue_depth", "on_miss", "exec",     "segments", "memory",
	"kernels",  "faults",  "inject",      "model",   "workspace", "cuda_graph", NULL};
static const char *const kernel_keys[] = {"kind", "grid", "time", NULL};
static const char *const memory_keys[] = {"persistent", "transient", "io", "align",
					  "transient_use", NULL};

static const wl_enum policies[] = {
	{"fp", AEGIS_POLICY_FP}, {"edf", AEGIS_POLICY_EDF}, {"fifo", AEGIS_POLICY_FIFO}, {NULL, 0}};
static const wl_enum kernel_kinds[] = {{"compute", AEGIS_KERNEL_COMPUTE},
					{"memory", AEGIS_KERNEL_MEMORY},
					{"mixed", AEGIS_KERNEL_MIXED},
					{NULL, 0}};
static const wl_enum preemptions[] = {
	{"none", AEGIS_PREEMPT_NONE}, {"points", AEGIS_PREEMPT_POINTS}, {NULL, 0}};
static const wl_enum priority_rules[] = {
	{"explicit", AEGIS_PRIO_EXPLICIT}, {"rm", AEGIS_PRIO_RM}, {"dm", AEGIS_PRIO_DM}, {NULL, 0}};
static const wl_enum bools[] = {{"true", 1}, {"false", 0}, {NULL, 0}};
static const wl_enum admissions[] = {
	{"analysis", AEGIS_ADMIT_ANALYSIS}, {"off", AEGIS_ADMIT_OFF}, {NULL, 0}};
static const wl_enum releases[] = {
	{"periodic", AEGIS_RELEASE_PERIODIC}, {"sporadic", AEGIS_RELEASE_SPORADIC}, {NULL, 0}};
static const wl_enum miss_policies[] = {
	{"finish", AEGIS_MISS_FINISH}, {"skip-next", AEGIS_MISS_SKIP_NEXT}, {NULL, 0}};

/* The execution-time distributions and the keys each one takes. */
static const struct exec_dist {
	const char *name;
	aegis_exec_kind kind;
	const char *const *keys;
} exec_dists[] = {
	{"fixed", AEGIS_EXEC_FIXED, (const char *const[]){"dist", "value", NULL}},
	{"uniform", AEGIS_EXEC_UNIFORM, (const char *const[]){"dist", "min", "max", NULL}},
	{"normal", AEGIS_EXEC_TRUNCNORM,
	 (const char *const[]){"dist", "mean", "sd", "min", "wcet", NULL}},
	{"samples", AEGIS_EXEC_SAMPLES, (const char *const[]){"dist", "file", NULL}},
};
#define N_EXEC_DISTS (sizeof exec_dists / sizeof exec_dists[0])

/* ---- messages ---------------------------------------------------------------- */

static aegis_status vfail_at(wl_parser *p, aegis_status st, const char *path, uint32_t line,
			     const char *fmt, va_list ap) __attribute__((format(printf, 5, 0)));
static aegis_status fail_at(wl_parser *p, aegis_status st, const char *path, uint32_t line,
			    const char *fmt, ...) __attribute__((format(printf, 5, 6)));
static aegis_status fail(wl_parser *p, uint32_t line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static aegis_status vfail_at(wl_parser *p, aegis_status st, const char *path, uint32_t line,
			     const char *fmt, va_list ap)
{
	if (!p->err || p->err_len == 0)
		return st;
	int n = snprintf(p->err, p->err_len, "%s:%u: ", path, line);
	if (n >= 0 && (size_t)n < p->err_len)
		vsnprintf(p->err + n, p->err_len - (size_t)n, fmt, ap);
	return st;
}

static aegis_status fail_at(wl_parser *p, aegis_status st, const char *path, uint32_t line,
			    const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vfail_at(p, st, path, line, fmt, ap);
	va_end(ap);
	return st;
}

/* A bad content at line of the workload file: AEGIS_E_CONFIG. */
static aegis_status fail(wl_parser *p, uint32_t line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vfail_at(p, AEGIS_E_CONFIG, p->name, line, fmt, ap);
	va_end(ap);
	return AEGIS_E_CONFIG;
}

static aegis_status fail_nomem(wl_parser *p)
{
	return fail_at(p, AEGIS_E_NOMEM, p->name, 0, "out of memory");
}

/* "'two'", "nothing" or "a mapping": what was found instead of the expected. */
static const char *describe(const yaml_node_t *n, char *buf, size_t len)
{
	const char *s = wl_scalar(n);
	if (!s)
		return wl_kind_name(n);
	if (wl_is_null(n))
		return "nothing";
	char q[64];
	snprintf(buf, len, "'%s'", wl_quote(s, q, sizeof q));
	return buf;
}

/* "key1, key2, key3" */
static const char *join(const char *const *names, char *buf, size_t len)
{
	size_t o = 0;
	buf[0] = '\0';
	for (size_t i = 0; names[i] && o < len; i++) {
		int n = snprintf(buf + o, len - o, "%s%s", i ? ", " : "", names[i]);
		if (n < 0)
			break;
		o += (size_t)n;
	}
	return buf;
}

static const char *join_enum(const wl_enum *tab, char *buf, size_t len)
{
	const char *names[8];
	size_t i = 0;
	for (; tab[i].name && i + 1 < sizeof names / sizeof names[0]; i++)
		names[i] = tab[i].name;
	names[i] = NULL;
	return join(names, buf, len);
}

/* ---- typed values -------------------------------------------------------------- */

/* Every key of map is a scalar, known and given once; `in` says where for messages
 * ("in runtime", "in model 'det'"). */
static aegis_status check_keys(wl_parser *p, const yaml_node_t *map, const char *const *keys,
			       const char *in)
{
	char buf[256], q[64];
	size_t n = wl_map_size(map);
	for (size_t i = 0; i < n; i++) {
		const yaml_node_t *kn = wl_map_key(&p->doc, map, i);
		const char *k = wl_scalar(kn);
		if (!k)
			return fail(p, wl_line(kn), "a key %s must be a plain name, got %s", in,
				    wl_kind_name(kn));
		size_t j = 0;
		while (keys[j] && strcmp(keys[j], k) != 0)
			j++;
		if (!keys[j])
			return fail(p, wl_line(kn), "unknown key '%s' %s (expected one of: %s)",
				    wl_quote(k, q, sizeof q), in, join(keys, buf, sizeof buf));
		for (size_t e = 0; e < i; e++) {
			const yaml_node_t *prev = wl_map_key(&p->doc, map, e);
			if (strcmp(wl_scalar(prev), k) == 0)
				return fail(p, wl_line(kn),
					    "key '%s' given twice %s (first at line %u)", k, in,
					    wl_line(prev));
		}
	}
	return AEGIS_OK;
}

/* A non-empty string, copied into *out. */
static aegis_status get_string(wl_parser *p, const yaml_node_t *v, const char *key, char **out)
{
	const char *s = wl_scalar(v);
	char d[64];
	if (!s || wl_is_null(v) || !s[0] || wl_has_nul(v))
		return fail(p, wl_line(v), "%s%s: expected a non-empty string, got %s", p->prefix,
			    key, wl_has_nul(v) ? "a NUL character" : describe(v, d, sizeof d));
	*out = wl_strdup(s);
	return *out ? AEGIS_OK : fail_nomem(p);
}

/* An integer in [min, max]; `expected` words the range ("an integer 1..64"). */
static aegis_status get_uint(wl_parser *p, const yaml_node_t *v, const char *key, uint64_t min,
			     uint64_t max, const char *expected, uint64_t *out)
{
	char d[64];
	uint64_t x;
	const char *s = wl_scalar(v);
	if (!s || wl_parse_u64(s, &x) != WL_NUM_OK || x < min || x > max)
		return fail(p, wl_line(v), "%s%s: expected %s, got %s", p->prefix, key, expected,
			    describe(v, d, sizeof d));
	*out = x;
	return AEGIS_OK;
}

static aegis_status get_enum(wl_parser *p, const yaml_node_t *v, const char *key,
			     const wl_enum *tab, int *out)
{
	char d[64], names[128];
	const char *s = wl_scalar(v);
	for (size_t i = 0; s && tab[i].name; i++) {
		if (strcmp(tab[i].name, s) == 0) {
			*out = tab[i].value;
			return AEGIS_OK;
		}
	}
	return fail(p, wl_line(v), "%s%s: expected one of: %s; got %s", p->prefix, key,
		    join_enum(tab, names, sizeof names), describe(v, d, sizeof d));
}

/* Words why text is not a duration; `got` shows what was found ("'abc'", "a list").
 * Shared with samples files. */
static const char *duration_problem(wl_num r, const char *text, const char *got, char *buf,
				    size_t len)
{
	char q[64];
	const char *t = wl_quote(text, q, sizeof q);
	switch (r) {
	case WL_NUM_NO_UNIT:
		snprintf(buf, len, "'%s' needs a unit (%s)", t, wl_duration_units);
		break;
	case WL_NUM_UNIT:
		snprintf(buf, len, "unknown unit in '%s' (expected one of: %s)", t,
			 wl_duration_units);
		break;
	case WL_NUM_NEGATIVE:
		snprintf(buf, len, "'%s' is negative: a duration is >= 0", t);
		break;
	case WL_NUM_RANGE:
		snprintf(buf, len, "'%s' is too large (int64 nanoseconds)", t);
		break;
	case WL_NUM_OK:
	case WL_NUM_SYNTAX:
		snprintf(buf, len, "expected a duration such as 33.3ms, got %s", got);
		break;
	}
	return buf;
}

static aegis_status get_duration(wl_parser *p, const yaml_node_t *v, const char *key,
				 int64_t *out)
{
	char why[160], d[64];
	const char *s = wl_scalar(v);
	wl_num r = (s && !wl_is_null(v)) ? wl_parse_duration(s, out) : WL_NUM_SYNTAX;
	if (r != WL_NUM_OK)
		return fail(p, wl_line(v), "%s%s: %s", p->prefix, key,
			    duration_problem(r, s ? s : "", describe(v, d, sizeof d), why,
					     sizeof why));
	return AEGIS_OK;
}

static aegis_status get_size(wl_parser *p, const yaml_node_t *v, const char *key, uint64_t *out)
{
	char q[64], d[64];
	const char *s = wl_scalar(v);
	wl_num r = (s && !wl_is_null(v)) ? wl_parse_size(s, out) : WL_NUM_SYNTAX;
	const char *t = s ? wl_quote(s, q, sizeof q) : "";
	switch (r) {
	case WL_NUM_OK:
		return AEGIS_OK;
	case WL_NUM_NO_UNIT:
		return fail(p, wl_line(v), "%s%s: '%s' needs a unit (%s)", p->prefix, key, t,
			    wl_size_units);
	case WL_NUM_UNIT:
		return fail(p, wl_line(v), "%s%s: unknown unit in '%s' (expected one of: %s)",
			    p->prefix, key, t, wl_size_units);
	case WL_NUM_RANGE:
		return fail(p, wl_line(v), "%s%s: '%s' is too large (64-bit bytes)", p->prefix,
			    key, t);
	case WL_NUM_NEGATIVE:
	case WL_NUM_SYNTAX:
		break;
	}
	return fail(p, wl_line(v), "%s%s: expected a size such as 40MiB, got %s", p->prefix, key,
		    describe(v, d, sizeof d));
}

/* ---- samples files ------------------------------------------------------------- */

/* Appends one sample, growing the array by doubling. */
static aegis_status push_sample(wl_parser *p, int64_t **a, size_t *n, size_t *cap, int64_t x)
{
	if (*n == *cap) {
		size_t c = *cap ? *cap * 2 : 64;
		int64_t *b = realloc(*a, c * sizeof **a);
		if (!b)
			return fail_nomem(p);
		*a = b;
		*cap = c;
	}
	(*a)[(*n)++] = x;
	return AEGIS_OK;
}

/* One line of a samples file: blank, a '#' comment, or one duration (and a comment). */
static aegis_status samples_line(wl_parser *p, const char *path, uint32_t lineno,
				 const char *s, size_t len, int64_t **a, size_t *n, size_t *cap)
{
	const char *hash = memchr(s, '#', len);
	if (hash)
		len = (size_t)(hash - s);
	while (len && (*s == ' ' || *s == '\t')) {
		s++;
		len--;
	}
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r'))
		len--;
	if (len == 0)
		return AEGIS_OK;

	char text[64], why[160], got[72];
	int64_t x;
	size_t k = len < sizeof text - 1 ? len : sizeof text - 1;
	memcpy(text, s, k);
	text[k] = '\0';
	wl_num r = (k < len || memchr(s, '\0', len)) ? WL_NUM_SYNTAX : wl_parse_duration(text, &x);
	if (r != WL_NUM_OK) {
		char q[64];
		snprintf(got, sizeof got, "'%s'", wl_quote(text, q, sizeof q));
		return fail_at(p, AEGIS_E_CONFIG, path, lineno, "%s",
			       duration_problem(r, text, got, why, sizeof why));
	}
	if (x <= 0)
		return fail_at(p, AEGIS_E_CONFIG, path, lineno, "a sample must be > 0, got '%s'",
			       text);
	return push_sample(p, a, n, cap, x);
}

/* Reads the samples file named by v (relative to the workload's folder). */
static aegis_status read_samples(wl_parser *p, const yaml_node_t *v, aegis_exec_model *e,
				 wl_owned *o)
{
	char *file = NULL, *path = NULL, *text = NULL;
	size_t len = 0, n = 0, cap = 0;
	aegis_status st = get_string(p, v, "exec.file", &file);
	if (st != AEGIS_OK)
		goto fail_name;
	path = wl_path_join(p->dir, file);
	if (!path) {
		st = fail_nomem(p);
		goto fail_path;
	}
	int rc = file_read_all(path, WL_MAX_FILE_BYTES, &text, &len);
	if (rc) {
		st = fail_at(p, rc == ENOMEM ? AEGIS_E_NOMEM : AEGIS_E_IO, p->name, wl_line(v),
			     "%sexec.file: cannot read samples file '%s': %s", p->prefix, path,
			     rc == EFBIG ? "larger than 64 MiB" : strerror(rc));
		goto fail_read;
	}

	/* A UTF-8 byte order mark is not part of the first line. */
	size_t i = (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
	for (uint32_t lineno = 1; i < len; lineno++) {
		const char *eol = memchr(text + i, '\n', len - i);
		size_t end = eol ? (size_t)(eol - text) : len;
		st = samples_line(p, path, lineno, text + i, end - i, &o->samples_ns, &n, &cap);
		if (st != AEGIS_OK)
			goto fail_parse;
		i = end + 1;
	}
	if (n == 0) {
		st = fail(p, wl_line(v), "%sexec.file: samples file '%s' holds no samples",
			  p->prefix, path);
		goto fail_parse;
	}
	e->kind = AEGIS_EXEC_SAMPLES;
	e->samples_ns = o->samples_ns;
	e->n_samples = n;
	st = AEGIS_OK;

fail_parse: /* o->samples_ns is freed with the workload */
	free(text);
fail_read:
	free(path);
fail_path:
	free(file);
fail_name:
	return st;
}

/* ---- models --------------------------------------------------------------------- */

/* A required key of the execution-time map, as a duration. */
static aegis_status exec_need(wl_parser *p, const yaml_node_t *map, const char *dist,
			      const char *key, int64_t *out)
{
	char label[32];
	const yaml_node_t *v = wl_map_get(&p->doc, map, key);
	if (!v)
		return fail(p, wl_line(map), "%sexec: dist %s needs the key '%s'", p->prefix, dist,
			    key);
	snprintf(label, sizeof label, "exec.%s", key);
	return get_duration(p, v, label, out);
}

/* exec: a duration (fixed), or a map {dist: fixed|uniform|normal|samples, ...}. */
static aegis_status read_exec(wl_parser *p, const yaml_node_t *v, aegis_exec_model *e,
			      wl_owned *o)
{
	char in[160], d[64], names[64];
	if (v->type == YAML_SCALAR_NODE) {
		e->kind = AEGIS_EXEC_FIXED;
		return get_duration(p, v, "exec", &e->a_ns);
	}
	if (v->type != YAML_MAPPING_NODE)
		return fail(p, wl_line(v), "%sexec: expected a duration or a mapping with 'dist', "
			    "got %s", p->prefix, wl_kind_name(v));

	const yaml_node_t *dn = wl_map_get(&p->doc, v, "dist");
	const char *dist_names[N_EXEC_DISTS + 1];
	for (size_t i = 0; i < N_EXEC_DISTS; i++)
		dist_names[i] = exec_dists[i].name;
	dist_names[N_EXEC_DISTS] = NULL;
	join(dist_names, names, sizeof names);
	if (!dn)
		return fail(p, wl_line(v), "%sexec: missing key 'dist' (one of: %s)", p->prefix,
			    names);
	const char *ds = wl_scalar(dn);
	size_t k = 0;
	while (k < N_EXEC_DISTS && !(ds && strcmp(ds, exec_dists[k].name) == 0))
		k++;
	if (k == N_EXEC_DISTS)
		return fail(p, wl_line(dn), "%sexec.dist: expected one of: %s; got %s", p->prefix,
			    names, describe(dn, d, sizeof d));

	const struct exec_dist *x = &exec_dists[k];
	snprintf(in, sizeof in, "in exec (dist %s) of %s", x->name, p->where);
	aegis_status st = check_keys(p, v, x->keys, in);
	if (st != AEGIS_OK)
		return st;
	e->kind = x->kind;
	switch (x->kind) {
	case AEGIS_EXEC_FIXED:
		return exec_need(p, v, x->name, "value", &e->a_ns);
	case AEGIS_EXEC_UNIFORM:
		if ((st = exec_need(p, v, x->name, "min", &e->a_ns)) != AEGIS_OK)
			return st;
		return exec_need(p, v, x->name, "max", &e->b_ns);
	case AEGIS_EXEC_TRUNCNORM:
		if ((st = exec_need(p, v, x->name, "mean", &e->a_ns)) != AEGIS_OK ||
		    (st = exec_need(p, v, x->name, "sd", &e->b_ns)) != AEGIS_OK ||
		    (st = exec_need(p, v, x->name, "wcet", &e->wcet_ns)) != AEGIS_OK)
			return st;
		e->min_ns = 1; /* no floor given: any positive draw */
		if (wl_map_get(&p->doc, v, "min"))
			return exec_need(p, v, x->name, "min", &e->min_ns);
		return AEGIS_OK;
	case AEGIS_EXEC_SAMPLES:
		return read_samples(p, wl_map_get(&p->doc, v, "file"), e, o);
	}
	return AEGIS_OK;
}

/* segments: a count 1..256 (equal split) or a list of positive weights. */
static aegis_status read_segments(wl_parser *p, const yaml_node_t *v, aegis_model_config *c,
				  wl_owned *o)
{
	char expected[64], label[32];
	uint64_t x;
	snprintf(expected, sizeof expected, "an integer 1..%u or a list of weights",
		 AEGIS_MAX_SEGMENTS);
	if (v->type != YAML_SEQUENCE_NODE) {
		aegis_status st = get_uint(p, v, "segments", 1, AEGIS_MAX_SEGMENTS, expected, &x);
		if (st == AEGIS_OK)
			c->n_segments = (uint32_t)x;
		return st;
	}
	size_t n = wl_seq_size(v);
	if (n == 0 || n > AEGIS_MAX_SEGMENTS)
		return fail(p, wl_line(v), "%ssegments: expected 1..%u weights, got %zu", p->prefix,
			    AEGIS_MAX_SEGMENTS, n);
	o->weights = calloc(n, sizeof *o->weights);
	if (!o->weights)
		return fail_nomem(p);
	snprintf(expected, sizeof expected, "a weight, an integer 1..%u", WL_MAX_WEIGHT);
	for (size_t i = 0; i < n; i++) {
		snprintf(label, sizeof label, "segments[%zu]", i);
		aegis_status st = get_uint(p, wl_seq_item(&p->doc, v, i), label, 1, WL_MAX_WEIGHT,
					   expected, &x);
		if (st != AEGIS_OK)
			return st;
		o->weights[i] = (uint32_t)x;
	}
	c->n_segments = (uint32_t)n;
	c->segment_weights = o->weights;
	return AEGIS_OK;
}

/* kernels (backend synthetic): a list of {kind: compute|memory|mixed, grid: BLOCKS,
 * time: DURATION}, one segment each. */
static aegis_status read_kernels(wl_parser *p, const yaml_node_t *v, aegis_model_config *c,
				 wl_owned *o)
{
	char label[48], in[128], d[64];
	if (v->type != YAML_SEQUENCE_NODE || wl_seq_size(v) == 0 ||
	    wl_seq_size(v) > AEGIS_MAX_SEGMENTS)
		return fail(p, wl_line(v), "%skernels: expected a list of 1..%u kernels "
			    "({kind: compute, grid: 64, time: 2ms}), got %s", p->prefix,
			    AEGIS_MAX_SEGMENTS, describe(v, d, sizeof d));
	size_t n = wl_seq_size(v);
	o->kernels = calloc(n, sizeof *o->kernels);
	if (!o->kernels)
		return fail_nomem(p);
	for (size_t i = 0; i < n; i++) {
		const yaml_node_t *k = wl_seq_item(&p->doc, v, i), *f;
		aegis_kernel *kp = &o->kernels[i];
		aegis_status st;
		uint64_t x;
		int e;
		if (k->type != YAML_MAPPING_NODE)
			return fail(p, wl_line(k), "%skernels[%zu]: expected a mapping {kind, grid, "
				    "time}, got %s", p->prefix, i, describe(k, d, sizeof d));
		snprintf(in, sizeof in, "in kernels[%zu] of %s", i, p->where);
		if ((st = check_keys(p, k, kernel_keys, in)))
			return st;
		static const char *const need[] = {"kind", "grid", "time"};
		for (size_t j = 0; j < 3; j++)
			if (!wl_map_get(&p->doc, k, need[j]))
				return fail(p, wl_line(k), "%skernels[%zu]: missing key '%s'",
					    p->prefix, i, need[j]);
		snprintf(label, sizeof label, "kernels[%zu].kind", i);
		if ((st = get_enum(p, wl_map_get(&p->doc, k, "kind"), label, kernel_kinds, &e)))
			return st;
		kp->kind = (aegis_kernel_kind)e;
		snprintf(label, sizeof label, "kernels[%zu].grid", i);
		if ((st = get_uint(p, wl_map_get(&p->doc, k, "grid"), label, 1, INT32_MAX,
				   "a number of blocks >= 1", &x)))
			return st;
		kp->grid_blocks = (uint32_t)x;
		snprintf(label, sizeof label, "kernels[%zu].time", i);
		f = wl_map_get(&p->doc, k, "time");
		if ((st = get_duration(p, f, label, &kp->duration_ns)))
			return st;
		if (kp->duration_ns <= 0)
			return fail(p, wl_line(f), "%s%s: expected a duration > 0", p->prefix,
				    label);
	}
	c->kernels = o->kernels;
	c->n_kernels = (uint32_t)n;
	return AEGIS_OK;
}

/* faults / inject: a mapping of KEY: VALUE scalars, each set through its setter
 * (inject.c knows the keys); a bad one is reported at its line. */
static aegis_status read_knobs(wl_parser *p, const yaml_node_t *v, const char *what,
			       aegis_status (*set)(void *, const char *, const char *, char *,
						   size_t),
			       void *obj)
{
	char why[400], d[64];
	if (wl_is_null(v))
		return AEGIS_OK;
	if (v->type != YAML_MAPPING_NODE)
		return fail(p, wl_line(v), "%s%s: expected a mapping of settings, got %s",
			    p->prefix, what, wl_kind_name(v));
	size_t n = wl_map_size(v);
	for (size_t i = 0; i < n; i++) {
		const yaml_node_t *k = wl_map_key(&p->doc, v, i);
		const yaml_node_t *x = wl_map_value(&p->doc, v, i);
		const char *ks = wl_scalar(k), *xs = wl_scalar(x);
		if (!ks || !xs || wl_is_null(x))
			return fail(p, wl_line(x), "%s%s: expected KEY: VALUE settings, got %s",
				    p->prefix, what, describe(x, d, sizeof d));
		for (size_t e = 0; e < i; e++)
			if (strcmp(wl_scalar(wl_map_key(&p->doc, v, e)), ks) == 0)
				return fail(p, wl_line(k), "%s%s: key '%s' given twice", p->prefix,
					    what, ks);
		if (set(obj, ks, xs, why, sizeof why) != AEGIS_OK)
			return fail(p, wl_line(x), "%s%s", p->prefix, why);
	}
	return AEGIS_OK;
}

static aegis_status set_injection(void *o, const char *k, const char *v, char *w, size_t n)
{
	return aegis_fault_injection_set(o, k, v, w, n);
}

static aegis_status set_fault_config(void *o, const char *k, const char *v, char *w, size_t n)
{
	return aegis_fault_config_set(o, k, v, w, n);
}

static aegis_status read_memory(wl_parser *p, const yaml_node_t *v, aegis_model_config *c)
{
	char in[128];
	if (wl_is_null(v))
		return AEGIS_OK;
	if (v->type != YAML_MAPPING_NODE)
		return fail(p, wl_line(v), "%smemory: expected a mapping {persistent: SIZE, "
			    "transient: SIZE}, got %s", p->prefix, wl_kind_name(v));
	snprintf(in, sizeof in, "in memory of %s", p->where);
	aegis_status st = check_keys(p, v, memory_keys, in);
	static const struct {
		const char *key, *name;
		size_t field;
	} sizes[] = {
		{"persistent", "memory.persistent", offsetof(aegis_model_config, persistent_bytes)},
		{"transient", "memory.transient", offsetof(aegis_model_config, transient_bytes)},
		{"io", "memory.io", offsetof(aegis_model_config, io_bytes)},
		{"align", "memory.align", offsetof(aegis_model_config, mem_align)},
		{"transient_use", "memory.transient_use",
		 offsetof(aegis_model_config, transient_use_bytes)},
	};
	for (size_t i = 0; st == AEGIS_OK && i < sizeof sizes / sizeof sizes[0]; i++) {
		const yaml_node_t *x = wl_map_get(&p->doc, v, sizes[i].key);
		if (x)
			st = get_size(p, x, sizes[i].name,
				      (uint64_t *)((char *)c + sizes[i].field));
	}
	return st;
}

/* release, period, deadline, offset, jitter */
static aegis_status read_timing(wl_parser *p, const yaml_node_t *m, aegis_model_config *c)
{
	yaml_document_t *d = &p->doc;
	const yaml_node_t *v;
	aegis_status st = AEGIS_OK;
	int e = 0;
	if ((v = wl_map_get(d, m, "release")) && (st = get_enum(p, v, "release", releases, &e)))
		return st;
	c->release = (aegis_release_kind)e;
	if (!(v = wl_map_get(d, m, "period")))
		return fail(p, wl_line(m), "%smissing key 'period' (a duration such as 33.3ms)",
			    p->prefix);
	if ((st = get_duration(p, v, "period", &c->period_ns)))
		return st;
	if ((v = wl_map_get(d, m, "deadline"))) {
		if ((st = get_duration(p, v, "deadline", &c->deadline_ns)))
			return st;
		/* 0 in the config means "= period": an explicit 0 is a mistake, not that. */
		if (c->deadline_ns == 0)
			return fail(p, wl_line(v), "%sdeadline: must be > 0 (leave it out to use "
				    "the period)", p->prefix);
	}
	if ((v = wl_map_get(d, m, "offset")) && (st = get_duration(p, v, "offset", &c->offset_ns)))
		return st;
	if ((v = wl_map_get(d, m, "jitter")) && (st = get_duration(p, v, "jitter", &c->jitter_ns)))
		return st;
	return AEGIS_OK;
}

/* backend, priority, lane, queue_depth, on_miss */
static aegis_status read_placement(wl_parser *p, const yaml_node_t *m, aegis_model_config *c,
				   wl_owned *o)
{
	yaml_document_t *d = &p->doc;
	const yaml_node_t *v;
	aegis_status st;
	char expected[48];
	uint64_t x;
	int e;
	v = wl_map_get(d, m, "backend");
	if ((st = v ? get_string(p, v, "backend", &o->backend) : AEGIS_OK))
		return st;
	if (!o->backend && !(o->backend = wl_strdup("sim")))
		return fail_nomem(p);
	c->backend = o->backend;
	if ((v = wl_map_get(d, m, "priority"))) {
		if ((st = get_uint(p, v, "priority", 0, INT32_MAX, "an integer >= 0", &x)))
			return st;
		c->priority = (int32_t)x;
	}
	c->lane = AEGIS_LANE_AUTO;
	v = wl_map_get(d, m, "lane");
	if (v && !(wl_scalar(v) && strcmp(wl_scalar(v), "auto") == 0)) {
		snprintf(expected, sizeof expected, "a lane index 0..%u or 'auto'",
			 AEGIS_MAX_LANES - 1);
		if ((st = get_uint(p, v, "lane", 0, AEGIS_MAX_LANES - 1, expected, &x)))
			return st;
		c->lane = (int32_t)x;
	}
	if ((v = wl_map_get(d, m, "queue_depth"))) {
		snprintf(expected, sizeof expected, "an integer 1..%u", AEGIS_MAX_QUEUE_DEPTH);
		if ((st = get_uint(p, v, "queue_depth", 1, AEGIS_MAX_QUEUE_DEPTH, expected, &x)))
			return st;
		c->queue_depth = (uint32_t)x;
	}
	e = AEGIS_MISS_FINISH;
	v = wl_map_get(d, m, "on_miss");
	if (v && (st = get_enum(p, v, "on_miss", miss_policies, &e)))
		return st;
	c->on_miss = (aegis_miss_policy)e;
	return AEGIS_OK;
}

/* The name, for messages, before the keys are checked: "model 'det'" or "model #3". */
static void set_model_prefix(wl_parser *p, const yaml_node_t *m, size_t idx)
{
	char q[64];
	const yaml_node_t *nv = wl_map_get(&p->doc, m, "name");
	const char *s = wl_scalar(nv);
	if (s && s[0] && !wl_is_null(nv))
		snprintf(p->where, sizeof p->where, "model '%s'", wl_quote(s, q, sizeof q));
	else
		snprintf(p->where, sizeof p->where, "model #%zu", idx + 1);
	snprintf(p->prefix, sizeof p->prefix, "%s: ", p->where);
}

/* The name is given and no earlier model has it. */
static aegis_status read_name(wl_parser *p, const yaml_node_t *m, size_t idx)
{
	wl_owned *o = &p->w->owned[idx];
	const yaml_node_t *v = wl_map_get(&p->doc, m, "name");
	if (!v)
		return fail(p, wl_line(m), "%smissing key 'name'", p->prefix);
	aegis_status st = get_string(p, v, "name", &o->name);
	if (st != AEGIS_OK)
		return st;
	o->name_line = wl_line(v);
	for (size_t i = 0; i < idx; i++) {
		if (strcmp(p->w->owned[i].name, o->name) == 0)
			return fail(p, o->name_line, "duplicate model name '%s' (first at line %u)",
				    p->w->owned[i].name, p->w->owned[i].name_line);
	}
	p->w->models[idx].name = o->name;
	return AEGIS_OK;
}

/* model, workspace, cuda_graph (backend onnx-cudnn): the file, relative to the workload's folder,
 * must exist here; its graph is read at admission. memory: comes from the graph. */
static aegis_status read_onnx(wl_parser *p, const yaml_node_t *m, aegis_model_config *c,
			      wl_owned *o)
{
	yaml_document_t *d = &p->doc;
	const yaml_node_t *v;
	aegis_status st;
	bool onnx = strcmp(c->backend, "onnx-cudnn") == 0;
	static const char *const own[] = {"model", "workspace", "cuda_graph"};
	for (size_t i = 0; !onnx && i < 3; i++)
		if ((v = wl_map_get(d, m, own[i])))
			return fail(p, wl_line(v), "%s%s: only for backend onnx-cudnn", p->prefix,
				    own[i]);
	if (!onnx)
		return AEGIS_OK;
	if ((v = wl_map_get(d, m, "memory")))
		return fail(p, wl_line(v), "%smemory: not used by backend onnx-cudnn (the "
			    "graph gives its memory)", p->prefix);
	if (!(v = wl_map_get(d, m, "model")))
		return fail(p, wl_line(m), "%smissing key 'model' (backend onnx-cudnn: the "
			    ".onnx file)", p->prefix);
	char *file = NULL;
	if ((st = get_string(p, v, "model", &file)))
		return st;
	o->model_path = wl_path_join(p->dir, file);
	free(file);
	if (!o->model_path)
		return fail_nomem(p);
	FILE *f = fopen(o->model_path, "rb");
	if (!f)
		return fail_at(p, AEGIS_E_IO, p->name, wl_line(v), "%smodel: cannot open %s: %s",
			       p->prefix, o->model_path, strerror(errno));
	fclose(f);
	c->model_path = o->model_path;
	if ((v = wl_map_get(d, m, "workspace")) &&
	    (st = get_size(p, v, "workspace", &c->workspace_bytes)))
		return st;
	int e = 0;
	if ((v = wl_map_get(d, m, "cuda_graph")) && (st = get_enum(p, v, "cuda_graph", bools, &e)))
		return st;
	c->cuda_graph = e != 0;
	return AEGIS_OK;
}

static aegis_status read_model(wl_parser *p, const yaml_node_t *m, size_t idx)
{
	char in[128], detail[256];
	aegis_model_config *c = &p->w->models[idx];
	wl_owned *o = &p->w->owned[idx];
	const yaml_node_t *v;
	aegis_status st;

	if (m->type != YAML_MAPPING_NODE)
		return fail(p, wl_line(m), "models[%zu]: expected a mapping (one model), got %s",
			    idx, wl_kind_name(m));
	o->line = wl_line(m);
	set_model_prefix(p, m, idx);
	snprintf(in, sizeof in, "in %s", p->where);
	if ((st = check_keys(p, m, model_keys, in)) || (st = read_name(p, m, idx)) ||
	    (st = read_timing(p, m, c)) || (st = read_placement(p, m, c, o)))
		return st;
	if (strcmp(c->backend, "synthetic") == 0) {
		/* Its kernels give the time and the segments. */
		static const char *const unused[] = {"exec", "segments"};
		for (size_t i = 0; i < 2; i++)
			if ((v = wl_map_get(&p->doc, m, unused[i])))
				return fail(p, wl_line(v), "%s%s: not used by backend synthetic "
					    "(its kernels give the time and the segments)",
					    p->prefix, unused[i]);
		if (!(v = wl_map_get(&p->doc, m, "kernels")))
			return fail(p, wl_line(m), "%smissing key 'kernels' (backend synthetic: "
				    "a list of {kind, grid, time})", p->prefix);
		if ((st = read_kernels(p, v, c, o)))
			return st;
	} else {
		if ((v = wl_map_get(&p->doc, m, "kernels")))
			return fail(p, wl_line(v), "%skernels: only for backend synthetic",
				    p->prefix);
		if ((st = read_onnx(p, m, c, o)))
			return st;
		if (!(v = wl_map_get(&p->doc, m, "exec")))
			return fail(p, wl_line(m), "%smissing key 'exec' (a duration, or a "
				    "mapping with 'dist')", p->prefix);
		if ((st = read_exec(p, v, &c->exec, o)))
			return st;
		if ((v = wl_map_get(&p->doc, m, "segments")) && (st = read_segments(p, v, c, o)))
			return st;
	}
	if ((v = wl_map_get(&p->doc, m, "memory")) && (st = read_memory(p, v, c)))
		return st;
	if ((v = wl_map_get(&p->doc, m, "faults")) &&
	    (st = read_knobs(p, v, "faults", set_fault_config, &c->faults)))
		return st;
	if ((v = wl_map_get(&p->doc, m, "inject")) &&
	    (st = read_knobs(p, v, "inject", set_injection, &c->inject)))
		return st;

	/* The semantic rules, with the runtime section known whatever the key order. */
	if (aegis_model_config_validate(c, p->w->runtime.lanes, detail, sizeof detail))
		return fail(p, o->line, "%s", detail);
	return AEGIS_OK;
}

static aegis_status read_models(wl_parser *p, const yaml_node_t *v)
{
	char d[64];
	if (v->type != YAML_SEQUENCE_NODE)
		return fail(p, wl_line(v), "models: expected a list of models, got %s",
			    describe(v, d, sizeof d));
	size_t n = wl_seq_size(v);
	if (n == 0)
		return fail(p, wl_line(v), "models: the list is empty: expected at least one "
			    "model");
	if (n > AEGIS_MAX_MODELS)
		return fail(p, wl_line(v), "models: %zu models exceed the limit of %u", n,
			    AEGIS_MAX_MODELS);
	aegis_workload *w = p->w;
	w->models = calloc(n, sizeof *w->models);
	w->owned = calloc(n, sizeof *w->owned);
	if (!w->models || !w->owned)
		return fail_nomem(p);
	w->n_models = (uint32_t)n; /* owned[] is zeroed: destroy frees whatever was read */
	for (size_t i = 0; i < n; i++) {
		aegis_status st = read_model(p, wl_seq_item(&p->doc, v, i), i);
		if (st != AEGIS_OK)
			return st;
	}
	return AEGIS_OK;
}

/* ---- runtime section and document ------------------------------------------------ */

/* The device must be one this build knows (the registry is the one place that says). */
static aegis_status read_device(wl_parser *p, const yaml_node_t *v)
{
	char q[64];
	char *dev = NULL;
	aegis_status st = get_string(p, v, "device", &dev);
	if (st != AEGIS_OK)
		return st;
	if (!device_find(dev)) {
		st = fail(p, wl_line(v), "runtime.device: unknown device '%s' (this build "
			  "knows 'sim' and any device it was compiled with)",
			  wl_quote(dev, q, sizeof q));
		free(dev);
		return st;
	}
	free(p->w->device);
	p->w->device = dev;
	return AEGIS_OK;
}

/* A built-in device profile (aegis/device.h). */
static aegis_status read_device_profile(wl_parser *p, const yaml_node_t *v)
{
	char q[64];
	char *name = NULL;
	aegis_status st = get_string(p, v, "device_profile", &name);
	if (st != AEGIS_OK)
		return st;
	if (!aegis_device_profile_find(name)) {
		st = fail(p, wl_line(v), "runtime.device_profile: unknown profile '%s' (expected "
			  "orin-agx-8g or orin-nano-8g)", wl_quote(name, q, sizeof q));
		free(name);
		return st;
	}
	free(p->w->device_profile);
	p->w->device_profile = name;
	p->w->runtime.device_profile = name;
	return AEGIS_OK;
}

static aegis_status read_runtime(wl_parser *p, const yaml_node_t *rt)
{
	aegis_runtime_config *c = &p->w->runtime;
	yaml_document_t *d = &p->doc;
	const yaml_node_t *v;
	aegis_status st;
	char expected[32];
	uint64_t x;
	int e;

	if (wl_is_null(rt))
		return AEGIS_OK; /* "runtime:" alone: every default */
	if (rt->type != YAML_MAPPING_NODE)
		return fail(p, wl_line(rt), "runtime: expected a mapping, got %s",
			    wl_kind_name(rt));
	snprintf(p->prefix, sizeof p->prefix, "runtime.");
	if ((st = check_keys(p, rt, runtime_keys, "in runtime")))
		return st;
	if ((v = wl_map_get(d, rt, "device")) && (st = read_device(p, v)))
		return st;
	if ((v = wl_map_get(d, rt, "device_profile")) && (st = read_device_profile(p, v)))
		return st;
	if ((v = wl_map_get(d, rt, "lanes"))) {
		snprintf(expected, sizeof expected, "an integer 1..%u", AEGIS_MAX_LANES);
		if ((st = get_uint(p, v, "lanes", 1, AEGIS_MAX_LANES, expected, &x)))
			return st;
		c->lanes = (uint32_t)x;
	}
	if ((v = wl_map_get(d, rt, "policy"))) {
		if ((st = get_enum(p, v, "policy", policies, &e)))
			return st;
		c->policy = (aegis_policy)e;
	}
	if ((v = wl_map_get(d, rt, "preemption"))) {
		if ((st = get_enum(p, v, "preemption", preemptions, &e)))
			return st;
		c->preemption = (aegis_preemption)e;
	}
	if ((v = wl_map_get(d, rt, "priorities"))) {
		if ((st = get_enum(p, v, "priorities", priority_rules, &e)))
			return st;
		c->priorities = (aegis_priority_rule)e;
	}
	if ((v = wl_map_get(d, rt, "duration"))) {
		if ((st = get_duration(p, v, "duration", &p->w->duration_ns)))
			return st;
		if (p->w->duration_ns == 0)
			return fail(p, wl_line(v), "runtime.duration: must be > 0");
	}
	if ((v = wl_map_get(d, rt, "seed")) &&
	    (st = get_uint(p, v, "seed", 0, UINT64_MAX, "an unsigned 64-bit integer", &c->seed)))
		return st;
	if ((v = wl_map_get(d, rt, "admission"))) {
		if ((st = get_enum(p, v, "admission", admissions, &e)))
			return st;
		c->admission = (aegis_admission)e;
	}
	if ((v = wl_map_get(d, rt, "dispatch_overhead")) &&
	    (st = get_duration(p, v, "dispatch_overhead", &c->dispatch_overhead_ns)))
		return st;
	if ((v = wl_map_get(d, rt, "memory_budget")) &&
	    (st = get_size(p, v, "runtime.memory_budget", &c->memory_budget_bytes)))
		return st;
	if ((v = wl_map_get(d, rt, "memory_guard"))) {
		if ((st = get_enum(p, v, "memory_guard", bools, &e)))
			return st;
		c->memory_guard = e != 0;
	}
	if ((v = wl_map_get(d, rt, "overrun_slack")) &&
	    (st = get_duration(p, v, "overrun_slack", &c->overrun_slack_ns)))
		return st;
	if ((v = wl_map_get(d, rt, "host_stall")) &&
	    (st = get_duration(p, v, "host_stall", &c->host_stall_ns)))
		return st;
	if ((v = wl_map_get(d, rt, "trace_ring_events"))) {
		if ((st = get_uint(p, v, "trace_ring_events", 1, 1u << 24,
				   "a number of events, 1..16777216", &x)))
			return st;
		c->trace_ring_events = (uint32_t)x;
	}
	return AEGIS_OK;
}

/* The top level: a mapping of 'runtime' (optional) and 'models'. The runtime
 * section is read first so that lanes are known to every model. */
static aegis_status read_root(wl_parser *p, const yaml_node_t *root)
{
	const char *empty = "empty workload: expected a mapping with 'models' (and optionally "
			    "'runtime')";
	if (!root)
		return fail(p, 1, "%s", empty);
	if (wl_is_null(root))
		return fail(p, wl_line(root), "%s", empty);
	if (root->type != YAML_MAPPING_NODE)
		return fail(p, wl_line(root), "expected a mapping with 'runtime' and 'models' at "
			    "the top level, got %s", wl_kind_name(root));
	aegis_status st = check_keys(p, root, top_keys, "at the top level");
	if (st != AEGIS_OK)
		return st;

	aegis_workload *w = p->w;
	w->device = wl_strdup("sim");
	if (!w->device)
		return fail_nomem(p);
	w->runtime.lanes = 1;
	const yaml_node_t *rt = wl_map_get(&p->doc, root, "runtime");
	if (rt && (st = read_runtime(p, rt)) != AEGIS_OK)
		return st;
	w->runtime.device = w->device;

	const yaml_node_t *models = wl_map_get(&p->doc, root, "models");
	if (!models)
		return fail(p, wl_line(root), "missing key 'models' (a non-empty list of models)");
	return read_models(p, models);
}

/* 1-based line of byte offset in text (libyaml's reader errors give only an offset). */
static uint32_t line_of_offset(const char *text, size_t len, size_t offset)
{
	uint32_t line = 1;
	for (size_t i = 0; i < offset && i < len; i++)
		line += text[i] == '\n';
	return line;
}

static aegis_status yaml_failure(wl_parser *p, const yaml_parser_t *y, const char *text,
				 size_t len)
{
	const char *problem = y->problem ? y->problem : "unknown problem";
	switch (y->error) {
	case YAML_MEMORY_ERROR:
		return fail_nomem(p);
	case YAML_READER_ERROR:
		return fail(p, line_of_offset(text, len, y->problem_offset),
			    "not valid YAML text: %s", problem);
	default:
		break;
	}
	if (y->context)
		return fail(p, (uint32_t)y->problem_mark.line + 1,
			    "YAML syntax error: %s (%s at line %u)", problem, y->context,
			    (uint32_t)y->context_mark.line + 1);
	return fail(p, (uint32_t)y->problem_mark.line + 1, "YAML syntax error: %s", problem);
}

/* Loads the one document of text into p->doc. */
static aegis_status load_document(wl_parser *p, const char *text, size_t len)
{
	yaml_parser_t y;
	yaml_document_t extra;
	aegis_status st;
	if (!yaml_parser_initialize(&y))
		return fail_nomem(p);
	yaml_parser_set_input_string(&y, (const unsigned char *)text, len);
	if (!yaml_parser_load(&y, &p->doc)) {
		st = yaml_failure(p, &y, text, len);
		goto fail_load;
	}
	/* A second document (a stray '---') would be silently ignored: refuse it. */
	if (!yaml_parser_load(&y, &extra)) {
		st = yaml_failure(p, &y, text, len);
		goto fail_extra;
	}
	const yaml_node_t *second = yaml_document_get_root_node(&extra);
	if (second) {
		st = fail(p, wl_line(second), "a second YAML document: a workload file holds "
			  "exactly one");
		yaml_document_delete(&extra);
		goto fail_extra;
	}
	yaml_document_delete(&extra);
	yaml_parser_delete(&y);
	return AEGIS_OK;

fail_extra:
	yaml_document_delete(&p->doc);
fail_load:
	yaml_parser_delete(&y);
	return st;
}

/* ---- public API ----------------------------------------------------------------- */

void aegis_workload_destroy(aegis_workload *w)
{
	if (!w)
		return;
	for (uint32_t i = 0; w->owned && i < w->n_models; i++) {
		free(w->owned[i].name);
		free(w->owned[i].backend);
		free(w->owned[i].samples_ns);
		free(w->owned[i].weights);
		free(w->owned[i].kernels);
		free(w->owned[i].model_path);
	}
	free(w->owned);
	free(w->models);
	free(w->device);
	free(w->device_profile);
	free(w->path);
	free(w);
}

/* Samples files named in text are relative to the folder of `name`. */
aegis_status aegis_workload_parse(const char *name, const char *text, size_t len,
				  aegis_workload **out, char *err, size_t err_len)
{
	wl_parser p = {.name = name ? name : "(null)", .err = err, .err_len = err_len};
	aegis_status st;
	if (err && err_len)
		err[0] = '\0';
	if (out)
		*out = NULL;
	if (!name || !out || (!text && len))
		return fail_at(&p, AEGIS_E_INVAL, p.name, 0, "invalid argument (NULL %s)",
			       !name ? "name" : !out ? "out" : "text");
	if (!text)
		text = "";

	p.w = calloc(1, sizeof *p.w);
	if (!p.w) {
		st = fail_nomem(&p);
		goto fail_alloc;
	}
	p.w->path = wl_strdup(name);
	p.dir = wl_dirname(name);
	if (!p.w->path || !p.dir) {
		st = fail_nomem(&p);
		goto fail_names;
	}
	if ((st = load_document(&p, text, len)) != AEGIS_OK)
		goto fail_names;
	if ((st = read_root(&p, yaml_document_get_root_node(&p.doc))) != AEGIS_OK)
		goto fail_read;
	yaml_document_delete(&p.doc);
	free(p.dir);
	*out = p.w;
	return AEGIS_OK;

fail_read:
	yaml_document_delete(&p.doc);
fail_names:
	free(p.dir);
	aegis_workload_destroy(p.w);
fail_alloc:
	return st;
}

aegis_status aegis_workload_load(const char *path, aegis_workload **out, char *err,
				 size_t err_len)
{
	wl_parser p = {.name = path ? path : "(null)", .err = err, .err_len = err_len};
	char *text = NULL;
	size_t len = 0;
	if (out)
		*out = NULL;
	if (!path || !out)
		return fail_at(&p, AEGIS_E_INVAL, p.name, 0, "invalid argument (NULL %s)",
			       !path ? "path" : "out");
	int rc = file_read_all(path, WL_MAX_FILE_BYTES, &text, &len);
	if (rc == ENOMEM)
		return fail_nomem(&p);
	if (rc)
		return fail_at(&p, AEGIS_E_IO, path, 0, "cannot open: %s",
			       rc == EFBIG ? "larger than 64 MiB" : strerror(rc));
	aegis_status st = aegis_workload_parse(path, text, len, out, err, err_len);
	free(text);
	return st;
}

const aegis_runtime_config *aegis_workload_runtime(const aegis_workload *w)
{
	return w ? &w->runtime : NULL;
}

int64_t aegis_workload_duration_ns(const aegis_workload *w)
{
	return w ? w->duration_ns : 0;
}

uint32_t aegis_workload_model_count(const aegis_workload *w)
{
	return w ? w->n_models : 0;
}

const aegis_model_config *aegis_workload_model(const aegis_workload *w, uint32_t i)
{
	return (w && i < w->n_models) ? &w->models[i] : NULL;
}

uint32_t aegis_workload_model_line(const aegis_workload *w, uint32_t i)
{
	return (w && i < w->n_models) ? w->owned[i].line : 0;
}

const char *aegis_workload_path(const aegis_workload *w)
{
	return w ? w->path : NULL;
}
