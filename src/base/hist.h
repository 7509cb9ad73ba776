/* Log-linear (HDR-style) histogram of non-negative int64 values: fixed memory
 * (4352 counters, 34 KiB), a reported quantile at or above the exact one and less than
 * 2^-(HIST_SUB_BITS-1) (0.78%) above it, exact below 2^HIST_SUB_BITS ns; min/max
 * exact, mean and variance from running sums (docs/ARCHITECTURE.md, "Statistics").
 * Must not allocate after init. */
#ifndef AEGIS_BASE_HIST_H
#define AEGIS_BASE_HIST_H

#include <stdint.h>

#include "aegis/status.h"

#define HIST_SUB_BITS 8
#define HIST_MAX_EXP 40 /* values >= 2^40 ns (~18 min) share the top bucket */

struct hist {
	uint64_t *counts;
	uint32_t n_buckets;
	uint64_t total;
	int64_t min;
	int64_t max;
	/* Sums of v - shift and its square, shift = the first value: the variance does not
	 * cancel catastrophically when values sit close together (equal values: 0). */
	int64_t shift;
	double sum;
	double sumsq;
};

aegis_status hist_init(struct hist *h);
void hist_deinit(struct hist *h);
void hist_record(struct hist *h, int64_t v);
/* The smallest bucket upper bound at or above the p-quantile (0 < p <= 1), capped
 * at the exact max; -1 if empty. */
int64_t hist_quantile(const struct hist *h, double p);
double hist_mean(const struct hist *h);
/* Population standard deviation; 0 with fewer than two values. */
double hist_stddev(const struct hist *h);

#endif
