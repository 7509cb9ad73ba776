/* ONNX shape inference for the supported operators, BatchNormalization folded into
 * the Conv before it, and each node's flop estimate (host shape arithmetic is
 * evaluated by onnx_fold.c). Works on the loader's IR in topological order; must not
 * place memory (onnx_plan.c) nor read the protobuf. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backend/onnx/onnx_internal.h"

/* No tensor beyond 2^40 elements (4 TiB): keeps every product below in 64 bits. */
#define MAX_ELEMS (1ULL << 40)

static const struct onnx_shape *shp(struct onnx_ctx *c, int32_t t)
{
	return &c->g->t[t].shape;
}

static aegis_status set_out(struct onnx_ctx *c, uint32_t i, const struct onnx_shape *s)
{
	struct onnx_tensor *t = &c->g->t[c->g->node[i].out];
	uint64_t e = 1;
	for (uint32_t k = 0; k < s->rank; k++) {
		if (s->d[k] < 1) {
			char b[128];
			return onnx_node_fail(c, i, AEGIS_E_CONFIG, "output '%s' would have shape %s",
					      t->name, onnx_shape_str(s, b, sizeof(b)));
		}
		/* e <= MAX_ELEMS: compared before multiplying, so that it cannot wrap */
		if ((uint64_t)s->d[k] > MAX_ELEMS / e)
			return onnx_node_fail(c, i, AEGIS_E_UNSUPPORTED, "output '%s' is too large",
					      t->name);
		e *= (uint64_t)s->d[k];
	}
	t->shape = *s;
	t->elems = e;
	return AEGIS_OK;
}

static aegis_status need_rank(struct onnx_ctx *c, uint32_t i, int32_t t, uint32_t rank,
			      const char *why)
{
	if (shp(c, t)->rank == rank)
		return AEGIS_OK;
	return onnx_node_fail(c, i, AEGIS_E_UNSUPPORTED, "input '%s' has rank %u: %s",
			      c->g->t[t].name, shp(c, t)->rank, why);
}

/*
 * One spatial dimension of Conv/MaxPool/AveragePool (ONNX Conv-11, MaxPool-12,
 * AveragePool-19 "Output shape"): with the effective kernel ek = (k - 1) * d + 1,
 *   out = floor((in + pb + pe - ek) / s) + 1            (ceil_mode 0)
 *   out = ceil((in + pb + pe - ek) / s) + 1             (ceil_mode 1)
 * and, with ceil_mode, a last window that would start in the end padding is dropped
 * (the spec's note, as PyTorch and onnxruntime do; onnx 1.12's shape inference lacks
 * it). auto_pad SAME_UPPER/SAME_LOWER: out = ceil(in / s), the total padding
 * max(0, (out - 1) * s + ek - in) split with the odd one at the end (UPPER) or the
 * beginning (LOWER); VALID: no padding.
 */
static aegis_status spatial(struct onnx_ctx *c, uint32_t i, int64_t in, int64_t k, int64_t s,
			    int64_t d, int64_t *pb, int64_t *pe, bool ceil_mode, int64_t *out)
{
	int64_t ek = (k - 1) * d + 1;
	enum onnx_auto_pad ap = c->ni[i].auto_pad;
	if (ap == ONNX_PAD_SAME_UPPER || ap == ONNX_PAD_SAME_LOWER) {
		int64_t o = (in + s - 1) / s;
		int64_t total = (o - 1) * s + ek - in;
		if (total < 0)
			total = 0;
		*pb = ap == ONNX_PAD_SAME_UPPER ? total / 2 : total - total / 2;
		*pe = total - *pb;
	}
	int64_t span = in + *pb + *pe - ek;
	if (span < 0)
		return onnx_node_fail(c, i, AEGIS_E_CONFIG,
				      "the kernel (%lld with dilation) is larger than the padded input (%lld)",
				      (long long)ek, (long long)(in + *pb + *pe));
	int64_t o = ceil_mode ? (span + s - 1) / s + 1 : span / s + 1;
	if (ceil_mode && (o - 1) * s >= in + *pb)
		o--;
	*out = o;
	return AEGIS_OK;
}

static aegis_status infer_conv(struct onnx_ctx *c, uint32_t i)
{
	struct onnx_node *n = &c->g->node[i];
	struct onnx_conv *cv = &n->a.conv;
	aegis_status st;
	if ((st = need_rank(c, i, n->in[0], 4, "only 2-D convolution (NCHW) is supported")) ||
	    (st = need_rank(c, i, n->in[1], 4, "weights must be [M, C/group, kH, kW]")))
		return st;
	const struct onnx_shape *x = shp(c, n->in[0]), *w = shp(c, n->in[1]);
	if (w->d[1] * cv->group != x->d[1] || w->d[0] % cv->group != 0)
		return onnx_node_fail(c, i, AEGIS_E_CONFIG,
				      "weights [%lld, %lld, ...] do not fit %lld channels in %lld groups",
				      (long long)w->d[0], (long long)w->d[1], (long long)x->d[1],
				      (long long)cv->group);
	for (int k = 0; k < 2; k++) {
		if (cv->kernel[k] && cv->kernel[k] != w->d[2 + k])
			return onnx_node_fail(c, i, AEGIS_E_CONFIG, "kernel_shape disagrees with the weights");
		cv->kernel[k] = w->d[2 + k];
	}
	if (n->n_in > 2 && n->in[2] >= 0 &&
	    (shp(c, n->in[2])->rank != 1 || shp(c, n->in[2])->d[0] != w->d[0]))
		return onnx_node_fail(c, i, AEGIS_E_CONFIG, "bias must be [%lld]", (long long)w->d[0]);
	struct onnx_shape o = {.rank = 4, .d = {x->d[0], w->d[0], 0, 0}};
	for (int k = 0; k < 2; k++)
		if ((st = spatial(c, i, x->d[2 + k], cv->kernel[k], cv->stride[k], cv->dilation[k],
				  &cv->pad[k], &cv->pad[2 + k], false, &o.d[2 + k])) != AEGIS_OK)
			return st;
	return set_out(c, i, &o);
}

static aegis_status infer_pool(struct onnx_ctx *c, uint32_t i)
{
	struct onnx_node *n = &c->g->node[i];
	struct onnx_pool *p = &n->a.pool;
	aegis_status st;
	if ((st = need_rank(c, i, n->in[0], 4, "only 2-D pooling (NCHW) is supported")))
		return st;
	const struct onnx_shape *x = shp(c, n->in[0]);
	struct onnx_shape o = {.rank = 4, .d = {x->d[0], x->d[1], 0, 0}};
	for (int k = 0; k < 2; k++) {
		if (p->pad[k] >= p->kernel[k] || p->pad[2 + k] >= p->kernel[k])
			return onnx_node_fail(c, i, AEGIS_E_CONFIG, "pads must be smaller than the kernel");
		if ((st = spatial(c, i, x->d[2 + k], p->kernel[k], p->stride[k], p->dilation[k],
				  &p->pad[k], &p->pad[2 + k], p->ceil_mode, &o.d[2 + k])) != AEGIS_OK)
			return st;
	}
	return set_out(c, i, &o);
}

/* numpy broadcasting (ONNX "Broadcasting in ONNX", multidirectional). */
static aegis_status infer_bcast(struct onnx_ctx *c, uint32_t i)
{
	struct onnx_node *n = &c->g->node[i];
	const struct onnx_shape *a = shp(c, n->in[0]), *b = shp(c, n->in[1]);
	struct onnx_shape o = {.rank = a->rank > b->rank ? a->rank : b->rank};
	for (uint32_t k = 0; k < o.rank; k++) {
		int64_t da = k < o.rank - a->rank ? 1 : a->d[k - (o.rank - a->rank)];
		int64_t db = k < o.rank - b->rank ? 1 : b->d[k - (o.rank - b->rank)];
		if (da != db && da != 1 && db != 1) {
			char sa[128], sb[128];
			return onnx_node_fail(c, i, AEGIS_E_CONFIG, "shapes %s and %s do not broadcast",
					      onnx_shape_str(a, sa, sizeof(sa)),
					      onnx_shape_str(b, sb, sizeof(sb)));
		}
		o.d[k] = da == 1 ? db : da;
	}
	return set_out(c, i, &o);
}

aegis_status onnx_norm_axis(struct onnx_ctx *c, uint32_t i, int64_t *axis, int64_t rank)
{
	int64_t a = *axis < 0 ? *axis + rank : *axis;
	if (a < 0 || a >= rank)
		return onnx_node_fail(c, i, AEGIS_E_CONFIG, "axis %lld is out of range for rank %lld",
				      (long long)*axis, (long long)rank);
	*axis = a;
	return AEGIS_OK;
}

/* Flatten-13: [prod(d[0..axis)), prod(d[axis..r))], axis in [-r, r]. */
static aegis_status infer_flatten(struct onnx_ctx *c, uint32_t i)
{
	struct onnx_node *n = &c->g->node[i];
	const struct onnx_shape *x = shp(c, n->in[0]);
	int64_t r = x->rank;
	int64_t a = n->a.axis < 0 ? n->a.axis + r : n->a.axis;
	if (a < 0 || a > r)
		return onnx_node_fail(c, i, AEGIS_E_CONFIG, "axis %lld is out of range for rank %lld",
				      (long long)n->a.axis, (long long)r);
	n->a.axis = a;
	struct onnx_shape o = {.rank = 2, .d = {1, 1}};
	for (int64_t k = 0; k < r; k++)
		o.d[k >= a] *= x->d[k];
	return set_out(c, i, &o);
}

/* Reshape-14: 0 copies the input's dimension (allowzero 0), -1 is inferred. The shape
 * must be an int64 constant by now (an initializer, a Constant node, or host
 * arithmetic folded before this node). */
static aegis_status infer_reshape(struct onnx_ctx *c, uint32_t i)
{
	struct onnx_node *n = &c->g->node[i];
	const struct onnx_shape *x = shp(c, n->in[0]);
	const struct onnx_tensor *st = &c->g->t[n->in[1]];
	const struct onnx_tinfo *sti = &c->ti[n->in[1]];
	if (!sti->host_const || sti->dtype != ONNX_DT_INT64 || st->n_ints != st->elems)
		return onnx_node_fail(c, i, AEGIS_E_UNSUPPORTED,
				      "shape '%s' must be an int64 constant (an initializer, a Constant node or shape arithmetic on them)",
				      st->name);
	if (c->ni[i].allowzero)
		for (uint32_t k = 0; k < st->n_ints; k++)
			if (st->ints[k] == 0)
				return onnx_node_fail(c, i, AEGIS_E_UNSUPPORTED,
						      "allowzero with a 0 in the shape (an empty tensor) is not supported");
	if (st->n_ints > ONNX_MAX_RANK || st->shape.rank != 1)
		return onnx_node_fail(c, i, AEGIS_E_UNSUPPORTED, "shape '%s' must be 1-D with at most %d values",
				      st->name, ONNX_MAX_RANK);
	struct onnx_shape o = {.rank = st->n_ints};
	int infer = -1;
	uint64_t known = 1;
	for (uint32_t k = 0; k < st->n_ints; k++) {
		int64_t v = st->ints[k];
		if (v == 0) {
			if (k >= x->rank)
				return onnx_node_fail(c, i, AEGIS_E_CONFIG, "shape[%u] = 0 beyond the input's rank", k);
			v = x->d[k];
		} else if (v == -1) {
			if (infer >= 0)
				return onnx_node_fail(c, i, AEGIS_E_CONFIG, "shape has two -1");
			infer = (int)k;
			continue;
		} else if (v < 0) {
			return onnx_node_fail(c, i, AEGIS_E_CONFIG, "shape[%u] = %lld", k, (long long)v);
		}
		if (v > (int64_t)MAX_ELEMS || (known && (uint64_t)v > MAX_ELEMS / known))
			return onnx_node_fail(c, i, AEGIS_E_CONFIG, "shape is too large");
		known *= (uint64_t)v;
		o.d[k] = v;
	}
	uint64_t e = c->g->t[n->in[0]].elems;
	if (infer >= 0) {
		if (known == 0 || e % known)
			return onnx_node_fail(c, i, AEGIS_E_CONFIG, "cannot infer -1: %llu elements over %llu",
					      (unsigned long long)e, (unsigned long long)known);
		o.d[infer] = (int64_t)(e / known);
	} else if (known != e) {
		char b[128];
		return onnx_node_fail(c, i, AEGIS_E_CONFIG, "shape %s holds %llu elements, the input %llu",
				      onnx_shape_str(&o, b, sizeof(b)), (unsigned long long)known,
				      (unsigned long long)e);
	}
	n->n_in = 1; /* the shape was host-only */
	n->in[1] = -1;
	return set_out(c, i, &o);
}

/* Gemm-13: A' = transA ? A^T : A, [M, K]; B' [K, N]; C broadcast to [M, N]. */
static aegis_status infer_gemm(struct onnx_ctx *c, uint32_t i)
{
	struct onnx_node *n = &c->g->node[i];
	aegis_status st;
	if ((st = need_rank(c, i, n->in[0], 2, "Gemm is 2-D only")) ||
	    (st = need_rank(c, i, n->in[1], 2, "Gemm is 2-D only")))
		return st;
	const struct onnx_shape *a = shp(c, n->in[0]), *b = shp(c, n->in[1]);
	int64_t m = a->d[n->a.gemm.trans_a ? 1 : 0], k = a->d[n->a.gemm.trans_a ? 0 : 1];
	int64_t kb = b->d[n->a.gemm.trans_b ? 1 : 0], nn = b->d[n->a.gemm.trans_b ? 0 : 1];
	if (k != kb)
		return onnx_node_fail(c, i, AEGIS_E_CONFIG, "inner dimensions differ (%lld, %lld)",
				      (long long)k, (long long)kb);
	struct onnx_shape o = {.rank = 2, .d = {m, nn}};
	if (n->n_in > 2 && n->in[2] >= 0) {
		const struct onnx_shape *cs = shp(c, n->in[2]);
		bool ok = cs->rank <= 2;
		for (uint32_t q = 0; ok && q < cs->rank; q++) {
			int64_t d = cs->d[cs->rank - 1 - q], want = o.d[1 - q];
			ok = d == 1 || d == want;
		}
		if (!ok)
			return onnx_node_fail(c, i, AEGIS_E_CONFIG, "C does not broadcast to [%lld, %lld]",
					      (long long)m, (long long)nn);
	}
	return set_out(c, i, &o);
}

/* MatMul (numpy matmul), the two forms of graph.h only. */
static aegis_status infer_matmul(struct onnx_ctx *c, uint32_t i)
{
	struct onnx_node *n = &c->g->node[i];
	const struct onnx_shape *a = shp(c, n->in[0]), *b = shp(c, n->in[1]);
	if (a->rank < 2 || b->rank < 2)
		return onnx_node_fail(c, i, AEGIS_E_UNSUPPORTED, "1-D operands are not supported");
	bool ok = b->rank == 2;
	if (!ok && a->rank == b->rank) {
		ok = true;
		for (uint32_t k = 0; k + 2 < a->rank; k++)
			ok &= a->d[k] == b->d[k];
	}
	if (!ok)
		return onnx_node_fail(c, i, AEGIS_E_UNSUPPORTED,
				      "only A [..., M, K] x B [K, N] or equal batch dimensions are supported");
	if (a->d[a->rank - 1] != b->d[b->rank - 2])
		return onnx_node_fail(c, i, AEGIS_E_CONFIG, "inner dimensions differ (%lld, %lld)",
				      (long long)a->d[a->rank - 1], (long long)b->d[b->rank - 2]);
	struct onnx_shape o = *a;
	o.d[o.rank - 1] = b->d[b->rank - 1];
	return set_out(c, i, &o);
}

static aegis_status infer_concat(struct onnx_ctx *c, uint32_t i)
{
	struct onnx_node *n = &c->g->node[i];
	aegis_status st;
	for (uint32_t k = 0; k < n->n_in; k++)
		if (n->in[k] < 0)
			return onnx_node_fail(c, i, AEGIS_E_CONFIG, "input %u is empty", k);
	struct onnx_shape o = *shp(c, n->in[0]);
	if ((st = onnx_norm_axis(c, i, &n->a.axis, o.rank)) != AEGIS_OK)
		return st;
	for (uint32_t k = 1; k < n->n_in; k++) {
		const struct onnx_shape *s = shp(c, n->in[k]);
		bool ok = s->rank == o.rank;
		for (uint32_t q = 0; ok && q < o.rank; q++)
			ok = q == n->a.axis || s->d[q] == o.d[q];
		if (!ok)
			return onnx_node_fail(c, i, AEGIS_E_CONFIG, "input %u's shape does not fit", k);
		o.d[n->a.axis] += s->d[n->a.axis];
	}
	return set_out(c, i, &o);
}

/* A device operator's host input t (Resize's scales or sizes): *out = t, or -1 when
 * omitted or empty (an empty tensor stands for an omitted input); refused unless a
 * constant of data type dt by now. */
static aegis_status host_param(struct onnx_ctx *c, uint32_t i, int32_t t, int32_t dt,
			       const char *what, int32_t *out)
{
	*out = -1;
	if (t < 0)
		return AEGIS_OK;
	const struct onnx_tinfo *inf = &c->ti[t];
	if (!inf->host_const)
		return onnx_node_fail(c, i, AEGIS_E_UNSUPPORTED,
				      "%s '%s' must be a constant (an initializer, a Constant node or shape arithmetic on them)",
				      what, c->g->t[t].name);
	if (c->g->t[t].elems == 0)
		return AEGIS_OK;
	if (inf->bad[0] || inf->dtype != dt)
		return onnx_node_fail(c, i, AEGIS_E_UNSUPPORTED, "%s '%s' must be %s", what,
				      c->g->t[t].name, onnx_dtype_name(dt));
	*out = t;
	return AEGIS_OK;
}

/* Resize-11/13/19: out = floor(in * scale) (in float, as onnx does), or sizes; exactly
 * one of scales (in[1]) and sizes (in[2]), read here since host arithmetic may have
 * computed them. */
static aegis_status infer_resize(struct onnx_ctx *c, uint32_t i)
{
	struct onnx_node *n = &c->g->node[i];
	struct onnx_resize *r = &n->a.resize;
	const struct onnx_shape *x = shp(c, n->in[0]);
	aegis_status st;
	int32_t sc, sz;
	if ((st = host_param(c, i, n->in[1], ONNX_DT_FLOAT, "scales", &sc)) != AEGIS_OK ||
	    (st = host_param(c, i, n->in[2], ONNX_DT_INT64, "sizes", &sz)) != AEGIS_OK)
		return st;
	if ((sc < 0) == (sz < 0))
		return onnx_node_fail(c, i, AEGIS_E_CONFIG, "needs exactly one of scales and sizes");
	c->ni[i].resize_sizes = sz >= 0;
	const struct onnx_tensor *p = &c->g->t[sc >= 0 ? sc : sz];
	struct onnx_shape o = {.rank = x->rank};
	if (p->elems != x->rank)
		return onnx_node_fail(c, i, AEGIS_E_CONFIG, "%s has %llu values for rank %u",
				      c->ni[i].resize_sizes ? "sizes" : "scales",
				      (unsigned long long)p->elems, x->rank);
	for (uint32_t k = 0; k < x->rank; k++) {
		if (c->ni[i].resize_sizes) {
			o.d[k] = p->ints[k];
			r->scale[k] = (float)p->ints[k] / (float)x->d[k];
		} else {
			float s = p->data[k];
			if (!(s > 0.0f) || !isfinite(s))
				return onnx_node_fail(c, i, AEGIS_E_CONFIG, "scales[%u] = %g", k, (double)s);
			float d = floorf((float)x->d[k] * s);
			/* beyond MAX_ELEMS (and int64_t): set_out refuses it as too large */
			o.d[k] = d > (float)MAX_ELEMS ? (int64_t)MAX_ELEMS + 1 : (int64_t)d;
			r->scale[k] = s;
		}
		if (r->linear && k + 2 < x->rank && o.d[k] != x->d[k])
			return onnx_node_fail(c, i, AEGIS_E_UNSUPPORTED,
					      "linear resize of dimension %u (only the last two)", k);
	}
	if (r->linear && x->rank < 2)
		return onnx_node_fail(c, i, AEGIS_E_UNSUPPORTED, "linear resize needs rank >= 2");
	n->n_in = 1; /* scales/sizes were host-only */
	n->in[1] = n->in[2] = -1;
	return set_out(c, i, &o);
}

static aegis_status infer_node(struct onnx_ctx *c, uint32_t i)
{
	struct onnx_node *n = &c->g->node[i];
	const struct onnx_shape *x = shp(c, n->in[0]);
	aegis_status st;
	switch (n->op) {
	case ONNX_OP_CONV:
		return infer_conv(c, i);
	case ONNX_OP_MAXPOOL:
	case ONNX_OP_AVGPOOL:
		return infer_pool(c, i);
	case ONNX_OP_GLOBALAVGPOOL: {
		if ((st = need_rank(c, i, n->in[0], 4, "only 2-D pooling (NCHW) is supported")))
			return st;
		struct onnx_shape o = {.rank = 4, .d = {x->d[0], x->d[1], 1, 1}};
		return set_out(c, i, &o);
	}
	case ONNX_OP_ADD:
	case ONNX_OP_MUL:
		return infer_bcast(c, i);
	case ONNX_OP_FLATTEN:
		return infer_flatten(c, i);
	case ONNX_OP_RESHAPE:
		return infer_reshape(c, i);
	case ONNX_OP_GEMM:
		return infer_gemm(c, i);
	case ONNX_OP_MATMUL:
		return infer_matmul(c, i);
	case ONNX_OP_CONCAT:
		return infer_concat(c, i);
	case ONNX_OP_SOFTMAX:
		if ((st = onnx_norm_axis(c, i, &n->a.softmax.axis, x->rank)) != AEGIS_OK)
			return st;
		return set_out(c, i, x);
	case ONNX_OP_RESIZE:
		return infer_resize(c, i);
	case ONNX_OP_BATCHNORM:
		/* BatchNormalization-15: scale, B, mean, var are [C], C = X[1]. */
		if (x->rank < 2)
			return onnx_node_fail(c, i, AEGIS_E_CONFIG, "input rank < 2");
		for (uint32_t k = 1; k < 5; k++)
			if (c->g->t[n->in[k]].elems != (uint64_t)x->d[1] || !c->g->t[n->in[k]].data)
				return onnx_node_fail(c, i, AEGIS_E_CONFIG,
						      "parameter '%s' must hold %lld floats",
						      c->g->t[n->in[k]].name, (long long)x->d[1]);
		return set_out(c, i, x);
	default: /* element-wise: Relu, Clip, Sigmoid, HardSigmoid, HardSwish */
		return set_out(c, i, x);
	}
}

/* Readers of tensor t among the nodes, not counting node skip. */
static uint32_t readers(const struct onnx_graph *g, int32_t t, uint32_t skip)
{
	uint32_t r = 0;
	for (uint32_t i = 0; i < g->n_node; i++)
		for (uint32_t k = 0; k < g->node[i].n_in; k++)
			r += i != skip && g->node[i].in[k] == t;
	return r;
}

bool onnx_is_graph_output(const struct onnx_graph *g, int32_t t)
{
	for (uint32_t k = 0; k < g->n_outputs; k++)
		if (g->outputs[k] == t)
			return true;
	return false;
}

/*
 * BatchNormalization-15 in inference mode, y = gamma * (x - mean) / sqrt(var + eps) +
 * beta, folded into the Conv that produces x: with s = gamma / sqrt(var + eps) per
 * output channel m, W'[m] = s[m] W[m] and B'[m] = s[m] (B[m] - mean[m]) + beta[m]
 * (B = 0 when the Conv has none: a bias is added). Sound only when the Conv's output
 * has no other reader and its weights no other user; otherwise refused.
 */
static aegis_status fold_bn(struct onnx_ctx *c, uint32_t b)
{
	struct onnx_graph *g = c->g;
	int32_t x = g->node[b].in[0];
	int32_t p = g->t[x].producer;
	if (p < 0 || g->node[p].op != ONNX_OP_CONV)
		return onnx_node_fail(c, b, AEGIS_E_UNSUPPORTED,
				      "input '%s' is not a Conv's output: BatchNormalization is only run folded into the Conv before it",
				      g->t[x].name);
	if (readers(g, x, b) || onnx_is_graph_output(g, x))
		return onnx_node_fail(c, b, AEGIS_E_UNSUPPORTED,
				      "the Conv output '%s' has other readers: cannot fold", g->t[x].name);
	int32_t w = g->node[p].in[1];
	int32_t bias = g->node[p].n_in > 2 ? g->node[p].in[2] : -1;
	if (!c->ti[w].host_const || (bias >= 0 && !c->ti[bias].host_const))
		return onnx_node_fail(c, b, AEGIS_E_UNSUPPORTED,
				      "the Conv's weights or bias are not initializers: cannot fold");
	if (readers(g, w, (uint32_t)p) || (bias >= 0 && readers(g, bias, (uint32_t)p)))
		return onnx_node_fail(c, b, AEGIS_E_UNSUPPORTED,
				      "the Conv's weights or bias have other users: cannot fold");
	uint64_t m_n = (uint64_t)g->t[w].shape.d[0];
	if (g->t[x].shape.d[1] != (int64_t)m_n || !g->t[w].data)
		return onnx_node_fail(c, b, AEGIS_E_CONFIG, "channels disagree with the Conv");
	if (bias < 0) {
		char name[256];
		struct onnx_shape s = {.rank = 1, .d = {(int64_t)m_n}};
		snprintf(name, sizeof(name), "%s_bn_bias", g->t[w].name);
		for (int k = 1; onnx_graph_find(g, name) >= 0; k++)
			snprintf(name, sizeof(name), "%s_bn_bias%d", g->t[w].name, k);
		bias = onnx_tensor_add(c, name, ONNX_T_CONST, &s);
		if (bias < 0)
			return AEGIS_E_NOMEM;
		c->ti[bias].host_const = true;
		c->ti[bias].dtype = ONNX_DT_FLOAT;
		if (!(g->t[bias].data = calloc(m_n, sizeof(float))))
			return AEGIS_E_NOMEM;
		g->node[p].n_in = 3;
		g->node[p].in[2] = bias;
	}
	const struct onnx_node *bn = &g->node[b];
	const float *gam = g->t[bn->in[1]].data, *beta = g->t[bn->in[2]].data;
	const float *mean = g->t[bn->in[3]].data, *var = g->t[bn->in[4]].data;
	float *wd = g->t[w].data, *bd = g->t[bias].data;
	uint64_t per = g->t[w].elems / m_n;
	for (uint64_t m = 0; m < m_n; m++) {
		double s = (double)gam[m] / sqrt((double)var[m] + (double)c->ni[b].bn_eps);
		for (uint64_t j = 0; j < per; j++)
			wd[m * per + j] = (float)(wd[m * per + j] * s);
		bd[m] = (float)(((double)bd[m] - mean[m]) * s + beta[m]);
	}
	/* The Conv now writes the BN's output; x is left without producer or reader. */
	g->node[p].out = bn->out;
	g->t[bn->out].producer = p;
	g->t[x].producer = -1;
	c->ni[b].drop = true;
	return AEGIS_OK;
}

/* Drops the folded nodes (BatchNormalization, host operators) and the tensors they
 * orphaned; renumbers. */
static aegis_status compact(struct onnx_ctx *c)
{
	struct onnx_graph *g = c->g;
	uint32_t n = 0;
	for (uint32_t i = 0; i < g->n_node; i++) {
		if (c->ni[i].drop) {
			free(g->node[i].name);
			continue;
		}
		g->node[n] = g->node[i];
		c->ni[n] = c->ni[i];
		g->t[g->node[n].out].producer = (int32_t)n;
		n++;
	}
	g->n_node = n;
	int32_t *map = malloc((g->n_t ? g->n_t : 1) * sizeof(*map));
	if (!map)
		return AEGIS_E_NOMEM;
	uint32_t m = 0;
	for (uint32_t t = 0; t < g->n_t; t++) {
		bool orphan = g->t[t].kind == ONNX_T_ACT && g->t[t].producer < 0;
		if (orphan) {
			free(g->t[t].name);
			free(g->t[t].data);
			free(g->t[t].ints);
			map[t] = -1;
			continue;
		}
		map[t] = (int32_t)m;
		g->t[m] = g->t[t];
		c->ti[m] = c->ti[t];
		m++;
	}
	g->n_t = m;
	for (uint32_t i = 0; i < g->n_node; i++) {
		struct onnx_node *nd = &g->node[i];
		for (uint32_t k = 0; k < nd->n_in; k++)
			if (nd->in[k] >= 0)
				nd->in[k] = map[nd->in[k]];
		nd->out = map[nd->out];
	}
	for (uint32_t k = 0; k < g->n_inputs; k++)
		g->inputs[k] = map[g->inputs[k]];
	for (uint32_t k = 0; k < g->n_outputs; k++)
		g->outputs[k] = map[g->outputs[k]];
	free(map);
	return onnx_graph_reindex(g);
}

/* What a device operator reads must be float32 and static: its data inputs (Reshape's
 * shape and Resize's scales/sizes apart, read by their inference). */
static aegis_status check_data_inputs(struct onnx_ctx *c, uint32_t i)
{
	const struct onnx_node *n = &c->g->node[i];
	uint32_t n_data = n->op == ONNX_OP_RESHAPE || n->op == ONNX_OP_RESIZE ? 1 : n->n_in;
	for (uint32_t k = 0; k < n_data; k++) {
		int32_t t = n->in[k];
		if (t < 0)
			continue;
		if (c->ti[t].bad[0])
			return onnx_node_fail(c, i, AEGIS_E_UNSUPPORTED, "input %s", c->ti[t].bad);
		if (c->ti[t].dtype != ONNX_DT_FLOAT)
			return onnx_node_fail(c, i, AEGIS_E_UNSUPPORTED,
					      "input '%s' has data type %s (float32 only)", c->g->t[t].name,
					      onnx_dtype_name(c->ti[t].dtype));
	}
	return AEGIS_OK;
}

/* 2 x multiply-adds (matrix and window operators), elements otherwise. */
static double node_flops(const struct onnx_graph *g, const struct onnx_node *n)
{
	const struct onnx_tensor *o = &g->t[n->out];
	double e = (double)o->elems;
	switch (n->op) {
	case ONNX_OP_CONV: {
		const struct onnx_shape *w = &g->t[n->in[1]].shape;
		return 2.0 * e * (double)(w->d[1] * w->d[2] * w->d[3]) + (n->in[2] >= 0 ? e : 0.0);
	}
	case ONNX_OP_GEMM: {
		const struct onnx_shape *a = &g->t[n->in[0]].shape;
		double k = (double)a->d[n->a.gemm.trans_a ? 0 : 1];
		return 2.0 * e * k + (n->n_in > 2 && n->in[2] >= 0 ? e : 0.0);
	}
	case ONNX_OP_MATMUL: {
		const struct onnx_shape *a = &g->t[n->in[0]].shape;
		return 2.0 * e * (double)a->d[a->rank - 1];
	}
	case ONNX_OP_MAXPOOL:
	case ONNX_OP_AVGPOOL:
		return e * (double)(n->a.pool.kernel[0] * n->a.pool.kernel[1]);
	case ONNX_OP_GLOBALAVGPOOL:
		return (double)g->t[n->in[0]].elems;
	case ONNX_OP_FLATTEN:
	case ONNX_OP_RESHAPE:
	case ONNX_OP_CONCAT:
		return 0.0; /* views and copies */
	case ONNX_OP_RESIZE:
		return n->a.resize.linear ? 4.0 * e : e;
	default:
		return e;
	}
}

aegis_status onnx_shape_infer(struct onnx_ctx *c)
{
	struct onnx_graph *g = c->g;
	aegis_status st;
	bool any_bn = false, any_folded = false;
	/* One pass in topological order: a node's inputs are shaped (and, if computed by
	 * host operators, evaluated) before it is seen. */
	for (uint32_t i = 0; i < g->n_node; i++) {
		bool folded = false;
		if (c->ni[i].host != ONNX_HOST_NONE && (st = onnx_fold_host(c, i, &folded)) != AEGIS_OK)
			return st;
		any_folded |= folded;
		if (folded)
			continue;
		if ((st = check_data_inputs(c, i)) != AEGIS_OK || (st = infer_node(c, i)) != AEGIS_OK)
			return st;
		any_bn |= g->node[i].op == ONNX_OP_BATCHNORM;
	}
	if (any_bn)
		for (uint32_t i = 0; i < g->n_node; i++)
			if (g->node[i].op == ONNX_OP_BATCHNORM && (st = fold_bn(c, i)) != AEGIS_OK)
				return st;
	if ((any_bn || any_folded) && (st = compact(c)) != AEGIS_OK)
		return st;
	g->flops = 0.0;
	for (uint32_t i = 0; i < g->n_node; i++) {
		g->node[i].flops = node_flops(g, &g->node[i]);
		g->flops += g->node[i].flops;
	}
	return AEGIS_OK;
}
