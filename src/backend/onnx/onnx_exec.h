/* The ONNX backend's GPU executor: runs a loaded graph (graph.h) on one lane of the
 * CUDA device with cuDNN (convolutions), cuBLAS (Gemm, MatMul) and kernels of its own
 * (onnx_kernels.cu), in memory the runtime gives it. Built only with
 * AEGIS_HAVE_ONNX_GPU. Must not allocate device memory, and must not synchronise in
 * onnx_exec_run: the dispatcher ends the lane's work with commit(). */
#ifndef AEGIS_BACKEND_ONNX_EXEC_H
#define AEGIS_BACKEND_ONNX_EXEC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "aegis/status.h"
#include "backend/onnx/graph.h"
#include "device/device.h"

struct onnx_exec;


/*
 * Prepares g for lane `lane` of dev (a CUDA device): in the lane's context, with the
 * lane's cuDNN and cuBLAS handles (made by the first executor of the lane, shared by
 * all, released by the device: onnx_lane_lib.h), every descriptor, and for each Conv
 * one execution fixed here (a heuristic: no timing, so the same choice every time), in
 * FP32 FMA math (no TF32: results match a CPU reference), needing at most
 * workspace_limit bytes: an execution plan of cuDNN's graph API (the first engine of
 * its heuristic that qualifies; a run then costs one cudnnBackendExecute), else the
 * first algorithm of the legacy API's ranked list (docs/ONNX.md). The bias is added
 * by an own kernel. Conv with asymmetric pads (which cuDNN cannot express) runs a
 * direct kernel instead. g must outlive the executor and not change.
 * Returns AEGIS_OK; AEGIS_E_INVAL (NULL argument, not a CUDA device, no such lane);
 * AEGIS_E_UNSUPPORTED (an operator or shape the executor does not run, no cuDNN
 * algorithm within the limit); AEGIS_E_CONFIG (the graph's shapes disagree with an
 * operator's rule: a loader bug); AEGIS_E_NOMEM; a mapped CUDA, cuDNN or cuBLAS error.
 * detail: "node NAME (#i, OP): what failed: why". Blocks; one thread at a time.
 */
aegis_status onnx_exec_create(const struct onnx_graph *g, struct device *dev, uint32_t lane,
			      uint64_t workspace_limit, struct onnx_exec **out, char *detail,
			      size_t detail_len);

/* Releases every handle and descriptor, after waiting for the lane's stream (work of
 * this executor still in flight is drained, not abandoned). NULL is a no-op. */
void onnx_exec_destroy(struct onnx_exec *x);

/* The workspace a run needs after the transient region (cuDNN's largest chosen
 * workspace, rounded up to ONNX_ALIGN, plus ONNX_CUBLAS_WORKSPACE when the graph
 * has a Gemm or MatMul): the runtime gives transient_bytes + this. */
uint64_t onnx_exec_workspace_bytes(const struct onnx_exec *x);

/* Copies every WEIGHT tensor's host data to persistent_addr + its offset, and waits.
 * Returns AEGIS_OK, AEGIS_E_INVAL (no address) or a mapped CUDA error. */
aegis_status onnx_exec_upload_weights(struct onnx_exec *x, uint64_t persistent_addr);

/*
 * Enqueues nodes [first_node, end_node) on the lane's stream and returns without
 * waiting; the lane is then loaded (commit() ends it). Tensors live at: WEIGHT
 * persistent_addr + offset; INPUT, OUTPUT io_addr + offset; ACT transient_addr +
 * offset; views at their root's; the workspace at transient_addr + g->transient_bytes.
 * Returns AEGIS_OK, AEGIS_E_INVAL (range or address), AEGIS_E_STATE (the lane is busy:
 * committed and not yet polled), or the mapped error of the first failed launch or
 * library call (nodes before it are queued and will run). Not thread-safe.
 */
aegis_status onnx_exec_run(struct onnx_exec *x, uint32_t first_node, uint32_t end_node,
			   uint64_t persistent_addr, uint64_t io_addr, uint64_t transient_addr);

/*
 * The same as onnx_exec_run, as a CUDA Graph: nodes [first_node, end_node) are captured
 * once per range and bases (again when the bases change) and then replayed with one
 * launch, which cuts the host's per-node launch cost and its jitter. With launch false
 * it only captures (admission: no job pays for the capture). Same statuses as run,
 * plus the capture's; a failed capture leaves nothing cached.
 */
aegis_status onnx_exec_run_graph(struct onnx_exec *x, uint32_t first_node, uint32_t end_node,
				 bool launch, uint64_t persistent_addr, uint64_t io_addr,
				 uint64_t transient_addr);
/* The admission's warm-up: enqueues the whole graph once, node by node, and waits. CUDA
 * loads a kernel's module at its first launch and cuDNN and cuBLAS set themselves up
 * at their first call; each node's drop of free device memory is counted against its
 * library on the lane (cuda_device_mem_note: cuDNN for a Conv on cuDNN, cuBLAS for
 * Gemm and MatMul, the lane's context for kernels of our own). Does not mark the lane
 * loaded. Same statuses as run, plus a failed cuMemGetInfo's. */
aegis_status onnx_exec_warm(struct onnx_exec *x, uint64_t persistent_addr, uint64_t io_addr,
			    uint64_t transient_addr);

/* Runs the whole graph warmup + iters times, each run between two events on the lane's
 * stream and waited for; ms[i] (iters of them) is run i's event time. With use_graph,
 * the run is captured once as a CUDA Graph and replayed instead. Does not mark the
 * lane loaded (it waits itself). Same statuses as run, plus the capture's. */
aegis_status onnx_exec_time(struct onnx_exec *x, bool use_graph, uint32_t warmup, uint32_t iters,
			    uint64_t persistent_addr, uint64_t io_addr, uint64_t transient_addr,
			    float *ms);

/* The host's cost of enqueueing the graph node by node, per kind of step (a Conv on
 * cuDNN, an own kernel, a cuBLAS call...): over iters runs, each waited for after its
 * last launch, the calls and the host time spent in them. For aegis-onnx-check: where
 * the node-by-node mode's time goes when the GPU waits for the host. */
#define ONNX_EXEC_STEP_KINDS 13
struct onnx_host_cost {
	const char *step; /* the kind's name, static */
	uint64_t calls;
	int64_t ns;       /* host time in those calls */
};
aegis_status onnx_exec_host_costs(struct onnx_exec *x, uint32_t iters, uint64_t persistent_addr,
				  uint64_t io_addr, uint64_t transient_addr,
				  struct onnx_host_cost out[ONNX_EXEC_STEP_KINDS]);

/* Tools and tests: synchronous copies of tensor `t` (INPUT, OUTPUT or ACT, or a view of
 * one) between the host (elems floats) and its place for the given bases, ordered
 * after the work already on the lane's stream. AEGIS_E_INVAL for another kind. */
aegis_status onnx_exec_copy_in(struct onnx_exec *x, int32_t t, const float *host,
			       uint64_t io_addr, uint64_t transient_addr);
aegis_status onnx_exec_copy_out(struct onnx_exec *x, int32_t t, float *host, uint64_t io_addr,
				uint64_t transient_addr);

/* Waits for the lane's stream. Returns AEGIS_OK or the mapped CUDA error (a sticky one
 * from an earlier launch shows here). */
aegis_status onnx_exec_sync(struct onnx_exec *x);

/* How many Conv steps run on cuDNN's graph (backend) API (*graph) and how many on its
 * legacy API (*legacy), the fallback where no graph API engine qualifies (FP32 FMA
 * math without TF32, deterministic, precompiled, within the workspace limit); either
 * pointer may be NULL. Returns why the first Conv fell back ("" if none did; the
 * executor's storage, valid until onnx_exec_destroy). Conv steps with asymmetric
 * pads run the executor's own kernel and are in neither count. */
const char *onnx_exec_conv_paths(const struct onnx_exec *x, uint32_t *graph, uint32_t *legacy);

/* The last failure's detail ("" if none): node, call, error, file:line. */
const char *onnx_exec_last_error(const struct onnx_exec *x);

#endif
