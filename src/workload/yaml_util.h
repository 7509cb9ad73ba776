/* Private helpers of the workload loader: node access over libyaml's document API,
 * the scalar syntaxes (integers, byte sizes, durations) and whole-file reads.
 * Must not know the workload schema (no key names) nor format "path:line" messages. */
#ifndef AEGIS_WORKLOAD_YAML_UTIL_H
#define AEGIS_WORKLOAD_YAML_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <yaml.h>

/* How reading one scalar as a number went; the caller words the message. */
typedef enum wl_num {
	WL_NUM_OK = 0,
	WL_NUM_SYNTAX,   /* not a number of the expected form */
	WL_NUM_NEGATIVE, /* starts with '-' */
	WL_NUM_NO_UNIT,  /* a bare number where a unit is required */
	WL_NUM_UNIT,     /* a number followed by an unknown unit */
	WL_NUM_RANGE,    /* does not fit */
} wl_num;

/* 1-based line where the node starts. */
uint32_t wl_line(const yaml_node_t *n);
/* "a mapping", "a list", "a scalar": for "expected X, got Y" messages. */
const char *wl_kind_name(const yaml_node_t *n);
/* The text of a scalar node, NUL-terminated; NULL for any other node. */
const char *wl_scalar(const yaml_node_t *n);
/* A plain scalar that YAML reads as null: empty, "~", "null". */
bool wl_is_null(const yaml_node_t *n);
/* A scalar whose text holds a NUL byte (a "\0" escape): unusable as a C string. */
bool wl_has_nul(const yaml_node_t *n);

size_t wl_map_size(const yaml_node_t *map);
/* The i-th key or value of a mapping (i < wl_map_size), never NULL for a valid i. */
yaml_node_t *wl_map_key(yaml_document_t *d, const yaml_node_t *map, size_t i);
yaml_node_t *wl_map_value(yaml_document_t *d, const yaml_node_t *map, size_t i);
/* The value of the first key whose scalar text equals key; NULL if none. */
yaml_node_t *wl_map_get(yaml_document_t *d, const yaml_node_t *map, const char *key);
size_t wl_seq_size(const yaml_node_t *seq);
yaml_node_t *wl_seq_item(yaml_document_t *d, const yaml_node_t *seq, size_t i);

/* Decimal digits only: no sign, no base prefix, no fraction. */
wl_num wl_parse_u64(const char *s, uint64_t *out);
/* A byte size with a unit: "40MiB", "1.5GiB", "512B"; KB/MB/GB/TB are powers of
 * 1000, KiB/MiB/GiB/TiB powers of 1024. Rounded to the nearest byte. */
wl_num wl_parse_size(const char *s, uint64_t *out);
extern const char wl_size_units[]; /* the accepted units, for messages */
/* aegis_duration_parse, with the reason of a refusal told apart. */
wl_num wl_parse_duration(const char *s, int64_t *out_ns);
extern const char wl_duration_units[];

/* Copies s into buf for a one-line message: at most 40 characters, control
 * characters shown as '?', "..." when cut. Returns buf. */
char *wl_quote(const char *s, char *buf, size_t len);
char *wl_strdup(const char *s);
/* The folder part of path ("" when it has none), newly allocated. */
char *wl_dirname(const char *path);
/* file itself when absolute or when dir is "", else dir/file; newly allocated. */
char *wl_path_join(const char *dir, const char *file);

#endif
