/* Sample series for bench_gpu: quantiles, mean, spread, and the removal of the
 * offset (and its slow drift) between the GPU's %globaltimer and the host's
 * CLOCK_MONOTONIC. Header-only, for the benchmark; must not be used by the library. */
#ifndef AEGIS_BENCH_GPU_STATS_H
#define AEGIS_BENCH_GPU_STATS_H

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct series {
	int64_t *v;
	int64_t *t; /* when each sample was taken (host ns), for drift removal */
	size_t n, cap;
};

static inline void series_init(struct series *s, size_t cap)
{
	s->v = calloc(cap, sizeof *s->v);
	s->t = calloc(cap, sizeof *s->t);
	s->n = 0;
	s->cap = s->v && s->t ? cap : 0;
}

static inline void series_free(struct series *s)
{
	free(s->v);
	free(s->t);
	memset(s, 0, sizeof *s);
}

static inline void series_add(struct series *s, int64_t t, int64_t v)
{
	if (s->n < s->cap) {
		s->t[s->n] = t;
		s->v[s->n++] = v;
	}
}

static int series_cmp(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

struct stats {
	size_t n;
	double min, p50, p99, max, mean, sd; /* ns */
};

/* Statistics of the values (the series itself is left unsorted). */
static inline struct stats series_stats(const struct series *s)
{
	struct stats r = {.n = s->n};
	if (!s->n)
		return r;
	int64_t *v = malloc(s->n * sizeof *v);
	if (!v)
		return r;
	memcpy(v, s->v, s->n * sizeof *v);
	qsort(v, s->n, sizeof *v, series_cmp);
	double sum = 0, sq = 0;
	for (size_t i = 0; i < s->n; i++)
		sum += (double)v[i];
	r.mean = sum / (double)s->n;
	for (size_t i = 0; i < s->n; i++)
		sq += ((double)v[i] - r.mean) * ((double)v[i] - r.mean);
	r.sd = s->n > 1 ? sqrt(sq / (double)(s->n - 1)) : 0;
	r.min = (double)v[0];
	r.p50 = (double)v[s->n / 2];
	r.p99 = (double)v[(size_t)((double)(s->n - 1) * 0.99 + 0.5)];
	r.max = (double)v[s->n - 1];
	free(v);
	return r;
}

static inline void stats_print(const char *what, struct stats r)
{
	printf("  %-44s n %5zu  min %9.2f  p50 %9.2f  p99 %9.2f  max %9.2f  sd %7.2f us\n",
	       what, r.n, r.min / 1e3, r.p50 / 1e3, r.p99 / 1e3, r.max / 1e3, r.sd / 1e3);
}

/*
 * Clock offset. A sample raw = (a time on one clock) - (a time on the other) is a
 * true latency plus the offset between the clocks, which drifts slowly (ppm). The
 * reference series holds samples whose smallest latencies are alike everywhere (a
 * plain launch, a poll): split into `windows` by time, the minimum of each window
 * follows offset(t); a least-squares line through those minima is subtracted from
 * every series given, and the result is shifted so that the reference's minimum is 0.
 * Latencies are then "above the fastest reference sample", which is what a
 * comparison between two ways of doing the same thing needs.
 */
static inline void series_remove_offset(const struct series *ref, struct series **all, int n_all,
					int windows)
{
	double sx = 0, sy = 0, sxx = 0, sxy = 0;
	int k = 0;
	size_t per = ref->n / (size_t)windows;
	for (int w = 0; per && w < windows; w++) {
		int64_t mn = INT64_MAX, tm = 0;
		for (size_t i = (size_t)w * per; i < (size_t)(w + 1) * per; i++)
			if (ref->v[i] < mn) {
				mn = ref->v[i];
				tm = ref->t[i];
			}
		double x = (double)(tm - ref->t[0]), y = (double)mn;
		sx += x, sy += y, sxx += x * x, sxy += x * y, k++;
	}
	double den = k * sxx - sx * sx;
	double b = k > 1 && den != 0 ? (k * sxy - sx * sy) / den : 0;
	double a = k ? (sy - b * sx) / k : 0;
	int64_t t0 = ref->n ? ref->t[0] : 0;
	for (int s = 0; s < n_all; s++)
		for (size_t i = 0; i < all[s]->n; i++)
			all[s]->v[i] -= (int64_t)llround(a + b * (double)(all[s]->t[i] - t0));
	int64_t mn = INT64_MAX;
	for (size_t i = 0; i < ref->n; i++)
		if (ref->v[i] < mn)
			mn = ref->v[i];
	for (int s = 0; s < n_all && ref->n; s++)
		for (size_t i = 0; i < all[s]->n; i++)
			all[s]->v[i] -= mn;
	printf("  (clock offset removed: drift %.3f ppm over the reference)\n", b * 1e6);
}

#endif
