/* The ONNX backend ("onnx-cudnn"): a model is a static ONNX graph (graph.h). On the CUDA
 * device its jobs run the graph with cuDNN and cuBLAS (onnx_exec.h) on the model's lane,
 * in the model's regions of the memory plan; on any other device a job takes the time
 * of the model's execution-time model (the sim backend's), with the graph's memory.
 * Must not choose lanes, order jobs or allocate device memory. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <errno.h>

#include "backend/backend.h"
#include "backend/onnx/graph.h"
#include "backend/settings.h"
#include "backend/sim/data.h"
#include "backend/sim/exec_model.h"
#include "base/file.h"
#include "base/path.h"
#ifdef AEGIS_HAVE_ONNX_GPU
#include "backend/onnx/onnx_exec.h"
#endif
#ifdef AEGIS_HAVE_CUDA
#include "device/cuda/cuda_hooks.h"
#endif

#define DEFAULT_WORKSPACE_BYTES (16ull << 20)
#define WEIGHT_SCALE 1000000.0 /* segment weights: FLOP shares in millionths */

struct onnx_model {
	const aegis_onnx_config *cfg; /* its config (which outlives it) */
	struct onnx_graph *g;
	uint32_t n_seg;
	uint32_t seg_first[AEGIS_MAX_SEGMENTS + 1]; /* segment k: nodes [first[k], first[k+1]) */
	uint32_t weights[AEGIS_MAX_SEGMENTS];
	uint64_t workspace;
	bool cuda_graph; /* segments replayed as CUDA Graphs (captured in prepare) */
	void *sim; /* the sim backend's state: the time model off the CUDA device */
	/* The graph's inputs and outputs as the request's tensors (at their io offsets) */
	struct backend_tensor *tensors;
	uint32_t n_in, n_out;
#ifdef AEGIS_HAVE_ONNX_GPU
	struct onnx_exec *x; /* the executor of the lane it was made for */
	uint32_t x_lane;
	bool uploaded;       /* the weights are in the persistent region */
#endif
};

/*
 * Segments: n contiguous runs of nodes of about equal estimated work. Boundary k is
 * the first node whose cumulative FLOPs reach k/n of the total, moved so that every
 * segment has a node. Each segment's weight is its FLOP share, which splits the WCET
 * (sim backend): an estimate, to be confirmed per segment by profiling.
 */
static aegis_status split(const struct onnx_graph *g, uint32_t n, struct onnx_model *m,
			  char *detail, size_t detail_len)
{
	uint32_t nodes = g->n_node;
	if (n == 0)
		n = 1;
	if (nodes == 0 || n > nodes) {
		snprintf(detail, detail_len, "%s: %u segments but %u executable node(s)", g->path,
			 n, nodes);
		return AEGIS_E_CONFIG;
	}
	double total = 0;
	for (uint32_t i = 0; i < nodes; i++)
		total += g->node[i].flops > 0 ? g->node[i].flops : 1;
	m->n_seg = n;
	m->seg_first[0] = 0;
	double acc = 0;
	uint32_t k = 1;
	for (uint32_t i = 0; i < nodes && k < n; i++) {
		acc += g->node[i].flops > 0 ? g->node[i].flops : 1;
		uint32_t left = nodes - (i + 1); /* nodes after i */
		if (acc >= total * k / n || left == n - k) {
			m->seg_first[k++] = i + 1;
		}
	}
	m->seg_first[n] = nodes;
	for (uint32_t s = 0; s < n; s++) {
		double f = 0;
		for (uint32_t i = m->seg_first[s]; i < m->seg_first[s + 1]; i++)
			f += g->node[i].flops > 0 ? g->node[i].flops : 1;
		double w = ceil(f / total * WEIGHT_SCALE);
		m->weights[s] = w < 1 ? 1 : (uint32_t)w;
	}
	return AEGIS_OK;
}

/* The config as the sim backend sees it: the time model, the graph's segment weights. */
static aegis_sim_config sim_config(const aegis_onnx_config *cfg, const struct onnx_model *m)
{
	return (aegis_sim_config){.exec = cfg->exec, .n_segments = m->n_seg,
				  .segment_weights = m->weights};
}

/* The workspace after the activations that a run of g may use with a cuDNN cap of
 * `cudnn`: cuDNN's (the executor rounds it up to ONNX_ALIGN) and cuBLAS's when the graph
 * has a Gemm or MatMul (onnx_exec_workspace_bytes is at most this). */
static uint64_t workspace_of(const struct onnx_graph *g, uint64_t cudnn)
{
	uint64_t ws = (cudnn + ONNX_ALIGN - 1) / ONNX_ALIGN * ONNX_ALIGN;
	for (uint32_t i = 0; i < g->n_node; i++)
		if (g->node[i].op == ONNX_OP_GEMM || g->node[i].op == ONNX_OP_MATMUL)
			return ws + ONNX_CUBLAS_WORKSPACE;
	return ws;
}

/* The graph's inputs then outputs as tensors (float32, at their io offsets): *out owned,
 * NULL when there are none. AEGIS_OK, AEGIS_E_NOMEM or AEGIS_E_UNSUPPORTED (more than
 * AEGIS_MAX_TENSORS, or a name or shape the API cannot hold). */
static aegis_status tensors_of(const struct onnx_graph *g, struct backend_tensor **out,
			       char *detail, size_t detail_len)
{
	uint32_t n = g->n_inputs + g->n_outputs;
	*out = NULL;
	if (g->n_inputs > AEGIS_MAX_TENSORS || g->n_outputs > AEGIS_MAX_TENSORS) {
		snprintf(detail, detail_len, "%u inputs and %u outputs (at most %u each)",
			 g->n_inputs, g->n_outputs, AEGIS_MAX_TENSORS);
		return AEGIS_E_UNSUPPORTED;
	}
	struct backend_tensor *t = n ? calloc(n, sizeof *t) : NULL;
	if (n && !t)
		return AEGIS_E_NOMEM;
	for (uint32_t i = 0; i < n; i++) {
		const struct onnx_tensor *x =
			&g->t[i < g->n_inputs ? g->inputs[i] : g->outputs[i - g->n_inputs]];
		if (strlen(x->name) >= AEGIS_TENSOR_NAME_MAX || x->shape.rank > AEGIS_MAX_DIMS) {
			snprintf(detail, detail_len, "tensor '%.40s': its name or rank is beyond "
				 "what a request can name", x->name);
			free(t);
			return AEGIS_E_UNSUPPORTED;
		}
		snprintf(t[i].d.name, sizeof t[i].d.name, "%s", x->name);
		t[i].d.dtype = AEGIS_DTYPE_F32;
		t[i].d.rank = x->shape.rank;
		memcpy(t[i].d.shape, x->shape.d, x->shape.rank * sizeof x->shape.d[0]);
		t[i].d.bytes = x->elems * sizeof(float);
		t[i].offset = x->offset;
	}
	*out = t;
	return AEGIS_OK;
}

static void tensor_reqs(const struct onnx_graph *g, const struct backend_tensor *t,
			struct backend_reqs *out)
{
	out->tensors = t;
	out->n_inputs = g->n_inputs;
	out->n_outputs = g->n_outputs;
	out->host_outputs = false;
}

static void memory_of(const struct onnx_graph *g, uint64_t workspace, struct backend_reqs *out)
{
	out->persistent_bytes = g->persistent_bytes;
	out->transient_bytes = g->transient_bytes + workspace_of(g, workspace);
	out->job_transient_bytes = out->transient_bytes;
	out->io_bytes = g->io_bytes;
	out->align = ONNX_ALIGN;
	out->device_memory = true;
}

/* The model's settings, its own copy. pub first: a config is its typed view too. */
struct onnx_config {
	aegis_onnx_config pub;
	char *path;            /* the model file, relative names resolved */
	struct exec_owned exec;
};

static const char *const onnx_keys[] = {"model", "workspace", "cuda_graph", "exec", "segments",
					NULL};
static const struct backend_refusal onnx_refuses[] = {
	{"memory", "the graph gives its memory"},
	{NULL, NULL},
};

static void onnx_config_free(void *config)
{
	struct onnx_config *c = config;
	if (!c)
		return;
	free(c->path);
	exec_free(&c->exec);
	free(c);
}

/* model (the file, which must open here; its graph is read at admission), workspace,
 * cuda_graph, and the time model's exec and segments. */
static aegis_status read_settings(const struct backend_model *m, conf_err *e,
				  struct onnx_config *c, char **file)
{
	static const conf_enum_name bools[] = {{"true", 1}, {"false", 0}, {NULL, 0}};
	const conf_node *s = m->settings, *v;
	uint32_t line = conf_line(s);
	aegis_status st;
	struct settings_segments seg;
	if (!(v = conf_get(s, "model")))
		return conf_fail(e, line, "%smissing key 'model' (backend onnx-cudnn: the .onnx "
				 "file)", e->prefix);
	if ((st = conf_string(e, v, "model", file)))
		return st;
	if ((v = conf_get(s, "workspace")) &&
	    (st = conf_size(e, v, "workspace", &c->pub.workspace_bytes)))
		return st;
	int graph = 0;
	if ((v = conf_get(s, "cuda_graph")) && (st = conf_enum(e, v, "cuda_graph", bools, &graph)))
		return st;
	c->pub.cuda_graph = graph != 0;
	if ((st = exec_read(e, s, m->dir, line, &c->exec)))
		return st;
	if ((st = settings_read_segments(e, s, &seg)))
		return st;
	c->pub.n_segments = seg.n;
	settings_segments_free(&seg); /* the graph gives the weights */
	return AEGIS_OK;
}

static aegis_status onnx_configure(const struct backend_model *m, conf_err *e, void **config)
{
	struct onnx_config *c = calloc(1, sizeof *c);
	uint32_t line = conf_line(m->settings);
	char *file = NULL;
	aegis_status st;
	if (!c)
		return conf_nomem(e);
	if (m->typed) {
		const aegis_onnx_config *t = m->typed;
		c->pub = *t;
		if ((st = exec_copy(e, &t->exec, &c->exec)))
			goto fail;
		if (!t->model_path || !t->model_path[0]) {
			st = settings_fail(e, line, "backend onnx-cudnn needs a model file");
			goto fail;
		}
		file = strdup(t->model_path);
	} else if ((st = read_settings(m, e, c, &file))) {
		goto fail;
	}
	c->path = file ? path_join(m->dir ? m->dir : "", file) : NULL;
	if (!c->path) {
		st = conf_nomem(e);
		goto fail;
	}
	c->pub.model_path = c->path;
	c->pub.exec = c->exec.m;
	int rc = file_check(c->path);
	if (rc) {
		char why[40];
		st = conf_fail_at(e, AEGIS_E_IO, e->path, conf_line(conf_get(m->settings, "model")),
				  "%smodel: cannot open %s: %s", e->prefix, c->path,
				  file_error(rc, SIZE_MAX, why, sizeof why));
		goto fail;
	}
	if ((st = exec_check(e, line, &c->pub.exec)))
		goto fail;
	if (c->pub.n_segments > AEGIS_MAX_SEGMENTS) {
		st = settings_fail(e, line, "%u segments exceed the limit %u", c->pub.n_segments,
				   AEGIS_MAX_SEGMENTS);
		goto fail;
	}
	free(file);
	*config = c;
	return AEGIS_OK;
fail:
	free(file);
	onnx_config_free(c);
	return st;
}

/* The requirements of model m (graph loaded, segments split) for cfg. */
static aegis_status describe_model(const struct onnx_model *m, const aegis_onnx_config *cfg,
				   struct backend_reqs *out, char *detail, size_t detail_len)
{
	aegis_sim_config c = sim_config(cfg, m);
	aegis_status st = sim_backend_ops.describe(&c, out, detail, detail_len);
	if (st == AEGIS_OK) {
		memory_of(m->g, cfg->workspace_bytes ? cfg->workspace_bytes
						     : DEFAULT_WORKSPACE_BYTES, out);
		tensor_reqs(m->g, m->tensors, out);
	}
	return st;
}

static aegis_status onnx_describe(const void *config, struct backend_reqs *out, char *detail,
				  size_t detail_len)
{
	const aegis_onnx_config *cfg = config;
	struct onnx_model m = {0};
	aegis_status st = onnx_graph_load(cfg->model_path, &m.g, detail, detail_len);
	if (st != AEGIS_OK)
		return st;
	if ((st = split(m.g, cfg->n_segments, &m, detail, detail_len)) == AEGIS_OK &&
	    (st = tensors_of(m.g, &m.tensors, detail, detail_len)) == AEGIS_OK)
		st = describe_model(&m, cfg, out, detail, detail_len);
	free(m.tensors); /* the counts stay right; the runtime reads tensors from its state */
	out->tensors = NULL;
	onnx_graph_destroy(m.g);
	return st;
}

static aegis_status onnx_describe_state(const void *state, struct backend_reqs *out,
					char *detail, size_t detail_len)
{
	const struct onnx_model *m = state;
	return describe_model(m, m->cfg, out, detail, detail_len);
}

static void onnx_destroy(void *state)
{
	struct onnx_model *m = state;
	if (!m)
		return;
#ifdef AEGIS_HAVE_ONNX_GPU
	onnx_exec_destroy(m->x);
#endif
	sim_backend_ops.destroy(m->sim);
	onnx_graph_destroy(m->g);
	free(m->tensors);
	free(m);
}

static aegis_status onnx_create(const void *config, uint64_t seed, uint64_t stream,
				void **state, char *detail, size_t detail_len)
{
	const aegis_onnx_config *cfg = config;
	struct onnx_model *m = calloc(1, sizeof *m);
	if (!m)
		return AEGIS_E_NOMEM;
	m->cfg = cfg;
	aegis_status st = onnx_graph_load(cfg->model_path, &m->g, detail, detail_len);
	if (st != AEGIS_OK)
		goto fail;
	if ((st = split(m->g, cfg->n_segments, m, detail, detail_len)) ||
	    (st = tensors_of(m->g, &m->tensors, detail, detail_len)))
		goto fail;
	m->n_in = m->g->n_inputs;
	m->n_out = m->g->n_outputs;
	m->workspace = cfg->workspace_bytes ? cfg->workspace_bytes : DEFAULT_WORKSPACE_BYTES;
	m->cuda_graph = cfg->cuda_graph;
	aegis_sim_config c = sim_config(cfg, m);
	if ((st = sim_backend_ops.create(&c, seed, stream, &m->sim, detail, detail_len)))
		goto fail;
	*state = m;
	return AEGIS_OK;
fail:
	onnx_destroy(m);
	return st;
}

#ifdef AEGIS_HAVE_ONNX_GPU
/* The executor for `lane` (made once; a model stays on its lane), with the weights in
 * the persistent region. Blocks while it uploads them. */
static aegis_status ready(struct onnx_model *m, struct device *dev, uint32_t lane,
			  const struct backend_mem *mem, char *detail, size_t detail_len)
{
	aegis_status st;
	if (m->x && m->x_lane != lane) {
		onnx_exec_destroy(m->x);
		m->x = NULL;
	}
	if (!m->x) {
		if ((st = onnx_exec_create(m->g, dev, lane, m->workspace, &m->x, detail,
					   detail_len)))
			return st;
		m->x_lane = lane;
	}
	/* what describe reserved (workspace_of) must hold what the executor will use */
	uint64_t need = m->g->transient_bytes + onnx_exec_workspace_bytes(m->x);
	if (mem->transient && need > mem->transient_bytes) {
		snprintf(detail, detail_len, "%s: a run needs %llu transient bytes, its region has "
			 "%llu", m->g->path, (unsigned long long)need,
			 (unsigned long long)mem->transient_bytes);
		return AEGIS_E_BUDGET;
	}
	if (!m->uploaded) {
		if (!mem->persistent && m->g->persistent_bytes) {
			snprintf(detail, detail_len, "%s: no device memory for the weights "
				 "(the runtime needs a memory budget)", m->g->path);
			return AEGIS_E_CONFIG;
		}
		if ((st = onnx_exec_upload_weights(m->x, mem->persistent))) {
			snprintf(detail, detail_len, "%s: uploading the weights failed", m->g->path);
			return st;
		}
		m->uploaded = true;
		/* One whole run, waited for: CUDA loads a kernel's module at its first launch
		 * (lazy loading) and cuDNN and cuBLAS set up theirs at their first call, which
		 * took a first job 19 ms on the H200 and stalled the other lane's job past its
		 * budget. Here the lane is idle and nothing is kept in its arena across jobs.
		 * What those loads take outside the pool is measured there, per library. */
		if ((st = onnx_exec_warm(m->x, mem->persistent, mem->io, mem->transient))) {
			snprintf(detail, detail_len, "%s: the warm-up run failed: %s", m->g->path,
				 onnx_exec_last_error(m->x));
			return st;
		}
	}
	return AEGIS_OK;
}
#endif

static aegis_status onnx_prepare(void *state, struct device *dev, uint32_t lane,
				 const struct backend_mem *mem, char *detail, size_t detail_len)
{
#ifdef AEGIS_HAVE_ONNX_GPU
	if (cuda_device_is(dev)) {
		struct onnx_model *m = state;
		aegis_status st = ready(m, dev, lane, mem, detail, detail_len);
		/* capture every segment now, for the regions a job will see; what the graphs
		 * take outside the pool is measured */
		uint64_t free_before = 0, free_after = 0;
		if (st == AEGIS_OK && m->cuda_graph &&
		    (st = cuda_device_mem_free(dev, lane, &free_before)))
			snprintf(detail, detail_len, "%s: measuring free device memory failed",
				 m->g->path);
		for (uint32_t k = 0; st == AEGIS_OK && m->cuda_graph && k < m->n_seg; k++)
			if ((st = onnx_exec_run_graph(m->x, m->seg_first[k], m->seg_first[k + 1], false,
						      mem->persistent, mem->io, mem->transient)))
				snprintf(detail, detail_len, "%s: capturing segment %u as a CUDA "
					 "graph: %s", m->g->path, k, onnx_exec_last_error(m->x));
		if (st == AEGIS_OK && m->cuda_graph) {
			if ((st = cuda_device_mem_free(dev, lane, &free_after)))
				snprintf(detail, detail_len, "%s: measuring free device memory "
					 "failed", m->g->path);
			else
				cuda_device_mem_note(dev, lane, CUDA_MEM_GRAPHS, free_before,
						     free_after);
		}
		return st;
	}
#elif defined(AEGIS_HAVE_CUDA)
	if (cuda_device_is(dev)) {
		snprintf(detail, detail_len, "backend onnx-cudnn: built without cuDNN and "
			 "cuBLAS, it cannot run graphs on the CUDA device");
		return AEGIS_E_UNSUPPORTED;
	}
#endif
	return AEGIS_OK;
}

static aegis_status onnx_execute(void *state, struct backend_job *job, struct device *dev,
				 uint32_t lane)
{
	struct onnx_model *m = state;
#ifdef AEGIS_HAVE_ONNX_GPU
	if (cuda_device_is(dev)) {
		char detail[256]; /* execute reports a status only; the detail is dropped */
		aegis_status st = ready(m, dev, lane, &job->mem, detail, sizeof detail);
		if (st != AEGIS_OK)
			return st;
		uint32_t k = job->segment;
		if (m->cuda_graph)
			return onnx_exec_run_graph(m->x, m->seg_first[k], m->seg_first[k + 1], true,
						   job->mem.persistent, job->mem.io,
						   job->mem.transient);
		return onnx_exec_run(m->x, m->seg_first[k], m->seg_first[k + 1],
				     job->mem.persistent, job->mem.io, job->mem.transient);
	}
#elif defined(AEGIS_HAVE_CUDA)
	if (cuda_device_is(dev))
		return AEGIS_E_UNSUPPORTED;
#endif
	/* off the GPU: the time model's time and the simulated backends' outputs (data.h),
	 * not the network's */
	if (job->segment == 0 && job->in_host)
		sim_data_outputs(m->tensors, m->n_in, m->n_out, job->in_host, job->out_host);
	return sim_backend_ops.execute(m->sim, job, dev, lane);
}

const struct backend_ops onnx_backend_ops = {
	.version = BACKEND_ABI_VERSION,
	.name = "onnx-cudnn",
	.summary = "a static float32 ONNX graph, run with cuDNN and cuBLAS on the CUDA device",
	.keys = onnx_keys,
	.refuses = onnx_refuses,
	.configure = onnx_configure,
	.config_free = onnx_config_free,
	.describe = onnx_describe,
	.create = onnx_create,
	.describe_state = onnx_describe_state,
	.destroy = onnx_destroy,
	.prepare = onnx_prepare,
	.execute = onnx_execute,
};
