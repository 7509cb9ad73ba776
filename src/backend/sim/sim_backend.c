/* The simulated backend: a model is an execution-time model, optionally split into
 * weighted segments. A job's time is drawn once, when its first segment starts, from
 * the model's own random stream. Must not touch anything but its own state and the
 * device lane it is given. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backend/backend.h"
#include "base/rng.h"

struct sim_model {
	aegis_exec_model exec;
	int64_t *samples;
	uint32_t n_segments;
	uint32_t *weights;     /* prefix sums: weights[i] = w_0 + ... + w_i */
	struct rng rng;
};

static aegis_status sim_describe(const aegis_model_config *cfg, struct backend_reqs *out,
				 char *detail, size_t detail_len)
{
	int64_t wcet = aegis_exec_model_wcet_ns(&cfg->exec);
	if (wcet <= 0) {
		snprintf(detail, detail_len, "model '%s': invalid execution-time model",
			 cfg->name);
		return AEGIS_E_CONFIG;
	}
	out->n_segments = cfg->n_segments ? cfg->n_segments : 1;
	out->wcet_ns = wcet;
	out->persistent_bytes = cfg->persistent_bytes;
	out->transient_bytes = cfg->transient_bytes;
	return AEGIS_OK;
}

static void sim_destroy(void *state)
{
	struct sim_model *m = state;
	if (!m)
		return;
	free(m->samples);
	free(m->weights);
	free(m);
}

static aegis_status sim_create(const aegis_model_config *cfg, uint64_t seed, uint64_t stream,
			       void **state, char *detail, size_t detail_len)
{
	aegis_status st = AEGIS_E_NOMEM;
	struct sim_model *m = calloc(1, sizeof *m);
	if (!m)
		goto fail;
	m->exec = cfg->exec;
	if (cfg->exec.kind == AEGIS_EXEC_SAMPLES) {
		m->samples = malloc(cfg->exec.n_samples * sizeof *m->samples);
		if (!m->samples)
			goto fail;
		memcpy(m->samples, cfg->exec.samples_ns, cfg->exec.n_samples * sizeof *m->samples);
		m->exec.samples_ns = m->samples;
	}
	m->n_segments = cfg->n_segments ? cfg->n_segments : 1;
	m->weights = malloc(m->n_segments * sizeof *m->weights);
	if (!m->weights)
		goto fail;
	uint32_t sum = 0;
	for (uint32_t i = 0; i < m->n_segments; i++) {
		uint32_t w = cfg->segment_weights ? cfg->segment_weights[i] : 1;
		if (__builtin_add_overflow(sum, w, &sum)) {
			snprintf(detail, detail_len, "model '%s': segment weights overflow",
				 cfg->name);
			st = AEGIS_E_CONFIG;
			goto fail;
		}
		m->weights[i] = sum;
	}
	rng_seed(&m->rng, seed, stream);
	*state = m;
	return AEGIS_OK;
fail:
	sim_destroy(m);
	return st;
}

static int64_t draw(struct sim_model *m)
{
	const aegis_exec_model *e = &m->exec;
	switch (e->kind) {
	case AEGIS_EXEC_FIXED:
		return e->a_ns;
	case AEGIS_EXEC_UNIFORM:
		return rng_range(&m->rng, e->a_ns, e->b_ns);
	case AEGIS_EXEC_TRUNCNORM:
		/* Truncation by redrawing keeps the shape inside [min, wcet]; the clamp after
		 * 64 tries only bounds the time spent on absurd parameters. */
		for (int tries = 0; tries < 64; tries++) {
			double x = (double)e->a_ns + (double)e->b_ns * rng_normal(&m->rng);
			int64_t v = (int64_t)llround(x);
			if (v >= e->min_ns && v <= e->wcet_ns)
				return v;
		}
		return e->a_ns;
	case AEGIS_EXEC_SAMPLES:
		return e->samples_ns[rng_range(&m->rng, 0, (int64_t)e->n_samples - 1)];
	}
	return e->a_ns;
}

/* Segment i gets floor(C * W_i / W) - floor(C * W_{i-1} / W): the parts add up to C
 * exactly and follow the weights to within 1 ns. */
static int64_t segment_ns(const struct sim_model *m, int64_t total, uint32_t i)
{
	__int128 w = m->weights[m->n_segments - 1];
	__int128 hi = (__int128)total * m->weights[i] / w;
	__int128 lo = i ? (__int128)total * m->weights[i - 1] / w : 0;
	return (int64_t)(hi - lo);
}

static aegis_status sim_execute(void *state, struct backend_job *job, struct device *dev,
				uint32_t lane)
{
	struct sim_model *m = state;
	if (job->segment == 0)
		job->exec_ns = draw(m);
	if (!dev->ops->busy)
		return AEGIS_E_UNSUPPORTED;
	return dev->ops->busy(dev, lane, segment_ns(m, job->exec_ns, job->segment));
}

const struct backend_ops sim_backend_ops = {
	.version = BACKEND_OPS_VERSION,
	.name = "sim",
	.describe = sim_describe,
	.create = sim_create,
	.destroy = sim_destroy,
	.execute = sim_execute,
	.complete = NULL,
};
