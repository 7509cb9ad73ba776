/* Clocks: a monotonic real clock and a virtual clock that only moves when its owner
 * advances it. Devices own one each; nothing else reads time. */
#ifndef AEGIS_BASE_CLOCK_H
#define AEGIS_BASE_CLOCK_H

#include <stdatomic.h>
#include <stdint.h>

enum clock_kind {
	CLOCK_KIND_REAL = 0, /* CLOCK_MONOTONIC, relative to the clock's init */
	CLOCK_KIND_VIRTUAL,  /* virtual time: starts at 0, moves by clock_advance */
};

struct clock {
	enum clock_kind kind;
	int64_t origin_ns; /* REAL: monotonic time at init */
	_Atomic int64_t now_ns; /* VIRTUAL: current time (moved by its owner, read by any
				   thread: a relaxed atomic, a plain load on x86) */
};

void clock_init(struct clock *c, enum clock_kind kind);
int64_t clock_now(const struct clock *c);
/* VIRTUAL only: moves time forward to t (never backwards). */
void clock_advance(struct clock *c, int64_t t_ns);
/* CLOCK_MONOTONIC in ns, for benchmarks and the real clock. */
int64_t clock_monotonic_ns(void);

#endif
