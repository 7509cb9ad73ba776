/* The settings several backends share (settings.h). */
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/runtime.h"
#include "backend/backend.h"
#include "backend/settings.h"
#include "base/tensor.h"

/* Segment weights are relative; a bound keeps exec * weight far from overflow. */
#define MAX_WEIGHT 1000000u

aegis_status settings_fail(conf_err *e, uint32_t line, const char *fmt, ...)
{
	char msg[320];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	return conf_fail(e, line, "%s%s", e->prefix, msg);
}

aegis_status settings_read_memory(conf_err *e, const conf_node *settings,
				  aegis_model_memory *out)
{
	static const char *const keys[] = {"persistent", "transient", "io", "align",
					   "transient_use", NULL};
	static const struct {
		const char *key, *name;
		size_t field;
	} sizes[] = {
		{"persistent", "memory.persistent", offsetof(aegis_model_memory, persistent_bytes)},
		{"transient", "memory.transient", offsetof(aegis_model_memory, transient_bytes)},
		{"io", "memory.io", offsetof(aegis_model_memory, io_bytes)},
		{"align", "memory.align", offsetof(aegis_model_memory, align)},
		{"transient_use", "memory.transient_use",
		 offsetof(aegis_model_memory, transient_use_bytes)},
	};
	char in[128];
	const conf_node *v = conf_get(settings, "memory");
	*out = (aegis_model_memory){0};
	if (!v || conf_kind_of(v) == CONF_NULL)
		return AEGIS_OK;
	if (conf_kind_of(v) != CONF_MAP)
		return conf_fail(e, conf_line(v), "%smemory: expected a mapping {persistent: SIZE, "
				 "transient: SIZE}, got %s", e->prefix, conf_kind_name(v));
	snprintf(in, sizeof in, "in memory of %s", e->where);
	aegis_status st = conf_check_keys(e, v, keys, in);
	for (size_t i = 0; st == AEGIS_OK && i < sizeof sizes / sizeof sizes[0]; i++) {
		const conf_node *x = conf_get(v, sizes[i].key);
		if (x)
			st = conf_size(e, x, sizes[i].name,
				       (uint64_t *)((char *)out + sizes[i].field));
	}
	return st;
}

aegis_status settings_check_memory(conf_err *e, uint32_t line, const aegis_model_memory *m)
{
	if (m->align & (m->align - 1))
		return settings_fail(e, line, "memory alignment %llu is not a power of two",
				     (unsigned long long)m->align);
	return AEGIS_OK;
}

void settings_memory_reqs(const aegis_model_memory *m, struct backend_reqs *out)
{
	out->persistent_bytes = m->persistent_bytes;
	out->transient_bytes = m->transient_bytes;
	out->io_bytes = m->io_bytes;
	out->align = m->align;
	out->job_transient_bytes = m->transient_use_bytes ? m->transient_use_bytes
							  : m->transient_bytes;
	out->device_memory = false;
}

aegis_status settings_read_segments(conf_err *e, const conf_node *settings,
				    struct settings_segments *out)
{
	char expected[64], label[32];
	uint64_t x;
	const conf_node *v = conf_get(settings, "segments");
	*out = (struct settings_segments){0};
	if (!v)
		return AEGIS_OK;
	snprintf(expected, sizeof expected, "an integer 1..%u or a list of weights",
		 AEGIS_MAX_SEGMENTS);
	if (conf_kind_of(v) != CONF_LIST) {
		aegis_status st = conf_uint(e, v, "segments", 1, AEGIS_MAX_SEGMENTS, expected, &x);
		if (st == AEGIS_OK)
			out->n = (uint32_t)x;
		return st;
	}
	size_t n = conf_count(v);
	if (n == 0 || n > AEGIS_MAX_SEGMENTS)
		return conf_fail(e, conf_line(v), "%ssegments: expected 1..%u weights, got %zu",
				 e->prefix, AEGIS_MAX_SEGMENTS, n);
	if (!(out->weights = calloc(n, sizeof *out->weights)))
		return conf_nomem(e);
	snprintf(expected, sizeof expected, "a weight, an integer 1..%u", MAX_WEIGHT);
	for (size_t i = 0; i < n; i++) {
		snprintf(label, sizeof label, "segments[%zu]", i);
		aegis_status st = conf_uint(e, conf_item(v, i), label, 1, MAX_WEIGHT, expected,
					    &x);
		if (st != AEGIS_OK)
			return st;
		out->weights[i] = (uint32_t)x;
	}
	out->n = (uint32_t)n;
	return AEGIS_OK;
}

aegis_status settings_copy_segments(conf_err *e, uint32_t line, uint32_t n,
				    const uint32_t *weights, struct settings_segments *out)
{
	*out = (struct settings_segments){.n = n};
	if (n > AEGIS_MAX_SEGMENTS)
		return settings_fail(e, line, "%u segments exceed the limit %u", n,
				     AEGIS_MAX_SEGMENTS);
	if (!weights || n == 0)
		return AEGIS_OK;
	for (uint32_t i = 0; i < n; i++)
		if (weights[i] == 0)
			return settings_fail(e, line, "segment weight %u must be > 0", i);
	if (!(out->weights = malloc(n * sizeof *out->weights)))
		return conf_nomem(e);
	memcpy(out->weights, weights, n * sizeof *out->weights);
	return AEGIS_OK;
}

void settings_segments_free(struct settings_segments *s)
{
	free(s->weights);
	*s = (struct settings_segments){0};
}

/* ---- tensors ------------------------------------------------------------------------ */

/* Checks t and its name's uniqueness among the first i, lays it out after *end. */
static aegis_status place_tensor(conf_err *e, uint32_t line, const char *label,
				 struct backend_tensor *all, uint32_t i, uint64_t *end)
{
	struct backend_tensor *t = &all[i];
	const char *why = tensor_check(&t->d);
	if (why)
		return settings_fail(e, line, "%s: %s", label, why);
	for (uint32_t k = 0; k < i; k++)
		if (strcmp(all[k].d.name, t->d.name) == 0)
			return settings_fail(e, line, "%s: a second tensor named '%s'", label,
					     t->d.name);
	t->offset = (*end + SETTINGS_IO_ALIGN - 1) / SETTINGS_IO_ALIGN * SETTINGS_IO_ALIGN;
	*end = t->offset + t->d.bytes;
	return AEGIS_OK;
}

/* One {name, dtype, shape} entry into t. */
static aegis_status read_tensor(conf_err *e, const conf_node *v, const char *label,
				aegis_tensor_desc *t)
{
	static const char *const keys[] = {"name", "dtype", "shape", NULL};
	char in[160], *name = NULL, *dtype = NULL, item[96];
	uint64_t x;
	if (conf_kind_of(v) != CONF_MAP)
		return conf_fail(e, conf_line(v), "%s%s: expected {name: NAME, dtype: TYPE, "
				 "shape: [DIMS]}, got %s", e->prefix, label, conf_kind_name(v));
	snprintf(in, sizeof in, "in %s of %s", label, e->where);
	aegis_status st = conf_check_keys(e, v, keys, in);
	if (st == AEGIS_OK)
		st = conf_string(e, conf_get(v, "name"), "name", &name);
	if (st == AEGIS_OK && strlen(name) >= AEGIS_TENSOR_NAME_MAX)
		st = conf_fail(e, conf_line(v), "%s%s: name longer than %u bytes", e->prefix,
			       label, AEGIS_TENSOR_NAME_MAX - 1);
	if (st == AEGIS_OK)
		snprintf(t->name, sizeof t->name, "%s", name);
	if (st == AEGIS_OK && (st = conf_string(e, conf_get(v, "dtype"), "dtype", &dtype)) ==
				      AEGIS_OK && !tensor_dtype_find(dtype, &t->dtype))
		st = conf_fail(e, conf_line(conf_get(v, "dtype")), "%s%s: unknown dtype '%s' "
			       "(float32, float16, uint8, int8, int32 or int64)", e->prefix,
			       label, dtype);
	const conf_node *shape = st == AEGIS_OK ? conf_get(v, "shape") : NULL;
	if (st == AEGIS_OK && (!shape || conf_kind_of(shape) != CONF_LIST ||
			       conf_count(shape) > AEGIS_MAX_DIMS))
		st = conf_fail(e, shape ? conf_line(shape) : conf_line(v), "%s%s: shape: expected "
			       "a list of 0..%u dimensions", e->prefix, label, AEGIS_MAX_DIMS);
	for (size_t i = 0; st == AEGIS_OK && i < conf_count(shape); i++) {
		snprintf(item, sizeof item, "%s.shape[%zu]", label, i);
		st = conf_uint(e, conf_item(shape, i), item, 1, INT32_MAX, "a dimension >= 1", &x);
		t->shape[i] = (int64_t)x;
		t->rank = (uint32_t)i + 1;
	}
	free(name);
	free(dtype);
	return st;
}

static aegis_status read_list(conf_err *e, const conf_node *settings, const char *key,
			      struct backend_tensor *t, uint32_t *n)
{
	char label[48];
	const conf_node *v = conf_get(settings, key);
	*n = 0;
	if (!v || conf_kind_of(v) == CONF_NULL)
		return AEGIS_OK;
	if (conf_kind_of(v) != CONF_LIST || conf_count(v) > AEGIS_MAX_TENSORS)
		return conf_fail(e, conf_line(v), "%s%s: expected a list of at most %u tensors",
				 e->prefix, key, AEGIS_MAX_TENSORS);
	for (size_t i = 0; i < conf_count(v); i++) {
		snprintf(label, sizeof label, "%s[%zu]", key, i);
		aegis_status st = read_tensor(e, conf_item(v, i), label, &t[i].d);
		if (st != AEGIS_OK)
			return st;
		t[i].line = conf_line(conf_item(v, i));
	}
	*n = (uint32_t)conf_count(v);
	return AEGIS_OK;
}

/* Lays out the n_inputs + n_outputs tensors of s, checked. */
static aegis_status place_all(conf_err *e, uint32_t line, struct settings_tensors *s)
{
	char label[48];
	s->io_bytes = 0;
	if (!(s->d = calloc(s->n_inputs + s->n_outputs + 1, sizeof *s->d)))
		return conf_nomem(e);
	for (uint32_t i = 0; i < s->n_inputs + s->n_outputs; i++) {
		bool out = i >= s->n_inputs;
		snprintf(label, sizeof label, "%s[%u]", out ? "outputs" : "inputs",
			 out ? i - s->n_inputs : i);
		aegis_status st = place_tensor(e, s->t[i].line ? s->t[i].line : line, label, s->t,
					       i, &s->io_bytes);
		if (st != AEGIS_OK)
			return st;
		s->d[i] = s->t[i].d;
	}
	return AEGIS_OK;
}

aegis_status settings_read_tensors(conf_err *e, const conf_node *settings,
				   struct settings_tensors *out)
{
	*out = (struct settings_tensors){0};
	if (!conf_get(settings, "inputs") && !conf_get(settings, "outputs"))
		return AEGIS_OK;
	if (!(out->t = calloc(2 * AEGIS_MAX_TENSORS, sizeof *out->t)))
		return conf_nomem(e);
	uint32_t n_out = 0;
	aegis_status st = read_list(e, settings, "inputs", out->t, &out->n_inputs);
	if (st == AEGIS_OK)
		st = read_list(e, settings, "outputs", out->t + out->n_inputs, &n_out);
	out->n_outputs = n_out;
	return st == AEGIS_OK ? place_all(e, conf_line(settings), out) : st;
}

aegis_status settings_copy_tensors(conf_err *e, uint32_t line, const aegis_tensor_desc *in,
				   uint32_t n_in, const aegis_tensor_desc *outs, uint32_t n_out,
				   struct settings_tensors *out)
{
	*out = (struct settings_tensors){0};
	if (n_in == 0 && n_out == 0)
		return AEGIS_OK;
	if (n_in > AEGIS_MAX_TENSORS || n_out > AEGIS_MAX_TENSORS || (n_in && !in) ||
	    (n_out && !outs))
		return settings_fail(e, line, "tensors: %u inputs and %u outputs (at most %u each, "
				     "with their arrays)", n_in, n_out, AEGIS_MAX_TENSORS);
	if (!(out->t = calloc(n_in + n_out, sizeof *out->t)))
		return conf_nomem(e);
	for (uint32_t i = 0; i < n_in; i++)
		out->t[i].d = in[i];
	for (uint32_t i = 0; i < n_out; i++)
		out->t[n_in + i].d = outs[i];
	out->n_inputs = n_in;
	out->n_outputs = n_out;
	return place_all(e, line, out);
}

void settings_tensors_free(struct settings_tensors *s)
{
	free(s->t);
	free(s->d);
	*s = (struct settings_tensors){0};
}

aegis_model_tensors settings_tensors_view(const struct settings_tensors *s)
{
	return (aegis_model_tensors){.inputs = s->n_inputs ? s->d : NULL,
				     .n_inputs = s->n_inputs,
				     .outputs = s->n_outputs ? s->d + s->n_inputs : NULL,
				     .n_outputs = s->n_outputs};
}

void settings_tensor_reqs(const struct settings_tensors *s, struct backend_reqs *out)
{
	out->tensors = s->t;
	out->n_inputs = s->n_inputs;
	out->n_outputs = s->n_outputs;
	out->host_outputs = true;
	if (s->io_bytes > out->io_bytes)
		out->io_bytes = s->io_bytes;
}
