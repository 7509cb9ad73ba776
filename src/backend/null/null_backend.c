/* The null backend ("null"): a job does nothing for a fixed time (setting `time`, a
 * duration, default 1us) in one segment, with no memory. The smallest backend there is:
 * tests use it to run the dispatcher without a backend's own logic, and it is the
 * worked example of docs/ARCHITECTURE.md, "Adding a backend" (this folder plus one line
 * in backend.c's registry). Must not touch anything but the lane it is given. */
#include <stdio.h>
#include <stdlib.h>

#include "backend/backend.h"
#include "backend/settings.h"

#define NULL_DEFAULT_TIME_NS 1000

/* Its typed configuration (a C caller may hand one in backend_config). */
struct null_config {
	int64_t time_ns; /* > 0 */
};

static const char *const null_keys[] = {"time", NULL};

static void null_config_free(void *config)
{
	free(config);
}

static aegis_status null_configure(const struct backend_model *m, conf_err *e, void **config)
{
	struct null_config *c = calloc(1, sizeof *c);
	if (!c)
		return conf_nomem(e);
	c->time_ns = NULL_DEFAULT_TIME_NS;
	const conf_node *v = conf_get(m->settings, "time");
	aegis_status st = AEGIS_OK;
	if (m->typed)
		*c = *(const struct null_config *)m->typed;
	else if (v)
		st = conf_duration(e, v, "time", &c->time_ns);
	if (st == AEGIS_OK && c->time_ns <= 0)
		st = settings_fail(e, conf_line(m->settings), "time must be > 0");
	if (st != AEGIS_OK) {
		free(c);
		return st;
	}
	*config = c;
	return AEGIS_OK;
}

static aegis_status null_describe(const void *config, struct backend_reqs *out, char *detail,
				  size_t detail_len)
{
	(void)detail, (void)detail_len;
	const struct null_config *c = config;
	*out = (struct backend_reqs){.n_segments = 1, .wcet_ns = c->time_ns,
				     .segment_wcet_ns = {c->time_ns}};
	return AEGIS_OK;
}

static aegis_status null_create(const void *config, uint64_t seed, uint64_t stream,
				void **state, char *detail, size_t detail_len)
{
	(void)seed, (void)stream, (void)detail, (void)detail_len;
	*state = (void *)config; /* the config is all it needs, and it outlives the state */
	return AEGIS_OK;
}

static void null_destroy(void *state)
{
	(void)state;
}

static aegis_status null_execute(void *state, struct backend_job *job, struct device *dev,
				 uint32_t lane)
{
	const struct null_config *c = state;
	job->exec_ns = c->time_ns;
	if (!dev->ops->busy)
		return AEGIS_E_UNSUPPORTED; /* a device that cannot be kept busy on purpose */
	return dev->ops->busy(dev, lane, c->time_ns);
}

const struct backend_ops null_backend_ops = {
	.version = BACKEND_ABI_VERSION,
	.name = "null",
	.summary = "does nothing for a fixed time (setting time, default 1us): for tests",
	.keys = null_keys,
	.configure = null_configure,
	.config_free = null_config_free,
	.describe = null_describe,
	.create = null_create,
	.destroy = null_destroy,
	.execute = null_execute,
};
