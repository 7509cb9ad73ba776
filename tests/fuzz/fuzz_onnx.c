/* libFuzzer target for the ONNX readers: every input goes to the model loader
 * (onnx_graph_load_buffer: parse, checks, shape inference, folding, memory plan) and to
 * the TensorProto reader (onnx_tensor_load_buffer); each accepts with a graph whose
 * indices, shapes and plan hold together, or refuses with "NAME: what", never a crash,
 * a leak or a hang. Build and run: make fuzz (needs protoc-c and onnx.proto). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "backend/onnx/onnx_internal.h"

#define NAME "fuzz.onnx"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A refusal: a documented status (no AEGIS_E_IO: nothing is read from a file) and a
 * detail "NAME: what". */
static void check_refusal(aegis_status st, const char *detail)
{
	if (st != AEGIS_E_CONFIG && st != AEGIS_E_UNSUPPORTED && st != AEGIS_E_NOMEM)
		abort();
	size_t n = strlen(NAME);
	if (strncmp(detail, NAME, n) != 0 || detail[n] != ':' || detail[n + 1] != ' ' ||
	    detail[n + 2] == '\0')
		abort();
}

/* A static shape as graph.h promises it: rank <= ONNX_MAX_RANK, every dimension >= 1,
 * elems their product (no wrap-around). */
static void check_static_shape(const struct onnx_shape *s, uint64_t elems)
{
	if (s->rank > ONNX_MAX_RANK)
		abort();
	uint64_t e = 1;
	for (uint32_t i = 0; i < s->rank; i++) {
		if (s->d[i] < 1 || __builtin_mul_overflow(e, (uint64_t)s->d[i], &e))
			abort();
	}
	if (e != elems)
		abort();
}

static uint64_t region_bytes(const struct onnx_graph *g, enum onnx_tensor_kind kind)
{
	switch (kind) {
	case ONNX_T_WEIGHT:
		return g->persistent_bytes;
	case ONNX_T_ACT:
		return g->transient_bytes;
	case ONNX_T_INPUT:
	case ONNX_T_OUTPUT:
		return g->io_bytes;
	default:
		return 0;
	}
}

/* What an executor relies on: every index in range, every tensor a node reads or writes
 * placed inside its region with a static shape, a view as large as its root, a weight's
 * host copy readable to its end. */
static void check_graph(const struct onnx_graph *g)
{
	if (!g || !g->path || strcmp(g->path, NAME) != 0 || g->n_outputs == 0)
		abort();
	for (uint32_t i = 0; i < g->n_inputs; i++)
		if (g->inputs[i] < 0 || (uint32_t)g->inputs[i] >= g->n_t ||
		    g->t[g->inputs[i]].kind != ONNX_T_INPUT)
			abort();
	for (uint32_t i = 0; i < g->n_outputs; i++)
		if (g->outputs[i] < 0 || (uint32_t)g->outputs[i] >= g->n_t ||
		    g->t[g->outputs[i]].kind != ONNX_T_OUTPUT)
			abort();
	for (uint32_t i = 0; i < g->n_t; i++) {
		const struct onnx_tensor *t = &g->t[i];
		if (!t->name || strlen(t->name) == 0)
			abort();
		if (t->alias < -1 || t->alias >= (int32_t)g->n_t)
			abort();
		if (t->kind == ONNX_T_CONST)
			continue;
		check_static_shape(&t->shape, t->elems);
		const struct onnx_tensor *r = onnx_tensor_root(g, t);
		if (r->alias != -1 || r->elems != t->elems || r->offset != t->offset)
			abort();
		uint64_t bytes = t->elems * sizeof(float);
		if (t->offset % ONNX_ALIGN != 0 || t->offset > region_bytes(g, r->kind) ||
		    bytes > region_bytes(g, r->kind) - t->offset)
			abort();
		if (t->kind == ONNX_T_WEIGHT) {
			if (!t->data || t->elems == 0)
				abort();
			volatile float last = t->data[t->elems - 1];
			(void)last;
		}
	}
	for (uint32_t i = 0; i < g->n_node; i++) {
		const struct onnx_node *n = &g->node[i];
		if (!n->name || n->op >= ONNX_OP_COUNT || n->n_in > ONNX_MAX_INPUTS)
			abort();
		for (uint32_t k = 0; k < n->n_in; k++)
			if (n->in[k] < -1 || n->in[k] >= (int32_t)g->n_t ||
			    (n->in[k] >= 0 && g->t[n->in[k]].kind == ONNX_T_CONST))
				abort();
		if (n->out < 0 || (uint32_t)n->out >= g->n_t || g->t[n->out].producer != (int32_t)i)
			abort();
	}
}

static void fuzz_model(const uint8_t *data, size_t size)
{
	char detail[1024];
	struct onnx_graph *g = (struct onnx_graph *)(void *)detail; /* not NULL: cleared */
	aegis_status st = onnx_graph_load_buffer(NAME, data, size, &g, detail, sizeof detail);
	if (st != AEGIS_OK) {
		if (g != NULL)
			abort();
		check_refusal(st, detail);
		return;
	}
	check_graph(g);
	onnx_graph_destroy(g);
}

static void fuzz_tensor(const uint8_t *data, size_t size)
{
	char detail[1024];
	struct onnx_shape s;
	float *v = (float *)(void *)detail; /* not NULL: cleared */
	aegis_status st = onnx_tensor_load_buffer(NAME, data, size, &s, &v, detail, sizeof detail);
	if (st != AEGIS_OK) {
		if (v != NULL || s.rank != 0)
			abort();
		check_refusal(st, detail);
		return;
	}
	uint64_t elems = 1;
	for (uint32_t i = 0; i < s.rank && i < ONNX_MAX_RANK; i++)
		elems *= s.d[i] > 0 ? (uint64_t)s.d[i] : 0;
	check_static_shape(&s, elems);
	if (!v)
		abort();
	volatile float last = v[elems - 1];
	(void)last;
	free(v);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_model(data, size);
	fuzz_tensor(data, size);
	return 0;
}
