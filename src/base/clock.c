/* Real and virtual clocks. The real clock reads CLOCK_MONOTONIC; the virtual one
 * never reads the system at all, which is what makes simulated runs reproducible. */
#define _POSIX_C_SOURCE 200809L
#include <time.h>

#include "base/clock.h"

int64_t clock_monotonic_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void clock_init(struct clock *c, enum clock_kind kind)
{
	c->kind = kind;
	atomic_init(&c->now_ns, 0);
	c->origin_ns = kind == CLOCK_KIND_REAL ? clock_monotonic_ns() : 0;
}

int64_t clock_now(const struct clock *c)
{
	if (c->kind == CLOCK_KIND_VIRTUAL)
		return atomic_load_explicit(&c->now_ns, memory_order_relaxed);
	return clock_monotonic_ns() - c->origin_ns;
}

void clock_advance(struct clock *c, int64_t t_ns)
{
	if (c->kind == CLOCK_KIND_VIRTUAL &&
	    t_ns > atomic_load_explicit(&c->now_ns, memory_order_relaxed))
		atomic_store_explicit(&c->now_ns, t_ns, memory_order_relaxed);
}
