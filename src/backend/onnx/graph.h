/* The ONNX backend's graph: a static, float32 ONNX graph as loaded, checked, shaped
 * and placed in memory, ready for an executor. Host-only: no CUDA here, so CI (no GPU)
 * loads, refuses and plans models. The executor (onnx_exec.h) reads it; nothing else
 * writes it after onnx_graph_load returns. */
#ifndef AEGIS_BACKEND_ONNX_GRAPH_H
#define AEGIS_BACKEND_ONNX_GRAPH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "aegis/status.h"
#include "base/strindex.h"

#define ONNX_MAX_RANK 6
#define ONNX_MAX_INPUTS 64 /* Concat's inputs; every other operator has <= 3 */
#define ONNX_ALIGN 256u    /* every tensor's offset in its region */
#define ONNX_MAX_FILE_BYTES ((size_t)2 << 30) /* a model or tensor file: protobuf's limit */
/* Bytes cuBLAS gets out of the workspace when the graph has a Gemm or MatMul (its own
 * default pool on Hopper; cuBLAS would otherwise allocate it itself). */
#define ONNX_CUBLAS_WORKSPACE (32ull << 20)

/* The operators the backend runs (issue 9's list). BatchNormalization never reaches
 * an executor: it is folded into the Conv before it at load, and one that follows no
 * Conv (or whose Conv output has another reader) is refused. */
#define ONNX_OPS(X)                                                                    \
	X(CONV, "Conv")                                                                \
	X(BATCHNORM, "BatchNormalization")                                             \
	X(RELU, "Relu")                                                                \
	X(CLIP, "Clip")                                                                \
	X(SIGMOID, "Sigmoid")                                                          \
	X(HARDSIGMOID, "HardSigmoid")                                                  \
	X(HARDSWISH, "HardSwish")                                                      \
	X(ADD, "Add")                                                                  \
	X(MUL, "Mul")                                                                  \
	X(MAXPOOL, "MaxPool")                                                          \
	X(AVGPOOL, "AveragePool")                                                      \
	X(GLOBALAVGPOOL, "GlobalAveragePool")                                          \
	X(FLATTEN, "Flatten")                                                          \
	X(RESHAPE, "Reshape")                                                          \
	X(GEMM, "Gemm")                                                                \
	X(MATMUL, "MatMul")                                                            \
	X(CONCAT, "Concat")                                                            \
	X(SOFTMAX, "Softmax")                                                          \
	X(RESIZE, "Resize")

enum onnx_op {
#define ONNX_OP_ENUM(e, s) ONNX_OP_##e,
	ONNX_OPS(ONNX_OP_ENUM)
#undef ONNX_OP_ENUM
	ONNX_OP_COUNT
};

/* "Conv", ...; "?" when out of range. */
const char *onnx_op_name(enum onnx_op op);

enum onnx_tensor_kind {
	ONNX_T_INPUT = 0, /* a graph input (not an initializer): the io region */
	ONNX_T_OUTPUT,    /* a graph output: the io region */
	ONNX_T_WEIGHT,    /* a float initializer the executor reads: the persistent region */
	ONNX_T_ACT,       /* an intermediate: the transient region */
	ONNX_T_CONST,     /* a host-only constant (Reshape's shape, Resize's scales, Clip's
			     min/max, BatchNormalization's parameters before folding): never
			     on the device */
};

struct onnx_shape {
	uint32_t rank;
	int64_t d[ONNX_MAX_RANK];
};

struct onnx_tensor {
	char *name;                /* owned */
	enum onnx_tensor_kind kind;
	struct onnx_shape shape;   /* static: every dimension >= 1 once loaded */
	uint64_t elems;            /* product of the dimensions (1 for rank 0) */
	/* WEIGHT (after folding) and float CONST: host copy, elems floats, owned; else NULL */
	float *data;
	/* int64 CONST (Reshape's shape, Resize's sizes): owned, n_ints values; else NULL */
	int64_t *ints;
	uint32_t n_ints;
	/* A view (Reshape, Flatten) shares its source's bytes: the source's index, and the
	 * view then has the source's region and offset. -1 when the tensor has bytes of its
	 * own. Views of views point at the root. */
	int32_t alias;
	uint64_t offset;           /* byte offset in its region (WEIGHT: persistent, ACT:
				      transient, INPUT/OUTPUT: io), a multiple of ONNX_ALIGN */
	int32_t producer;          /* the node that writes it, -1 for inputs and constants */
	int32_t last_use;          /* the last node that reads it (liveness), -1 if none */
};

struct onnx_conv {
	int64_t kernel[2], stride[2], dilation[2];
	int64_t pad[4]; /* top, left, bottom, right (ONNX pads: begin h, w, end h, w) */
	int64_t group;
	/* in[1]: weights [M, C/group, kH, kW], in[2]: bias [M] or -1 (BatchNormalization
	 * folded in adds a bias when the Conv had none) */
};

struct onnx_pool {
	int64_t kernel[2], stride[2], dilation[2];
	int64_t pad[4]; /* top, left, bottom, right */
	bool ceil_mode;
	bool count_include_pad; /* AveragePool */
};

struct onnx_gemm {
	float alpha, beta;
	bool trans_a, trans_b;
	/* in[2]: C (bias) or -1; broadcast to the output [M, N] */
};

/* Resize: how an output coordinate maps to the input (ONNX Resize-13/18/19 text).
 * x_in = f(x_out) per dimension with scale = out / in (as given by `scales`, or
 * out/in when `sizes` was given). */
enum onnx_coord_mode {
	ONNX_COORD_HALF_PIXEL = 0,     /* (x + 0.5) / scale - 0.5 (the default) */
	ONNX_COORD_ASYMMETRIC,         /* x / scale */
	ONNX_COORD_ALIGN_CORNERS,      /* x * (in - 1) / (out - 1), 0 when out == 1 */
	ONNX_COORD_PYTORCH_HALF_PIXEL, /* out > 1 ? (x + 0.5) / scale - 0.5 : 0 */
};
enum onnx_nearest_mode {
	ONNX_NEAREST_ROUND_PREFER_FLOOR = 0, /* the default */
	ONNX_NEAREST_ROUND_PREFER_CEIL,
	ONNX_NEAREST_FLOOR,
	ONNX_NEAREST_CEIL,
};
struct onnx_resize {
	bool linear;                /* mode 'linear' (bilinear over the last two dims);
				       else 'nearest' */
	enum onnx_coord_mode coord;
	enum onnx_nearest_mode nearest;
	float scale[ONNX_MAX_RANK]; /* out / in per dimension */
};

/*
 * A node's inputs as the executor sees them (host-only inputs are consumed at load):
 *   Conv: X, W, B or -1            Gemm: A, B, C or -1        MatMul: A, B
 *   Relu, Sigmoid, HardSigmoid, HardSwish, Clip (bounds in a.clip): X
 *   Add, Mul: A, B (either may be a WEIGHT; numpy broadcasting to the output's shape)
 *   MaxPool, AveragePool, GlobalAveragePool, Softmax, Resize: X
 *   Concat: its n_in inputs         Flatten, Reshape: X, and the output is a view of X
 * MatMul: A [..., M, K] with B [K, N], or A and B of one rank with equal batch dims.
 */
struct onnx_node {
	char *name;          /* owned; "" when the file names none (messages then say #i) */
	enum onnx_op op;
	uint32_t n_in;
	int32_t in[ONNX_MAX_INPUTS]; /* tensor indices; -1 for an omitted optional input */
	int32_t out;                 /* one output for every supported operator */
	union {
		struct onnx_conv conv;
		struct onnx_pool pool;
		struct onnx_gemm gemm;
		struct { float lo, hi; } clip;          /* Clip: -inf/+inf when absent */
		struct { float alpha, beta; } hsig;     /* HardSigmoid (HardSwish: 1/6, 0.5) */
		int64_t axis; /* Concat, Flatten: normalised to 0..rank-1 (Flatten: 0..rank) */
		struct {
			int64_t axis; /* normalised to 0..rank-1 */
			/* opset < 13: over the dimensions axis..rank-1 taken as one;
			   opset >= 13: over the dimension axis alone */
			bool to_end;
		} softmax;
		struct onnx_resize resize;
	} a;
	double flops;        /* estimated multiply-adds x 2 (segmenting, reports) */
};

struct onnx_graph {
	char *path;                 /* owned */
	struct onnx_tensor *t;      /* owned, n_t of them */
	uint32_t n_t;
	struct onnx_node *node;     /* owned, n_node of them, in execution (topological) order */
	uint32_t n_node;
	int32_t *inputs, *outputs;  /* owned: the graph's inputs and outputs (tensor indices) */
	uint32_t n_inputs, n_outputs;
	/* The memory plan's regions (bytes, each a multiple of ONNX_ALIGN):
	 * persistent: every WEIGHT; transient: the activations placed by liveness (two
	 * tensors share bytes only if their lives do not overlap); io: inputs + outputs. */
	uint64_t persistent_bytes, transient_bytes, io_bytes;
	uint64_t transient_naive_bytes; /* the sum of all activations (no sharing), for reports */
	double flops;               /* sum over nodes */
	struct str_index names;     /* owned: tensor name -> first index (onnx_graph_find) */
};

/*
 * Reads an .onnx file, checks that every node is a supported operator with supported
 * attributes and every shape is static, infers the shapes, folds BatchNormalization
 * into its Conv and places every tensor. On refusal: AEGIS_E_UNSUPPORTED (an operator,
 * attribute, data type or dynamic shape), AEGIS_E_IO (the file), AEGIS_E_CONFIG (a
 * malformed graph), with detail "PATH: node NAME (#i, OP): reason". *out is NULL then.
 */
aegis_status onnx_graph_load(const char *path, struct onnx_graph **out, char *detail,
			     size_t detail_len);
void onnx_graph_destroy(struct onnx_graph *g);

/* Index of the first tensor named name, or -1. O(1) expected (g->names). */
int32_t onnx_graph_find(const struct onnx_graph *g, const char *name);
/* Rebuilds g->names after tensors were renumbered: AEGIS_OK or AEGIS_E_NOMEM. */
aegis_status onnx_graph_reindex(struct onnx_graph *g);

/* The root of a tensor's alias chain: the tensor whose bytes it uses. */
static inline const struct onnx_tensor *onnx_tensor_root(const struct onnx_graph *g,
							 const struct onnx_tensor *t)
{
	return t->alias >= 0 ? &g->t[t->alias] : t;
}

/* Reads a serialised TensorProto (.pb, as in the ONNX node tests'
 * test_data_set_N/input_K.pb): float32 only, raw_data or float_data. *data is
 * malloc'ed (elems floats), the caller frees it. */
aegis_status onnx_tensor_file_load(const char *path, struct onnx_shape *shape, float **data,
				   char *detail, size_t detail_len);

#endif
