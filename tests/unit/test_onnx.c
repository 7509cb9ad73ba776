/* The ONNX backend's host half (src/backend/onnx/): the generated models load with the
 * shapes onnx's own inference gives, refusals carry the status and name the node, the
 * folded BatchNormalization computes what Conv+BN did, shape arithmetic folds to the
 * values numpy gives, the memory plan is sound, and the ONNX node tests of the
 * supported operators are accepted or refused with shapes right.
 * Skips only when the library was built without ONNX. */
#define _GNU_SOURCE
#include <dirent.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#ifdef AEGIS_HAVE_ONNX
#include <unistd.h>

#include "backend/backend.h"
#include "backend/onnx/graph.h"

#ifndef AEGIS_ONNX_MODELS
#define AEGIS_ONNX_MODELS "onnx-models"
#endif
#ifndef AEGIS_ONNX_NODE_TESTS
#define AEGIS_ONNX_NODE_TESTS "/usr/share/libonnx-testdata/data/node"
#endif
#ifndef AEGIS_ONNX_REPORT
#define AEGIS_ONNX_REPORT "onnx-node-tests.txt"
#endif

static uint64_t bytes_of(const struct onnx_tensor *t)
{
	return (t->elems * 4 + ONNX_ALIGN - 1) / ONNX_ALIGN * ONNX_ALIGN;
}

static void model_path(char *buf, size_t len, const char *name, const char *ext)
{
	snprintf(buf, len, "%s/%s%s", AEGIS_ONNX_MODELS, name, ext);
}

/* The plan's invariants: no two activations whose lives overlap share bytes (all
 * pairs), every offset aligned and inside its region, transient <= naive, persistent
 * and io the sums of their tensors' aligned sizes, views at their root's offset. */
static void check_plan(const struct onnx_graph *g, const char *name)
{
	uint64_t pers = 0, io = 0, naive = 0;
	for (uint32_t i = 0; i < g->n_t; i++) {
		const struct onnx_tensor *t = &g->t[i];
		assert_int_equal(t->offset % ONNX_ALIGN, 0);
		if (t->alias >= 0) {
			const struct onnx_tensor *r = onnx_tensor_root(g, t);
			assert_true(r->alias < 0);
			assert_int_equal(t->offset, r->offset);
			assert_int_equal(t->elems, r->elems);
			continue;
		}
		switch (t->kind) {
		case ONNX_T_WEIGHT:
			pers += bytes_of(t);
			assert_non_null(t->data);
			assert_true(t->offset + bytes_of(t) <= g->persistent_bytes);
			break;
		case ONNX_T_INPUT:
		case ONNX_T_OUTPUT:
			io += bytes_of(t);
			assert_true(t->offset + bytes_of(t) <= g->io_bytes);
			break;
		case ONNX_T_ACT:
			naive += bytes_of(t);
			assert_true(t->producer >= 0);
			assert_true(t->offset + bytes_of(t) <= g->transient_bytes);
			break;
		case ONNX_T_CONST:
			break;
		}
		if (t->kind != ONNX_T_CONST)
			for (uint32_t k = 0; k < t->shape.rank; k++)
				assert_true(t->shape.d[k] >= 1);
	}
	assert_int_equal(pers, g->persistent_bytes);
	assert_int_equal(io, g->io_bytes);
	assert_int_equal(naive, g->transient_naive_bytes);
	assert_true(g->transient_bytes <= g->transient_naive_bytes);
	for (uint32_t i = 0; i < g->n_t; i++) {
		const struct onnx_tensor *a = &g->t[i];
		if (a->alias >= 0 || a->kind != ONNX_T_ACT)
			continue;
		int32_t a_end = a->last_use > a->producer ? a->last_use : a->producer;
		for (uint32_t j = i + 1; j < g->n_t; j++) {
			const struct onnx_tensor *b = &g->t[j];
			if (b->alias >= 0 || b->kind != ONNX_T_ACT)
				continue;
			int32_t b_end = b->last_use > b->producer ? b->last_use : b->producer;
			bool live = a->producer <= b_end && b->producer <= a_end;
			bool bytes = a->offset < b->offset + bytes_of(b) && b->offset < a->offset + bytes_of(a);
			if (live && bytes)
				fail_msg("%s: '%s' and '%s' overlap in life and bytes", name, a->name, b->name);
		}
	}
	/* every node reads tensors produced before it: topological order */
	for (uint32_t i = 0; i < g->n_node; i++) {
		const struct onnx_node *n = &g->node[i];
		assert_true(n->op != ONNX_OP_BATCHNORM);
		assert_int_equal(g->t[n->out].producer, (int32_t)i);
		for (uint32_t k = 0; k < n->n_in; k++)
			if (n->in[k] >= 0)
				assert_true(g->t[n->in[k]].producer < (int32_t)i);
	}
	for (uint32_t k = 0; k < g->n_outputs; k++)
		assert_true(g->t[g->outputs[k]].kind == ONNX_T_OUTPUT);
}

/* NAME.shapes (onnx.shape_inference): every named tensor still in the graph has that
 * shape; the graph outputs must all be there. */
static void check_shapes(const struct onnx_graph *g, const char *name)
{
	char path[512], line[1024];
	model_path(path, sizeof(path), name, ".shapes");
	FILE *f = fopen(path, "r");
	assert_non_null(f);
	uint32_t checked = 0;
	while (fgets(line, sizeof(line), f)) {
		char *save = NULL, *tok = strtok_r(line, " \n", &save);
		if (!tok)
			continue;
		int32_t t = onnx_graph_find(g, tok);
		struct onnx_shape s = {0};
		for (char *d; (d = strtok_r(NULL, " \n", &save)) && s.rank < ONNX_MAX_RANK;)
			s.d[s.rank++] = strtoll(d, NULL, 10);
		if (t < 0 || g->t[t].kind == ONNX_T_CONST)
			continue; /* folded away (a BN's Conv output) or host-only */
		if (g->t[t].shape.rank != s.rank ||
		    memcmp(g->t[t].shape.d, s.d, s.rank * sizeof(s.d[0])) != 0)
			fail_msg("%s: tensor '%s': inferred rank %u, onnx says rank %u (or dims differ)",
				 name, tok, g->t[t].shape.rank, s.rank);
		checked++;
	}
	fclose(f);
	assert_true(checked >= g->n_outputs);
}

/* NAME.consts, where the generator wrote one (shape arithmetic, numpy's values): each
 * tensor named there is a host constant holding those values. */
static void check_consts(const struct onnx_graph *g, const char *name)
{
	char path[512], line[1024];
	model_path(path, sizeof(path), name, ".consts");
	FILE *f = fopen(path, "r");
	if (!f)
		return;
	while (fgets(line, sizeof(line), f)) {
		char *save = NULL, *tok = strtok_r(line, " \n", &save);
		if (!tok)
			continue;
		int32_t t = onnx_graph_find(g, tok);
		if (t < 0 || g->t[t].kind != ONNX_T_CONST)
			fail_msg("%s: '%s' is not a host constant", name, tok);
		const struct onnx_tensor *c = &g->t[t];
		uint64_t k = 0;
		for (char *v; (v = strtok_r(NULL, " \n", &save)); k++) {
			if (k >= c->elems)
				fail_msg("%s: '%s' has %llu values, numpy more", name, tok,
					 (unsigned long long)c->elems);
			if (c->ints ? c->ints[k] != strtoll(v, NULL, 10) : c->data[k] != strtof(v, NULL))
				fail_msg("%s: '%s'[%llu] differs from numpy's %s", name, tok,
					 (unsigned long long)k, v);
		}
		assert_int_equal(k, c->elems);
	}
	fclose(f);
}

/* Every model of manifest.txt: accepted ones with shapes and plan checked, refused
 * ones with the exact status and a detail naming the node and the operator. */
static void test_generated_models(void **state)
{
	(void)state;
	char path[512], line[1024], detail[512];
	model_path(path, sizeof(path), "manifest", ".txt");
	FILE *f = fopen(path, "r");
	if (!f)
		fail_msg("%s missing: the onnx_gen_models fixture did not run", path);
	int accepted = 0, refused = 0;
	while (fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\n")] = '\0';
		char *save = NULL;
		char *name = strtok_r(line, "\t", &save), *what = strtok_r(NULL, "\t", &save);
		if (!name || !what)
			continue;
		model_path(path, sizeof(path), name, ".onnx");
		struct onnx_graph *g = (struct onnx_graph *)0x1;
		aegis_status st = onnx_graph_load(path, &g, detail, sizeof(detail));
		if (strcmp(what, "accept") == 0) {
			if (st != AEGIS_OK)
				fail_msg("%s: %s: %s", name, aegis_status_name(st), detail);
			check_shapes(g, name);
			check_consts(g, name);
			check_plan(g, name);
			assert_true(g->flops >= 0.0);
			onnx_graph_destroy(g);
			accepted++;
		} else {
			const char *want = strtok_r(NULL, "\t", &save), *words = strtok_r(NULL, "\t", &save);
			assert_null(g);
			if (strcmp(aegis_status_name(st), want) != 0)
				fail_msg("%s: %s (want %s): %s", name, aegis_status_name(st), want, detail);
			char w[256];
			snprintf(w, sizeof(w), "%s", words ? words : "");
			for (char *s2 = NULL, *wd = strtok_r(w, "|", &s2); wd; wd = strtok_r(NULL, "|", &s2))
				if (!strstr(detail, wd))
					fail_msg("%s: detail '%s' lacks '%s'", name, detail, wd);
			assert_non_null(strstr(detail, path));
			refused++;
		}
	}
	fclose(f);
	print_message("generated models: %d accepted, %d refused as expected\n", accepted, refused);
	assert_true(accepted >= 17 && refused >= 12);
}

static struct onnx_graph *load_ok(const char *name)
{
	char path[512], detail[512];
	model_path(path, sizeof(path), name, ".onnx");
	struct onnx_graph *g = NULL;
	aegis_status st = onnx_graph_load(path, &g, detail, sizeof(detail));
	if (st != AEGIS_OK)
		fail_msg("%s: %s", aegis_status_name(st), detail);
	return g;
}

/* Conv + BN folded: the Conv alone, computed here from the folded weights and bias,
 * gives numpy's Conv-then-BN output within 1e-4. */
static void test_bn_fold_numeric(void **state)
{
	(void)state;
	struct onnx_graph *g = load_ok("convbn_tiny");
	assert_int_equal(g->n_node, 1);
	const struct onnx_node *n = &g->node[0];
	assert_int_equal(n->op, ONNX_OP_CONV);
	assert_int_equal(n->out, g->outputs[0]);
	assert_string_equal(g->t[n->out].name, "y");
	assert_true(n->in[2] >= 0);
	const struct onnx_tensor *w = &g->t[n->in[1]], *b = &g->t[n->in[2]];
	assert_int_equal(w->kind, ONNX_T_WEIGHT);
	assert_int_equal(b->kind, ONNX_T_WEIGHT);
	char path[512];
	model_path(path, sizeof(path), "convbn_tiny", ".ref");
	FILE *f = fopen(path, "r");
	assert_non_null(f);
	float x[50], y[75];
	char nm[8];
	int cnt;
	assert_int_equal(fscanf(f, "%7s %d", nm, &cnt), 2);
	assert_int_equal(cnt, 50);
	for (int i = 0; i < 50; i++)
		assert_int_equal(fscanf(f, "%f", &x[i]), 1);
	assert_int_equal(fscanf(f, "%7s %d", nm, &cnt), 2);
	assert_int_equal(cnt, 75);
	for (int i = 0; i < 75; i++)
		assert_int_equal(fscanf(f, "%f", &y[i]), 1);
	fclose(f);
	const struct onnx_conv *cv = &n->a.conv;
	assert_int_equal(cv->pad[0], 1);
	for (int m = 0; m < 3; m++)
		for (int i = 0; i < 5; i++)
			for (int j = 0; j < 5; j++) {
				double acc = b->data[m];
				for (int ci = 0; ci < 2; ci++)
					for (int u = 0; u < 3; u++)
						for (int v = 0; v < 3; v++) {
							int yi = i + u - 1, xj = j + v - 1;
							if (yi < 0 || yi >= 5 || xj < 0 || xj >= 5)
								continue;
							acc += (double)w->data[((m * 2 + ci) * 3 + u) * 3 + v] *
							       x[(ci * 5 + yi) * 5 + xj];
						}
				double want = y[(m * 5 + i) * 5 + j];
				if (fabs(acc - want) > 1e-4 * (1.0 + fabs(want)))
					fail_msg("y[%d,%d,%d] = %.7f, numpy %.7f", m, i, j, acc, want);
			}
	onnx_graph_destroy(g);
}

/* tiny_cnn: the BNs folded (one added a bias), views alias their roots, the opset
 * rules, liveness shares memory. */
static void test_tiny_cnn(void **state)
{
	(void)state;
	struct onnx_graph *g = load_ok("tiny_cnn");
	assert_int_equal(g->n_inputs, 1); /* 'zero' is an initializer */
	assert_int_equal(g->n_node, 24 - 2 - 1); /* 2 BNs folded, 1 Constant node */
	int32_t f = onnx_graph_find(g, "f"), gap = onnx_graph_find(g, "g");
	assert_true(f >= 0 && gap >= 0);
	assert_int_equal(g->t[f].alias, gap);
	assert_int_equal(g->t[f].shape.rank, 2);
	assert_int_equal(g->t[f].shape.d[1], 48);
	assert_true(onnx_graph_find(g, "c0") < 0); /* the stem's output before BN */
	assert_true(onnx_graph_find(g, "w0_bn_bias") >= 0);
	int32_t fl = onnx_graph_find(g, "flat_shape");
	assert_true(fl >= 0);
	assert_int_equal(g->t[fl].kind, ONNX_T_CONST);
	assert_true(g->transient_bytes < g->transient_naive_bytes);
	assert_true(g->flops > 1e6);
	for (uint32_t i = 0; i < g->n_node; i++) {
		const struct onnx_node *n = &g->node[i];
		if (n->op == ONNX_OP_CLIP) {
			assert_true(n->a.clip.lo == 0.0f && n->a.clip.hi == 6.0f);
			assert_int_equal(n->n_in, 1);
		}
		if (n->op == ONNX_OP_SOFTMAX) {
			assert_int_equal(n->a.softmax.axis, 1);
			assert_false(n->a.softmax.to_end);
		}
		if (n->op == ONNX_OP_RESIZE) {
			assert_int_equal(n->n_in, 1);
			assert_true(n->a.resize.scale[2] == 2.0f);
			assert_int_equal(n->a.resize.coord, ONNX_COORD_HALF_PIXEL);
		}
	}
	onnx_graph_destroy(g);

	g = load_ok("opset11");
	assert_int_equal(g->node[1].op, ONNX_OP_SOFTMAX);
	assert_int_equal(g->node[1].a.softmax.axis, 1);
	assert_true(g->node[1].a.softmax.to_end);
	onnx_graph_destroy(g);

	g = load_ok("conv_group");
	/* SAME_UPPER over 8 with stride 2, k 3: out 4, total pad 1, the odd one at the end */
	assert_int_equal(g->node[1].a.conv.pad[0], 0);
	assert_int_equal(g->node[1].a.conv.pad[2], 1);
	assert_int_equal(g->node[0].a.conv.group, 8);
	onnx_graph_destroy(g);
}

/* Shape arithmetic folded at load: only device operators remain (the host ones and
 * their int64 tensors never reach an executor), Resize and Reshape read the folded
 * constants and keep only their data input. */
static void test_fold_shape_arithmetic(void **state)
{
	(void)state;
	struct onnx_graph *g = load_ok("fold_resize");
	assert_int_equal(g->n_node, 4); /* conv, 2 Resize, Add: 14 host nodes and 2 Constants gone */
	static const enum onnx_op want[] = {ONNX_OP_CONV, ONNX_OP_RESIZE, ONNX_OP_RESIZE, ONNX_OP_ADD};
	for (uint32_t i = 0; i < g->n_node; i++) {
		const struct onnx_node *n = &g->node[i];
		assert_int_equal(n->op, want[i]);
		if (n->op != ONNX_OP_RESIZE)
			continue;
		assert_int_equal(n->n_in, 1);
		assert_true(n->a.resize.scale[2] == 2.0f && n->a.resize.scale[3] == 2.0f);
		assert_true(n->a.resize.linear == (i == 1));
	}
	int32_t sz = onnx_graph_find(g, "sizes"), xs = onnx_graph_find(g, "xs");
	assert_true(sz >= 0 && xs >= 0);
	assert_int_equal(g->t[sz].kind, ONNX_T_CONST);
	assert_int_equal(g->t[sz].n_ints, 4);
	assert_int_equal(g->t[xs].ints[3], 12);
	onnx_graph_destroy(g);

	g = load_ok("fold_reshape");
	assert_int_equal(g->n_node, 4); /* Relu, 2 Reshape, Sigmoid */
	int32_t f = onnx_graph_find(g, "f"), r = onnx_graph_find(g, "r");
	assert_int_equal(g->t[f].alias, r);
	for (uint32_t i = 0; i < g->n_node; i++)
		assert_true(g->node[i].op != ONNX_OP_RESHAPE || g->node[i].n_in == 1);
	onnx_graph_destroy(g);

	g = load_ok("fold_opset11");
	assert_int_equal(g->n_node, 1);
	assert_int_equal(g->node[0].op, ONNX_OP_RESIZE);
	onnx_graph_destroy(g);
}

/* The runtime reads a model's file once per admission: create reads it, and
 * describe_state then answers from the state what describe answers from the file. */
static void test_describe_from_state(void **state)
{
	(void)state;
	const struct backend_ops *b = backend_find("onnx-cudnn");
	assert_non_null(b);
	assert_non_null(b->describe_state);
	char src[512], tmp[] = "/tmp/aegis-onnx-XXXXXX";
	model_path(src, sizeof src, "tiny_cnn", ".onnx");
	FILE *in = fopen(src, "rb");
	int fd = mkstemp(tmp);
	assert_non_null(in);
	assert_true(fd >= 0);
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, in)) > 0)
		assert_int_equal(write(fd, buf, n), (ssize_t)n);
	fclose(in);
	close(fd);
	aegis_onnx_config onnx = {.model_path = tmp, .n_segments = 3,
				  .exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 1000000},
				  .workspace_bytes = 32u << 20};
	aegis_model_config cfg = {.name = "m", .backend = "onnx-cudnn", .backend_config = &onnx,
				  .period_ns = 10000000};
	struct backend_reqs from_file = {0}, from_state = {0};
	char d[256];
	void *config = NULL, *st = NULL;
	assert_int_equal(backend_configure_model(&cfg, &config, d, sizeof d), AEGIS_OK);
	assert_int_equal(backend_describe(b, config, &from_file, d, sizeof d), AEGIS_OK);
	assert_int_equal(b->create(config, 1, 0, &st, d, sizeof d), AEGIS_OK);
	unlink(tmp); /* from here on the file cannot be read */
	struct backend_reqs gone;
	assert_int_equal(backend_describe(b, config, &gone, d, sizeof d), AEGIS_E_IO);
	assert_int_equal(b->describe_state(st, &from_state, d, sizeof d), AEGIS_OK);
	b->destroy(st);
	b->config_free(config);
	assert_int_equal(from_state.n_segments, 3);
	assert_int_equal(from_state.n_segments, from_file.n_segments);
	assert_int_equal(from_state.wcet_ns, from_file.wcet_ns);
	for (uint32_t k = 0; k < from_file.n_segments; k++)
		assert_int_equal(from_state.segment_wcet_ns[k], from_file.segment_wcet_ns[k]);
	assert_true(from_state.persistent_bytes == from_file.persistent_bytes);
	assert_true(from_state.transient_bytes == from_file.transient_bytes);
	assert_true(from_state.transient_bytes >= (32u << 20)); /* the workspace is in it */
	assert_true(from_state.io_bytes == from_file.io_bytes);
	assert_true(from_state.job_transient_bytes == from_file.job_transient_bytes);
	assert_true(from_state.device_memory == from_file.device_memory);
}

/* The transient region a model is given holds its activations, cuDNN's workspace cap
 * rounded up to ONNX_ALIGN, and cuBLAS's workspace when the graph has a Gemm or MatMul
 * (the executor hands cuBLAS that much after cuDNN's). */
static void test_workspace_in_plan(void **state)
{
	(void)state;
	const struct backend_ops *b = backend_find("onnx-cudnn");
	assert_non_null(b);
	static const struct {
		const char *name;
		bool blas;
	} cases[] = {{"gemm_head", true}, {"matmul", true}, {"conv_bn_relu", false}};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char path[512], d[256];
		model_path(path, sizeof path, cases[i].name, ".onnx");
		struct onnx_graph *g = NULL;
		assert_int_equal(onnx_graph_load(path, &g, d, sizeof d), AEGIS_OK);
		aegis_onnx_config onnx = {.model_path = path, .workspace_bytes = 1000,
					  .exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 1000000}};
		aegis_model_config cfg = {.name = "m", .backend = "onnx-cudnn",
					  .backend_config = &onnx, .period_ns = 10000000};
		struct backend_reqs r = {0};
		void *config = NULL;
		assert_int_equal(backend_configure_model(&cfg, &config, d, sizeof d), AEGIS_OK);
		assert_int_equal(backend_describe(b, config, &r, d, sizeof d), AEGIS_OK);
		b->config_free(config);
		uint64_t want = g->transient_bytes + 1024 + (cases[i].blas ? ONNX_CUBLAS_WORKSPACE : 0);
		if (r.transient_bytes != want)
			fail_msg("%s: transient %llu, expected %llu", cases[i].name,
				 (unsigned long long)r.transient_bytes, (unsigned long long)want);
		onnx_graph_destroy(g);
	}
}

static void test_bad_files(void **state)
{
	(void)state;
	char detail[512];
	struct onnx_graph *g = NULL;
	assert_int_equal(onnx_graph_load(AEGIS_ONNX_MODELS "/no-such.onnx", &g, detail, sizeof(detail)),
			 AEGIS_E_IO);
	assert_null(g);
	const char *junk = AEGIS_ONNX_MODELS "/junk.onnx";
	FILE *f = fopen(junk, "wb");
	assert_non_null(f);
	fwrite("\xff\xff\xff\xff\x0f", 1, 5, f);
	fclose(f);
	assert_int_equal(onnx_graph_load(junk, &g, detail, sizeof(detail)), AEGIS_E_CONFIG);
	assert_null(g);
	struct onnx_shape s;
	float *d = NULL;
	assert_int_equal(onnx_tensor_file_load(junk, &s, &d, detail, sizeof(detail)), AEGIS_E_CONFIG);
	assert_null(d);
	assert_int_equal(onnx_tensor_file_load(AEGIS_ONNX_MODELS "/none.pb", &s, &d, detail,
					       sizeof(detail)),
			 AEGIS_E_IO);
}

/* The ONNX node tests of the supported operators (libonnx-testdata): each model.onnx is
 * accepted with its outputs' shapes equal to output_K.pb's, or refused with
 * AEGIS_E_UNSUPPORTED; the list with reasons goes to AEGIS_ONNX_REPORT. */
static const char *const node_prefixes[] = {
	"test_conv", "test_basic_conv", "test_relu", "test_clip", "test_sigmoid", "test_hardsigmoid",
	"test_hardswish", "test_add", "test_mul", "test_maxpool", "test_averagepool",
	"test_globalaveragepool", "test_flatten", "test_reshape", "test_gemm", "test_matmul",
	"test_concat", "test_softmax", "test_resize", "test_batchnorm",
};

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_node_conformance(void **state)
{
	(void)state;
	DIR *dir = opendir(AEGIS_ONNX_NODE_TESTS);
	if (!dir) {
		print_message("no ONNX node tests at %s (libonnx-testdata)\n", AEGIS_ONNX_NODE_TESTS);
		skip();
	}
	char *names[2048];
	size_t n = 0;
	for (struct dirent *e; (e = readdir(dir)) && n < 2048;) {
		for (size_t p = 0; p < sizeof(node_prefixes) / sizeof(node_prefixes[0]); p++)
			if (strncmp(e->d_name, node_prefixes[p], strlen(node_prefixes[p])) == 0) {
				names[n++] = strdup(e->d_name);
				break;
			}
	}
	closedir(dir);
	qsort(names, n, sizeof(names[0]), cmp_str);
	FILE *rep = fopen(AEGIS_ONNX_REPORT, "w");
	assert_non_null(rep);
	int acc = 0, ref = 0, bad = 0;
	for (size_t i = 0; i < n; i++) {
		char path[1024], detail[512];
		snprintf(path, sizeof(path), "%s/%s/model.onnx", AEGIS_ONNX_NODE_TESTS, names[i]);
		struct onnx_graph *g = NULL;
		aegis_status st = onnx_graph_load(path, &g, detail, sizeof(detail));
		if (st == AEGIS_OK) {
			bool ok = true;
			for (uint32_t k = 0; k < g->n_outputs; k++) {
				struct onnx_shape s;
				float *d = NULL;
				char p2[1024], d2[512];
				snprintf(p2, sizeof(p2), "%s/%s/test_data_set_0/output_%u.pb",
					 AEGIS_ONNX_NODE_TESTS, names[i], k);
				aegis_status st2 = onnx_tensor_file_load(p2, &s, &d, d2, sizeof(d2));
				free(d);
				const struct onnx_shape *have = &g->t[g->outputs[k]].shape;
				if (st2 != AEGIS_OK || s.rank != have->rank ||
				    memcmp(s.d, have->d, s.rank * sizeof(s.d[0])) != 0) {
					fprintf(rep, "%s\tWRONG\toutput %u: %s\n", names[i], k,
						st2 != AEGIS_OK ? d2 : "shape differs");
					ok = false;
				}
			}
			if (ok)
				fprintf(rep, "%s\taccepted\t%u nodes\n", names[i], g->n_node);
			acc += ok;
			bad += !ok;
			onnx_graph_destroy(g);
		} else {
			assert_null(g);
			const char *why = strstr(detail, "model.onnx: ");
			fprintf(rep, "%s\t%s\t%s\n", names[i],
				st == AEGIS_E_UNSUPPORTED ? "refused" : "WRONG", why ? why + 12 : detail);
			if (st == AEGIS_E_UNSUPPORTED)
				ref++;
			else
				bad++;
		}
		free(names[i]);
	}
	fclose(rep);
	print_message("ONNX node tests: %d accepted with the right shapes, %d refused as unsupported, "
		      "%d wrong (list: %s)\n",
		      acc, ref, bad, AEGIS_ONNX_REPORT);
	assert_int_equal(bad, 0);
	assert_true(acc >= 40);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_generated_models),
		cmocka_unit_test(test_bn_fold_numeric),
		cmocka_unit_test(test_tiny_cnn),
		cmocka_unit_test(test_fold_shape_arithmetic),
		cmocka_unit_test(test_describe_from_state),
		cmocka_unit_test(test_workspace_in_plan),
		cmocka_unit_test(test_bad_files),
		cmocka_unit_test(test_node_conformance),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

#else /* built without ONNX: the backend is absent */

static void test_onnx_absent(void **state)
{
	(void)state;
	print_message("built without ONNX (protoc-c, libprotobuf-c or onnx.proto missing)\n");
	skip();
}

int main(void)
{
	const struct CMUnitTest tests[] = {cmocka_unit_test(test_onnx_absent)};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
#endif
