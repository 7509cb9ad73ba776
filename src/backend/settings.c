/* The settings several backends share (settings.h). */
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/runtime.h"
#include "backend/backend.h"
#include "backend/settings.h"

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
