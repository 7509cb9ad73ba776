/* Node access, scalar syntaxes and file reads for the workload loader. Pure helpers:
 * must not know the workload schema, format "path:line" messages or keep state. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/time.h"
#include "workload/yaml_util.h"

const char wl_size_units[] = "B, KiB, MiB, GiB, TiB, KB, MB, GB, TB";
const char wl_duration_units[] = "ns, us, ms, s, min";

static const struct {
	const char *unit;
	uint64_t bytes;
} size_units[] = {
	{"B", 1},
	{"KiB", UINT64_C(1) << 10},
	{"MiB", UINT64_C(1) << 20},
	{"GiB", UINT64_C(1) << 30},
	{"TiB", UINT64_C(1) << 40},
	{"KB", UINT64_C(1000)},
	{"MB", UINT64_C(1000000)},
	{"GB", UINT64_C(1000000000)},
	{"TB", UINT64_C(1000000000000)},
};

/* The units aegis_duration_parse knows; only used to word a refusal. */
static const char *const duration_units[] = {"ns", "us", "ms", "s", "min"};

uint32_t wl_line(const yaml_node_t *n)
{
	return n ? (uint32_t)n->start_mark.line + 1 : 0;
}

const char *wl_kind_name(const yaml_node_t *n)
{
	if (!n)
		return "nothing";
	switch (n->type) {
	case YAML_MAPPING_NODE:
		return "a mapping";
	case YAML_SEQUENCE_NODE:
		return "a list";
	case YAML_SCALAR_NODE:
		return "a scalar";
	case YAML_NO_NODE:
		break;
	}
	return "nothing";
}

const char *wl_scalar(const yaml_node_t *n)
{
	if (!n || n->type != YAML_SCALAR_NODE)
		return NULL;
	return (const char *)n->data.scalar.value;
}

bool wl_is_null(const yaml_node_t *n)
{
	const char *s = wl_scalar(n);
	if (!s || n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return false;
	return s[0] == '\0' || strcmp(s, "~") == 0 || strcmp(s, "null") == 0 ||
	       strcmp(s, "Null") == 0 || strcmp(s, "NULL") == 0;
}

bool wl_has_nul(const yaml_node_t *n)
{
	const char *s = wl_scalar(n);
	return s && strlen(s) != n->data.scalar.length;
}

size_t wl_map_size(const yaml_node_t *map)
{
	if (!map || map->type != YAML_MAPPING_NODE)
		return 0;
	return (size_t)(map->data.mapping.pairs.top - map->data.mapping.pairs.start);
}

yaml_node_t *wl_map_key(yaml_document_t *d, const yaml_node_t *map, size_t i)
{
	if (i >= wl_map_size(map))
		return NULL;
	return yaml_document_get_node(d, map->data.mapping.pairs.start[i].key);
}

yaml_node_t *wl_map_value(yaml_document_t *d, const yaml_node_t *map, size_t i)
{
	if (i >= wl_map_size(map))
		return NULL;
	return yaml_document_get_node(d, map->data.mapping.pairs.start[i].value);
}

yaml_node_t *wl_map_get(yaml_document_t *d, const yaml_node_t *map, const char *key)
{
	size_t n = wl_map_size(map);
	for (size_t i = 0; i < n; i++) {
		const char *k = wl_scalar(wl_map_key(d, map, i));
		if (k && strcmp(k, key) == 0)
			return wl_map_value(d, map, i);
	}
	return NULL;
}

size_t wl_seq_size(const yaml_node_t *seq)
{
	if (!seq || seq->type != YAML_SEQUENCE_NODE)
		return 0;
	return (size_t)(seq->data.sequence.items.top - seq->data.sequence.items.start);
}

yaml_node_t *wl_seq_item(yaml_document_t *d, const yaml_node_t *seq, size_t i)
{
	if (i >= wl_seq_size(seq))
		return NULL;
	return yaml_document_get_node(d, seq->data.sequence.items.start[i]);
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Reads "digits[.digits]" at *s: the integer part, and the fraction as
 * frac / frac_scale (at most 9 digits). Advances *s past the number. */
static wl_num parse_decimal(const char **s, uint64_t *ipart, uint64_t *frac,
			    uint64_t *frac_scale)
{
	const char *p = *s;
	if (*p == '-')
		return WL_NUM_NEGATIVE;
	if (!is_digit(*p))
		return WL_NUM_SYNTAX;
	*ipart = 0;
	for (; is_digit(*p); p++) {
		if (__builtin_mul_overflow(*ipart, 10, ipart) ||
		    __builtin_add_overflow(*ipart, (uint64_t)(*p - '0'), ipart))
			return WL_NUM_RANGE;
	}
	*frac = 0;
	*frac_scale = 1;
	if (*p == '.') {
		p++;
		if (!is_digit(*p))
			return WL_NUM_SYNTAX;
		for (int digits = 0; is_digit(*p); p++, digits++) {
			if (digits == 9)
				return WL_NUM_SYNTAX;
			*frac = *frac * 10 + (uint64_t)(*p - '0');
			*frac_scale *= 10;
		}
	}
	*s = p;
	return WL_NUM_OK;
}

wl_num wl_parse_u64(const char *s, uint64_t *out)
{
	if (!s || !out)
		return WL_NUM_SYNTAX;
	if (*s == '-')
		return WL_NUM_NEGATIVE;
	if (!is_digit(*s))
		return WL_NUM_SYNTAX;
	uint64_t v = 0;
	for (; is_digit(*s); s++) {
		if (__builtin_mul_overflow(v, 10, &v) ||
		    __builtin_add_overflow(v, (uint64_t)(*s - '0'), &v))
			return WL_NUM_RANGE;
	}
	if (*s)
		return WL_NUM_SYNTAX;
	*out = v;
	return WL_NUM_OK;
}

/* After a number: tells "no unit" from "unknown unit" from "garbage". */
static wl_num classify_unit(const char *unit)
{
	if (!*unit)
		return WL_NUM_NO_UNIT;
	for (const char *p = unit; *p; p++)
		if (!is_alpha(*p))
			return WL_NUM_SYNTAX;
	return WL_NUM_UNIT;
}

wl_num wl_parse_size(const char *s, uint64_t *out)
{
	uint64_t ipart, frac, scale;
	if (!s || !out)
		return WL_NUM_SYNTAX;
	wl_num r = parse_decimal(&s, &ipart, &frac, &scale);
	if (r != WL_NUM_OK)
		return r;
	for (size_t i = 0; i < sizeof size_units / sizeof size_units[0]; i++) {
		if (strcmp(s, size_units[i].unit) != 0)
			continue;
		uint64_t whole;
		/* frac < 10^9 and a unit <= 2^40, so the product fits in 128 bits. */
		unsigned __int128 f = (unsigned __int128)frac * size_units[i].bytes;
		uint64_t part = (uint64_t)((f + scale / 2) / scale);
		if (__builtin_mul_overflow(ipart, size_units[i].bytes, &whole) ||
		    __builtin_add_overflow(whole, part, out))
			return WL_NUM_RANGE;
		return WL_NUM_OK;
	}
	return classify_unit(s);
}

wl_num wl_parse_duration(const char *s, int64_t *out_ns)
{
	if (!s || !out_ns)
		return WL_NUM_SYNTAX;
	aegis_status st = aegis_duration_parse(s, out_ns);
	if (st == AEGIS_OK)
		return WL_NUM_OK;
	if (st == AEGIS_E_OVERFLOW)
		return WL_NUM_RANGE;

	/* Refused: find out why, to say it. */
	uint64_t ipart, frac, scale;
	while (*s == ' ')
		s++;
	wl_num r = parse_decimal(&s, &ipart, &frac, &scale);
	if (r != WL_NUM_OK)
		return r;
	size_t n = strlen(s);
	while (n && s[n - 1] == ' ')
		n--;
	for (size_t i = 0; i < sizeof duration_units / sizeof duration_units[0]; i++)
		if (strlen(duration_units[i]) == n && strncmp(s, duration_units[i], n) == 0)
			return WL_NUM_SYNTAX; /* the unit is fine: the number is not */
	if (n == 0)
		return WL_NUM_NO_UNIT;
	for (size_t i = 0; i < n; i++)
		if (!is_alpha(s[i]))
			return WL_NUM_SYNTAX;
	return WL_NUM_UNIT;
}

char *wl_quote(const char *s, char *buf, size_t len)
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
	if (s && s[i] && o + 4 < len) {
		memcpy(buf + o, "...", 4);
	}
	return buf;
}

char *wl_strdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *d = malloc(n);
	if (d)
		memcpy(d, s, n);
	return d;
}

char *wl_dirname(const char *path)
{
	const char *slash = strrchr(path, '/');
	size_t n = slash ? (size_t)(slash - path) : 0;
	if (slash && n == 0)
		n = 1; /* "/x.yaml": the folder is "/" */
	char *d = malloc(n + 1);
	if (!d)
		return NULL;
	memcpy(d, path, n);
	d[n] = '\0';
	return d;
}

char *wl_path_join(const char *dir, const char *file)
{
	if (file[0] == '/' || dir[0] == '\0')
		return wl_strdup(file);
	size_t dn = strlen(dir), fn = strlen(file);
	bool sep = dir[dn - 1] != '/';
	char *p = malloc(dn + sep + fn + 1);
	if (!p)
		return NULL;
	memcpy(p, dir, dn);
	if (sep)
		p[dn] = '/';
	memcpy(p + dn + sep, file, fn + 1);
	return p;
}
