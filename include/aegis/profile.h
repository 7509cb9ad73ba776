/* WCET profiles: execution times measured by running each model of a workload alone
 * (`aegisrt profile`), written to a small YAML file and read back to feed the analysis
 * (`aegisrt admit|run --wcet-profile FILE`). docs/ANALYSIS.md, "WCETs from
 * measurements". Must not decide admission itself: callers copy wcet_ns into
 * aegis_model_config.wcet_override_ns.
 *
 * The file (every time in integer nanoseconds):
 *
 *     version: 1
 *     workload: examples/quickstart.yaml
 *     device: sim
 *     device_name: "simulated device (virtual time)"
 *     device_profile: ""
 *     lanes: 2
 *     runs: 1000
 *     margin: 1.2
 *     dispatch_overhead: {p50_ns: 0, p99_ns: 0, max_ns: 0}
 *     models:
 *       - name: gaze
 *         lane: 0
 *         lane_sms: 0
 *         runs: 1000
 *         min_ns: 1500000
 *         p50_ns: 1500000
 *         p99_ns: 1500000
 *         p999_ns: 1500000
 *         max_ns: 1500000
 *         wcet_ns: 1800000
 *
 * Only `models`, and `name` and `wcet_ns` in each model, are required.
 *
 * Version 2 (written when lane sizes were measured, `aegisrt profile --lane-sizes`)
 * adds `lane_sizes: [4, 8, 16]` at the top and, per model, its curve: the model alone
 * on one lane of each size, in increasing size, each point with the same statistics
 * (wcet_ns = ceil(max_ns x margin)) and, where a neighbour was measured, interference:
 *
 *         curve:
 *           - {sms: 4, runs: 1000, p50_ns: 2900000, p99_ns: 2950000, max_ns: 3000000,
 *              wcet_ns: 3600000}
 *           - {sms: 8, runs: 1000, p50_ns: 1500000, p99_ns: 1550000, max_ns: 1600000,
 *              wcet_ns: 1920000, interference: 1.18}
 *
 * A version 1 file reads as a profile without curves. Every point needs sms and
 * wcet_ns; the sizes of one curve are distinct and increasing.
 *
 * Version 3 (written when the device measured the memory it takes outside the pool:
 * the CUDA device) adds, at the top, in bytes:
 *
 *     device_memory: {driver_fixed: 327155712, per_lane_context: 39845888,
 *                     per_lane_cudnn: 220200960, per_lane_cublas: 8388608,
 *                     device_other: 566231040}
 *
 * driver_fixed: the share that does not grow with the lanes, from the memory run
 * (aegis_profile_measure: every model on the workload's layout, their jobs run, the
 * first runtime of the process): total - free once the primary context was made,
 * before any lane, plus what the jobs then loaded into the contexts beyond the other
 * items (aegis_device_memory.loaded) and the models' CUDA graphs, less the part of
 * the driver's own reservation that total - free counts (NVML; without NVML nothing
 * is taken off): the process's own
 * share, with whatever other processes held or took meanwhile; per_lane_context: a
 * lane's context, stream, events and kernels of our own; per_lane_cudnn,
 * per_lane_cublas: a lane's library handle and the kernels its models loaded;
 * device_other (optional, 0 when absent): the driver's reservation (NVML), which is no
 * process's memory and is not counted. The per-lane figures are the largest seen
 * over the memory run and the models' runs; driver_fixed and device_other the memory
 * run's (docs/MEMORY.md). The first four
 * keys are required; each value an integer 0..2^63-1. Compatibility: a version 3 file may also have curves; readers
 * accept versions 1..3, device_memory only in version 3 (an older reader refuses a
 * version 3 file rather than drop the figures silently); a writer writes the lowest
 * version that holds what it has.
 *
 * Version 4 (written when shared lanes were measured, `aegisrt profile --shared K`)
 * adds points with `shared: k` (2..64) to the curves: the model on one of k lanes
 * sharing one partition of `sms` SMs (the SM cap), the other k - 1 lanes busy with the
 * workload's models all the while (aegis_profile_options.shares). A curve's points are
 * in increasing size and, of one size, the point alone first, then increasing k.
 *
 * Threads and ownership: an aegis_profile owns every string, model and curve point it
 * hands out (valid until aegis_profile_destroy); a loaded profile is only read, so its
 * readers may run on any threads at once; measuring one and destroying it are for one
 * thread, with no reader running.
 */
#ifndef AEGIS_PROFILE_H
#define AEGIS_PROFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "aegis/export.h"
#include "aegis/runtime.h"
#include "aegis/status.h"

#ifdef __cplusplus
extern "C" {
#endif

#define AEGIS_PROFILE_DEFAULT_RUNS 1000u
#define AEGIS_PROFILE_DEFAULT_MARGIN_PPM 1200000u /* 1.2 */

typedef struct aegis_profile aegis_profile;

/* One model's measured execution times (finish - start of each job, all segments).
 * Percentiles are nearest-rank: the ceil(q * runs)-th smallest value. Fields absent
 * from a hand-written file are -1 (runs: 0, lane: -1). */
typedef struct aegis_profile_model {
	const char *name;
	int32_t lane;      /* the lane it ran on */
	uint32_t lane_sms; /* SMs of that lane's partition (0: sim, or no partition) */
	uint64_t runs;
	int64_t min_ns, p50_ns, p99_ns, p999_ns, max_ns;
	int64_t wcet_ns;   /* ceil(max_ns * margin): what the analysis uses */
	uint32_t line;     /* its entry in the file (0 when measured) */
} aegis_profile_model;

/* One point of a model's curve: its times alone on a lane of `sms` SMs, or (shared k
 * >= 2) on one of k lanes sharing a partition of sms SMs with the other lanes busy.
 * interference: how much a memory-bound neighbour on another lane slowed it (p99 with
 * the neighbour / p99 alone; docs/ANALYSIS.md), 0 when not measured. Absent times are
 * -1. */
typedef struct aegis_profile_point {
	uint32_t sms;
	uint64_t runs;
	int64_t p50_ns, p99_ns, max_ns;
	int64_t wcet_ns; /* ceil(max_ns * margin) */
	double interference;
	uint32_t shared; /* 0: alone on its partition; k >= 2: one of k lanes sharing it */
} aegis_profile_point;

/* What the profile was measured on, and the runtime's per-job dispatch overhead:
 * start - release over every job of every model (-1 when absent). */
typedef struct aegis_profile_info {
	const char *workload;       /* "" when unknown */
	const char *device;         /* "sim", "cuda" */
	const char *device_name;
	const char *device_profile; /* "" when none */
	uint32_t lanes;
	uint64_t runs;              /* jobs per model asked for */
	uint32_t margin_ppm;        /* the margin in millionths: 1200000 = 1.2 */
	int64_t overhead_p50_ns, overhead_p99_ns, overhead_max_ns;
} aegis_profile_info;

/* Device memory outside the pool (version 3's device_memory), in bytes. */
typedef struct aegis_profile_memory {
	uint64_t driver_fixed;
	uint64_t per_lane_context;
	uint64_t per_lane_cudnn;
	uint64_t per_lane_cublas;
	uint64_t device_other; /* the driver's reservation on the device (NVML), taken
				  off driver_fixed: stated, not counted */
	uint32_t line;       /* its entry in the file (0 when measured) */
} aegis_profile_memory;

typedef struct aegis_profile_options {
	uint32_t runs;        /* jobs per model, back to back; 0: AEGIS_PROFILE_DEFAULT_RUNS */
	uint32_t margin_ppm;  /* >= 1000000; 0: AEGIS_PROFILE_DEFAULT_MARGIN_PPM */
	const char *workload; /* recorded in the profile; may be NULL */
	/* Lane sizes to measure each model on (a curve per model, version 2): for each
	 * size s, the model alone on a runtime of one lane of s SMs (rt's device and
	 * device profile, the layout {s}); distinct, each >= 1, at most
	 * AEGIS_PROFILE_MAX_SIZES. NULL/0: no curves (version 1). On the simulated device
	 * the sizes are nominal: every point measures the same draws. */
	const uint32_t *lane_sizes;
	uint32_t n_lane_sizes;
	/* With lane_sizes: each point measured again next to a memory-bound neighbour (a
	 * synthetic model streaming 256 MiB through DRAM, its jobs back to back) on a
	 * second lane of the SMs left in the cap (the device profile's, else the GPU's;
	 * rounded down to the device's granularity when s is a multiple of it; the
	 * simulated device without a profile: a nominal lane of s SMs), the layout
	 * [s, rest], for the point's interference = p99 next to it / p99 alone, at least
	 * 1, rounded up to 4 decimals. A size that leaves no SMs gets none (0). Doubles
	 * the time. On the simulated device nothing slows a lane for another's memory
	 * traffic: the factor is 1. docs/ANALYSIS.md, "WCETs as a function of lane size". */
	bool neighbour;
	/* Shared lanes to measure (version 4): for each k (2..64, distinct, at most the
	 * models), the whole workload on a runtime of k lanes sharing one partition of the
	 * SM cap (AEGIS_LANES_SHARED; the simulated device runs k at full speed), model i
	 * on lane i mod k, each lane running its models in turn, jobs back to back, until
	 * every model has `runs` jobs: each model's point {sms: the lanes' size, shared:
	 * k}, measured with every other lane busy. NULL/0: none. */
	const uint32_t *shares;
	uint32_t n_shares;
} aegis_profile_options;

#define AEGIS_PROFILE_MAX_SIZES 256u

/* Measures models[0..n): first the memory run, one runtime made from *rt (admission
 * off, tracing off) with every model admitted on its own lane (lane 0 when auto) and
 * two jobs of each run, for device_memory's driver_fixed (nothing on the simulated
 * device); then each model alone on a fresh runtime made from *rt, then, with
 * opt->lane_sizes, alone on one lane of each size (its curve) and, with opt->neighbour,
 * each size again next to the neighbour; released as a sporadic model with each job
 * submitted from the previous one's completion, for opt->runs jobs. On the simulated
 * device the times are exact draws of the execution-time model (virtual time); on a
 * GPU they are real. Returns AEGIS_OK, AEGIS_E_INVAL, AEGIS_E_CONFIG (a bad model or
 * margin, a neighbour without lane sizes: the reason in detail), AEGIS_E_NOMEM, or
 * what creating a runtime, admitting or running returned (the reason in detail; a
 * failure of the memory run, such as AEGIS_E_BUDGET for models that do not fit the
 * budget together, says "memory run" and the model: no profile is then made). */
AEGIS_API aegis_status aegis_profile_measure(const aegis_runtime_config *rt,
					     const aegis_model_config *const *models, uint32_t n,
					     const aegis_profile_options *opt, aegis_profile **out,
					     char *detail, size_t detail_len);

/* Writes p in the format above. AEGIS_OK, AEGIS_E_INVAL or AEGIS_E_IO (write failed). */
AEGIS_API aegis_status aegis_profile_write(const aegis_profile *p, FILE *f);

/* Reads a profile file. On failure *out is NULL and err holds "path:line: what was
 * expected" (line 0 when the file cannot be read). Returns AEGIS_OK, AEGIS_E_INVAL,
 * AEGIS_E_IO, AEGIS_E_CONFIG (bad content), AEGIS_E_NOMEM. */
AEGIS_API aegis_status aegis_profile_load(const char *path, aegis_profile **out, char *err,
					  size_t err_len);
/* Same, from a buffer; name stands for the path in messages. */
AEGIS_API aegis_status aegis_profile_parse(const char *name, const char *text, size_t len,
					   aegis_profile **out, char *err, size_t err_len);
AEGIS_API void aegis_profile_destroy(aegis_profile *p);

AEGIS_API const aegis_profile_info *aegis_profile_info_get(const aegis_profile *p);
AEGIS_API uint32_t aegis_profile_model_count(const aegis_profile *p);
AEGIS_API const aegis_profile_model *aegis_profile_model_at(const aegis_profile *p, uint32_t i);
/* The model named name, or NULL. */
AEGIS_API const aegis_profile_model *aegis_profile_find(const aegis_profile *p, const char *name);
/* Model i's curve: *points (n of them, increasing sms; valid while p is) and *n; n 0
 * for a model without one. AEGIS_OK or AEGIS_E_INVAL (no such model, NULL out). */
AEGIS_API aegis_status aegis_profile_model_curve(const aegis_profile *p, uint32_t i,
						 const aegis_profile_point **points, uint32_t *n);
/* The point of model i's curve alone at exactly `sms` SMs, or NULL. */
AEGIS_API const aegis_profile_point *aegis_profile_point_at(const aegis_profile *p, uint32_t i,
							    uint32_t sms);
/* The profile's device_memory, or NULL when it has none (not measured: the simulated
 * device, or an older file). Valid while p is. */
AEGIS_API const aegis_profile_memory *aegis_profile_device_memory(const aegis_profile *p);
/* What a runtime of `lanes` lanes takes outside its pool by the profile: driver_fixed +
 * lanes x (per_lane_context + per_lane_cudnn + per_lane_cublas), every lane counted as
 * if it ran a model that uses cuDNN and cuBLAS (an upper bound for lanes that do not);
 * 0 without device_memory. UINT64_MAX if it overflows. */
AEGIS_API uint64_t aegis_profile_outside_bytes(const aegis_profile *p, uint32_t lanes);
/* The dispatch overhead for the analysis: the largest start - release measured
 * (overhead_max_ns), 0 when the file has none. */
AEGIS_API int64_t aegis_profile_dispatch_overhead_ns(const aegis_profile *p);

#ifdef __cplusplus
}
#endif
#endif
