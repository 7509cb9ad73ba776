/* Seeded pseudo-random numbers (xoshiro256**, Blackman & Vigna 2018), one stream
 * per owner so that draws of one model never depend on another's. Must not be
 * shared between objects or seeded from anything but the runtime seed. */
#ifndef AEGIS_BASE_RNG_H
#define AEGIS_BASE_RNG_H

#include <stdint.h>

struct rng {
	uint64_t s[4];
};

/* Seeds the stream `stream` of `seed`; equal (seed, stream) give equal draws. */
void rng_seed(struct rng *r, uint64_t seed, uint64_t stream);
uint64_t rng_next(struct rng *r);
/* Uniform integer in [lo, hi] (lo <= hi), unbiased. */
int64_t rng_range(struct rng *r, int64_t lo, int64_t hi);
/* Uniform double in [0, 1). */
double rng_unit(struct rng *r);
/* Standard normal deviate (Box-Muller). */
double rng_normal(struct rng *r);

#endif
