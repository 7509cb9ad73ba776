/* Settings of the C API (aegis_option: "kernels.0.kind" = "compute") to a configuration
 * tree and back (base/conf.h). Reaches nodes through the accessors only; must not know
 * any key name. Both ways run in O(n log n) for n settings. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/conf.h"

/* ---- settings -> tree ---------------------------------------------------------------- */

typedef struct opt_key {
	const char *key;
	size_t idx; /* in the caller's array: the order of first appearance */
} opt_key;

/* One segment under a common prefix, with the sorted keys that share it. */
typedef struct opt_group {
	const char *seg;
	size_t len;
	size_t lo, hi;  /* sorted keys [lo, hi) */
	size_t first;   /* smallest idx among them */
	uint64_t index; /* list index, for segments of digits */
} opt_group;

typedef struct opt_build {
	conf_doc *d;
	conf_err *e;
	const aegis_option *opts;
	opt_key *keys; /* sorted */
} opt_build;

/* Byte order with '.' below every other byte, so that every "a.x" follows "a" at once. */
static int key_cmp(const void *pa, const void *pb)
{
	const opt_key *a = pa, *b = pb;
	const unsigned char *x = (const unsigned char *)a->key, *y = (const unsigned char *)b->key;
	for (;; x++, y++) {
		unsigned cx = *x == '.' ? 1 : *x ? *x + 1u : 0;
		unsigned cy = *y == '.' ? 1 : *y ? *y + 1u : 0;
		if (cx != cy)
			return cx < cy ? -1 : 1;
		if (!cx)
			break;
	}
	return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static int group_cmp_first(const void *pa, const void *pb)
{
	const opt_group *a = pa, *b = pb;
	return a->first < b->first ? -1 : a->first > b->first;
}

static int group_cmp_index(const void *pa, const void *pb)
{
	const opt_group *a = pa, *b = pb;
	return a->index < b->index ? -1 : a->index > b->index;
}

static bool all_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return n > 0;
}

/* A refusal naming key (quoted for the message): "<prefix>key 'a.b': why". */
static aegis_status key_fail(conf_err *e, const char *key, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static aegis_status key_fail(conf_err *e, const char *key, const char *fmt, ...)
{
	char q[64], msg[160];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	return conf_fail(e, 0, "%skey '%s': %s", e->prefix, conf_quote(key, q, sizeof q), msg);
}

/* Each key: not empty, no empty segment, at most CONF_MAX_DEPTH segments. */
static aegis_status check_key(conf_err *e, const char *key, size_t i)
{
	if (!key || !key[0])
		return conf_fail(e, 0, "%soption %zu: empty key", e->prefix, i);
	size_t segs = 1;
	for (const char *c = key; *c; c++) {
		if (*c != '.')
			continue;
		if (c == key || c[1] == '.' || c[1] == '\0')
			return key_fail(e, key, "empty name before or after a '.'");
		segs++;
	}
	if (segs > CONF_MAX_DEPTH)
		return key_fail(e, key, "deeper than %u levels", CONF_MAX_DEPTH);
	return AEGIS_OK;
}

/* Sorted neighbours: the same key twice, or a key that is also a parent ("a", "a.b"). */
static aegis_status check_sorted(conf_err *e, const opt_key *k, size_t n)
{
	for (size_t i = 0; i + 1 < n; i++) {
		size_t len = strlen(k[i].key);
		if (strcmp(k[i].key, k[i + 1].key) == 0)
			return key_fail(e, k[i].key, "given twice");
		if (strncmp(k[i].key, k[i + 1].key, len) == 0 && k[i + 1].key[len] == '.')
			return key_fail(e, k[i].key, "has a value and also settings under it ('%s')",
					k[i + 1].key);
	}
	return AEGIS_OK;
}

static aegis_status build_value(opt_build *b, size_t lo, size_t hi, size_t end,
				const conf_node **out);

/* Splits sorted keys [lo, hi), which share their first off bytes, by their next
 * segment; *n_out groups in g (room for hi - lo). */
static void split_groups(opt_build *b, size_t lo, size_t hi, size_t off, opt_group *g,
			 size_t *n_out)
{
	size_t n = 0;
	for (size_t i = lo; i < hi; i++) {
		const char *seg = b->keys[i].key + off;
		size_t len = strcspn(seg, ".");
		if (n && g[n - 1].len == len && memcmp(g[n - 1].seg, seg, len) == 0) {
			g[n - 1].hi = i + 1;
			if (b->keys[i].idx < g[n - 1].first)
				g[n - 1].first = b->keys[i].idx;
			continue;
		}
		g[n++] = (opt_group){.seg = seg, .len = len, .lo = i, .hi = i + 1,
				     .first = b->keys[i].idx};
	}
	*n_out = n;
}

/* Whether the groups are list indices 0..n-1 (sorting them so) or names (in order of
 * first appearance); refuses a mix, leading zeros and gaps. */
static aegis_status order_groups(opt_build *b, opt_group *g, size_t n, size_t off,
				 bool *is_list)
{
	size_t digits = 0;
	for (size_t i = 0; i < n; i++)
		digits += all_digits(g[i].seg, g[i].len);
	const char *key = b->keys[g[0].lo].key;
	char path[64], parent[64];
	snprintf(path, sizeof path, "%.*s", off ? (int)(off - 1) : 0, key);
	conf_quote(path, parent, sizeof parent);
	if (digits && off == 0)
		return key_fail(b->e, b->keys[g[0].lo].key,
				"a list index at the top (the settings form a mapping)");
	if (digits && digits < n)
		return key_fail(b->e, key, "'%s' holds both list indices and names", parent);
	*is_list = digits > 0;
	if (!*is_list) {
		qsort(g, n, sizeof *g, group_cmp_first);
		return AEGIS_OK;
	}
	for (size_t i = 0; i < n; i++) {
		const char *k = b->keys[g[i].lo].key;
		if (g[i].len > 1 && g[i].seg[0] == '0')
			return key_fail(b->e, k, "a list index has no leading zeros");
		if (g[i].len > 19 || (g[i].index = strtoull(g[i].seg, NULL, 10)) >= n) {
			return key_fail(b->e, k, "list '%s' has %zu items, so its indices are 0..%zu",
					parent, n, n - 1);
		}
	}
	qsort(g, n, sizeof *g, group_cmp_index);
	return AEGIS_OK;
}

/* The list or map of sorted keys [lo, hi), which share their first off bytes. */
static aegis_status build_container(opt_build *b, size_t lo, size_t hi, size_t off,
				    const conf_node **out)
{
	opt_group *g = malloc((hi - lo) * sizeof *g);
	size_t n = 0;
	bool is_list = false;
	aegis_status st = g ? AEGIS_OK : conf_nomem(b->e);
	if (st != AEGIS_OK)
		goto fail_groups;
	split_groups(b, lo, hi, off, g, &n);
	if ((st = order_groups(b, g, n, off, &is_list)) != AEGIS_OK)
		goto fail_order;
	conf_node *c = is_list ? conf_new_list(b->d, 0) : conf_new_map(b->d, 0);
	if (!c) {
		st = conf_nomem(b->e);
		goto fail_order;
	}
	for (size_t i = 0; i < n; i++) {
		const conf_node *v, *k = NULL;
		if ((st = build_value(b, g[i].lo, g[i].hi, off + g[i].len, &v)))
			goto fail_order;
		if (!is_list && !(k = conf_new_scalar(b->d, g[i].seg, g[i].len, 0))) {
			st = conf_nomem(b->e);
			goto fail_order;
		}
		st = is_list ? conf_list_add(b->d, c, v) : conf_map_add(b->d, c, k, v);
		if (st != AEGIS_OK) {
			st = conf_nomem(b->e);
			goto fail_order;
		}
	}
	*out = c;
fail_order:
	free(g);
fail_groups:
	return st;
}

/* Sorted keys [lo, hi) that share their first end bytes: one leaf (a key of exactly
 * end bytes: check_sorted made it the only one) or a container under the next '.'. */
static aegis_status build_value(opt_build *b, size_t lo, size_t hi, size_t end,
				const conf_node **out)
{
	const opt_key *k = &b->keys[lo];
	if (k->key[end] == '.')
		return build_container(b, lo, hi, end + 1, out);
	const char *v = b->opts[k->idx].value;
	*out = v ? conf_new_scalar(b->d, v, strlen(v), 0) : conf_new_null(b->d, NULL, 0);
	return *out ? AEGIS_OK : conf_nomem(b->e);
}

aegis_status conf_from_options(conf_doc *d, const aegis_option *opts, size_t n,
			       const conf_node **out, conf_err *e)
{
	if (!d || !out || !e || (!opts && n))
		return AEGIS_E_INVAL;
	*out = NULL;
	if (n == 0) {
		*out = conf_new_map(d, 0);
		return *out ? AEGIS_OK : conf_nomem(e);
	}
	opt_build b = {.d = d, .e = e, .opts = opts, .keys = malloc(n * sizeof *b.keys)};
	aegis_status st = b.keys ? AEGIS_OK : conf_nomem(e);
	if (st != AEGIS_OK)
		goto fail_keys;
	for (size_t i = 0; i < n; i++) {
		if ((st = check_key(e, opts[i].key, i)) != AEGIS_OK)
			goto fail_check;
		b.keys[i] = (opt_key){.key = opts[i].key, .idx = i};
	}
	qsort(b.keys, n, sizeof *b.keys, key_cmp);
	if ((st = check_sorted(e, b.keys, n)) != AEGIS_OK)
		goto fail_check;
	st = build_container(&b, 0, n, 0, out);
fail_check:
	free(b.keys);
fail_keys:
	return st;
}

/* ---- tree -> settings ---------------------------------------------------------------- */

/* A depth-first walk that counts (out NULL) or writes the settings. */
typedef struct flat {
	conf_err *e;
	aegis_option *out; /* NULL: count only */
	char *text;        /* where the next string goes (writing) */
	size_t n, bytes;   /* settings and string bytes so far */
	const char *seg[CONF_MAX_DEPTH + 1];
	size_t seg_len[CONF_MAX_DEPTH + 1];
	char idx[CONF_MAX_DEPTH + 1][24]; /* list indices as text */
} flat;

/* "'a.b.0'" of the first depth segments into buf, "the top" for none (messages). */
static const char *flat_path(const flat *f, size_t depth, char *buf, size_t len)
{
	if (depth == 0)
		return "the top";
	char path[96];
	size_t o = 0;
	path[0] = '\0';
	for (size_t i = 0; i < depth && o < sizeof path; i++) {
		int w = snprintf(path + o, sizeof path - o, "%s%.*s", i ? "." : "",
				 (int)f->seg_len[i], f->seg[i]);
		o += w > 0 ? (size_t)w : 0;
	}
	char q[64];
	snprintf(buf, len, "'%s'", conf_quote(path, q, sizeof q));
	return buf;
}

typedef struct flat_key {
	const char *k;
	uint32_t line;
	size_t i;
} flat_key;

static int flat_key_cmp(const void *pa, const void *pb)
{
	const flat_key *a = pa, *b = pb;
	int c = strcmp(a->k, b->k);
	return c ? c : a->i < b->i ? -1 : a->i > b->i;
}

/* A key that conf_from_options would read back as the same name. */
static aegis_status flat_check_key(flat *f, const conf_node *map, size_t i, size_t depth)
{
	const char *k = conf_key(map, i);
	const char *why = NULL;
	if (!k || conf_kind_of(conf_key_node(map, i)) != CONF_SCALAR)
		why = "a key that is not a name";
	else if (conf_has_nul(conf_key_node(map, i)))
		why = "a key with a NUL byte";
	else if (!k[0])
		why = "an empty key";
	else if (strchr(k, '.'))
		why = "a key with '.'";
	else if (all_digits(k, strlen(k)))
		why = "a key of digits only (it would read as a list index)";
	if (!why)
		return AEGIS_OK;
	char p[128], q[64];
	return conf_fail(f->e, conf_key_line(map, i), "%s%s '%s' under %s cannot be a setting",
			 f->e->prefix, why, conf_quote(k ? k : "", q, sizeof q),
			 flat_path(f, depth, p, sizeof p));
}

/* No key of map given twice (sorted copies of the keys; they passed flat_check_key). */
static aegis_status flat_check_twice(flat *f, const conf_node *map, size_t depth)
{
	size_t n = conf_count(map);
	flat_key *k = malloc(n * sizeof *k);
	if (!k)
		return conf_nomem(f->e);
	for (size_t i = 0; i < n; i++)
		k[i] = (flat_key){.k = conf_key(map, i), .line = conf_key_line(map, i), .i = i};
	qsort(k, n, sizeof *k, flat_key_cmp);
	aegis_status st = AEGIS_OK;
	for (size_t i = 0; st == AEGIS_OK && i + 1 < n; i++) {
		if (strcmp(k[i].k, k[i + 1].k) != 0)
			continue;
		char p[128], q[64];
		st = conf_fail(f->e, k[i + 1].line, "%skey '%s' under %s given twice: cannot be "
			       "a setting", f->e->prefix, conf_quote(k[i].k, q, sizeof q),
			       flat_path(f, depth, p, sizeof p));
	}
	free(k);
	return st;
}

/* Counts or writes one setting: the path of depth segments = the text of leaf. */
static aegis_status flat_leaf(flat *f, const conf_node *leaf, size_t depth)
{
	char p[128];
	if (conf_has_nul(leaf))
		return conf_fail(f->e, conf_line(leaf), "%s%s: a value with a NUL byte "
				 "cannot be a setting", f->e->prefix, flat_path(f, depth, p, sizeof p));
	const char *v = conf_text(leaf);
	size_t klen = depth - 1;
	for (size_t i = 0; i < depth; i++)
		klen += f->seg_len[i];
	if (!f->out) {
		f->n++;
		f->bytes += klen + 1 + (v ? strlen(v) + 1 : 0);
		return AEGIS_OK;
	}
	aegis_option *o = &f->out[f->n++];
	char *t = f->text;
	o->key = t;
	for (size_t i = 0; i < depth; i++) {
		if (i)
			*t++ = '.';
		memcpy(t, f->seg[i], f->seg_len[i]);
		t += f->seg_len[i];
	}
	*t++ = '\0';
	o->value = v ? t : NULL;
	if (v) {
		size_t vn = strlen(v) + 1;
		memcpy(t, v, vn);
		t += vn;
	}
	f->text = t;
	return AEGIS_OK;
}

/* The settings under n, whose path has depth segments. */
static aegis_status flat_walk(flat *f, const conf_node *n, size_t depth)
{
	conf_kind kind = conf_kind_of(n);
	if (kind == CONF_SCALAR || kind == CONF_NULL)
		return flat_leaf(f, n, depth);
	if (depth == CONF_MAX_DEPTH) {
		char p[128];
		return conf_fail(f->e, conf_line(n), "%s%s: deeper than %u levels",
				 f->e->prefix, flat_path(f, depth, p, sizeof p), CONF_MAX_DEPTH);
	}
	aegis_status st = AEGIS_OK;
	size_t count = conf_count(n);
	if (kind == CONF_MAP && !f->out) { /* checked on the counting walk */
		for (size_t i = 0; st == AEGIS_OK && i < count; i++)
			st = flat_check_key(f, n, i, depth);
		if (st == AEGIS_OK)
			st = flat_check_twice(f, n, depth);
	}
	for (size_t i = 0; st == AEGIS_OK && i < count; i++) {
		if (kind == CONF_MAP) {
			f->seg[depth] = conf_key(n, i);
		} else {
			snprintf(f->idx[depth], sizeof f->idx[depth], "%zu", i);
			f->seg[depth] = f->idx[depth];
		}
		f->seg_len[depth] = strlen(f->seg[depth]);
		st = flat_walk(f, conf_item(n, i), depth + 1);
	}
	return st;
}

aegis_status conf_flatten(const conf_node *map, conf_options *out, conf_err *e)
{
	if (!out || !e)
		return AEGIS_E_INVAL;
	*out = (conf_options){0};
	if (conf_kind_of(map) != CONF_MAP)
		return AEGIS_E_INVAL;
	flat f = {.e = e};
	aegis_status st = flat_walk(&f, map, 0);
	if (st != AEGIS_OK)
		return st;
	size_t n = f.n, head = n * sizeof(aegis_option);
	if (n == 0)
		return AEGIS_OK;
	if (f.bytes > SIZE_MAX - head || !(out->opt = malloc(head + f.bytes)))
		return conf_nomem(e);
	f = (flat){.e = e, .out = out->opt, .text = (char *)out->opt + head};
	st = flat_walk(&f, map, 0); /* the same walk, already checked */
	out->n = f.n;
	return st;
}

void conf_options_deinit(conf_options *o)
{
	if (!o)
		return;
	free(o->opt);
	*o = (conf_options){0};
}
