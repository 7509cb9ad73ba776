/* Creation and release of an execution context. The single release path is
 * context_destroy, which also unwinds a half-built context. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "context/context.h"

#define JITTER_STREAM_BASE UINT64_C(0x100000000)
#define FAULT_STREAM_BASE UINT64_C(0x200000000)

void context_destroy(struct exec_context *c)
{
	if (!c)
		return;
	staging_deinit(&c->staging);
	backend_close(&c->be);
	hist_deinit(&c->response);
	free(c->ring);
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
	c->speed = 1.0;
	c->handoff_max_ns = -1;
	c->n.max_lateness_ns = INT64_MIN;

	c->name = strdup(cfg->name);
	if (!c->name)
		goto fail;
	c->cfg.name = c->name;
	/* the backend keeps its own copy of its settings */
	c->cfg.backend_config = NULL;
	c->cfg.options = NULL;
	c->cfg.n_options = 0;
	c->cfg.base_dir = NULL;
	c->cfg.lane_times = NULL; /* read at admission only (runtime/admission.c) */
	c->cfg.n_lane_times = 0;
	c->ring = calloc(c->depth, sizeof *c->ring);
	if (!c->ring)
		goto fail;
	if ((st = hist_init(&c->response)) != AEGIS_OK)
		goto fail;

	if ((st = backend_open(cfg, seed, stream, FAULT_STREAM_BASE + stream, &c->be, detail,
			       detail_len)) != AEGIS_OK)
		goto fail;
	rng_seed(&c->jitter_rng, seed, JITTER_STREAM_BASE + stream);
	health_init(&c->health);
	*out = c;
	return AEGIS_OK;
fail:
	context_destroy(c);
	return st;
}
