/* The `models` list of a workload file, from its configuration tree (base/conf.h) to
 * aegis_model_config: the keys every model has, then the keys of its backend. Must not
 * call libyaml nor know the runtime section (workload.c reads both).
 *
 * The backends' keys are read by self-contained functions over a conf_node and a
 * conf_err (read_exec, read_samples, read_segments, read_kernels, read_memory,
 * read_onnx), each with its own tables, so that each can move to its backend. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/file.h"
#include "base/path.h"
#include "workload/workload_internal.h"

/* Segment weights are relative; a bound keeps exec * weight far from overflow. */
#define WL_MAX_WEIGHT 1000000u

static const char *const model_keys[] = {
	"name",     "backend", "release",     "period",  "deadline", "offset", "jitter",
	"priority", "lane",    "queue_depth", "on_miss", "exec",     "segments", "memory",
	"kernels",  "faults",  "inject",      "model",   "workspace", "cuda_graph", NULL};

static const conf_enum_name releases[] = {
	{"periodic", AEGIS_RELEASE_PERIODIC}, {"sporadic", AEGIS_RELEASE_SPORADIC}, {NULL, 0}};
static const conf_enum_name miss_policies[] = {
	{"finish", AEGIS_MISS_FINISH}, {"skip-next", AEGIS_MISS_SKIP_NEXT}, {NULL, 0}};

/* ---- samples files (backend sim) ------------------------------------------------------ */

/* Appends one sample, growing the array by doubling. */
static aegis_status push_sample(conf_err *e, int64_t **a, size_t *n, size_t *cap, int64_t x)
{
	if (*n == *cap) {
		size_t c = *cap ? *cap * 2 : 64;
		int64_t *b = realloc(*a, c * sizeof **a);
		if (!b)
			return conf_nomem(e);
		*a = b;
		*cap = c;
	}
	(*a)[(*n)++] = x;
	return AEGIS_OK;
}

/* One line of a samples file: blank, a '#' comment, or one duration (and a comment). */
static aegis_status samples_line(conf_err *e, const char *path, uint32_t lineno,
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
	scalar_num r = (k < len || memchr(s, '\0', len)) ? SCALAR_SYNTAX
							 : scalar_parse_duration(text, &x);
	if (r != SCALAR_OK) {
		char q[64];
		snprintf(got, sizeof got, "'%s'", conf_quote(text, q, sizeof q));
		return conf_fail_at(e, AEGIS_E_CONFIG, path, lineno, "%s",
				    conf_duration_problem(r, text, got, why, sizeof why));
	}
	if (x <= 0)
		return conf_fail_at(e, AEGIS_E_CONFIG, path, lineno,
				    "a sample must be > 0, got '%s'", text);
	return push_sample(e, a, n, cap, x);
}

/* exec.file: the samples file named by v (NULL: not given), relative to dir; the
 * samples go to *owned (freed by the caller, also on failure). */
static aegis_status read_samples(conf_err *e, const conf_node *v, const char *dir,
				 aegis_exec_model *x, int64_t **owned)
{
	char *file = NULL, *path = NULL, *text = NULL;
	size_t len = 0, n = 0, cap = 0;
	aegis_status st = conf_string(e, v, "exec.file", &file);
	if (st != AEGIS_OK)
		goto fail_name;
	path = path_join(dir, file);
	if (!path) {
		st = conf_nomem(e);
		goto fail_path;
	}
	int rc = file_read_all(path, WL_MAX_FILE_BYTES, &text, &len);
	if (rc) {
		st = conf_fail_at(e, rc == ENOMEM ? AEGIS_E_NOMEM : AEGIS_E_IO, e->path,
				  conf_line(v), "%sexec.file: cannot read samples file '%s': %s",
				  e->prefix, path, rc == EFBIG ? "larger than 64 MiB" : strerror(rc));
		goto fail_read;
	}

	/* A UTF-8 byte order mark is not part of the first line. */
	size_t i = (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
	for (uint32_t lineno = 1; i < len; lineno++) {
		const char *eol = memchr(text + i, '\n', len - i);
		size_t end = eol ? (size_t)(eol - text) : len;
		st = samples_line(e, path, lineno, text + i, end - i, owned, &n, &cap);
		if (st != AEGIS_OK)
			goto fail_parse;
		i = end + 1;
	}
	if (n == 0) {
		st = conf_fail(e, conf_line(v), "%sexec.file: samples file '%s' holds no samples",
			       e->prefix, path);
		goto fail_parse;
	}
	x->kind = AEGIS_EXEC_SAMPLES;
	x->samples_ns = *owned;
	x->n_samples = n;
	st = AEGIS_OK;

fail_parse: /* *owned is the caller's to free */
	free(text);
fail_read:
	free(path);
fail_path:
	free(file);
fail_name:
	return st;
}

/* ---- execution time and segments (backends sim, onnx-cudnn) -------------------------- */

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

/* A required key of the execution-time map, as a duration. */
static aegis_status exec_need(conf_err *e, const conf_node *map, const char *dist,
			      const char *key, int64_t *out)
{
	char label[32];
	const conf_node *v = conf_get(map, key);
	if (!v)
		return conf_fail(e, conf_line(map), "%sexec: dist %s needs the key '%s'",
				 e->prefix, dist, key);
	snprintf(label, sizeof label, "exec.%s", key);
	return conf_duration(e, v, label, out);
}

/* The keys of one distribution, checked for dist x. */
static aegis_status exec_dist_keys(conf_err *e, const conf_node *v, const struct exec_dist *x,
				   const char *dir, aegis_exec_model *m, int64_t **samples)
{
	aegis_status st;
	m->kind = x->kind;
	switch (x->kind) {
	case AEGIS_EXEC_FIXED:
		return exec_need(e, v, x->name, "value", &m->a_ns);
	case AEGIS_EXEC_UNIFORM:
		if ((st = exec_need(e, v, x->name, "min", &m->a_ns)) != AEGIS_OK)
			return st;
		return exec_need(e, v, x->name, "max", &m->b_ns);
	case AEGIS_EXEC_TRUNCNORM:
		if ((st = exec_need(e, v, x->name, "mean", &m->a_ns)) != AEGIS_OK ||
		    (st = exec_need(e, v, x->name, "sd", &m->b_ns)) != AEGIS_OK ||
		    (st = exec_need(e, v, x->name, "wcet", &m->wcet_ns)) != AEGIS_OK)
			return st;
		m->min_ns = 1; /* no floor given: any positive draw */
		if (conf_get(v, "min"))
			return exec_need(e, v, x->name, "min", &m->min_ns);
		return AEGIS_OK;
	case AEGIS_EXEC_SAMPLES:
		return read_samples(e, conf_get(v, "file"), dir, m, samples);
	}
	return AEGIS_OK;
}

/* exec: a duration (fixed), or a map {dist: fixed|uniform|normal|samples, ...}; samples
 * files are relative to dir and their samples go to *samples (freed by the caller). */
static aegis_status read_exec(conf_err *e, const conf_node *v, const char *dir,
			      aegis_exec_model *m, int64_t **samples)
{
	char in[160], d[64], names[64];
	conf_kind kind = conf_kind_of(v);
	if (kind == CONF_SCALAR || kind == CONF_NULL) {
		m->kind = AEGIS_EXEC_FIXED;
		return conf_duration(e, v, "exec", &m->a_ns);
	}
	if (kind != CONF_MAP)
		return conf_fail(e, conf_line(v), "%sexec: expected a duration or a mapping with "
				 "'dist', got %s", e->prefix, conf_kind_name(v));

	const conf_node *dn = conf_get(v, "dist");
	const char *dist_names[N_EXEC_DISTS + 1];
	for (size_t i = 0; i < N_EXEC_DISTS; i++)
		dist_names[i] = exec_dists[i].name;
	dist_names[N_EXEC_DISTS] = NULL;
	conf_join(dist_names, names, sizeof names);
	if (!dn)
		return conf_fail(e, conf_line(v), "%sexec: missing key 'dist' (one of: %s)",
				 e->prefix, names);
	const char *ds = conf_text(dn);
	size_t k = 0;
	while (k < N_EXEC_DISTS && !(ds && strcmp(ds, exec_dists[k].name) == 0))
		k++;
	if (k == N_EXEC_DISTS)
		return conf_fail(e, conf_line(dn), "%sexec.dist: expected one of: %s; got %s",
				 e->prefix, names, conf_describe(dn, d, sizeof d));

	const struct exec_dist *x = &exec_dists[k];
	snprintf(in, sizeof in, "in exec (dist %s) of %s", x->name, e->where);
	aegis_status st = conf_check_keys(e, v, x->keys, in);
	if (st != AEGIS_OK)
		return st;
	return exec_dist_keys(e, v, x, dir, m, samples);
}

/* segments: a count 1..256 (equal split) or a list of positive weights (into *weights,
 * freed by the caller). */
static aegis_status read_segments(conf_err *e, const conf_node *v, aegis_model_config *c,
				  uint32_t **weights)
{
	char expected[64], label[32];
	uint64_t x;
	snprintf(expected, sizeof expected, "an integer 1..%u or a list of weights",
		 AEGIS_MAX_SEGMENTS);
	if (conf_kind_of(v) != CONF_LIST) {
		aegis_status st = conf_uint(e, v, "segments", 1, AEGIS_MAX_SEGMENTS, expected, &x);
		if (st == AEGIS_OK)
			c->n_segments = (uint32_t)x;
		return st;
	}
	size_t n = conf_count(v);
	if (n == 0 || n > AEGIS_MAX_SEGMENTS)
		return conf_fail(e, conf_line(v), "%ssegments: expected 1..%u weights, got %zu",
				 e->prefix, AEGIS_MAX_SEGMENTS, n);
	*weights = calloc(n, sizeof **weights);
	if (!*weights)
		return conf_nomem(e);
	snprintf(expected, sizeof expected, "a weight, an integer 1..%u", WL_MAX_WEIGHT);
	for (size_t i = 0; i < n; i++) {
		snprintf(label, sizeof label, "segments[%zu]", i);
		aegis_status st = conf_uint(e, conf_item(v, i), label, 1, WL_MAX_WEIGHT, expected,
					    &x);
		if (st != AEGIS_OK)
			return st;
		(*weights)[i] = (uint32_t)x;
	}
	c->n_segments = (uint32_t)n;
	c->segment_weights = *weights;
	return AEGIS_OK;
}

/* ---- kernels (backend synthetic) ------------------------------------------------------- */

static const char *const kernel_keys[] = {"kind", "grid", "time", NULL};
static const conf_enum_name kernel_kinds[] = {{"compute", AEGIS_KERNEL_COMPUTE},
					      {"memory", AEGIS_KERNEL_MEMORY},
					      {"mixed", AEGIS_KERNEL_MIXED},
					      {NULL, 0}};

/* kernels[i]: {kind: compute|memory|mixed, grid: BLOCKS, time: DURATION}. */
static aegis_status read_kernel(conf_err *e, const conf_node *k, size_t i, aegis_kernel *kp)
{
	char label[48], in[128], d[64];
	aegis_status st;
	uint64_t x;
	int kind;
	if (conf_kind_of(k) != CONF_MAP)
		return conf_fail(e, conf_line(k), "%skernels[%zu]: expected a mapping {kind, grid, "
				 "time}, got %s", e->prefix, i, conf_describe(k, d, sizeof d));
	snprintf(in, sizeof in, "in kernels[%zu] of %s", i, e->where);
	if ((st = conf_check_keys(e, k, kernel_keys, in)))
		return st;
	for (size_t j = 0; kernel_keys[j]; j++)
		if (!conf_get(k, kernel_keys[j]))
			return conf_fail(e, conf_line(k), "%skernels[%zu]: missing key '%s'",
					 e->prefix, i, kernel_keys[j]);
	snprintf(label, sizeof label, "kernels[%zu].kind", i);
	if ((st = conf_enum(e, conf_get(k, "kind"), label, kernel_kinds, &kind)))
		return st;
	kp->kind = (aegis_kernel_kind)kind;
	snprintf(label, sizeof label, "kernels[%zu].grid", i);
	if ((st = conf_uint(e, conf_get(k, "grid"), label, 1, INT32_MAX,
			    "a number of blocks >= 1", &x)))
		return st;
	kp->grid_blocks = (uint32_t)x;
	snprintf(label, sizeof label, "kernels[%zu].time", i);
	const conf_node *t = conf_get(k, "time");
	if ((st = conf_duration(e, t, label, &kp->duration_ns)))
		return st;
	if (kp->duration_ns <= 0)
		return conf_fail(e, conf_line(t), "%s%s: expected a duration > 0", e->prefix,
				 label);
	return AEGIS_OK;
}

/* kernels: a list of kernels, one segment each (into *kernels, freed by the caller). */
static aegis_status read_kernels(conf_err *e, const conf_node *v, aegis_model_config *c,
				 aegis_kernel **kernels)
{
	char d[64];
	size_t n = conf_count(v);
	if (conf_kind_of(v) != CONF_LIST || n == 0 || n > AEGIS_MAX_SEGMENTS)
		return conf_fail(e, conf_line(v), "%skernels: expected a list of 1..%u kernels "
				 "({kind: compute, grid: 64, time: 2ms}), got %s", e->prefix,
				 AEGIS_MAX_SEGMENTS, conf_describe(v, d, sizeof d));
	*kernels = calloc(n, sizeof **kernels);
	if (!*kernels)
		return conf_nomem(e);
	for (size_t i = 0; i < n; i++) {
		aegis_status st = read_kernel(e, conf_item(v, i), i, &(*kernels)[i]);
		if (st != AEGIS_OK)
			return st;
	}
	c->kernels = *kernels;
	c->n_kernels = (uint32_t)n;
	return AEGIS_OK;
}

/* ---- memory (backends sim, synthetic) -------------------------------------------------- */

/* memory: {persistent, transient, io, align, transient_use}, each a size. */
static aegis_status read_memory(conf_err *e, const conf_node *v, aegis_model_config *c)
{
	static const char *const memory_keys[] = {"persistent", "transient", "io", "align",
						  "transient_use", NULL};
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
	char in[128];
	if (conf_kind_of(v) == CONF_NULL)
		return AEGIS_OK;
	if (conf_kind_of(v) != CONF_MAP)
		return conf_fail(e, conf_line(v), "%smemory: expected a mapping {persistent: SIZE, "
				 "transient: SIZE}, got %s", e->prefix, conf_kind_name(v));
	snprintf(in, sizeof in, "in memory of %s", e->where);
	aegis_status st = conf_check_keys(e, v, memory_keys, in);
	for (size_t i = 0; st == AEGIS_OK && i < sizeof sizes / sizeof sizes[0]; i++) {
		const conf_node *x = conf_get(v, sizes[i].key);
		if (x)
			st = conf_size(e, x, sizes[i].name,
				       (uint64_t *)((char *)c + sizes[i].field));
	}
	return st;
}

/* ---- the ONNX model (backend onnx-cudnn) ----------------------------------------------- */

/* model, workspace, cuda_graph of the model map m: the file, relative to dir, must exist
 * here (its graph is read at admission; *path, freed by the caller); memory comes from
 * the graph. Other backends must not use these keys. */
static aegis_status read_onnx(conf_err *e, const conf_node *m, const char *dir,
			      aegis_model_config *c, char **path)
{
	static const conf_enum_name bools[] = {{"true", 1}, {"false", 0}, {NULL, 0}};
	static const char *const own[] = {"model", "workspace", "cuda_graph"};
	const conf_node *v;
	aegis_status st;
	bool onnx = strcmp(c->backend, "onnx-cudnn") == 0;
	for (size_t i = 0; !onnx && i < 3; i++)
		if ((v = conf_get(m, own[i])))
			return conf_fail(e, conf_line(v), "%s%s: only for backend onnx-cudnn",
					 e->prefix, own[i]);
	if (!onnx)
		return AEGIS_OK;
	if ((v = conf_get(m, "memory")))
		return conf_fail(e, conf_line(v), "%smemory: not used by backend onnx-cudnn (the "
				 "graph gives its memory)", e->prefix);
	if (!(v = conf_get(m, "model")))
		return conf_fail(e, conf_line(m), "%smissing key 'model' (backend onnx-cudnn: the "
				 ".onnx file)", e->prefix);
	char *file = NULL;
	if ((st = conf_string(e, v, "model", &file)))
		return st;
	*path = path_join(dir, file);
	free(file);
	if (!*path)
		return conf_nomem(e);
	FILE *f = fopen(*path, "rb");
	if (!f)
		return conf_fail_at(e, AEGIS_E_IO, e->path, conf_line(v),
				    "%smodel: cannot open %s: %s", e->prefix, *path, strerror(errno));
	fclose(f);
	c->model_path = *path;
	if ((v = conf_get(m, "workspace")) &&
	    (st = conf_size(e, v, "workspace", &c->workspace_bytes)))
		return st;
	int graph = 0;
	if ((v = conf_get(m, "cuda_graph")) && (st = conf_enum(e, v, "cuda_graph", bools, &graph)))
		return st;
	c->cuda_graph = graph != 0;
	return AEGIS_OK;
}

/* ---- the keys of every model ----------------------------------------------------------- */

/* faults / inject: a mapping of KEY: VALUE scalars, each set through its setter
 * (inject.c knows the keys); a bad one is reported at its line. */
static aegis_status read_knobs(conf_err *e, const conf_node *v, const char *what,
			       aegis_status (*set)(void *, const char *, const char *, char *,
						   size_t),
			       void *obj)
{
	char why[400], d[64];
	if (conf_kind_of(v) == CONF_NULL)
		return AEGIS_OK;
	if (conf_kind_of(v) != CONF_MAP)
		return conf_fail(e, conf_line(v), "%s%s: expected a mapping of settings, got %s",
				 e->prefix, what, conf_kind_name(v));
	size_t n = conf_count(v);
	for (size_t i = 0; i < n; i++) {
		const conf_node *x = conf_item(v, i);
		const char *ks = conf_key(v, i), *xs = conf_text(x);
		if (!ks || !xs)
			return conf_fail(e, conf_line(x), "%s%s: expected KEY: VALUE settings, got %s",
					 e->prefix, what, conf_describe(x, d, sizeof d));
		for (size_t k = 0; k < i; k++)
			if (strcmp(conf_key(v, k), ks) == 0)
				return conf_fail(e, conf_key_line(v, i), "%s%s: key '%s' given twice",
						 e->prefix, what, ks);
		if (set(obj, ks, xs, why, sizeof why) != AEGIS_OK)
			return conf_fail(e, conf_line(x), "%s%s", e->prefix, why);
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

/* release, period, deadline, offset, jitter */
static aegis_status read_timing(conf_err *e, const conf_node *m, aegis_model_config *c)
{
	const conf_node *v;
	aegis_status st = AEGIS_OK;
	int rel = 0;
	if ((v = conf_get(m, "release")) && (st = conf_enum(e, v, "release", releases, &rel)))
		return st;
	c->release = (aegis_release_kind)rel;
	if (!(v = conf_get(m, "period")))
		return conf_fail(e, conf_line(m), "%smissing key 'period' (a duration such as "
				 "33.3ms)", e->prefix);
	if ((st = conf_duration(e, v, "period", &c->period_ns)))
		return st;
	if ((v = conf_get(m, "deadline"))) {
		if ((st = conf_duration(e, v, "deadline", &c->deadline_ns)))
			return st;
		/* 0 in the config means "= period": an explicit 0 is a mistake, not that. */
		if (c->deadline_ns == 0)
			return conf_fail(e, conf_line(v), "%sdeadline: must be > 0 (leave it out to "
					 "use the period)", e->prefix);
	}
	if ((v = conf_get(m, "offset")) && (st = conf_duration(e, v, "offset", &c->offset_ns)))
		return st;
	if ((v = conf_get(m, "jitter")) && (st = conf_duration(e, v, "jitter", &c->jitter_ns)))
		return st;
	return AEGIS_OK;
}

/* backend, priority, lane, queue_depth, on_miss */
static aegis_status read_placement(conf_err *e, const conf_node *m, aegis_model_config *c,
				   wl_owned *o)
{
	const conf_node *v;
	aegis_status st;
	char expected[48];
	uint64_t x;
	int miss;
	v = conf_get(m, "backend");
	if ((st = v ? conf_string(e, v, "backend", &o->backend) : AEGIS_OK))
		return st;
	if (!o->backend && !(o->backend = strdup("sim")))
		return conf_nomem(e);
	c->backend = o->backend;
	if ((v = conf_get(m, "priority"))) {
		if ((st = conf_uint(e, v, "priority", 0, INT32_MAX, "an integer >= 0", &x)))
			return st;
		c->priority = (int32_t)x;
	}
	c->lane = AEGIS_LANE_AUTO;
	v = conf_get(m, "lane");
	if (v && !(conf_text(v) && strcmp(conf_text(v), "auto") == 0)) {
		snprintf(expected, sizeof expected, "a lane index 0..%u or 'auto'",
			 AEGIS_MAX_LANES - 1);
		if ((st = conf_uint(e, v, "lane", 0, AEGIS_MAX_LANES - 1, expected, &x)))
			return st;
		c->lane = (int32_t)x;
	}
	if ((v = conf_get(m, "queue_depth"))) {
		snprintf(expected, sizeof expected, "an integer 1..%u", AEGIS_MAX_QUEUE_DEPTH);
		if ((st = conf_uint(e, v, "queue_depth", 1, AEGIS_MAX_QUEUE_DEPTH, expected, &x)))
			return st;
		c->queue_depth = (uint32_t)x;
	}
	miss = AEGIS_MISS_FINISH;
	v = conf_get(m, "on_miss");
	if (v && (st = conf_enum(e, v, "on_miss", miss_policies, &miss)))
		return st;
	c->on_miss = (aegis_miss_policy)miss;
	return AEGIS_OK;
}

/* The name, for messages, before the keys are checked: "model 'det'" or "model #3". */
static void set_model_prefix(conf_err *e, const conf_node *m, size_t idx)
{
	char q[64];
	const char *s = conf_text(conf_get(m, "name"));
	if (s && s[0])
		snprintf(e->where, sizeof e->where, "model '%s'", conf_quote(s, q, sizeof q));
	else
		snprintf(e->where, sizeof e->where, "model #%zu", idx + 1);
	snprintf(e->prefix, sizeof e->prefix, "%s: ", e->where);
}

/* The name is given and no earlier model has it. */
static aegis_status read_name(conf_err *e, const conf_node *m, aegis_workload *w, size_t idx)
{
	wl_owned *o = &w->owned[idx];
	const conf_node *v = conf_get(m, "name");
	if (!v)
		return conf_fail(e, conf_line(m), "%smissing key 'name'", e->prefix);
	aegis_status st = conf_string(e, v, "name", &o->name);
	if (st != AEGIS_OK)
		return st;
	o->name_line = conf_line(v);
	for (size_t i = 0; i < idx; i++) {
		if (strcmp(w->owned[i].name, o->name) == 0)
			return conf_fail(e, o->name_line, "duplicate model name '%s' (first at line "
					 "%u)", w->owned[i].name, w->owned[i].name_line);
	}
	w->models[idx].name = o->name;
	return AEGIS_OK;
}

/* The keys of the model's backend: kernels (synthetic), or exec, segments and the ONNX
 * model's keys (the others). */
static aegis_status read_backend_keys(conf_err *e, const conf_node *m, const char *dir,
				      aegis_model_config *c, wl_owned *o)
{
	const conf_node *v;
	aegis_status st;
	if (strcmp(c->backend, "synthetic") == 0) {
		/* Its kernels give the time and the segments. */
		static const char *const unused[] = {"exec", "segments"};
		for (size_t i = 0; i < 2; i++)
			if ((v = conf_get(m, unused[i])))
				return conf_fail(e, conf_line(v), "%s%s: not used by backend "
						 "synthetic (its kernels give the time and the "
						 "segments)", e->prefix, unused[i]);
		if (!(v = conf_get(m, "kernels")))
			return conf_fail(e, conf_line(m), "%smissing key 'kernels' (backend "
					 "synthetic: a list of {kind, grid, time})", e->prefix);
		return read_kernels(e, v, c, &o->kernels);
	}
	if ((v = conf_get(m, "kernels")))
		return conf_fail(e, conf_line(v), "%skernels: only for backend synthetic",
				 e->prefix);
	if ((st = read_onnx(e, m, dir, c, &o->model_path)))
		return st;
	if (!(v = conf_get(m, "exec")))
		return conf_fail(e, conf_line(m), "%smissing key 'exec' (a duration, or a "
				 "mapping with 'dist')", e->prefix);
	if ((st = read_exec(e, v, dir, &c->exec, &o->samples_ns)))
		return st;
	if ((v = conf_get(m, "segments")) && (st = read_segments(e, v, c, &o->weights)))
		return st;
	return AEGIS_OK;
}

static aegis_status read_model(conf_err *e, const conf_node *m, const char *dir,
			       aegis_workload *w, size_t idx)
{
	char in[128], detail[256];
	aegis_model_config *c = &w->models[idx];
	wl_owned *o = &w->owned[idx];
	const conf_node *v;
	aegis_status st;

	if (conf_kind_of(m) != CONF_MAP)
		return conf_fail(e, conf_line(m), "models[%zu]: expected a mapping (one model), "
				 "got %s", idx, conf_kind_name(m));
	o->line = conf_line(m);
	set_model_prefix(e, m, idx);
	snprintf(in, sizeof in, "in %s", e->where);
	if ((st = conf_check_keys(e, m, model_keys, in)) || (st = read_name(e, m, w, idx)) ||
	    (st = read_timing(e, m, c)) || (st = read_placement(e, m, c, o)) ||
	    (st = read_backend_keys(e, m, dir, c, o)))
		return st;
	if ((v = conf_get(m, "memory")) && (st = read_memory(e, v, c)))
		return st;
	if ((v = conf_get(m, "faults")) &&
	    (st = read_knobs(e, v, "faults", set_fault_config, &c->faults)))
		return st;
	if ((v = conf_get(m, "inject")) &&
	    (st = read_knobs(e, v, "inject", set_injection, &c->inject)))
		return st;

	/* The semantic rules, with the runtime section known whatever the key order. */
	if (aegis_model_config_validate(c, w->runtime.lanes, detail, sizeof detail))
		return conf_fail(e, o->line, "%s", detail);
	return AEGIS_OK;
}

aegis_status wl_read_models(conf_err *e, const conf_node *v, const char *dir,
			    aegis_workload *w)
{
	char d[64];
	if (conf_kind_of(v) != CONF_LIST)
		return conf_fail(e, conf_line(v), "models: expected a list of models, got %s",
				 conf_describe(v, d, sizeof d));
	size_t n = conf_count(v);
	if (n == 0)
		return conf_fail(e, conf_line(v), "models: the list is empty: expected at least "
				 "one model");
	if (n > AEGIS_MAX_MODELS)
		return conf_fail(e, conf_line(v), "models: %zu models exceed the limit of %u", n,
				 AEGIS_MAX_MODELS);
	w->models = calloc(n, sizeof *w->models);
	w->owned = calloc(n, sizeof *w->owned);
	if (!w->models || !w->owned)
		return conf_nomem(e);
	w->n_models = (uint32_t)n; /* owned[] is zeroed: destroy frees whatever was read */
	for (size_t i = 0; i < n; i++) {
		aegis_status st = read_model(e, conf_item(v, i), dir, w, i);
		if (st != AEGIS_OK)
			return st;
	}
	return AEGIS_OK;
}
