/* What the runtime lends to tests and benchmarks that need its insides (the device
 * for GPU-side stamps and extra kernels; backend states and guard-mode memory for the
 * memory guard tests; the analysed tasks). Reached through src/testing/bench_internal.h,
 * the one internal surface for tests/ and bench/: must not be used by the library or
 * the tools. */
#ifndef AEGIS_RUNTIME_RUNTIME_INTERNAL_H
#define AEGIS_RUNTIME_RUNTIME_INTERNAL_H

#include <stdint.h>

#include "aegis/analysis.h"
#include "aegis/runtime.h"
#include "device/device.h"

/* The runtime's device; owned by the runtime, valid until aegis_runtime_destroy. */
struct device *runtime_device(const aegis_runtime *rt);

/* Model id's backend state (NULL for an unknown id); owned by the runtime. */
void *runtime_backend_state(const aegis_runtime *rt, aegis_model_id id);

/* Guard mode: the host bytes of model id's region (which: 0 persistent, 1 I/O, 2 its
 * lane's current arena) and their usable size; NULL when off or absent. */
uint8_t *runtime_guard_region(aegis_runtime *rt, aegis_model_id id, uint32_t which,
			      uint64_t *size);
/* Guard mode: checks every region's canaries now; returns how many are broken (and
 * rewrites them). 0 when off. aegis_runtime_destroy runs the same check. */
uint32_t runtime_guard_check(aegis_runtime *rt);
/* Guard mode: broken canaries found so far, at job ends and by checks. */
uint64_t runtime_guard_violations(const aegis_runtime *rt);

/* The offset in the pool of lane's current transient arena (0 without a plan or an
 * arena): tests see an arena move. */
uint64_t runtime_arena_offset(const aegis_runtime *rt, uint32_t lane);

/* Model id's task as the admission analysis sees it (C with overheads, D, T, J, the
 * priority key, the segments); NULL for an unknown id. Owned by the runtime. */
const aegis_task *runtime_model_task(const aegis_runtime *rt, aegis_model_id id);

#endif
