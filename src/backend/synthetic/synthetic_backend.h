/* The synthetic GPU backend's private interface beyond its ops (tests only). Must not
 * be included by core code. */
#ifndef AEGIS_BACKEND_SYNTHETIC_BACKEND_H
#define AEGIS_BACKEND_SYNTHETIC_BACKEND_H

#include <stdint.h>

#include "backend/backend.h"

/* The calibration margin of the WCET: each kernel's WCET is its target duration plus
 * this percentage (rounded up), the tolerance the calibration is held to. */
#define SYNTHETIC_MARGIN_PERCENT 5

/* CUDA device only: calibrates the model's kernels on `lane` (memory-bound ones over
 * mem->transient) if they are not yet, then times kernel k's calibrated launch `reps`
 * (1..15) times with events on the lane (the lane must be idle; blocks): *median_ns.
 * AEGIS_E_UNSUPPORTED on another device or in a build without CUDA; AEGIS_E_CONFIG
 * when memory-bound kernels have no transient region. */
aegis_status synthetic_backend_measure(void *state, struct device *dev, uint32_t lane,
				       const struct backend_mem *mem, uint32_t k, int reps,
				       int64_t *median_ns);

/* Calibrated iterations of kernel k on the lane it was last calibrated on (0: none). */
int64_t synthetic_backend_iters(const void *state, uint32_t k);

#endif
