/* Bucket index: values below 2^S are their own bucket; above, a value with highest
 * set bit e keeps its top S bits (mantissa m in [2^(S-1), 2^S)) and lands in bucket
 * (e - S + 1) * 2^(S-1) + m, so each power of two is split into 2^(S-1) equal parts. */
#include <math.h>
#include <stdlib.h>

#include "base/hist.h"

#define SUB (1u << HIST_SUB_BITS)
#define HALF (SUB / 2)

static uint32_t bucket_of(int64_t v)
{
	if (v < (int64_t)SUB)
		return (uint32_t)(v < 0 ? 0 : v);
	int e = 63 - __builtin_clzll((uint64_t)v);
	if (e >= HIST_MAX_EXP) {
		e = HIST_MAX_EXP - 1;
		v = (INT64_C(1) << HIST_MAX_EXP) - 1;
	}
	int shift = e - (HIST_SUB_BITS - 1);
	return (uint32_t)(e - HIST_SUB_BITS + 1) * HALF + (uint32_t)(v >> shift);
}

/* Largest value that maps to bucket b. */
static int64_t bucket_high(uint32_t b)
{
	if (b < SUB)
		return b;
	uint32_t e = b / HALF + HIST_SUB_BITS - 1 - 1;
	uint32_t m = b % HALF + HALF;
	int shift = (int)e - (HIST_SUB_BITS - 1);
	return ((int64_t)(m + 1) << shift) - 1;
}

aegis_status hist_init(struct hist *h)
{
	h->n_buckets = bucket_of((INT64_C(1) << HIST_MAX_EXP) - 1) + 1;
	h->counts = calloc(h->n_buckets, sizeof *h->counts);
	if (!h->counts)
		return AEGIS_E_NOMEM;
	h->total = 0;
	h->min = -1;
	h->max = -1;
	h->shift = 0;
	h->sum = 0;
	h->sumsq = 0;
	return AEGIS_OK;
}

void hist_deinit(struct hist *h)
{
	free(h->counts);
	h->counts = NULL;
}

void hist_record(struct hist *h, int64_t v)
{
	if (v < 0)
		v = 0;
	h->counts[bucket_of(v)]++;
	if (h->total == 0) {
		h->min = v;
		h->shift = v;
	}
	if (v < h->min)
		h->min = v;
	if (v > h->max)
		h->max = v;
	h->total++;
	double d = (double)(v - h->shift);
	h->sum += d;
	h->sumsq += d * d;
}

int64_t hist_quantile(const struct hist *h, double p)
{
	if (h->total == 0)
		return -1;
	uint64_t rank = (uint64_t)ceil(p * (double)h->total);
	if (rank < 1)
		rank = 1;
	uint64_t seen = 0;
	for (uint32_t b = 0; b < h->n_buckets; b++) {
		seen += h->counts[b];
		if (seen >= rank) {
			if (b == h->n_buckets - 1)
				return h->max; /* the top bucket is open-ended */
			int64_t hi = bucket_high(b);
			return hi > h->max ? h->max : hi;
		}
	}
	return h->max;
}

double hist_mean(const struct hist *h)
{
	return h->total ? (double)h->shift + h->sum / (double)h->total : 0.0;
}

double hist_stddev(const struct hist *h)
{
	if (h->total < 2)
		return 0.0;
	double n = (double)h->total;
	double var = (h->sumsq - h->sum * h->sum / n) / n;
	return var > 0 ? sqrt(var) : 0.0;
}
