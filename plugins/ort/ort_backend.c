/* The ONNX Runtime backend, a plug-in (aegis/plugin.h; built as
 * libaegis-backend-ort.so, the only object linked with libonnxruntime): a model is an
 * ONNX file run by an ONNX Runtime session made at admission (graph optimisation then,
 * never in a job), on the CPU execution provider, its tensors the graph's inputs and
 * outputs (static shapes), a job's outputs written straight into the request's staging
 * (outputs bound to the runtime's memory: ONNX Runtime allocates nothing per run).
 * Settings: model (the .onnx file), wcet (the analysis' WCET; measure it with aegisrt
 * profile), threads (intra-op threads, default 1). Must not call into AegisRT: it uses
 * the types of the public headers only (a program that links libaegis statically does
 * not export its functions to a plug-in). */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <onnxruntime_c_api.h>

#include "aegis/plugin.h"

#define DEFAULT_WCET_NS 10000000 /* 10 ms: a first guess, for aegisrt profile to replace */

struct ort_config {
	char *path;
	int64_t wcet_ns;
	int threads;
	aegis_tensor_desc t[2 * AEGIS_MAX_TENSORS]; /* inputs, then outputs */
	uint32_t n_in, n_out;
	ONNXTensorElementDataType et[2 * AEGIS_MAX_TENSORS];
};

struct ort_state {
	const struct ort_config *cfg;
	OrtEnv *env;
	OrtSession *session;
	OrtMemoryInfo *cpu;
	char *names[2 * AEGIS_MAX_TENSORS];
};

static const OrtApi *ort(void)
{
	static const OrtApi *api;
	if (!api)
		api = OrtGetApiBase()->GetApi(ORT_API_VERSION);
	return api;
}

/* ONNX Runtime's error as the detail; AEGIS_E_BACKEND (or st). */
static aegis_status fail(OrtStatus *s, aegis_status st, char *detail, size_t len,
			 const char *what)
{
	snprintf(detail, len, "onnxruntime: %s: %s", what, s ? ort()->GetErrorMessage(s) : "");
	if (s)
		ort()->ReleaseStatus(s);
	return st;
}

static const struct {
	ONNXTensorElementDataType ort;
	aegis_dtype t;
	uint32_t size;
} types[] = {
	{ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT, AEGIS_DTYPE_F32, 4},
	{ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT16, AEGIS_DTYPE_F16, 2},
	{ONNX_TENSOR_ELEMENT_DATA_TYPE_UINT8, AEGIS_DTYPE_U8, 1},
	{ONNX_TENSOR_ELEMENT_DATA_TYPE_INT8, AEGIS_DTYPE_I8, 1},
	{ONNX_TENSOR_ELEMENT_DATA_TYPE_INT32, AEGIS_DTYPE_I32, 4},
	{ONNX_TENSOR_ELEMENT_DATA_TYPE_INT64, AEGIS_DTYPE_I64, 8},
};

/* "12ms", "500us", "1.5s", "800ns": a duration with its unit, in ns; -1 if not one. */
static int64_t duration_ns(const char *s)
{
	static const struct {
		const char *unit;
		double ns;
	} units[] = {{"ns", 1}, {"us", 1e3}, {"ms", 1e6}, {"s", 1e9}};
	char *end;
	double x = strtod(s, &end);
	for (size_t i = 0; end != s && i < sizeof units / sizeof units[0]; i++)
		if (strcmp(end, units[i].unit) == 0 && x >= 0 && x * units[i].ns < 9.2e18)
			return (int64_t)(x * units[i].ns + 0.5);
	return -1;
}

/* Tensor k of the session (an input, or an output) as a description. */
static aegis_status describe_tensor(OrtSession *s, bool output, size_t k, aegis_tensor_desc *d,
				    ONNXTensorElementDataType *et, char *detail, size_t len)
{
	const OrtApi *a = ort();
	OrtAllocator *alloc;
	OrtTypeInfo *ti = NULL;
	char *name = NULL;
	OrtStatus *st = a->GetAllocatorWithDefaultOptions(&alloc);
	if (!st)
		st = output ? a->SessionGetOutputName(s, k, alloc, &name)
			    : a->SessionGetInputName(s, k, alloc, &name);
	if (!st)
		st = output ? a->SessionGetOutputTypeInfo(s, k, &ti)
			    : a->SessionGetInputTypeInfo(s, k, &ti);
	if (st)
		return fail(st, AEGIS_E_BACKEND, detail, len, "the graph's tensors");
	const OrtTensorTypeAndShapeInfo *tsi;
	size_t rank = 0;
	aegis_status r = AEGIS_OK;
	*d = (aegis_tensor_desc){0};
	snprintf(d->name, sizeof d->name, "%s", name);
	if ((st = a->CastTypeInfoToTensorInfo(ti, &tsi)) || !tsi ||
	    (st = a->GetTensorElementType(tsi, et)) || (st = a->GetDimensionsCount(tsi, &rank)))
		r = fail(st, AEGIS_E_UNSUPPORTED, detail, len, "a tensor that is no tensor");
	else if (rank > AEGIS_MAX_DIMS || strlen(name) >= sizeof d->name)
		r = AEGIS_E_UNSUPPORTED, snprintf(detail, len, "tensor '%.40s': rank %zu or its "
						  "name is beyond a request's", name, rank);
	else if ((st = a->GetDimensions(tsi, d->shape, rank)))
		r = fail(st, AEGIS_E_BACKEND, detail, len, "dimensions");
	d->rank = (uint32_t)rank;
	d->dtype = AEGIS_DTYPE_COUNT_;
	uint64_t bytes = 0;
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
		if (types[i].ort == *et) {
			d->dtype = types[i].t;
			bytes = types[i].size;
		}
	for (uint32_t i = 0; r == AEGIS_OK && i < d->rank; i++) {
		if (d->shape[i] < 1) {
			r = AEGIS_E_UNSUPPORTED;
			snprintf(detail, len, "tensor '%s': dimension %u is not static (%lld)",
				 d->name, i, (long long)d->shape[i]);
		}
		bytes *= (uint64_t)(d->shape[i] > 0 ? d->shape[i] : 1);
	}
	if (r == AEGIS_OK && d->dtype == AEGIS_DTYPE_COUNT_) {
		r = AEGIS_E_UNSUPPORTED;
		snprintf(detail, len, "tensor '%s': element type %d is not one a request carries",
			 d->name, (int)*et);
	}
	d->bytes = bytes;
	a->ReleaseTypeInfo(ti);
	OrtStatus *freed = a->AllocatorFree(alloc, name);
	if (freed)
		a->ReleaseStatus(freed);
	return r;
}

/* A session over the model file: made here for the tensors, and for every job by
 * create (with the graph optimised). */
static aegis_status open_session(const struct ort_config *c, bool optimise, OrtEnv **env,
				 OrtSession **s, char *detail, size_t len)
{
	const OrtApi *a = ort();
	OrtSessionOptions *so = NULL;
	OrtStatus *st = a->CreateEnv(ORT_LOGGING_LEVEL_ERROR, "aegis", env);
	if (!st)
		st = a->CreateSessionOptions(&so);
	if (!st)
		st = a->SetIntraOpNumThreads(so, c->threads);
	if (!st)
		st = a->SetSessionGraphOptimizationLevel(so, optimise ? ORT_ENABLE_ALL
								      : ORT_DISABLE_ALL);
	if (!st)
		st = a->CreateSession(*env, c->path, so, s);
	if (so)
		a->ReleaseSessionOptions(so);
	if (!st)
		return AEGIS_OK;
	if (*env)
		a->ReleaseEnv(*env);
	*env = NULL;
	*s = NULL;
	return fail(st, AEGIS_E_UNSUPPORTED, detail, len, c->path);
}

static void ort_config_free(void *config)
{
	struct ort_config *c = config;
	if (c)
		free(c->path);
	free(c);
}

/* One setting: model, wcet or threads. */
static aegis_status setting(struct ort_config *c, const aegis_option *o, const char *dir,
			    char *detail, size_t len)
{
	const char *v = o->value ? o->value : "";
	if (strcmp(o->key, "model") == 0) {
		size_t n = strlen(dir) + strlen(v) + 2;
		if (!(c->path = malloc(n)))
			return AEGIS_E_NOMEM;
		snprintf(c->path, n, "%s%s%s", v[0] == '/' || !dir[0] ? "" : dir,
			 v[0] == '/' || !dir[0] ? "" : "/", v);
		return AEGIS_OK;
	}
	if (strcmp(o->key, "wcet") == 0) {
		if ((c->wcet_ns = duration_ns(v)) <= 0)
			return snprintf(detail, len, "wcet: expected a duration > 0, got '%.40s'",
					v), AEGIS_E_CONFIG;
		return AEGIS_OK;
	}
	if (strcmp(o->key, "threads") == 0) {
		char *end;
		long t = strtol(v, &end, 10);
		if (*end || t < 1 || t > 256)
			return snprintf(detail, len, "threads: expected 1..256, got '%.40s'", v),
			       AEGIS_E_CONFIG;
		c->threads = (int)t;
		return AEGIS_OK;
	}
	snprintf(detail, len, "unknown setting '%.40s'", o->key);
	return AEGIS_E_CONFIG;
}

static aegis_status ort_configure(const aegis_option *settings, uint32_t n, const char *dir,
				  void **config, char *detail, size_t len)
{
	struct ort_config *c = calloc(1, sizeof *c);
	if (!c)
		return AEGIS_E_NOMEM;
	c->wcet_ns = DEFAULT_WCET_NS;
	c->threads = 1;
	aegis_status st = AEGIS_OK;
	for (uint32_t i = 0; st == AEGIS_OK && i < n; i++)
		st = setting(c, &settings[i], dir ? dir : "", detail, len);
	if (st == AEGIS_OK && !c->path)
		st = AEGIS_E_CONFIG, snprintf(detail, len, "backend ort needs its model (a .onnx "
						   "file)");
	struct stat sb; /* a device or a pipe would never end: regular files only */
	if (st == AEGIS_OK && (stat(c->path, &sb) != 0 || !S_ISREG(sb.st_mode)))
		st = AEGIS_E_IO, snprintf(detail, len, "model %s: not a regular file", c->path);
	OrtEnv *env = NULL;
	OrtSession *s = NULL;
	size_t n_in = 0, n_out = 0;
	if (st == AEGIS_OK && (st = open_session(c, false, &env, &s, detail, len)) == AEGIS_OK) {
		OrtStatus *e = ort()->SessionGetInputCount(s, &n_in);
		if (!e)
			e = ort()->SessionGetOutputCount(s, &n_out);
		if (e)
			st = fail(e, AEGIS_E_BACKEND, detail, len, "the graph's tensors");
		else if (n_in > AEGIS_MAX_TENSORS || n_out > AEGIS_MAX_TENSORS)
			st = AEGIS_E_UNSUPPORTED, snprintf(detail, len, "%zu inputs and %zu outputs "
							   "(at most %u each)", n_in, n_out,
							   AEGIS_MAX_TENSORS);
		for (size_t k = 0; st == AEGIS_OK && k < n_in + n_out; k++)
			st = describe_tensor(s, k >= n_in, k >= n_in ? k - n_in : k, &c->t[k],
					     &c->et[k], detail, len);
		c->n_in = (uint32_t)n_in;
		c->n_out = (uint32_t)n_out;
	}
	if (s)
		ort()->ReleaseSession(s);
	if (env)
		ort()->ReleaseEnv(env);
	if (st != AEGIS_OK) {
		ort_config_free(c);
		return st;
	}
	*config = c;
	return AEGIS_OK;
}

static aegis_status ort_describe(const void *config, aegis_plugin_reqs *out, char *detail,
				 size_t len)
{
	(void)detail, (void)len;
	const struct ort_config *c = config;
	*out = (aegis_plugin_reqs){.wcet_ns = c->wcet_ns, .inputs = c->t, .n_inputs = c->n_in,
				   .outputs = c->t + c->n_in, .n_outputs = c->n_out};
	return AEGIS_OK;
}

static void ort_destroy(void *state)
{
	struct ort_state *s = state;
	if (!s)
		return;
	for (uint32_t k = 0; k < 2 * AEGIS_MAX_TENSORS; k++)
		free(s->names[k]);
	if (s->cpu)
		ort()->ReleaseMemoryInfo(s->cpu);
	if (s->session)
		ort()->ReleaseSession(s->session);
	if (s->env)
		ort()->ReleaseEnv(s->env);
	free(s);
}

static aegis_status ort_create(const void *config, void **state, char *detail, size_t len)
{
	const struct ort_config *c = config;
	struct ort_state *s = calloc(1, sizeof *s);
	if (!s)
		return AEGIS_E_NOMEM;
	s->cfg = c;
	aegis_status st = open_session(c, true, &s->env, &s->session, detail, len);
	OrtStatus *e = st ? NULL : ort()->CreateCpuMemoryInfo(OrtDeviceAllocator,
							       OrtMemTypeDefault, &s->cpu);
	if (e)
		st = fail(e, AEGIS_E_BACKEND, detail, len, "CPU memory info");
	for (uint32_t k = 0; st == AEGIS_OK && k < c->n_in + c->n_out; k++)
		if (!(s->names[k] = strdup(c->t[k].name)))
			st = AEGIS_E_NOMEM;
	if (st != AEGIS_OK) {
		ort_destroy(s);
		return st;
	}
	*state = s;
	return AEGIS_OK;
}

/* A value over the runtime's memory (no copy, nothing allocated by ONNX Runtime). */
static OrtStatus *wrap(const struct ort_state *s, uint32_t k, void *data, OrtValue **v)
{
	const aegis_tensor_desc *d = &s->cfg->t[k];
	return ort()->CreateTensorWithDataAsOrtValue(s->cpu, data, d->bytes, d->shape, d->rank,
						     s->cfg->et[k], v);
}

static aegis_status ort_run(void *state, const aegis_plugin_job *job, char *detail, size_t len)
{
	struct ort_state *s = state;
	const struct ort_config *c = s->cfg;
	if (!job->inputs) /* a job without data: nothing to compute on */
		return AEGIS_OK;
	OrtValue *v[2 * AEGIS_MAX_TENSORS] = {0};
	OrtStatus *e = NULL;
	for (uint32_t k = 0; !e && k < c->n_in; k++)
		e = wrap(s, k, (void *)job->inputs[k], &v[k]);
	for (uint32_t k = 0; !e && k < c->n_out; k++)
		e = wrap(s, c->n_in + k, job->outputs[k], &v[c->n_in + k]);
	if (!e) /* outputs given: ONNX Runtime writes into them */
		e = ort()->Run(s->session, NULL, (const char *const *)s->names,
			       (const OrtValue *const *)v, c->n_in,
			       (const char *const *)s->names + c->n_in, c->n_out, v + c->n_in);
	for (uint32_t k = 0; k < c->n_in + c->n_out; k++)
		if (v[k])
			ort()->ReleaseValue(v[k]);
	return e ? fail(e, AEGIS_E_BACKEND, detail, len, "run") : AEGIS_OK;
}

static const char *const ort_keys[] = {"model", "wcet", "threads", NULL};

static const aegis_plugin_ops ort_ops = {
	.abi = AEGIS_PLUGIN_ABI,
	.name = "ort",
	.summary = "ONNX Runtime (CPU execution provider) as a plug-in",
	.keys = ort_keys,
	.configure = ort_configure,
	.config_free = ort_config_free,
	.describe = ort_describe,
	.create = ort_create,
	.destroy = ort_destroy,
	.run = ort_run,
};

const aegis_plugin_ops *aegis_plugin_entry(void);

const aegis_plugin_ops *aegis_plugin_entry(void)
{
	return &ort_ops;
}
