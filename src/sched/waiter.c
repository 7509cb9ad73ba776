/* aegis_waiter: a request's end, posted once by the dispatcher's thread and waited
 * for by any one thread, over a futex on its state word. Must not call back into the
 * runtime. */
#define _GNU_SOURCE
#include <linux/futex.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "base/clock.h"
#include "sched/waiter.h"

enum { WAITER_PENDING = 0, WAITER_DONE = 1 };

struct waiter_impl {
	_Atomic uint32_t state;
	aegis_completion c;
};

_Static_assert(sizeof(struct waiter_impl) <= sizeof(aegis_waiter), "aegis_waiter holds it");
_Static_assert(_Alignof(struct waiter_impl) <= _Alignof(aegis_waiter), "and aligns it");

static struct waiter_impl *impl(aegis_waiter *w)
{
	return (struct waiter_impl *)(void *)w;
}

void aegis_waiter_init(aegis_waiter *w)
{
	if (!w)
		return;
	memset(w, 0, sizeof *w);
	atomic_init(&impl(w)->state, WAITER_PENDING);
}

void waiter_post(aegis_waiter *w, const aegis_completion *c)
{
	struct waiter_impl *x = impl(w);
	x->c = *c;
	atomic_store_explicit(&x->state, WAITER_DONE, memory_order_release);
	syscall(SYS_futex, &x->state, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

bool aegis_waiter_poll(aegis_waiter *w, aegis_completion *out)
{
	if (!w || atomic_load_explicit(&impl(w)->state, memory_order_acquire) != WAITER_DONE)
		return false;
	if (out)
		*out = impl(w)->c;
	return true;
}

aegis_status aegis_waiter_wait(aegis_waiter *w, int64_t timeout_ns, aegis_completion *out)
{
	if (!w)
		return AEGIS_E_INVAL;
	struct waiter_impl *x = impl(w);
	int64_t deadline = timeout_ns < 0 ? INT64_MAX : clock_monotonic_ns() + timeout_ns;
	while (!aegis_waiter_poll(w, out)) {
		int64_t now = clock_monotonic_ns();
		if (now >= deadline)
			return AEGIS_E_TIMEOUT;
		struct timespec rel, *to = NULL;
		if (deadline != INT64_MAX) {
			int64_t d = deadline - now;
			rel = (struct timespec){.tv_sec = d / 1000000000, .tv_nsec = d % 1000000000};
			to = &rel;
		}
		syscall(SYS_futex, &x->state, FUTEX_WAIT_PRIVATE, WAITER_PENDING, to, NULL, 0);
	}
	return AEGIS_OK;
}
