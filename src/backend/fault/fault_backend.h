/* The fault-injection backend: wraps any other backend's state and injects the faults
 * of an aegis_fault_injection into its jobs (failures, slow segments, failed memory
 * bindings, hangs). The execution context wraps a model's backend with it when the
 * model's `inject` is set. Must not decide anything about scheduling or health: it
 * only makes jobs fail or run long, as a broken model would. */
#ifndef AEGIS_BACKEND_FAULT_FAULT_BACKEND_H
#define AEGIS_BACKEND_FAULT_FAULT_BACKEND_H

#include <stdbool.h>
#include <stdint.h>

#include "aegis/fault.h"
#include "backend/backend.h"

extern const struct backend_ops fault_backend_ops;

/* True when inj asks for anything. */
bool fault_injection_active(const aegis_fault_injection *inj);

/* Checks inj: probabilities in [0, 1], slowdown 0 or >= 1, hang_ns >= 0, a
 * fail_status that is an error of the status table. Returns AEGIS_OK or
 * AEGIS_E_CONFIG with the reason in detail. */
aegis_status fault_injection_validate(const aegis_fault_injection *inj, char *detail,
				      size_t detail_len);

/* Wraps (inner, inner_state) with reqs (the inner backend's description); the wrapper
 * owns inner_state from here on, also on failure. Its draws come from (seed, stream).
 * Returns AEGIS_OK or AEGIS_E_NOMEM. */
aegis_status fault_backend_wrap(const struct backend_ops *inner, void *inner_state,
				const struct backend_reqs *reqs,
				const aegis_fault_injection *inj, uint64_t seed,
				uint64_t stream, void **out);

#endif
