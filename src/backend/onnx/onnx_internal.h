/* The ONNX loader's private state, shared by its steps (onnx_load.c parses, onnx_shape.c
 * infers shapes and folds, onnx_plan.c places): not for executors, which read graph.h
 * only. Must not hold anything after onnx_graph_load returns. */
#ifndef AEGIS_BACKEND_ONNX_INTERNAL_H
#define AEGIS_BACKEND_ONNX_INTERNAL_H

#include <stdarg.h>

#include "backend/onnx/graph.h"

/* onnx_graph_load and onnx_tensor_file_load on a buffer already in memory (the file's
 * bytes; path only names it in the detail): the same checks, statuses and messages,
 * except the reading (no AEGIS_E_IO). The buffer is only read, and not kept. For the
 * fuzz targets (tests/fuzz/fuzz_onnx*.c); the backend reads files. */
aegis_status onnx_graph_load_buffer(const char *path, const uint8_t *buf, size_t len,
				    struct onnx_graph **out, char *detail, size_t detail_len);
aegis_status onnx_tensor_load_buffer(const char *path, const uint8_t *buf, size_t len,
				     struct onnx_shape *shape, float **data, char *detail,
				     size_t detail_len);

/* ONNX TensorProto.DataType values the loader names in messages or accepts. */
#define ONNX_DT_FLOAT 1
#define ONNX_DT_INT64 7

enum onnx_auto_pad { ONNX_PAD_NOTSET = 0, ONNX_PAD_VALID, ONNX_PAD_SAME_UPPER, ONNX_PAD_SAME_LOWER };

/*
 * Host operators: the int64 (and float) arithmetic that exporters emit to compute
 * shapes at run time (Shape -> Slice/Gather -> Cast/Unsqueeze -> Concat -> Resize's
 * sizes or Reshape's shape). With static shapes their values are known at load: shape
 * inference evaluates them in topological order into host constants and drops the
 * nodes, so no executor sees one. A host-only node keeps op ONNX_OP_COUNT (no device
 * operator) until then; Concat, Add and Mul are device operators too, folded only when
 * every input is a constant.
 */
#define ONNX_HOST_OPS(X)                                                               \
	X(NONE, "")                                                                    \
	X(SHAPE, "Shape")                                                              \
	X(GATHER, "Gather")                                                            \
	X(SLICE, "Slice")                                                              \
	X(UNSQUEEZE, "Unsqueeze")                                                      \
	X(SQUEEZE, "Squeeze")                                                          \
	X(CAST, "Cast")                                                                \
	X(CONCAT, "Concat")                                                            \
	X(ADD, "Add")                                                                  \
	X(SUB, "Sub")                                                                  \
	X(MUL, "Mul")                                                                  \
	X(DIV, "Div")

enum onnx_host_op {
#define ONNX_HOST_ENUM(e, s) ONNX_HOST_##e,
	ONNX_HOST_OPS(ONNX_HOST_ENUM)
#undef ONNX_HOST_ENUM
	ONNX_HOST_COUNT
};

/* A host operator's attributes (those that later opsets turned into inputs are here
 * only for the earlier opsets: Slice < 10, Unsqueeze/Squeeze < 13). */
struct onnx_host_attr {
	int64_t start, end;   /* Shape-15: the dimensions [start, end); end absent: rank */
	bool has_end;
	int64_t axis;         /* Gather (Concat's is the node's a.axis) */
	int32_t to;           /* Cast: TensorProto.DataType */
	bool has_axes;        /* Slice-1, Unsqueeze-1/11, Squeeze-1/11: axes given */
	uint32_t n_axes, n_starts, n_ends;
	int64_t axes[ONNX_MAX_RANK], starts[ONNX_MAX_RANK], ends[ONNX_MAX_RANK];
};

/* Per tensor, during the load only. */
struct onnx_tinfo {
	int32_t dtype;      /* TensorProto.DataType */
	bool host_const;    /* an initializer, a Constant node's or a folded host node's output */
	char bad[128];      /* non-empty: why no node may read it (symbolic dim, type) */
};

/* Per IR node, during the load only. */
struct onnx_ninfo {
	uint32_t src;                /* its index among the file's nodes (messages say #src) */
	enum onnx_auto_pad auto_pad; /* Conv, MaxPool, AveragePool: pads resolved by shape */
	float bn_eps;                /* BatchNormalization: epsilon */
	bool resize_sizes;           /* Resize: `sizes` given (set by shape inference) */
	bool allowzero;              /* Reshape-14 */
	enum onnx_host_op host;      /* a host operator (folded at load), or NONE */
	struct onnx_host_attr h;     /* its attributes */
	bool drop;                   /* folded (host operator, BatchNormalization): removed
					after shape inference */
};

struct onnx_ctx {
	struct onnx_graph *g;
	int64_t opset;          /* the default domain's version */
	struct onnx_tinfo *ti;  /* parallel to g->t, cap_t of them */
	uint32_t cap_t;
	struct onnx_ninfo *ni;  /* parallel to g->node, cap_node of them */
	uint32_t cap_node;
	char *detail;
	size_t detail_len;
	const void *graph_proto; /* the Onnx__GraphProto being read: Identity resolution */
	struct str_index ident;  /* owned: the name an Identity node writes -> that node */
	const char **ident_to;   /* owned, one per node of graph_proto: what it resolves to */
};

/* Writes "PATH: node NAME (#src, OP): reason" into the detail and returns st. */
aegis_status onnx_node_fail(struct onnx_ctx *c, uint32_t node, aegis_status st, const char *fmt,
			    ...) __attribute__((format(printf, 4, 5)));
/* Writes "PATH: reason" and returns st. */
aegis_status onnx_fail(struct onnx_ctx *c, aegis_status st, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* "FLOAT", "INT64", ...; "?" when unknown. */
const char *onnx_dtype_name(int32_t dt);
/* "Shape", ...; "" for NONE. */
const char *onnx_host_op_name(enum onnx_host_op op);

/* A new tensor named name (copied), kind and shape as given, alias/producer/last_use -1;
 * its index, or -1 without memory. */
int32_t onnx_tensor_add(struct onnx_ctx *c, const char *name, enum onnx_tensor_kind kind,
			const struct onnx_shape *shape);
uint64_t onnx_shape_elems(const struct onnx_shape *s);
/* "[1,3,224,224]" into buf. */
const char *onnx_shape_str(const struct onnx_shape *s, char *buf, size_t len);

/* onnx_shape.c: every node's output shape in topological order, host operators
 * evaluated into constants (their nodes removed), the device operators' host inputs
 * (Reshape's shape, Resize's scales/sizes) read, BatchNormalization folded into its
 * Conv (the BN node removed), Conv/pool pads resolved, flops. */
aegis_status onnx_shape_infer(struct onnx_ctx *c);
/* onnx_fold.c: host node i evaluated into a constant when its operands are constants,
 * and marked to be dropped (*folded); a host-only operator that reads data is refused. */
aegis_status onnx_fold_host(struct onnx_ctx *c, uint32_t i, bool *folded);
/* A negative axis counted from the end, checked against rank (node i for messages). */
aegis_status onnx_norm_axis(struct onnx_ctx *c, uint32_t i, int64_t *axis, int64_t rank);
/* t is one of the graph's outputs. */
bool onnx_is_graph_output(const struct onnx_graph *g, int32_t t);
/* onnx_plan.c: liveness, views and the three regions' offsets and sizes. */
aegis_status onnx_plan_memory(struct onnx_ctx *c);

#endif
