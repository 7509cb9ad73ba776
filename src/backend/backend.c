/* The backend registry and the one wrapper per backend method. Must not contain
 * backend-specific logic. */
#include <stdio.h>
#include <string.h>

#include "backend/backend.h"

static const struct backend_ops *const backends[] = {
	&sim_backend_ops,
	&synthetic_backend_ops,
#ifdef AEGIS_HAVE_ONNX
	&onnx_backend_ops,
#endif
};

void backend_names(char *buf, size_t len)
{
	size_t at = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < sizeof backends / sizeof backends[0] && at < len; i++) {
		int k = snprintf(buf + at, len - at, "%s%s", i ? ", " : "", backends[i]->name);
		if (k < 0)
			break;
		at += (size_t)k;
	}
}

const struct backend_ops *backend_find(const char *name)
{
	if (!name || !name[0])
		name = "sim";
	for (size_t i = 0; i < sizeof backends / sizeof backends[0]; i++)
		if (strcmp(backends[i]->name, name) == 0)
			return backends[i];
	return NULL;
}

void backend_reqs_memory_from_config(const aegis_model_config *cfg, struct backend_reqs *out)
{
	out->persistent_bytes = cfg->persistent_bytes;
	out->transient_bytes = cfg->transient_bytes;
	out->io_bytes = cfg->io_bytes;
	out->align = cfg->mem_align;
	out->job_transient_bytes = cfg->transient_use_bytes ? cfg->transient_use_bytes
							    : cfg->transient_bytes;
	out->device_memory = false;
}

/* A backend that cannot describe itself is broken. */
static aegis_status described(aegis_status st, const struct backend_reqs *out)
{
	return st == AEGIS_OK && (out->n_segments == 0 || out->wcet_ns <= 0) ? AEGIS_E_BACKEND
									    : st;
}

aegis_status backend_describe(const struct backend_ops *b, const aegis_model_config *cfg,
			      struct backend_reqs *out, char *detail, size_t detail_len)
{
	return described(b->describe(cfg, out, detail, detail_len), out);
}

aegis_status backend_describe_state(const struct backend_ops *b, const void *state,
				    const aegis_model_config *cfg, struct backend_reqs *out,
				    char *detail, size_t detail_len)
{
	if (!b->describe_state)
		return backend_describe(b, cfg, out, detail, detail_len);
	return described(b->describe_state(state, cfg, out, detail, detail_len), out);
}

aegis_status backend_prepare(const struct backend_ops *b, void *state, struct device *dev,
			     uint32_t lane, const struct backend_mem *mem, char *detail,
			     size_t detail_len)
{
	return b->prepare ? b->prepare(state, dev, lane, mem, detail, detail_len) : AEGIS_OK;
}

aegis_status backend_execute(const struct backend_ops *b, void *state,
			     struct backend_job *job, struct device *dev, uint32_t lane)
{
	return b->execute(state, job, dev, lane);
}

aegis_status backend_complete(const struct backend_ops *b, void *state,
			      const struct backend_job *job)
{
	return b->complete ? b->complete(state, job) : AEGIS_OK;
}
