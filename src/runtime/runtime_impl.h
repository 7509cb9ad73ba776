/* The runtime object, as the files of src/runtime/ share it: lifecycle (runtime.c),
 * admission (admission.c), requests (request.c), queries and statistics (query.c),
 * the hooks lent to tests (hooks.c). Must not be included outside src/runtime/. */
#ifndef AEGIS_RUNTIME_RUNTIME_IMPL_H
#define AEGIS_RUNTIME_RUNTIME_IMPL_H

#include <pthread.h>
#include <stdatomic.h>

#include "aegis/runtime.h"
#include "base/waker.h"
#include "device/device.h"
#include "memory/plan.h"
#include "runtime/runtime_internal.h"
#include "sched/dispatcher.h"
#include "sched/intake.h"

/* A pool without a budget: offsets only, 1 PiB, which refuses only what no device
 * could hold (the refusal says so). */
#define MEM_UNLIMITED (UINT64_C(1) << 50)
#include "trace/trace_buf.h"

/* A submission's refusal kept as its facts, written out only when asked for
 * (aegis_runtime_last_error): a rejected submission formats nothing. */
struct submit_refusal {
	aegis_model_id id;
	aegis_status st;
	struct intake_why why;
};

/* A last-error detail and the runtime it belongs to (role.c). */
struct runtime_err {
	const aegis_runtime *rt;
	bool deferred; /* the detail is refusal's, not written into msg yet */
	struct submit_refusal refusal;
	char msg[256];
};

typedef aegis_status (*runtime_fn)(aegis_runtime *rt, void *arg);

/* A call posted by another thread for the role's holder (role.c); on its stack. */
struct runtime_command {
	runtime_fn fn;
	void *arg;
	aegis_status status;
	struct runtime_err err;
	_Atomic uint32_t done;
	struct runtime_command *next;
};

struct aegis_runtime {
	aegis_runtime_config cfg;
	char *device_name;
	char *profile_name;
	/* cfg.host_stall_curve's copy, and the stall each lane's models are charged now
	 * (in their tasks' jitter; 0 without a curve) */
	aegis_stall_point stall_curve[AEGIS_MAX_STALL_POINTS];
	int64_t lane_stall_ns[AEGIS_MAX_LANES];
	struct device *dev;
	struct trace_buf trace;
	struct dispatcher d;
	struct mem_plan mem;
	struct mem_guard guard; /* guard mode only: the pool's host bytes */
	uint64_t mem_budget; /* 0: no budget, the plan is only reported */
	uint64_t mem_base;   /* the device address of the pool; 0: no device memory */
	int64_t overrun_slack_ns; /* a segment's budget tolerance (the clock's noise) */
	/* Threads (role.c). */
	pthread_mutex_t role;            /* held by whoever runs the dispatcher */
	_Atomic uintptr_t role_owner;    /* that thread, or 0 */
	struct runtime_err *err_target;  /* the holder runs a command: its poster's detail */
	pthread_mutex_t mail_lock;
	struct runtime_command *_Atomic mail_head; /* posted commands, newest first */
	struct waker waker;              /* the dispatcher's doorbell */
	struct intake intake;            /* submissions from any thread */
	pthread_t thread;                /* the runtime's own, after aegis_runtime_start */
	bool started;
	bool joined;
	/* The latest refused admissions (a ring of AEGIS_REFUSALS_KEPT), for the decision
	 * log. */
	aegis_refusal refused[AEGIS_REFUSALS_KEPT];
	uint64_t n_refused;
	/* Every model's fixed-priority rank (aegis_model_stats.priority) by slot, as of the
	 * dispatcher's next_seq rank_seq (it moves with every model added) (query.c). */
	uint32_t *rank;
	uint64_t rank_seq;
};

/* Sets the calling thread's last-error detail (or that of the thread whose command
 * runs) and returns st. */
aegis_status runtime_error(aegis_runtime *rt, aegis_status st, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void runtime_error_clear(aegis_runtime *rt);
/* The buffer runtime_error writes (for functions that take a detail buffer). */
char *runtime_error_buf(aegis_runtime *rt, size_t *len);
/* The calling thread's last detail on rt, or "". */
const char *runtime_error_text(const aegis_runtime *rt);
/* Records a submission's refusal as the detail, to be written only if read. */
void runtime_error_defer(aegis_runtime *rt, const struct submit_refusal *r);
/* A refusal's detail in words (request.c). */
void request_refusal_text(const struct submit_refusal *r, char *buf, size_t len);

/* The dispatcher's role (role.c). runtime_call runs fn with the role: at once if this
 * thread holds it or it is free, else posted to its holder; returns fn's status. */
aegis_status runtime_call(aegis_runtime *rt, runtime_fn fn, void *arg);
bool runtime_holds_role(const aegis_runtime *rt);
void runtime_role_take(aegis_runtime *rt);
/* Takes the role if nobody holds it: true when taken. */
bool runtime_role_try(aegis_runtime *rt);
void runtime_role_give(aegis_runtime *rt);
/* Runs the commands posted so far (the holder, between events). */
void runtime_mailbox_run(aegis_runtime *rt);
/* Passes a message to the application's log callback, if it set one: the library
 * itself never prints. */
void runtime_log(const aegis_runtime *rt, aegis_log_level level, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* The model of id for a call that needs one; NULL when there is none, with *st and
 * the last error set: AEGIS_E_STATE for an evicted model whose slot was reused,
 * AEGIS_E_NOT_FOUND for an id never given. */
struct exec_context *runtime_model(aegis_runtime *rt, aegis_model_id id, aegis_status *st);

#endif
