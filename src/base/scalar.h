/* The scalar syntaxes of configuration text: decimal integers, byte sizes and durations
 * with units, each refusal told apart so that the caller can word it.
 * Must not format messages nor know any key name (base/conf.h words them). */
#ifndef AEGIS_BASE_SCALAR_H
#define AEGIS_BASE_SCALAR_H

#include <stdint.h>

/* How reading one scalar as a number went. */
typedef enum scalar_num {
	SCALAR_OK = 0,
	SCALAR_SYNTAX,   /* not a number of the expected form */
	SCALAR_NEGATIVE, /* starts with '-' */
	SCALAR_NO_UNIT,  /* a bare number where a unit is required */
	SCALAR_UNIT,     /* a number followed by an unknown unit */
	SCALAR_RANGE,    /* does not fit (a duration: above AEGIS_DURATION_MAX) */
	SCALAR_FINE,     /* a duration finer than 1 ns */
} scalar_num;

/* Decimal digits only: no sign, no base prefix, no fraction, no spaces. */
scalar_num scalar_parse_u64(const char *s, uint64_t *out);

/* A byte size with a unit: "40MiB", "1.5GiB", "512B"; KB/MB/GB/TB are powers of 1000,
 * KiB/MiB/GiB/TiB powers of 1024; at most 9 decimals, rounded to the nearest byte. */
scalar_num scalar_parse_size(const char *s, uint64_t *out);
extern const char scalar_size_units[]; /* the accepted units, for messages */

/* aegis_duration_parse (aegis/time.h), with the reason of a refusal told apart. */
scalar_num scalar_parse_duration(const char *s, int64_t *out_ns);
extern const char scalar_duration_units[];

#endif
