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

/* The placed activations: a max-segment tree whose leaves are the activations in
 * order of their lives' first nodes, holding each placed one's life end, so that the
 * ones whose lives overlap [first, last] are found in O((k + 1) log n) for k of them,
 * where a scan of every placed one made a graph of 20,000 nodes take seconds. */
struct placed {
	int32_t *max_last; /* 2 * size entries: the latest life end below a tree node */
	int32_t *at;       /* size entries: the activation placed at a leaf, or -1 */
	uint32_t size;     /* leaves: a power of 2 >= the activations */
};

struct first_leaf {
	int32_t first;
	uint32_t act;
};

static int by_first(const void *pa, const void *pb)
{
	const struct first_leaf *a = pa, *b = pb;
	if (a->first != b->first)
		return a->first < b->first ? -1 : 1;
	return a->act < b->act ? -1 : (a->act > b->act);
}

static void placed_add(struct placed *p, int32_t leaf, int32_t act, int32_t last)
{
	p->at[leaf] = act;
	for (uint32_t v = p->size + (uint32_t)leaf; v >= 1; v /= 2)
		if (p->max_last[v] < last)
			p->max_last[v] = last;
}

/* Appends to live[] every placed activation at a leaf <= last_leaf (first <= the
 * query's last) whose life ends at first_q or later, in leaf order. */
static void placed_overlapping(const struct placed *p, const struct act *a, int32_t first_q,
			       uint32_t last_leaf, struct act **live, uint32_t *m)
{
	uint32_t stack[64], sp = 0; /* depth <= 33: a left child and a pending right one */
	uint32_t lo_of[64], hi_of[64];
	stack[sp] = 1, lo_of[sp] = 0, hi_of[sp] = p->size - 1, sp++;
	while (sp) {
		sp--;
		uint32_t v = stack[sp], lo = lo_of[sp], hi = hi_of[sp];
		if (lo > last_leaf || p->max_last[v] < first_q)
			continue;
		if (lo == hi) {
			if (p->at[lo] >= 0)
				live[(*m)++] = (struct act *)&a[p->at[lo]];
			continue;
		}
		uint32_t mid = lo + (hi - lo) / 2;
		/* right pushed first: the left comes out first (leaf order) */
		stack[sp] = 2 * v + 1, lo_of[sp] = mid + 1, hi_of[sp] = hi, sp++;
		stack[sp] = 2 * v, lo_of[sp] = lo, hi_of[sp] = mid, sp++;
	}
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
	struct placed p = {.size = 1};
	while (p.size < n)
		p.size *= 2;
	struct act **live = malloc(n * sizeof(*live));
	struct first_leaf *leaf = malloc(n * sizeof(*leaf)); /* leaf order */
	uint32_t *leaf_of = malloc(n * sizeof(*leaf_of));
	p.max_last = malloc(2 * (size_t)p.size * sizeof(*p.max_last));
	p.at = malloc((size_t)p.size * sizeof(*p.at));
	aegis_status st = AEGIS_E_NOMEM;
	if (!live || !leaf || !leaf_of || !p.max_last || !p.at)
		goto out;
	for (uint32_t i = 0; i < n; i++)
		leaf[i] = (struct first_leaf){.first = a[i].first, .act = i};
	qsort(leaf, n, sizeof(*leaf), by_first);
	for (uint32_t k = 0; k < n; k++)
		leaf_of[leaf[k].act] = k;
	for (uint32_t v = 0; v < 2 * p.size; v++)
		p.max_last[v] = INT32_MIN; /* nothing placed below */
	for (uint32_t v = 0; v < p.size; v++)
		p.at[v] = -1;
	for (uint32_t i = 0; i < n; i++) {
		/* the leaves whose lives begin at a[i].last or earlier: [0, hi) */
		uint32_t lo = 0, hi = n;
		while (lo < hi) {
			uint32_t mid = lo + (hi - lo) / 2;
			if (leaf[mid].first <= a[i].last)
				lo = mid + 1;
			else
				hi = mid;
		}
		uint32_t m = 0;
		if (lo > 0)
			placed_overlapping(&p, a, a[i].first, lo - 1, live, &m);
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
		placed_add(&p, (int32_t)leaf_of[i], (int32_t)i, a[i].last);
	}
	st = AEGIS_OK;
out:
	free(live);
	free(leaf);
	free(leaf_of);
	free(p.max_last);
	free(p.at);
	return st;
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
