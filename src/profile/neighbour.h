/* The memory-bound neighbour of `aegisrt profile --neighbour` (profile/measure.c): its
 * lane's size next to a measured lane, its model (synthetic, DRAM streaming), and the
 * interference factor a measurement gives. Private; pure except neighbour_model. */
#ifndef AEGIS_PROFILE_NEIGHBOUR_H
#define AEGIS_PROFILE_NEIGHBOUR_H

#include <stdint.h>

#include "aegis/backends.h"
#include "aegis/runtime.h"

/* What the neighbour streams over: its transient memory, 5x the 50 MiB L2 of an
 * H100/H200, so that its traffic goes to DRAM (bench_gpu's hog uses 256 MiB too). */
#define NEIGHBOUR_BYTES ((uint64_t)256 << 20)
/* One job of the neighbour: one memory-bound kernel of this target duration; long, so
 * that the gaps between its jobs (a completion seen, the next launched: microseconds)
 * leave DRAM idle for well under 1 % of the time. */
#define NEIGHBOUR_KERNEL_NS (5 * 1000000LL)
/* Blocks per SM of the neighbour's lane (256 threads each: 2048 threads per SM). */
#define NEIGHBOUR_BLOCKS_PER_SM 8u
/* How long the neighbour runs before the measured model's first job, so that it
 * fills its SMs and the memory system (bench_gpu waits 20 ms too). */
#define NEIGHBOUR_LEAD_NS (20 * 1000000LL)
/* Its name in the runtime, which holds only it and the measured model (a model of
 * this name would be refused as taken, AEGIS_E_EXISTS, naming it). */
#define NEIGHBOUR_NAME "aegis.profile.neighbour"

/* The neighbour's lane next to a measured lane of s SMs: the SMs left in the cap,
 * cap - s, rounded down to a multiple of the device's granularity g when s is one (so
 * that the layout [s, rest] splits into co-scheduled units, as the layout {s} alone
 * does; a size off the granularity is split fine-grained anyway, and so may the
 * rest be). cap 0 (the simulated device without a device profile, where sizes are
 * nominal): s. 0 when nothing is left: no neighbour can run. */
uint32_t neighbour_sms(uint32_t cap, uint32_t g, uint32_t s);

/* The interference factor of one curve point: p99_with / p99_alone, at least 1 (a
 * neighbour cannot speed a model up: a ratio below 1 is noise, read as no slowdown),
 * rounded up to 4 decimals (so that the file's text is exact and never below the
 * measured ratio), at most 1000 (the reader's limit). 0 when it cannot be computed
 * (a time <= 0). p99 and not max: a max over N runs is one sample of the tail, and a
 * ratio of two such samples is noisy both ways (docs/ANALYSIS.md). */
double neighbour_factor(int64_t p99_with_ns, int64_t p99_alone_ns);

/* Fills *cfg (and *sc, *k, which it points at) with the neighbour model for a lane of
 * `sms` SMs on lane `lane`: backend synthetic, one memory-bound kernel of
 * NEIGHBOUR_KERNEL_NS over NEIGHBOUR_BYTES of transient memory, sporadic with a 1 ns
 * minimum inter-arrival (its jobs follow one another), queue depth 2 (one queued
 * behind the one running, so the lane never waits for a submission). */
void neighbour_model(uint32_t sms, int32_t lane, aegis_kernel *k, aegis_synthetic_config *sc,
		     aegis_model_config *cfg);

#endif
