/* Who runs the dispatcher, and how other threads reach it. The dispatcher's state has
 * one owner at a time: the thread holding the role (the runtime's own thread, a
 * caller inside aegis_runtime_run_for, or any thread that finds the runtime idle). A
 * call that needs the state runs at once on the role's holder; from another thread it
 * is posted as a command to the mailbox and the holder runs it between two events
 * (the caller waits, or takes the role itself as soon as it is free). The last-error
 * detail goes to the calling thread. Must not touch the dispatcher's state itself.
 *
 *   caller thread                        role holder (between events)
 *   runtime_call(fn) --post--> mailbox --> runtime_mailbox_run: fn(); done = 1, wake
 *          waits on done <----------------------------------------------+
 */
#define _GNU_SOURCE
#include <linux/futex.h>
#include <stdarg.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "runtime/runtime_impl.h"

/* This thread's last error, and the runtime it belongs to. */
static _Thread_local struct runtime_err tls_err;
/* Its address names this thread (owners compare it). */
static _Thread_local char tls_me;

/* A command waits for the holder this long between looks at the role. */
#define COMMAND_POLL_NS 1000000L

static uintptr_t me(void)
{
	return (uintptr_t)&tls_me;
}

bool runtime_holds_role(const aegis_runtime *rt)
{
	return atomic_load_explicit(&rt->role_owner, memory_order_relaxed) == me();
}

void runtime_role_take(aegis_runtime *rt)
{
	pthread_mutex_lock(&rt->role);
	atomic_store_explicit(&rt->role_owner, me(), memory_order_relaxed);
}

bool runtime_role_try(aegis_runtime *rt)
{
	if (pthread_mutex_trylock(&rt->role) != 0)
		return false;
	atomic_store_explicit(&rt->role_owner, me(), memory_order_relaxed);
	return true;
}

void runtime_role_give(aegis_runtime *rt)
{
	runtime_mailbox_run(rt); /* nobody would run what was posted meanwhile */
	atomic_store_explicit(&rt->role_owner, (uintptr_t)0, memory_order_relaxed);
	pthread_mutex_unlock(&rt->role);
}

/* Where errors of the running call go: the command's poster, or this thread. */
static struct runtime_err *err_target(aegis_runtime *rt)
{
	return runtime_holds_role(rt) && rt->err_target ? rt->err_target : &tls_err;
}

char *runtime_error_buf(aegis_runtime *rt, size_t *len)
{
	struct runtime_err *e = err_target(rt);
	e->rt = rt;
	e->deferred = false;
	*len = sizeof e->msg;
	return e->msg;
}

void runtime_error_defer(aegis_runtime *rt, const struct submit_refusal *r)
{
	struct runtime_err *e = err_target(rt);
	e->rt = rt;
	e->refusal = *r;
	e->deferred = true;
}

aegis_status runtime_error(aegis_runtime *rt, aegis_status st, const char *fmt, ...)
{
	size_t len;
	char *buf = runtime_error_buf(rt, &len);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, len, fmt, ap);
	va_end(ap);
	return st;
}

void runtime_error_clear(aegis_runtime *rt)
{
	size_t len;
	runtime_error_buf(rt, &len)[0] = '\0';
}

const char *runtime_error_text(const aegis_runtime *rt)
{
	if (tls_err.rt != rt)
		return "";
	if (tls_err.deferred) { /* written now, once */
		request_refusal_text(&tls_err.refusal, tls_err.msg, sizeof tls_err.msg);
		tls_err.deferred = false;
	}
	return tls_err.msg;
}

void runtime_mailbox_run(aegis_runtime *rt)
{
	if (!atomic_load_explicit(&rt->mail_head, memory_order_acquire))
		return; /* the common case: one load */
	pthread_mutex_lock(&rt->mail_lock);
	struct runtime_command *c = atomic_load(&rt->mail_head);
	atomic_store(&rt->mail_head, NULL);
	pthread_mutex_unlock(&rt->mail_lock);
	/* the list is newest first: run it oldest first */
	struct runtime_command *fifo = NULL;
	while (c) {
		struct runtime_command *next = c->next;
		c->next = fifo;
		fifo = c;
		c = next;
	}
	while (fifo) {
		struct runtime_command *next = fifo->next; /* fifo may be gone once done */
		rt->err_target = &fifo->err;
		fifo->status = fifo->fn(rt, fifo->arg);
		rt->err_target = NULL;
		atomic_store_explicit(&fifo->done, 1, memory_order_release);
		syscall(SYS_futex, &fifo->done, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
		fifo = next;
	}
}

/* Posts c and waits until a holder ran it; takes the role itself when it is free. */
static void post_and_wait(aegis_runtime *rt, struct runtime_command *c)
{
	pthread_mutex_lock(&rt->mail_lock);
	c->next = atomic_load(&rt->mail_head);
	atomic_store_explicit(&rt->mail_head, c, memory_order_release);
	pthread_mutex_unlock(&rt->mail_lock);
	waker_ring(&rt->waker);
	while (!atomic_load_explicit(&c->done, memory_order_acquire)) {
		if (runtime_role_try(rt)) { /* the holder left: run the mailbox ourselves */
			runtime_role_give(rt);
			continue;
		}
		struct timespec to = {0, COMMAND_POLL_NS};
		syscall(SYS_futex, &c->done, FUTEX_WAIT_PRIVATE, 0, &to, NULL, 0);
	}
}

aegis_status runtime_call(aegis_runtime *rt, runtime_fn fn, void *arg)
{
	if (runtime_holds_role(rt))
		return fn(rt, arg);
	if (runtime_role_try(rt)) {
		aegis_status st = fn(rt, arg);
		runtime_role_give(rt);
		return st;
	}
	struct runtime_command c = {.fn = fn, .arg = arg};
	atomic_init(&c.done, 0);
	post_and_wait(rt, &c);
	/* the detail of a refusal is the caller's */
	tls_err = c.err;
	return c.status;
}
