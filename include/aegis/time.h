/* Time is int64 nanoseconds everywhere; this header parses and prints durations.
 * Must not read any clock: clocks belong to devices (src/base/clock.h). */
#ifndef AEGIS_TIME_H
#define AEGIS_TIME_H

#include <stddef.h>
#include <stdint.h>

#include "aegis/export.h"
#include "aegis/status.h"

#ifdef __cplusplus
extern "C" {
#endif

#define AEGIS_NS_PER_US INT64_C(1000)
#define AEGIS_NS_PER_MS INT64_C(1000000)
#define AEGIS_NS_PER_S INT64_C(1000000000)
#define AEGIS_TIME_MAX INT64_MAX

/* The largest duration any setting takes (about 13 days): with every duration at most
 * this, the runtime's sums of them (a period plus a hang plus a jitter, 4,096 of them)
 * stay far from int64's end, so no time can overflow. */
#define AEGIS_DURATION_MAX (INT64_C(1) << 50)

/* Parses a non-negative duration with a unit: "33.3ms", "500us", "2s", "10ns",
 * "1.5min". A bare number is refused (AEGIS_E_INVAL): units are never guessed.
 * At most 9 fractional digits, and none finer than 1 ns ("100.5ns", "10.0000000001s"
 * are refused with AEGIS_E_INVAL: a value is never rounded). Returns AEGIS_OK,
 * AEGIS_E_INVAL (syntax, unit, negative, finer than 1 ns) or AEGIS_E_OVERFLOW (above
 * AEGIS_DURATION_MAX). */
AEGIS_API aegis_status aegis_duration_parse(const char *text, int64_t *out_ns);

/* Prints a duration in the largest unit not above it, with at most 3 decimals
 * (truncated),
 * e.g. 33300000 -> "33.3ms". Always NUL-terminates; returns buf. */
AEGIS_API char *aegis_duration_format(int64_t ns, char *buf, size_t len);

/* a + b, a * b with overflow checks: AEGIS_OK or AEGIS_E_OVERFLOW. */
static inline aegis_status aegis_time_add(int64_t a, int64_t b, int64_t *out)
{
	if (__builtin_add_overflow(a, b, out))
		return AEGIS_E_OVERFLOW;
	return AEGIS_OK;
}

static inline aegis_status aegis_time_mul(int64_t a, int64_t b, int64_t *out)
{
	if (__builtin_mul_overflow(a, b, out))
		return AEGIS_E_OVERFLOW;
	return AEGIS_OK;
}

#ifdef __cplusplus
}
#endif
#endif
