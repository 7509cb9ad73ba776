/* The built-in backends' settings as typed configurations, for C callers that build a
 * model in code: aegis_model_config.backend_config points at the struct of the model's
 * backend (aegis_sim_config for "sim", aegis_synthetic_config for "synthetic",
 * aegis_onnx_config for "onnx-cudnn"). The same settings can be given as text instead
 * (aegis_model_config.options, the keys of a workload file: exec, segments, memory,
 * kernels, model, workspace, cuda_graph); each backend reads and checks its own.
 * Must not hold anything a backend does not own (the generic settings are in
 * aegis/runtime.h). */
#ifndef AEGIS_BACKENDS_H
#define AEGIS_BACKENDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "aegis/export.h"
#include "aegis/tensor.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- memory: backends sim and synthetic (key memory) ---------------------------------- */

/* A model's memory as the workload states it (docs/MEMORY.md). */
typedef struct aegis_model_memory {
	uint64_t persistent_bytes; /* weights and constants: a private region */
	uint64_t transient_bytes;  /* activations and workspace: the lane's shared arena */
	uint64_t io_bytes;         /* input and output buffers: a private region */
	uint64_t align;            /* alignment of its regions (power of two; 0: 256 B) */
	/* Simulation only: the transient memory each job actually asks for (0: exactly
	 * transient_bytes). Above transient_bytes every job fails with AEGIS_E_BUDGET. */
	uint64_t transient_use_bytes;
} aegis_model_memory;

/* ---- backend "sim": execution-time models (keys exec, segments, memory, inputs, outputs) */

typedef enum aegis_exec_kind {
	AEGIS_EXEC_FIXED = 0, /* always a_ns */
	AEGIS_EXEC_UNIFORM,   /* uniform integer in [a_ns, b_ns] */
	AEGIS_EXEC_TRUNCNORM, /* normal(mean a_ns, sd b_ns), redrawn outside [min_ns, wcet_ns] */
	AEGIS_EXEC_SAMPLES,   /* one of samples_ns[], drawn uniformly */
} aegis_exec_kind;

/* A job's execution time. Every kind has a worst case (aegis_exec_model_wcet_ns) that
 * the analysis uses. */
typedef struct aegis_exec_model {
	aegis_exec_kind kind;
	int64_t a_ns;
	int64_t b_ns;
	int64_t min_ns;  /* TRUNCNORM lower bound (>= 1) */
	int64_t wcet_ns; /* TRUNCNORM cap */
	const int64_t *samples_ns; /* SAMPLES; copied at admission */
	size_t n_samples;
} aegis_exec_model;

/* The largest value the model can produce, or -1 if the model is invalid. */
AEGIS_API int64_t aegis_exec_model_wcet_ns(const aegis_exec_model *m);

/* A model's tensors, for the backends that are told them (sim, synthetic; keys inputs,
 * outputs): copied at admission. Such a model's outputs are a deterministic function
 * of its inputs (docs/ARCHITECTURE.md, "Life of a request"). */
typedef struct aegis_model_tensors {
	const aegis_tensor_desc *inputs; /* n_inputs, or NULL */
	uint32_t n_inputs;
	const aegis_tensor_desc *outputs;
	uint32_t n_outputs;
} aegis_model_tensors;

typedef struct aegis_sim_config {
	aegis_exec_model exec;
	uint32_t n_segments;             /* 0 or 1: one non-preemptive segment */
	const uint32_t *segment_weights; /* n_segments weights, or NULL for equal split */
	aegis_model_memory memory;
	aegis_model_tensors tensors;
} aegis_sim_config;

/* ---- backend "synthetic": DNN-like GPU kernels (keys kernels, memory) ------------------ */

/* One kernel: what a DNN layer does to the GPU, for a target duration. On the CUDA
 * device each kernel is calibrated on its lane (at admission); on the sim device it
 * occupies the lane for duration_ns. Memory-bound and mixed kernels stream over the
 * model's transient memory (its activations in the lane's arena; transient_use_bytes
 * if set, else transient_bytes), which must then be at least
 * AEGIS_KERNEL_MIN_BUFFER_BYTES; on the CUDA device the runtime then needs a memory
 * budget (the pool holds that memory). */
#define AEGIS_KERNEL_MIN_BUFFER_BYTES (64u << 10)
typedef enum aegis_kernel_kind {
	AEGIS_KERNEL_COMPUTE = 0, /* FMA chains in registers: SM-bound */
	AEGIS_KERNEL_MEMORY,      /* streaming reads and writes over the model's own buffer */
	AEGIS_KERNEL_MIXED,       /* both: a few FMAs per streamed word */
} aegis_kernel_kind;

typedef struct aegis_kernel {
	aegis_kernel_kind kind;
	uint32_t grid_blocks; /* >= 1 */
	int64_t duration_ns;  /* target duration on the model's lane; > 0 */
	/* CUDA device: run exactly this many iterations instead of calibrating to
	 * duration_ns on the lane (0: calibrate). For comparisons that must do equal work
	 * on partitions of different sizes (bench/scenario); duration_ns stays what the
	 * analysis uses. */
	int64_t iters;
} aegis_kernel;

typedef struct aegis_synthetic_config {
	const aegis_kernel *kernels; /* run in order, one segment each; copied */
	uint32_t n_kernels;          /* 1..AEGIS_MAX_SEGMENTS */
	aegis_model_memory memory;
	aegis_model_tensors tensors;
} aegis_synthetic_config;

/* ---- backend "onnx-cudnn": static ONNX graphs (keys model, workspace, cuda_graph, exec,
 * segments) ------------------------------------------------------------------------------ */

typedef struct aegis_onnx_config {
	/* The .onnx file (static float32 graph; docs/ONNX.md). Its memory figures come from
	 * the graph. */
	const char *model_path;
	uint64_t workspace_bytes; /* the cuDNN workspace cap; 0: 16 MiB */
	/* On the CUDA device: each segment is captured as a CUDA Graph at admission and a
	 * job replays it (one launch per segment instead of one per node). */
	bool cuda_graph;
	/* The time model: the WCET the analysis uses (measure it with `aegisrt profile`) and
	 * a job's time off the CUDA device. */
	aegis_exec_model exec;
	/* Splits the graph at layer boundaries into parts of about equal work (estimated
	 * FLOPs); 0 or 1: one segment. */
	uint32_t n_segments;
} aegis_onnx_config;

#ifdef __cplusplus
}
#endif
#endif
