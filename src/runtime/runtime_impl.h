/* The runtime object, as the files of src/runtime/ share it: lifecycle (runtime.c),
 * admission (admission.c), requests (request.c), queries and statistics (query.c),
 * the hooks lent to tests (hooks.c). Must not be included outside src/runtime/. */
#ifndef AEGIS_RUNTIME_RUNTIME_IMPL_H
#define AEGIS_RUNTIME_RUNTIME_IMPL_H

#include "aegis/runtime.h"
#include "device/device.h"
#include "memory/plan.h"
#include "runtime/runtime_internal.h"
#include "sched/dispatcher.h"
#include "trace/trace_buf.h"

struct aegis_runtime {
	aegis_runtime_config cfg;
	char *device_name;
	char *profile_name;
	struct device *dev;
	struct trace_buf trace;
	struct dispatcher d;
	struct mem_plan mem;
	struct mem_guard guard; /* guard mode only: the pool's host bytes */
	uint64_t mem_budget; /* 0: no budget, the plan is only reported */
	uint64_t mem_base;   /* the device address of the pool; 0: no device memory */
	int64_t overrun_slack_ns; /* a segment's budget tolerance (the clock's noise) */
	char last_error[256];
	/* The latest refused admissions (a ring of AEGIS_REFUSALS_KEPT), for the decision
	 * log. */
	aegis_refusal refused[AEGIS_REFUSALS_KEPT];
	uint64_t n_refused;
};

/* Sets the runtime's last-error detail and returns st. */
aegis_status runtime_error(aegis_runtime *rt, aegis_status st, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void runtime_error_clear(aegis_runtime *rt);
/* Passes a message to the application's log callback, if it set one: the library
 * itself never prints. */
void runtime_log(const aegis_runtime *rt, aegis_log_level level, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* The model of id for a call that needs one; NULL when there is none, with *st and
 * the last error set: AEGIS_E_STATE for an evicted model whose slot was reused,
 * AEGIS_E_NOT_FOUND for an id never given. */
struct exec_context *runtime_model(aegis_runtime *rt, aegis_model_id id, aegis_status *st);

#endif
