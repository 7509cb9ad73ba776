/* aegis-onnx-check: the ONNX GPU executor against references, on a real GPU.
 *   conformance DIR...  ONNX backend node tests (model.onnx, test_data_set_N/ with .pb files)
 *   model FILE.onnx     a whole network: compared with --inputs DIR/output_0.pb, and
 *                       timed (eager and, with --graph, as a replayed CUDA Graph)
 *   api FILE.onnx       the network through the runtime's API (a request's buffers in
 *                       and out, on lane 0 of --lanes green-context lanes): every
 *                       DIR/input_K.pb's output against output_K.pb, then the latency
 *                       from submit to outputs on the host against a plain program
 *                       doing the same copies and CUDA graph on a lane of that size
 * A pass is |a - b| <= ATOL + RTOL * |b| for every element (ATOL 1e-4, RTOL 1e-3).
 * Memory: one device pool = persistent | io | transient + workspace, as the runtime
 * places it. Must not be linked into the library. */
#define _POSIX_C_SOURCE 200809L /* strdup, opendir */
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "aegis/aegis.h"
#include "backend/onnx/graph.h"
#include "backend/onnx/onnx_exec.h"
#include "device/device.h"

#define ATOL 1e-4
#define RTOL 1e-3
#define MAX_SETS 16
#define MAX_IO 16

static uint64_t align_up(uint64_t v)
{
	return (v + ONNX_ALIGN - 1) / ONNX_ALIGN * ONNX_ALIGN;
}

/* One device with one lane (the whole GPU, or a partition of sms SMs) and its pool. */
struct gpu {
	struct device *dev;
	uint64_t base, bytes;
};

static int gpu_open(struct gpu *gp, uint32_t sms, uint64_t pool_bytes)
{
	char detail[512] = "";
	const struct device_ops *ops = device_find("cuda");
	struct device_config cfg = {.lanes = 1, .sm_limit = sms};
	aegis_status st;
	memset(gp, 0, sizeof *gp);
	if (!ops) {
		fprintf(stderr, "no cuda device in this build\n");
		return -1;
	}
	if ((st = ops->create(&cfg, &gp->dev, detail, sizeof detail))) {
		fprintf(stderr, "cuda device (sm_limit %u): %s: %s\n", sms, aegis_status_name(st),
			detail);
		return -1;
	}
	if ((st = gp->dev->ops->mem_pool(gp->dev, pool_bytes))) {
		fprintf(stderr, "pool of %llu bytes: %s: %s\n", (unsigned long long)pool_bytes,
			aegis_status_name(st), gp->dev->ops->last_error(gp->dev));
		gp->dev->ops->destroy(gp->dev);
		gp->dev = NULL;
		return -1;
	}
	gp->base = gp->dev->ops->mem_base(gp->dev);
	gp->bytes = pool_bytes;
	aegis_lane_info li;
	memset(&li, 0, sizeof li);
	if (gp->dev->ops->lane_info)
		gp->dev->ops->lane_info(gp->dev, 0, &li);
	printf("# device: lane 0 of %u SMs (asked %u, 0 = all), pool %llu MiB\n", li.sm_count, sms,
	       (unsigned long long)(pool_bytes >> 20));
	return 0;
}

static void gpu_close(struct gpu *gp)
{
	if (gp->dev)
		gp->dev->ops->destroy(gp->dev);
	gp->dev = NULL;
}

/* The three regions of a graph in the pool. */
struct regions {
	uint64_t persistent, io, transient, total;
};

static struct regions place(const struct gpu *gp, const struct onnx_graph *g, uint64_t ws)
{
	struct regions r;
	r.persistent = gp->base;
	r.io = r.persistent + align_up(g->persistent_bytes);
	r.transient = r.io + align_up(g->io_bytes);
	r.total = align_up(g->persistent_bytes) + align_up(g->io_bytes) +
		  align_up(g->transient_bytes) + ws;
	if (g->transient_bytes == 0)
		r.total += ONNX_ALIGN; /* transient must have an address even when empty */
	return r;
}

/* Runs the whole graph as the dispatcher would: run, commit, wait for the poll. */
static aegis_status run_once(struct gpu *gp, struct onnx_exec *x, const struct onnx_graph *g,
			     const struct regions *r)
{
	aegis_status st;
	uint32_t lane;
	int64_t t;
	if ((st = onnx_exec_run(x, 0, g->n_node, r->persistent, r->io, r->transient)))
		return st;
	if ((st = gp->dev->ops->commit(gp->dev, 0)))
		return st;
	for (;;) {
		if (gp->dev->ops->poll(gp->dev, &lane, &t))
			return AEGIS_OK;
		if ((st = gp->dev->ops->advance(gp->dev, INT64_MAX)))
			return st;
	}
}

struct cmp {
	double max_abs, max_rel;
	double max_ref; /* the largest |reference|: what the errors are relative to */
	uint64_t bad;
};

static struct cmp compare(const float *a, const float *b, uint64_t n)
{
	struct cmp c = {0, 0, 0, 0};
	for (uint64_t i = 0; i < n; i++) {
		if (fabs((double)b[i]) > c.max_ref)
			c.max_ref = fabs((double)b[i]);
		double d = fabs((double)a[i] - (double)b[i]);
		if (isnan(a[i]) != isnan(b[i]))
			d = INFINITY;
		else if (isnan(a[i]))
			d = 0;
		double rel = d / (fabs((double)b[i]) > 1e-30 ? fabs((double)b[i]) : 1e-30);
		if (d > c.max_abs)
			c.max_abs = d;
		if (rel > c.max_rel && fabs((double)b[i]) > ATOL)
			c.max_rel = rel;
		if (!(d <= ATOL + RTOL * fabs((double)b[i])))
			c.bad++;
	}
	return c;
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The test_data_set_* folders of dir, sorted; returns how many. */
static int data_sets(const char *dir, char *sets[MAX_SETS])
{
	DIR *d = opendir(dir);
	int n = 0;
	if (!d)
		return 0;
	struct dirent *e;
	while ((e = readdir(d)) && n < MAX_SETS)
		if (strncmp(e->d_name, "test_data_set_", 14) == 0)
			sets[n++] = strdup(e->d_name);
	closedir(d);
	qsort(sets, (size_t)n, sizeof *sets, cmp_name);
	return n;
}

/* Loads DIR/prefix_K.pb into tensor g->list[K] for every K; returns the count read, or
 * -1 with a message. */
static int load_pbs(const char *dir, const char *prefix, const int32_t *list, uint32_t n_list,
		    const struct onnx_graph *g, float **data, char *why, size_t why_len)
{
	uint32_t k;
	for (k = 0; k < MAX_IO; k++) {
		char path[4096];
		snprintf(path, sizeof path, "%s/%s_%u.pb", dir, prefix, k);
		FILE *f = fopen(path, "rb");
		if (!f)
			break;
		fclose(f);
		if (k >= n_list) {
			snprintf(why, why_len, "%.400s has more %s files than the graph has", dir, prefix);
			return -1;
		}
		struct onnx_shape shape;
		char detail[512] = "";
		aegis_status st = onnx_tensor_file_load(path, &shape, &data[k], detail, sizeof detail);
		if (st) {
			snprintf(why, why_len, "%.400s: %.500s", path, detail);
			return -1;
		}
		uint64_t elems = 1;
		for (uint32_t i = 0; i < shape.rank; i++)
			elems *= (uint64_t)shape.d[i];
		if (elems != g->t[list[k]].elems) {
			snprintf(why, why_len, "%.400s: %llu elements, the graph's %.200s has %llu", path,
				 (unsigned long long)elems, g->t[list[k]].name,
				 (unsigned long long)g->t[list[k]].elems);
			free(data[k]);
			data[k] = NULL;
			return -1;
		}
	}
	return (int)k;
}

/* Runs one data set (inputs, then compares every output); 1 pass, 0 fail. */
static int check_set(struct gpu *gp, struct onnx_exec *x, const struct onnx_graph *g,
		     const struct regions *r, const char *set_dir, const char *label, bool verbose)
{
	float *in[MAX_IO] = {0}, *ref[MAX_IO] = {0};
	char why[1024] = "";
	int ok = 0, n_in, n_out;
	aegis_status st;
	if ((n_in = load_pbs(set_dir, "input", g->inputs, g->n_inputs, g, in, why, sizeof why)) < 0 ||
	    (n_out = load_pbs(set_dir, "output", g->outputs, g->n_outputs, g, ref, why,
			      sizeof why)) < 0) {
		printf("FAIL  %-48s data: %s\n", label, why);
		goto out;
	}
	if ((uint32_t)n_in != g->n_inputs) {
		printf("FAIL  %-48s %d input files for %u graph inputs\n", label, n_in, g->n_inputs);
		goto out;
	}
	for (int k = 0; k < n_in; k++)
		if ((st = onnx_exec_copy_in(x, g->inputs[k], in[k], r->io, r->transient))) {
			printf("FAIL  %-48s copy in: %s\n", label, onnx_exec_last_error(x));
			goto out;
		}
	if ((st = run_once(gp, x, g, r))) {
		const char *e = onnx_exec_last_error(x);
		printf("FAIL  %-48s run: %s: %s\n", label, aegis_status_name(st),
		       e[0] ? e : gp->dev->ops->last_error(gp->dev));
		goto out;
	}
	ok = 1;
	double worst_abs = 0, worst_rel = 0, ref_max = 0;
	for (int k = 0; k < n_out; k++) {
		const struct onnx_tensor *t = &g->t[g->outputs[k]];
		float *got = malloc(t->elems * sizeof(float) + 1);
		if (!got || onnx_exec_copy_out(x, g->outputs[k], got, r->io, r->transient)) {
			printf("FAIL  %-48s copy out of %s: %s\n", label, t->name,
			       onnx_exec_last_error(x));
			free(got);
			ok = 0;
			goto out;
		}
		struct cmp c = compare(got, ref[k], t->elems);
		if (c.max_abs > worst_abs)
			worst_abs = c.max_abs;
		if (c.max_rel > worst_rel)
			worst_rel = c.max_rel;
		if (c.max_ref > ref_max)
			ref_max = c.max_ref;
		if (c.bad) {
			ok = 0;
			if (verbose)
				printf("      output %s: %llu of %llu elements out of tolerance\n",
				       t->name, (unsigned long long)c.bad,
				       (unsigned long long)t->elems);
		}
		free(got);
	}
	printf("%s  %-48s max_abs %.3g max_rel %.3g max|ref| %.3g (%d outputs)\n",
	       ok ? "PASS" : "FAIL", label, worst_abs, worst_rel, ref_max, n_out);
out:
	for (int k = 0; k < MAX_IO; k++) {
		free(in[k]);
		free(ref[k]);
	}
	return ok;
}

enum verdict { V_PASS, V_FAIL, V_REFUSED };

static enum verdict conformance_one(struct gpu *gp, const char *dir, uint64_t ws_limit)
{
	char path[4096], detail[1024] = "";
	const char *label = strrchr(dir, '/') && strrchr(dir, '/')[1] ? strrchr(dir, '/') + 1 : dir;
	snprintf(path, sizeof path, "%s/model.onnx", dir);
	struct onnx_graph *g = NULL;
	aegis_status st = onnx_graph_load(path, &g, detail, sizeof detail);
	if (st) {
		printf("REFUSED %-46s refused: %s: %s\n", label, aegis_status_name(st), detail);
		return V_REFUSED;
	}
	struct onnx_exec *x = NULL;
	enum verdict v = V_FAIL;
	if ((st = onnx_exec_create(g, gp->dev, 0, ws_limit, &x, detail, sizeof detail))) {
		printf("FAIL  %-48s executor refused a loaded graph: %s: %s\n", label,
		       aegis_status_name(st), detail);
		goto out_graph;
	}
	struct regions r = place(gp, g, onnx_exec_workspace_bytes(x));
	if (r.total > gp->bytes) {
		printf("FAIL  %-48s needs %llu bytes, the pool has %llu\n", label,
		       (unsigned long long)r.total, (unsigned long long)gp->bytes);
		goto out_exec;
	}
	if ((st = onnx_exec_upload_weights(x, r.persistent))) {
		printf("FAIL  %-48s weights: %s\n", label, onnx_exec_last_error(x));
		goto out_exec;
	}
	char *sets[MAX_SETS];
	int n = data_sets(dir, sets), pass = n > 0;
	for (int s = 0; s < n; s++) {
		char set_dir[4096], set_label[512];
		snprintf(set_dir, sizeof set_dir, "%s/%s", dir, sets[s]);
		snprintf(set_label, sizeof set_label, n > 1 ? "%s[%d]" : "%s", label, s);
		pass &= check_set(gp, x, g, &r, set_dir, set_label, true);
		free(sets[s]);
	}
	if (n == 0)
		printf("FAIL  %-48s no test_data_set_*\n", label);
	v = pass ? V_PASS : V_FAIL;
out_exec:
	onnx_exec_destroy(x);
out_graph:
	onnx_graph_destroy(g);
	return v;
}

static int conformance(int argc, char **argv, uint64_t pool_mb, uint64_t ws_mb)
{
	struct gpu gp;
	if (gpu_open(&gp, 0, pool_mb << 20))
		return 2;
	printf("# tolerance: |gpu - ref| <= %g + %g * |ref| per element\n", ATOL, RTOL);
	int pass = 0, fail = 0, refused = 0;
	for (int i = 0; i < argc; i++) {
		enum verdict v = conformance_one(&gp, argv[i], ws_mb << 20);
		pass += v == V_PASS;
		fail += v == V_FAIL;
		refused += v == V_REFUSED;
		fflush(stdout);
	}
	printf("# conformance: %d tests: %d pass, %d fail, %d refused by the loader\n", argc, pass,
	       fail, refused);
	gpu_close(&gp);
	return fail ? 1 : 0;
}

static int cmp_float(const void *a, const void *b)
{
	float x = *(const float *)a, y = *(const float *)b;
	return x < y ? -1 : x > y;
}

static void report_times(const char *name, const char *lane, const char *mode, float *ms,
			 uint32_t n)
{
	double sum = 0, sq = 0;
	for (uint32_t i = 0; i < n; i++)
		sum += ms[i];
	double mean = sum / n;
	for (uint32_t i = 0; i < n; i++)
		sq += (ms[i] - mean) * (ms[i] - mean);
	qsort(ms, n, sizeof *ms, cmp_float);
	double median = n % 2 ? ms[n / 2] : 0.5 * (ms[n / 2 - 1] + ms[n / 2]);
	uint32_t p99 = (uint32_t)ceil(0.99 * n) - 1;
	printf("TIME  %-24s lane=%-6s mode=%-5s n=%u median_ms=%.4f p99_ms=%.4f mean_ms=%.4f "
	       "cv=%.4f min_ms=%.4f\n", name, lane, mode, n, median, ms[p99], mean,
	       n > 1 ? sqrt(sq / (n - 1)) / mean : 0.0, ms[0]);
}

/* Where node-by-node time goes on the host: per kind of step, the calls of one run and
 * the host microseconds each; then how many Conv steps (conv_cudnn) run on cuDNN's
 * graph API and how many on its legacy API, whose host cost differs several-fold. */
static int report_host_costs(struct onnx_exec *x, const struct regions *r, const char *name,
			     const char *lane, uint32_t iters)
{
	struct onnx_host_cost c[ONNX_EXEC_STEP_KINDS];
	aegis_status st = onnx_exec_host_costs(x, iters, r->persistent, r->io, r->transient, c);
	if (st) {
		printf("FAIL  %s host costs: %s: %s\n", name, aegis_status_name(st),
		       onnx_exec_last_error(x));
		return 1;
	}
	double total = 0;
	for (uint32_t k = 0; k < ONNX_EXEC_STEP_KINDS; k++)
		total += (double)c[k].ns;
	printf("HOST  %-24s lane=%-6s enqueue_us_per_run=%.1f (n=%u)", name, lane,
	       total / 1e3 / iters, iters);
	for (uint32_t k = 0; k < ONNX_EXEC_STEP_KINDS; k++)
		if (c[k].calls)
			printf(" %s=%.0fx%.2fus", c[k].step, (double)c[k].calls / iters,
			       (double)c[k].ns / 1e3 / (double)c[k].calls);
	uint32_t on_graph = 0, on_legacy = 0;
	(void)onnx_exec_conv_paths(x, &on_graph, &on_legacy);
	printf(" conv_cudnn_graph=%u conv_cudnn_legacy=%u\n", on_graph, on_legacy);
	return 0;
}

static int model(const char *file, const char *inputs, uint32_t sms, uint32_t iters,
		 bool graph, uint64_t ws_mb)
{
	char detail[1024] = "";
	struct onnx_graph *g = NULL;
	aegis_status st = onnx_graph_load(file, &g, detail, sizeof detail);
	const char *name = strrchr(file, '/') ? strrchr(file, '/') + 1 : file;
	if (st) {
		printf("REFUSED %s refused: %s: %s\n", name, aegis_status_name(st), detail);
		return 1;
	}
	printf("# %s: %u nodes, %.3f GFLOP, persistent %.1f MiB, io %.2f MiB, transient %.1f MiB "
	       "(naive %.1f MiB)\n", name, g->n_node, g->flops / 1e9, g->persistent_bytes / 1048576.0,
	       g->io_bytes / 1048576.0, g->transient_bytes / 1048576.0,
	       g->transient_naive_bytes / 1048576.0);
	int rc = 1;
	struct gpu gp;
	/* the executor's workspace is known only after create, which needs the device:
	 * the pool is sized with the workspace limit as the bound */
	uint64_t bound = align_up(g->persistent_bytes) + align_up(g->io_bytes) +
			 align_up(g->transient_bytes) + ONNX_ALIGN + (ws_mb << 20) +
			 ONNX_CUBLAS_WORKSPACE;
	if (gpu_open(&gp, sms, bound))
		goto out_graph;
	struct onnx_exec *x = NULL;
	if ((st = onnx_exec_create(g, gp.dev, 0, ws_mb << 20, &x, detail, sizeof detail))) {
		printf("FAIL  %s executor: %s: %s\n", name, aegis_status_name(st), detail);
		goto out_gpu;
	}
	struct regions r = place(&gp, g, onnx_exec_workspace_bytes(x));
	printf("# workspace %.1f MiB; pool used %.1f of %.1f MiB\n",
	       onnx_exec_workspace_bytes(x) / 1048576.0, r.total / 1048576.0, gp.bytes / 1048576.0);
	uint32_t on_graph = 0, on_legacy = 0;
	const char *why = onnx_exec_conv_paths(x, &on_graph, &on_legacy);
	printf("# conv: %u on cuDNN's graph API, %u on its legacy API%s%s\n", on_graph, on_legacy,
	       why[0] ? "; first fallback: " : "", why);
	if ((st = onnx_exec_upload_weights(x, r.persistent))) {
		printf("FAIL  %s weights: %s\n", name, onnx_exec_last_error(x));
		goto out_exec;
	}
	rc = 0;
	if (inputs) {
		rc = !check_set(&gp, x, g, &r, inputs, name, true);
	} else {
		/* a fixed pseudo-random input in [-1, 1) */
		for (uint32_t k = 0; k < g->n_inputs; k++) {
			uint64_t n = g->t[g->inputs[k]].elems;
			float *v = malloc(n * sizeof(float) + 1);
			uint32_t s = 12345u + k;
			for (uint64_t i = 0; v && i < n; i++) {
				s = s * 1664525u + 1013904223u;
				v[i] = (float)(s >> 8) / 8388608.0f - 1.0f;
			}
			if (!v || onnx_exec_copy_in(x, g->inputs[k], v, r.io, r.transient)) {
				printf("FAIL  %s copy in\n", name);
				rc = 1;
			}
			free(v);
		}
	}
	char lane[16];
	snprintf(lane, sizeof lane, sms ? "%usm" : "full", sms);
	float *ms = calloc(iters ? iters : 1, sizeof *ms);
	for (int mode = 0; mode < (graph ? 2 : 1) && ms; mode++) {
		if ((st = onnx_exec_time(x, mode == 1, 20, iters, r.persistent, r.io, r.transient, ms))) {
			printf("FAIL  %s timing (%s): %s: %s\n", name, mode ? "graph" : "eager",
			       aegis_status_name(st), onnx_exec_last_error(x));
			rc = 1;
			continue;
		}
		report_times(name, lane, mode ? "graph" : "eager", ms, iters);
	}
	free(ms);
	if (iters && rc == 0)
		rc = report_host_costs(x, &r, name, lane, iters < 50 ? iters : 50);
out_exec:
	onnx_exec_destroy(x);
out_gpu:
	gpu_close(&gp);
out_graph:
	onnx_graph_destroy(g);
	return rc;
}

/* ---- api: the network through the runtime ----------------------------------------- */

#define API_SETS 128

static int64_t mono_ns(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* p50 and p99 of n latencies (sorted here), in us. */
static void latency(const char *what, int64_t *v, uint32_t n, double *p50, double *p99)
{
	qsort(v, n, sizeof *v, cmp_i64);
	*p50 = v[n / 2] / 1e3;
	*p99 = v[n * 99 / 100] / 1e3;
	printf("E2E   %-40s n=%u p50_us=%.1f p99_us=%.1f max_us=%.1f\n", what, n, *p50, *p99,
	       v[n - 1] / 1e3);
}

/* The data sets DIR/input_K.pb, output_K.pb (one input, one output), K = 0.. */
struct sets {
	float *in[API_SETS], *out[API_SETS];
	uint32_t n;
	uint64_t in_elems, out_elems;
};

static int load_sets(const char *dir, struct sets *s)
{
	memset(s, 0, sizeof *s);
	for (uint32_t k = 0; k < API_SETS; k++) {
		char path[4096], detail[512];
		struct onnx_shape a, b;
		snprintf(path, sizeof path, "%s/input_%u.pb", dir, k);
		FILE *f = fopen(path, "rb");
		if (!f)
			break;
		fclose(f);
		if (onnx_tensor_file_load(path, &a, &s->in[k], detail, sizeof detail))
			return fprintf(stderr, "%s: %s\n", path, detail), -1;
		snprintf(path, sizeof path, "%s/output_%u.pb", dir, k);
		if (onnx_tensor_file_load(path, &b, &s->out[k], detail, sizeof detail))
			return fprintf(stderr, "%s: %s\n", path, detail), -1;
		s->in_elems = s->out_elems = 1;
		for (uint32_t i = 0; i < a.rank; i++)
			s->in_elems *= (uint64_t)a.d[i];
		for (uint32_t i = 0; i < b.rank; i++)
			s->out_elems *= (uint64_t)b.d[i];
		s->n = k + 1;
	}
	return s->n ? 0 : (fprintf(stderr, "%s: no input_0.pb\n", dir), -1);
}

static void free_sets(struct sets *s)
{
	for (uint32_t k = 0; k < s->n; k++) {
		free(s->in[k]);
		free(s->out[k]);
	}
}

/* Through the API: returns the lane's SM count in *sms, or -1. */
static int api_runtime(const char *file, const struct sets *s, uint32_t lanes, uint32_t iters,
		       bool graph, uint32_t *sms, int64_t *lat)
{
	aegis_runtime_config cfg = {.device = "cuda", .lanes = lanes, .seed = 1,
				    .admission = AEGIS_ADMIT_OFF, .memory_budget_bytes = 2ull << 30,
				    .idle_poll_ns = 2000000};
	aegis_runtime *rt;
	char err[512];
	if (aegis_runtime_create(&cfg, &rt, err, sizeof err))
		return fprintf(stderr, "runtime: %s\n", err), -1;
	aegis_onnx_config oc = {.model_path = file, .cuda_graph = graph,
				.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 100000000}};
	aegis_model_config m = {.name = "net", .backend = "onnx-cudnn", .backend_config = &oc,
				.release = AEGIS_RELEASE_SPORADIC, .period_ns = 1000, .lane = 0};
	aegis_model_id id;
	int rc = -1;
	if (aegis_model_admit(rt, &m, &id) || aegis_runtime_start(rt)) {
		fprintf(stderr, "admit: %s\n", aegis_runtime_last_error(rt));
		goto out;
	}
	aegis_device_info di;
	aegis_lane_info li;
	aegis_runtime_device_info(rt, &di);
	aegis_runtime_lane_info(rt, 0, &li);
	*sms = li.sm_count;
	float *out = malloc(s->out_elems * sizeof *out);
	uint32_t pass = 0;
	for (uint32_t i = 0; out && i < s->n + iters; i++) {
		const uint32_t k = i % s->n;
		aegis_buffer bi = {.host = s->in[k], .bytes = s->in_elems * sizeof(float)};
		aegis_buffer bo = {.host = out, .bytes = s->out_elems * sizeof(float)};
		aegis_waiter w;
		aegis_waiter_init(&w);
		aegis_request req = {.waiter = &w, .inputs = &bi, .n_inputs = 1, .outputs = &bo,
				     .n_outputs = 1};
		aegis_completion c;
		int64_t t0 = mono_ns();
		aegis_status st = aegis_request_submit(rt, id, &req);
		if (st == AEGIS_OK)
			st = aegis_waiter_wait(&w, 10 * AEGIS_NS_PER_S, &c);
		if (st == AEGIS_OK)
			st = c.status;
		int64_t t1 = mono_ns();
		if (st) {
			fprintf(stderr, "request %u: %s: %s\n", i, aegis_status_name(st),
				aegis_runtime_last_error(rt));
			break;
		}
		if (i < s->n) { /* the first pass: every set against its reference */
			struct cmp cm = compare(out, s->out[k], s->out_elems);
			pass += cm.bad == 0;
			if (cm.bad)
				printf("FAIL  set %u: %llu of %llu outside, max abs %.3g\n", k,
				       (unsigned long long)cm.bad, (unsigned long long)s->out_elems,
				       cm.max_abs);
		} else {
			lat[i - s->n] = t1 - t0;
		}
		if (i + 1 == s->n + iters)
			rc = 0;
	}
	printf("%s  %u of %u inputs through the API match ONNX Runtime's outputs (atol %g, rtol "
	       "%g)\n", pass == s->n ? "PASS" : "FAIL", pass, s->n, ATOL, RTOL);
	if (pass != s->n)
		rc = -1;
	free(out);
out:
	aegis_runtime_destroy(rt);
	return rc;
}

/* The same work in a plain program: pinned buffers, the same copies and graph on a
 * lane of sms SMs, the stream waited for. */
static int api_plain(const char *file, const struct sets *s, uint32_t sms, uint32_t iters,
		     bool graph, int64_t *lat)
{
	char detail[1024];
	struct onnx_graph *g = NULL;
	if (onnx_graph_load(file, &g, detail, sizeof detail))
		return fprintf(stderr, "%s\n", detail), -1;
	struct gpu gp;
	int rc = -1;
	uint64_t bound = align_up(g->persistent_bytes) + align_up(g->io_bytes) +
			 align_up(g->transient_bytes) + ONNX_ALIGN + (256ull << 20) +
			 ONNX_CUBLAS_WORKSPACE;
	if (gpu_open(&gp, sms, bound))
		goto out_graph;
	struct onnx_exec *x = NULL;
	if (onnx_exec_create(g, gp.dev, 0, 256ull << 20, &x, detail, sizeof detail))
		goto out_gpu;
	struct regions r = place(&gp, g, onnx_exec_workspace_bytes(x));
	const struct onnx_tensor *ti = &g->t[g->inputs[0]], *to = &g->t[g->outputs[0]];
	uint64_t in_b = s->in_elems * sizeof(float), out_b = s->out_elems * sizeof(float);
	void *pin = NULL, *pout = NULL;
	struct device *d = gp.dev;
	float *out = malloc(out_b);
	if (onnx_exec_upload_weights(x, r.persistent) || d->ops->host_alloc(d, in_b, &pin) ||
	    d->ops->host_alloc(d, out_b, &pout) || !out)
		goto out_exec;
	for (uint32_t i = 0; i < 10 + iters; i++) {
		int64_t t0 = mono_ns();
		uint32_t lane;
		int64_t t;
		memcpy(pin, s->in[i % s->n], in_b);
		aegis_status st = d->ops->copy_in(d, 0, r.io + ti->offset, pin, 0, in_b);
		if (!st)
			st = graph ? onnx_exec_run_graph(x, 0, g->n_node, true, r.persistent, r.io,
							 r.transient)
				   : onnx_exec_run(x, 0, g->n_node, r.persistent, r.io, r.transient);
		if (!st)
			st = d->ops->copy_out(d, 0, pout, 0, r.io + to->offset, out_b);
		if (!st)
			st = d->ops->commit(d, 0);
		while (!st && !d->ops->poll(d, &lane, &t))
			st = d->ops->advance(d, INT64_MAX);
		memcpy(out, pout, out_b);
		if (st)
			goto out_exec;
		if (i >= 10) /* the first runs capture the graph */
			lat[i - 10] = mono_ns() - t0;
	}
	rc = 0;
out_exec:
	free(out);
	if (pin)
		d->ops->host_free(d, pin);
	if (pout)
		d->ops->host_free(d, pout);
	onnx_exec_destroy(x);
out_gpu:
	gpu_close(&gp);
out_graph:
	onnx_graph_destroy(g);
	return rc;
}

static int api(const char *file, const char *inputs, uint32_t lanes, uint32_t iters, bool graph)
{
	struct sets s;
	if (!inputs || load_sets(inputs, &s))
		return 1;
	int64_t *a = calloc(iters, sizeof *a), *p = calloc(iters, sizeof *p);
	uint32_t sms = 0;
	int rc = 1;
	const char *name = strrchr(file, '/') ? strrchr(file, '/') + 1 : file;
	printf("# %s: %u data sets, lane 0 of %u, %s\n", name, s.n, lanes,
	       graph ? "CUDA graph" : "node by node");
	if (a && p && api_runtime(file, &s, lanes, iters, graph, &sms, a) == 0 &&
	    api_plain(file, &s, sms, iters, graph, p) == 0) {
		double a50, a99, p50, p99;
		char what[64];
		snprintf(what, sizeof what, "%s aegis (%u SMs)", name, sms);
		latency(what, a, iters, &a50, &a99);
		snprintf(what, sizeof what, "%s plain (%u SMs)", name, sms);
		latency(what, p, iters, &p50, &p99);
		printf("E2E   %s overhead: p50 %+.1f %%, p99 %+.1f %%\n", name,
		       100.0 * (a50 - p50) / p50, 100.0 * (a99 - p99) / p99);
		rc = 0;
	}
	free(a);
	free(p);
	free_sets(&s);
	return rc;
}

static void usage(void)
{
	fprintf(stderr,
		"usage: aegis-onnx-check conformance [--pool-mb N] [--ws-mb N] DIR...\n"
		"       aegis-onnx-check model FILE.onnx [--inputs DIR] [--sms N] [--iters N]\n"
		"                        [--graph] [--ws-mb N]\n"
		"       aegis-onnx-check api FILE.onnx --inputs DIR [--lanes N] [--iters N] "
		"[--graph]\n");
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		usage();
		return 2;
	}
	uint64_t pool_mb = 2048, ws_mb = 256;
	uint32_t sms = 0, iters = 200, lanes = 2;
	bool graph = false;
	const char *inputs = NULL;
	char **rest = calloc((size_t)argc, sizeof *rest);
	int n_rest = 0;
	for (int i = 2; i < argc; i++) {
		bool more = i + 1 < argc;
		if (!strcmp(argv[i], "--pool-mb") && more)
			pool_mb = strtoull(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "--ws-mb") && more)
			ws_mb = strtoull(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "--lanes") && more)
			lanes = (uint32_t)strtoul(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "--sms") && more)
			sms = (uint32_t)strtoul(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "--iters") && more)
			iters = (uint32_t)strtoul(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "--inputs") && more)
			inputs = argv[++i];
		else if (!strcmp(argv[i], "--graph"))
			graph = true;
		else
			rest[n_rest++] = argv[i];
	}
	int rc = 2;
	if (!strcmp(argv[1], "conformance") && n_rest > 0)
		rc = conformance(n_rest, rest, pool_mb, ws_mb);
	else if (!strcmp(argv[1], "model") && n_rest == 1 && iters > 0)
		rc = model(rest[0], inputs, sms, iters, graph, ws_mb);
	else if (!strcmp(argv[1], "api") && n_rest == 1 && iters > 0 && lanes > 0)
		rc = api(rest[0], inputs, lanes, iters, graph);
	else
		usage();
	free(rest);
	return rc;
}
