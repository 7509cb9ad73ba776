/* The one internal surface benchmarks (bench/) include beside the public headers, and
 * tests may use too. Must not be included by the library or the tools (public API only),
 * nor grow anything but includes. */
/*
 * What it lends: the base pieces timed on their own (clocks, the PRNG, the heap), the
 * trace ring, the TLSF allocator, the synthetic backend's calibration, what the runtime
 * lends (runtime/runtime_internal.h) and, where AEGIS_HAVE_CUDA is defined, the CUDA
 * device's checks and probes.
 */
#ifndef AEGIS_TESTING_BENCH_INTERNAL_H
#define AEGIS_TESTING_BENCH_INTERNAL_H

#include "backend/synthetic/synthetic_backend.h"
#include "base/clock.h"
#include "base/heap.h"
#include "base/rng.h"
#include "memory/tlsf.h"
#include "runtime/runtime_internal.h"
#include "trace/trace_buf.h"

#ifdef AEGIS_HAVE_CUDA
#include "device/cuda/cuda_check.h"
#include "device/cuda/cuda_probe.h"
#endif

#endif
