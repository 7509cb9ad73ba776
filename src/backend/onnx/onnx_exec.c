/* The ONNX GPU executor (onnx_exec.h): prepares every node once (descriptors, Conv
 * execution plans or algorithms, kernel parameters), then enqueues nodes on a lane's
 * stream. Every CUDA, cuDNN and cuBLAS call is checked; every handle is owned by the
 * executor but the cuDNN and cuBLAS handles, which the lane's models share
 * (onnx_lane_lib.h). Must not allocate device memory nor synchronise in a run. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cublas_v2.h>
#include <cuda.h>
#include <cudnn.h>

#include "backend/onnx/onnx_exec.h"
#include "backend/onnx/onnx_exec_host.h"
#include "backend/onnx/onnx_kernels.h"
#include "backend/onnx/onnx_lane_lib.h"
#include "backend/onnx/onnx_libs.h"
#include "base/clock.h"
#include "device/cuda/cuda_api.h"
#include "device/cuda/cuda_check.h"
#include "device/cuda/cuda_hooks.h"

/* What a node becomes on the GPU. */
enum step_kind {
	STEP_VIEW = 0,    /* Flatten, Reshape whose output shares the input's bytes: nothing */
	STEP_COPY,        /* Flatten, Reshape with bytes of their own: one copy */
	STEP_CONV_DNN,    /* cuDNN convolution (graph API, else legacy), + onnx_k_bias_nchw */
	STEP_CONV_DIRECT, /* asymmetric pads: onnx_k_conv2d */
	STEP_UNARY,
	STEP_BINARY,
	STEP_POOL,
	STEP_ROW_MEAN,    /* GlobalAveragePool */
	STEP_SOFTMAX,
	STEP_CONCAT,
	STEP_RESIZE,
	STEP_GEMM,
	STEP_MATMUL,
};
_Static_assert(STEP_MATMUL + 1 == ONNX_EXEC_STEP_KINDS, "onnx_exec.h counts the step kinds");

/* A Conv on cuDNN's legacy API (the graph API's fallback): descriptors and the
 * algorithm fixed at preparation. */
struct conv_legacy {
	cudnnTensorDescriptor_t x, y;      /* owned */
	cudnnFilterDescriptor_t w;         /* owned */
	cudnnConvolutionDescriptor_t conv; /* owned */
	cudnnConvolutionFwdAlgo_t algo;
};

/* The device addresses one run of a Conv reads and writes. */
struct conv_ptrs {
	uint64_t x, w, y, ws;
};

/* A Conv on cuDNN's graph (backend) API: what its execution plan was made from, the
 * plan, and a variant pack for the addresses of the last run (rebuilt when they move). */
struct conv_graph {
	cudnnBackendDescriptor_t x, w, y;  /* owned: the tensors */
	cudnnBackendDescriptor_t conv, op; /* owned: convolution, forward operation */
	cudnnBackendDescriptor_t graph;    /* owned: the operation graph */
	cudnnBackendDescriptor_t cfg;      /* owned: the engine config chosen */
	cudnnBackendDescriptor_t plan;     /* owned: its execution plan */
	cudnnBackendDescriptor_t pack;     /* owned: the variant pack of `at`; NULL before */
	struct conv_ptrs at;
};

/* A Conv on cuDNN: the graph API's plan or, where no engine of it qualifies, the
 * legacy API's; then the bias, with a kernel of our own. */
struct conv_dnn {
	bool graph;              /* g runs it; else l */
	struct conv_graph g;
	struct conv_legacy l;
	uint64_t ws_bytes;       /* the plan's or the algorithm's workspace */
	bool bias;               /* B is added after the convolution */
	uint64_t planes, c, hw;  /* Y as N * C planes of H * W, C channels */
};

struct matmul_dims {
	uint64_t batch;
	int64_t m, k, n, stride_a, stride_b;
};

struct step {
	enum step_kind kind;
	union {
		struct conv_dnn dnn;
		struct onnx_conv2d direct;
		struct { int op; float p0, p1; uint64_t n; } unary;
		struct { int op; struct onnx_bcast b; } binary;
		struct onnx_pool2d pool;
		struct { uint64_t rows, len; } mean;
		struct { uint64_t outer, len, inner; } softmax;
		struct { uint64_t outer, inner; } concat;
		struct onnx_resize_k resize;
		struct {
			struct onnx_gemm_cm cm;
			bool bias;          /* C is broadcast into Y first, then beta */
			struct onnx_bcast c;
		} gemm;
		struct matmul_dims matmul;
		uint64_t copy_elems;
	} u;
};

struct bases {
	uint64_t persistent, io, transient;
};

/* A segment captured as a CUDA Graph, for the bases it was captured with. */
struct seg_graph {
	uint32_t first, end;
	uint64_t persistent, io, transient;
	CUgraph graph;     /* owned */
	CUgraphExec exec;  /* owned */
};

struct onnx_exec {
	const struct onnx_graph *g;   /* borrowed */
	struct device *dev;           /* borrowed */
	uint32_t lane;
	const struct cu_api *api;     /* borrowed from the device */
	CUcontext ctx;                /* borrowed: the lane's */
	CUstream stream;              /* borrowed: the lane's */
	struct onnx_libs lib;         /* owned: cuDNN and cuBLAS, opened at create */
	cudnnHandle_t dnn;            /* borrowed: the lane's (onnx_lane_lib), which the
					 device releases after every executor */
	cublasHandle_t blas;          /* borrowed: the lane's; a run sets its workspace */
	struct step *step;            /* owned: g->n_node of them */
	uint64_t ws_dnn;              /* the largest Conv workspace, rounded to ONNX_ALIGN */
	uint64_t ws_blas;             /* 0 without Gemm/MatMul */
	struct cuda_err err;          /* the last CUDA call's record */
	char detail[512];
	struct seg_graph *graphs;     /* owned: captured segments (onnx_exec_run_graph) */
	uint32_t n_graphs;
	uint32_t conv_graph_n;        /* Conv steps on cuDNN's graph API */
	uint32_t conv_legacy_n;       /* ... and on its legacy API (the fallback) */
	char conv_fallback[512];      /* why the first Conv fell back ("" if none did) */
};

static const float one = 1.0f, zero = 0.0f;

/* ---- errors: "node NAME (#i, OP): what" ---- */

static aegis_status fail(struct onnx_exec *x, int64_t node, aegis_status st, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static aegis_status fail(struct onnx_exec *x, int64_t node, aegis_status st, const char *fmt, ...)
{
	char what[384];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(what, sizeof what, fmt, ap);
	va_end(ap);
	if (node >= 0 && (uint64_t)node < x->g->n_node) {
		const struct onnx_node *n = &x->g->node[node];
		if (n->name && n->name[0])
			snprintf(x->detail, sizeof x->detail, "node %s (#%lld, %s): %s", n->name,
				 (long long)node, onnx_op_name(n->op), what);
		else
			snprintf(x->detail, sizeof x->detail, "node #%lld (%s): %s",
				 (long long)node, onnx_op_name(n->op), what);
	} else {
		snprintf(x->detail, sizeof x->detail, "%s", what);
	}
	return st;
}

static aegis_status dnn_check(struct onnx_exec *x, int64_t node, cudnnStatus_t s,
			      const char *call, const char *file, int line)
{
	aegis_status st = onnx_dnn_status(s);
	if (st == AEGIS_OK)
		return AEGIS_OK;
	return fail(x, node, st, "%s failed: %s at %s:%d", call, x->lib.cudnnGetErrorString(s), file, line);
}

static aegis_status blas_check(struct onnx_exec *x, int64_t node, cublasStatus_t s,
			       const char *call, const char *file, int line)
{
	aegis_status st = onnx_blas_status(s);
	if (st == AEGIS_OK)
		return AEGIS_OK;
	return fail(x, node, st, "%s failed: %s at %s:%d", call, x->lib.cublasGetStatusString(s), file,
		    line);
}

/* A CUDA_CHECK'ed status, with its record copied to the detail under the node. */
static aegis_status cu_detail(struct onnx_exec *x, int64_t node, aegis_status st)
{
	if (st == AEGIS_OK || st == AEGIS_E_BUSY)
		return st;
	return fail(x, node, st, "%s", x->err.text);
}

#define DNN(x, node, call) dnn_check((x), (node), (call), #call, __FILE__, __LINE__)
#define BLAS(x, node, call) blas_check((x), (node), (call), #call, __FILE__, __LINE__)
#define CU(x, node, call) cu_detail((x), (node), CUDA_CHECK(&(x)->err, call))
/* A kernel launcher of onnx_kernels.h (its int is a cudaError_t). */
#define KERNEL(x, node, call) CU((x), (node), (cudaError_t)(call))

/* ---- context ---- */

static aegis_status push(struct onnx_exec *x)
{
	return CU(x, -1, x->api->cuCtxPushCurrent(x->ctx));
}

static void pop(struct onnx_exec *x)
{
	CUcontext popped;
	(void)CU(x, -1, x->api->cuCtxPopCurrent(&popped));
}

/* ---- preparation ---- */

static const struct onnx_tensor *tin(const struct onnx_exec *x, const struct onnx_node *n,
				     uint32_t k)
{
	return k < n->n_in && n->in[k] >= 0 ? &x->g->t[n->in[k]] : NULL;
}

static bool fits_int(int64_t v)
{
	return v >= 0 && v <= INT32_MAX;
}

/* ---- Conv on cuDNN's legacy API (the fallback) ---- */

static aegis_status dnn_tensor4(struct onnx_exec *x, int64_t node, cudnnTensorDescriptor_t *d,
				const int64_t dims[4])
{
	aegis_status st;
	for (int i = 0; i < 4; i++)
		if (!fits_int(dims[i]))
			return fail(x, node, AEGIS_E_UNSUPPORTED, "dimension %lld beyond cuDNN's int",
				    (long long)dims[i]);
	if ((st = DNN(x, node, x->lib.cudnnCreateTensorDescriptor(d))))
		return st;
	return DNN(x, node, x->lib.cudnnSetTensor4dDescriptor(*d, CUDNN_TENSOR_NCHW, CUDNN_DATA_FLOAT,
						       (int)dims[0], (int)dims[1], (int)dims[2],
						       (int)dims[3]));
}

static void conv_legacy_release(struct onnx_exec *x, struct conv_legacy *c)
{
	if (c->conv)
		(void)x->lib.cudnnDestroyConvolutionDescriptor(c->conv);
	if (c->w)
		(void)x->lib.cudnnDestroyFilterDescriptor(c->w);
	if (c->y)
		(void)x->lib.cudnnDestroyTensorDescriptor(c->y);
	if (c->x)
		(void)x->lib.cudnnDestroyTensorDescriptor(c->x);
	memset(c, 0, sizeof *c);
}

/* The first algorithm of cuDNN's ranked heuristic list that runs in FMA math (no
 * TF32) within the workspace limit. */
static aegis_status conv_pick_algo(struct onnx_exec *x, int64_t node, struct conv_legacy *c,
				   uint64_t limit, uint64_t *ws_bytes)
{
	cudnnConvolutionFwdAlgoPerf_t perf[CUDNN_CONVOLUTION_FWD_ALGO_COUNT];
	int found = 0;
	aegis_status st = DNN(x, node, x->lib.cudnnGetConvolutionForwardAlgorithm_v7(
					   x->dnn, c->x, c->w, c->conv, c->y,
					   CUDNN_CONVOLUTION_FWD_ALGO_COUNT, &found, perf));
	if (st)
		return st;
	for (int i = 0; i < found; i++) {
		if (perf[i].status != CUDNN_STATUS_SUCCESS ||
		    perf[i].mathType == CUDNN_TENSOR_OP_MATH ||
		    perf[i].mathType == CUDNN_TENSOR_OP_MATH_ALLOW_CONVERSION)
			continue;
		size_t ws = 0;
		if (x->lib.cudnnGetConvolutionForwardWorkspaceSize(x->dnn, c->x, c->w, c->conv, c->y,
							    perf[i].algo, &ws) != CUDNN_STATUS_SUCCESS)
			continue;
		if (ws <= limit) {
			c->algo = perf[i].algo;
			*ws_bytes = ws;
			return AEGIS_OK;
		}
	}
	return fail(x, node, AEGIS_E_UNSUPPORTED,
		    "no cuDNN FP32 algorithm within the workspace limit of %llu bytes (%d ranked)",
		    (unsigned long long)limit, found);
}

/* Conv node `node` (symmetric pads) on the legacy API: descriptors, then an algorithm. */
static aegis_status conv_legacy_prep(struct onnx_exec *x, int64_t node, struct conv_legacy *c,
				     const struct onnx_conv *a, const struct onnx_shape *X,
				     const struct onnx_shape *W, const struct onnx_shape *Y,
				     uint64_t limit, uint64_t *ws_bytes)
{
	aegis_status st;
	if ((st = dnn_tensor4(x, node, &c->x, X->d)) || (st = dnn_tensor4(x, node, &c->y, Y->d)))
		return st;
	for (int k = 0; k < 2; k++)
		if (!fits_int(a->pad[k]) || !fits_int(a->stride[k]) || !fits_int(a->dilation[k]))
			return fail(x, node, AEGIS_E_UNSUPPORTED, "attribute beyond cuDNN's int");
	for (int k = 0; k < 4; k++)
		if (!fits_int(W->d[k]))
			return fail(x, node, AEGIS_E_UNSUPPORTED, "dimension %lld beyond cuDNN's int",
				    (long long)W->d[k]);
	if ((st = DNN(x, node, x->lib.cudnnCreateFilterDescriptor(&c->w))) ||
	    (st = DNN(x, node, x->lib.cudnnSetFilter4dDescriptor(c->w, CUDNN_DATA_FLOAT, CUDNN_TENSOR_NCHW,
							  (int)W->d[0], (int)W->d[1],
							  (int)W->d[2], (int)W->d[3]))) ||
	    (st = DNN(x, node, x->lib.cudnnCreateConvolutionDescriptor(&c->conv))) ||
	    (st = DNN(x, node, x->lib.cudnnSetConvolution2dDescriptor(c->conv, (int)a->pad[0], (int)a->pad[1],
							       (int)a->stride[0], (int)a->stride[1],
							       (int)a->dilation[0], (int)a->dilation[1],
							       CUDNN_CROSS_CORRELATION,
							       CUDNN_DATA_FLOAT))) ||
	    (st = DNN(x, node, x->lib.cudnnSetConvolutionGroupCount(c->conv, (int)a->group))) ||
	    /* FMA math: CUDNN_DEFAULT_MATH lets Ampere and later use TF32 tensor cores */
	    (st = DNN(x, node, x->lib.cudnnSetConvolutionMathType(c->conv, CUDNN_FMA_MATH))))
		return st;
	int dims[4];
	if ((st = DNN(x, node, x->lib.cudnnGetConvolution2dForwardOutputDim(c->conv, c->x, c->w, &dims[0],
								     &dims[1], &dims[2], &dims[3]))))
		return st;
	for (int d = 0; d < 4; d++)
		if (dims[d] != Y->d[d])
			return fail(x, node, AEGIS_E_CONFIG,
				    "cuDNN's output %dx%dx%dx%d differs from the graph's", dims[0],
				    dims[1], dims[2], dims[3]);
	return conv_pick_algo(x, node, c, limit, ws_bytes);
}

/* ---- Conv on cuDNN's graph (backend) API ----
 *
 * At preparation, per Conv: tensor descriptors X, W, Y (FP32, packed NCHW; W as
 * [M, C/group, kH, kW] against X's C, which is how this API expresses groups), a
 * convolution descriptor (cross-correlation, FP32 compute), the forward operation
 * (alpha 1, beta 0) and its operation graph on the executor's handle. Heuristics
 * (mode A, then FALLBACK) rank engine configs; the first that computes as the legacy
 * path's FMA math does (conv_cfg_exact) and finalizes into an execution plan within
 * the workspace limit is kept, with its plan: the choice is made once, with no timing.
 * A run is then one cudnnBackendExecute on a variant pack (the device pointers) built
 * once per set of addresses. Why: on cuDNN 9 (H200) the legacy cudnnConvolutionForward
 * cost the host 42-160 us per call; executing a finalized plan skips that per-call work.
 * Reference: the cuDNN API's cudnn_graph library, "Backend Descriptor Types" and
 * cudnnBackendExecute() (docs.nvidia.com/deeplearning/cudnn/latest/api/
 * cudnn-graph-library.html); the attribute sequences are those of NVIDIA's
 * cudnn-frontend (include/cudnn_frontend_{Tensor,ConvDesc,Operation,OperationGraph,
 * Heuristics,Filters,ExecutionPlan,VariantPack}.h).
 */

enum { CONV_UID_X = 1, CONV_UID_W, CONV_UID_Y };
/* Declared pointer alignment: every tensor sits at an ONNX_ALIGN (256 B) offset of a
 * region the runtime aligns as much; checked again when a variant pack is built. */
#define CONV_ALIGN 16
#define CONV_MAX_CFGS 64  /* heuristic results looked at per mode, best first */
#define CONV_MAX_NOTES 32 /* above cudnn_graph.h's note counts, for a newer cuDNN */

/* cudnnBackendSetAttribute / GetAttribute, checked: a failure names the attribute. */
#define BSET(x, node, d, name, type, n, v)                                                  \
	dnn_check((x), (node), (x)->lib.cudnnBackendSetAttribute((d), (name), (type), (n), (v)), \
		  "cudnnBackendSetAttribute(" #name ")", __FILE__, __LINE__)
#define BGET(x, node, d, name, type, n, got, v)                                           \
	dnn_check((x), (node),                                                              \
		  (x)->lib.cudnnBackendGetAttribute((d), (name), (type), (n), (got), (v)),    \
		  "cudnnBackendGetAttribute(" #name ")", __FILE__, __LINE__)

/* A new descriptor of type t in *d; NULL there on failure (nothing to release). */
static aegis_status bk_create(struct onnx_exec *x, int64_t node, cudnnBackendDescriptorType_t t,
			      cudnnBackendDescriptor_t *d)
{
	*d = NULL;
	aegis_status st = DNN(x, node, x->lib.cudnnBackendCreateDescriptor(t, d));
	if (st)
		*d = NULL;
	return st;
}

static void bk_destroy(struct onnx_exec *x, cudnnBackendDescriptor_t *d)
{
	if (*d)
		(void)x->lib.cudnnBackendDestroyDescriptor(*d);
	*d = NULL;
}

/* A finalized FP32 tensor of dimensions dims (packed NCHW), unique id uid. */
static aegis_status bk_tensor(struct onnx_exec *x, int64_t node, cudnnBackendDescriptor_t *d,
			      int64_t uid, const int64_t dims[4])
{
	const int64_t strides[4] = {dims[1] * dims[2] * dims[3], dims[2] * dims[3], dims[3], 1};
	const cudnnDataType_t type = CUDNN_DATA_FLOAT;
	const int64_t align = CONV_ALIGN;
	aegis_status st;
	if ((st = bk_create(x, node, CUDNN_BACKEND_TENSOR_DESCRIPTOR, d)) ||
	    (st = BSET(x, node, *d, CUDNN_ATTR_TENSOR_DATA_TYPE, CUDNN_TYPE_DATA_TYPE, 1, &type)) ||
	    (st = BSET(x, node, *d, CUDNN_ATTR_TENSOR_DIMENSIONS, CUDNN_TYPE_INT64, 4, dims)) ||
	    (st = BSET(x, node, *d, CUDNN_ATTR_TENSOR_STRIDES, CUDNN_TYPE_INT64, 4, strides)) ||
	    (st = BSET(x, node, *d, CUDNN_ATTR_TENSOR_UNIQUE_ID, CUDNN_TYPE_INT64, 1, &uid)) ||
	    (st = BSET(x, node, *d, CUDNN_ATTR_TENSOR_BYTE_ALIGNMENT, CUDNN_TYPE_INT64, 1, &align)))
		return st;
	return DNN(x, node, x->lib.cudnnBackendFinalize(*d));
}

/* A finalized 2-D cross-correlation computed in FP32 (the pads are symmetric here). */
static aegis_status bk_conv(struct onnx_exec *x, int64_t node, cudnnBackendDescriptor_t *d,
			    const struct onnx_conv *a)
{
	const cudnnDataType_t comp = CUDNN_DATA_FLOAT;
	const cudnnConvolutionMode_t mode = CUDNN_CROSS_CORRELATION;
	const int64_t dims = 2, pre[2] = {a->pad[0], a->pad[1]}, post[2] = {a->pad[2], a->pad[3]};
	aegis_status st;
	if ((st = bk_create(x, node, CUDNN_BACKEND_CONVOLUTION_DESCRIPTOR, d)) ||
	    (st = BSET(x, node, *d, CUDNN_ATTR_CONVOLUTION_COMP_TYPE,
		       CUDNN_TYPE_DATA_TYPE, 1, &comp)) ||
	    (st = BSET(x, node, *d, CUDNN_ATTR_CONVOLUTION_CONV_MODE,
		       CUDNN_TYPE_CONVOLUTION_MODE, 1, &mode)) ||
	    (st = BSET(x, node, *d, CUDNN_ATTR_CONVOLUTION_SPATIAL_DIMS,
		       CUDNN_TYPE_INT64, 1, &dims)) ||
	    (st = BSET(x, node, *d, CUDNN_ATTR_CONVOLUTION_PRE_PADDINGS,
		       CUDNN_TYPE_INT64, 2, pre)) ||
	    (st = BSET(x, node, *d, CUDNN_ATTR_CONVOLUTION_POST_PADDINGS,
		       CUDNN_TYPE_INT64, 2, post)) ||
	    (st = BSET(x, node, *d, CUDNN_ATTR_CONVOLUTION_DILATIONS,
		       CUDNN_TYPE_INT64, 2, a->dilation)) ||
	    (st = BSET(x, node, *d, CUDNN_ATTR_CONVOLUTION_FILTER_STRIDES,
		       CUDNN_TYPE_INT64, 2, a->stride)))
		return st;
	return DNN(x, node, x->lib.cudnnBackendFinalize(*d));
}

/* Y = 1 * conv(X, W) + 0 * Y, finalized, and the operation graph of it alone. */
static aegis_status bk_conv_graph(struct onnx_exec *x, int64_t node, struct conv_graph *g)
{
	const float alpha = 1.0f, beta = 0.0f;
	aegis_status st;
	if ((st = bk_create(x, node, CUDNN_BACKEND_OPERATION_CONVOLUTION_FORWARD_DESCRIPTOR,
			    &g->op)) ||
	    (st = BSET(x, node, g->op, CUDNN_ATTR_OPERATION_CONVOLUTION_FORWARD_X,
		       CUDNN_TYPE_BACKEND_DESCRIPTOR, 1, &g->x)) ||
	    (st = BSET(x, node, g->op, CUDNN_ATTR_OPERATION_CONVOLUTION_FORWARD_W,
		       CUDNN_TYPE_BACKEND_DESCRIPTOR, 1, &g->w)) ||
	    (st = BSET(x, node, g->op, CUDNN_ATTR_OPERATION_CONVOLUTION_FORWARD_Y,
		       CUDNN_TYPE_BACKEND_DESCRIPTOR, 1, &g->y)) ||
	    (st = BSET(x, node, g->op, CUDNN_ATTR_OPERATION_CONVOLUTION_FORWARD_CONV_DESC,
		       CUDNN_TYPE_BACKEND_DESCRIPTOR, 1, &g->conv)) ||
	    (st = BSET(x, node, g->op, CUDNN_ATTR_OPERATION_CONVOLUTION_FORWARD_ALPHA,
		       CUDNN_TYPE_FLOAT, 1, &alpha)) ||
	    (st = BSET(x, node, g->op, CUDNN_ATTR_OPERATION_CONVOLUTION_FORWARD_BETA,
		       CUDNN_TYPE_FLOAT, 1, &beta)) ||
	    (st = DNN(x, node, x->lib.cudnnBackendFinalize(g->op))))
		return st;
	if ((st = bk_create(x, node, CUDNN_BACKEND_OPERATIONGRAPH_DESCRIPTOR, &g->graph)) ||
	    (st = BSET(x, node, g->graph, CUDNN_ATTR_OPERATIONGRAPH_OPS,
		       CUDNN_TYPE_BACKEND_DESCRIPTOR, 1, &g->op)) ||
	    (st = BSET(x, node, g->graph, CUDNN_ATTR_OPERATIONGRAPH_HANDLE, CUDNN_TYPE_HANDLE, 1,
		       &x->dnn)))
		return st;
	return DNN(x, node, x->lib.cudnnBackendFinalize(g->graph));
}

/* Notes of an engine that computes as cudnnConvolutionForward in CUDNN_FMA_MATH does:
 * no tensor cores (TF32 on FP32 data), no inputs converted down, no reduced-precision
 * reduction, deterministic; and no runtime compilation (NVRTC at admission, for a
 * kernel the legacy API would not run). n > CONV_MAX_NOTES: notes unseen, refused. */
static bool conv_notes_exact(const cudnnBackendNumericalNote_t *num, int64_t n_num,
			     const cudnnBackendBehaviorNote_t *beh, int64_t n_beh)
{
	if (n_num > CONV_MAX_NOTES || n_beh > CONV_MAX_NOTES)
		return false;
	for (int64_t k = 0; k < n_num; k++)
		if (num[k] == CUDNN_NUMERICAL_NOTE_TENSOR_CORE ||
		    num[k] == CUDNN_NUMERICAL_NOTE_DOWN_CONVERT_INPUTS ||
		    num[k] == CUDNN_NUMERICAL_NOTE_REDUCED_PRECISION_REDUCTION ||
		    num[k] == CUDNN_NUMERICAL_NOTE_NONDETERMINISTIC)
			return false;
	for (int64_t k = 0; k < n_beh; k++)
		if (beh[k] == CUDNN_BEHAVIOR_NOTE_RUNTIME_COMPILATION)
			return false;
	return true;
}

/* Whether engine config cfg qualifies (conv_notes_exact), from its engine's notes. */
static aegis_status conv_cfg_exact(struct onnx_exec *x, int64_t node, cudnnBackendDescriptor_t cfg,
				   bool *exact)
{
	cudnnBackendNumericalNote_t num[CONV_MAX_NOTES];
	cudnnBackendBehaviorNote_t beh[CONV_MAX_NOTES];
	int64_t n_eng = 0, n_num = 0, n_beh = 0;
	cudnnBackendDescriptor_t eng;
	*exact = false;
	aegis_status st = bk_create(x, node, CUDNN_BACKEND_ENGINE_DESCRIPTOR, &eng);
	if (st)
		return st;
	/* a descriptor-valued attribute is copied into a descriptor the caller made */
	if ((st = BGET(x, node, cfg, CUDNN_ATTR_ENGINECFG_ENGINE, CUDNN_TYPE_BACKEND_DESCRIPTOR, 1,
		       &n_eng, &eng)) == AEGIS_OK &&
	    (st = BGET(x, node, eng, CUDNN_ATTR_ENGINE_NUMERICAL_NOTE, CUDNN_TYPE_NUMERICAL_NOTE,
		       CONV_MAX_NOTES, &n_num, num)) == AEGIS_OK &&
	    (st = BGET(x, node, eng, CUDNN_ATTR_ENGINE_BEHAVIOR_NOTE, CUDNN_TYPE_BEHAVIOR_NOTE,
		       CONV_MAX_NOTES, &n_beh, beh)) == AEGIS_OK)
		*exact = conv_notes_exact(num, n_num, beh, n_beh);
	bk_destroy(x, &eng);
	return st;
}

/* The execution plan of cfg in *plan when it finalizes and needs at most limit bytes
 * of workspace (*ws); otherwise *plan stays NULL (AEGIS_OK when only the size is over). */
static aegis_status conv_plan(struct onnx_exec *x, int64_t node, cudnnBackendDescriptor_t cfg,
			      uint64_t limit, cudnnBackendDescriptor_t *plan, int64_t *ws)
{
	cudnnBackendDescriptor_t p;
	int64_t n = 0;
	*ws = -1;
	aegis_status st = bk_create(x, node, CUDNN_BACKEND_EXECUTION_PLAN_DESCRIPTOR, &p);
	if (st)
		return st;
	if ((st = BSET(x, node, p, CUDNN_ATTR_EXECUTION_PLAN_HANDLE, CUDNN_TYPE_HANDLE, 1,
		       &x->dnn)) ||
	    (st = BSET(x, node, p, CUDNN_ATTR_EXECUTION_PLAN_ENGINE_CONFIG,
		       CUDNN_TYPE_BACKEND_DESCRIPTOR, 1, &cfg)) ||
	    (st = DNN(x, node, x->lib.cudnnBackendFinalize(p))) ||
	    (st = BGET(x, node, p, CUDNN_ATTR_EXECUTION_PLAN_WORKSPACE_SIZE,
		       CUDNN_TYPE_INT64, 1, &n, ws)) ||
	    *ws < 0 || (uint64_t)*ws > limit) {
		bk_destroy(x, &p);
		return st;
	}
	*plan = p;
	return AEGIS_OK;
}

/* Walks heuristic mode `mode`'s engine configs, best first, until one qualifies and
 * plans (g->cfg, g->plan, *ws set); *tried counts the configs looked at. AEGIS_OK
 * with g->plan NULL: none did. */
static aegis_status conv_heur(struct onnx_exec *x, int64_t node, struct conv_graph *g,
			      cudnnBackendHeurMode_t mode, uint64_t limit, int64_t *ws,
			      uint32_t *tried)
{
	cudnnBackendDescriptor_t heur, cfg[CONV_MAX_CFGS] = {NULL};
	int64_t n = 0, got = 0;
	aegis_status st = bk_create(x, node, CUDNN_BACKEND_ENGINEHEUR_DESCRIPTOR, &heur);
	if (st)
		return st;
	if ((st = BSET(x, node, heur, CUDNN_ATTR_ENGINEHEUR_OPERATION_GRAPH,
		       CUDNN_TYPE_BACKEND_DESCRIPTOR, 1, &g->graph)) ||
	    (st = BSET(x, node, heur, CUDNN_ATTR_ENGINEHEUR_MODE,
		       CUDNN_TYPE_HEUR_MODE, 1, &mode)) ||
	    (st = DNN(x, node, x->lib.cudnnBackendFinalize(heur))) ||
	    /* the count first: no array */
	    (st = BGET(x, node, heur, CUDNN_ATTR_ENGINEHEUR_RESULTS, CUDNN_TYPE_BACKEND_DESCRIPTOR,
		       0, &n, NULL)))
		goto out;
	n = n < 0 ? 0 : n < CONV_MAX_CFGS ? n : CONV_MAX_CFGS;
	for (int64_t k = 0; k < n; k++)
		if ((st = bk_create(x, node, CUDNN_BACKEND_ENGINECFG_DESCRIPTOR, &cfg[k])))
			goto out;
	if (n && (st = BGET(x, node, heur, CUDNN_ATTR_ENGINEHEUR_RESULTS,
			    CUDNN_TYPE_BACKEND_DESCRIPTOR, n, &got, cfg)))
		goto out;
	for (int64_t k = 0; k < n && k < got && !g->plan; k++) {
		bool exact = false;
		(*tried)++;
		st = conv_cfg_exact(x, node, cfg[k], &exact);
		if (st == AEGIS_OK && exact)
			st = conv_plan(x, node, cfg[k], limit, &g->plan, ws);
		if (st == AEGIS_E_NOMEM)
			goto out;
		if (g->plan) { /* kept: the plan was made from it */
			g->cfg = cfg[k];
			cfg[k] = NULL;
		}
	}
	st = AEGIS_OK; /* a config that failed its query or plan is only passed over */
	if (g->plan)
		x->detail[0] = '\0'; /* ... and its failure is no failure of the Conv */
out:
	for (int k = 0; k < CONV_MAX_CFGS; k++)
		bk_destroy(x, &cfg[k]);
	bk_destroy(x, &heur);
	return st;
}

static void conv_graph_release(struct onnx_exec *x, struct conv_graph *g)
{
	/* each before the descriptors it was made from */
	bk_destroy(x, &g->pack);
	bk_destroy(x, &g->plan);
	bk_destroy(x, &g->cfg);
	bk_destroy(x, &g->graph);
	bk_destroy(x, &g->op);
	bk_destroy(x, &g->conv);
	bk_destroy(x, &g->y);
	bk_destroy(x, &g->w);
	bk_destroy(x, &g->x);
	memset(g, 0, sizeof *g);
}

/* Conv node `node` (symmetric pads) on the graph API: the plan of the first engine
 * config that qualifies, from mode A's heuristics, else from FALLBACK's. Returns
 * AEGIS_E_UNSUPPORTED when none does (or the status of the step the API refused). */
static aegis_status conv_graph_prep(struct onnx_exec *x, int64_t node, struct conv_graph *g,
				    const struct onnx_conv *a, const struct onnx_shape *X,
				    const struct onnx_shape *W, const struct onnx_shape *Y,
				    uint64_t limit, uint64_t *ws_bytes)
{
	static const cudnnBackendHeurMode_t modes[] = {CUDNN_HEUR_MODE_A, CUDNN_HEUR_MODE_FALLBACK};
	aegis_status st;
	if ((st = bk_tensor(x, node, &g->x, CONV_UID_X, X->d)) ||
	    (st = bk_tensor(x, node, &g->w, CONV_UID_W, W->d)) ||
	    (st = bk_tensor(x, node, &g->y, CONV_UID_Y, Y->d)) ||
	    (st = bk_conv(x, node, &g->conv, a)) || (st = bk_conv_graph(x, node, g)))
		return st;
	uint32_t tried = 0;
	int64_t ws = 0;
	for (size_t m = 0; m < sizeof modes / sizeof modes[0] && !g->plan; m++)
		if ((st = conv_heur(x, node, g, modes[m], limit, &ws, &tried)) == AEGIS_E_NOMEM)
			return st;
	if (g->plan) {
		*ws_bytes = (uint64_t)ws;
		return AEGIS_OK;
	}
	if (st && !tried) /* the heuristics themselves failed: their error says why */
		return st;
	return fail(x, node, AEGIS_E_UNSUPPORTED,
		    "no cuDNN engine in FP32 FMA math (no TF32), deterministic, precompiled and "
		    "within %llu bytes of workspace (%u configs looked at)",
		    (unsigned long long)limit, tried);
}

/* The variant pack for addresses p: the cached one, or a new one when they moved. Host
 * work only: it neither allocates device memory nor waits. */
static aegis_status conv_graph_pack(struct onnx_exec *x, int64_t node, struct conv_graph *g,
				    const struct conv_ptrs *p, bool has_ws)
{
	if (g->pack && g->at.x == p->x && g->at.w == p->w && g->at.y == p->y && g->at.ws == p->ws)
		return AEGIS_OK;
	bk_destroy(x, &g->pack);
	if ((p->x | p->w | p->y) % CONV_ALIGN)
		return fail(x, node, AEGIS_E_INVAL, "a tensor address is not %d-byte aligned",
			    CONV_ALIGN);
	void *ptrs[3] = {(void *)(uintptr_t)p->x, (void *)(uintptr_t)p->w, (void *)(uintptr_t)p->y};
	const int64_t uids[3] = {CONV_UID_X, CONV_UID_W, CONV_UID_Y};
	void *ws = has_ws ? (void *)(uintptr_t)p->ws : NULL;
	cudnnBackendDescriptor_t pack;
	aegis_status st = bk_create(x, node, CUDNN_BACKEND_VARIANT_PACK_DESCRIPTOR, &pack);
	if (st)
		return st;
	if ((st = BSET(x, node, pack, CUDNN_ATTR_VARIANT_PACK_DATA_POINTERS, CUDNN_TYPE_VOID_PTR, 3,
		       ptrs)) ||
	    (st = BSET(x, node, pack, CUDNN_ATTR_VARIANT_PACK_UNIQUE_IDS, CUDNN_TYPE_INT64, 3,
		       uids)) ||
	    (st = BSET(x, node, pack, CUDNN_ATTR_VARIANT_PACK_WORKSPACE, CUDNN_TYPE_VOID_PTR, 1,
		       &ws)) ||
	    (st = DNN(x, node, x->lib.cudnnBackendFinalize(pack)))) {
		bk_destroy(x, &pack);
		return st;
	}
	g->pack = pack;
	g->at = *p;
	return AEGIS_OK;
}

/* ---- Conv ---- */

static void conv_dnn_release(struct onnx_exec *x, struct conv_dnn *c)
{
	conv_graph_release(x, &c->g);
	conv_legacy_release(x, &c->l);
	memset(c, 0, sizeof *c);
}

/* Keeps why the first Conv fell back to the legacy API (the detail fail() left) and
 * clears the detail: a fallback is not a failure. */
static void conv_note_fallback(struct onnx_exec *x)
{
	if (!x->conv_fallback[0])
		snprintf(x->conv_fallback, sizeof x->conv_fallback, "%s", x->detail);
	x->detail[0] = '\0';
}

/* A Conv with symmetric pads: cuDNN's graph API, or its legacy API where no graph API
 * engine qualifies; the bias (if any) broadcast over N, H, W by onnx_k_bias_nchw. */
static aegis_status prep_conv_dnn(struct onnx_exec *x, uint32_t i, struct step *s,
				  uint64_t limit)
{
	const struct onnx_node *n = &x->g->node[i];
	const struct onnx_tensor *X = tin(x, n, 0), *W = tin(x, n, 1), *B = tin(x, n, 2);
	const struct onnx_tensor *Y = &x->g->t[n->out];
	s->kind = STEP_CONV_DNN; /* set first: steps_release releases what was made */
	struct conv_dnn *c = &s->u.dnn;
	if (B && B->elems != (uint64_t)W->shape.d[0])
		return fail(x, i, AEGIS_E_CONFIG, "bias of %llu elements for %lld channels",
			    (unsigned long long)B->elems, (long long)W->shape.d[0]);
	c->bias = B != NULL;
	c->c = (uint64_t)Y->shape.d[1];
	c->planes = (uint64_t)Y->shape.d[0] * c->c;
	c->hw = (uint64_t)Y->shape.d[2] * (uint64_t)Y->shape.d[3];
	aegis_status st = conv_graph_prep(x, i, &c->g, &n->a.conv, &X->shape, &W->shape, &Y->shape,
					  limit, &c->ws_bytes);
	if (st == AEGIS_OK) {
		c->graph = true;
		x->conv_graph_n++;
		return AEGIS_OK;
	}
	if (st == AEGIS_E_NOMEM)
		return st;
	conv_note_fallback(x);
	conv_graph_release(x, &c->g);
	if ((st = conv_legacy_prep(x, i, &c->l, &n->a.conv, &X->shape, &W->shape, &Y->shape, limit,
				   &c->ws_bytes)))
		return st;
	x->conv_legacy_n++;
	return AEGIS_OK;
}

static aegis_status prep_conv(struct onnx_exec *x, uint32_t i, struct step *s, uint64_t limit)
{
	const struct onnx_node *n = &x->g->node[i];
	const struct onnx_conv *a = &n->a.conv;
	const struct onnx_tensor *X = tin(x, n, 0), *W = tin(x, n, 1), *B = tin(x, n, 2);
	const struct onnx_tensor *Y = &x->g->t[n->out];
	if (!X || !W || X->shape.rank != 4 || W->shape.rank != 4 || Y->shape.rank != 4)
		return fail(x, i, AEGIS_E_UNSUPPORTED, "only 2-D convolutions (rank-4 X, W, Y)");
	if (a->group < 1 || X->shape.d[1] % a->group || W->shape.d[0] % a->group ||
	    W->shape.d[1] * a->group != X->shape.d[1] || Y->shape.d[1] != W->shape.d[0])
		return fail(x, i, AEGIS_E_CONFIG, "channels disagree with group %lld",
			    (long long)a->group);
	for (int d = 0; d < 2; d++) {
		int64_t o = onnx_pool_out_len(X->shape.d[2 + d], a->kernel[d], a->stride[d],
					      a->dilation[d], a->pad[d], a->pad[2 + d], false);
		if (o != Y->shape.d[2 + d])
			return fail(x, i, AEGIS_E_CONFIG, "output %s %lld, the attributes give %lld",
				    d ? "width" : "height", (long long)Y->shape.d[2 + d],
				    (long long)o);
	}
	if (a->pad[0] != a->pad[2] || a->pad[1] != a->pad[3]) {
		/* cuDNN pads both ends alike: asymmetric pads run the direct kernel */
		s->kind = STEP_CONV_DIRECT;
		struct onnx_conv2d *p = &s->u.direct;
		p->n = X->shape.d[0];
		p->c = X->shape.d[1];
		p->h = X->shape.d[2];
		p->w = X->shape.d[3];
		p->m = W->shape.d[0];
		p->oh = Y->shape.d[2];
		p->ow = Y->shape.d[3];
		p->group = a->group;
		for (int d = 0; d < 2; d++) {
			p->k[d] = a->kernel[d];
			p->s[d] = a->stride[d];
			p->d[d] = a->dilation[d];
			p->pb[d] = a->pad[d];
		}
		p->has_bias = B != NULL;
		return AEGIS_OK;
	}
	return prep_conv_dnn(x, i, s, limit);
}

static aegis_status prep_pool(struct onnx_exec *x, uint32_t i, struct step *s)
{
	const struct onnx_node *n = &x->g->node[i];
	const struct onnx_pool *a = &n->a.pool;
	const struct onnx_tensor *X = tin(x, n, 0), *Y = &x->g->t[n->out];
	if (!X || X->shape.rank != 4 || Y->shape.rank != 4)
		return fail(x, i, AEGIS_E_UNSUPPORTED, "only 2-D pooling (rank-4 X)");
	struct onnx_pool2d *p = &s->u.pool;
	s->kind = STEP_POOL;
	p->nc = X->shape.d[0] * X->shape.d[1];
	p->h = X->shape.d[2];
	p->w = X->shape.d[3];
	p->oh = Y->shape.d[2];
	p->ow = Y->shape.d[3];
	p->avg = n->op == ONNX_OP_AVGPOOL;
	p->count_include_pad = a->count_include_pad;
	for (int d = 0; d < 2; d++) {
		p->k[d] = a->kernel[d];
		p->s[d] = a->stride[d];
		p->d[d] = a->dilation[d] > 0 ? a->dilation[d] : 1;
		p->pb[d] = a->pad[d];
		p->pe[d] = a->pad[2 + d];
		int64_t o = onnx_pool_out_len(X->shape.d[2 + d], p->k[d], p->s[d], p->d[d], p->pb[d],
					      p->pe[d], a->ceil_mode);
		if (o != Y->shape.d[2 + d] || Y->shape.d[0] != X->shape.d[0] ||
		    Y->shape.d[1] != X->shape.d[1])
			return fail(x, i, AEGIS_E_CONFIG, "output %s %lld, the attributes give %lld",
				    d ? "width" : "height", (long long)Y->shape.d[2 + d],
				    (long long)o);
	}
	return AEGIS_OK;
}

static aegis_status prep_resize(struct onnx_exec *x, uint32_t i, struct step *s)
{
	const struct onnx_node *n = &x->g->node[i];
	const struct onnx_resize *a = &n->a.resize;
	const struct onnx_tensor *X = tin(x, n, 0), *Y = &x->g->t[n->out];
	if (!X || X->shape.rank != Y->shape.rank || X->shape.rank < 1)
		return fail(x, i, AEGIS_E_CONFIG, "X and Y of different ranks");
	struct onnx_resize_k *p = &s->u.resize;
	s->kind = STEP_RESIZE;
	p->rank = (int32_t)X->shape.rank;
	p->linear = a->linear;
	p->coord = (int32_t)a->coord;
	p->nearest = (int32_t)a->nearest;
	p->n = Y->elems;
	for (uint32_t d = 0; d < X->shape.rank; d++) {
		p->in[d] = X->shape.d[d];
		p->out[d] = Y->shape.d[d];
		p->scale[d] = a->scale[d];
		if (!(a->scale[d] > 0.0f))
			return fail(x, i, AEGIS_E_CONFIG, "scale %g on dimension %u",
				    (double)a->scale[d], d);
	}
	if (a->linear) {
		if (p->rank < 2)
			return fail(x, i, AEGIS_E_UNSUPPORTED, "linear Resize of a rank-1 tensor");
		for (int d = 0; d + 2 < p->rank; d++)
			if (p->in[d] != p->out[d])
				return fail(x, i, AEGIS_E_UNSUPPORTED,
					    "linear Resize of dimension %d (only the last two)", d);
	}
	return AEGIS_OK;
}

static aegis_status prep_gemm(struct onnx_exec *x, uint32_t i, struct step *s)
{
	const struct onnx_node *n = &x->g->node[i];
	const struct onnx_tensor *A = tin(x, n, 0), *B = tin(x, n, 1), *C = tin(x, n, 2);
	const struct onnx_tensor *Y = &x->g->t[n->out];
	s->kind = STEP_GEMM;
	if (!A || !B || !onnx_gemm_dims(&A->shape, &B->shape, n->a.gemm.trans_a, n->a.gemm.trans_b,
					&s->u.gemm.cm))
		return fail(x, i, AEGIS_E_CONFIG, "A and B do not multiply");
	const struct onnx_gemm_cm *g = &s->u.gemm.cm;
	if (Y->shape.rank != 2 || Y->shape.d[0] != g->m || Y->shape.d[1] != g->n)
		return fail(x, i, AEGIS_E_CONFIG, "Y is not [%lld, %lld]", (long long)g->m,
			    (long long)g->n);
	if (!fits_int(g->m) || !fits_int(g->n) || !fits_int(g->k) || !fits_int(g->lda) ||
	    !fits_int(g->ldb))
		return fail(x, i, AEGIS_E_UNSUPPORTED, "dimension beyond cuBLAS's int");
	s->u.gemm.bias = C && n->a.gemm.beta != 0.0f;
	if (s->u.gemm.bias && !onnx_bcast_init(&s->u.gemm.c, &Y->shape, &C->shape, NULL))
		return fail(x, i, AEGIS_E_CONFIG, "C does not broadcast to Y");
	return AEGIS_OK;
}

static aegis_status prep_matmul(struct onnx_exec *x, uint32_t i, struct step *s)
{
	const struct onnx_node *n = &x->g->node[i];
	const struct onnx_tensor *A = tin(x, n, 0), *B = tin(x, n, 1), *Y = &x->g->t[n->out];
	s->kind = STEP_MATMUL;
	struct matmul_dims *m = &s->u.matmul;
	if (!A || !B || !onnx_matmul_dims(&A->shape, &B->shape, &m->batch, &m->m, &m->k, &m->n,
					  &m->stride_a, &m->stride_b))
		return fail(x, i, AEGIS_E_UNSUPPORTED,
			    "MatMul shapes other than [..., M, K] x [K, N] or equal batches");
	if (m->batch * (uint64_t)m->m * (uint64_t)m->n != Y->elems)
		return fail(x, i, AEGIS_E_CONFIG, "Y has %llu elements, not %llu x %lld x %lld",
			    (unsigned long long)Y->elems, (unsigned long long)m->batch,
			    (long long)m->m, (long long)m->n);
	if (!fits_int(m->m) || !fits_int(m->n) || !fits_int(m->k) || m->batch > INT32_MAX)
		return fail(x, i, AEGIS_E_UNSUPPORTED, "dimension beyond cuBLAS's int");
	return AEGIS_OK;
}

static aegis_status prep_node(struct onnx_exec *x, uint32_t i, struct step *s, uint64_t limit)
{
	const struct onnx_node *n = &x->g->node[i];
	const struct onnx_tensor *X = tin(x, n, 0), *Y = &x->g->t[n->out];
	if (n->out < 0 || (uint32_t)n->out >= x->g->n_t)
		return fail(x, i, AEGIS_E_CONFIG, "no output tensor");
	for (uint32_t k = 0; k < n->n_in; k++)
		if (n->in[k] >= (int32_t)x->g->n_t ||
		    (n->in[k] >= 0 && onnx_tensor_root(x->g, &x->g->t[n->in[k]])->kind == ONNX_T_CONST))
			return fail(x, i, AEGIS_E_CONFIG, "input %u is not on the device", k);
	switch (n->op) {
	case ONNX_OP_CONV:
		return prep_conv(x, i, s, limit);
	case ONNX_OP_RELU:
	case ONNX_OP_SIGMOID:
	case ONNX_OP_CLIP:
	case ONNX_OP_HARDSIGMOID:
	case ONNX_OP_HARDSWISH:
		if (!X || X->elems != Y->elems)
			return fail(x, i, AEGIS_E_CONFIG, "X and Y differ in size");
		s->kind = STEP_UNARY;
		s->u.unary.n = Y->elems;
		s->u.unary.op = n->op == ONNX_OP_RELU      ? ONNX_UN_RELU
				: n->op == ONNX_OP_SIGMOID ? ONNX_UN_SIGMOID
				: n->op == ONNX_OP_CLIP    ? ONNX_UN_CLIP
				: n->op == ONNX_OP_HARDSIGMOID ? ONNX_UN_HARDSIGMOID
							       : ONNX_UN_HARDSWISH;
		s->u.unary.p0 = n->op == ONNX_OP_CLIP ? n->a.clip.lo : n->a.hsig.alpha;
		s->u.unary.p1 = n->op == ONNX_OP_CLIP ? n->a.clip.hi : n->a.hsig.beta;
		return AEGIS_OK;
	case ONNX_OP_ADD:
	case ONNX_OP_MUL: {
		const struct onnx_tensor *B = tin(x, n, 1);
		s->kind = STEP_BINARY;
		s->u.binary.op = n->op == ONNX_OP_ADD ? ONNX_BIN_ADD : ONNX_BIN_MUL;
		if (!X || !B || !onnx_bcast_init(&s->u.binary.b, &Y->shape, &X->shape, &B->shape))
			return fail(x, i, AEGIS_E_CONFIG, "A and B do not broadcast to Y");
		return AEGIS_OK;
	}
	case ONNX_OP_MAXPOOL:
	case ONNX_OP_AVGPOOL:
		return prep_pool(x, i, s);
	case ONNX_OP_GLOBALAVGPOOL:
		if (!X || X->shape.rank < 3)
			return fail(x, i, AEGIS_E_CONFIG, "X of rank < 3");
		s->kind = STEP_ROW_MEAN;
		s->u.mean.rows = onnx_dims_product(&X->shape, 0, 2);
		s->u.mean.len = onnx_dims_product(&X->shape, 2, X->shape.rank);
		return AEGIS_OK;
	case ONNX_OP_FLATTEN:
	case ONNX_OP_RESHAPE:
		if (!X || X->elems != Y->elems)
			return fail(x, i, AEGIS_E_CONFIG, "X and Y differ in size");
		s->kind = onnx_tensor_root(x->g, Y) == onnx_tensor_root(x->g, X) ? STEP_VIEW
										  : STEP_COPY;
		s->u.copy_elems = Y->elems;
		return AEGIS_OK;
	case ONNX_OP_GEMM:
		return prep_gemm(x, i, s);
	case ONNX_OP_MATMUL:
		return prep_matmul(x, i, s);
	case ONNX_OP_CONCAT: {
		if (n->a.axis < 0 || (uint32_t)n->a.axis >= Y->shape.rank)
			return fail(x, i, AEGIS_E_CONFIG, "axis %lld", (long long)n->a.axis);
		s->kind = STEP_CONCAT;
		onnx_concat_dims(&Y->shape, n->a.axis, &s->u.concat.outer, &s->u.concat.inner);
		int64_t sum = 0;
		for (uint32_t k = 0; k < n->n_in; k++) {
			const struct onnx_tensor *T = tin(x, n, k);
			if (!T || T->shape.rank != Y->shape.rank)
				return fail(x, i, AEGIS_E_CONFIG, "input %u of another rank", k);
			sum += T->shape.d[n->a.axis];
		}
		if (sum != Y->shape.d[n->a.axis])
			return fail(x, i, AEGIS_E_CONFIG, "inputs sum to %lld along the axis, Y has %lld",
				    (long long)sum, (long long)Y->shape.d[n->a.axis]);
		return AEGIS_OK;
	}
	case ONNX_OP_SOFTMAX:
		if (!X || X->elems != Y->elems || n->a.softmax.axis < 0 ||
		    (uint32_t)n->a.softmax.axis >= X->shape.rank)
			return fail(x, i, AEGIS_E_CONFIG, "axis %lld of a rank-%u X",
				    (long long)n->a.softmax.axis, X ? X->shape.rank : 0);
		s->kind = STEP_SOFTMAX;
		onnx_softmax_dims(&X->shape, n->a.softmax.axis, n->a.softmax.to_end,
				  &s->u.softmax.outer, &s->u.softmax.len, &s->u.softmax.inner);
		return AEGIS_OK;
	case ONNX_OP_RESIZE:
		return prep_resize(x, i, s);
	case ONNX_OP_BATCHNORM:
		return fail(x, i, AEGIS_E_UNSUPPORTED,
			    "BatchNormalization not folded into a Conv at load");
	default:
		return fail(x, i, AEGIS_E_UNSUPPORTED, "operator not run by the GPU executor");
	}
}

/* The library whose kernels a step loads, at its preparation or its first run. */
static enum cuda_mem_kind step_lib(enum step_kind k)
{
	if (k == STEP_CONV_DNN)
		return CUDA_MEM_CUDNN;
	return k == STEP_GEMM || k == STEP_MATMUL ? CUDA_MEM_CUBLAS : CUDA_MEM_CONTEXT;
}

/* Counts the drop of free device memory since free_before (kernels loaded, a library
 * setting itself up: all outside the pool) against the step's library on the lane. */
static aegis_status note_loads(struct onnx_exec *x, enum step_kind k, uint64_t free_before)
{
	uint64_t free_after = 0;
	aegis_status st = cuda_device_mem_free(x->dev, x->lane, &free_after);
	if (st != AEGIS_OK)
		return fail(x, -1, st, "measuring free device memory: %s", aegis_status_name(st));
	cuda_device_mem_note(x->dev, x->lane, step_lib(k), free_before, free_after);
	return AEGIS_OK;
}

static void steps_release(struct onnx_exec *x)
{
	if (!x->step)
		return;
	for (uint32_t i = 0; i < x->g->n_node; i++)
		if (x->step[i].kind == STEP_CONV_DNN)
			conv_dnn_release(x, &x->step[i].u.dnn);
	free(x->step);
	x->step = NULL;
}

static uint64_t align_up(uint64_t v)
{
	return (v + ONNX_ALIGN - 1) / ONNX_ALIGN * ONNX_ALIGN;
}

aegis_status onnx_exec_create(const struct onnx_graph *g, struct device *dev, uint32_t lane,
			      uint64_t workspace_limit, struct onnx_exec **out, char *detail,
			      size_t detail_len)
{
	aegis_status st;
	if (detail && detail_len)
		detail[0] = '\0';
	if (!out)
		return AEGIS_E_INVAL;
	*out = NULL;
	if (!g || !dev || !cuda_device_is(dev)) {
		if (detail && detail_len)
			snprintf(detail, detail_len, "onnx_exec_create: %s",
				 !g ? "no graph" : "not a CUDA device");
		return AEGIS_E_INVAL;
	}
	struct onnx_exec *x = calloc(1, sizeof *x);
	if (!x)
		return AEGIS_E_NOMEM;
	x->g = g;
	x->dev = dev;
	x->lane = lane;
	x->api = cuda_device_api(dev);
	x->err.api = x->api;
	if ((st = onnx_libs_load(&x->lib, x->detail, sizeof x->detail)))
		goto fail_alloc;
	void *ctx = NULL, *stream = NULL;
	if ((st = cuda_device_lane_handles(dev, lane, &ctx, &stream))) {
		fail(x, -1, st, "lane %u of the CUDA device: %s", lane, aegis_status_name(st));
		goto fail_libs;
	}
	x->ctx = (CUcontext)ctx;
	x->stream = (CUstream)stream;
	x->step = calloc(g->n_node ? g->n_node : 1, sizeof *x->step);
	if (!x->step) {
		st = fail(x, -1, AEGIS_E_NOMEM, "out of host memory for %u steps", g->n_node);
		goto fail_libs;
	}
	struct onnx_lane_lib *shared = NULL;
	char why[sizeof x->detail];
	if ((st = onnx_lane_lib_get(dev, lane, &shared, why, sizeof why))) {
		fail(x, -1, st, "lane %u's cuDNN and cuBLAS handles: %s", lane, why);
		goto fail_steps;
	}
	x->dnn = shared->dnn;
	x->blas = shared->blas;
	if ((st = push(x)))
		goto fail_steps;
	for (uint32_t i = 0; i < g->n_node; i++) {
		uint64_t free_before = 0;
		if ((st = cuda_device_mem_free(dev, lane, &free_before))) {
			fail(x, -1, st, "measuring free device memory: %s", aegis_status_name(st));
			goto fail_prep;
		}
		if ((st = prep_node(x, i, &x->step[i], workspace_limit)) ||
		    (st = note_loads(x, x->step[i].kind, free_before)))
			goto fail_prep;
		if (x->step[i].kind == STEP_CONV_DNN && x->step[i].u.dnn.ws_bytes > x->ws_dnn)
			x->ws_dnn = x->step[i].u.dnn.ws_bytes;
		if (x->step[i].kind == STEP_GEMM || x->step[i].kind == STEP_MATMUL)
			x->ws_blas = ONNX_CUBLAS_WORKSPACE;
	}
	x->ws_dnn = align_up(x->ws_dnn);
	pop(x);
	*out = x;
	return AEGIS_OK;

fail_prep:
	steps_release(x); /* the lane's handles stay: other executors may use them */
	pop(x);
fail_steps:
	steps_release(x); /* frees the steps (their descriptors: none yet, or gone above) */
fail_libs:
	onnx_libs_unload(&x->lib);
fail_alloc:
	if (detail && detail_len)
		snprintf(detail, detail_len, "%s", x->detail);
	free(x);
	return st;
}

void onnx_exec_destroy(struct onnx_exec *x)
{
	if (!x)
		return;
	if (push(x) == AEGIS_OK) {
		(void)CU(x, -1, x->api->cuStreamSynchronize(x->stream)); /* drain, then release */
		for (uint32_t i = 0; i < x->n_graphs; i++) {
			(void)CU(x, -1, x->api->cuGraphExecDestroy(x->graphs[i].exec));
			(void)CU(x, -1, x->api->cuGraphDestroy(x->graphs[i].graph));
		}
		steps_release(x); /* the lane's cuDNN and cuBLAS handles are the device's */
		pop(x);
	} else {
		steps_release(x);
	}
	onnx_libs_unload(&x->lib);
	free(x->graphs);
	free(x);
}

const char *onnx_exec_conv_paths(const struct onnx_exec *x, uint32_t *graph, uint32_t *legacy)
{
	if (graph)
		*graph = x ? x->conv_graph_n : 0;
	if (legacy)
		*legacy = x ? x->conv_legacy_n : 0;
	return x ? x->conv_fallback : "";
}

uint64_t onnx_exec_workspace_bytes(const struct onnx_exec *x)
{
	return x ? x->ws_dnn + x->ws_blas : 0;
}

const char *onnx_exec_last_error(const struct onnx_exec *x)
{
	return x ? x->detail : "";
}

/* ---- addresses ---- */


static uint64_t addr_of(const struct onnx_exec *x, const struct bases *b, int32_t t)
{
	if (t < 0)
		return 0;
	const struct onnx_tensor *r = onnx_tensor_root(x->g, &x->g->t[t]);
	switch (r->kind) {
	case ONNX_T_WEIGHT:
		return b->persistent ? b->persistent + r->offset : 0;
	case ONNX_T_INPUT:
	case ONNX_T_OUTPUT:
		return b->io ? b->io + r->offset : 0;
	case ONNX_T_ACT:
		return b->transient ? b->transient + r->offset : 0;
	default:
		return 0;
	}
}

#define F(a) ((float *)(uintptr_t)(a))

/* ---- running ---- */

/* Enqueues Conv step i: its convolution (no descriptor work unless the addresses
 * moved), then the bias at address `bias`. */
static aegis_status run_conv(struct onnx_exec *x, uint32_t i, struct conv_dnn *c,
			     const struct conv_ptrs *p, uint64_t bias)
{
	const struct conv_legacy *l = &c->l;
	aegis_status st;
	if (c->graph) {
		if ((st = conv_graph_pack(x, i, &c->g, p, c->ws_bytes > 0)) == AEGIS_OK)
			st = DNN(x, i, x->lib.cudnnBackendExecute(x->dnn, c->g.plan, c->g.pack));
	} else {
		st = DNN(x, i, x->lib.cudnnConvolutionForward(x->dnn, &one, l->x, F(p->x), l->w,
						       F(p->w), l->conv, l->algo,
						       c->ws_bytes ? F(p->ws) : NULL, c->ws_bytes,
						       &zero, l->y, F(p->y)));
	}
	if (st || !c->bias)
		return st;
	return KERNEL(x, i, onnx_k_bias_nchw((void *)x->stream, c->planes, c->c, c->hw, F(bias),
					     F(p->y)));
}

static aegis_status run_node(struct onnx_exec *x, uint32_t i, const struct bases *b)
{
	const struct onnx_node *n = &x->g->node[i];
	struct step *s = &x->step[i]; /* a Conv caches its variant pack */
	void *stream = (void *)x->stream;
	uint64_t y = addr_of(x, b, n->out);
	uint64_t in0 = addr_of(x, b, n->n_in > 0 ? n->in[0] : -1);
	uint64_t in1 = addr_of(x, b, n->n_in > 1 ? n->in[1] : -1);
	uint64_t in2 = addr_of(x, b, n->n_in > 2 ? n->in[2] : -1);
	uint64_t ws = b->transient + x->g->transient_bytes;
	aegis_status st;
	if (s->kind != STEP_VIEW && (!y || (n->n_in > 0 && !in0)))
		return fail(x, i, AEGIS_E_INVAL, "a tensor has no address (a zero base)");
	switch (s->kind) {
	case STEP_VIEW:
		return AEGIS_OK;
	case STEP_COPY:
		return KERNEL(x, i, onnx_k_concat(stream, 1, s->u.copy_elems, s->u.copy_elems, 0,
						  F(in0), F(y)));
	case STEP_CONV_DNN: {
		const struct conv_ptrs p = {in0, in1, y, ws};
		return run_conv(x, i, &s->u.dnn, &p, in2);
	}
	case STEP_CONV_DIRECT:
		return KERNEL(x, i, onnx_k_conv2d(stream, &s->u.direct, F(in0), F(in1),
						  s->u.direct.has_bias ? F(in2) : NULL, F(y)));
	case STEP_UNARY:
		return KERNEL(x, i, onnx_k_unary(stream, s->u.unary.op, s->u.unary.p0, s->u.unary.p1,
						 F(in0), F(y), s->u.unary.n));
	case STEP_BINARY:
		return KERNEL(x, i, onnx_k_binary(stream, s->u.binary.op, &s->u.binary.b, F(in0),
						  F(in1), F(y)));
	case STEP_POOL:
		return KERNEL(x, i, onnx_k_pool2d(stream, &s->u.pool, F(in0), F(y)));
	case STEP_ROW_MEAN:
		return KERNEL(x, i, onnx_k_row_mean(stream, s->u.mean.rows, s->u.mean.len, F(in0),
						    F(y)));
	case STEP_SOFTMAX:
		return KERNEL(x, i, onnx_k_softmax(stream, s->u.softmax.outer, s->u.softmax.len,
						   s->u.softmax.inner, F(in0), F(y)));
	case STEP_CONCAT: {
		const struct onnx_tensor *Y = &x->g->t[n->out];
		uint64_t dst_row = (uint64_t)Y->shape.d[n->a.axis] * s->u.concat.inner, off = 0;
		for (uint32_t k = 0; k < n->n_in; k++) {
			const struct onnx_tensor *T = &x->g->t[n->in[k]];
			uint64_t src_row = (uint64_t)T->shape.d[n->a.axis] * s->u.concat.inner;
			uint64_t src = addr_of(x, b, n->in[k]);
			if (!src)
				return fail(x, i, AEGIS_E_INVAL, "input %u has no address", k);
			if ((st = KERNEL(x, i, onnx_k_concat(stream, s->u.concat.outer, src_row,
							     dst_row, off, F(src), F(y)))))
				return st;
			off += src_row;
		}
		return AEGIS_OK;
	}
	case STEP_RESIZE:
		return KERNEL(x, i, onnx_k_resize(stream, &s->u.resize, F(in0), F(y)));
	case STEP_GEMM: {
		const struct onnx_gemm_cm *g = &s->u.gemm.cm;
		float alpha = n->a.gemm.alpha, beta = s->u.gemm.bias ? n->a.gemm.beta : 0.0f;
		if (s->u.gemm.bias && (st = KERNEL(x, i, onnx_k_binary(stream, ONNX_BIN_COPY,
								       &s->u.gemm.c, F(in2), NULL,
								       F(y)))))
			return st;
		/* row-major Y = op(A) op(B) is column-major Y^T = op(B)^T op(A)^T */
		return BLAS(x, i, x->lib.cublasSgemm(x->blas, g->trans_b ? CUBLAS_OP_T : CUBLAS_OP_N,
					      g->trans_a ? CUBLAS_OP_T : CUBLAS_OP_N, (int)g->n,
					      (int)g->m, (int)g->k, &alpha, F(in1), (int)g->ldb,
					      F(in0), (int)g->lda, &beta, F(y), (int)g->n));
	}
	case STEP_MATMUL: {
		const struct matmul_dims *m = &s->u.matmul;
		return BLAS(x, i, x->lib.cublasSgemmStridedBatched(
					  x->blas, CUBLAS_OP_N, CUBLAS_OP_N, (int)m->n, (int)m->m,
					  (int)m->k, &one, F(in1), (int)m->n, m->stride_b, F(in0),
					  (int)m->k, m->stride_a, &zero, F(y), (int)m->n,
					  m->m * m->n, (int)m->batch));
	}
	}
	return fail(x, i, AEGIS_E_INVAL, "no step");
}

/* Hands cuBLAS its workspace in the transient block of bases b. */
static aegis_status blas_workspace(struct onnx_exec *x, const struct bases *b)
{
	if (!x->ws_blas)
		return AEGIS_OK;
	uint64_t ws = b->transient + x->g->transient_bytes + x->ws_dnn;
	/* after cublasSetStream (which resets it): cuBLAS then allocates nothing */
	return BLAS(x, -1, x->lib.cublasSetWorkspace(x->blas, F(ws), x->ws_blas));
}

/* Enqueues nodes [first, end) in the current (the lane's) context. */
static aegis_status enqueue(struct onnx_exec *x, uint32_t first, uint32_t end,
			    const struct bases *b)
{
	aegis_status st = blas_workspace(x, b);
	for (uint32_t i = first; st == AEGIS_OK && i < end; i++)
		st = run_node(x, i, b);
	return st;
}

/* Nodes [first, end) of x's graph (empty only if `empty_ok`) and the bases a run of
 * them needs. */
static aegis_status check_run(struct onnx_exec *x, uint32_t first, uint32_t end, bool empty_ok,
			      const struct bases *b)
{
	if (first > end || (first == end && !empty_ok) || end > x->g->n_node)
		return fail(x, -1, AEGIS_E_INVAL, "nodes [%u, %u) of %u", first, end,
			    x->g->n_node);
	if ((x->g->persistent_bytes && !b->persistent) || (x->g->io_bytes && !b->io) ||
	    !b->transient)
		return fail(x, -1, AEGIS_E_INVAL, "a region without an address");
	return AEGIS_OK;
}

/* Makes the lane's context current (pop() ends it). With `load` work follows: the lane
 * must not be busy (committed, not yet polled), checked before any work, and is marked
 * loaded. */
static aegis_status enter(struct onnx_exec *x, bool load)
{
	aegis_status st;
	void *ctx, *stream;
	if ((st = cuda_device_lane_handles(x->dev, x->lane, &ctx, &stream)) ||
	    (load && (st = cuda_device_lane_mark_loaded(x->dev, x->lane))))
		return fail(x, -1, st, "lane %u: %s", x->lane, aegis_status_name(st));
	return push(x);
}

aegis_status onnx_exec_run(struct onnx_exec *x, uint32_t first_node, uint32_t end_node,
			   uint64_t persistent_addr, uint64_t io_addr, uint64_t transient_addr)
{
	if (!x)
		return AEGIS_E_INVAL;
	x->detail[0] = '\0';
	struct bases b = {persistent_addr, io_addr, transient_addr};
	aegis_status st;
	if ((st = check_run(x, first_node, end_node, true, &b)) || (st = enter(x, true)))
		return st;
	st = enqueue(x, first_node, end_node, &b);
	pop(x);
	return st;
}

aegis_status onnx_exec_upload_weights(struct onnx_exec *x, uint64_t persistent_addr)
{
	if (!x)
		return AEGIS_E_INVAL;
	if (!persistent_addr && x->g->persistent_bytes)
		return fail(x, -1, AEGIS_E_INVAL, "no persistent address");
	aegis_status st;
	if ((st = push(x)))
		return st;
	for (uint32_t i = 0; i < x->g->n_t && st == AEGIS_OK; i++) {
		const struct onnx_tensor *t = &x->g->t[i];
		if (t->kind != ONNX_T_WEIGHT || t->alias >= 0)
			continue;
		if (!t->data) {
			st = fail(x, -1, AEGIS_E_CONFIG, "weight %s has no data", t->name);
			break;
		}
		st = CU(x, -1, x->api->cuMemcpyHtoDAsync(persistent_addr + t->offset, t->data,
							 t->elems * sizeof(float), x->stream));
	}
	if (st == AEGIS_OK)
		st = CU(x, -1, x->api->cuStreamSynchronize(x->stream));
	pop(x);
	return st;
}

static aegis_status copy(struct onnx_exec *x, int32_t t, const float *in, float *out,
			 uint64_t io_addr, uint64_t transient_addr)
{
	if (!x || t < 0 || (uint32_t)t >= x->g->n_t)
		return AEGIS_E_INVAL;
	const struct onnx_tensor *tt = &x->g->t[t];
	struct bases b = {0, io_addr, transient_addr};
	uint64_t a = addr_of(x, &b, t);
	enum onnx_tensor_kind k = onnx_tensor_root(x->g, tt)->kind;
	if (!a || k == ONNX_T_WEIGHT || k == ONNX_T_CONST)
		return fail(x, -1, AEGIS_E_INVAL, "tensor %s: not an input, output or activation "
			    "with an address", tt->name);
	aegis_status st;
	if ((st = push(x)))
		return st;
	size_t bytes = tt->elems * sizeof(float);
	/* on the lane's stream: after the work queued there, whatever the stream's flags */
	st = in ? CU(x, -1, x->api->cuMemcpyHtoDAsync(a, in, bytes, x->stream))
		: CU(x, -1, x->api->cuMemcpyDtoHAsync(out, a, bytes, x->stream));
	if (st == AEGIS_OK)
		st = CU(x, -1, x->api->cuStreamSynchronize(x->stream));
	pop(x);
	return st;
}

aegis_status onnx_exec_copy_in(struct onnx_exec *x, int32_t t, const float *host,
			       uint64_t io_addr, uint64_t transient_addr)
{
	return host ? copy(x, t, host, NULL, io_addr, transient_addr) : AEGIS_E_INVAL;
}

aegis_status onnx_exec_copy_out(struct onnx_exec *x, int32_t t, float *host, uint64_t io_addr,
				uint64_t transient_addr)
{
	return host ? copy(x, t, NULL, host, io_addr, transient_addr) : AEGIS_E_INVAL;
}

aegis_status onnx_exec_sync(struct onnx_exec *x)
{
	if (!x)
		return AEGIS_E_INVAL;
	aegis_status st;
	if ((st = push(x)))
		return st;
	st = CU(x, -1, x->api->cuStreamSynchronize(x->stream));
	pop(x);
	return st;
}

/* ---- timing ---- */

/* Captures the whole run as a graph and instantiates it. */
static aegis_status capture(struct onnx_exec *x, uint32_t first, uint32_t end,
			    const struct bases *b, CUgraph *graph, CUgraphExec *exec)
{
	aegis_status st;
	/* relaxed: the libraries' host-side queries during capture are not refused */
	if ((st = CU(x, -1, x->api->cuStreamBeginCapture(x->stream,
							 CU_STREAM_CAPTURE_MODE_RELAXED))))
		return st;
	aegis_status run_st = enqueue(x, first, end, b);
	*graph = NULL;
	st = CU(x, -1, x->api->cuStreamEndCapture(x->stream, graph));
	if (run_st || st) {
		if (*graph)
			(void)x->api->cuGraphDestroy(*graph);
		*graph = NULL;
		return run_st ? run_st : st;
	}
	if ((st = CU(x, -1, x->api->cuGraphInstantiateWithFlags(exec, *graph, 0)))) {
		(void)CU(x, -1, x->api->cuGraphDestroy(*graph));
		*graph = NULL;
	}
	return st;
}

aegis_status onnx_exec_time(struct onnx_exec *x, bool use_graph, uint32_t warmup, uint32_t iters,
			    uint64_t persistent_addr, uint64_t io_addr, uint64_t transient_addr,
			    float *ms)
{
	if (!x || (iters && !ms))
		return AEGIS_E_INVAL;
	x->detail[0] = '\0';
	struct bases b = {persistent_addr, io_addr, transient_addr};
	aegis_status st;
	if ((st = enter(x, false)))
		return st;
	CUevent ev[2] = {NULL, NULL};
	CUgraph graph = NULL;
	CUgraphExec exec = NULL;
	if ((st = CU(x, -1, x->api->cuEventCreate(&ev[0], CU_EVENT_DEFAULT))))
		goto fail_push;
	if ((st = CU(x, -1, x->api->cuEventCreate(&ev[1], CU_EVENT_DEFAULT))))
		goto fail_ev0;
	if (use_graph && (st = capture(x, 0, x->g->n_node, &b, &graph, &exec)))
		goto fail_ev1;
	for (uint32_t r = 0; r < warmup + iters; r++) {
		if ((st = CU(x, -1, x->api->cuEventRecord(ev[0], x->stream))))
			break;
		st = use_graph ? CU(x, -1, x->api->cuGraphLaunch(exec, x->stream))
			       : enqueue(x, 0, x->g->n_node, &b);
		if (st || (st = CU(x, -1, x->api->cuEventRecord(ev[1], x->stream))) ||
		    (st = CU(x, -1, x->api->cuEventSynchronize(ev[1]))))
			break;
		float t = 0.0f;
		if ((st = CU(x, -1, x->api->cuEventElapsedTime(&t, ev[0], ev[1]))))
			break;
		if (r >= warmup)
			ms[r - warmup] = t;
	}
	(void)CU(x, -1, x->api->cuStreamSynchronize(x->stream));
	if (exec)
		(void)CU(x, -1, x->api->cuGraphExecDestroy(exec));
	if (graph)
		(void)CU(x, -1, x->api->cuGraphDestroy(graph));
fail_ev1:
	(void)CU(x, -1, x->api->cuEventDestroy(ev[1]));
fail_ev0:
	(void)CU(x, -1, x->api->cuEventDestroy(ev[0]));
fail_push:
	pop(x);
	return st;
}

aegis_status onnx_exec_warm(struct onnx_exec *x, uint64_t persistent_addr, uint64_t io_addr,
			    uint64_t transient_addr)
{
	if (!x)
		return AEGIS_E_INVAL;
	x->detail[0] = '\0';
	struct bases b = {persistent_addr, io_addr, transient_addr};
	aegis_status st;
	if ((st = check_run(x, 0, x->g->n_node, true, &b)) || (st = enter(x, false)))
		return st;
	uint64_t free_before = 0;
	if ((st = cuda_device_mem_free(x->dev, x->lane, &free_before)) == AEGIS_OK &&
	    (st = blas_workspace(x, &b)) == AEGIS_OK)
		st = note_loads(x, STEP_GEMM, free_before);
	for (uint32_t i = 0; st == AEGIS_OK && i < x->g->n_node; i++) {
		if ((st = cuda_device_mem_free(x->dev, x->lane, &free_before)) ||
		    (st = run_node(x, i, &b)))
			break;
		st = note_loads(x, x->step[i].kind, free_before);
	}
	aegis_status sync = CU(x, -1, x->api->cuStreamSynchronize(x->stream));
	pop(x);
	return st != AEGIS_OK ? st : sync;
}

static const char *const step_names[ONNX_EXEC_STEP_KINDS] = {
	[STEP_VIEW] = "view",     [STEP_COPY] = "copy",       [STEP_CONV_DNN] = "conv_cudnn",
	[STEP_CONV_DIRECT] = "conv_own", [STEP_UNARY] = "unary", [STEP_BINARY] = "binary",
	[STEP_POOL] = "pool",     [STEP_ROW_MEAN] = "row_mean", [STEP_SOFTMAX] = "softmax",
	[STEP_CONCAT] = "concat", [STEP_RESIZE] = "resize",   [STEP_GEMM] = "gemm",
	[STEP_MATMUL] = "matmul",
};

aegis_status onnx_exec_host_costs(struct onnx_exec *x, uint32_t iters, uint64_t persistent_addr,
				  uint64_t io_addr, uint64_t transient_addr,
				  struct onnx_host_cost out[ONNX_EXEC_STEP_KINDS])
{
	if (!x || !out)
		return AEGIS_E_INVAL;
	x->detail[0] = '\0';
	for (uint32_t k = 0; k < ONNX_EXEC_STEP_KINDS; k++)
		out[k] = (struct onnx_host_cost){.step = step_names[k]};
	struct bases b = {persistent_addr, io_addr, transient_addr};
	aegis_status st;
	if ((st = enter(x, false)))
		return st;
	for (uint32_t r = 0; st == AEGIS_OK && r < iters; r++) {
		st = blas_workspace(x, &b);
		for (uint32_t i = 0; st == AEGIS_OK && i < x->g->n_node; i++) {
			int64_t t0 = clock_monotonic_ns();
			st = run_node(x, i, &b);
			struct onnx_host_cost *c = &out[x->step[i].kind];
			c->calls++;
			c->ns += clock_monotonic_ns() - t0;
		}
		if (st == AEGIS_OK) /* the queue drained: each run's launches are its own */
			st = CU(x, -1, x->api->cuStreamSynchronize(x->stream));
	}
	pop(x);
	return st;
}

/* The cached graph of nodes [first, end) for bases b, captured now if there is none
 * (or the bases changed: the old one is released). Context pushed by the caller. */
static aegis_status seg_graph(struct onnx_exec *x, uint32_t first, uint32_t end,
			      const struct bases *b, struct seg_graph **out)
{
	struct seg_graph *sg = NULL;
	for (uint32_t i = 0; i < x->n_graphs; i++)
		if (x->graphs[i].first == first && x->graphs[i].end == end)
			sg = &x->graphs[i];
	if (sg && sg->persistent == b->persistent && sg->io == b->io &&
	    sg->transient == b->transient) {
		*out = sg;
		return AEGIS_OK;
	}
	if (!sg) {
		struct seg_graph *g = realloc(x->graphs, (x->n_graphs + 1) * sizeof *g);
		if (!g)
			return fail(x, -1, AEGIS_E_NOMEM, "out of host memory for a CUDA graph");
		x->graphs = g;
		sg = &x->graphs[x->n_graphs++];
		*sg = (struct seg_graph){.first = first, .end = end};
	} else {
		(void)CU(x, -1, x->api->cuGraphExecDestroy(sg->exec));
		(void)CU(x, -1, x->api->cuGraphDestroy(sg->graph));
		sg->exec = NULL;
		sg->graph = NULL;
	}
	aegis_status st = capture(x, first, end, b, &sg->graph, &sg->exec);
	/* Upload now, waited for: a graph's first launch otherwise uploads it, and on the
	 * H200 the first jobs of edge-24-onnx ran 30-65 ms (each model one budget breach)
	 * with their graphs captured at admission but not uploaded. */
	if (st == AEGIS_OK &&
	    ((st = CU(x, -1, x->api->cuGraphUpload(sg->exec, x->stream))) ||
	     (st = CU(x, -1, x->api->cuStreamSynchronize(x->stream))))) {
		(void)CU(x, -1, x->api->cuGraphExecDestroy(sg->exec));
		(void)CU(x, -1, x->api->cuGraphDestroy(sg->graph));
	}
	if (st != AEGIS_OK) {
		*sg = x->graphs[--x->n_graphs]; /* forget it: the next call captures again */
		return st;
	}
	sg->persistent = b->persistent;
	sg->io = b->io;
	sg->transient = b->transient;
	*out = sg;
	return AEGIS_OK;
}

aegis_status onnx_exec_run_graph(struct onnx_exec *x, uint32_t first_node, uint32_t end_node,
				 bool launch, uint64_t persistent_addr, uint64_t io_addr,
				 uint64_t transient_addr)
{
	if (!x)
		return AEGIS_E_INVAL;
	x->detail[0] = '\0';
	struct bases b = {persistent_addr, io_addr, transient_addr};
	aegis_status st;
	if ((st = check_run(x, first_node, end_node, false, &b)) || (st = enter(x, launch)))
		return st;
	struct seg_graph *sg = NULL;
	if ((st = seg_graph(x, first_node, end_node, &b, &sg)) == AEGIS_OK && launch)
		st = CU(x, -1, x->api->cuGraphLaunch(sg->exec, x->stream));
	pop(x);
	return st;
}
