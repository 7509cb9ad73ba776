/* Host operators of an ONNX graph (Shape, Gather, Slice, (Un)Squeeze, Concat, Cast
 * and arithmetic on constants): the shape arithmetic exported graphs compute, evaluated
 * into constants at load so the device runs none of it. Called by shape inference in
 * topological order; must not infer device operators' shapes (onnx_shape.c). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backend/onnx/onnx_internal.h"

/* A host constant is small (shape arithmetic): n_ints stays 32-bit. */
#define HOST_MAX_ELEMS (1ULL << 24)

static const char *host_name(const struct onnx_ctx *c, uint32_t i)
{
	return onnx_host_op_name(c->ni[i].host);
}

/* Input k of host node i, a constant of data type INT64 or FLOAT (any when dt is 0,
 * else dt); NULL when omitted. */
static aegis_status host_in(struct onnx_ctx *c, uint32_t i, uint32_t k, int32_t dt,
			    const struct onnx_tensor **out)
{
	const struct onnx_node *n = &c->g->node[i];
	int32_t t = k < n->n_in ? n->in[k] : -1;
	*out = NULL;
	if (t < 0)
		return AEGIS_OK;
	const struct onnx_tinfo *inf = &c->ti[t];
	int32_t d = inf->dtype;
	if ((dt && d != dt) || (d != ONNX_DT_INT64 && d != ONNX_DT_FLOAT))
		return onnx_node_fail(c, i, AEGIS_E_UNSUPPORTED,
				      "input '%s' has data type %s (%s here)", c->g->t[t].name,
				      onnx_dtype_name(d), dt ? onnx_dtype_name(dt) : "INT64 or FLOAT");
	if (inf->bad[0])
		return onnx_node_fail(c, i, AEGIS_E_UNSUPPORTED, "input %s", inf->bad);
	*out = &c->g->t[t];
	return AEGIS_OK;
}

/* Input k as a list of at most ONNX_MAX_RANK int64 (starts, ends, axes, steps): a 1-D
 * (or scalar) INT64 constant. *given false when omitted. */
static aegis_status host_list(struct onnx_ctx *c, uint32_t i, uint32_t k, const char *what,
			      int64_t *v, uint32_t *n, bool *given)
{
	const struct onnx_tensor *t;
	aegis_status st = host_in(c, i, k, ONNX_DT_INT64, &t);
	*given = t != NULL;
	*n = 0;
	if (st != AEGIS_OK || !t)
		return st;
	if (t->shape.rank > 1 || t->elems > ONNX_MAX_RANK)
		return onnx_node_fail(c, i, AEGIS_E_UNSUPPORTED,
				      "%s '%s' must be 1-D with at most %d values", what, t->name,
				      ONNX_MAX_RANK);
	*n = (uint32_t)t->elems;
	memcpy(v, t->ints, t->elems * sizeof(*v));
	return AEGIS_OK;
}

/* Node i's output as a host constant of shape s and data type dt, zeroed storage in
 * *out. A graph output cannot be one (the executor writes graph outputs). */
static aegis_status fold_out(struct onnx_ctx *c, uint32_t i, const struct onnx_shape *s,
			     int32_t dt, struct onnx_tensor **out)
{
	struct onnx_graph *g = c->g;
	int32_t o = g->node[i].out;
	char b[128];
	if (onnx_is_graph_output(g, o))
		return onnx_node_fail(c, i, AEGIS_E_UNSUPPORTED,
				      "graph output '%s' would be a constant computed at load (not supported)",
				      g->t[o].name);
	uint64_t e = 1;
	for (uint32_t k = 0; k < s->rank; k++) {
		if (s->d[k] < 1)
			return onnx_node_fail(c, i, AEGIS_E_UNSUPPORTED,
					      "output '%s' would be empty (%s): not supported",
					      g->t[o].name, onnx_shape_str(s, b, sizeof(b)));
		if ((uint64_t)s->d[k] > HOST_MAX_ELEMS || (e *= (uint64_t)s->d[k]) > HOST_MAX_ELEMS)
			return onnx_node_fail(c, i, AEGIS_E_UNSUPPORTED,
					      "output '%s' is too large for host arithmetic", g->t[o].name);
	}
	struct onnx_tensor *t = &g->t[o];
	if (dt == ONNX_DT_INT64) {
		if (!(t->ints = calloc(e, sizeof(*t->ints))))
			return AEGIS_E_NOMEM;
		t->n_ints = (uint32_t)e;
	} else if (!(t->data = calloc(e, sizeof(*t->data)))) {
		return AEGIS_E_NOMEM;
	}
	t->shape = *s;
	t->elems = e;
	t->kind = ONNX_T_CONST;
	t->producer = -1;
	c->ti[o].host_const = true;
	c->ti[o].dtype = dt;
	c->ti[o].bad[0] = '\0';
	*out = t;
	return AEGIS_OK;
}

/* Element j of a as element k of o (one data type). */
static void put(struct onnx_tensor *o, uint64_t k, const struct onnx_tensor *a, uint64_t j)
{
	if (o->ints)
		o->ints[k] = a->ints[j];
	else
		o->data[k] = a->data[j];
}

static int32_t dtype_of(const struct onnx_ctx *c, const struct onnx_tensor *t)
{
	return c->ti[t - c->g->t].dtype;
}

/* The next row-major multi-index over s; false after the last. */
static bool next_index(const struct onnx_shape *s, int64_t *idx)
{
	for (uint32_t k = s->rank; k-- > 0;) {
		if (++idx[k] < s->d[k])
			return true;
		idx[k] = 0;
	}
	return false;
}

/* Shape-15: the input's dimensions [start, end), negative ones from the end, both
 * clamped to [0, rank] (Shape-1/13: all of them). Needs only the input's shape, known
 * here since the nodes are inferred in topological order. */
static aegis_status fold_shape(struct onnx_ctx *c, uint32_t i)
{
	const struct onnx_shape *x = &c->g->t[c->g->node[i].in[0]].shape;
	const struct onnx_host_attr *h = &c->ni[i].h;
	int64_t r = x->rank, b = h->start, e = h->has_end ? h->end : r;
	b = b < 0 ? b + r : b;
	e = e < 0 ? e + r : e;
	b = b < 0 ? 0 : b > r ? r : b;
	e = e < 0 ? 0 : e > r ? r : e;
	struct onnx_shape s = {.rank = 1, .d = {e > b ? e - b : 0}};
	struct onnx_tensor *o;
	aegis_status st = fold_out(c, i, &s, ONNX_DT_INT64, &o);
	if (st != AEGIS_OK)
		return st;
	for (int64_t k = 0; k < s.d[0]; k++)
		o->ints[k] = x->d[b + k];
	return AEGIS_OK;
}

/* Gather-13: out = data.shape[:axis] + indices.shape + data.shape[axis+1:] and
 * out[o, j, q] = data[o, indices[j], q]; indices in [-d, d-1], negative from the end. */
static aegis_status fold_gather(struct onnx_ctx *c, uint32_t i)
{
	const struct onnx_tensor *x, *ix;
	aegis_status st;
	if ((st = host_in(c, i, 0, 0, &x)) != AEGIS_OK ||
	    (st = host_in(c, i, 1, ONNX_DT_INT64, &ix)) != AEGIS_OK)
		return st;
	const struct onnx_shape *xs = &x->shape;
	int64_t axis = c->ni[i].h.axis;
	if (xs->rank < 1)
		return onnx_node_fail(c, i, AEGIS_E_CONFIG, "data '%s' is a scalar", x->name);
	if ((st = onnx_norm_axis(c, i, &axis, xs->rank)) != AEGIS_OK)
		return st;
	if (xs->rank - 1 + ix->shape.rank > ONNX_MAX_RANK)
		return onnx_node_fail(c, i, AEGIS_E_UNSUPPORTED, "output rank above %d", ONNX_MAX_RANK);
	struct onnx_shape s = {.rank = 0};
	uint64_t outer = 1, inner = 1;
	for (uint32_t k = 0; k < xs->rank; k++) {
		if (k == axis) {
			for (uint32_t q = 0; q < ix->shape.rank; q++)
				s.d[s.rank++] = ix->shape.d[q];
			continue;
		}
		s.d[s.rank++] = xs->d[k];
		*(k < axis ? &outer : &inner) *= (uint64_t)xs->d[k];
	}
	int64_t dim = xs->d[axis];
	for (uint64_t j = 0; j < ix->elems; j++)
		if (ix->ints[j] < -dim || ix->ints[j] >= dim)
			return onnx_node_fail(c, i, AEGIS_E_CONFIG, "index %lld is out of range for %lld",
					      (long long)ix->ints[j], (long long)dim);
	struct onnx_tensor *o;
	if ((st = fold_out(c, i, &s, dtype_of(c, x), &o)) != AEGIS_OK)
		return st;
	uint64_t k = 0;
	for (uint64_t a = 0; a < outer; a++)
		for (uint64_t j = 0; j < ix->elems; j++) {
			int64_t v = ix->ints[j] < 0 ? ix->ints[j] + dim : ix->ints[j];
			for (uint64_t q = 0; q < inner; q++)
				put(o, k++, x, (a * (uint64_t)dim + (uint64_t)v) * inner + q);
		}
	return AEGIS_OK;
}

/* Slice-13 (Slice-1: starts, ends, axes as attributes, steps 1): for each sliced axis
 * of size d, start and end negative from the end, then clamped to [0, d] ([0, d-1]
 * and [-1, d-1] with a negative step); step != 0; ceil((end - start) / step) elements,
 * at least 0. Axes default to 0..n-1, negative from the end, no repeats. */
static aegis_status fold_slice(struct onnx_ctx *c, uint32_t i)
{
	const struct onnx_host_attr *h = &c->ni[i].h;
	const struct onnx_tensor *x;
	aegis_status st;
	int64_t sv[ONNX_MAX_RANK], ev[ONNX_MAX_RANK], av[ONNX_MAX_RANK], pv[ONNX_MAX_RANK];
	uint32_t ns, ne, na, np;
	bool has_a, has_p, given;
	if ((st = host_in(c, i, 0, 0, &x)) != AEGIS_OK)
		return st;
	if (c->opset < 10) {
		ns = ne = h->n_starts;
		memcpy(sv, h->starts, sizeof(sv));
		memcpy(ev, h->ends, sizeof(ev));
		na = h->n_axes;
		has_a = h->has_axes;
		memcpy(av, h->axes, sizeof(av));
		np = 0;
		has_p = false;
	} else if ((st = host_list(c, i, 1, "starts", sv, &ns, &given)) != AEGIS_OK ||
		   (st = host_list(c, i, 2, "ends", ev, &ne, &given)) != AEGIS_OK ||
		   (st = host_list(c, i, 3, "axes", av, &na, &has_a)) != AEGIS_OK ||
		   (st = host_list(c, i, 4, "steps", pv, &np, &has_p)) != AEGIS_OK) {
		return st;
	}
	const struct onnx_shape *xs = &x->shape;
	if (ne != ns || (has_a && na != ns) || (has_p && np != ns) || ns > xs->rank)
		return onnx_node_fail(c, i, AEGIS_E_CONFIG,
				      "starts, ends, axes and steps must have one length, at most the rank %u",
				      xs->rank);
	int64_t start[ONNX_MAX_RANK] = {0}, step[ONNX_MAX_RANK];
	struct onnx_shape s = *xs;
	bool seen[ONNX_MAX_RANK] = {false};
	for (uint32_t k = 0; k < xs->rank; k++)
		step[k] = 1;
	for (uint32_t j = 0; j < ns; j++) {
		int64_t a = has_a ? av[j] : (int64_t)j;
		if ((st = onnx_norm_axis(c, i, &a, xs->rank)) != AEGIS_OK)
			return st;
		if (seen[a])
			return onnx_node_fail(c, i, AEGIS_E_CONFIG, "axis %lld is repeated", (long long)a);
		seen[a] = true;
		int64_t d = xs->d[a], p = has_p ? pv[j] : 1, b = sv[j], e = ev[j];
		if (p == 0)
			return onnx_node_fail(c, i, AEGIS_E_CONFIG, "a step is 0");
		b = b < 0 ? b + d : b;
		e = e < 0 ? e + d : e;
		if (p > 0) {
			b = b < 0 ? 0 : b > d ? d : b;
			e = e < 0 ? 0 : e > d ? d : e;
		} else {
			b = b < 0 ? 0 : b > d - 1 ? d - 1 : b;
			e = e < -1 ? -1 : e > d - 1 ? d - 1 : e;
		}
		/* |INT64_MIN| is not an int64_t; any step of |p| >= span takes one element */
		int64_t span = p > 0 ? e - b : b - e, ap = p > 0 ? p : p == INT64_MIN ? INT64_MAX : -p;
		s.d[a] = span > 0 ? (span - 1) / ap + 1 : 0;
		start[a] = b;
		step[a] = p;
	}
	struct onnx_tensor *o;
	if ((st = fold_out(c, i, &s, dtype_of(c, x), &o)) != AEGIS_OK)
		return st;
	int64_t stride[ONNX_MAX_RANK], idx[ONNX_MAX_RANK] = {0};
	for (uint32_t k = xs->rank, m = 1; k-- > 0; m *= (uint32_t)xs->d[k])
		stride[k] = m;
	for (uint64_t k = 0; k < o->elems; k++, next_index(&s, idx)) {
		int64_t src = 0;
		for (uint32_t q = 0; q < xs->rank; q++)
			src += (start[q] + idx[q] * step[q]) * stride[q];
		put(o, k, x, (uint64_t)src);
	}
	return AEGIS_OK;
}

/* Unsqueeze-13 (-1/11: the axes attribute): rank r + n, axes in [-(r+n), r+n-1]
 * (negative from the end), no repeats; a 1 at each, the input's dimensions in order
 * elsewhere. Squeeze-13 (-1/11: attribute): the axes (in [-r, r-1], each of size 1)
 * removed, or every dimension of size 1 when none are given. The values are kept. */
static aegis_status fold_squeeze(struct onnx_ctx *c, uint32_t i, bool unsqueeze)
{
	const struct onnx_host_attr *h = &c->ni[i].h;
	const struct onnx_tensor *x;
	aegis_status st;
	int64_t av[ONNX_MAX_RANK];
	uint32_t na = h->n_axes;
	bool has_a = h->has_axes;
	if ((st = host_in(c, i, 0, 0, &x)) != AEGIS_OK)
		return st;
	if (c->opset < 13)
		memcpy(av, h->axes, sizeof(av));
	else if ((st = host_list(c, i, 1, "axes", av, &na, &has_a)) != AEGIS_OK)
		return st;
	const struct onnx_shape *xs = &x->shape;
	int64_t r = unsqueeze ? (int64_t)xs->rank + na : xs->rank;
	if (unsqueeze && (!has_a || r > ONNX_MAX_RANK))
		return onnx_node_fail(c, i, !has_a ? AEGIS_E_CONFIG : AEGIS_E_UNSUPPORTED,
				      !has_a ? "needs axes" : "output rank above the limit");
	bool mark[ONNX_MAX_RANK] = {false};
	for (uint32_t j = 0; j < na; j++) {
		if ((st = onnx_norm_axis(c, i, &av[j], r)) != AEGIS_OK)
			return st;
		if (mark[av[j]])
			return onnx_node_fail(c, i, AEGIS_E_CONFIG, "axis %lld is repeated",
					      (long long)av[j]);
		if (!unsqueeze && xs->d[av[j]] != 1)
			return onnx_node_fail(c, i, AEGIS_E_CONFIG, "axis %lld has size %lld, not 1",
					      (long long)av[j], (long long)xs->d[av[j]]);
		mark[av[j]] = true;
	}
	struct onnx_shape s = {.rank = 0};
	for (uint32_t k = 0, q = 0; k < r; k++) {
		if (unsqueeze)
			s.d[s.rank++] = mark[k] ? 1 : xs->d[q++];
		else if (has_a ? !mark[k] : xs->d[k] != 1)
			s.d[s.rank++] = xs->d[k];
	}
	struct onnx_tensor *o;
	if ((st = fold_out(c, i, &s, dtype_of(c, x), &o)) != AEGIS_OK)
		return st;
	for (uint64_t k = 0; k < o->elems; k++)
		put(o, k, x, k);
	return AEGIS_OK;
}

/* Concat-13 of constants: one data type, one rank (>= 1), the dimensions equal but
 * along axis (in [-r, r-1]). */
static aegis_status fold_concat(struct onnx_ctx *c, uint32_t i)
{
	struct onnx_node *n = &c->g->node[i];
	const struct onnx_tensor *in[ONNX_MAX_INPUTS];
	aegis_status st;
	if (n->n_in < 1)
		return onnx_node_fail(c, i, AEGIS_E_CONFIG, "needs inputs");
	for (uint32_t k = 0; k < n->n_in; k++) {
		if ((st = host_in(c, i, k, 0, &in[k])) != AEGIS_OK)
			return st;
		if (!in[k])
			return onnx_node_fail(c, i, AEGIS_E_CONFIG, "input %u is empty", k);
		if (dtype_of(c, in[k]) != dtype_of(c, in[0]))
			return onnx_node_fail(c, i, AEGIS_E_CONFIG, "inputs of different data types");
	}
	struct onnx_shape s = in[0]->shape;
	if (s.rank < 1)
		return onnx_node_fail(c, i, AEGIS_E_CONFIG, "input '%s' is a scalar (rank >= 1 only)",
				      in[0]->name);
	int64_t axis = n->a.axis;
	if ((st = onnx_norm_axis(c, i, &axis, s.rank)) != AEGIS_OK)
		return st;
	for (uint32_t k = 1; k < n->n_in; k++) {
		bool ok = in[k]->shape.rank == s.rank;
		for (uint32_t q = 0; ok && q < s.rank; q++)
			ok = q == axis || in[k]->shape.d[q] == s.d[q];
		if (!ok)
			return onnx_node_fail(c, i, AEGIS_E_CONFIG, "input %u's shape does not fit", k);
		s.d[axis] += in[k]->shape.d[axis];
	}
	uint64_t outer = 1;
	for (int64_t q = 0; q < axis; q++)
		outer *= (uint64_t)s.d[q];
	struct onnx_tensor *o;
	if ((st = fold_out(c, i, &s, dtype_of(c, in[0]), &o)) != AEGIS_OK)
		return st;
	uint64_t k = 0;
	for (uint64_t a = 0; a < outer; a++)
		for (uint32_t j = 0; j < n->n_in; j++) {
			uint64_t blk = in[j]->elems / outer;
			for (uint64_t q = 0; q < blk; q++)
				put(o, k++, in[j], a * blk + q);
		}
	return AEGIS_OK;
}

/* Cast-13/19 between INT64 and FLOAT: int64 to float rounds to nearest; float to int64
 * truncates toward zero (onnxruntime, numpy's astype), refused when not finite or out
 * of range. */
static aegis_status fold_cast(struct onnx_ctx *c, uint32_t i)
{
	const struct onnx_tensor *x;
	aegis_status st;
	int32_t to = c->ni[i].h.to;
	if ((st = host_in(c, i, 0, 0, &x)) != AEGIS_OK)
		return st;
	struct onnx_tensor *o;
	if ((st = fold_out(c, i, &x->shape, to, &o)) != AEGIS_OK)
		return st;
	for (uint64_t k = 0; k < x->elems; k++) {
		if (x->ints && to == ONNX_DT_INT64) {
			o->ints[k] = x->ints[k];
		} else if (x->ints) {
			o->data[k] = (float)x->ints[k];
		} else if (to == ONNX_DT_FLOAT) {
			o->data[k] = x->data[k];
		} else {
			float f = x->data[k];
			if (!isfinite(f) || f >= 0x1p63f || f < -0x1p63f)
				return onnx_node_fail(c, i, AEGIS_E_CONFIG, "%g does not fit INT64",
						      (double)f);
			o->ints[k] = (int64_t)f;
		}
	}
	return AEGIS_OK;
}

/* Element strides of a right-aligned to rank r, 0 along its broadcast dimensions. */
static void bcast_strides(const struct onnx_shape *a, uint32_t r, uint64_t *st)
{
	uint64_t m = 1;
	for (uint32_t k = r; k-- > 0;) {
		if (k < r - a->rank) {
			st[k] = 0;
			continue;
		}
		int64_t d = a->d[k - (r - a->rank)];
		st[k] = d == 1 ? 0 : m;
		m *= (uint64_t)d;
	}
}

/* One int64 operation; false on overflow or an integer division by zero. Div
 * truncates toward zero (onnxruntime, C). */
static bool arith_i64(enum onnx_host_op op, int64_t a, int64_t b, int64_t *r)
{
	switch (op) {
	case ONNX_HOST_ADD:
		return !__builtin_add_overflow(a, b, r);
	case ONNX_HOST_SUB:
		return !__builtin_sub_overflow(a, b, r);
	case ONNX_HOST_MUL:
		return !__builtin_mul_overflow(a, b, r);
	default:
		if (b == 0 || (a == INT64_MIN && b == -1))
			return false;
		*r = a / b;
		return true;
	}
}

/* Add-14, Sub-14, Mul-14, Div-14 on constants of one data type, numpy broadcasting;
 * int64 overflow and integer division by zero are refused. */
static aegis_status fold_arith(struct onnx_ctx *c, uint32_t i)
{
	const struct onnx_tensor *a, *b;
	aegis_status st;
	enum onnx_host_op op = c->ni[i].host;
	if ((st = host_in(c, i, 0, 0, &a)) != AEGIS_OK || (st = host_in(c, i, 1, 0, &b)) != AEGIS_OK)
		return st;
	if (!a || !b || dtype_of(c, a) != dtype_of(c, b))
		return onnx_node_fail(c, i, AEGIS_E_CONFIG, "needs two inputs of one data type");
	struct onnx_shape s = {.rank = a->shape.rank > b->shape.rank ? a->shape.rank : b->shape.rank};
	for (uint32_t k = 0; k < s.rank; k++) {
		int64_t da = k < s.rank - a->shape.rank ? 1 : a->shape.d[k - (s.rank - a->shape.rank)];
		int64_t db = k < s.rank - b->shape.rank ? 1 : b->shape.d[k - (s.rank - b->shape.rank)];
		if (da != db && da != 1 && db != 1)
			return onnx_node_fail(c, i, AEGIS_E_CONFIG, "shapes do not broadcast");
		s.d[k] = da == 1 ? db : da;
	}
	uint64_t sa[ONNX_MAX_RANK], sb[ONNX_MAX_RANK];
	int64_t idx[ONNX_MAX_RANK] = {0};
	bcast_strides(&a->shape, s.rank, sa);
	bcast_strides(&b->shape, s.rank, sb);
	struct onnx_tensor *o;
	if ((st = fold_out(c, i, &s, dtype_of(c, a), &o)) != AEGIS_OK)
		return st;
	for (uint64_t k = 0; k < o->elems; k++, next_index(&s, idx)) {
		uint64_t ja = 0, jb = 0;
		for (uint32_t q = 0; q < s.rank; q++) {
			ja += (uint64_t)idx[q] * sa[q];
			jb += (uint64_t)idx[q] * sb[q];
		}
		if (o->ints) {
			if (!arith_i64(op, a->ints[ja], b->ints[jb], &o->ints[k]))
				return onnx_node_fail(c, i, AEGIS_E_CONFIG,
						      "%lld %s %lld overflows INT64 or divides by zero",
						      (long long)a->ints[ja], host_name(c, i),
						      (long long)b->ints[jb]);
			continue;
		}
		float x = a->data[ja], y = b->data[jb];
		o->data[k] = op == ONNX_HOST_ADD ? x + y : op == ONNX_HOST_SUB ? x - y :
			     op == ONNX_HOST_MUL ? x * y : x / y;
	}
	return AEGIS_OK;
}

/*
 * Host node i: evaluated into a constant when its operands are constants (Shape: when
 * its input's shape is known, which in topological order it is), and marked to be
 * dropped; *folded says so. A host-only operator that reads data is refused; Concat,
 * Add and Mul then stay device operators (as does one that writes a graph output).
 */
aegis_status onnx_fold_host(struct onnx_ctx *c, uint32_t i, bool *folded)
{
	struct onnx_graph *g = c->g;
	struct onnx_node *n = &g->node[i];
	bool device = n->op != ONNX_OP_COUNT;
	aegis_status st;
	*folded = false;
	if (c->ni[i].host == ONNX_HOST_SHAPE) {
		if (c->ti[n->in[0]].bad[0]) /* a symbolic dimension: no constant */
			return onnx_node_fail(c, i, AEGIS_E_UNSUPPORTED, "input %s", c->ti[n->in[0]].bad);
	} else {
		for (uint32_t k = 0; k < n->n_in; k++) {
			int32_t t = n->in[k];
			if (t < 0 || c->ti[t].host_const)
				continue;
			if (device)
				return AEGIS_OK;
			return onnx_node_fail(c, i, AEGIS_E_UNSUPPORTED,
					      "input '%s' is not a constant: %s runs only at load, on constants and shapes (shape arithmetic)",
					      g->t[t].name, host_name(c, i));
		}
		if (device && onnx_is_graph_output(g, n->out))
			return AEGIS_OK;
	}
	switch (c->ni[i].host) {
	case ONNX_HOST_SHAPE:
		st = fold_shape(c, i);
		break;
	case ONNX_HOST_GATHER:
		st = fold_gather(c, i);
		break;
	case ONNX_HOST_SLICE:
		st = fold_slice(c, i);
		break;
	case ONNX_HOST_UNSQUEEZE:
	case ONNX_HOST_SQUEEZE:
		st = fold_squeeze(c, i, c->ni[i].host == ONNX_HOST_UNSQUEEZE);
		break;
	case ONNX_HOST_CONCAT:
		st = fold_concat(c, i);
		break;
	case ONNX_HOST_CAST:
		st = fold_cast(c, i);
		break;
	default:
		st = fold_arith(c, i);
		break;
	}
	if (st != AEGIS_OK)
		return st;
	n->n_in = 0; /* reads nothing now: no reader of anything (BN folding, liveness) */
	c->ni[i].drop = true;
	*folded = true;
	return AEGIS_OK;
}
