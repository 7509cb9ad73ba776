/* The simulated backend ("sim", the default): a model is an execution-time model
 * (setting exec), optionally split into weighted segments (segments), with the memory
 * and tensors its workload states (memory, inputs, outputs). A job's time is drawn
 * once, when its first segment starts, from the model's own random stream; its outputs
 * are a function of its inputs (data.h). Must not touch anything but its own state,
 * the job's data and the device lane it is given. */
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/time.h"
#include "backend/backend.h"
#include "backend/settings.h"
#include "backend/sim/data.h"
#include "backend/sim/exec_model.h"
#include "backend/sim/sim_backend.h"
#include "base/rng.h"

#define SIM_SIGNATURE "aegis-sim-state" /* 16 bytes with its NUL */

/* The model's settings, its own copy. pub first: a config is its typed view too. */
struct sim_config {
	aegis_sim_config pub;
	struct exec_owned exec;
	struct settings_segments seg;
	struct settings_tensors tensors;
};

/* cfg's tensors. A bare aegis_sim_config (onnx-cudnn's time model) has none: only a
 * config this backend made (pub inside a struct sim_config) has any. */
static const struct settings_tensors *tensors_of(const aegis_sim_config *cfg)
{
	static const struct settings_tensors none;
	if (!cfg->tensors.n_inputs && !cfg->tensors.n_outputs)
		return &none;
	return &((const struct sim_config *)cfg)->tensors;
}

struct sim_model {
	aegis_exec_model exec; /* the config's (which outlives the state) */
	uint32_t n_segments;
	int64_t *seg_end;      /* prefix sums of the segments' WCETs: seg_end[m-1] = WCET */
	struct rng rng;
	const struct settings_tensors *tensors; /* the config's */
	enum sim_misbehaviour misbehaviour; /* tests only; SIM_BEHAVES otherwise */
	bool signed_arena;                  /* SIM_KEEPS_STATE: a job left its signature */
	uint8_t unguarded[sizeof SIM_SIGNATURE]; /* its arena when there is no host arena */
};

static const char *const sim_keys[] = {"exec", "segments", "memory", "inputs", "outputs",
				       NULL};

static void sim_config_free(void *config)
{
	struct sim_config *c = config;
	if (!c)
		return;
	exec_free(&c->exec);
	settings_segments_free(&c->seg);
	settings_tensors_free(&c->tensors);
	free(c);
}

/* Segment k's WCET is WCET * W_k / W - WCET * W_{k-1} / W (floors, prefix weights W):
 * the parts add up to the WCET and follow the weights to within 1 ns. A segment of
 * 0 ns is refused (AEGIS_E_LIMIT, *empty = its index): a preemption point with no work
 * before it is no segment, and every segment record must last. */
static aegis_status split_wcet(const aegis_sim_config *cfg, int64_t wcet, uint32_t m,
			       int64_t *seg, uint32_t *empty)
{
	uint64_t total = 0;
	for (uint32_t i = 0; i < m; i++)
		total += cfg->segment_weights ? cfg->segment_weights[i] : 1;
	if (total == 0 || total > UINT32_MAX)
		return AEGIS_E_CONFIG;
	uint64_t prefix = 0;
	int64_t prev = 0;
	for (uint32_t i = 0; i < m; i++) {
		prefix += cfg->segment_weights ? cfg->segment_weights[i] : 1;
		int64_t end = (int64_t)((__int128)wcet * (__int128)prefix / (__int128)total);
		seg[i] = end - prev;
		prev = end;
		if (seg[i] <= 0) {
			*empty = i;
			return AEGIS_E_LIMIT;
		}
	}
	return AEGIS_OK;
}

/* The split's problem as a detail: "" when it is fine. */
static aegis_status split_detail(const aegis_sim_config *cfg, int64_t wcet, uint32_t m,
				 int64_t *seg, char *detail, size_t len)
{
	uint32_t empty = 0;
	aegis_status st = split_wcet(cfg, wcet, m, seg, &empty);
	char w[32];
	if (st == AEGIS_E_LIMIT)
		snprintf(detail, len, "a WCET of %s cannot be split into %u segments%s: segment %u "
			 "would last 0ns (each needs at least 1ns)",
			 aegis_duration_format(wcet, w, sizeof w), m,
			 cfg->segment_weights ? " by these weights" : "", empty + 1);
	else if (st != AEGIS_OK)
		snprintf(detail, len, "segment weights overflow");
	return st;
}

/* Reads exec, segments and memory, or copies them from the typed config; then checks
 * the rules across them (at the model's line). */
static aegis_status sim_configure(const struct backend_model *m, conf_err *e, void **config)
{
	struct sim_config *c = calloc(1, sizeof *c);
	uint32_t line = conf_line(m->settings);
	aegis_status st = AEGIS_E_NOMEM;
	if (!c)
		return conf_nomem(e);
	if (m->typed) {
		const aegis_sim_config *t = m->typed;
		const aegis_model_tensors *tt = &t->tensors;
		c->pub.memory = t->memory;
		if ((st = exec_copy(e, &t->exec, &c->exec)) ||
		    (st = settings_copy_segments(e, line, t->n_segments, t->segment_weights,
						 &c->seg)) ||
		    (st = settings_copy_tensors(e, line, tt->inputs, tt->n_inputs, tt->outputs,
						tt->n_outputs, &c->tensors)))
			goto fail;
	} else if ((st = exec_read(e, m->settings, m->dir, line, &c->exec)) ||
		   (st = settings_read_segments(e, m->settings, &c->seg)) ||
		   (st = settings_read_memory(e, m->settings, &c->pub.memory)) ||
		   (st = settings_read_tensors(e, m->settings, &c->tensors))) {
		goto fail;
	}
	c->pub.exec = c->exec.m;
	c->pub.n_segments = c->seg.n;
	c->pub.segment_weights = c->seg.weights;
	c->pub.tensors = settings_tensors_view(&c->tensors);
	if ((st = exec_check(e, line, &c->pub.exec)) ||
	    (st = settings_check_memory(e, line, &c->pub.memory)))
		goto fail;
	uint32_t n = c->pub.n_segments ? c->pub.n_segments : 1;
	int64_t *seg = malloc(n * sizeof *seg);
	char why[160];
	if (!seg) {
		st = conf_nomem(e);
		goto fail;
	}
	st = split_detail(&c->pub, aegis_exec_model_wcet_ns(&c->pub.exec), n, seg, why,
			  sizeof why);
	free(seg);
	if (st != AEGIS_OK) {
		st = settings_fail(e, line, "%s", why);
		goto fail;
	}
	*config = c;
	return AEGIS_OK;
fail:
	sim_config_free(c);
	return st;
}

static aegis_status sim_describe(const void *config, struct backend_reqs *out, char *detail,
				 size_t detail_len)
{
	const aegis_sim_config *cfg = config;
	int64_t wcet = aegis_exec_model_wcet_ns(&cfg->exec);
	if (wcet <= 0) {
		snprintf(detail, detail_len, "invalid execution-time model");
		return AEGIS_E_CONFIG;
	}
	out->n_segments = cfg->n_segments ? cfg->n_segments : 1;
	out->wcet_ns = wcet;
	settings_memory_reqs(&cfg->memory, out);
	settings_tensor_reqs(tensors_of(cfg), out);
	if (split_detail(cfg, wcet, out->n_segments, out->segment_wcet_ns, detail, detail_len) !=
	    AEGIS_OK)
		return AEGIS_E_CONFIG;
	return AEGIS_OK;
}

static void sim_destroy(void *state)
{
	struct sim_model *m = state;
	if (!m)
		return;
	free(m->seg_end);
	free(m);
}

static aegis_status sim_create(const void *config, uint64_t seed, uint64_t stream,
			       void **state, char *detail, size_t detail_len)
{
	const aegis_sim_config *cfg = config;
	aegis_status st = AEGIS_E_NOMEM;
	struct sim_model *m = calloc(1, sizeof *m);
	if (!m)
		goto fail;
	m->exec = cfg->exec;
	m->tensors = tensors_of(cfg);
	m->n_segments = cfg->n_segments ? cfg->n_segments : 1;
	m->seg_end = malloc(m->n_segments * sizeof *m->seg_end);
	if (!m->seg_end)
		goto fail;
	if (split_detail(cfg, aegis_exec_model_wcet_ns(&cfg->exec), m->n_segments, m->seg_end,
			 detail, detail_len) != AEGIS_OK) {
		st = AEGIS_E_CONFIG;
		goto fail;
	}
	for (uint32_t i = 1; i < m->n_segments; i++)
		m->seg_end[i] += m->seg_end[i - 1];
	rng_seed(&m->rng, seed, stream);
	*state = m;
	return AEGIS_OK;
fail:
	sim_destroy(m);
	return st;
}

/* A job of time e <= WCET runs its segments in order, each for at most its WCET:
 * segment i takes clamp(e - end_{i-1}, 0, wcet_i). So a shorter job ends early, and
 * no segment ever exceeds the WCET the analysis used for it. */
static int64_t segment_ns(const struct sim_model *m, int64_t e, uint32_t i)
{
	int64_t start = i ? m->seg_end[i - 1] : 0;
	int64_t end = m->seg_end[i];
	if (e <= start)
		return 0;
	return (e < end ? e : end) - start;
}

void sim_backend_set_misbehaviour(void *backend_state, enum sim_misbehaviour mb)
{
	struct sim_model *m = backend_state;
	m->misbehaviour = mb;
	m->signed_arena = false;
}

/* The deliberate faults of sim_backend.h, at the first and last segment of a job. */
static aegis_status misbehave(struct sim_model *m, struct backend_job *job)
{
	uint8_t *arena = job->transient ? job->transient : m->unguarded;
	bool sized = job->transient ? job->transient_size >= sizeof SIM_SIGNATURE : true;
	switch (m->misbehaviour) {
	case SIM_BEHAVES:
		break;
	case SIM_WRITE_PAST_TRANSIENT:
		if (job->segment == 0 && job->transient)
			memset(job->transient + job->transient_size, 0x5a, 16);
		break;
	case SIM_KEEPS_STATE:
		if (!sized)
			break;
		if (job->segment == 0 && m->signed_arena &&
		    memcmp(arena, SIM_SIGNATURE, sizeof SIM_SIGNATURE) != 0)
			return AEGIS_E_BACKEND; /* transient state did not survive */
		if (job->segment + 1 == m->n_segments) {
			memcpy(arena, SIM_SIGNATURE, sizeof SIM_SIGNATURE);
			m->signed_arena = true;
		}
		break;
	}
	return AEGIS_OK;
}

static aegis_status sim_execute(void *state, struct backend_job *job, struct device *dev,
				uint32_t lane)
{
	struct sim_model *m = state;
	if (job->segment == 0)
		job->exec_ns = exec_draw(&m->exec, &m->rng);
	if (job->segment == 0 && job->in_host)
		sim_data_outputs(m->tensors->t, m->tensors->n_inputs, m->tensors->n_outputs,
				 job->in_host, job->out_host);
	if (m->misbehaviour != SIM_BEHAVES) {
		aegis_status st = misbehave(m, job);
		if (st != AEGIS_OK)
			return st;
	}
	if (!dev->ops->busy)
		return AEGIS_E_UNSUPPORTED;
	return dev->ops->busy(dev, lane, segment_ns(m, job->exec_ns, job->segment));
}

const struct backend_ops sim_backend_ops = {
	.version = BACKEND_ABI_VERSION,
	.name = "sim",
	.summary = "simulated jobs: each takes a time drawn from its execution-time model",
	.keys = sim_keys,
	.configure = sim_configure,
	.config_free = sim_config_free,
	.describe = sim_describe,
	.create = sim_create,
	.destroy = sim_destroy,
	.execute = sim_execute,
	.complete = NULL,
};
