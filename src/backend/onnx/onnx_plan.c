/* The ONNX graph's memory plan: weights packed in the persistent region, graph inputs
 * and outputs in the io region, activations placed by liveness in one transient block.
 * Decides kinds, views, lives and offsets only; must not allocate device memory. */
#include <stdlib.h>
#include <string.h>

#include "backend/onnx/onnx_internal.h"

static uint64_t align_up(uint64_t v)
{
	return (v + ONNX_ALIGN - 1) / ONNX_ALIGN * ONNX_ALIGN;
}

static uint64_t tensor_bytes(const struct onnx_tensor *t)
{
	return align_up(t->elems * sizeof(float));
}

/* An activation waiting for, or holding, its place in the transient block. */
struct act {
	int32_t t;
	int32_t first, last; /* its life, in node indices, both ends included */
	uint64_t size, offset;
};

static int by_size_desc(const void *pa, const void *pb)
{
	const struct act *a = pa, *b = pb;
	if (a->size != b->size)
		return a->size < b->size ? 1 : -1;
	if (a->first != b->first)
		return a->first < b->first ? -1 : 1;
	return a->t < b->t ? -1 : (a->t > b->t);
}

static int by_offset(const void *pa, const void *pb)
{
	const struct act *const *a = pa, *const *b = pb;
	return (*a)->offset < (*b)->offset ? -1 : ((*a)->offset > (*b)->offset);
}

/*
 * Offset assignment for tensors with known lives (the "greedy by size" of Pisarchyk
 * and Lee, "Efficient Memory Management for Deep Neural Net Inference", 2020):
 * largest first; each goes to the lowest offset where it overlaps in bytes no
 * already placed tensor whose life overlaps its own (first fit over the gaps between
 * those tensors, sorted by offset). Two tensors share bytes only if their lives are
 * disjoint; the block is the highest end.
 */
static aegis_status place_transient(struct act *a, uint32_t n, uint64_t *total)
{
	*total = 0;
	if (n == 0)
		return AEGIS_OK;
	qsort(a, n, sizeof(*a), by_size_desc);
	struct act **live = malloc(n * sizeof(*live));
	if (!live)
		return AEGIS_E_NOMEM;
	for (uint32_t i = 0; i < n; i++) {
		uint32_t m = 0;
		for (uint32_t j = 0; j < i; j++)
			if (a[j].first <= a[i].last && a[i].first <= a[j].last)
				live[m++] = &a[j];
		qsort(live, m, sizeof(*live), by_offset);
		uint64_t off = 0;
		for (uint32_t j = 0; j < m; j++) {
			if (live[j]->offset >= off + a[i].size)
				break; /* the gap before live[j] fits */
			if (live[j]->offset + live[j]->size > off)
				off = live[j]->offset + live[j]->size;
		}
		a[i].offset = off;
		if (off + a[i].size > *total)
			*total = off + a[i].size;
	}
	free(live);
	return AEGIS_OK;
}

aegis_status onnx_plan_memory(struct onnx_ctx *c)
{
	struct onnx_graph *g = c->g;
	aegis_status st = AEGIS_OK;
	/* Kinds: a float constant that a node reads on the device is a WEIGHT. */
	for (uint32_t t = 0; t < g->n_t; t++)
		if (c->ti[t].host_const)
			g->t[t].kind = ONNX_T_CONST;
	for (uint32_t i = 0; i < g->n_node; i++) {
		const struct onnx_node *n = &g->node[i];
		for (uint32_t k = 0; k < n->n_in; k++) {
			int32_t t = n->in[k];
			if (t < 0)
				continue;
			if (c->ti[t].host_const) {
				if (g->t[t].elems == 0 || !g->t[t].data)
					return onnx_node_fail(c, i, AEGIS_E_UNSUPPORTED,
							      "input '%s' is empty or not float32",
							      g->t[t].name);
				g->t[t].kind = ONNX_T_WEIGHT;
			}
			g->t[t].last_use = (int32_t)i;
		}
	}
	/* Views: a Flatten/Reshape output shares its input's bytes (its root's); the
	 * root then lives until the view's last reader. Nodes are in topological order, so
	 * a view's input has its alias before the view is seen. */
	for (uint32_t i = 0; i < g->n_node; i++) {
		const struct onnx_node *n = &g->node[i];
		if (n->op != ONNX_OP_FLATTEN && n->op != ONNX_OP_RESHAPE)
			continue;
		int32_t src = n->in[0];
		g->t[n->out].alias = g->t[src].alias >= 0 ? g->t[src].alias : src;
	}
	for (uint32_t t = 0; t < g->n_t; t++) {
		struct onnx_tensor *v = &g->t[t];
		if (v->alias < 0)
			continue;
		struct onnx_tensor *r = &g->t[v->alias];
		if (v->last_use > r->last_use)
			r->last_use = v->last_use;
		/* A graph output that is a view: its root's bytes must be in io as well, so
		 * an activation root is placed in the io region (kind OUTPUT). */
		if (v->kind == ONNX_T_OUTPUT && r->kind == ONNX_T_ACT)
			r->kind = ONNX_T_OUTPUT;
	}
	for (uint32_t t = 0; t < g->n_t; t++) {
		struct onnx_tensor *v = &g->t[t];
		if (v->alias >= 0 && v->kind == ONNX_T_OUTPUT && g->t[v->alias].kind == ONNX_T_WEIGHT)
			return onnx_node_fail(c, (uint32_t)v->producer, AEGIS_E_UNSUPPORTED,
					      "graph output '%s' is a view of the weight '%s'", v->name,
					      g->t[v->alias].name);
	}
	/* persistent and io: packed in index order. */
	g->persistent_bytes = g->io_bytes = 0;
	uint32_t n_act = 0;
	for (uint32_t t = 0; t < g->n_t; t++) {
		struct onnx_tensor *v = &g->t[t];
		if (v->alias >= 0)
			continue;
		if (v->kind == ONNX_T_WEIGHT) {
			v->offset = g->persistent_bytes;
			g->persistent_bytes += tensor_bytes(v);
		} else if (v->kind == ONNX_T_INPUT || v->kind == ONNX_T_OUTPUT) {
			v->offset = g->io_bytes;
			g->io_bytes += tensor_bytes(v);
		} else if (v->kind == ONNX_T_ACT) {
			n_act++;
		}
	}
	/* transient: by liveness. */
	struct act *a = n_act ? calloc(n_act, sizeof(*a)) : NULL;
	if (n_act && !a)
		return AEGIS_E_NOMEM;
	uint32_t m = 0;
	g->transient_naive_bytes = 0;
	for (uint32_t t = 0; t < g->n_t; t++) {
		const struct onnx_tensor *v = &g->t[t];
		if (v->alias >= 0 || v->kind != ONNX_T_ACT)
			continue;
		a[m].t = (int32_t)t;
		a[m].first = v->producer;
		a[m].last = v->last_use > v->producer ? v->last_use : v->producer;
		a[m].size = tensor_bytes(v);
		g->transient_naive_bytes += a[m].size;
		m++;
	}
	if ((st = place_transient(a, m, &g->transient_bytes)) != AEGIS_OK)
		goto out;
	for (uint32_t j = 0; j < m; j++)
		g->t[a[j].t].offset = a[j].offset;
	for (uint32_t t = 0; t < g->n_t; t++)
		if (g->t[t].alias >= 0)
			g->t[t].offset = g->t[g->t[t].alias].offset;
out:
	free(a);
	return st;
}
