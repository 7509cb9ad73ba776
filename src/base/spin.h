/* A spin lock for critical sections of a few dozen instructions that never block (a
 * model's intake gate): one atomic exchange to take it, one store to give it back.
 * A waiter spins with the CPU's pause hint and yields the CPU after a while, so a
 * holder that the OS preempted gets it back. Must not guard anything that can wait. */
#ifndef AEGIS_BASE_SPIN_H
#define AEGIS_BASE_SPIN_H

#include <sched.h>
#include <stdatomic.h>
#include <stdbool.h>

struct spin {
	atomic_bool held;
};

static inline void spin_init(struct spin *s)
{
	atomic_init(&s->held, false);
}

static inline void spin_pause(void)
{
#if defined(__x86_64__) || defined(__i386__)
	__builtin_ia32_pause();
#elif defined(__aarch64__)
	__asm__ __volatile__("yield");
#endif
}

static inline void spin_lock(struct spin *s)
{
	for (unsigned n = 0;; n++) {
		if (!atomic_exchange_explicit(&s->held, true, memory_order_acquire))
			return;
		while (atomic_load_explicit(&s->held, memory_order_relaxed)) {
			if (++n % 128 == 0)
				sched_yield(); /* the holder may be off its CPU */
			else
				spin_pause();
		}
	}
}

static inline void spin_unlock(struct spin *s)
{
	atomic_store_explicit(&s->held, false, memory_order_release);
}

#endif
