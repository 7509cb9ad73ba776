/* The TLSF allocator's time per operation, measured per call (not averaged), over a
 * random alloc/free mix on a 8 GiB pool with up to 4096 live blocks: median, p99.9
 * and max in ns. Prints figures; asserts nothing. */
#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "testing/bench_internal.h"

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

static void report(const char *what, int64_t *v, size_t n)
{
	qsort(v, n, sizeof *v, cmp_i64);
	printf("  %-5s %zu ops: median %" PRId64 " ns, p99 %" PRId64 " ns, p99.9 %" PRId64
	       " ns, max %" PRId64 " ns\n",
	       what, n, v[n / 2], v[n * 99 / 100], v[n * 999 / 1000], v[n - 1]);
}

int main(void)
{
	enum { LIVE = 4096, OPS = 2000000 };
	const uint64_t pool = UINT64_C(8) << 30;
	struct tlsf t;
	if (tlsf_init(&t, pool, LIVE) != AEGIS_OK)
		return 1;
	uint32_t *live = malloc(LIVE * sizeof *live);
	int64_t *ta = malloc(OPS * sizeof *ta), *tf = malloc(OPS * sizeof *tf);
	size_t na = 0, nf = 0;
	uint32_t n = 0;
	struct rng g;
	rng_seed(&g, 3, 0);
	uint64_t fails = 0;
	for (int op = 0; op < OPS; op++) {
		if (n == 0 || (n < LIVE && rng_range(&g, 0, 99) < 52)) {
			uint64_t sz = UINT64_C(1) << rng_range(&g, 8, 26);
			sz += (uint64_t)rng_range(&g, 0, (int64_t)sz - 1);
			uint32_t h;
			uint64_t o;
			int64_t t0 = clock_monotonic_ns();
			aegis_status st = tlsf_alloc(&t, sz, 256, &h, &o);
			ta[na++] = clock_monotonic_ns() - t0;
			if (st == AEGIS_OK)
				live[n++] = h;
			else
				fails++;
		} else {
			uint32_t k = (uint32_t)rng_range(&g, 0, n - 1);
			int64_t t0 = clock_monotonic_ns();
			tlsf_free(&t, live[k]);
			tf[nf++] = clock_monotonic_ns() - t0;
			live[k] = live[--n];
		}
	}
	printf("TLSF on an 8 GiB pool, up to %d live blocks, sizes 256 B..128 MiB log-uniform "
	       "(%" PRIu64 " allocations refused: pool full), time per call incl. the clock read:\n",
	       LIVE, fails);
	report("alloc", ta, na);
	report("free", tf, nf);
	int64_t t0 = clock_monotonic_ns(), t1 = 0;
	for (int i = 0; i < 1000; i++)
		t1 = clock_monotonic_ns();
	printf("  (one clock_gettime pair costs about %" PRId64 " ns)\n", (t1 - t0) / 1000);
	tlsf_deinit(&t);
	free(live);
	free(ta);
	free(tf);
	return 0;
}
