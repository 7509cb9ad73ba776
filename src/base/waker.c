/* The doorbell (waker.h) over a Linux futex on the ring counter: a ring after the
 * owner armed changes the counter, so the futex wait returns at once (EAGAIN) or is
 * woken; the total order of the seq_cst operations on seq and sleepers means a ring
 * either sees the sleeper or changes the counter before the sleeper waits. */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/futex.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "base/clock.h"
#include "base/waker.h"

void waker_init(struct waker *w, int64_t poll_ns)
{
	atomic_init(&w->seq, 0);
	atomic_init(&w->sleepers, 0);
	w->armed = 0;
	w->poll_ns = poll_ns > 0 ? poll_ns : 0;
}

static inline void cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
	__builtin_ia32_pause();
#elif defined(__aarch64__)
	__asm__ __volatile__("yield");
#endif
}

/* Watches the counter until a ring, the deadline or the end of the poll: true at a
 * ring or the deadline (the wait is over). */
static bool poll(struct waker *w, int64_t deadline_ns)
{
	int64_t now = clock_monotonic_ns();
	int64_t end = now > INT64_MAX - w->poll_ns ? INT64_MAX : now + w->poll_ns;
	for (;;) {
		if (atomic_load_explicit(&w->seq, memory_order_acquire) != w->armed)
			return true;
		if (now >= deadline_ns)
			return true;
		if (now >= end)
			return false;
		for (int i = 0; i < 16; i++)
			cpu_relax();
		now = clock_monotonic_ns();
	}
}

void waker_ring(struct waker *w)
{
	atomic_fetch_add(&w->seq, 1);
	if (atomic_load(&w->sleepers))
		syscall(SYS_futex, &w->seq, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

void waker_arm(struct waker *w)
{
	w->armed = atomic_load(&w->seq);
}

bool waker_rung(const struct waker *w)
{
	return atomic_load_explicit(&w->seq, memory_order_acquire) != w->armed;
}

void waker_wait(struct waker *w, int64_t deadline_ns)
{
	if (w->poll_ns && poll(w, deadline_ns))
		return;
	atomic_fetch_add(&w->sleepers, 1);
	for (;;) {
		if (atomic_load(&w->seq) != w->armed)
			break;
		int64_t now = clock_monotonic_ns();
		if (now >= deadline_ns)
			break;
		struct timespec rel, *timeout = NULL;
		if (deadline_ns != INT64_MAX) {
			int64_t d = deadline_ns - now;
			rel = (struct timespec){.tv_sec = d / 1000000000, .tv_nsec = d % 1000000000};
			timeout = &rel;
		}
		/* returns at a ring (or EAGAIN: rung already), a timeout, or a signal */
		syscall(SYS_futex, &w->seq, FUTEX_WAIT_PRIVATE, w->armed, timeout, NULL, 0);
	}
	atomic_fetch_sub(&w->sleepers, 1);
}
