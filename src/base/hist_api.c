/* aegis_hist (aegis/hist.h): the public face of the histogram of base/hist.c, a thin
 * wrapper. Must not hold a bucket layout of its own: bucket indices come from hist.c
 * (through a probe histogram), widths from hist.h's HIST_SUB_BITS. */
#include <stdlib.h>

#include "aegis/hist.h"
#include "base/hist.h"

struct aegis_hist {
	struct hist h;
	/* Empty between calls. The bucket of x is found by recording x here and finding the
	 * counter that moved: hist.c keeps its bucket function private. */
	struct hist probe;
};

aegis_status aegis_hist_create(aegis_hist **out)
{
	if (!out)
		return AEGIS_E_INVAL;
	aegis_status st = AEGIS_E_NOMEM;
	aegis_hist *h = calloc(1, sizeof *h);
	if (!h)
		goto fail_alloc;
	if ((st = hist_init(&h->h)) != AEGIS_OK)
		goto fail_hist;
	if ((st = hist_init(&h->probe)) != AEGIS_OK)
		goto fail_probe;
	*out = h;
	return AEGIS_OK;
fail_probe:
	hist_deinit(&h->h);
fail_hist:
	free(h);
fail_alloc:
	return st;
}

void aegis_hist_destroy(aegis_hist *h)
{
	if (!h)
		return;
	hist_deinit(&h->probe);
	hist_deinit(&h->h);
	free(h);
}

void aegis_hist_record(aegis_hist *h, int64_t v)
{
	if (h)
		hist_record(&h->h, v);
}

uint64_t aegis_hist_count(const aegis_hist *h)
{
	return h ? h->h.total : 0;
}

int64_t aegis_hist_min(const aegis_hist *h)
{
	return h ? h->h.min : -1;
}

int64_t aegis_hist_max(const aegis_hist *h)
{
	return h ? h->h.max : -1;
}

double aegis_hist_mean(const aegis_hist *h)
{
	return h ? hist_mean(&h->h) : 0.0;
}

double aegis_hist_stddev(const aegis_hist *h)
{
	return h ? hist_stddev(&h->h) : 0.0;
}

int64_t aegis_hist_quantile(const aegis_hist *h, double p)
{
	return h ? hist_quantile(&h->h, p) : -1;
}

int64_t aegis_hist_bucket_width(int64_t v)
{
	if (v <= 0)
		return 1;
	int64_t w = (INT64_C(1) << (63 - __builtin_clzll((uint64_t)v))) >> (HIST_SUB_BITS - 1);
	return w > 1 ? w : 1;
}

/* The index of the bucket holding x; the probe is left empty. */
static uint32_t bucket_index(struct hist *probe, int64_t x)
{
	hist_record(probe, x);
	uint32_t b = 0;
	while (!probe->counts[b])
		b++;
	/* empty again, as hist_init left it */
	probe->counts[b] = 0;
	probe->total = 0;
	probe->min = probe->max = -1;
	probe->shift = 0;
	probe->sum = probe->sumsq = 0;
	return b;
}

uint64_t aegis_hist_count_below(const aegis_hist *h, int64_t x)
{
	if (!h)
		return 0;
	/* the probe is scratch, empty before and after: h's observable state is unchanged */
	uint32_t b = bucket_index((struct hist *)&h->probe, x);
	uint64_t below = 0;
	for (uint32_t i = 0; i < b; i++)
		below += h->h.counts[i];
	return below;
}
