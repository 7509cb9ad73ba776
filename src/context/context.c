/* Creation and release of an execution context. The single release path is
 * context_destroy, which also unwinds a half-built context. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backend/fault/fault_backend.h"
#include "context/context.h"

#define JITTER_STREAM_BASE UINT64_C(0x100000000)
#define FAULT_STREAM_BASE UINT64_C(0x200000000)

void context_destroy(struct exec_context *c)
{
	if (!c)
		return;
	if (c->backend && c->backend_state)
		c->backend->destroy(c->backend_state);
	hist_deinit(&c->response);
	free(c->ring);
	free(c->weights);
	free(c->name);
	free(c);
}

aegis_status context_create(const aegis_model_config *cfg, const struct context_place *at,
			    uint64_t seed, struct exec_context **out, char *detail,
			    size_t detail_len)
{
	uint32_t stream = at->id;
	aegis_status st = AEGIS_E_NOMEM;
	struct exec_context *c = calloc(1, sizeof *c);
	if (!c)
		return AEGIS_E_NOMEM;
	c->cfg = *cfg;
	c->index = at->slot;
	c->id = at->id;
	c->seq = at->seq;
	c->lane = at->lane;
	c->deadline_ns = cfg->deadline_ns ? cfg->deadline_ns : cfg->period_ns;
	c->depth = cfg->queue_depth ? cfg->queue_depth : AEGIS_DEFAULT_QUEUE_DEPTH;
	c->handoff_max_ns = -1;
	c->n.max_lateness_ns = INT64_MIN;

	c->name = strdup(cfg->name);
	if (!c->name)
		goto fail;
	c->cfg.name = c->name;
	if (cfg->segment_weights && cfg->n_segments) {
		c->weights = malloc(cfg->n_segments * sizeof *c->weights);
		if (!c->weights)
			goto fail;
		memcpy(c->weights, cfg->segment_weights, cfg->n_segments * sizeof *c->weights);
	}
	c->cfg.segment_weights = c->weights;
	c->cfg.kernels = NULL; /* the backend keeps its own copy */
	c->cfg.model_path = NULL; /* the backend has read it */
	c->cfg.n_kernels = 0;
	c->cfg.exec.samples_ns = NULL; /* the backend keeps its own copy */
	c->ring = calloc(c->depth, sizeof *c->ring);
	if (!c->ring)
		goto fail;
	if ((st = hist_init(&c->response)) != AEGIS_OK)
		goto fail;

	c->backend = backend_find(cfg->backend);
	if (!c->backend) {
		snprintf(detail, detail_len, "model '%s': unknown backend '%s'", cfg->name,
			 cfg->backend);
		st = AEGIS_E_CONFIG;
		goto fail;
	}
	if (c->backend->describe_state) { /* the model is read once, by create */
		st = c->backend->create(cfg, seed, stream, &c->backend_state, detail, detail_len);
		if (st == AEGIS_OK)
			st = backend_describe_state(c->backend, c->backend_state, cfg, &c->reqs,
						    detail, detail_len);
	} else if ((st = backend_describe(c->backend, cfg, &c->reqs, detail, detail_len)) ==
		   AEGIS_OK) {
		st = c->backend->create(cfg, seed, stream, &c->backend_state, detail, detail_len);
	}
	if (st != AEGIS_OK)
		goto fail;
	if (fault_injection_active(&cfg->inject)) {
		void *inner = c->backend_state;
		c->backend_state = NULL;
		if ((st = fault_backend_wrap(c->backend, inner, &c->reqs, &cfg->inject, seed,
					     FAULT_STREAM_BASE + stream, &c->backend_state)))
			goto fail;
		c->backend = &fault_backend_ops;
	}
	rng_seed(&c->jitter_rng, seed, JITTER_STREAM_BASE + stream);
	health_init(&c->health);
	*out = c;
	return AEGIS_OK;
fail:
	context_destroy(c);
	return st;
}
