/* Backend plug-ins (aegis/plugin.h): the test plug-in "echo" admitted by name from the
 * search path and by path, its jobs' outputs computed by it from the request's inputs;
 * a missing plug-in, one of another ABI version and a plug-in's own refusal, each with
 * its reason; and, where the ONNX Runtime plug-in was built, a real ONNX network
 * (convbn_tiny, tools/onnx/gen_test_models.py) run by it on the simulated device, its
 * output against numpy's, and a damaged model refused with ONNX Runtime's reason. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "aegis/aegis.h"

#define MS 1000000LL

static aegis_runtime *runtime(void)
{
	aegis_runtime_config cfg = {.lanes = 1, .seed = 1};
	aegis_runtime *rt = NULL;
	assert_int_equal(aegis_runtime_create(&cfg, &rt, NULL, 0), AEGIS_OK);
	return rt;
}

static aegis_model_config model(const char *name, const char *backend, const aegis_option *o,
				uint32_t n)
{
	return (aegis_model_config){.name = name, .backend = backend, .options = o,
				    .n_options = n, .release = AEGIS_RELEASE_SPORADIC,
				    .period_ns = 10 * MS, .lane = AEGIS_LANE_AUTO};
}

/* One request through model id: in of `bytes` bytes, the answer in out. */
static aegis_status one(aegis_runtime *rt, aegis_model_id id, const void *in, uint64_t in_b,
			void *out, uint64_t out_b)
{
	aegis_buffer bi = {.host = (void *)in, .bytes = in_b}, bo = {.host = out, .bytes = out_b};
	aegis_waiter w;
	aegis_waiter_init(&w);
	aegis_request req = {.waiter = &w, .inputs = &bi, .n_inputs = 1, .outputs = &bo,
			     .n_outputs = 1};
	aegis_status st = aegis_request_submit(rt, id, &req);
	if (st != AEGIS_OK)
		return st;
	assert_int_equal(aegis_runtime_run_for(rt, 10 * MS), AEGIS_OK);
	aegis_completion c;
	assert_true(aegis_waiter_poll(&w, &c));
	return c.status;
}

static void test_echo(void **state)
{
	(void)state;
	aegis_runtime *rt = runtime();
	static const aegis_option o[] = {{"bytes", "100"}, {"wcet_us", "500"}};
	aegis_model_config m = model("e", "echo", o, 2);
	aegis_model_id id;
	if (aegis_model_admit(rt, &m, &id) != AEGIS_OK)
		fail_msg("%s", aegis_runtime_last_error(rt));
	aegis_tensor_desc d;
	assert_int_equal(aegis_model_tensor_get(rt, id, true, 0, &d), AEGIS_OK);
	assert_string_equal(d.name, "out");
	assert_int_equal(d.bytes, 100);
	aegis_task t;
	assert_int_equal(aegis_model_task_get(rt, id, &t), AEGIS_OK);
	assert_true(t.wcet_ns >= 500000); /* the plug-in's WCET, and the copies */
	unsigned char in[100], out[100];
	for (int i = 0; i < 100; i++)
		in[i] = (unsigned char)(i * 3);
	assert_int_equal(one(rt, id, in, 100, out, 100), AEGIS_OK);
	for (int i = 0; i < 100; i++)
		assert_int_equal(out[i], (unsigned char)(i * 3 + 1));
	/* by its path, too: the same plug-in, loaded once */
	char path[4096];
	snprintf(path, sizeof path, "%s", AEGIS_TEST_PLUGINS);
	*strchr(path, ':') = '\0';
	strcat(path, "/libaegis-backend-echo.so");
	aegis_model_config p = model("e2", path, o, 2);
	if (aegis_model_admit(rt, &p, &id) != AEGIS_OK)
		fail_msg("%s", aegis_runtime_last_error(rt));
	assert_int_equal(one(rt, id, in, 100, out, 100), AEGIS_OK);
	assert_int_equal(out[99], (unsigned char)(99 * 3 + 1));
	aegis_runtime_destroy(rt);
}

static void expect_refused(aegis_runtime *rt, const aegis_model_config *m, const char *words)
{
	aegis_status st = aegis_model_admit(rt, m, NULL);
	if (st == AEGIS_OK || !strstr(aegis_runtime_last_error(rt), words))
		fail_msg("%s: got %s \"%s\", expected \"%s\"", m->name, aegis_status_name(st),
			 aegis_runtime_last_error(rt), words);
}

static void test_refusals(void **state)
{
	(void)state;
	aegis_runtime *rt = runtime();
	aegis_model_config m = model("x", "nosuch", NULL, 0);
	expect_refused(rt, &m, "no libaegis-backend-nosuch.so in ");
	m = model("b", "badabi", NULL, 0);
	expect_refused(rt, &m, "is built for plug-in ABI version 8; this runtime loads version 1");
	static const aegis_option bad[] = {{"bytes", "0"}};
	m = model("e", "echo", bad, 1);
	expect_refused(rt, &m, "echo: bytes must be 1..1048576");
	static const aegis_option foreign[] = {{"exec", "1ms"}};
	m = model("f", "echo", foreign, 1);
	expect_refused(rt, &m, "exec: only for backend sim or onnx-cudnn");
	aegis_runtime_destroy(rt);
}

#ifdef AEGIS_HAVE_ORT_PLUGIN
/* convbn_tiny.ref: "x N v..." and "y N v..." (numpy's Conv + BatchNormalization). */
static float *ref_line(FILE *f, const char *want, uint64_t *n)
{
	char tag[8];
	unsigned long long count;
	if (fscanf(f, "%7s %llu", tag, &count) != 2 || strcmp(tag, want) != 0)
		return NULL;
	float *v = malloc(count * sizeof *v);
	for (unsigned long long i = 0; v && i < count; i++)
		if (fscanf(f, "%f", &v[i]) != 1)
			return free(v), NULL;
	*n = count;
	return v;
}
#endif

static void test_onnx_runtime(void **state)
{
	(void)state;
#ifndef AEGIS_HAVE_ORT_PLUGIN
	skip(); /* no ONNX Runtime at build time (make ort-deps) */
#else
	FILE *f = fopen(AEGIS_ONNX_MODELS "/convbn_tiny.ref", "r");
	if (!f)
		skip(); /* the ONNX test models were not generated (python3-onnx) */
	uint64_t nx = 0, ny = 0;
	float *x = ref_line(f, "x", &nx), *y = ref_line(f, "y", &ny);
	fclose(f);
	assert_non_null(x);
	assert_non_null(y);
	aegis_runtime *rt = runtime();
	static const aegis_option o[] = {{"model", AEGIS_ONNX_MODELS "/convbn_tiny.onnx"},
					 {"wcet", "2ms"}};
	aegis_model_config m = model("net", "ort", o, 2);
	aegis_model_id id;
	if (aegis_model_admit(rt, &m, &id) != AEGIS_OK)
		fail_msg("%s", aegis_runtime_last_error(rt));
	float *out = calloc(ny, sizeof *out);
	assert_int_equal(one(rt, id, x, nx * sizeof *x, out, ny * sizeof *out), AEGIS_OK);
	double worst = 0;
	for (uint64_t i = 0; i < ny; i++) {
		double d = fabs((double)out[i] - (double)y[i]);
		assert_true(d <= 1e-4 + 1e-3 * fabs((double)y[i]));
		worst = d > worst ? d : worst;
	}
	printf("convbn_tiny through the ort plug-in: %llu outputs, max |diff| %.3g\n",
	       (unsigned long long)ny, worst);
	/* a damaged model: ONNX Runtime's own reason */
	FILE *g = fopen("damaged.onnx", "wb");
	assert_non_null(g);
	fputs("this is no protobuf", g);
	fclose(g);
	static const aegis_option dmg[] = {{"model", "damaged.onnx"}};
	aegis_model_config d = model("bad", "ort", dmg, 1);
	expect_refused(rt, &d, "onnxruntime: damaged.onnx:");
	remove("damaged.onnx");
	free(out);
	free(x);
	free(y);
	aegis_runtime_destroy(rt);
#endif
}

int main(void)
{
	setenv("AEGIS_BACKEND_PATH", AEGIS_TEST_PLUGINS, 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_echo),
		cmocka_unit_test(test_refusals),
		cmocka_unit_test(test_onnx_runtime),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
