/* Acceptance ratio of the six per-lane analyses against utilisation, as CSV on stdout
 * (docs/acceptance.csv; tools/acceptance/run.sh builds, runs and plots it). Public API
 * only; must not simulate anything or depend on the clock: equal seeds, equal output.
 *
 * Build (from the repository root, after the library is built in build/):
 *   gcc -std=c11 -O2 -Wall -Wextra -Werror -Iinclude -o build/acceptance \
 *       tools/acceptance/acceptance.c build/libaegis.a -lyaml -lm
 *
 * Usage: build/acceptance [SETS_PER_POINT [SEED]]   (default 1000 sets, seed 1)
 *
 * Task sets: n uniform in [3, 30]; per-task utilisations by UUniFast (Bini & Buttazzo
 * 2005) summing to U; periods log-uniform in [1 ms, 100 ms] rounded to 1 us;
 * C = max(1 us, round(U_i T_i)); implicit deadlines D = T; no jitter; C split into
 * 1..4 segments of random weights (used by the LP analyses); rate-monotonic priorities.
 */
#include <inttypes.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/analysis.h"

#define MAX_TASKS 30
#define MAX_SEGS 4

/* splitmix64 (Steele, Lea, Flood 2014): enough for drawing task sets. */
struct prng {
	uint64_t x;
};

static uint64_t prng_next(struct prng *r)
{
	uint64_t z = (r->x += UINT64_C(0x9e3779b97f4a7c15));
	z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
	return z ^ (z >> 31);
}

static double prng_unit(struct prng *r) /* [0, 1) */
{
	return (double)(prng_next(r) >> 11) * 0x1.0p-53;
}

static int64_t prng_range(struct prng *r, int64_t lo, int64_t hi) /* [lo, hi], small spans */
{
	return lo + (int64_t)(prng_unit(r) * (double)(hi - lo + 1));
}

struct taskset {
	uint32_t n;
	aegis_task task[MAX_TASKS];
	int64_t seg_ns[MAX_TASKS][MAX_SEGS];
};

static void make_taskset(struct prng *r, double u_total, struct taskset *s)
{
	double u[MAX_TASKS], sum = u_total;
	memset(s, 0, sizeof *s);
	s->n = (uint32_t)prng_range(r, 3, MAX_TASKS);
	for (uint32_t i = 0; i + 1 < s->n; i++) { /* UUniFast */
		double next = sum * pow(prng_unit(r), 1.0 / (double)(s->n - i - 1));
		u[i] = sum - next;
		sum = next;
	}
	u[s->n - 1] = sum;
	for (uint32_t i = 0; i < s->n; i++) {
		aegis_task *t = &s->task[i];
		double p = exp(log(1e6) + prng_unit(r) * (log(1e8) - log(1e6)));
		t->period_ns = t->deadline_ns = llround(p / 1e3) * 1000;
		t->wcet_ns = llround(u[i] * (double)t->period_ns);
		t->wcet_ns = t->wcet_ns < 1000 ? 1000 : t->wcet_ns;
		t->wcet_ns = t->wcet_ns > t->period_ns ? t->period_ns : t->wcet_ns;
		/* Segments by weights in [1, 100]: each part >= 1 ns since C >= 1 us. */
		uint32_t m = (uint32_t)prng_range(r, 1, MAX_SEGS);
		int64_t w[MAX_SEGS], total = 0, prefix = 0, prev = 0;
		for (uint32_t k = 0; k < m; k++)
			total += w[k] = prng_range(r, 1, 100);
		for (uint32_t k = 0; k < m; k++) {
			prefix += w[k];
			s->seg_ns[i][k] = t->wcet_ns * prefix / total - prev;
			prev += s->seg_ns[i][k];
		}
		t->n_segments = m;
		t->segment_ns = s->seg_ns[i];
	}
	for (uint32_t i = 0; i < s->n; i++) { /* rate-monotonic rank, ties by index */
		int64_t rank = 0;
		for (uint32_t j = 0; j < s->n; j++)
			rank += s->task[j].period_ns < s->task[i].period_ns ||
				(s->task[j].period_ns == s->task[i].period_ns && j < i);
		s->task[i].prio = rank;
	}
}

int main(int argc, char **argv)
{
	long sets = argc > 1 ? strtol(argv[1], NULL, 10) : 1000;
	uint64_t seed = argc > 2 ? strtoull(argv[2], NULL, 10) : 1;
	if (sets <= 0) {
		fprintf(stderr, "usage: %s [SETS_PER_POINT [SEED]]\n", argv[0]);
		return 2;
	}
	static const char *const column[AEGIS_AN_KIND_COUNT_] = {
		"fp_np", "fp_lp", "fp_p", "edf_np", "edf_lp", "edf_p"};
	printf("utilisation");
	for (int k = 0; k < AEGIS_AN_KIND_COUNT_; k++)
		printf(",%s", column[k]);
	printf("\n");

	struct taskset s;
	for (int step = 1; step <= 20; step++) {
		double u = 0.05 * step;
		/* One stream per point: a point's sets do not depend on the others. */
		struct prng r = {seed * UINT64_C(1000003) + (uint64_t)step};
		long accepted[AEGIS_AN_KIND_COUNT_] = {0};
		for (long i = 0; i < sets; i++) {
			make_taskset(&r, u, &s);
			for (int k = 0; k < AEGIS_AN_KIND_COUNT_; k++) {
				aegis_analysis_kind kind = (aegis_analysis_kind)k;
				aegis_analysis_result res;
				aegis_status st = aegis_analyse(kind, s.task, s.n, &res, NULL);
				if (st != AEGIS_OK) {
					fprintf(stderr, "acceptance: U %.2f set %ld: %s: %s\n",
						u, i, aegis_analysis_kind_name(kind),
						aegis_status_name(st));
					return 1;
				}
				accepted[k] += res.schedulable;
			}
		}
		printf("%.2f", u);
		for (int k = 0; k < AEGIS_AN_KIND_COUNT_; k++)
			printf(",%.3f", (double)accepted[k] / (double)sets);
		printf("\n");
	}
	return 0;
}
