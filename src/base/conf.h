/* The configuration tree: what a workload file, a profile file or a list of
 * aegis_option settings says, as nulls, scalars, lists and maps with their source lines,
 * and the typed reads over it with "path:line: what was expected" messages.
 * Must not know any file syntax (YAML is workload/yaml_conf.c's) nor any key name.
 *
 * Nodes are opaque: they are reached through the accessors below only, so that this
 * interface can be handed to backend plug-ins unchanged. A conf_doc owns every node it
 * made; conf_doc_destroy releases them all at once. A node may appear under several
 * parents (a YAML alias): the tree is read-only once built. Not thread-safe: one
 * document, one thread at a time; reading a finished document from several threads is
 * fine. */
#ifndef AEGIS_BASE_CONF_H
#define AEGIS_BASE_CONF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "aegis/runtime.h"
#include "aegis/status.h"
#include "base/scalar.h"

/* The deepest nesting of lists and maps any tree may have (YAML files, options). */
#define CONF_MAX_DEPTH 64u

typedef struct conf_doc conf_doc;
typedef struct conf_node conf_node;

typedef enum conf_kind {
	CONF_NULL,   /* no value: "key:" alone, ~ or null in YAML, a NULL option value */
	CONF_SCALAR, /* text */
	CONF_LIST,
	CONF_MAP,
} conf_kind;

/* ---- documents and building --------------------------------------------------------- */

/* An empty document; NULL when out of memory. */
conf_doc *conf_doc_create(void);
/* Releases the document and every node it made (NULL: nothing). */
void conf_doc_destroy(conf_doc *d);
/* How many nodes d has made so far. */
size_t conf_doc_nodes(const conf_doc *d);

/* New nodes owned by d, not yet in any container; NULL when out of memory. line is
 * 1-based, 0 when the node does not come from a file. A scalar copies len bytes of text
 * (which may hold NUL bytes: conf_has_nul says so). A null keeps its spelling (NULL:
 * ""), which only conf_key shows. */
conf_node *conf_new_scalar(conf_doc *d, const char *text, size_t len, uint32_t line);
conf_node *conf_new_null(conf_doc *d, const char *spelling, uint32_t line);
conf_node *conf_new_list(conf_doc *d, uint32_t line);
conf_node *conf_new_map(conf_doc *d, uint32_t line);

/* Appends item to list, or key: value to map (in order; a key given twice is kept
 * twice: conf_check_keys reports it). key is a scalar or null for a name; a list or map
 * is kept as YAML allows it, and conf_key is NULL for it. Nodes must be d's. Returns
 * AEGIS_OK, AEGIS_E_NOMEM or AEGIS_E_INVAL (not a list / map, NULL node). */
aegis_status conf_list_add(conf_doc *d, conf_node *list, const conf_node *item);
aegis_status conf_map_add(conf_doc *d, conf_node *map, const conf_node *key,
			  const conf_node *value);

/* ---- reading ----------------------------------------------------------------------- */

/* Every accessor takes NULL (and out-of-range indices) and answers "nothing": CONF_NULL,
 * 0, NULL or false. */
conf_kind conf_kind_of(const conf_node *n);
/* 1-based line where the node starts in its file; 0 when not from a file. */
uint32_t conf_line(const conf_node *n);
/* A scalar's text, NUL-terminated; NULL for any other kind (a null too). */
const char *conf_text(const conf_node *n);
/* Whether a scalar's text holds a NUL byte (a YAML "\0"): unusable as a C string. */
bool conf_has_nul(const conf_node *n);
/* The number of items of a list or entries of a map; 0 for anything else. */
size_t conf_count(const conf_node *n);
/* The i-th item of a list, or the i-th value of a map (in file order). */
const conf_node *conf_item(const conf_node *n, size_t i);
/* The i-th key of a map: its text (a null key: its spelling, "~"); NULL when the key
 * is a list or a map. */
const char *conf_key(const conf_node *map, size_t i);
/* The i-th key as a node, for keys that are not names (conf_kind_name of it). */
const conf_node *conf_key_node(const conf_node *map, size_t i);
uint32_t conf_key_line(const conf_node *map, size_t i);
/* The value of the first entry of map whose key text equals key; NULL if none. */
const conf_node *conf_get(const conf_node *map, const char *key);

/* ---- messages ---------------------------------------------------------------------- */

/* Where a read's refusal goes and how it is worded. The reads below put prefix before
 * key names ("runtime.", "model 'det': "); `where` names the object being read ("model
 * 'det'") for callers that word "in model 'det'". path NULL: the settings came from the
 * C API and messages have no "path:line: " in front. */
typedef struct conf_err {
	const char *path;
	char *buf; /* NULL or len 0: messages are dropped */
	size_t len;
	char where[80];
	char prefix[96];
} conf_err;

/* path, buf, len, with empty where and prefix; buf is left as it is. */
void conf_err_init(conf_err *e, const char *path, char *buf, size_t len);

/* Writes "path:line: message" (e->path; see conf_err) and returns AEGIS_E_CONFIG. */
aegis_status conf_fail(conf_err *e, uint32_t line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* The same for another file (NULL: no prefix) and any status (AEGIS_E_IO, ...). */
aegis_status conf_fail_at(conf_err *e, aegis_status st, const char *path, uint32_t line,
			  const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* "path:0: out of memory", AEGIS_E_NOMEM. */
aegis_status conf_nomem(conf_err *e);

/* "a mapping", "a list", "a scalar" (a null too: YAML writes it as one), "nothing"
 * for NULL: for "expected X, got Y" where only the kind matters. */
const char *conf_kind_name(const conf_node *n);
/* What was found instead of the expected: "'two'", "nothing", "a mapping", "a list".
 * Returns buf or a constant string. */
const char *conf_describe(const conf_node *n, char *buf, size_t len);
/* Copies s into buf for a one-line message: at most 40 characters, control characters
 * shown as '?', "..." when cut. Returns buf. */
char *conf_quote(const char *s, char *buf, size_t len);
/* "a, b, c": names up to the first NULL, cut to fit buf. Returns buf. */
const char *conf_join(const char *const *names, char *buf, size_t len);
/* Why text is not a duration (r from scalar_parse_duration): "'33' needs a unit (...)";
 * got shows what was found ("'abc'", "a list") for a syntax error. Returns buf. */
const char *conf_duration_problem(scalar_num r, const char *text, const char *got,
				  char *buf, size_t len);

/* ---- typed reads ------------------------------------------------------------------- */

/* Each returns AEGIS_OK, or AEGIS_E_CONFIG with "path:line: <prefix><key>: expected ...,
 * got ..." at v's line (AEGIS_E_NOMEM for a copy). v NULL (a key not given) reads as
 * "nothing" at line 0. */

/* Every key of map is a name out of keys (NULL-terminated), given once; `in` says where
 * ("in runtime", "at the top level"). */
aegis_status conf_check_keys(conf_err *e, const conf_node *map, const char *const *keys,
			     const char *in);
/* A non-empty string without NUL bytes, copied into *out (malloc'ed). */
aegis_status conf_string(conf_err *e, const conf_node *v, const char *key, char **out);
/* An integer in [min, max]; `expected` words the range ("an integer 1..64"). */
aegis_status conf_uint(conf_err *e, const conf_node *v, const char *key, uint64_t min,
		       uint64_t max, const char *expected, uint64_t *out);

/* A decimal number in [min, max] (strtod's syntax, finite). */
aegis_status conf_real(conf_err *e, const conf_node *v, const char *key, double min,
		       double max, const char *expected, double *out);

/* One name of an enumeration and its value; a table ends with name NULL. */
typedef struct conf_enum_name {
	const char *name;
	int value;
} conf_enum_name;
aegis_status conf_enum(conf_err *e, const conf_node *v, const char *key,
		       const conf_enum_name *tab, int *out);
/* A duration with a unit, >= 0 (scalar_parse_duration). */
aegis_status conf_duration(conf_err *e, const conf_node *v, const char *key, int64_t *out);
/* A byte size with a unit (scalar_parse_size). */
aegis_status conf_size(conf_err *e, const conf_node *v, const char *key, uint64_t *out);

/* ---- options (aegis_option of aegis/runtime.h) -------------------------------------- */

/* Builds a map in d from n settings: dotted keys nest ("memory.persistent"), segments of
 * digits are list indices ("kernels.0.kind"); a NULL value is a null. Maps keep their
 * keys in order of first appearance. Every node has line 0. Refused, with
 * AEGIS_E_CONFIG and a message naming the key (after e->prefix, without "path:line"
 * when e->path is NULL): a NULL or empty key, an empty segment ("a..b", "a."), deeper
 * than CONF_MAX_DEPTH segments, a key given twice, a key that has a value and settings
 * under it ("a" and "a.b"), list indices that are not 0..n-1 (or have leading zeros),
 * indices and names under one key, an index at the top (the result is a map).
 * AEGIS_E_NOMEM when out of memory; AEGIS_E_INVAL for NULL d, out or opts with n > 0.
 * On refusal d keeps what was made (released with d). */
aegis_status conf_from_options(conf_doc *d, const aegis_option *opts, size_t n,
			       const conf_node **out, conf_err *e);

/* Settings made by conf_flatten; conf_options_deinit releases them (one allocation). */
typedef struct conf_options {
	aegis_option *opt; /* n settings, depth first, in the tree's order */
	size_t n;
} conf_options;

/* The settings that conf_from_options turns back into map's subtree: a scalar gives its
 * text, a null a NULL value; empty maps and lists give nothing, so they vanish on the
 * way back (the round trip is exact for trees whose containers are not empty).
 * Refused, with AEGIS_E_CONFIG at the key's line, what could not be read back: a key
 * with '.', an empty key, a key of digits only (it would read as a list index), a key
 * that is a list or map, a key given twice, NUL bytes in a key or value, nesting deeper
 * than CONF_MAX_DEPTH. map must be a map (AEGIS_E_INVAL otherwise, and for NULL out);
 * AEGIS_E_NOMEM. *out is zeroed on failure. */
aegis_status conf_flatten(const conf_node *map, conf_options *out, conf_err *e);
void conf_options_deinit(conf_options *o);

#endif
