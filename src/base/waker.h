/* A doorbell: any thread rings it; its one owner (the dispatcher's thread) sleeps on it
 * until a deadline or a ring, whichever is first, and never misses a ring that came
 * after it armed. Lock-free on the ringing side (one atomic add, and a futex wake only
 * when the owner sleeps). Must not carry data: what a ring means is told elsewhere
 * (the submissions, the command mailbox). */
#ifndef AEGIS_BASE_WAKER_H
#define AEGIS_BASE_WAKER_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

struct waker {
	_Atomic uint32_t seq;      /* rings so far (wraps) */
	_Atomic uint32_t sleepers; /* the owner is in waker_wait */
	uint32_t armed;            /* owner only: seq when it last armed */
	int64_t poll_ns;           /* a wait polls this long before it sleeps */
};

/* poll_ns: how long each wait watches the counter on the CPU before it sleeps on the
 * futex (a ring is then seen within about a microsecond instead of a wake-up's tens;
 * the owner's core stays busy meanwhile). 0: sleep at once. */
void waker_init(struct waker *w, int64_t poll_ns);
/* Any thread: wakes the owner, now or at its next wait since it armed. */
void waker_ring(struct waker *w);
/* Owner: remembers the rings so far; rings after this make waker_rung true and
 * waker_wait return. Arm before looking at what a ring announces. */
void waker_arm(struct waker *w);
/* Owner: a ring came since the last arm. */
bool waker_rung(const struct waker *w);
/* Owner: waits until deadline_ns on the monotonic clock (clock_monotonic_ns; INT64_MAX:
 * no deadline) or a ring since the last arm, whichever is first: polling for up to
 * poll_ns, then asleep. */
void waker_wait(struct waker *w, int64_t deadline_ns);

#endif
