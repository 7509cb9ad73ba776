/* A latency histogram for callers of the library (the report of a decision log): the
 * one the runtime keeps per model, behind an opaque handle. Must not expose its bucket
 * array: callers see counts below a value and the widths described here. */
/*
 * Buckets: a value below 256 ns has a bucket of its own; above, each power of two
 * [2^e, 2^(e+1)) is split into 128 buckets of width 2^(e-7), so a bucket is at most
 * 0.78% of its values wide and starts at a multiple of its width. Values of 2^40 ns
 * (about 18 min) and more share one open-ended top bucket (docs/ARCHITECTURE.md,
 * "Statistics"). Not thread-safe: one thread at a time per histogram, reads included.
 */
#ifndef AEGIS_HIST_H
#define AEGIS_HIST_H

#include <stdint.h>

#include "aegis/export.h"
#include "aegis/status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct aegis_hist aegis_hist;

/* An empty histogram; all its memory (about 68 KiB) is allocated here, none after.
 * Returns AEGIS_OK, AEGIS_E_INVAL (out NULL) or AEGIS_E_NOMEM. */
AEGIS_API aegis_status aegis_hist_create(aegis_hist **out);
/* Frees h; NULL is a no-op. */
AEGIS_API void aegis_hist_destroy(aegis_hist *h);

/* A NULL h reads as an empty histogram (count 0, min/max/quantile -1, mean 0) and
 * takes no values. Not thread-safe: one thread at a time per histogram (reads too:
 * count_below uses scratch space inside h). */

/* Records one value (ns); a negative one counts as 0. O(1), allocates nothing. */
AEGIS_API void aegis_hist_record(aegis_hist *h, int64_t v);

/* Values recorded. */
AEGIS_API uint64_t aegis_hist_count(const aegis_hist *h);
/* The exact smallest and largest value; -1 when empty. */
AEGIS_API int64_t aegis_hist_min(const aegis_hist *h);
AEGIS_API int64_t aegis_hist_max(const aegis_hist *h);
/* The mean, and the population standard deviation (0 with fewer than two values). */
AEGIS_API double aegis_hist_mean(const aegis_hist *h);
AEGIS_API double aegis_hist_stddev(const aegis_hist *h);
/* The p-quantile (0 < p <= 1) as the upper end of the bucket holding the value of rank
 * ceil(p N), capped at the exact max: x <= q < x (1 + 2^-7) for the exact x; -1 when
 * empty. */
AEGIS_API int64_t aegis_hist_quantile(const aegis_hist *h, double p);

/* The width of the buckets at v: 1 below 256, else 2^(e-7) for v in [2^e, 2^(e+1))
 * (a power of two; buckets there start at its multiples). At 2^40 and above it is the
 * width the layout would have: the top bucket itself is open-ended. */
AEGIS_API int64_t aegis_hist_bucket_width(int64_t v);
/* How many values lie in the buckets below the one holding x: exactly the values
 * below x when x starts a bucket (a multiple of aegis_hist_bucket_width(x)). */
AEGIS_API uint64_t aegis_hist_count_below(const aegis_hist *h, int64_t x);

#ifdef __cplusplus
}
#endif
#endif
