/* The ONNX loader: parses a ModelProto (protobuf-c, generated from onnx.proto) into
 * graph.h's IR, refusing what the backend does not run, then hands the IR to shape
 * inference (onnx_shape.c) and the memory plan (onnx_plan.c). Host-only; must not
 * keep any protobuf object past onnx_graph_load, nor touch a device. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/file.h"
#include "backend/onnx/onnx_internal.h"
#include "onnx.pb-c.h"

static const char *const op_names[ONNX_OP_COUNT] = {
#define ONNX_OP_NAME(e, s) s,
	ONNX_OPS(ONNX_OP_NAME)
#undef ONNX_OP_NAME
};

const char *onnx_op_name(enum onnx_op op)
{
	return (unsigned)op < ONNX_OP_COUNT ? op_names[op] : "?";
}

static const char *const host_op_names[ONNX_HOST_COUNT] = {
#define ONNX_HOST_NAME(e, s) s,
	ONNX_HOST_OPS(ONNX_HOST_NAME)
#undef ONNX_HOST_NAME
};

const char *onnx_host_op_name(enum onnx_host_op op)
{
	return (unsigned)op < ONNX_HOST_COUNT ? host_op_names[op] : "?";
}

static char *str_dup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *d = malloc(n);
	if (d)
		memcpy(d, s, n);
	return d;
}

/* TensorProto.DataType names for messages. */
const char *onnx_dtype_name(int32_t dt)
{
	static const char *const names[] = {"UNDEFINED", "FLOAT",  "UINT8",  "INT8",   "UINT16",
					    "INT16",     "INT32",  "INT64",  "STRING", "BOOL",
					    "FLOAT16",   "DOUBLE", "UINT32", "UINT64", "COMPLEX64",
					    "COMPLEX128", "BFLOAT16"};
	return dt >= 0 && (size_t)dt < sizeof(names) / sizeof(names[0]) ? names[dt] : "?";
}

static void vfail(struct onnx_ctx *c, const char *prefix, const char *fmt, va_list ap)
	__attribute__((format(printf, 3, 0)));
static void vfail(struct onnx_ctx *c, const char *prefix, const char *fmt, va_list ap)
{
	if (!c->detail || c->detail_len == 0)
		return;
	int n = snprintf(c->detail, c->detail_len, "%s: %s", c->g->path, prefix);
	if (n < 0 || (size_t)n >= c->detail_len)
		return;
	vsnprintf(c->detail + n, c->detail_len - (size_t)n, fmt, ap);
}

aegis_status onnx_fail(struct onnx_ctx *c, aegis_status st, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vfail(c, "", fmt, ap);
	va_end(ap);
	return st;
}

/* "node NAME (#src, OP): " where the node is not (yet) an IR node. */
static aegis_status raw_node_fail(struct onnx_ctx *c, const char *name, uint32_t src,
				  const char *op, aegis_status st, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));
static aegis_status raw_node_fail(struct onnx_ctx *c, const char *name, uint32_t src,
				  const char *op, aegis_status st, const char *fmt, ...)
{
	char prefix[256];
	snprintf(prefix, sizeof(prefix), "node %s%s(#%u, %s): ", name ? name : "",
		 name && name[0] ? " " : "", src, op);
	va_list ap;
	va_start(ap, fmt);
	vfail(c, prefix, fmt, ap);
	va_end(ap);
	return st;
}

aegis_status onnx_node_fail(struct onnx_ctx *c, uint32_t node, aegis_status st, const char *fmt,
			    ...)
{
	const struct onnx_node *n = &c->g->node[node];
	const char *op = n->op < ONNX_OP_COUNT ? onnx_op_name(n->op) : onnx_host_op_name(c->ni[node].host);
	char prefix[256];
	snprintf(prefix, sizeof(prefix), "node %s%s(#%u, %s): ", n->name, n->name[0] ? " " : "",
		 c->ni[node].src, op);
	va_list ap;
	va_start(ap, fmt);
	vfail(c, prefix, fmt, ap);
	va_end(ap);
	return st;
}

uint64_t onnx_shape_elems(const struct onnx_shape *s)
{
	uint64_t e = 1;
	for (uint32_t i = 0; i < s->rank; i++)
		e *= s->d[i] > 0 ? (uint64_t)s->d[i] : 0;
	return e;
}

const char *onnx_shape_str(const struct onnx_shape *s, char *buf, size_t len)
{
	size_t n = 0;
	n += (size_t)snprintf(buf, len, "[");
	for (uint32_t i = 0; i < s->rank && n < len; i++)
		n += (size_t)snprintf(buf + n, len - n, "%s%lld", i ? "," : "", (long long)s->d[i]);
	if (n < len)
		snprintf(buf + n, len - n, "]");
	return buf;
}

static const char *tensor_name(const void *g, uint32_t i)
{
	return ((const struct onnx_graph *)g)->t[i].name;
}

int32_t onnx_tensor_add(struct onnx_ctx *c, const char *name, enum onnx_tensor_kind kind,
			const struct onnx_shape *shape)
{
	struct onnx_graph *g = c->g;
	if (g->n_t == c->cap_t) {
		uint32_t cap = c->cap_t ? 2 * c->cap_t : 64;
		struct onnx_tensor *t = realloc(g->t, cap * sizeof(*t));
		if (!t)
			return -1;
		g->t = t;
		struct onnx_tinfo *ti = realloc(c->ti, cap * sizeof(*ti));
		if (!ti)
			return -1;
		c->ti = ti;
		c->cap_t = cap;
	}
	char *copy = str_dup(name ? name : "");
	if (!copy)
		return -1;
	struct onnx_tensor *t = &g->t[g->n_t];
	memset(t, 0, sizeof(*t));
	memset(&c->ti[g->n_t], 0, sizeof(c->ti[0]));
	t->name = copy;
	t->kind = kind;
	if (shape)
		t->shape = *shape;
	t->elems = onnx_shape_elems(&t->shape);
	t->alias = -1;
	t->producer = -1;
	t->last_use = -1;
	c->ti[g->n_t].dtype = ONNX_DT_FLOAT;
	if (str_index_put(&g->names, g->n_t, tensor_name, g) != 0) {
		free(copy);
		return -1;
	}
	return (int32_t)g->n_t++;
}

static int32_t node_add(struct onnx_ctx *c)
{
	struct onnx_graph *g = c->g;
	if (g->n_node == c->cap_node) {
		uint32_t cap = c->cap_node ? 2 * c->cap_node : 32;
		struct onnx_node *n = realloc(g->node, cap * sizeof(*n));
		if (!n)
			return -1;
		g->node = n;
		struct onnx_ninfo *ni = realloc(c->ni, cap * sizeof(*ni));
		if (!ni)
			return -1;
		c->ni = ni;
		c->cap_node = cap;
	}
	memset(&g->node[g->n_node], 0, sizeof(g->node[0]));
	memset(&c->ni[g->n_node], 0, sizeof(c->ni[0]));
	g->node[g->n_node].out = -1;
	return (int32_t)g->n_node++;
}

int32_t onnx_graph_find(const struct onnx_graph *g, const char *name)
{
	return str_index_get(&g->names, name, tensor_name, g);
}

aegis_status onnx_graph_reindex(struct onnx_graph *g)
{
	str_index_free(&g->names);
	for (uint32_t i = 0; i < g->n_t; i++)
		if (str_index_put(&g->names, i, tensor_name, g) != 0)
			return AEGIS_E_NOMEM;
	return AEGIS_OK;
}

void onnx_graph_destroy(struct onnx_graph *g)
{
	if (!g)
		return;
	for (uint32_t i = 0; i < g->n_t; i++) {
		free(g->t[i].name);
		free(g->t[i].data);
		free(g->t[i].ints);
	}
	for (uint32_t i = 0; i < g->n_node; i++)
		free(g->node[i].name);
	free(g->t);
	free(g->node);
	free(g->inputs);
	free(g->outputs);
	free(g->path);
	str_index_free(&g->names);
	free(g);
}

/* ---- attributes ---- */

static const Onnx__AttributeProto *attr(const Onnx__NodeProto *np, const char *name)
{
	for (size_t i = 0; i < np->n_attribute; i++)
		if (np->attribute[i]->name && strcmp(np->attribute[i]->name, name) == 0)
			return np->attribute[i];
	return NULL;
}

static int64_t attr_i(const Onnx__NodeProto *np, const char *name, int64_t def)
{
	const Onnx__AttributeProto *a = attr(np, name);
	return a && a->has_i ? a->i : def;
}

static float attr_f(const Onnx__NodeProto *np, const char *name, float def)
{
	const Onnx__AttributeProto *a = attr(np, name);
	return a && a->has_f ? a->f : def;
}

/* A STRING attribute into buf (NUL-terminated, cut at len-1), or def. */
static const char *attr_s(const Onnx__NodeProto *np, const char *name, const char *def, char *buf,
			  size_t len)
{
	const Onnx__AttributeProto *a = attr(np, name);
	if (!a || !a->has_s)
		return def;
	size_t n = a->s.len < len - 1 ? a->s.len : len - 1;
	memcpy(buf, a->s.data, n);
	buf[n] = '\0';
	return buf;
}

/* An INTS attribute of exactly n values into v (defaults left when absent); false when
 * present with another length. */
static bool attr_ints(const Onnx__NodeProto *np, const char *name, int64_t *v, size_t n)
{
	const Onnx__AttributeProto *a = attr(np, name);
	if (!a || a->n_ints == 0)
		return true;
	if (a->n_ints != n)
		return false;
	memcpy(v, a->ints, n * sizeof(*v));
	return true;
}

/* ---- tensors from the file ---- */

/* A TensorProto (initializer or Constant value) as a host constant named name. */
static aegis_status tensor_from_proto(struct onnx_ctx *c, const Onnx__TensorProto *tp,
				      const char *name, int32_t *out)
{
	struct onnx_shape s = {0};
	bool empty = false;
	if (tp->n_dims > ONNX_MAX_RANK)
		return onnx_fail(c, AEGIS_E_UNSUPPORTED, "initializer '%s' has rank %zu (at most %d)",
				 name, tp->n_dims, ONNX_MAX_RANK);
	s.rank = (uint32_t)tp->n_dims;
	for (size_t i = 0; i < tp->n_dims; i++) {
		if (tp->dims[i] < 0)
			return onnx_fail(c, AEGIS_E_CONFIG, "initializer '%s': negative dimension",
					 name);
		empty |= tp->dims[i] == 0;
		s.d[i] = tp->dims[i];
	}
	/* The element count must not wrap: a wrapped count could match the data's length
	 * and pass for the shape's. */
	uint64_t elems = 1;
	for (size_t i = 0; i < tp->n_dims && !empty; i++)
		if (__builtin_mul_overflow(elems, (uint64_t)tp->dims[i], &elems))
			return onnx_fail(c, AEGIS_E_UNSUPPORTED, "initializer '%s' is too large", name);
	int32_t ti = onnx_tensor_add(c, name, ONNX_T_CONST, &s);
	if (ti < 0)
		return AEGIS_E_NOMEM;
	*out = ti;
	struct onnx_tensor *t = &c->g->t[ti];
	struct onnx_tinfo *inf = &c->ti[ti];
	inf->host_const = true;
	inf->dtype = tp->has_data_type ? tp->data_type : 0;
	uint64_t n = t->elems;
	if (empty)
		snprintf(inf->bad, sizeof(inf->bad), "'%s' is empty", name);
	if ((tp->has_data_location &&
	     tp->data_location == ONNX__TENSOR_PROTO__DATA_LOCATION__EXTERNAL) ||
	    tp->n_external_data) {
		snprintf(inf->bad, sizeof(inf->bad), "'%s' keeps its data in an external file (not supported)",
			 name);
		return AEGIS_OK;
	}
	if (inf->dtype == ONNX_DT_FLOAT) {
		if (n == 0)
			return AEGIS_OK;
		/* The data's length first: the allocation is then bounded by the file's. */
		if (tp->has_raw_data ? tp->raw_data.len / sizeof(float) != n ||
				       tp->raw_data.len % sizeof(float) :
				       tp->n_float_data != n)
			return onnx_fail(c, AEGIS_E_CONFIG,
					 "initializer '%s': %llu elements but %zu bytes of data", name,
					 (unsigned long long)n,
					 tp->has_raw_data ? tp->raw_data.len : tp->n_float_data * 4);
		t->data = malloc(n * sizeof(float));
		if (!t->data)
			return AEGIS_E_NOMEM;
		memcpy(t->data, tp->has_raw_data ? (const void *)tp->raw_data.data :
			       (const void *)tp->float_data,
		       n * sizeof(float)); /* raw_data is little-endian, as the host */
	} else if (inf->dtype == ONNX_DT_INT64) {
		if (n == 0)
			return AEGIS_OK;
		if (n > UINT32_MAX)
			return onnx_fail(c, AEGIS_E_UNSUPPORTED, "initializer '%s' is too large", name);
		if (tp->has_raw_data ? tp->raw_data.len != n * sizeof(int64_t) :
				       tp->n_int64_data != n)
			return onnx_fail(c, AEGIS_E_CONFIG,
					 "initializer '%s': %llu elements but the data disagree", name,
					 (unsigned long long)n);
		t->ints = malloc(n * sizeof(int64_t));
		if (!t->ints)
			return AEGIS_E_NOMEM;
		t->n_ints = (uint32_t)n;
		memcpy(t->ints, tp->has_raw_data ? (const void *)tp->raw_data.data :
			       (const void *)tp->int64_data,
		       n * sizeof(int64_t));
	} else {
		snprintf(inf->bad, sizeof(inf->bad), "'%s' has data type %s (float32 only)", name,
			 onnx_dtype_name(inf->dtype));
	}
	return AEGIS_OK;
}

/* A graph input's declared type: its shape, or why it is refused in bad. */
static void value_info_shape(const Onnx__ValueInfoProto *vi, struct onnx_shape *s,
			     struct onnx_tinfo *inf)
{
	memset(s, 0, sizeof(*s));
	const Onnx__TypeProto *tp = vi->type;
	const char *nm = vi->name ? vi->name : "";
	if (!tp || tp->value_case != ONNX__TYPE_PROTO__VALUE_TENSOR_TYPE || !tp->tensor_type) {
		snprintf(inf->bad, sizeof(inf->bad), "'%s' is not a tensor", nm);
		return;
	}
	const Onnx__TypeProto__Tensor *tt = tp->tensor_type;
	inf->dtype = tt->has_elem_type ? tt->elem_type : 0;
	if (inf->dtype != ONNX_DT_FLOAT) {
		snprintf(inf->bad, sizeof(inf->bad), "'%s' has data type %s (float32 only)", nm,
			 onnx_dtype_name(inf->dtype));
		return;
	}
	if (!tt->shape) {
		snprintf(inf->bad, sizeof(inf->bad), "'%s' has no shape (static shapes only)", nm);
		return;
	}
	if (tt->shape->n_dim > ONNX_MAX_RANK) {
		snprintf(inf->bad, sizeof(inf->bad), "'%s' has rank %zu (at most %d)", nm,
			 tt->shape->n_dim, ONNX_MAX_RANK);
		return;
	}
	s->rank = (uint32_t)tt->shape->n_dim;
	for (size_t i = 0; i < tt->shape->n_dim; i++) {
		const Onnx__TensorShapeProto__Dimension *d = tt->shape->dim[i];
		if (d->value_case == ONNX__TENSOR_SHAPE_PROTO__DIMENSION__VALUE_DIM_PARAM) {
			snprintf(inf->bad, sizeof(inf->bad),
				 "'%s' has a symbolic dimension %zu ('%s'): static shapes only", nm, i,
				 d->dim_param ? d->dim_param : "");
			return;
		}
		if (d->value_case != ONNX__TENSOR_SHAPE_PROTO__DIMENSION__VALUE_DIM_VALUE ||
		    d->dim_value < 1) {
			snprintf(inf->bad, sizeof(inf->bad),
				 "'%s' has dimension %zu missing or < 1: static shapes only", nm, i);
			return;
		}
		s->d[i] = d->dim_value;
	}
}

/* ---- nodes ---- */

static int op_lookup(const char *s)
{
	for (int i = 0; i < ONNX_OP_COUNT; i++)
		if (strcmp(op_names[i], s) == 0)
			return i;
	return -1;
}

static bool default_domain(const char *d)
{
	return !d || !d[0] || strcmp(d, "ai.onnx") == 0;
}

static bool is_identity(const Onnx__NodeProto *np)
{
	return default_domain(np->domain) && np->op_type && strcmp(np->op_type, "Identity") == 0 &&
	       np->n_input == 1 && np->n_output == 1;
}

static const char *identity_output(const void *gp, uint32_t i)
{
	return ((const Onnx__GraphProto *)gp)->node[i]->output[0];
}

/* c->ident over the graph's Identity nodes (the first writer of a name wins) and an
 * empty c->ident_to. AEGIS_OK or AEGIS_E_NOMEM. */
static aegis_status index_identities(struct onnx_ctx *c)
{
	const Onnx__GraphProto *gp = c->graph_proto;
	if (gp->n_node > UINT32_MAX - 1 || !(c->ident_to = calloc(gp->n_node + 1, sizeof(char *))))
		return AEGIS_E_NOMEM;
	for (size_t i = 0; i < gp->n_node; i++)
		if (is_identity(gp->node[i]) &&
		    str_index_put(&c->ident, (uint32_t)i, identity_output, gp) != 0)
			return AEGIS_E_NOMEM;
	return AEGIS_OK;
}

/* Identity nodes (ONNX Identity-1..21) run nothing: a name an Identity writes stands for
 * its input, followed through chains (at most one step per node: a cycle ends). Each
 * node's answer is kept, so that a chain of n Identities costs O(n) in all, not per
 * name. */
static const char *resolve_identity(struct onnx_ctx *c, const char *name)
{
	const Onnx__GraphProto *gp = c->graph_proto;
	if (!gp || !c->ident_to)
		return name;
	int32_t first = str_index_get(&c->ident, name, identity_output, gp);
	if (first < 0)
		return name;
	if (c->ident_to[first])
		return c->ident_to[first];
	int32_t i = first;
	for (size_t hops = 0; i >= 0 && hops < gp->n_node; hops++) {
		if (c->ident_to[i]) {
			name = c->ident_to[i];
			break;
		}
		name = gp->node[i]->input[0];
		i = str_index_get(&c->ident, name, identity_output, gp);
	}
	/* every node of the walk stands for the same name */
	for (int32_t k = first; k >= 0 && !c->ident_to[k];) {
		c->ident_to[k] = name;
		k = str_index_get(&c->ident, gp->node[k]->input[0], identity_output, gp);
	}
	return name;
}

/* A Constant node (ONNX Constant-1..13): its value as a host constant. */
static aegis_status constant_node(struct onnx_ctx *c, const Onnx__NodeProto *np, uint32_t src)
{
	const char *nm = np->name ? np->name : "";
	if (np->n_output != 1 || !np->output[0][0])
		return raw_node_fail(c, nm, src, "Constant", AEGIS_E_CONFIG, "needs one output");
	const char *out = np->output[0];
	if (onnx_graph_find(c->g, out) >= 0)
		return raw_node_fail(c, nm, src, "Constant", AEGIS_E_CONFIG,
				     "output '%s' is written twice", out);
	const Onnx__AttributeProto *a;
	int32_t ti;
	if ((a = attr(np, "value")) && a->t)
		return tensor_from_proto(c, a->t, out, &ti);
	bool isf = (a = attr(np, "value_float")) != NULL || (a = attr(np, "value_floats")) != NULL;
	bool isi = !isf && ((a = attr(np, "value_int")) != NULL || (a = attr(np, "value_ints")) != NULL);
	if (!isf && !isi)
		return raw_node_fail(c, nm, src, "Constant", AEGIS_E_UNSUPPORTED,
				     "only value, value_float(s) and value_int(s) are supported");
	bool scalar = a->type == ONNX__ATTRIBUTE_PROTO__ATTRIBUTE_TYPE__FLOAT ||
		      a->type == ONNX__ATTRIBUTE_PROTO__ATTRIBUTE_TYPE__INT;
	size_t n = scalar ? 1 : (isf ? a->n_floats : a->n_ints);
	struct onnx_shape s = {.rank = scalar ? 0 : 1, .d = {(int64_t)n}};
	ti = onnx_tensor_add(c, out, ONNX_T_CONST, &s);
	if (ti < 0)
		return AEGIS_E_NOMEM;
	struct onnx_tensor *t = &c->g->t[ti];
	c->ti[ti].host_const = true;
	if (n == 0) {
		snprintf(c->ti[ti].bad, sizeof(c->ti[ti].bad), "'%s' is empty", out);
		c->ti[ti].dtype = isf ? ONNX_DT_FLOAT : ONNX_DT_INT64;
		return AEGIS_OK;
	}
	if (isf) {
		if (!(t->data = malloc(n * sizeof(float))))
			return AEGIS_E_NOMEM;
		if (scalar)
			t->data[0] = a->f;
		else
			memcpy(t->data, a->floats, n * sizeof(float));
	} else {
		c->ti[ti].dtype = ONNX_DT_INT64;
		if (!(t->ints = malloc(n * sizeof(int64_t))))
			return AEGIS_E_NOMEM;
		t->n_ints = (uint32_t)n;
		if (scalar)
			t->ints[0] = a->i;
		else
			memcpy(t->ints, a->ints, n * sizeof(int64_t));
	}
	return AEGIS_OK;
}

/* Input k of the raw node as a host float constant (Clip's bounds, Resize's scales):
 * *t its index, -1 when omitted. */
static aegis_status host_input(struct onnx_ctx *c, uint32_t node, const int32_t *raw,
			       uint32_t n_raw, uint32_t k, int32_t dtype, const char *what,
			       int32_t *t)
{
	*t = k < n_raw ? raw[k] : -1;
	if (*t < 0)
		return AEGIS_OK;
	const struct onnx_tinfo *inf = &c->ti[*t];
	if (!inf->host_const)
		return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED,
				      "%s '%s' must be a constant (an initializer or a Constant node)",
				      what, c->g->t[*t].name);
	if (c->g->t[*t].elems == 0) { /* an empty tensor stands for an omitted input */
		*t = -1;
		return AEGIS_OK;
	}
	if (inf->bad[0] || inf->dtype != dtype)
		return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED, "%s '%s' must be %s", what,
				      c->g->t[*t].name, onnx_dtype_name(dtype));
	return AEGIS_OK;
}

static aegis_status parse_pads(struct onnx_ctx *c, uint32_t node, const Onnx__NodeProto *np,
			       int64_t stride[2], int64_t dilation[2], int64_t pad[4])
{
	char buf[32];
	const char *ap = attr_s(np, "auto_pad", "NOTSET", buf, sizeof(buf));
	if (strcmp(ap, "NOTSET") == 0)
		c->ni[node].auto_pad = ONNX_PAD_NOTSET;
	else if (strcmp(ap, "VALID") == 0)
		c->ni[node].auto_pad = ONNX_PAD_VALID;
	else if (strcmp(ap, "SAME_UPPER") == 0)
		c->ni[node].auto_pad = ONNX_PAD_SAME_UPPER;
	else if (strcmp(ap, "SAME_LOWER") == 0)
		c->ni[node].auto_pad = ONNX_PAD_SAME_LOWER;
	else
		return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED, "auto_pad '%s' is not supported",
				      ap);
	stride[0] = stride[1] = dilation[0] = dilation[1] = 1;
	pad[0] = pad[1] = pad[2] = pad[3] = 0;
	if (!attr_ints(np, "strides", stride, 2) || !attr_ints(np, "dilations", dilation, 2) ||
	    !attr_ints(np, "pads", pad, 4))
		return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED,
				      "strides, dilations or pads are not 2-D (only 2-D is supported)");
	for (int i = 0; i < 2; i++)
		if (stride[i] < 1 || dilation[i] < 1)
			return onnx_node_fail(c, node, AEGIS_E_CONFIG, "strides and dilations must be >= 1");
	for (int i = 0; i < 4; i++)
		if (pad[i] < 0)
			return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED, "negative pads");
	if (c->ni[node].auto_pad != ONNX_PAD_NOTSET)
		pad[0] = pad[1] = pad[2] = pad[3] = 0;
	return AEGIS_OK;
}

/* The operator's attributes and host inputs; raw holds the file's inputs resolved. */
static aegis_status parse_attrs(struct onnx_ctx *c, uint32_t node, const Onnx__NodeProto *np,
				const int32_t *raw, uint32_t n_raw)
{
	struct onnx_node *n = &c->g->node[node];
	aegis_status st;
	char buf[64];
	int32_t t;
	/* data inputs: the first few raw inputs (host ones are read below) */
	uint32_t n_data = n_raw;
	switch (n->op) {
	case ONNX_OP_CONV: {
		struct onnx_conv *cv = &n->a.conv;
		if (n_raw < 2 || n_raw > 3 || raw[0] < 0 || raw[1] < 0)
			return onnx_node_fail(c, node, AEGIS_E_CONFIG, "needs inputs X, W and optionally B");
		cv->kernel[0] = cv->kernel[1] = 0;
		if (!attr_ints(np, "kernel_shape", cv->kernel, 2))
			return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED,
					      "kernel_shape is not 2-D (only 2-D convolution is supported)");
		if ((st = parse_pads(c, node, np, cv->stride, cv->dilation, cv->pad)) != AEGIS_OK)
			return st;
		cv->group = attr_i(np, "group", 1);
		if (cv->group < 1)
			return onnx_node_fail(c, node, AEGIS_E_CONFIG, "group must be >= 1");
		/* W and B are usually initializers (WEIGHT) but may be graph inputs; folding a
		 * BatchNormalization needs them to be initializers (onnx_shape.c). */
		break;
	}
	case ONNX_OP_MAXPOOL:
	case ONNX_OP_AVGPOOL: {
		struct onnx_pool *p = &n->a.pool;
		const Onnx__AttributeProto *ks = attr(np, "kernel_shape");
		if (!ks || ks->n_ints != 2)
			return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED,
					      "kernel_shape is not 2-D (only 2-D pooling is supported)");
		p->kernel[0] = ks->ints[0];
		p->kernel[1] = ks->ints[1];
		if (p->kernel[0] < 1 || p->kernel[1] < 1)
			return onnx_node_fail(c, node, AEGIS_E_CONFIG, "kernel_shape must be >= 1");
		if ((st = parse_pads(c, node, np, p->stride, p->dilation, p->pad)) != AEGIS_OK)
			return st;
		p->ceil_mode = attr_i(np, "ceil_mode", 0) != 0;
		p->count_include_pad = attr_i(np, "count_include_pad", 0) != 0;
		if (n->op == ONNX_OP_MAXPOOL && attr_i(np, "storage_order", 0) != 0)
			return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED,
					      "storage_order 1 (column-major indices) is not supported");
		n_data = 1;
		break;
	}
	case ONNX_OP_HARDSIGMOID:
		n->a.hsig.alpha = attr_f(np, "alpha", 0.2f);
		n->a.hsig.beta = attr_f(np, "beta", 0.5f);
		break;
	case ONNX_OP_HARDSWISH: /* HardSwish-14: x * HardSigmoid(x) with alpha 1/6, beta 0.5 */
		n->a.hsig.alpha = 1.0f / 6.0f;
		n->a.hsig.beta = 0.5f;
		break;
	case ONNX_OP_CLIP:
		/* Clip-6: min/max attributes; Clip-11 and later: optional inputs 1 and 2. */
		n->a.clip.lo = -INFINITY;
		n->a.clip.hi = INFINITY;
		if (c->opset < 11) {
			n->a.clip.lo = attr_f(np, "min", -INFINITY);
			n->a.clip.hi = attr_f(np, "max", INFINITY);
		} else {
			for (uint32_t k = 1; k <= 2; k++) {
				st = host_input(c, node, raw, n_raw, k, ONNX_DT_FLOAT,
						k == 1 ? "min" : "max", &t);
				if (st != AEGIS_OK)
					return st;
				if (t < 0)
					continue;
				if (c->g->t[t].elems != 1)
					return onnx_node_fail(c, node, AEGIS_E_CONFIG,
							      "%s must be a scalar", k == 1 ? "min" : "max");
				*(k == 1 ? &n->a.clip.lo : &n->a.clip.hi) = c->g->t[t].data[0];
			}
		}
		n_data = 1;
		break;
	case ONNX_OP_ADD:
	case ONNX_OP_MUL:
		if (c->opset < 7)
			return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED,
					      "opset %lld (legacy broadcast attribute) is not supported; opset >= 7 only",
					      (long long)c->opset);
		if (n_raw != 2 || raw[0] < 0 || raw[1] < 0)
			return onnx_node_fail(c, node, AEGIS_E_CONFIG, "needs two inputs");
		break;
	case ONNX_OP_FLATTEN:
		n->a.axis = attr_i(np, "axis", 1); /* normalised by shape inference */
		break;
	case ONNX_OP_RESHAPE:
		/* Reshape-5 and later: the shape is input 1 (a constant here). */
		if (c->opset < 5)
			return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED,
					      "Reshape before opset 5 (shape attribute) is not supported");
		if (n_raw != 2 || raw[0] < 0 || raw[1] < 0)
			return onnx_node_fail(c, node, AEGIS_E_CONFIG, "needs inputs data and shape");
		c->ni[node].allowzero = attr_i(np, "allowzero", 0) != 0;
		/* in[1] (the shape, a constant once host operators are folded) is read and
		 * dropped by shape inference */
		n->n_in = 2;
		n->in[0] = raw[0];
		n->in[1] = raw[1];
		return AEGIS_OK;
	case ONNX_OP_GEMM:
		n->a.gemm.alpha = attr_f(np, "alpha", 1.0f);
		n->a.gemm.beta = attr_f(np, "beta", 1.0f);
		n->a.gemm.trans_a = attr_i(np, "transA", 0) != 0;
		n->a.gemm.trans_b = attr_i(np, "transB", 0) != 0;
		if (n_raw < 2 || n_raw > 3 || raw[0] < 0 || raw[1] < 0)
			return onnx_node_fail(c, node, AEGIS_E_CONFIG, "needs inputs A, B and optionally C");
		break;
	case ONNX_OP_MATMUL:
		if (n_raw != 2 || raw[0] < 0 || raw[1] < 0)
			return onnx_node_fail(c, node, AEGIS_E_CONFIG, "needs two inputs");
		break;
	case ONNX_OP_CONCAT: {
		const Onnx__AttributeProto *a = attr(np, "axis");
		if (!a || !a->has_i)
			return onnx_node_fail(c, node, AEGIS_E_CONFIG, "needs the axis attribute");
		n->a.axis = a->i;
		if (n_raw < 1)
			return onnx_node_fail(c, node, AEGIS_E_CONFIG, "needs inputs");
		break;
	}
	case ONNX_OP_SOFTMAX:
		/* Softmax-1/11: axis default 1, the input coerced to 2-D at axis (the
		 * dimensions axis..rank-1 taken as one); Softmax-13: axis default -1, the
		 * one dimension. */
		n->a.softmax.to_end = c->opset < 13;
		n->a.softmax.axis = attr_i(np, "axis", c->opset < 13 ? 1 : -1);
		break;
	case ONNX_OP_RESIZE: {
		/* Resize-11/13/18/19: inputs X, roi, scales, sizes; attributes below. */
		struct onnx_resize *r = &n->a.resize;
		if (c->opset < 11)
			return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED,
					      "Resize-10 (opset %lld) is not supported; opset >= 11 only",
					      (long long)c->opset);
		const char *mode = attr_s(np, "mode", "nearest", buf, sizeof(buf));
		if (strcmp(mode, "nearest") == 0)
			r->linear = false;
		else if (strcmp(mode, "linear") == 0)
			r->linear = true;
		else
			return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED,
					      "mode '%s' is not supported (nearest, linear)", mode);
		const char *cm = attr_s(np, "coordinate_transformation_mode", "half_pixel", buf,
					sizeof(buf));
		static const char *const coords[] = {"half_pixel", "asymmetric", "align_corners",
						     "pytorch_half_pixel"};
		int ci = -1;
		for (int i = 0; i < 4; i++)
			if (strcmp(cm, coords[i]) == 0)
				ci = i;
		if (ci < 0)
			return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED,
					      "coordinate_transformation_mode '%s' is not supported", cm);
		r->coord = (enum onnx_coord_mode)ci;
		const char *nmode = attr_s(np, "nearest_mode", "round_prefer_floor", buf, sizeof(buf));
		static const char *const nmodes[] = {"round_prefer_floor", "round_prefer_ceil", "floor",
						     "ceil"};
		int ni = -1;
		for (int i = 0; i < 4; i++)
			if (strcmp(nmode, nmodes[i]) == 0)
				ni = i;
		if (ni < 0)
			return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED,
					      "nearest_mode '%s' is not supported", nmode);
		r->nearest = (enum onnx_nearest_mode)ni;
		if (attr_i(np, "antialias", 0) != 0)
			return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED, "antialias is not supported");
		if (attr_i(np, "exclude_outside", 0) != 0)
			return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED,
					      "exclude_outside is not supported");
		if (attr(np, "axes"))
			return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED, "the axes attribute is not supported");
		const char *kp = attr_s(np, "keep_aspect_ratio_policy", "stretch", buf, sizeof(buf));
		if (strcmp(kp, "stretch") != 0)
			return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED,
					      "keep_aspect_ratio_policy '%s' is not supported", kp);
		if (n_raw < 1 || raw[0] < 0)
			return onnx_node_fail(c, node, AEGIS_E_CONFIG, "missing input");
		/* roi (input 1) only matters for tf_crop_and_resize, refused above. scales and
		 * sizes may be computed by host operators: shape inference reads them, once
		 * folded, and drops them. */
		n->n_in = 3;
		n->in[0] = raw[0];
		n->in[1] = n_raw > 2 ? raw[2] : -1;
		n->in[2] = n_raw > 3 ? raw[3] : -1;
		return AEGIS_OK;
	}
	case ONNX_OP_BATCHNORM:
		/* BatchNormalization-9/14/15: X, scale, B, mean, var; inference mode only. */
		if (attr_i(np, "training_mode", 0) != 0)
			return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED, "training_mode is not supported");
		if (attr_i(np, "spatial", 1) != 1)
			return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED, "spatial 0 is not supported");
		if (n_raw != 5 || raw[0] < 0)
			return onnx_node_fail(c, node, AEGIS_E_CONFIG,
					      "needs inputs X, scale, B, mean and var");
		for (uint32_t k = 1; k < 5; k++) {
			if (raw[k] < 0 || !c->ti[raw[k]].host_const)
				return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED,
						      "parameter %u must be an initializer (for folding)", k);
		}
		c->ni[node].bn_eps = attr_f(np, "epsilon", 1e-5f);
		break;
	default:
		n_data = 1;
		break;
	}
	if (n_data > ONNX_MAX_INPUTS)
		return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED, "more than %d inputs", ONNX_MAX_INPUTS);
	if (n_data > n_raw || (n_data == 1 && raw[0] < 0))
		return onnx_node_fail(c, node, AEGIS_E_CONFIG, "missing input");
	n->n_in = n_data;
	for (uint32_t k = 0; k < n_data; k++)
		n->in[k] = raw[k];
	return AEGIS_OK;
}

/* A host operator's attributes; n->in gets every file input (-1 where omitted), which
 * shape inference reads when it folds the node. */
static aegis_status parse_host(struct onnx_ctx *c, uint32_t node, const Onnx__NodeProto *np,
			       const int32_t *raw, uint32_t n_raw)
{
	struct onnx_node *n = &c->g->node[node];
	enum onnx_host_op op = c->ni[node].host;
	struct onnx_host_attr *h = &c->ni[node].h;
	const Onnx__AttributeProto *a;
	uint32_t need = 1; /* the inputs the operator requires */
	switch (op) {
	case ONNX_HOST_SHAPE:
		/* Shape-1/13: the whole shape; Shape-15: dimensions [start, end), both
		 * optional attributes, negative from the end, clamped. */
		if (c->opset >= 15) {
			h->start = attr_i(np, "start", 0);
			a = attr(np, "end");
			h->has_end = a && a->has_i;
			h->end = h->has_end ? a->i : 0;
		}
		break;
	case ONNX_HOST_GATHER:
		/* Gather-1/11/13: data, indices; attribute axis (default 0). */
		h->axis = attr_i(np, "axis", 0);
		need = 2;
		break;
	case ONNX_HOST_SLICE: {
		/* Slice-1: attributes starts, ends, axes (optional); Slice-10/11/13: inputs
		 * data, starts, ends, axes and steps (the last two optional). */
		if (c->opset >= 10) {
			need = 3;
			break;
		}
		const Onnx__AttributeProto *sa = attr(np, "starts"), *ea = attr(np, "ends");
		a = attr(np, "axes");
		if (!sa || !ea || sa->n_ints != ea->n_ints || (a && a->n_ints != sa->n_ints))
			return onnx_node_fail(c, node, AEGIS_E_CONFIG,
					      "needs attributes starts and ends (and axes, if given) of one length");
		if (sa->n_ints > ONNX_MAX_RANK)
			return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED, "more than %d axes",
					      ONNX_MAX_RANK);
		h->n_starts = h->n_ends = (uint32_t)sa->n_ints;
		memcpy(h->starts, sa->ints, sa->n_ints * sizeof(int64_t));
		memcpy(h->ends, ea->ints, ea->n_ints * sizeof(int64_t));
		h->has_axes = a != NULL;
		h->n_axes = a ? (uint32_t)a->n_ints : 0;
		if (a)
			memcpy(h->axes, a->ints, a->n_ints * sizeof(int64_t));
		break;
	}
	case ONNX_HOST_UNSQUEEZE:
	case ONNX_HOST_SQUEEZE:
		/* Unsqueeze-1/11, Squeeze-1/11: attribute axes; Unsqueeze-13, Squeeze-13:
		 * input 1. Unsqueeze needs axes; Squeeze without removes every 1. */
		if (c->opset >= 13) {
			need = op == ONNX_HOST_UNSQUEEZE ? 2 : 1;
			break;
		}
		a = attr(np, "axes");
		if (a && a->n_ints > ONNX_MAX_RANK)
			return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED, "more than %d axes",
					      ONNX_MAX_RANK);
		h->has_axes = a && a->n_ints > 0;
		h->n_axes = h->has_axes ? (uint32_t)a->n_ints : 0;
		if (h->has_axes)
			memcpy(h->axes, a->ints, a->n_ints * sizeof(int64_t));
		if (op == ONNX_HOST_UNSQUEEZE && !h->has_axes)
			return onnx_node_fail(c, node, AEGIS_E_CONFIG, "needs the attribute axes");
		break;
	case ONNX_HOST_CAST:
		/* Cast-6/9/13/19: attribute to. */
		a = attr(np, "to");
		if (!a || !a->has_i)
			return onnx_node_fail(c, node, AEGIS_E_CONFIG, "needs the attribute to");
		if (a->i != ONNX_DT_FLOAT && a->i != ONNX_DT_INT64)
			return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED,
					      "to %s is not supported (FLOAT or INT64: shape arithmetic)",
					      onnx_dtype_name((int32_t)a->i));
		h->to = (int32_t)a->i;
		break;
	case ONNX_HOST_SUB:
	case ONNX_HOST_DIV:
		if (c->opset < 7)
			return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED,
					      "opset %lld (legacy broadcast attribute) is not supported; opset >= 7 only",
					      (long long)c->opset);
		need = 2;
		break;
	default: /* Concat, Add, Mul are parsed as device operators */
		return onnx_node_fail(c, node, AEGIS_E_CONFIG, "not a host-only operator");
	}
	if (n_raw > ONNX_MAX_INPUTS)
		return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED, "more than %d inputs", ONNX_MAX_INPUTS);
	if (n_raw < need)
		return onnx_node_fail(c, node, AEGIS_E_CONFIG, "needs %u inputs", need);
	for (uint32_t k = 0; k < need; k++)
		if (raw[k] < 0)
			return onnx_node_fail(c, node, AEGIS_E_CONFIG, "input %u is missing", k);
	n->n_in = n_raw;
	memcpy(n->in, raw, n_raw * sizeof(raw[0]));
	return AEGIS_OK;
}

static enum onnx_host_op host_lookup(const char *s)
{
	for (int i = ONNX_HOST_NONE + 1; i < ONNX_HOST_COUNT; i++)
		if (strcmp(host_op_names[i], s) == 0)
			return (enum onnx_host_op)i;
	return ONNX_HOST_NONE;
}

/* One file node (not Constant) as an IR node. */
static aegis_status parse_node(struct onnx_ctx *c, const Onnx__NodeProto *np, uint32_t src)
{
	const char *nm = np->name ? np->name : "";
	const char *opstr = np->op_type ? np->op_type : "";
	int op = default_domain(np->domain) ? op_lookup(opstr) : -1;
	enum onnx_host_op hop = default_domain(np->domain) ? host_lookup(opstr) : ONNX_HOST_NONE;
	if (op < 0 && hop == ONNX_HOST_NONE)
		return raw_node_fail(c, nm, src, opstr, AEGIS_E_UNSUPPORTED,
				     "operator %s%s%s is not supported", np->domain && np->domain[0] ? np->domain : "",
				     np->domain && np->domain[0] ? "." : "", opstr);
	int32_t ni = node_add(c);
	if (ni < 0)
		return AEGIS_E_NOMEM;
	struct onnx_node *n = &c->g->node[ni];
	n->op = op >= 0 ? (enum onnx_op)op : ONNX_OP_COUNT; /* COUNT: host-only */
	c->ni[ni].host = hop;
	c->ni[ni].src = src;
	if (!(n->name = str_dup(nm)))
		return AEGIS_E_NOMEM;
	if (np->n_output < 1 || !np->output[0][0])
		return onnx_node_fail(c, (uint32_t)ni, AEGIS_E_CONFIG, "has no output");
	for (size_t k = 1; k < np->n_output; k++)
		if (np->output[k][0])
			return onnx_node_fail(c, (uint32_t)ni, AEGIS_E_UNSUPPORTED,
					      "output %zu ('%s')%s is not supported (one output only)", k,
					      np->output[k],
					      n->op == ONNX_OP_MAXPOOL ? " (Indices)" :
					      n->op == ONNX_OP_BATCHNORM ? " (training statistics)" : "");
	n->out = onnx_graph_find(c->g, np->output[0]);
	if (np->n_input > 4 * ONNX_MAX_INPUTS)
		return onnx_node_fail(c, (uint32_t)ni, AEGIS_E_UNSUPPORTED, "too many inputs");
	int32_t raw[4 * ONNX_MAX_INPUTS];
	for (size_t k = 0; k < np->n_input; k++) {
		raw[k] = -1;
		if (!np->input[k][0])
			continue;
		raw[k] = onnx_graph_find(c->g, resolve_identity(c, np->input[k]));
		if (raw[k] < 0)
			return onnx_node_fail(c, (uint32_t)ni, AEGIS_E_CONFIG,
					      "input '%s' is not a graph input, an initializer or any node's output",
					      np->input[k]);
	}
	/* The data types of the inputs are checked by shape inference, in topological
	 * order: only there is every input's type known (a host operator's output). */
	if (n->op == ONNX_OP_COUNT)
		return parse_host(c, (uint32_t)ni, np, raw, (uint32_t)np->n_input);
	return parse_attrs(c, (uint32_t)ni, np, raw, (uint32_t)np->n_input);
}

/* The ready nodes of topo_sort: a binary min-heap of node indices. */
static void ready_push(uint32_t *h, uint32_t *n, uint32_t v)
{
	uint32_t i = (*n)++;
	for (; i > 0 && h[(i - 1) / 2] > v; i = (i - 1) / 2)
		h[i] = h[(i - 1) / 2];
	h[i] = v;
}

static uint32_t ready_pop(uint32_t *h, uint32_t *n)
{
	uint32_t top = h[0], v = h[--*n], i = 0;
	for (;;) {
		uint32_t c = 2 * i + 1;
		if (c >= *n)
			break;
		if (c + 1 < *n && h[c + 1] < h[c])
			c++;
		if (h[c] >= v)
			break;
		h[i] = h[c];
		i = c;
	}
	if (*n)
		h[i] = v;
	return top;
}

/* Kahn's algorithm, keeping the file's order among ready nodes (the lowest index
 * first); a cycle is refused. O((nodes + inputs) log nodes): each tensor's readers are
 * listed once (CSR), where a scan of every node per step made large graphs quadratic. */
static aegis_status topo_sort(struct onnx_ctx *c)
{
	struct onnx_graph *g = c->g;
	uint32_t n = g->n_node;
	if (n == 0)
		return AEGIS_OK;
	aegis_status st = AEGIS_E_NOMEM;
	size_t edges = 0;
	for (uint32_t i = 0; i < n; i++)
		edges += g->node[i].n_in;
	uint32_t *indeg = calloc(n, sizeof(*indeg));
	uint32_t *order = calloc(n, sizeof(*order));
	uint32_t *ready = malloc(n * sizeof(*ready));
	bool *done = calloc(n, sizeof(*done));
	uint32_t *first = calloc((size_t)g->n_t + 1, sizeof(*first)); /* CSR by tensor */
	uint32_t *reader = malloc((edges ? edges : 1) * sizeof(*reader));
	struct onnx_node *nn = malloc(n * sizeof(*nn));
	struct onnx_ninfo *ni = malloc(n * sizeof(*ni));
	if (!indeg || !order || !ready || !done || !first || !reader || !nn || !ni)
		goto out;
	for (uint32_t i = 0; i < n; i++)
		for (uint32_t k = 0; k < g->node[i].n_in; k++) {
			int32_t t = g->node[i].in[k];
			if (t >= 0 && g->t[t].producer >= 0) {
				indeg[i]++;
				first[t + 1]++;
			}
		}
	for (uint32_t t = 0; t < g->n_t; t++)
		first[t + 1] += first[t];
	for (uint32_t i = 0, *fill = reader; i < n; i++)
		for (uint32_t k = 0; k < g->node[i].n_in; k++) {
			int32_t t = g->node[i].in[k];
			if (t >= 0 && g->t[t].producer >= 0)
				fill[first[t]++] = i; /* first[t] ends at the next tensor's start */
		}
	for (uint32_t t = g->n_t; t > 0; t--) /* back to each tensor's start */
		first[t] = first[t - 1];
	first[0] = 0;
	uint32_t n_ready = 0;
	for (uint32_t i = 0; i < n; i++)
		if (indeg[i] == 0)
			ready_push(ready, &n_ready, i);
	for (uint32_t m = 0; m < n; m++) {
		if (n_ready == 0) {
			for (uint32_t i = 0; i < n; i++)
				if (!done[i]) {
					st = onnx_node_fail(c, i, AEGIS_E_CONFIG, "is on a cycle");
					goto out;
				}
		}
		uint32_t pick = ready_pop(ready, &n_ready);
		done[pick] = true;
		order[m] = pick;
		int32_t out = g->node[pick].out;
		if (out < 0)
			continue;
		for (uint32_t e = first[out]; e < first[out + 1]; e++)
			if (--indeg[reader[e]] == 0)
				ready_push(ready, &n_ready, reader[e]);
	}
	for (uint32_t m = 0; m < n; m++) {
		nn[m] = g->node[order[m]];
		ni[m] = c->ni[order[m]];
		g->t[nn[m].out].producer = (int32_t)m;
	}
	memcpy(g->node, nn, n * sizeof(*nn));
	memcpy(c->ni, ni, n * sizeof(*ni));
	st = AEGIS_OK;
out:
	free(indeg);
	free(order);
	free(ready);
	free(done);
	free(first);
	free(reader);
	free(nn);
	free(ni);
	return st;
}

/* value_info and graph outputs: a declared static dimension must equal the inferred. */
static aegis_status check_declared(struct onnx_ctx *c, Onnx__ValueInfoProto **vis, size_t n_vi)
{
	struct onnx_graph *g = c->g;
	for (size_t i = 0; i < n_vi; i++) {
		const Onnx__ValueInfoProto *vi = vis[i];
		int32_t t = vi->name ? onnx_graph_find(g, vi->name) : -1;
		if (t < 0 || g->t[t].producer < 0)
			continue;
		const Onnx__TypeProto *tp = vi->type;
		if (!tp || tp->value_case != ONNX__TYPE_PROTO__VALUE_TENSOR_TYPE || !tp->tensor_type)
			continue;
		const Onnx__TypeProto__Tensor *tt = tp->tensor_type;
		uint32_t node = (uint32_t)g->t[t].producer;
		if (tt->has_elem_type && tt->elem_type != ONNX_DT_FLOAT && tt->elem_type != 0)
			return onnx_node_fail(c, node, AEGIS_E_UNSUPPORTED,
					      "output '%s' is declared %s (float32 only)", vi->name,
					      onnx_dtype_name(tt->elem_type));
		if (!tt->shape)
			continue;
		const struct onnx_shape *s = &g->t[t].shape;
		bool ok = tt->shape->n_dim == s->rank;
		for (size_t k = 0; ok && k < tt->shape->n_dim; k++) {
			const Onnx__TensorShapeProto__Dimension *d = tt->shape->dim[k];
			if (d->value_case == ONNX__TENSOR_SHAPE_PROTO__DIMENSION__VALUE_DIM_VALUE &&
			    d->dim_value != s->d[k])
				ok = false;
		}
		if (!ok) {
			char a[128], b[128];
			struct onnx_shape ds = {0};
			ds.rank = tt->shape->n_dim <= ONNX_MAX_RANK ? (uint32_t)tt->shape->n_dim : ONNX_MAX_RANK;
			for (uint32_t k = 0; k < ds.rank; k++)
				ds.d[k] = tt->shape->dim[k]->value_case ==
							  ONNX__TENSOR_SHAPE_PROTO__DIMENSION__VALUE_DIM_VALUE ?
						  tt->shape->dim[k]->dim_value : -1;
			return onnx_node_fail(c, node, AEGIS_E_CONFIG,
					      "'%s' is declared %s but infers to %s", vi->name,
					      onnx_shape_str(&ds, a, sizeof(a)), onnx_shape_str(s, b, sizeof(b)));
		}
	}
	return AEGIS_OK;
}

/* The ModelProto into c->g, shaped and planned. */
static aegis_status build(struct onnx_ctx *c, const Onnx__ModelProto *m)
{
	struct onnx_graph *g = c->g;
	aegis_status st;
	const Onnx__GraphProto *gp = m->graph;
	c->graph_proto = gp;
	if (!gp)
		return onnx_fail(c, AEGIS_E_CONFIG, "the model has no graph");
	if ((st = index_identities(c)) != AEGIS_OK)
		return st;
	c->opset = -1;
	for (size_t i = 0; i < m->n_opset_import; i++)
		if (default_domain(m->opset_import[i]->domain) && m->opset_import[i]->has_version)
			c->opset = m->opset_import[i]->version;
	if (c->opset < 1)
		return onnx_fail(c, AEGIS_E_CONFIG, "no opset_import for the default domain");
	if (gp->n_sparse_initializer)
		return onnx_fail(c, AEGIS_E_UNSUPPORTED, "sparse initializers are not supported");
	int32_t t;
	for (size_t i = 0; i < gp->n_initializer; i++) {
		const char *nm = gp->initializer[i]->name ? gp->initializer[i]->name : "";
		if (!nm[0] || onnx_graph_find(g, nm) >= 0)
			return onnx_fail(c, AEGIS_E_CONFIG, "initializer '%s': empty or repeated name", nm);
		if ((st = tensor_from_proto(c, gp->initializer[i], nm, &t)) != AEGIS_OK)
			return st;
	}
	/* Graph inputs; one that is also an initializer is the initializer (a default
	 * the caller could override: this backend does not). */
	uint32_t n_in = 0;
	if (gp->n_input && !(g->inputs = calloc(gp->n_input, sizeof(*g->inputs))))
		return AEGIS_E_NOMEM;
	for (size_t i = 0; i < gp->n_input; i++) {
		const char *nm = gp->input[i]->name ? gp->input[i]->name : "";
		int32_t e = onnx_graph_find(g, nm);
		if (e >= 0 && c->ti[e].host_const)
			continue;
		if (!nm[0] || e >= 0)
			return onnx_fail(c, AEGIS_E_CONFIG, "graph input '%s': empty or repeated name", nm);
		struct onnx_tinfo inf = {0};
		struct onnx_shape s;
		value_info_shape(gp->input[i], &s, &inf);
		if ((t = onnx_tensor_add(c, nm, ONNX_T_INPUT, &s)) < 0)
			return AEGIS_E_NOMEM;
		c->ti[t] = inf;
		g->inputs[n_in++] = t;
	}
	g->n_inputs = n_in;
	/* Pass 1: every node's outputs exist before any input is resolved (the file's
	 * order need not be topological). */
	for (size_t i = 0; i < gp->n_node; i++) {
		const Onnx__NodeProto *np = gp->node[i];
		if (default_domain(np->domain) && np->op_type && strcmp(np->op_type, "Constant") == 0) {
			if ((st = constant_node(c, np, (uint32_t)i)) != AEGIS_OK)
				return st;
			continue;
		}
		if (is_identity(np))
			continue;
		for (size_t k = 0; k < np->n_output; k++) {
			if (!np->output[k][0])
				continue;
			if (onnx_graph_find(g, np->output[k]) >= 0)
				return raw_node_fail(c, np->name, (uint32_t)i, np->op_type ? np->op_type : "",
						     AEGIS_E_CONFIG, "output '%s' is written twice",
						     np->output[k]);
			if (onnx_tensor_add(c, np->output[k], ONNX_T_ACT, NULL) < 0)
				return AEGIS_E_NOMEM;
		}
	}
	/* Pass 2: the IR nodes. */
	for (size_t i = 0; i < gp->n_node; i++) {
		const Onnx__NodeProto *np = gp->node[i];
		if ((default_domain(np->domain) && np->op_type &&
		     strcmp(np->op_type, "Constant") == 0) || is_identity(np))
			continue;
		if ((st = parse_node(c, np, (uint32_t)i)) != AEGIS_OK)
			return st;
		g->t[g->node[g->n_node - 1].out].producer = (int32_t)(g->n_node - 1);
	}
	/* Graph outputs. */
	if (gp->n_output == 0)
		return onnx_fail(c, AEGIS_E_CONFIG, "the graph has no outputs");
	if (!(g->outputs = calloc(gp->n_output, sizeof(*g->outputs))))
		return AEGIS_E_NOMEM;
	for (size_t i = 0; i < gp->n_output; i++) {
		const char *nm = gp->output[i]->name ? gp->output[i]->name : "";
		t = onnx_graph_find(g, resolve_identity(c, nm));
		if (t < 0)
			return onnx_fail(c, AEGIS_E_CONFIG, "graph output '%s' is not defined", nm);
		if (g->t[t].producer < 0)
			return onnx_fail(c, AEGIS_E_UNSUPPORTED,
					 "graph output '%s' is not computed by any node", nm);
		for (uint32_t k = 0; k < i; k++)
			if (g->outputs[k] == t)
				return onnx_fail(c, AEGIS_E_CONFIG, "graph output '%s' is repeated", nm);
		g->t[t].kind = ONNX_T_OUTPUT;
		g->outputs[i] = t;
	}
	g->n_outputs = (uint32_t)gp->n_output;
	if ((st = topo_sort(c)) != AEGIS_OK)
		return st;
	/* A graph input refused (a symbolic dimension, a type) is named at the first node
	 * that reads it, by shape inference; here if none does. */
	if ((st = onnx_shape_infer(c)) != AEGIS_OK)
		return st;
	for (uint32_t i = 0; i < g->n_inputs; i++)
		if (c->ti[g->inputs[i]].bad[0])
			return onnx_fail(c, AEGIS_E_UNSUPPORTED, "graph input %s", c->ti[g->inputs[i]].bad);
	if ((st = check_declared(c, gp->value_info, gp->n_value_info)) != AEGIS_OK ||
	    (st = check_declared(c, gp->output, gp->n_output)) != AEGIS_OK)
		return st;
	return onnx_plan_memory(c);
}

aegis_status onnx_graph_load_buffer(const char *path, const uint8_t *buf, size_t len,
				    struct onnx_graph **out, char *detail, size_t detail_len)
{
	aegis_status st;
	Onnx__ModelProto *m = NULL;
	struct onnx_ctx c = {.detail = detail, .detail_len = detail_len};
	*out = NULL;
	if (detail && detail_len)
		detail[0] = '\0';
	c.g = calloc(1, sizeof(*c.g));
	if (!c.g)
		return AEGIS_E_NOMEM;
	if (!(c.g->path = str_dup(path))) {
		st = AEGIS_E_NOMEM;
		goto fail_graph;
	}
	m = onnx__model_proto__unpack(NULL, len, buf);
	if (!m) {
		st = onnx_fail(&c, AEGIS_E_CONFIG, "not an ONNX model (the protobuf does not parse)");
		goto fail_graph;
	}
	if ((st = build(&c, m)) != AEGIS_OK)
		goto fail_model;
	onnx__model_proto__free_unpacked(m, NULL);
	free(c.ti);
	free(c.ni);
	free(c.ident_to);
	str_index_free(&c.ident);
	*out = c.g;
	return AEGIS_OK;
fail_model:
	onnx__model_proto__free_unpacked(m, NULL);
fail_graph:
	if (st == AEGIS_E_NOMEM && detail && detail_len && !detail[0])
		snprintf(detail, detail_len, "%s: out of host memory", path);
	free(c.ti);
	free(c.ni);
	free(c.ident_to);
	str_index_free(&c.ident);
	onnx_graph_destroy(c.g);
	return st;
}

/* The file, whole (file_read_all), ONNX_MAX_FILE_BYTES at most (protobuf's own 2 GiB),
 * then onnx_graph_load_buffer. */
aegis_status onnx_graph_load(const char *path, struct onnx_graph **out, char *detail,
			     size_t detail_len)
{
	char *buf = NULL;
	size_t len = 0;
	*out = NULL;
	if (detail && detail_len)
		detail[0] = '\0';
	int rc = file_read_all(path, ONNX_MAX_FILE_BYTES, &buf, &len);
	if (rc == ENOMEM) {
		if (detail && detail_len)
			snprintf(detail, detail_len, "%s: out of host memory", path);
		return AEGIS_E_NOMEM;
	}
	if (rc) {
		char why[40];
		if (detail && detail_len)
			snprintf(detail, detail_len, "%s: cannot read: %s", path,
				 file_error(rc, ONNX_MAX_FILE_BYTES, why, sizeof why));
		return AEGIS_E_IO;
	}
	aegis_status st = onnx_graph_load_buffer(path, (const uint8_t *)buf, len, out, detail,
						 detail_len);
	free(buf);
	return st;
}
