/* The ONNX loader's private state, shared by its steps (onnx_load.c parses, onnx_shape.c
 * infers shapes and folds, onnx_plan.c places): not for executors, which read graph.h
 * only. Must not hold anything after onnx_graph_load returns. */
#ifndef AEGIS_BACKEND_ONNX_INTERNAL_H
#define AEGIS_BACKEND_ONNX_INTERNAL_H

#include <stdarg.h>

#include "backend/onnx/graph.h"

/* ONNX TensorProto.DataType values the loader names in messages or accepts. */
#define ONNX_DT_FLOAT 1
#define ONNX_DT_INT64 7

enum onnx_auto_pad { ONNX_PAD_NOTSET = 0, ONNX_PAD_VALID, ONNX_PAD_SAME_UPPER, ONNX_PAD_SAME_LOWER };

/* Per tensor, during the load only. */
struct onnx_tinfo {
	int32_t dtype;      /* TensorProto.DataType */
	bool host_const;    /* an initializer or a Constant node's output */
	char bad[128];      /* non-empty: why no node may read it (symbolic dim, type) */
};

/* Per IR node, during the load only. */
struct onnx_ninfo {
	uint32_t src;                /* its index among the file's nodes (messages say #src) */
	enum onnx_auto_pad auto_pad; /* Conv, MaxPool, AveragePool: pads resolved by shape */
	float bn_eps;                /* BatchNormalization: epsilon */
	bool resize_sizes;           /* Resize: in[1] of the raw node was `sizes` */
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
};

/* Writes "PATH: node NAME (#src, OP): reason" into the detail and returns st. */
aegis_status onnx_node_fail(struct onnx_ctx *c, uint32_t node, aegis_status st, const char *fmt,
			    ...) __attribute__((format(printf, 4, 5)));
/* Writes "PATH: reason" and returns st. */
aegis_status onnx_fail(struct onnx_ctx *c, aegis_status st, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* A new tensor named name (copied), kind and shape as given, alias/producer/last_use -1;
 * its index, or -1 without memory. */
int32_t onnx_tensor_add(struct onnx_ctx *c, const char *name, enum onnx_tensor_kind kind,
			const struct onnx_shape *shape);
uint64_t onnx_shape_elems(const struct onnx_shape *s);
/* "[1,3,224,224]" into buf. */
const char *onnx_shape_str(const struct onnx_shape *s, char *buf, size_t len);

/* onnx_shape.c: every node's output shape in topological order, BatchNormalization
 * folded into its Conv (the BN node removed), Conv/pool pads resolved, flops. */
aegis_status onnx_shape_infer(struct onnx_ctx *c);
/* onnx_plan.c: liveness, views and the three regions' offsets and sizes. */
aegis_status onnx_plan_memory(struct onnx_ctx *c);

#endif
