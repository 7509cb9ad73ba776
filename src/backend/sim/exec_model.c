/* The execution-time model of simulated jobs (exec_model.h): reading `exec` with the
 * workload loader's messages, samples files, the checks and the draw. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/time.h"
#include "backend/settings.h"
#include "backend/sim/exec_model.h"
#include "base/file.h"
#include "base/path.h"

/* Larger samples files are refused rather than read into memory. */
#define SAMPLES_MAX_FILE_BYTES ((size_t)64 << 20)

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
	char why[40];
	int rc = file_read_all(path, SAMPLES_MAX_FILE_BYTES, &text, &len);
	if (rc) {
		st = conf_fail_at(e, rc == ENOMEM ? AEGIS_E_NOMEM : AEGIS_E_IO, e->path,
				  conf_line(v), "%sexec.file: cannot read samples file '%s': %s",
				  e->prefix, path, file_error(rc, SAMPLES_MAX_FILE_BYTES, why, sizeof why));
		goto fail_read;
	}

	size_t i = file_text_start(text, len);
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

/* exec's value v: a duration (fixed), or a map {dist: ...}; samples files are relative
 * to dir and their samples go to *samples (freed by the caller). */
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

aegis_status exec_read(conf_err *e, const conf_node *settings, const char *dir, uint32_t line,
		       struct exec_owned *out)
{
	*out = (struct exec_owned){0};
	const conf_node *v = conf_get(settings, "exec");
	if (!v)
		return conf_fail(e, line, "%smissing key 'exec' (a duration, or a mapping with "
				 "'dist')", e->prefix);
	aegis_status st = read_exec(e, v, dir, &out->m, &out->samples);
	out->m.samples_ns = out->samples ? out->samples : out->m.samples_ns;
	return st;
}

aegis_status exec_copy(conf_err *e, const aegis_exec_model *m, struct exec_owned *out)
{
	*out = (struct exec_owned){.m = *m};
	out->m.samples_ns = NULL;
	if (m->kind != AEGIS_EXEC_SAMPLES || !m->samples_ns || !m->n_samples)
		return AEGIS_OK;
	if (m->n_samples > SIZE_MAX / sizeof *out->samples ||
	    !(out->samples = malloc(m->n_samples * sizeof *out->samples)))
		return conf_nomem(e);
	memcpy(out->samples, m->samples_ns, m->n_samples * sizeof *out->samples);
	out->m.samples_ns = out->samples;
	return AEGIS_OK;
}

void exec_free(struct exec_owned *x)
{
	free(x->samples);
	*x = (struct exec_owned){0};
}

int64_t aegis_exec_model_wcet_ns(const aegis_exec_model *m)
{
	if (!m)
		return -1;
	switch (m->kind) {
	case AEGIS_EXEC_FIXED:
		return m->a_ns > 0 ? m->a_ns : -1;
	case AEGIS_EXEC_UNIFORM:
		return (m->a_ns > 0 && m->b_ns >= m->a_ns) ? m->b_ns : -1;
	case AEGIS_EXEC_TRUNCNORM:
		if (m->a_ns <= 0 || m->b_ns < 0 || m->min_ns <= 0 || m->min_ns > m->a_ns ||
		    m->wcet_ns < m->a_ns)
			return -1;
		return m->wcet_ns;
	case AEGIS_EXEC_SAMPLES: {
		if (!m->samples_ns || m->n_samples == 0)
			return -1;
		int64_t mx = 0;
		for (size_t i = 0; i < m->n_samples; i++) {
			if (m->samples_ns[i] <= 0)
				return -1;
			if (m->samples_ns[i] > mx)
				mx = m->samples_ns[i];
		}
		return mx;
	}
	}
	return -1;
}

aegis_status exec_check(conf_err *e, uint32_t line, const aegis_exec_model *m)
{
	char a[32], b[32];
	int64_t worst = aegis_exec_model_wcet_ns(m);
	if (worst > AEGIS_DURATION_MAX || m->a_ns > AEGIS_DURATION_MAX ||
	    m->b_ns > AEGIS_DURATION_MAX)
		return settings_fail(e, line, "execution time beyond %s (AEGIS_DURATION_MAX)",
				     aegis_duration_format(AEGIS_DURATION_MAX, a, sizeof a));
	switch (m->kind) {
	case AEGIS_EXEC_FIXED:
		if (m->a_ns <= 0)
			return settings_fail(e, line, "execution time must be > 0");
		return AEGIS_OK;
	case AEGIS_EXEC_UNIFORM:
		if (m->a_ns <= 0)
			return settings_fail(e, line, "uniform execution time: min must be > 0");
		if (m->b_ns < m->a_ns)
			return settings_fail(e, line, "uniform execution time: max %s is below min %s",
					     aegis_duration_format(m->b_ns, b, sizeof b),
					     aegis_duration_format(m->a_ns, a, sizeof a));
		return AEGIS_OK;
	case AEGIS_EXEC_TRUNCNORM:
		if (m->a_ns <= 0)
			return settings_fail(e, line, "normal execution time: mean must be > 0");
		if (m->b_ns < 0)
			return settings_fail(e, line, "normal execution time: sd must be >= 0");
		if (m->min_ns <= 0 || m->min_ns > m->a_ns)
			return settings_fail(e, line, "normal execution time: min must be > 0 and <= "
					     "mean");
		if (m->wcet_ns < m->a_ns)
			return settings_fail(e, line, "normal execution time: wcet %s is below mean %s",
					     aegis_duration_format(m->wcet_ns, b, sizeof b),
					     aegis_duration_format(m->a_ns, a, sizeof a));
		return AEGIS_OK;
	case AEGIS_EXEC_SAMPLES:
		if (!m->samples_ns || m->n_samples == 0)
			return settings_fail(e, line, "sampled execution time: no samples");
		if (aegis_exec_model_wcet_ns(m) < 0)
			return settings_fail(e, line, "sampled execution time: every sample must be "
					     "> 0");
		return AEGIS_OK;
	}
	return settings_fail(e, line, "unknown execution-time model %d", (int)m->kind);
}

int64_t exec_draw(const aegis_exec_model *e, struct rng *rng)
{
	switch (e->kind) {
	case AEGIS_EXEC_FIXED:
		return e->a_ns;
	case AEGIS_EXEC_UNIFORM:
		return rng_range(rng, e->a_ns, e->b_ns);
	case AEGIS_EXEC_TRUNCNORM:
		/* Truncation by redrawing keeps the shape inside [min, wcet]; the clamp after
		 * 64 tries only bounds the time spent on absurd parameters. */
		for (int tries = 0; tries < 64; tries++) {
			double x = (double)e->a_ns + (double)e->b_ns * rng_normal(rng);
			int64_t v = (int64_t)llround(x);
			if (v >= e->min_ns && v <= e->wcet_ns)
				return v;
		}
		return e->a_ns;
	case AEGIS_EXEC_SAMPLES:
		return e->samples_ns[rng_range(rng, 0, (int64_t)e->n_samples - 1)];
	}
	return e->a_ns;
}
