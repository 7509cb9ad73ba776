/* Unit tests of the configuration tree (base/conf.h) and of YAML text to a tree
 * (workload/yaml_conf.h): accessors, typed reads and their exact messages, settings to
 * a tree and back, and the limits that keep any text linear (depth, nodes, aliases).
 * Also the scalar syntaxes and path helpers the tree reads with. */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "base/conf.h"
#include "base/path.h"
#include "base/scalar.h"
#include "workload/yaml_conf.h"

/* One parsed text: its document, root and last message. */
typedef struct fixture {
	conf_doc *doc;
	const conf_node *root;
	conf_err e;
	char err[512];
	aegis_status st;
} fixture;

static void fx_parse_opts(fixture *f, const char *text, size_t len, const yaml_conf_opts *o)
{
	memset(f, 0, sizeof *f);
	f->doc = conf_doc_create();
	assert_non_null(f->doc);
	conf_err_init(&f->e, "x.yaml", f->err, sizeof f->err);
	f->st = yaml_conf_parse(f->doc, text, len, o, &f->e, &f->root);
}

static void fx_parse(fixture *f, const char *text)
{
	static const yaml_conf_opts o = {.one_document = "a test file"};
	fx_parse_opts(f, text, strlen(text), &o);
}

/* Parses text that must be fine. */
static const conf_node *fx_ok(fixture *f, const char *text)
{
	fx_parse(f, text);
	if (f->st != AEGIS_OK)
		fail_msg("%s: %s", aegis_status_name(f->st), f->err);
	return f->root;
}

/* Parses text that must be refused with status st and exactly msg. */
static void fx_refused(const char *text, size_t len, aegis_status st, const char *msg)
{
	static const yaml_conf_opts o = {.one_document = "a test file"};
	fixture f;
	fx_parse_opts(&f, text, len, &o);
	if (f.st != st || strcmp(f.err, msg) != 0)
		fail_msg("got %s \"%s\"\n  expected %s \"%s\"", aegis_status_name(f.st), f.err,
			 aegis_status_name(st), msg);
	assert_null(f.root);
	conf_doc_destroy(f.doc);
}

static void fx_done(fixture *f)
{
	conf_doc_destroy(f->doc);
}

/* Trees equal in kind, text, keys and order (lines are not compared). */
static bool conf_equal(const conf_node *a, const conf_node *b)
{
	if (conf_kind_of(a) != conf_kind_of(b) || conf_count(a) != conf_count(b))
		return false;
	if (conf_kind_of(a) == CONF_SCALAR)
		return strcmp(conf_text(a), conf_text(b)) == 0;
	for (size_t i = 0; i < conf_count(a); i++) {
		if (conf_kind_of(a) == CONF_MAP && strcmp(conf_key(a, i), conf_key(b, i)) != 0)
			return false;
		if (!conf_equal(conf_item(a, i), conf_item(b, i)))
			return false;
	}
	return true;
}

/* ---- the tree ------------------------------------------------------------------------ */

static void test_build_and_read(void **state)
{
	(void)state;
	conf_doc *d = conf_doc_create();
	assert_non_null(d);
	conf_node *map = conf_new_map(d, 3);
	conf_node *list = conf_new_list(d, 4);
	const conf_node *a = conf_new_scalar(d, "a\0b", 3, 5);
	const conf_node *nul = conf_new_null(d, "~", 6);
	assert_int_equal(conf_list_add(d, list, a), AEGIS_OK);
	assert_int_equal(conf_list_add(d, list, nul), AEGIS_OK);
	assert_int_equal(conf_map_add(d, map, conf_new_scalar(d, "k", 1, 3), list), AEGIS_OK);
	assert_int_equal(conf_map_add(d, map, conf_new_scalar(d, "k", 1, 7), a), AEGIS_OK);
	assert_int_equal(conf_map_add(d, map, nul, a), AEGIS_OK);
	assert_int_equal(conf_map_add(d, map, list, a), AEGIS_OK);
	assert_int_equal(conf_list_add(d, map, a), AEGIS_E_INVAL);
	assert_int_equal(conf_map_add(d, list, a, a), AEGIS_E_INVAL);

	assert_int_equal(conf_kind_of(map), CONF_MAP);
	assert_int_equal(conf_line(map), 3);
	assert_int_equal(conf_count(map), 4);
	assert_string_equal(conf_key(map, 0), "k");
	assert_int_equal(conf_key_line(map, 1), 7);
	assert_string_equal(conf_key(map, 2), "~"); /* a null key keeps its spelling */
	assert_null(conf_key(map, 3));                /* a list as a key is no name */
	assert_ptr_equal(conf_key_node(map, 3), list);
	assert_ptr_equal(conf_get(map, "k"), list); /* the first of two */
	assert_null(conf_get(map, "nope"));
	assert_ptr_equal(conf_item(map, 1), a);
	assert_int_equal(conf_count(list), 2);
	assert_string_equal(conf_text(a), "a");
	assert_true(conf_has_nul(a));
	assert_int_equal(conf_kind_of(nul), CONF_NULL);
	assert_null(conf_text(nul));
	assert_null(conf_text(list));

	/* NULL and out of range: nothing */
	assert_int_equal(conf_kind_of(NULL), CONF_NULL);
	assert_int_equal(conf_line(NULL), 0);
	assert_int_equal(conf_count(a), 0);
	assert_null(conf_item(list, 2));
	assert_null(conf_key(list, 0));
	assert_null(conf_get(NULL, "k"));
	assert_false(conf_has_nul(NULL));
	assert_int_equal(conf_doc_nodes(d), 6);

	/* many items: the arena grows */
	conf_node *big = conf_new_list(d, 1);
	for (int i = 0; i < 100000; i++)
		assert_int_equal(conf_list_add(d, big, conf_new_scalar(d, "x", 1, 1)), AEGIS_OK);
	assert_int_equal(conf_count(big), 100000);
	assert_string_equal(conf_text(conf_item(big, 99999)), "x");
	conf_doc_destroy(d);
	conf_doc_destroy(NULL);
}

static void test_yaml_nodes(void **state)
{
	(void)state;
	fixture f;
	const conf_node *r = fx_ok(&f, "a: 1\n"
				      "b: [x, ~, '', \"null\", null, Null, NULL, \"a\\0b\"]\n"
				      "c:\n"
				      "d: {k: v}\n"
				      "~: 2\n");
	assert_int_equal(conf_kind_of(r), CONF_MAP);
	assert_int_equal(conf_line(r), 1);
	assert_int_equal(conf_count(r), 5);
	assert_string_equal(conf_text(conf_get(r, "a")), "1");
	const conf_node *b = conf_get(r, "b");
	assert_int_equal(conf_line(b), 2);
	assert_int_equal(conf_kind_of(conf_item(b, 0)), CONF_SCALAR);
	assert_int_equal(conf_kind_of(conf_item(b, 1)), CONF_NULL);
	assert_int_equal(conf_kind_of(conf_item(b, 2)), CONF_SCALAR); /* quoted: text */
	assert_string_equal(conf_text(conf_item(b, 2)), "");
	assert_int_equal(conf_kind_of(conf_item(b, 3)), CONF_SCALAR);
	for (size_t i = 4; i < 7; i++)
		assert_int_equal(conf_kind_of(conf_item(b, i)), CONF_NULL);
	assert_true(conf_has_nul(conf_item(b, 7)));
	assert_int_equal(conf_kind_of(conf_get(r, "c")), CONF_NULL);
	assert_int_equal(conf_key_line(r, 3), 4);
	assert_string_equal(conf_text(conf_get(conf_get(r, "d"), "k")), "v");
	assert_string_equal(conf_key(r, 4), "~");
	fx_done(&f);

	/* no document: no root */
	fx_parse(&f, "# only a comment\n");
	assert_int_equal(f.st, AEGIS_OK);
	assert_null(f.root);
	fx_done(&f);
	fx_parse_opts(&f, NULL, 0, NULL);
	assert_int_equal(f.st, AEGIS_OK);
	assert_null(f.root);
	fx_done(&f);
	/* an empty document: a null root */
	fx_parse(&f, "---\n");
	assert_int_equal(conf_kind_of(f.root), CONF_NULL);
	assert_non_null(f.root);
	fx_done(&f);
}

/* ---- messages and typed reads ----------------------------------------------------------- */

#define EXPECT(call, want)                                                                \
	do {                                                                               \
		f.err[0] = '\0';                                                           \
		aegis_status st_ = (call);                                                 \
		if (st_ != AEGIS_E_CONFIG || strcmp(f.err, (want)) != 0)                   \
			fail_msg("%s: got %s \"%s\"\n  expected \"%s\"", #call,           \
				 aegis_status_name(st_), f.err, (want));                   \
	} while (0)

static void test_typed_reads(void **state)
{
	(void)state;
	static const conf_enum_name colours[] = {{"red", 1}, {"green", 2}, {NULL, 0}};
	static const char *const keys[] = {"n", "s", "d", "b", "l", "m", "e", NULL};
	fixture f;
	const conf_node *r = fx_ok(&f, "n: 42\n"
				      "s: hello\n"
				      "d: 33.3ms\n"
				      "b: 40MiB\n"
				      "l: [1, 2]\n"
				      "m: {}\n"
				      "e: green\n");
	uint64_t u;
	int64_t ns;
	int en;
	char *str = NULL;
	assert_int_equal(conf_check_keys(&f.e, r, keys, "in x"), AEGIS_OK);
	assert_int_equal(conf_uint(&f.e, conf_get(r, "n"), "n", 1, 64, "1..64", &u), AEGIS_OK);
	assert_true(u == 42);
	assert_int_equal(conf_string(&f.e, conf_get(r, "s"), "s", &str), AEGIS_OK);
	assert_string_equal(str, "hello");
	free(str);
	assert_int_equal(conf_duration(&f.e, conf_get(r, "d"), "d", &ns), AEGIS_OK);
	assert_int_equal(ns, 33300000);
	assert_int_equal(conf_size(&f.e, conf_get(r, "b"), "b", &u), AEGIS_OK);
	assert_true(u == UINT64_C(40) << 20);
	assert_int_equal(conf_enum(&f.e, conf_get(r, "e"), "e", colours, &en), AEGIS_OK);
	assert_int_equal(en, 2);

	snprintf(f.e.prefix, sizeof f.e.prefix, "model 'det': ");
	EXPECT(conf_uint(&f.e, conf_get(r, "n"), "n", 1, 40, "an integer 1..40", &u),
	       "x.yaml:1: model 'det': n: expected an integer 1..40, got '42'");
	EXPECT(conf_uint(&f.e, conf_get(r, "l"), "l", 0, 9, "a digit", &u),
	       "x.yaml:5: model 'det': l: expected a digit, got a list");
	EXPECT(conf_string(&f.e, conf_get(r, "m"), "m", &str),
	       "x.yaml:6: model 'det': m: expected a non-empty string, got a mapping");
	EXPECT(conf_enum(&f.e, conf_get(r, "s"), "s", colours, &en),
	       "x.yaml:2: model 'det': s: expected one of: red, green; got 'hello'");
	EXPECT(conf_duration(&f.e, conf_get(r, "n"), "n", &ns),
	       "x.yaml:1: model 'det': n: '42' needs a unit (ns, us, ms, s, min)");
	EXPECT(conf_duration(&f.e, conf_get(r, "l"), "l", &ns),
	       "x.yaml:5: model 'det': l: expected a duration such as 33.3ms, got a list");
	EXPECT(conf_size(&f.e, conf_get(r, "d"), "d", &u),
	       "x.yaml:3: model 'det': d: unknown unit in '33.3ms' (expected one of: B, KiB, "
	       "MiB, GiB, TiB, KB, MB, GB, TB)");
	EXPECT(conf_size(&f.e, NULL, "z", &u),
	       "x.yaml:0: model 'det': z: expected a size such as 40MiB, got nothing");
	EXPECT(conf_check_keys(&f.e, r, keys + 1, "in x"),
	       "x.yaml:1: unknown key 'n' in x (expected one of: s, d, b, l, m, e)");

	/* settings from the C API: no "path:line: " */
	f.e.path = NULL;
	EXPECT(conf_uint(&f.e, conf_get(r, "s"), "s", 0, 1, "0 or 1", &u),
	       "model 'det': s: expected 0 or 1, got 'hello'");
	EXPECT(conf_fail(&f.e, 9, "plain %d", 1), "plain 1");
	fx_done(&f);
}

static void test_messages(void **state)
{
	(void)state;
	fixture f;
	const conf_node *r = fx_ok(&f, "a: 1\nb: [x]\nc: {k: v}\nd: ~\n"
				      "e: \"a long text of more than forty characters, cut\"\n"
				      "a: 2\n[x]: 3\n");
	char buf[64];
	assert_string_equal(conf_describe(conf_get(r, "a"), buf, sizeof buf), "'1'");
	assert_string_equal(conf_describe(conf_get(r, "b"), buf, sizeof buf), "a list");
	assert_string_equal(conf_describe(conf_get(r, "c"), buf, sizeof buf), "a mapping");
	assert_string_equal(conf_describe(conf_get(r, "d"), buf, sizeof buf), "nothing");
	assert_string_equal(conf_describe(NULL, buf, sizeof buf), "nothing");
	assert_string_equal(conf_describe(conf_get(r, "e"), buf, sizeof buf),
			    "'a long text of more than forty character...'");
	assert_string_equal(conf_kind_name(conf_get(r, "d")), "a scalar");
	assert_string_equal(conf_kind_name(NULL), "nothing");
	static const char *const names[] = {"a", "bb", "ccc", NULL};
	assert_string_equal(conf_join(names, buf, sizeof buf), "a, bb, ccc");
	assert_string_equal(conf_join(names, buf, 6), "a, bb");

	static const char *const keys[] = {"a", "b", "c", "d", "e", NULL};
	EXPECT(conf_check_keys(&f.e, r, keys, "at the top"),
	       "x.yaml:6: key 'a' given twice at the top (first at line 1)");
	EXPECT(conf_fail(&f.e, 3, "n=%d", 5), "x.yaml:3: n=5");
	assert_int_equal(conf_fail_at(&f.e, AEGIS_E_IO, "other.txt", 7, "cannot %s", "read"),
			 AEGIS_E_IO);
	assert_string_equal(f.err, "other.txt:7: cannot read");
	assert_int_equal(conf_nomem(&f.e), AEGIS_E_NOMEM);
	assert_string_equal(f.err, "x.yaml:0: out of memory");
	fx_done(&f);

	r = fx_ok(&f, "[x]: 3\n");
	EXPECT(conf_check_keys(&f.e, r, keys, "in y"),
	       "x.yaml:1: a key in y must be a plain name, got a list");
	/* a short buffer: cut, terminated; none: dropped */
	char small[8];
	conf_err e;
	conf_err_init(&e, "x.yaml", small, sizeof small);
	assert_int_equal(conf_fail(&e, 1, "long message"), AEGIS_E_CONFIG);
	assert_string_equal(small, "x.yaml:");
	conf_err_init(&e, "x.yaml", NULL, 0);
	assert_int_equal(conf_fail(&e, 1, "dropped"), AEGIS_E_CONFIG);
	fx_done(&f);
}

/* ---- settings (aegis_option) ----------------------------------------------------------- */

static void test_options(void **state)
{
	(void)state;
	static const aegis_option opts[] = {
		{"exec", "5ms"},
		{"kernels.1.kind", "memory"},
		{"memory.persistent", "40MiB"},
		{"kernels.0.kind", "compute"},
		{"kernels.0.grid", "64"},
		{"kernels.1.grid", "8"},
		{"flag", NULL},
	};
	char err[256] = "";
	conf_err e;
	conf_err_init(&e, NULL, err, sizeof err);
	conf_doc *d = conf_doc_create();
	const conf_node *m = NULL;
	assert_int_equal(conf_from_options(d, opts, 7, &m, &e), AEGIS_OK);
	assert_int_equal(conf_kind_of(m), CONF_MAP);
	assert_int_equal(conf_count(m), 4); /* in order of first appearance */
	assert_string_equal(conf_key(m, 0), "exec");
	assert_string_equal(conf_key(m, 1), "kernels");
	assert_string_equal(conf_key(m, 2), "memory");
	assert_string_equal(conf_key(m, 3), "flag");
	assert_int_equal(conf_kind_of(conf_get(m, "flag")), CONF_NULL);
	const conf_node *k = conf_get(m, "kernels");
	assert_int_equal(conf_kind_of(k), CONF_LIST);
	assert_int_equal(conf_count(k), 2);
	assert_string_equal(conf_text(conf_get(conf_item(k, 0), "kind")), "compute");
	assert_string_equal(conf_key(conf_item(k, 0), 0), "kind");
	assert_string_equal(conf_text(conf_get(conf_item(k, 1), "grid")), "8");
	assert_string_equal(conf_text(conf_get(conf_get(m, "memory"), "persistent")), "40MiB");
	assert_int_equal(conf_line(m), 0);

	/* and back: the same settings, depth first in the tree's order */
	conf_options o;
	assert_int_equal(conf_flatten(m, &o, &e), AEGIS_OK);
	static const char *const want[][2] = {
		{"exec", "5ms"},           {"kernels.0.kind", "compute"}, {"kernels.0.grid", "64"},
		{"kernels.1.kind", "memory"}, {"kernels.1.grid", "8"},
		{"memory.persistent", "40MiB"}, {"flag", NULL},
	};
	assert_int_equal(o.n, 7);
	for (size_t i = 0; i < o.n; i++) {
		assert_string_equal(o.opt[i].key, want[i][0]);
		if (want[i][1])
			assert_string_equal(o.opt[i].value, want[i][1]);
		else
			assert_null(o.opt[i].value);
	}
	conf_options_deinit(&o);
	assert_null(o.opt);
	conf_options_deinit(NULL);

	/* no settings: an empty map, and nothing back */
	assert_int_equal(conf_from_options(d, NULL, 0, &m, &e), AEGIS_OK);
	assert_int_equal(conf_count(m), 0);
	assert_int_equal(conf_flatten(m, &o, &e), AEGIS_OK);
	assert_int_equal(o.n, 0);
	assert_int_equal(conf_from_options(NULL, opts, 1, &m, &e), AEGIS_E_INVAL);
	assert_int_equal(conf_flatten(conf_item(k, 0), NULL, &e), AEGIS_E_INVAL);
	assert_int_equal(conf_flatten(k, &o, &e), AEGIS_E_INVAL); /* a list */
	conf_doc_destroy(d);
}

static void test_option_errors(void **state)
{
	(void)state;
	static const struct {
		aegis_option opt[3];
		size_t n;
		const char *msg;
	} cases[] = {
		{{{"", "1"}}, 1, "m: option 0: empty key"},
		{{{"a", "1"}, {NULL, "1"}}, 2, "m: option 1: empty key"},
		{{{"a..b", "1"}}, 1, "m: key 'a..b': empty name before or after a '.'"},
		{{{".a", "1"}}, 1, "m: key '.a': empty name before or after a '.'"},
		{{{"a.", "1"}}, 1, "m: key 'a.': empty name before or after a '.'"},
		{{{"a.b", "1"}, {"a.b", "2"}}, 2, "m: key 'a.b': given twice"},
		{{{"a.b", "1"}, {"a", "2"}}, 2,
		 "m: key 'a': has a value and also settings under it ('a.b')"},
		{{{"k.0", "1"}, {"k.2", "2"}}, 2,
		 "m: key 'k.2': list 'k' has 2 items, so its indices are 0..1"},
		{{{"k.1", "1"}}, 1, "m: key 'k.1': list 'k' has 1 items, so its indices are 0..0"},
		{{{"k.0", "1"}, {"k.01", "2"}}, 2, "m: key 'k.01': a list index has no leading zeros"},
		{{{"k.0", "1"}, {"k.x", "2"}}, 2, "m: key 'k.0': 'k' holds both list indices and names"},
		{{{"0", "1"}}, 1, "m: key '0': a list index at the top (the settings form a mapping)"},
		{{{"k.99999999999999999999999", "1"}}, 1,
		 "m: key 'k.99999999999999999999999': list 'k' has 1 items, so its indices are 0..0"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char err[256] = "";
		conf_err e;
		conf_err_init(&e, NULL, err, sizeof err);
		snprintf(e.prefix, sizeof e.prefix, "m: ");
		conf_doc *d = conf_doc_create();
		const conf_node *m = NULL;
		aegis_status st = conf_from_options(d, cases[i].opt, cases[i].n, &m, &e);
		if (st != AEGIS_E_CONFIG || strcmp(err, cases[i].msg) != 0)
			fail_msg("case %zu: got %s \"%s\"\n  expected \"%s\"", i,
				 aegis_status_name(st), err, cases[i].msg);
		conf_doc_destroy(d);
	}
	/* 64 segments are fine, 65 are not */
	char key[200] = "a";
	for (int i = 1; i < 64; i++)
		strcat(key, ".a");
	aegis_option deep = {key, "x"};
	char err[256];
	conf_err e;
	conf_err_init(&e, "opts", err, sizeof err);
	conf_doc *d = conf_doc_create();
	const conf_node *m;
	assert_int_equal(conf_from_options(d, &deep, 1, &m, &e), AEGIS_OK);
	strcat(key, ".a");
	assert_int_equal(conf_from_options(d, &deep, 1, &m, &e), AEGIS_E_CONFIG);
	assert_non_null(strstr(err, "deeper than 64 levels"));
	conf_doc_destroy(d);
}

/* A YAML tree, flattened and read back, is the same tree. */
static void test_options_round_trip(void **state)
{
	(void)state;
	fixture f;
	const conf_node *r = fx_ok(&f, "exec: {dist: normal, mean: 2ms, sd: 0.1ms}\n"
				      "segments: [3, 1, 1]\n"
				      "kernels:\n"
				      "  - {kind: compute, grid: 64, time: 2ms}\n"
				      "  - {kind: memory, grid: 8, time: 1ms, extra: [[a, b], [c]]}\n"
				      "flag:\n"
				      "quoted: ''\n"
				      "z: &s {a: 1}\n"
				      "y: *s\n");
	conf_options o;
	assert_int_equal(conf_flatten(r, &o, &f.e), AEGIS_OK);
	const conf_node *back = NULL;
	assert_int_equal(conf_from_options(f.doc, o.opt, o.n, &back, &f.e), AEGIS_OK);
	assert_true(conf_equal(r, back));
	conf_options_deinit(&o);
	fx_done(&f);

	/* empty maps and lists vanish */
	r = fx_ok(&f, "a: {}\nb: []\nc: 1\n");
	assert_int_equal(conf_flatten(r, &o, &f.e), AEGIS_OK);
	assert_int_equal(o.n, 1);
	assert_string_equal(o.opt[0].key, "c");
	conf_options_deinit(&o);
	fx_done(&f);
}

static void test_flatten_refusals(void **state)
{
	(void)state;
	static const struct {
		const char *yaml, *msg;
	} cases[] = {
		{"a:\n  b.c: 1\n", "x.yaml:2: a key with '.' 'b.c' under 'a' cannot be a setting"},
		{"'': 1\n", "x.yaml:1: an empty key '' under the top cannot be a setting"},
		{"a: {'0': 1}\n", "x.yaml:1: a key of digits only (it would read as a list index) "
				  "'0' under 'a' cannot be a setting"},
		{"a: {[x]: 1}\n", "x.yaml:1: a key that is not a name '' under 'a' cannot be a "
				  "setting"},
		{"l: [{k: 1, k: 2}]\n", "x.yaml:1: key 'k' under 'l.0' given twice: cannot be a "
				       "setting"},
		{"a: \"x\\0y\"\n", "x.yaml:1: 'a': a value with a NUL byte cannot be a setting"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		fixture f;
		const conf_node *r = fx_ok(&f, cases[i].yaml);
		conf_options o = {(aegis_option *)1, 1};
		aegis_status st = conf_flatten(r, &o, &f.e);
		if (st != AEGIS_E_CONFIG || strcmp(f.err, cases[i].msg) != 0)
			fail_msg("case %zu: got %s \"%s\"\n  expected \"%s\"", i,
				 aegis_status_name(st), f.err, cases[i].msg);
		assert_null(o.opt);
		assert_int_equal(o.n, 0);
		fx_done(&f);
	}
}

/* ---- YAML: errors and limits ------------------------------------------------------------ */

static void test_yaml_errors(void **state)
{
	(void)state;
	static const char *const two = "a: 1\n---\nb: 2\n";
	fx_refused(two, strlen(two), AEGIS_E_CONFIG,
		   "x.yaml:3: a second YAML document: a test file holds exactly one");
	fx_refused("a: [1\n", 6, AEGIS_E_CONFIG,
		   "x.yaml:2: YAML syntax error: did not find expected ',' or ']' (while parsing "
		   "a flow sequence at line 1)");
	fx_refused("a: 1\nb: \xc3\x28\n", 11, AEGIS_E_CONFIG,
		   "x.yaml:2: not valid YAML text: invalid trailing UTF-8 octet");
	fx_refused("a: *x\n", 6, AEGIS_E_CONFIG, "x.yaml:1: YAML syntax error: found undefined "
						   "alias");
	fx_refused("a: &x 1\nb: &x 2\n", 16, AEGIS_E_CONFIG,
		   "x.yaml:2: YAML syntax error: second occurrence (found duplicate anchor; first "
		   "occurrence at line 1)");
	fx_refused("a: &x [1, *x]\n", 14, AEGIS_E_CONFIG,
		   "x.yaml:1: alias '*x' refers to a node that contains it");
	/* a syntax error after a recursive alias is told first */
	fx_refused("a: &x [1, *x]\nb: [\n", 19, AEGIS_E_CONFIG,
		   "x.yaml:3: YAML syntax error: did not find expected node content (while "
		   "parsing a flow node at line 3)");

	/* the profile reader's wording; the first document only */
	static const yaml_conf_opts brief = {.brief_errors = true};
	fixture f;
	fx_parse_opts(&f, "a: [1\n", 6, &brief);
	assert_int_equal(f.st, AEGIS_E_CONFIG);
	assert_string_equal(f.err, "x.yaml:2: YAML syntax error: did not find expected ',' or ']'");
	fx_done(&f);
	static const char *const after = "a: 1\n---\nb: [\n";
	fx_parse_opts(&f, after, strlen(after), &brief);
	assert_int_equal(f.st, AEGIS_OK);
	assert_string_equal(conf_text(conf_get(f.root, "a")), "1");
	fx_done(&f);
	fx_parse_opts(&f, "a", 1, NULL);
	assert_int_equal(f.st, AEGIS_OK);
	fx_done(&f);
	conf_doc *d = conf_doc_create();
	const conf_node *root;
	assert_int_equal(yaml_conf_parse(d, NULL, 3, NULL, &f.e, &root), AEGIS_E_INVAL);
	assert_int_equal(yaml_conf_parse(d, "a", 1, NULL, &f.e, NULL), AEGIS_E_INVAL);
	conf_doc_destroy(d);
}

static double seconds_since(const struct timespec *t0)
{
	struct timespec t1;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

/* 100,000 nested '[': refused at the 65th, at once (libyaml's document loader takes
 * tens of seconds on it). */
static void test_depth_limit(void **state)
{
	(void)state;
	size_t n = 100000;
	char *text = malloc(n);
	assert_non_null(text);
	memset(text, '[', n);
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	fx_refused(text, n, AEGIS_E_CONFIG, "x.yaml:1: nesting deeper than 64 levels");
	double s = seconds_since(&t0);
	print_message("100000 nested '[' refused in %.3f ms\n", s * 1e3);
	assert_true(s < 1.0);

	/* 64 levels are fine, 65 are not; nor are 64 reached through an alias */
	memset(text, '[', 64);
	memset(text + 64, ']', 64);
	fixture f;
	fx_parse_opts(&f, text, 128, NULL);
	assert_int_equal(f.st, AEGIS_OK);
	fx_done(&f);
	memset(text, '[', 65);
	memset(text + 65, ']', 65);
	fx_refused(text, 130, AEGIS_E_CONFIG, "x.yaml:1: nesting deeper than 64 levels");
	int k = snprintf(text, n, "a: &a ");
	memset(text + k, '[', 40);
	memset(text + k + 40, ']', 40);
	k += 80;
	k += snprintf(text + k, n - (size_t)k, "\nb: ");
	memset(text + k, '[', 30);
	k += 30;
	k += snprintf(text + k, n - (size_t)k, "*a");
	memset(text + k, ']', 30);
	k += 30;
	fx_refused(text, (size_t)k, AEGIS_E_CONFIG, "x.yaml:2: nesting deeper than 64 levels");
	free(text);
}

/* Aliases share the anchored node; a legitimate one is fine, a bomb is refused. */
static void test_alias_limits(void **state)
{
	(void)state;
	fixture f;
	const conf_node *r = fx_ok(&f, "base: &b {period: 10ms, exec: 1ms}\n"
				      "models: [*b, *b, {name: x, <<: *b}]\n");
	const conf_node *models = conf_get(r, "models");
	assert_ptr_equal(conf_item(models, 0), conf_get(r, "base"));
	assert_ptr_equal(conf_item(models, 1), conf_get(r, "base"));
	assert_int_equal(conf_line(conf_item(models, 1)), 1); /* the anchor's line */
	fx_done(&f);

	/* "billion laughs": 10 levels of 10 aliases each */
	char text[2048];
	int k = snprintf(text, sizeof text, "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
	for (int i = 1; i < 10; i++) {
		k += snprintf(text + k, sizeof text - (size_t)k, "a%d: &a%d [", i, i);
		for (int j = 0; j < 10; j++)
			k += snprintf(text + k, sizeof text - (size_t)k, "%s*a%d", j ? ", " : "",
				      i - 1);
		k += snprintf(text + k, sizeof text - (size_t)k, "]\n");
	}
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	fx_refused(text, (size_t)k, AEGIS_E_CONFIG,
		   "x.yaml:6: aliases expand to more than 1000000 nodes");
	assert_true(seconds_since(&t0) < 1.0);
}

/* More than YAML_CONF_MAX_NODES nodes: refused. */
static void test_node_limit(void **state)
{
	(void)state;
	size_t n = YAML_CONF_MAX_NODES; /* the list and n items: one too many */
	char *text = malloc(2 * n + 2);
	assert_non_null(text);
	text[0] = '[';
	for (size_t i = 0; i < n; i++) {
		text[1 + 2 * i] = '0';
		text[2 + 2 * i] = ',';
	}
	text[2 * n] = ']';
	fx_refused(text, 2 * n + 1, AEGIS_E_CONFIG, "x.yaml:1: more than 1000000 nodes");
	text[2 * n - 2] = ']'; /* one item fewer: fine */
	fixture f;
	fx_parse_opts(&f, text, 2 * n - 1, NULL);
	assert_int_equal(f.st, AEGIS_OK);
	assert_int_equal(conf_count(f.root), n - 1);
	fx_done(&f);
	free(text);
}

/* ---- scalar syntaxes and paths (base/scalar.h, base/path.h; the cases that tested them in
 * test_workload.c before they moved to src/base/) ---------------------------------- */

static void test_sizes(void **state)
{
	(void)state;
	uint64_t b;
	assert_int_equal(scalar_parse_size("0B", &b), SCALAR_OK);
	assert_true(b == 0);
	assert_int_equal(scalar_parse_size("1KB", &b), SCALAR_OK);
	assert_true(b == 1000);
	assert_int_equal(scalar_parse_size("1KiB", &b), SCALAR_OK);
	assert_true(b == 1024);
	assert_int_equal(scalar_parse_size("2.5MB", &b), SCALAR_OK);
	assert_true(b == 2500000);
	assert_int_equal(scalar_parse_size("0.5B", &b), SCALAR_OK); /* rounds half up */
	assert_true(b == 1);
	assert_int_equal(scalar_parse_size("16777215TiB", &b), SCALAR_OK);
	assert_true(b == UINT64_C(16777215) << 40);
	assert_int_equal(scalar_parse_size("16777216TiB", &b), SCALAR_RANGE);
	assert_int_equal(scalar_parse_size("99999999999999999999B", &b), SCALAR_RANGE);
	assert_int_equal(scalar_parse_size("40", &b), SCALAR_NO_UNIT);
	assert_int_equal(scalar_parse_size("40mib", &b), SCALAR_UNIT);
	assert_int_equal(scalar_parse_size("-1MiB", &b), SCALAR_NEGATIVE);
	assert_int_equal(scalar_parse_size("1. MiB", &b), SCALAR_SYNTAX);
	assert_int_equal(scalar_parse_size("1 MiB", &b), SCALAR_SYNTAX);
	assert_int_equal(scalar_parse_size("MiB", &b), SCALAR_SYNTAX);
	assert_int_equal(scalar_parse_size("1.0000000001GiB", &b), SCALAR_SYNTAX);
}

static void test_integers_and_durations(void **state)
{
	(void)state;
	uint64_t u;
	int64_t ns;
	assert_int_equal(scalar_parse_u64("18446744073709551615", &u), SCALAR_OK);
	assert_true(u == UINT64_MAX);
	assert_int_equal(scalar_parse_u64("18446744073709551616", &u), SCALAR_RANGE);
	assert_int_equal(scalar_parse_u64("-1", &u), SCALAR_NEGATIVE);
	assert_int_equal(scalar_parse_u64("0x10", &u), SCALAR_SYNTAX);
	assert_int_equal(scalar_parse_u64("", &u), SCALAR_SYNTAX);
	assert_int_equal(scalar_parse_u64("+1", &u), SCALAR_SYNTAX);

	assert_int_equal(scalar_parse_duration("33.3ms", &ns), SCALAR_OK);
	assert_int_equal(ns, 33300000);
	assert_int_equal(scalar_parse_duration("33", &ns), SCALAR_NO_UNIT);
	assert_int_equal(scalar_parse_duration("33.5", &ns), SCALAR_NO_UNIT);
	assert_int_equal(scalar_parse_duration("3hours", &ns), SCALAR_UNIT);
	assert_int_equal(scalar_parse_duration("-3ms", &ns), SCALAR_NEGATIVE);
	assert_int_equal(scalar_parse_duration("1.0000000001s", &ns), SCALAR_SYNTAX);
	assert_int_equal(scalar_parse_duration("3 m s", &ns), SCALAR_SYNTAX);
	assert_int_equal(scalar_parse_duration("ms", &ns), SCALAR_SYNTAX);
	assert_int_equal(scalar_parse_duration("9223372037s", &ns), SCALAR_RANGE);
}

static void test_helpers(void **state)
{
	(void)state;
	char buf[64], *s;
	assert_string_equal(conf_quote("a\tb", buf, sizeof buf), "a?b");
	assert_string_equal(conf_quote("0123456789012345678901234567890123456789more", buf,
				     sizeof buf),
			    "0123456789012345678901234567890123456789...");
	assert_string_equal(conf_quote("abcdef", buf, 4), "abc");
	s = path_dirname("a/b/c.yaml");
	assert_string_equal(s, "a/b");
	free(s);
	s = path_dirname("c.yaml");
	assert_string_equal(s, "");
	free(s);
	s = path_dirname("/c.yaml");
	assert_string_equal(s, "/");
	free(s);
	s = path_join("a/b", "x.samples");
	assert_string_equal(s, "a/b/x.samples");
	free(s);
	s = path_join("/", "x.samples");
	assert_string_equal(s, "/x.samples");
	free(s);
	s = path_join("a", "/abs/x.samples");
	assert_string_equal(s, "/abs/x.samples");
	free(s);
	s = path_join("", "x.samples");
	assert_string_equal(s, "x.samples");
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_build_and_read),
		cmocka_unit_test(test_yaml_nodes),
		cmocka_unit_test(test_typed_reads),
		cmocka_unit_test(test_messages),
		cmocka_unit_test(test_options),
		cmocka_unit_test(test_option_errors),
		cmocka_unit_test(test_options_round_trip),
		cmocka_unit_test(test_flatten_refusals),
		cmocka_unit_test(test_yaml_errors),
		cmocka_unit_test(test_depth_limit),
		cmocka_unit_test(test_alias_limits),
		cmocka_unit_test(test_node_limit),
		cmocka_unit_test(test_sizes),
		cmocka_unit_test(test_integers_and_durations),
		cmocka_unit_test(test_helpers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
