/* Unit tests of WCET profiles: measurement on the simulated device (exact draws of the
 * execution-time models), the file's round trip, every refusal of the reader with its
 * exact "path:line: message", and the WCET override of the analysis. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/backends.h"
#include "aegis/device.h"
#include "aegis/profile.h"
#include "aegis/runtime.h"
#include "profile/neighbour.h"

#define MS 1000000LL
#define US 1000LL

static aegis_profile *measure(const aegis_model_config *const *m, uint32_t n, uint32_t lanes,
			      uint32_t runs)
{
	aegis_runtime_config rc = {.lanes = lanes, .seed = 7};
	aegis_profile_options opt = {.runs = runs, .workload = "unit"};
	aegis_profile *p = NULL;
	char err[256] = "";
	aegis_status st = aegis_profile_measure(&rc, m, n, &opt, &p, err, sizeof err);
	if (st != AEGIS_OK)
		fail_msg("measure: %s: %s", aegis_status_name(st), err);
	assert_non_null(p);
	return p;
}

static void test_fixed_2ms(void **state)
{
	(void)state;
	aegis_sim_config fix = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 2 * MS}};
	aegis_model_config m = {.name = "fix", .period_ns = 10 * MS, .lane = AEGIS_LANE_AUTO,
				.backend_config = &fix};
	const aegis_model_config *ms[] = {&m};
	aegis_profile *p = measure(ms, 1, 2, 1000);
	assert_int_equal(aegis_profile_model_count(p), 1);
	const aegis_profile_model *r = aegis_profile_find(p, "fix");
	assert_non_null(r);
	assert_int_equal(r->runs, 1000);
	assert_int_equal(r->min_ns, 2 * MS);
	assert_int_equal(r->p50_ns, 2 * MS);
	assert_int_equal(r->p99_ns, 2 * MS);
	assert_int_equal(r->p999_ns, 2 * MS);
	assert_int_equal(r->max_ns, 2 * MS);
	assert_int_equal(r->wcet_ns, 2400 * US); /* ceil(2 ms x 1.2) */
	assert_int_equal(r->lane, 0);            /* auto: lane 0 */
	assert_int_equal(r->lane_sms, 0);
	const aegis_profile_info *in = aegis_profile_info_get(p);
	assert_string_equal(in->device, "sim");
	assert_string_equal(in->workload, "unit");
	assert_string_equal(in->device_profile, "");
	assert_int_equal(in->lanes, 2);
	assert_int_equal(in->runs, 1000);
	assert_int_equal(in->margin_ppm, 1200000);
	/* the simulated device dispatches at the release instant */
	assert_int_equal(in->overhead_p50_ns, 0);
	assert_int_equal(in->overhead_max_ns, 0);
	assert_int_equal(aegis_profile_dispatch_overhead_ns(p), 0);
	assert_null(aegis_profile_find(p, "other"));
	aegis_profile_destroy(p);
}

static void test_uniform_and_segments(void **state)
{
	(void)state;
	static const uint32_t w[] = {3, 1};
	aegis_sim_config uni = {.exec = {.kind = AEGIS_EXEC_UNIFORM, .a_ns = 1 * MS,
					 .b_ns = 3 * MS}};
	aegis_sim_config seg = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 5 * MS},
				.n_segments = 2, .segment_weights = w};
	aegis_model_config u = {.name = "uni", .period_ns = 50 * MS, .lane = 1,
				.backend_config = &uni};
	aegis_model_config s = {.name = "seg", .period_ns = 50 * MS, .lane = 0,
				.backend_config = &seg};
	const aegis_model_config *ms[] = {&u, &s};
	aegis_profile *p = measure(ms, 2, 2, 2000);
	const aegis_profile_model *r = aegis_profile_model_at(p, 0);
	assert_string_equal(r->name, "uni");
	assert_int_equal(r->lane, 1);
	assert_true(r->min_ns >= 1 * MS);
	assert_true(r->max_ns <= 3 * MS);
	assert_true(r->min_ns < r->p50_ns && r->p50_ns < r->p99_ns);
	assert_true(r->p99_ns <= r->p999_ns && r->p999_ns <= r->max_ns);
	/* 2,000 uniform draws over 2 ms: the extremes lie close to the bounds */
	assert_true(r->max_ns > 2990 * US && r->min_ns < 1010 * US);
	assert_true(r->p50_ns > 1900 * US && r->p50_ns < 2100 * US);
	assert_int_equal(r->wcet_ns, (r->max_ns * 12 + 9) / 10);
	/* a job's execution time covers all its segments */
	r = aegis_profile_model_at(p, 1);
	assert_int_equal(r->min_ns, 5 * MS);
	assert_int_equal(r->max_ns, 5 * MS);
	assert_int_equal(r->wcet_ns, 6 * MS);
	assert_null(aegis_profile_model_at(p, 2));
	aegis_profile_destroy(p);
}

static void test_margin_and_errors(void **state)
{
	(void)state;
	aegis_sim_config sim = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 1000001}};
	aegis_model_config m = {.name = "m", .period_ns = 10 * MS, .backend_config = &sim};
	const aegis_model_config *ms[] = {&m};
	aegis_runtime_config rc = {.lanes = 1};
	aegis_profile_options opt = {.runs = 10, .margin_ppm = 1000001};
	aegis_profile *p = NULL;
	char err[256];
	assert_int_equal(aegis_profile_measure(&rc, ms, 1, &opt, &p, err, sizeof err), AEGIS_OK);
	/* 1000001 x 1.000001 = 1000002.000001: rounded up */
	assert_int_equal(aegis_profile_model_at(p, 0)->wcet_ns, 1000003);
	aegis_profile_destroy(p);
	opt.margin_ppm = 999999;
	assert_int_equal(aegis_profile_measure(&rc, ms, 1, &opt, &p, err, sizeof err),
			 AEGIS_E_CONFIG);
	assert_null(p);
	assert_string_equal(err, "margin 999999 ppm is below 1");
	opt.margin_ppm = 0;
	m.lane = 3; /* no such lane */
	assert_int_equal(aegis_profile_measure(&rc, ms, 1, &opt, &p, err, sizeof err),
			 AEGIS_E_CONFIG);
	assert_null(p);
	assert_non_null(strstr(err, "model 'm'"));
	assert_int_equal(aegis_profile_measure(&rc, ms, 1, &opt, NULL, err, sizeof err),
			 AEGIS_E_INVAL);
}

/* The memory run (every model admitted together on the workload's layout and run, before
 * any model is measured) fails the profile with what failed: two models that fit the
 * budget each alone but not together; a model whose jobs fail, with its job. */
static void test_memory_run_fails(void **state)
{
	(void)state;
	const uint64_t mib = UINT64_C(1) << 20;
	aegis_sim_config big = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 1 * MS},
				.memory = {.persistent_bytes = 300 * mib}};
	aegis_model_config a = {.name = "a", .period_ns = 10 * MS, .backend_config = &big};
	aegis_model_config b = {.name = "b", .period_ns = 10 * MS, .backend_config = &big};
	aegis_runtime_config rc = {.lanes = 1, .memory_budget_bytes = 512 * mib};
	aegis_profile_options opt = {.runs = 10};
	aegis_profile *p = NULL;
	char err[512];
	const aegis_model_config *one[] = {&a};
	assert_int_equal(aegis_profile_measure(&rc, one, 1, &opt, &p, err, sizeof err), AEGIS_OK);
	aegis_profile_destroy(p);
	const aegis_model_config *both[] = {&a, &b};
	assert_int_equal(aegis_profile_measure(&rc, both, 2, &opt, &p, err, sizeof err),
			 AEGIS_E_BUDGET);
	assert_null(p);
	assert_non_null(strstr(err, "memory run (every model on the workload's layout): "
				    "model 'b': "));
	/* each job asks more transient memory than the model declares: every job fails */
	aegis_sim_config greedy = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 1 * MS},
				   .memory = {.transient_bytes = 1 * mib,
					      .transient_use_bytes = 2 * mib}};
	aegis_model_config c = {.name = "c", .period_ns = 10 * MS, .backend_config = &greedy};
	const aegis_model_config *ac[] = {&a, &c};
	assert_int_equal(aegis_profile_measure(&rc, ac, 2, &opt, &p, err, sizeof err),
			 AEGIS_E_BUDGET);
	assert_null(p);
	assert_non_null(strstr(err, "memory run (every model on the workload's layout): "
				    "model 'c': job 1 failed: "));
}

/* Reads f from the start into a new buffer. */
static char *slurp(FILE *f, size_t *len)
{
	rewind(f);
	size_t cap = 1 << 16, n = 0;
	char *b = malloc(cap);
	assert_non_null(b);
	size_t k;
	while ((k = fread(b + n, 1, cap - n - 1, f)) > 0) {
		n += k;
		if (n + 1 == cap) {
			cap *= 2;
			b = realloc(b, cap);
			assert_non_null(b);
		}
	}
	b[n] = '\0';
	*len = n;
	return b;
}

static void test_round_trip(void **state)
{
	(void)state;
	aegis_sim_config sa = {.exec = {.kind = AEGIS_EXEC_TRUNCNORM, .a_ns = 3 * MS,
					.b_ns = 500 * US, .min_ns = 2 * MS, .wcet_ns = 5 * MS}};
	aegis_sim_config sb = {.exec = {.kind = AEGIS_EXEC_UNIFORM, .a_ns = 1, .b_ns = 999}};
	aegis_model_config a = {.name = "a", .period_ns = 10 * MS, .lane = 1,
				.backend_config = &sa};
	aegis_model_config b = {.name = "b", .period_ns = 10 * MS, .backend_config = &sb};
	const aegis_model_config *ms[] = {&a, &b};
	aegis_profile *p = measure(ms, 2, 2, 300);
	FILE *f = tmpfile();
	assert_non_null(f);
	assert_int_equal(aegis_profile_write(p, f), AEGIS_OK);
	size_t len;
	char *text = slurp(f, &len);
	fclose(f);
	aegis_profile *q = NULL;
	char err[256] = "";
	aegis_status st = aegis_profile_parse("rt.yaml", text, len, &q, err, sizeof err);
	if (st != AEGIS_OK)
		fail_msg("%s\n%s", err, text);
	const aegis_profile_info *x = aegis_profile_info_get(p), *y = aegis_profile_info_get(q);
	assert_string_equal(x->workload, y->workload);
	assert_string_equal(x->device, y->device);
	assert_string_equal(x->device_name, y->device_name);
	assert_string_equal(x->device_profile, y->device_profile);
	assert_int_equal(x->lanes, y->lanes);
	assert_int_equal(x->runs, y->runs);
	assert_int_equal(x->margin_ppm, y->margin_ppm);
	assert_int_equal(x->overhead_p50_ns, y->overhead_p50_ns);
	assert_int_equal(x->overhead_p99_ns, y->overhead_p99_ns);
	assert_int_equal(x->overhead_max_ns, y->overhead_max_ns);
	assert_int_equal(aegis_profile_model_count(q), 2);
	for (uint32_t i = 0; i < 2; i++) {
		const aegis_profile_model *m = aegis_profile_model_at(p, i);
		const aegis_profile_model *n = aegis_profile_model_at(q, i);
		assert_string_equal(m->name, n->name);
		assert_int_equal(m->lane, n->lane);
		assert_int_equal(m->lane_sms, n->lane_sms);
		assert_int_equal(m->runs, n->runs);
		assert_int_equal(m->min_ns, n->min_ns);
		assert_int_equal(m->p50_ns, n->p50_ns);
		assert_int_equal(m->p99_ns, n->p99_ns);
		assert_int_equal(m->p999_ns, n->p999_ns);
		assert_int_equal(m->max_ns, n->max_ns);
		assert_int_equal(m->wcet_ns, n->wcet_ns);
		assert_true(n->line > 0);
	}
	free(text);
	aegis_profile_destroy(p);
	aegis_profile_destroy(q);
}

static void test_minimal_file(void **state)
{
	(void)state;
	const char *t = "models:\n  - {name: det, wcet_ns: 8000000}\n  - name: seg\n    wcet_ns: 1\n";
	aegis_profile *p = NULL;
	char err[256] = "";
	assert_int_equal(aegis_profile_parse("m.yaml", t, strlen(t), &p, err, sizeof err), AEGIS_OK);
	const aegis_profile_model *m = aegis_profile_find(p, "det");
	assert_int_equal(m->wcet_ns, 8 * MS);
	assert_int_equal(m->max_ns, -1);
	assert_int_equal(m->lane, -1);
	assert_int_equal(m->line, 2);
	assert_int_equal(aegis_profile_find(p, "seg")->line, 3);
	assert_int_equal(aegis_profile_dispatch_overhead_ns(p), 0);
	assert_string_equal(aegis_profile_info_get(p)->device, "");
	aegis_profile_destroy(p);
}

/* device_memory (version 3): read, written back the same, and what a runtime of N
 * lanes takes outside its pool by it; a profile without it (the simulated device's)
 * says nothing. */
static void test_device_memory_round_trip(void **state)
{
	(void)state;
	const char *t = "version: 3\ndevice: cuda\nlanes: 4\n"
			"device_memory: {driver_fixed: 327155712, per_lane_context: 39845888,\n"
			"                per_lane_cudnn: 220200960, per_lane_cublas: 8388608}\n"
			"models:\n  - {name: det, wcet_ns: 8000000}\n";
	aegis_profile *p = NULL, *q = NULL;
	char err[256] = "";
	assert_int_equal(aegis_profile_parse("m.yaml", t, strlen(t), &p, err, sizeof err), AEGIS_OK);
	const aegis_profile_memory *m = aegis_profile_device_memory(p);
	assert_non_null(m);
	assert_int_equal(m->driver_fixed, 327155712);
	assert_int_equal(m->per_lane_context, 39845888);
	assert_int_equal(m->per_lane_cudnn, 220200960);
	assert_int_equal(m->per_lane_cublas, 8388608);
	assert_int_equal(m->device_other, 0); /* a file written before device_other */
	assert_int_equal(m->line, 4);
	assert_int_equal(aegis_profile_outside_bytes(p, 4),
			 327155712ULL + 4ULL * (39845888ULL + 220200960ULL + 8388608ULL));
	FILE *f = tmpfile();
	assert_non_null(f);
	assert_int_equal(aegis_profile_write(p, f), AEGIS_OK);
	size_t len;
	char *text = slurp(f, &len);
	fclose(f);
	assert_non_null(strstr(text, "\nversion: 3\n"));
	assert_non_null(strstr(text, "\ndevice_memory: {driver_fixed: 327155712, per_lane_context: "
				     "39845888, per_lane_cudnn: 220200960, per_lane_cublas: "
				     "8388608, device_other: 0}\n"));
	if (aegis_profile_parse("w.yaml", text, len, &q, err, sizeof err) != AEGIS_OK)
		fail_msg("%s\n%s", err, text);
	const aegis_profile_memory *n = aegis_profile_device_memory(q);
	assert_non_null(n);
	assert_memory_equal(&m->driver_fixed, &n->driver_fixed, 5 * sizeof m->driver_fixed);
	free(text);
	aegis_profile_destroy(q);
	aegis_profile_destroy(p);
	/* device_other (the driver's reservation, other processes): read and written back,
	 * never counted outside the pool, which is this process's */
	t = "version: 3\ndevice_memory: {driver_fixed: 600000000, per_lane_context: 5000000, "
	    "per_lane_cudnn: 12000000, per_lane_cublas: 66000000, device_other: 566231040}\n"
	    "models: []\n";
	assert_int_equal(aegis_profile_parse("o.yaml", t, strlen(t), &p, err, sizeof err), AEGIS_OK);
	assert_int_equal(aegis_profile_device_memory(p)->device_other, 566231040);
	assert_int_equal(aegis_profile_outside_bytes(p, 2), 600000000ULL + 2ULL * 83000000ULL);
	f = tmpfile();
	assert_non_null(f);
	assert_int_equal(aegis_profile_write(p, f), AEGIS_OK);
	text = slurp(f, &len);
	fclose(f);
	assert_non_null(strstr(text, ", per_lane_cublas: 66000000, device_other: 566231040}\n"));
	free(text);
	aegis_profile_destroy(p);
	/* huge figures: the total saturates instead of wrapping */
	t = "version: 3\ndevice_memory: {driver_fixed: 1, per_lane_context: 9223372036854775807, "
	    "per_lane_cudnn: 9223372036854775807, per_lane_cublas: 0}\nmodels: []\n";
	assert_int_equal(aegis_profile_parse("h.yaml", t, strlen(t), &p, err, sizeof err), AEGIS_OK);
	assert_int_equal(aegis_profile_outside_bytes(p, 2), UINT64_MAX);
	aegis_profile_destroy(p);
	/* measured on the simulated device: nothing measured, version 1 */
	aegis_sim_config sa = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 2 * MS}};
	aegis_model_config a = {.name = "a", .period_ns = 10 * MS, .backend_config = &sa};
	const aegis_model_config *ms[] = {&a};
	p = measure(ms, 1, 1, 10);
	assert_null(aegis_profile_device_memory(p));
	assert_int_equal(aegis_profile_outside_bytes(p, 4), 0);
	f = tmpfile();
	assert_int_equal(aegis_profile_write(p, f), AEGIS_OK);
	text = slurp(f, &len);
	fclose(f);
	assert_null(strstr(text, "device_memory"));
	assert_non_null(strstr(text, "\nversion: 1\n"));
	free(text);
	aegis_profile_destroy(p);
}

static void test_bad_files(void **state)
{
	(void)state;
	static const struct {
		const char *text;
		const char *err;
	} cases[] = {
		{"", "p.yaml:1: empty file: expected a profile (a mapping with 'models')"},
		{"- a\n", "p.yaml:1: expected a profile (a mapping with 'models'), got a list"},
		{"version: 1\n", "p.yaml:1: missing key 'models' (the list of measured models)"},
		{"version: 5\nmodels: []\n", "p.yaml:1: version: expected 1, 2, 3 or 4, got 5"},
		{"version: 2\ndevice_memory: {driver_fixed: 1, per_lane_context: 2, "
		 "per_lane_cudnn: 3, per_lane_cublas: 4}\nmodels: []\n",
		 "p.yaml:2: device_memory: needs version 3"},
		{"version: 3\ndevice_memory: 5\nmodels: []\n",
		 "p.yaml:2: device_memory: expected a mapping {driver_fixed, per_lane_context, "
		 "per_lane_cudnn, per_lane_cublas}, got '5'"},
		{"version: 3\nlanes: 4\ndevice_memory:\n  driver_fixed: 1\n  per_lane_context: 2\n"
		 "  per_lane_cudnn: 3\nmodels: []\n",
		 "p.yaml:4: device_memory: missing key 'per_lane_cublas' (bytes)"},
		{"version: 3\ndevice_memory: {driver_fixed: 1, per_lane_context: 2, "
		 "per_lane_cudnn: 3, per_lane_cublas: 4, per_lane_nccl: 5}\nmodels: []\n",
		 "p.yaml:2: unknown key 'per_lane_nccl' in device_memory (expected one of: "
		 "driver_fixed, per_lane_context, per_lane_cudnn, per_lane_cublas, device_other)"},
		{"version: 3\ndevice_memory: {driver_fixed: 1, per_lane_context: 2, "
		 "per_lane_cudnn: 3, per_lane_cublas: 4, device_other: x}\nmodels: []\n",
		 "p.yaml:2: device_other: expected an integer 0..9223372036854775807, got 'x'"},
		{"version: 3\ndevice_memory:\n  driver_fixed: 1\n  per_lane_context: 2\n"
		 "  per_lane_cudnn: -3\n  per_lane_cublas: 4\nmodels: []\n",
		 "p.yaml:5: per_lane_cudnn: expected an integer 0..9223372036854775807, got '-3'"},
		{"models:\n  - {name: a, wcet_ns: 1, curve: [{sms: 4, wcet_ns: 2}]}\n",
		 "p.yaml:2: curve: needs version 2"},
		{"lane_sizes: [4]\nmodels: []\n", "p.yaml:1: lane_sizes: needs version 2"},
		{"version: 2\nlane_sizes: [8, 4]\nmodels: []\n",
		 "p.yaml:2: lane_sizes: expected increasing sizes, got 4 after 8"},
		{"version: 2\nmodels:\n  - {name: a, wcet_ns: 1, curve: [{sms: 4}]}\n",
		 "p.yaml:3: curve[0]: expected wcet_ns >= 1"},
		{"version: 2\nmodels:\n  - {name: a, wcet_ns: 1, curve: [{wcet_ns: 4}]}\n",
		 "p.yaml:3: curve[0]: missing key 'sms'"},
		{"version: 2\nmodels:\n  - name: a\n    wcet_ns: 1\n    curve:\n"
		 "      - {sms: 8, wcet_ns: 2}\n      - {sms: 4, wcet_ns: 3}\n",
		 "p.yaml:7: curve[1]: expected points in increasing size and, of one size, alone "
		 "then increasing shared; got 4 SMs after 8 SMs"},
		{"version: 4\nmodels:\n  - name: a\n    wcet_ns: 1\n    curve:\n"
		 "      - {sms: 8, shared: 2, wcet_ns: 2}\n      - {sms: 8, wcet_ns: 3}\n",
		 "p.yaml:7: curve[1]: expected points in increasing size and, of one size, alone "
		 "then increasing shared; got 8 SMs after 8 SMs shared"},
		{"version: 4\nmodels:\n  - name: a\n    wcet_ns: 1\n    curve:\n"
		 "      - {sms: 8, shared: 2, wcet_ns: 2}\n      - {sms: 8, shared: 2, wcet_ns: 3}\n",
		 "p.yaml:7: curve[1]: expected points in increasing size and, of one size, alone "
		 "then increasing shared; got 8 SMs shared after 8 SMs shared"},
		{"version: 3\nmodels:\n  - {name: a, wcet_ns: 1, curve: [{sms: 4, shared: 2, "
		 "wcet_ns: 2}]}\n",
		 "p.yaml:3: curve[0]: shared needs version 4"},
		{"version: 4\nmodels:\n  - {name: a, wcet_ns: 1, curve: [{sms: 4, shared: 1, "
		 "wcet_ns: 2}]}\n",
		 "p.yaml:3: shared: expected a lane count 2..64, got '1'"},
		{"version: 2\nmodels:\n  - {name: a, wcet_ns: 1, curve: [{sms: 4, wcet_ns: 2, "
		 "interference: 0.5}]}\n",
		 "p.yaml:3: interference: expected a factor 1..1000 (or 0: not measured), got '0.5'"},
		{"version: 2\nmodels:\n  - {name: a, wcet_ns: 1, curve: [{sms: 4, max_ns: 5, "
		 "wcet_ns: 2}]}\n", "p.yaml:3: wcet_ns: expected >= max_ns (5), got 2"},
		{"version: 2\nmodels:\n  - {name: a, wcet_ns: 1, curve: [{sms: 4, wcet_ns: 2, "
		 "p999_ns: 1}]}\n",
		 "p.yaml:3: unknown key 'p999_ns' in curve[0] (expected one of: sms, runs, p50_ns, "
		 "p99_ns, max_ns, wcet_ns, interference, shared)"},
		{"version: 1\nmodel: []\n",
		 "p.yaml:2: unknown key 'model' at the top (expected one of: version, workload, "
		 "device, device_name, device_profile, lanes, runs, margin, dispatch_overhead, "
		 "device_memory, lane_sizes, models)"},
		{"margin: 0.9\nmodels: []\n",
		 "p.yaml:1: margin: expected a number >= 1 with at most 6 decimals (e.g. 1.2), "
		 "got '0.9'"},
		{"models: x\n", "p.yaml:1: models: expected a list, got 'x'"},
		{"models:\n  - name: a\n    wcet_ns: 0\n",
		 "p.yaml:3: wcet_ns: expected a WCET >= 1 ns, got 0"},
		{"models:\n  - name: a\n    wcet_ns: -5\n",
		 "p.yaml:3: wcet_ns: expected an integer 0..9223372036854775807, got '-5'"},
		{"models:\n  - name: a\n    max_ns: 7\n",
		 "p.yaml:2: models[0] ('a'): missing key 'wcet_ns'"},
		{"models:\n  - name: a\n    max_ns: 10\n    wcet_ns: 9\n",
		 "p.yaml:4: wcet_ns: expected >= max_ns (10), got 9"},
		{"models:\n  - {name: a, wcet_ns: 1}\n  - {wcet_ns: 2}\n",
		 "p.yaml:3: models[1]: missing key 'name'"},
		{"models:\n  - {name: a, wcet_ns: 1}\n\n  - {name: a, wcet_ns: 2}\n",
		 "p.yaml:4: model 'a' given twice (first at line 2)"},
		{"models:\n  - {name: a, wcet_ns: 1, wcet: 2}\n",
		 "p.yaml:2: unknown key 'wcet' in models[0] (expected one of: name, lane, "
		 "lane_sms, runs, min_ns, p50_ns, p99_ns, p999_ns, max_ns, wcet_ns, curve)"},
		{"models:\n  - {name: a, wcet_ns: 1, lane: 64}\n",
		 "p.yaml:2: lane: expected an integer 0..63, got '64'"},
		{"dispatch_overhead: {p50_ns: 1, p99_ns: 2}\nmodels: []\n",
		 "p.yaml:1: dispatch_overhead: missing key 'max_ns'"},
		{"models:\n  - 5\n",
		 "p.yaml:2: models[0]: expected a mapping (name, wcet_ns, ...), got '5'"},
		{"models: [\n", "p.yaml:2: YAML syntax error: did not find expected node content"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		aegis_profile *p = (aegis_profile *)1;
		char err[512] = "";
		aegis_status st = aegis_profile_parse("p.yaml", cases[i].text, strlen(cases[i].text),
						      &p, err, sizeof err);
		if (st != AEGIS_E_CONFIG || strcmp(err, cases[i].err) != 0)
			fail_msg("case %zu: %s\n  got      '%s'\n  expected '%s'", i,
				 aegis_status_name(st), err, cases[i].err);
		assert_null(p);
	}
	aegis_profile *p = NULL;
	char err[256];
	assert_int_equal(aegis_profile_load("/nonexistent/p.yaml", &p, err, sizeof err), AEGIS_E_IO);
	assert_string_equal(err, "/nonexistent/p.yaml:0: cannot open: No such file or directory");
}

/* ---- the override in the analysis ------------------------------------------------ */

static void test_model_task_override(void **state)
{
	(void)state;
	static const uint32_t w[] = {3, 2, 2, 1};
	aegis_sim_config four = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 8 * MS},
				 .n_segments = 4, .segment_weights = w};
	aegis_model_config m = {.name = "seg", .period_ns = 100 * MS, .backend_config = &four};
	aegis_task t;
	int64_t seg[AEGIS_MAX_SEGMENTS];
	assert_int_equal(aegis_model_task(&m, AEGIS_PRIO_RM, 100 * US, &t, seg, NULL, 0), AEGIS_OK);
	assert_int_equal(t.wcet_ns, 8 * MS + 400 * US);
	m.wcet_override_ns = 12 * MS; /* 1.5x: segments 4.5, 3, 3, 1.5 ms */
	assert_int_equal(aegis_model_task(&m, AEGIS_PRIO_RM, 100 * US, &t, seg, NULL, 0), AEGIS_OK);
	assert_int_equal(t.wcet_ns, 12 * MS + 400 * US);
	assert_int_equal(t.n_segments, 4);
	assert_int_equal(seg[0], 4500 * US + 100 * US);
	assert_int_equal(seg[1], 3 * MS + 100 * US);
	assert_int_equal(seg[2], 3 * MS + 100 * US);
	assert_int_equal(seg[3], 1500 * US + 100 * US);
	/* rounding: 10 ns over three equal segments of 3 ns adds up exactly */
	static const uint32_t eq[] = {1, 1, 1};
	aegis_sim_config three = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 9},
				  .n_segments = 3, .segment_weights = eq};
	aegis_model_config e = {.name = "e", .period_ns = 100, .backend_config = &three,
				.wcet_override_ns = 10};
	assert_int_equal(aegis_model_task(&e, AEGIS_PRIO_RM, 0, &t, seg, NULL, 0), AEGIS_OK);
	assert_int_equal(t.wcet_ns, 10);
	assert_int_equal(seg[0] + seg[1] + seg[2], 10);
	assert_true(seg[0] >= 3 && seg[1] >= 3 && seg[2] >= 3);
	/* validation: >= 1, and >= 1 ns per segment */
	char d[160];
	e.wcet_override_ns = -1;
	assert_int_equal(aegis_model_config_validate(&e, 1, d, sizeof d), AEGIS_E_CONFIG);
	assert_string_equal(d, "model 'e': WCET override must be >= 1 (0: none)");
	assert_int_equal(aegis_model_task(&e, AEGIS_PRIO_RM, 0, &t, seg, NULL, 0), AEGIS_E_CONFIG);
	e.wcet_override_ns = 2;
	assert_int_equal(aegis_model_config_validate(&e, 1, d, sizeof d), AEGIS_E_CONFIG);
	assert_string_equal(d, "model 'e': WCET override 2 ns is below its 3 segments (1 ns each "
			       "at least)");
	assert_int_equal(aegis_model_task(&e, AEGIS_PRIO_RM, 0, &t, seg, NULL, 0), AEGIS_E_CONFIG);
	e.wcet_override_ns = 3;
	assert_int_equal(aegis_model_config_validate(&e, 1, d, sizeof d), AEGIS_OK);
	assert_int_equal(aegis_model_task(&e, AEGIS_PRIO_RM, 0, &t, seg, NULL, 0), AEGIS_OK);
	assert_true(seg[0] == 1 && seg[1] == 1 && seg[2] == 1);
}

/* Admission sees the override: a 12 ms model cannot have a 10 ms period, a measured
 * 8 ms one can. */
static void test_admission_uses_override(void **state)
{
	(void)state;
	aegis_runtime_config rc = {.lanes = 1};
	aegis_runtime *rt;
	assert_int_equal(aegis_runtime_create(&rc, &rt, NULL, 0), AEGIS_OK);
	aegis_sim_config sim = {.exec = {.kind = AEGIS_EXEC_UNIFORM, .a_ns = 5 * MS,
					 .b_ns = 12 * MS}};
	aegis_model_config m = {.name = "m", .period_ns = 10 * MS, .lane = 0,
				.backend_config = &sim};
	assert_int_equal(aegis_model_admit(rt, &m, NULL), AEGIS_E_UNSCHEDULABLE);
	m.wcet_override_ns = 8 * MS;
	assert_int_equal(aegis_model_admit(rt, &m, NULL), AEGIS_OK);
	aegis_runtime_destroy(rt);
}

/* Curves: measured at nominal sizes on the simulated device (the same draws at every
 * size), written as version 2 and read back point for point; a version 1 file reads
 * as a profile without curves. */
static void test_curve_round_trip(void **state)
{
	(void)state;
	aegis_sim_config sa = {.exec = {.kind = AEGIS_EXEC_UNIFORM, .a_ns = 1 * MS,
					.b_ns = 3 * MS}};
	aegis_model_config a = {.name = "a", .period_ns = 10 * MS, .backend_config = &sa};
	const aegis_model_config *ms[] = {&a};
	static const uint32_t sizes[] = {16, 4, 8};
	aegis_runtime_config rc = {.lanes = 2, .seed = 3};
	aegis_profile_options opt = {.runs = 200, .lane_sizes = sizes, .n_lane_sizes = 3};
	aegis_profile *p = NULL;
	char err[256] = "";
	assert_int_equal(aegis_profile_measure(&rc, ms, 1, &opt, &p, err, sizeof err), AEGIS_OK);
	const aegis_profile_point *pts;
	uint32_t n;
	assert_int_equal(aegis_profile_model_curve(p, 0, &pts, &n), AEGIS_OK);
	assert_int_equal(n, 3);
	const aegis_profile_model *m = aegis_profile_model_at(p, 0);
	for (uint32_t k = 0; k < 3; k++) {
		assert_int_equal(pts[k].sms, 4u << k);
		assert_int_equal(pts[k].runs, 200);
		assert_int_equal(pts[k].max_ns, m->max_ns); /* nominal: the same draws */
		assert_int_equal(pts[k].p50_ns, m->p50_ns);
		assert_int_equal(pts[k].wcet_ns, m->wcet_ns);
		assert_true(pts[k].interference == 0);
	}
	assert_ptr_equal(aegis_profile_point_at(p, 0, 8), &pts[1]);
	assert_null(aegis_profile_point_at(p, 0, 5));
	assert_null(aegis_profile_point_at(p, 1, 8));
	assert_int_equal(aegis_profile_model_curve(p, 1, &pts, &n), AEGIS_E_INVAL);
	FILE *f = tmpfile();
	assert_int_equal(aegis_profile_write(p, f), AEGIS_OK);
	size_t len;
	char *text = slurp(f, &len);
	fclose(f);
	assert_non_null(strstr(text, "version: 2\n"));
	assert_non_null(strstr(text, "lane_sizes: [4, 8, 16]\n"));
	aegis_profile *q = NULL;
	if (aegis_profile_parse("c.yaml", text, len, &q, err, sizeof err) != AEGIS_OK)
		fail_msg("%s\n%s", err, text);
	const aegis_profile_point *qp;
	uint32_t qn;
	assert_int_equal(aegis_profile_model_curve(q, 0, &qp, &qn), AEGIS_OK);
	assert_int_equal(qn, 3);
	assert_int_equal(aegis_profile_model_curve(p, 0, &pts, &n), AEGIS_OK);
	for (uint32_t k = 0; k < 3; k++) {
		assert_int_equal(qp[k].sms, pts[k].sms);
		assert_int_equal(qp[k].runs, pts[k].runs);
		assert_int_equal(qp[k].p50_ns, pts[k].p50_ns);
		assert_int_equal(qp[k].p99_ns, pts[k].p99_ns);
		assert_int_equal(qp[k].max_ns, pts[k].max_ns);
		assert_int_equal(qp[k].wcet_ns, pts[k].wcet_ns);
	}
	free(text);
	aegis_profile_destroy(q);
	aegis_profile_destroy(p);
	/* interference read back; a version 1 file has no curves */
	const char *t2 = "version: 2\nmodels:\n  - name: a\n    wcet_ns: 5\n    curve:\n"
			 "      - {sms: 4, wcet_ns: 5, interference: 1.25}\n";
	assert_int_equal(aegis_profile_parse("i.yaml", t2, strlen(t2), &q, err, sizeof err),
			 AEGIS_OK);
	assert_true(aegis_profile_point_at(q, 0, 4)->interference == 1.25);
	assert_int_equal(aegis_profile_point_at(q, 0, 4)->p50_ns, -1);
	aegis_profile_destroy(q);
	const char *t1 = "version: 1\nmodels:\n  - {name: a, wcet_ns: 5}\n";
	assert_int_equal(aegis_profile_parse("v1.yaml", t1, strlen(t1), &q, err, sizeof err),
			 AEGIS_OK);
	assert_int_equal(aegis_profile_model_curve(q, 0, &qp, &qn), AEGIS_OK);
	assert_int_equal(qn, 0);
	aegis_profile_destroy(q);
	/* bad sizes */
	static const uint32_t twice[] = {4, 4};
	opt.lane_sizes = twice;
	opt.n_lane_sizes = 2;
	assert_int_equal(aegis_profile_measure(&rc, ms, 1, &opt, &p, err, sizeof err),
			 AEGIS_E_CONFIG);
	assert_string_equal(err, "lane sizes: 4 given twice");
}

/* The neighbour's lane: the SMs the cap leaves, rounded down to the granularity when
 * the size is a multiple of it; none at or past the cap; nominal without a cap. The
 * interference factor: p99 with / p99 alone, at least 1, up to a multiple of 1e-4. */
static void test_neighbour_ratio(void **state)
{
	(void)state;
	assert_int_equal(neighbour_sms(132, 8, 16), 112);  /* H100: 116 left, 112 usable */
	assert_int_equal(neighbour_sms(132, 8, 64), 64);   /* 68 left */
	assert_int_equal(neighbour_sms(132, 8, 128), 0);   /* 4 left: below the granularity */
	assert_int_equal(neighbour_sms(132, 8, 132), 0);   /* the whole cap */
	assert_int_equal(neighbour_sms(132, 8, 136), 0);
	assert_int_equal(neighbour_sms(16, 8, 4), 12);     /* 4 is fine-grained: so may 12 be */
	assert_int_equal(neighbour_sms(16, 8, 8), 8);
	assert_int_equal(neighbour_sms(16, 8, 16), 0);
	assert_int_equal(neighbour_sms(16, 0, 12), 4);     /* the simulated device */
	assert_int_equal(neighbour_sms(0, 0, 8), 8);       /* no cap: nominal */
	assert_true(neighbour_factor(0, 100) == 0);        /* cannot be computed */
	assert_true(neighbour_factor(100, 0) == 0);
	assert_true(neighbour_factor(100, -1) == 0);
	assert_true(neighbour_factor(100, 100) == 1.0);
	assert_true(neighbour_factor(99, 100) == 1.0);     /* faster next to it: noise */
	assert_true(neighbour_factor(120, 100) == 1.2);    /* exact ratios stay exact */
	assert_true(neighbour_factor(1230000, 1000000) == 1.23);
	assert_true(neighbour_factor(1234567, 1000000) == 1.2346); /* rounded up */
	assert_true(neighbour_factor(1234500, 1000000) == 1.2345);
	assert_true(neighbour_factor(100001, 100000) == 1.0001);   /* never below the ratio */
	assert_true(neighbour_factor(INT64_MAX, 1) == 1000);       /* the reader's limit */
	/* written as a factor and read back exactly */
	aegis_sim_config sa = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 1 * MS}};
	aegis_model_config a = {.name = "a", .period_ns = 10 * MS, .backend_config = &sa};
	const aegis_model_config *ms[] = {&a};
	static const uint32_t sizes[] = {4, 8};
	aegis_runtime_config rc = {.seed = 1};
	aegis_profile_options opt = {.runs = 10, .lane_sizes = sizes, .n_lane_sizes = 2};
	aegis_profile *p = NULL, *q = NULL;
	char err[256] = "";
	assert_int_equal(aegis_profile_measure(&rc, ms, 1, &opt, &p, err, sizeof err), AEGIS_OK);
	const aegis_profile_point *pts;
	uint32_t n;
	assert_int_equal(aegis_profile_model_curve(p, 0, &pts, &n), AEGIS_OK);
	((aegis_profile_point *)pts)[0].interference = neighbour_factor(1234567, 1000000);
	((aegis_profile_point *)pts)[1].interference = neighbour_factor(100, 100);
	FILE *f = tmpfile();
	assert_int_equal(aegis_profile_write(p, f), AEGIS_OK);
	size_t len;
	char *text = slurp(f, &len);
	fclose(f);
	assert_non_null(strstr(text, "wcet_ns: 1200000, interference: 1.2346}\n"));
	assert_non_null(strstr(text, "wcet_ns: 1200000, interference: 1.0}\n"));
	if (aegis_profile_parse("n.yaml", text, len, &q, err, sizeof err) != AEGIS_OK)
		fail_msg("%s\n%s", err, text);
	assert_true(aegis_profile_point_at(q, 0, 4)->interference == 1.2346);
	assert_true(aegis_profile_point_at(q, 0, 8)->interference == 1.0);
	free(text);
	aegis_profile_destroy(q);
	aegis_profile_destroy(p);
}

/* --neighbour on the simulated device: each point measured again next to the
 * memory-bound neighbour, which slows nothing there (factor exactly 1, the same draws);
 * the size that takes the whole cap gets none; without lane sizes it is refused. */
static void test_neighbour_sim(void **state)
{
	(void)state;
	aegis_sim_config sa = {.exec = {.kind = AEGIS_EXEC_UNIFORM, .a_ns = 1 * MS,
					.b_ns = 3 * MS}};
	aegis_model_config a = {.name = "a", .period_ns = 10 * MS, .backend_config = &sa};
	const aegis_model_config *ms[] = {&a};
	static const uint32_t sizes[] = {4, 8, 16};
	aegis_runtime_config rc = {.lanes = 2, .seed = 3, .device_profile = "orin-agx-8g"};
	aegis_profile_options opt = {.runs = 300, .lane_sizes = sizes, .n_lane_sizes = 3,
				     .neighbour = true};
	aegis_profile *p = NULL;
	char err[256] = "";
	if (aegis_profile_measure(&rc, ms, 1, &opt, &p, err, sizeof err) != AEGIS_OK)
		fail_msg("%s", err);
	const aegis_profile_point *pts;
	uint32_t n;
	assert_int_equal(aegis_profile_model_curve(p, 0, &pts, &n), AEGIS_OK);
	assert_int_equal(n, 3);
	const aegis_profile_model *m = aegis_profile_model_at(p, 0);
	assert_true(m->p99_ns > 1 * MS && m->p99_ns <= 3 * MS);
	for (uint32_t k = 0; k < 3; k++)
		assert_int_equal(pts[k].p99_ns, m->p99_ns);
	assert_true(pts[0].interference == 1.0); /* 4 SMs next to 12 */
	assert_true(pts[1].interference == 1.0); /* 8 next to 8 */
	assert_true(pts[2].interference == 0);   /* 16 of 16: no SMs left */
	aegis_profile_destroy(p);
	/* no cap (no device profile): the neighbour gets a nominal lane of each size */
	rc.device_profile = NULL;
	opt.runs = 50;
	assert_int_equal(aegis_profile_measure(&rc, ms, 1, &opt, &p, err, sizeof err), AEGIS_OK);
	assert_int_equal(aegis_profile_model_curve(p, 0, &pts, &n), AEGIS_OK);
	for (uint32_t k = 0; k < 3; k++)
		assert_true(pts[k].interference == 1.0);
	aegis_profile_destroy(p);
	/* a model of the neighbour's name: refused as taken, named */
	aegis_model_config b = a;
	b.name = NEIGHBOUR_NAME;
	const aegis_model_config *mb[] = {&b};
	assert_int_equal(aegis_profile_measure(&rc, mb, 1, &opt, &p, err, sizeof err),
			 AEGIS_E_EXISTS);
	assert_non_null(strstr(err, "its neighbour (memory-bound, a lane of 4 SMs)"));
	assert_null(p);
	/* a neighbour needs lane sizes */
	opt.n_lane_sizes = 0;
	assert_int_equal(aegis_profile_measure(&rc, ms, 1, &opt, &p, err, sizeof err),
			 AEGIS_E_CONFIG);
	assert_string_equal(err, "a neighbour is measured at lane sizes: give lane sizes too");
}

/* Shared lanes measured (--shared): every model on k lanes sharing the 16-SM cap, each
 * lane running its models in turn; on the simulated device each job runs at full
 * speed (k slots), so a point holds the model's own fixed time: p50 = max = 2 or 3 ms,
 * WCET x 1.2. Written as version 4 and read back the same; refused: more lanes than
 * models (a lane would idle), a count twice, no partition size (no device profile). */
static void test_shared_points(void **state)
{
	(void)state;
	aegis_sim_config two = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 2 * MS}};
	aegis_sim_config three = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 3 * MS}};
	aegis_model_config a = {.name = "a", .period_ns = 10 * MS, .backend_config = &two};
	aegis_model_config b = {.name = "b", .period_ns = 20 * MS, .backend_config = &three};
	aegis_model_config c = {.name = "c", .period_ns = 30 * MS, .backend_config = &two};
	const aegis_model_config *ms[] = {&a, &b, &c};
	static const uint32_t sizes[] = {16};
	uint32_t shares[] = {2, 3};
	aegis_runtime_config rc = {.lanes = 1, .device_profile = "orin-agx-8g"};
	aegis_profile_options opt = {.runs = 50, .lane_sizes = sizes, .n_lane_sizes = 1,
				     .shares = shares, .n_shares = 2};
	aegis_profile *p = NULL;
	char err[256] = "";
	assert_int_equal(aegis_profile_measure(&rc, ms, 3, &opt, &p, err, sizeof err), AEGIS_OK);
	const aegis_profile_point *pts;
	uint32_t n;
	for (uint32_t i = 0; i < 3; i++) {
		assert_int_equal(aegis_profile_model_curve(p, i, &pts, &n), AEGIS_OK);
		assert_int_equal(n, 3);
		int64_t own = i == 1 ? 3 * MS : 2 * MS;
		for (uint32_t k = 0; k < 3; k++) {
			assert_int_equal(pts[k].sms, 16);
			assert_int_equal(pts[k].shared, k == 0 ? 0 : k + 1);
			assert_int_equal(pts[k].runs, 50);
			assert_int_equal(pts[k].p50_ns, own);
			assert_int_equal(pts[k].max_ns, own);
			assert_int_equal(pts[k].wcet_ns, own * 6 / 5);
		}
		assert_ptr_equal(aegis_profile_point_at(p, i, 16), &pts[0]);
	}
	FILE *f = tmpfile();
	assert_non_null(f);
	assert_int_equal(aegis_profile_write(p, f), AEGIS_OK);
	size_t len;
	char *text = slurp(f, &len);
	fclose(f);
	assert_non_null(strstr(text, "version: 4\n"));
	assert_non_null(strstr(text, "{sms: 16, shared: 3, runs: 50, p50_ns: 3000000"));
	aegis_profile *q = NULL;
	assert_int_equal(aegis_profile_parse("p.yaml", text, len, &q, err, sizeof err), AEGIS_OK);
	const aegis_profile_point *qp;
	uint32_t qn;
	assert_int_equal(aegis_profile_model_curve(q, 1, &qp, &qn), AEGIS_OK);
	assert_int_equal(qn, 3);
	assert_int_equal(qp[2].shared, 3);
	assert_int_equal(qp[2].wcet_ns, 3600000);
	aegis_profile_destroy(q);
	free(text);
	aegis_profile_destroy(p);
	shares[1] = 4;
	assert_int_equal(aegis_profile_measure(&rc, ms, 3, &opt, &p, err, sizeof err),
			 AEGIS_E_CONFIG);
	assert_non_null(strstr(err, "4 of them for 3 models"));
	shares[1] = 2;
	assert_int_equal(aegis_profile_measure(&rc, ms, 3, &opt, &p, err, sizeof err),
			 AEGIS_E_CONFIG);
	assert_string_equal(err, "shared lanes: 2 given twice");
	rc.device_profile = NULL;
	opt.n_shares = 1;
	opt.n_lane_sizes = 0;
	assert_int_equal(aegis_profile_measure(&rc, ms, 3, &opt, &p, err, sizeof err),
			 AEGIS_E_CONFIG);
	assert_non_null(strstr(err, "partition's size is unknown"));
	assert_null(p);
}

/* Lane times at admission: the WCET of the lane's size; an automatic lane analysed per
 * lane with its own (the 4-SM lane cannot take a 12 ms job every 10 ms, the 8-SM lane
 * can take it at 6 ms); a lane of a size without an entry refused with the sizes. */
static void test_lane_times(void **state)
{
	(void)state;
	aegis_runtime_config rc = {.lanes = 2, .lane_sms = {4, 8}};
	aegis_runtime *rt;
	char d[256];
	assert_int_equal(aegis_runtime_create(&rc, &rt, d, sizeof d), AEGIS_OK);
	aegis_lane_info li;
	assert_int_equal(aegis_runtime_lane_info(rt, 1, &li), AEGIS_OK);
	assert_int_equal(li.sm_count, 8);
	aegis_sim_config sim = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 12 * MS}};
	const aegis_lane_time times[] = {{.sms = 4, .wcet_ns = 12 * MS},
					 {.sms = 8, .wcet_ns = 6 * MS, .speed = 0.5}};
	aegis_model_config m = {.name = "m", .period_ns = 10 * MS, .lane = AEGIS_LANE_AUTO,
				.backend_config = &sim, .lane_times = times, .n_lane_times = 2};
	aegis_model_id id;
	assert_int_equal(aegis_model_admit(rt, &m, &id), AEGIS_OK);
	aegis_task t;
	assert_int_equal(aegis_model_task_get(rt, id, &t), AEGIS_OK);
	assert_int_equal(t.wcet_ns, 6 * MS);
	aegis_model_stats s;
	assert_int_equal(aegis_runtime_run_for(rt, 100 * MS), AEGIS_OK);
	assert_int_equal(aegis_model_stats_get(rt, id, &s), AEGIS_OK);
	assert_int_equal(s.lane, 1);
	assert_int_equal(s.missed, 0);
	assert_true(s.completed >= 9);
	m.name = "pinned";
	m.lane = 0;
	assert_int_equal(aegis_model_admit(rt, &m, NULL), AEGIS_E_UNSCHEDULABLE);
	const aegis_lane_time only16[] = {{.sms = 16, .wcet_ns = 1 * MS}};
	m.lane_times = only16;
	m.n_lane_times = 1;
	assert_int_equal(aegis_model_admit(rt, &m, NULL), AEGIS_E_CONFIG);
	assert_string_equal(aegis_runtime_last_error(rt), "model 'pinned': lane 0 has 4 SMs and "
			    "its measured times cover lanes of 16 SMs");
	m.lane = AEGIS_LANE_AUTO;
	assert_int_equal(aegis_model_admit(rt, &m, NULL), AEGIS_E_CONFIG);
	assert_string_equal(aegis_runtime_last_error(rt), "model 'pinned': no lane has a size its "
			    "measured times cover (16 SMs)");
	aegis_runtime_destroy(rt);
	/* layouts refused at creation */
	aegis_runtime_config bad = {.lanes = 2, .lane_sms = {4}};
	assert_int_equal(aegis_runtime_create(&bad, &rt, d, sizeof d), AEGIS_E_CONFIG);
	assert_string_equal(d, "lane sizes: 1 of 2 lanes have a size (all or none)");
	bad = (aegis_runtime_config){.lanes = 2, .lane_sms = {12, 8}, .device_profile = "orin-agx-8g"};
	assert_int_equal(aegis_runtime_create(&bad, &rt, d, sizeof d), AEGIS_E_CONFIG);
	assert_string_equal(d, "lane sizes add up to 20 SMs; device profile 'orin-agx-8g' has 16");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fixed_2ms),
		cmocka_unit_test(test_uniform_and_segments),
		cmocka_unit_test(test_margin_and_errors),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_minimal_file),
		cmocka_unit_test(test_bad_files),
		cmocka_unit_test(test_device_memory_round_trip),
		cmocka_unit_test(test_memory_run_fails),
		cmocka_unit_test(test_model_task_override),
		cmocka_unit_test(test_admission_uses_override),
		cmocka_unit_test(test_curve_round_trip),
		cmocka_unit_test(test_lane_times),
		cmocka_unit_test(test_neighbour_ratio),
		cmocka_unit_test(test_neighbour_sim),
		cmocka_unit_test(test_shared_points),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
