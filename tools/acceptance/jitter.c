/* How many small task sets with release jitter each analysis accepts, as one line per
 * analysis on stdout: the figure for issue 17 (the EDF blocking term with jitter).
 * Public API only; must not simulate anything: equal seeds, equal output.
 *
 * Build (from the repository root, after the library is built in build/):
 *   gcc -std=c11 -O2 -Wall -Wextra -Werror -Iinclude -o build/acceptance_jitter \
 *       tools/acceptance/jitter.c build/libaegis.a -lyaml -lm
 *
 * Usage: build/acceptance_jitter [SETS [SEED]]   (default 15000 sets, seed 1)
 *        build/acceptance_jitter SETS SEED -v    also one line per set: its verdicts
 *
 * Task sets: n uniform in [1, 4]; U uniform in [0.2, 1] split by UUniFast (Bini &
 * Buttazzo 2005); periods uniform in [2, 40] us; C = max(1 us, round(U_i T_i)),
 * at most T; D uniform in [C, T]; J uniform in [0, D - C] (every task keeps D - J >= C);
 * all in whole microseconds; C split into 1..3 segments (the LP analyses);
 * deadline-monotonic priorities for fp-np.
 */
#include <inttypes.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/analysis.h"

#define MAX_TASKS 4
#define MAX_SEGS 3
#define US 1000

/* splitmix64 (Steele, Lea, Flood 2014), as tools/acceptance/acceptance.c. */
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

static int64_t prng_range(struct prng *r, int64_t lo, int64_t hi) /* [lo, hi] */
{
	return lo + (int64_t)(prng_unit(r) * (double)(hi - lo + 1));
}

struct taskset {
	uint32_t n;
	aegis_task task[MAX_TASKS];
	int64_t seg_ns[MAX_TASKS][MAX_SEGS];
};

/* C split into 1..MAX_SEGS whole-microsecond segments (one when C is 1 us). */
static void split(struct prng *r, aegis_task *t, int64_t *seg)
{
	int64_t c_us = t->wcet_ns / US;
	uint32_t m = (uint32_t)prng_range(r, 1, MAX_SEGS);
	if (m > c_us)
		m = (uint32_t)c_us;
	int64_t left = c_us;
	for (uint32_t k = 0; k + 1 < m; k++) {
		seg[k] = prng_range(r, 1, left - (m - 1 - k)) * US;
		left -= seg[k] / US;
	}
	seg[m - 1] = left * US;
	t->n_segments = m;
	t->segment_ns = seg;
}

static void make_taskset(struct prng *r, struct taskset *s)
{
	double u[MAX_TASKS], left = 0.2 + 0.8 * prng_unit(r);
	s->n = (uint32_t)prng_range(r, 1, MAX_TASKS);
	for (uint32_t i = 0; i < s->n; i++) {
		double next = i + 1 < s->n ? left * pow(prng_unit(r), 1.0 / (s->n - i - 1)) : 0;
		u[i] = left - next;
		left = next;
	}
	for (uint32_t i = 0; i < s->n; i++) {
		aegis_task *t = &s->task[i];
		int64_t T = prng_range(r, 2, 40), C = llround(u[i] * (double)T);
		C = C < 1 ? 1 : C > T ? T : C;
		int64_t D = prng_range(r, C, T);
		*t = (aegis_task){.wcet_ns = C * US, .deadline_ns = D * US, .period_ns = T * US,
				  .jitter_ns = prng_range(r, 0, D - C) * US};
		if (t->jitter_ns >= t->period_ns)
			t->jitter_ns = t->period_ns - US;
		split(r, t, s->seg_ns[i]);
	}
	for (uint32_t i = 0; i < s->n; i++) { /* deadline-monotonic, ties by index */
		int64_t rank = 0;
		for (uint32_t j = 0; j < s->n; j++) {
			int64_t dj = s->task[j].deadline_ns, di = s->task[i].deadline_ns;
			rank += dj < di || (dj == di && j < i);
		}
		s->task[i].prio = rank;
	}
}

static const aegis_analysis_kind kinds[] = {AEGIS_AN_FP_NP, AEGIS_AN_EDF_NP, AEGIS_AN_EDF_LP,
					    AEGIS_AN_EDF_P};
#define N_KINDS (sizeof kinds / sizeof kinds[0])

int main(int argc, char **argv)
{
	uint64_t sets = argc > 1 ? strtoull(argv[1], NULL, 10) : 15000;
	uint64_t seed = argc > 2 ? strtoull(argv[2], NULL, 10) : 1;
	bool verbose = argc > 3 && strcmp(argv[3], "-v") == 0;
	uint64_t accepted[N_KINDS] = {0}, jittered = 0;
	struct prng r = {.x = seed};
	struct taskset s;
	for (uint64_t k = 0; k < sets; k++) {
		make_taskset(&r, &s);
		bool any = false;
		for (uint32_t i = 0; i < s.n; i++)
			any |= s.task[i].jitter_ns > 0;
		jittered += any;
		if (verbose)
			printf("set %" PRIu64, k);
		for (size_t a = 0; a < N_KINDS; a++) {
			aegis_analysis_result res;
			if (aegis_analyse(kinds[a], s.task, s.n, &res, NULL) != AEGIS_OK) {
				fprintf(stderr, "set %" PRIu64 ": analysis error\n", k);
				return 1;
			}
			accepted[a] += res.schedulable;
			if (verbose)
				printf(" %s %d", aegis_analysis_kind_name(kinds[a]), res.schedulable);
		}
		if (verbose)
			printf("\n");
	}
	printf("%" PRIu64 " sets (seed %" PRIu64 "), %" PRIu64 " with some jitter\n", sets, seed,
	       jittered);
	for (size_t a = 0; a < N_KINDS; a++)
		printf("  %-7s accepts %6" PRIu64 "\n", aegis_analysis_kind_name(kinds[a]),
		       accepted[a]);
	return 0;
}
