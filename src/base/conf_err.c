/* Messages and typed reads over the configuration tree (base/conf.h): every refusal is
 * "path:line: <prefix><key>: expected ..., got ...". Reaches nodes through the
 * accessors only; must not know any key name or file syntax. */
#include <stdarg.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/time.h"
#include "base/conf.h"

void conf_err_init(conf_err *e, const char *path, char *buf, size_t len)
{
	*e = (conf_err){.path = path, .buf = buf, .len = len};
}

static aegis_status vfail_at(conf_err *e, aegis_status st, const char *path, uint32_t line,
			     const char *fmt, va_list ap) __attribute__((format(printf, 5, 0)));

static aegis_status vfail_at(conf_err *e, aegis_status st, const char *path, uint32_t line,
			     const char *fmt, va_list ap)
{
	if (!e->buf || e->len == 0)
		return st;
	int n = path ? snprintf(e->buf, e->len, "%s:%u: ", path, line) : 0;
	if (n >= 0 && (size_t)n < e->len)
		vsnprintf(e->buf + n, e->len - (size_t)n, fmt, ap);
	return st;
}

aegis_status conf_fail_at(conf_err *e, aegis_status st, const char *path, uint32_t line,
			  const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vfail_at(e, st, path, line, fmt, ap);
	va_end(ap);
	return st;
}

aegis_status conf_fail(conf_err *e, uint32_t line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vfail_at(e, AEGIS_E_CONFIG, e->path, line, fmt, ap);
	va_end(ap);
	return AEGIS_E_CONFIG;
}

aegis_status conf_nomem(conf_err *e)
{
	return conf_fail_at(e, AEGIS_E_NOMEM, e->path, 0, "out of memory");
}

/* ---- wording ----------------------------------------------------------------------- */

const char *conf_kind_name(const conf_node *n)
{
	if (!n)
		return "nothing";
	switch (conf_kind_of(n)) {
	case CONF_MAP:
		return "a mapping";
	case CONF_LIST:
		return "a list";
	case CONF_SCALAR:
	case CONF_NULL:
		break;
	}
	return "a scalar";
}

const char *conf_describe(const conf_node *n, char *buf, size_t len)
{
	const char *s = conf_text(n);
	if (!s)
		return conf_kind_of(n) == CONF_NULL ? "nothing" : conf_kind_name(n);
	if (len < 3) /* room for the quotes and the end */
		return len ? (buf[0] = '\0', buf) : buf;
	buf[0] = '\'';
	conf_quote(s, buf + 1, len - 2);
	size_t end = strlen(buf);
	buf[end] = '\'';
	buf[end + 1] = '\0';
	return buf;
}

char *conf_quote(const char *s, char *buf, size_t len)
{
	enum { MAX_SHOWN = 40 };
	if (!buf || len == 0)
		return buf;
	size_t o = 0, i = 0;
	for (; s && s[i] && i < MAX_SHOWN && o + 1 < len; i++) {
		unsigned char c = (unsigned char)s[i];
		buf[o++] = (c < 0x20 || c == 0x7f) ? '?' : (char)c;
	}
	buf[o] = '\0';
	if (s && s[i] && o + 4 < len)
		memcpy(buf + o, "...", 4);
	return buf;
}

const char *conf_join(const char *const *names, char *buf, size_t len)
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

/* conf_join over the names of an enumeration table. */
static const char *join_enum(const conf_enum_name *tab, char *buf, size_t len)
{
	size_t o = 0;
	buf[0] = '\0';
	for (size_t i = 0; tab[i].name && o < len; i++) {
		int n = snprintf(buf + o, len - o, "%s%s", i ? ", " : "", tab[i].name);
		if (n < 0)
			break;
		o += (size_t)n;
	}
	return buf;
}

const char *conf_duration_problem(scalar_num r, const char *text, const char *got,
				  char *buf, size_t len)
{
	char q[64];
	const char *t = conf_quote(text, q, sizeof q);
	switch (r) {
	case SCALAR_NO_UNIT:
		snprintf(buf, len, "'%s' needs a unit (%s)", t, scalar_duration_units);
		break;
	case SCALAR_UNIT:
		snprintf(buf, len, "unknown unit in '%s' (expected one of: %s)", t,
			 scalar_duration_units);
		break;
	case SCALAR_NEGATIVE:
		snprintf(buf, len, "'%s' is negative: a duration is >= 0", t);
		break;
	case SCALAR_RANGE:
		snprintf(buf, len, "'%s' is too large (at most %lld s, about 13 days)", t,
			 (long long)(AEGIS_DURATION_MAX / AEGIS_NS_PER_S));
		break;
	case SCALAR_FINE:
		snprintf(buf, len, "'%s' is finer than 1 ns (durations are whole nanoseconds)",
			 t);
		break;
	case SCALAR_OK:
	case SCALAR_SYNTAX:
		snprintf(buf, len, "expected a duration such as 33.3ms, got %s", got);
		break;
	}
	return buf;
}

/* ---- typed reads ------------------------------------------------------------------- */

aegis_status conf_check_keys(conf_err *e, const conf_node *map, const char *const *keys,
			     const char *in)
{
	char buf[256], q[64];
	size_t n = conf_count(map);
	for (size_t i = 0; i < n; i++) {
		const char *k = conf_key(map, i);
		uint32_t line = conf_key_line(map, i);
		if (!k)
			return conf_fail(e, line, "a key %s must be a plain name, got %s", in,
					 conf_kind_name(conf_key_node(map, i)));
		size_t j = 0;
		while (keys[j] && strcmp(keys[j], k) != 0)
			j++;
		if (!keys[j])
			return conf_fail(e, line, "unknown key '%s' %s (expected one of: %s)",
					 conf_quote(k, q, sizeof q), in,
					 conf_join(keys, buf, sizeof buf));
		for (size_t p = 0; p < i; p++) {
			if (strcmp(conf_key(map, p), k) == 0)
				return conf_fail(e, line, "key '%s' given twice %s (first at line %u)",
						 k, in, conf_key_line(map, p));
		}
	}
	return AEGIS_OK;
}

aegis_status conf_string(conf_err *e, const conf_node *v, const char *key, char **out)
{
	const char *s = conf_text(v);
	char d[64];
	if (!s || !s[0] || conf_has_nul(v))
		return conf_fail(e, conf_line(v), "%s%s: expected a non-empty string, got %s",
				 e->prefix, key,
				 conf_has_nul(v) ? "a NUL character" : conf_describe(v, d, sizeof d));
	size_t n = strlen(s) + 1;
	if (!(*out = malloc(n)))
		return conf_nomem(e);
	memcpy(*out, s, n);
	return AEGIS_OK;
}

aegis_status conf_uint(conf_err *e, const conf_node *v, const char *key, uint64_t min,
		       uint64_t max, const char *expected, uint64_t *out)
{
	char d[64];
	uint64_t x;
	const char *s = conf_text(v);
	if (!s || scalar_parse_u64(s, &x) != SCALAR_OK || x < min || x > max)
		return conf_fail(e, conf_line(v), "%s%s: expected %s, got %s", e->prefix, key,
				 expected, conf_describe(v, d, sizeof d));
	*out = x;
	return AEGIS_OK;
}

aegis_status conf_real(conf_err *e, const conf_node *v, const char *key, double min,
		       double max, const char *expected, double *out)
{
	char d[64], *end;
	const char *s = conf_text(v);
	double x = s ? strtod(s, &end) : 0;
	if (!s || end == s || *end || !isfinite(x) || x < min || x > max)
		return conf_fail(e, conf_line(v), "%s%s: expected %s, got %s", e->prefix, key,
				 expected, conf_describe(v, d, sizeof d));
	*out = x;
	return AEGIS_OK;
}

aegis_status conf_enum(conf_err *e, const conf_node *v, const char *key,
		       const conf_enum_name *tab, int *out)
{
	char d[64], names[128];
	const char *s = conf_text(v);
	for (size_t i = 0; s && tab[i].name; i++) {
		if (strcmp(tab[i].name, s) == 0) {
			*out = tab[i].value;
			return AEGIS_OK;
		}
	}
	return conf_fail(e, conf_line(v), "%s%s: expected one of: %s; got %s", e->prefix, key,
			 join_enum(tab, names, sizeof names), conf_describe(v, d, sizeof d));
}

aegis_status conf_duration(conf_err *e, const conf_node *v, const char *key, int64_t *out)
{
	char why[160], d[64];
	const char *s = conf_text(v);
	scalar_num r = s ? scalar_parse_duration(s, out) : SCALAR_SYNTAX;
	if (r != SCALAR_OK)
		return conf_fail(e, conf_line(v), "%s%s: %s", e->prefix, key,
				 conf_duration_problem(r, s ? s : "", conf_describe(v, d, sizeof d),
						       why, sizeof why));
	return AEGIS_OK;
}

aegis_status conf_size(conf_err *e, const conf_node *v, const char *key, uint64_t *out)
{
	char q[64], d[64];
	const char *s = conf_text(v);
	scalar_num r = s ? scalar_parse_size(s, out) : SCALAR_SYNTAX;
	const char *t = s ? conf_quote(s, q, sizeof q) : "";
	uint32_t line = conf_line(v);
	switch (r) {
	case SCALAR_OK:
		return AEGIS_OK;
	case SCALAR_NO_UNIT:
		return conf_fail(e, line, "%s%s: '%s' needs a unit (%s)", e->prefix, key, t,
				 scalar_size_units);
	case SCALAR_UNIT:
		return conf_fail(e, line, "%s%s: unknown unit in '%s' (expected one of: %s)",
				 e->prefix, key, t, scalar_size_units);
	case SCALAR_RANGE:
		return conf_fail(e, line, "%s%s: '%s' is too large (64-bit bytes)", e->prefix,
				 key, t);
	case SCALAR_NEGATIVE:
	case SCALAR_SYNTAX:
	case SCALAR_FINE:
		break;
	}
	return conf_fail(e, line, "%s%s: expected a size such as 40MiB, got %s", e->prefix, key,
			 conf_describe(v, d, sizeof d));
}
