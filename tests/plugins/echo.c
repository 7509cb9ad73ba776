/* A test plug-in (aegis/plugin.h), "echo": one input and one output of `bytes` bytes
 * (setting, default 64), the output a copy of the input with every byte + 1; wcet a
 * setting (default 1ms). For test_plugin: the adapter without ONNX Runtime. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/plugin.h"

struct echo {
	aegis_tensor_desc t[2];
	int64_t wcet_ns;
	int states; /* live states of this config */
};

static aegis_status echo_configure(const aegis_option *s, uint32_t n, const char *dir,
				   void **config, char *detail, size_t len)
{
	(void)dir;
	struct echo *e = calloc(1, sizeof *e);
	if (!e)
		return AEGIS_E_NOMEM;
	long bytes = 64;
	e->wcet_ns = 1000000;
	for (uint32_t i = 0; i < n; i++) {
		const char *v = s[i].value ? s[i].value : "";
		if (strcmp(s[i].key, "bytes") == 0) {
			bytes = strtol(v, NULL, 10);
		} else if (strcmp(s[i].key, "wcet_us") == 0) {
			e->wcet_ns = strtol(v, NULL, 10) * 1000;
		} else {
			snprintf(detail, len, "echo: unknown setting '%s'", s[i].key);
			free(e);
			return AEGIS_E_CONFIG;
		}
	}
	if (bytes < 1 || bytes > (1 << 20)) {
		snprintf(detail, len, "echo: bytes must be 1..1048576");
		free(e);
		return AEGIS_E_CONFIG;
	}
	for (int k = 0; k < 2; k++) {
		e->t[k] = (aegis_tensor_desc){.dtype = AEGIS_DTYPE_U8, .rank = 1,
					      .shape = {bytes}, .bytes = (uint64_t)bytes};
		snprintf(e->t[k].name, sizeof e->t[k].name, k ? "out" : "in");
	}
	*config = e;
	return AEGIS_OK;
}

static void echo_config_free(void *config)
{
	free(config);
}

static aegis_status echo_describe(const void *config, aegis_plugin_reqs *out, char *detail,
				  size_t len)
{
	(void)detail, (void)len;
	const struct echo *e = config;
	*out = (aegis_plugin_reqs){.wcet_ns = e->wcet_ns, .inputs = &e->t[0], .n_inputs = 1,
				   .outputs = &e->t[1], .n_outputs = 1};
	return AEGIS_OK;
}

static aegis_status echo_create(const void *config, void **state, char *detail, size_t len)
{
	(void)detail, (void)len;
	*state = (void *)config;
	return AEGIS_OK;
}

static void echo_destroy(void *state)
{
	(void)state;
}

static aegis_status echo_run(void *state, const aegis_plugin_job *job, char *detail,
			     size_t len)
{
	(void)detail, (void)len;
	const struct echo *e = state;
	if (!job->inputs)
		return AEGIS_OK;
	const unsigned char *in = job->inputs[0];
	unsigned char *out = job->outputs[0];
	for (uint64_t i = 0; i < e->t[0].bytes; i++)
		out[i] = (unsigned char)(in[i] + 1);
	return AEGIS_OK;
}

static const char *const echo_keys[] = {"bytes", "wcet_us", NULL};

static const aegis_plugin_ops echo_ops = {
	.abi = AEGIS_PLUGIN_ABI, .name = "echo", .summary = "test plug-in", .keys = echo_keys,
	.configure = echo_configure, .config_free = echo_config_free, .describe = echo_describe,
	.create = echo_create, .destroy = echo_destroy, .run = echo_run,
};

const aegis_plugin_ops *aegis_plugin_entry(void);

const aegis_plugin_ops *aegis_plugin_entry(void)
{
	return &echo_ops;
}
