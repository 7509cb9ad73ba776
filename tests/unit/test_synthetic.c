/* The synthetic backend on the simulated device: a job takes exactly the sum of its
 * kernels' durations, one segment per kernel (preemption points between kernels), the
 * WCET carries the calibration margin, and its configuration is validated. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "aegis/aegis.h"
#include "backend/backend.h"
#include "backend/synthetic/synthetic_backend.h"
#include "test_models.h"

#ifndef AEGIS_EXAMPLES
#define AEGIS_EXAMPLES "examples"
#endif

#define MS AEGIS_NS_PER_MS
#define MAX_EVENTS 4096
#define MAX_DONE 256

struct observed {
	aegis_trace_event ev[MAX_EVENTS];
	size_t n_ev;
	aegis_completion done[MAX_DONE];
	size_t n_done;
};

static void collect_events(void *user, const aegis_trace_event *ev, size_t n)
{
	struct observed *o = user;
	for (size_t i = 0; i < n && o->n_ev < MAX_EVENTS; i++)
		o->ev[o->n_ev++] = ev[i];
}

static void collect_done(void *user, const aegis_completion *c)
{
	struct observed *o = user;
	if (o->n_done < MAX_DONE)
		o->done[o->n_done++] = *c;
}

static aegis_runtime *make_rt(struct observed *o)
{
	aegis_runtime_config cfg = {
		.lanes = 1,
		.policy = AEGIS_POLICY_FP,
		.preemption = AEGIS_PREEMPT_POINTS,
		.priorities = AEGIS_PRIO_EXPLICIT,
		.seed = 1,
		.trace = {.fn = collect_events, .user = o},
		.admission = AEGIS_ADMIT_OFF,
	};
	aegis_runtime *rt = NULL;
	char err[256];
	assert_int_equal(aegis_runtime_create(&cfg, &rt, err, sizeof err), AEGIS_OK);
	return rt;
}

static const aegis_kernel three[] = {
	{AEGIS_KERNEL_COMPUTE, 64, 2 * MS, 0},
	{AEGIS_KERNEL_MEMORY, 132, 1 * MS, 0},
	{AEGIS_KERNEL_MIXED, 16, 3 * MS, 0},
};

static aegis_model_config synth_model(const char *name, int64_t period_ns)
{
	return (aegis_model_config){
		.name = name,
		.backend = "synthetic",
		.period_ns = period_ns,
		.backend_config = test_synthetic_config((aegis_synthetic_config){
			.kernels = three,
			.n_kernels = 3,
			.memory.transient_bytes = 1 << 20, /* its memory kernels stream over it */
		}),
		.lane = 0,
	};
}

static const aegis_completion *find_done(const struct observed *o, uint32_t model, uint64_t job)
{
	for (size_t i = 0; i < o->n_done; i++)
		if (o->done[i].model == model && o->done[i].job == job)
			return &o->done[i];
	return NULL;
}

/* Alone, every job takes 2 + 1 + 3 ms, in three segments of exactly those lengths. */
static void test_job_is_sum_of_kernels(void **state)
{
	(void)state;
	struct observed *o = calloc(1, sizeof *o);
	aegis_runtime *rt = make_rt(o);
	aegis_model_config m = synth_model("net", 10 * MS);
	m.on_done = collect_done;
	m.user = o;
	aegis_model_id id;
	assert_int_equal(aegis_model_admit(rt, &m, &id), AEGIS_OK);
	assert_int_equal(aegis_runtime_run_for(rt, 50 * MS), AEGIS_OK);
	assert_true(o->n_done >= 5);
	for (uint64_t j = 0; j < 5; j++) {
		const aegis_completion *c = find_done(o, id, j);
		assert_non_null(c);
		assert_int_equal(c->start_ns, (int64_t)j * 10 * MS);
		assert_int_equal(c->finish_ns - c->start_ns, 6 * MS);
	}
	size_t seg = 0;
	for (size_t i = 0; i < o->n_ev; i++) {
		const aegis_trace_event *e = &o->ev[i];
		if (e->kind != AEGIS_EV_SEGMENT_END || e->job != 0)
			continue;
		assert_int_equal(e->segment, seg);
		assert_int_equal(e->t_ns - e->arg, three[seg].duration_ns);
		seg++;
	}
	assert_int_equal(seg, 3);
	aegis_runtime_destroy(rt);
	free(o);
}

/* A high-priority job released inside the first kernel takes the lane at its end. */
static void test_preempts_between_kernels(void **state)
{
	(void)state;
	struct observed *o = calloc(1, sizeof *o);
	aegis_runtime *rt = make_rt(o);
	aegis_model_config lo = synth_model("low", 100 * MS);
	lo.priority = 1;
	aegis_sim_config one_ms = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 1 * MS}};
	aegis_model_config hi = {
		.name = "high",
		.period_ns = 100 * MS,
		.offset_ns = MS / 2,
		.backend_config = &one_ms,
		.lane = 0,
	};
	lo.on_done = hi.on_done = collect_done;
	lo.user = hi.user = o;
	aegis_model_id l, h;
	assert_int_equal(aegis_model_admit(rt, &lo, &l), AEGIS_OK);
	assert_int_equal(aegis_model_admit(rt, &hi, &h), AEGIS_OK);
	assert_int_equal(aegis_runtime_run_for(rt, 50 * MS), AEGIS_OK);
	const aegis_completion *ch = find_done(o, h, 0), *cl = find_done(o, l, 0);
	assert_non_null(ch);
	assert_non_null(cl);
	assert_int_equal(ch->start_ns, 2 * MS); /* the end of kernel 0 */
	assert_int_equal(ch->finish_ns, 3 * MS);
	assert_int_equal(cl->finish_ns, 7 * MS);
	aegis_lane_stats ls;
	aegis_lane_stats_get(rt, 0, &ls);
	assert_int_equal(ls.preemptions, 1);
	aegis_runtime_destroy(rt);
	free(o);
}

/* What the synthetic backend says of m's config (configured as admission does). */
static aegis_status describe(const aegis_model_config *m, struct backend_reqs *r)
{
	const struct backend_ops *b = backend_find("synthetic");
	assert_non_null(b);
	void *config = NULL;
	char d[160];
	assert_int_equal(backend_configure_model(m, &config, d, sizeof d), AEGIS_OK);
	aegis_status st = backend_describe(b, config, r, d, sizeof d);
	b->config_free(config);
	return st;
}

/* One segment per kernel; each WCET is its duration plus the margin, rounded up. */
static void test_describe(void **state)
{
	(void)state;
	aegis_model_config m = synth_model("net", 10 * MS);
	struct backend_reqs r = {0};
	assert_int_equal(describe(&m, &r), AEGIS_OK);
	assert_int_equal(r.n_segments, 3);
	int64_t sum = 0;
	for (uint32_t k = 0; k < 3; k++) {
		int64_t want = (three[k].duration_ns * (100 + SYNTHETIC_MARGIN_PERCENT) + 99) / 100;
		assert_int_equal(r.segment_wcet_ns[k], want);
		sum += want;
	}
	assert_int_equal(r.wcet_ns, sum);
	assert_true(r.device_memory); /* a memory and a mixed kernel */
	assert_int_equal(r.job_transient_bytes, 1 << 20);
	aegis_kernel odd = {AEGIS_KERNEL_COMPUTE, 1, 7, 0};
	test_synthetic_of(&m)->kernels = &odd;
	test_synthetic_of(&m)->n_kernels = 1;
	r = (struct backend_reqs){0};
	assert_int_equal(describe(&m, &r), AEGIS_OK);
	assert_int_equal(r.wcet_ns, 8); /* ceil(7 x 1.05) */
	assert_false(r.device_memory); /* compute only: no device memory touched */
}

static void expect_invalid(const aegis_model_config *m, const char *words)
{
	char d[256] = "";
	assert_int_equal(aegis_model_config_validate(m, 1, d, sizeof d), AEGIS_E_CONFIG);
	if (!strstr(d, words))
		fail_msg("expected '%s' in: %s", words, d);
}

static void test_validation(void **state)
{
	(void)state;
	aegis_model_config m = synth_model("net", 10 * MS);
	aegis_synthetic_config *c = test_synthetic_of(&m);
	char d[256];
	assert_int_equal(aegis_model_config_validate(&m, 1, d, sizeof d), AEGIS_OK);
	c->n_kernels = 0;
	expect_invalid(&m, "needs at least one kernel");
	c->kernels = NULL;
	c->n_kernels = 1;
	expect_invalid(&m, "needs at least one kernel");
	aegis_kernel k = {AEGIS_KERNEL_MEMORY, 0, MS, 0};
	c->kernels = &k;
	expect_invalid(&m, "kernel 0: grid must be >= 1");
	k.grid_blocks = 8;
	k.duration_ns = 0;
	expect_invalid(&m, "kernel 0: duration must be > 0");
	k.duration_ns = -1;
	expect_invalid(&m, "duration must be > 0");
	k.duration_ns = MS;
	k.kind = (aegis_kernel_kind)7;
	expect_invalid(&m, "unknown kind 7");
	k.kind = AEGIS_KERNEL_MEMORY;
	k.iters = -1;
	expect_invalid(&m, "kernel 0: iterations must be >= 0");
	k.iters = 0;
	k.kind = AEGIS_KERNEL_MIXED;
	c->memory.transient_bytes = AEGIS_KERNEL_MIN_BUFFER_BYTES - 1;
	expect_invalid(&m, "kernel 0 (mixed) streams over the model's transient memory, which "
			   "is 65535 bytes; it needs >= 64 KiB");
	c->memory.transient_use_bytes = AEGIS_KERNEL_MIN_BUFFER_BYTES; /* what a job uses counts */
	assert_int_equal(aegis_model_config_validate(&m, 1, d, sizeof d), AEGIS_OK);
	k.kind = AEGIS_KERNEL_COMPUTE;
	c->memory.transient_bytes = c->memory.transient_use_bytes = 0; /* compute: none */
	assert_int_equal(aegis_model_config_validate(&m, 1, d, sizeof d), AEGIS_OK);
	c->n_kernels = AEGIS_MAX_SEGMENTS + 1;
	expect_invalid(&m, "exceed the limit");
	/* The API refuses what validation refuses. */
	struct observed *o = calloc(1, sizeof *o);
	aegis_runtime *rt = make_rt(o);
	aegis_model_id id;
	c->n_kernels = 0;
	assert_int_equal(aegis_model_admit(rt, &m, &id), AEGIS_E_CONFIG);
	aegis_runtime_destroy(rt);
	free(o);
}

/* The workload key `kernels`, from the example file, and the model it makes runs. */
static void test_workload_kernels(void **state)
{
	(void)state;
	static const char text[] = "models:\n"
				   "  - name: net\n"
				   "    backend: synthetic\n"
				   "    period: 10ms\n"
				   "    kernels: [{kind: compute, grid: 64, time: 2ms},\n"
				   "              {kind: memory, grid: 132, time: 1ms},\n"
				   "              {kind: mixed, grid: 16, time: 3ms}]\n"
				   "    memory: {transient: 1MiB}\n";
	aegis_workload *w = NULL;
	char err[256] = "";
	assert_int_equal(aegis_workload_parse("t.yaml", text, sizeof text - 1, &w, err, sizeof err),
			 AEGIS_OK);
	const aegis_model_config *m = aegis_workload_model(w, 0);
	assert_string_equal(m->backend, "synthetic");
	const aegis_synthetic_config *c = m->backend_config;
	assert_int_equal(c->n_kernels, 3);
	for (uint32_t k = 0; k < 3; k++) {
		assert_int_equal(c->kernels[k].kind, three[k].kind);
		assert_int_equal(c->kernels[k].grid_blocks, three[k].grid_blocks);
		assert_int_equal(c->kernels[k].duration_ns, three[k].duration_ns);
	}
	aegis_workload_destroy(w);
	assert_int_equal(aegis_workload_load(AEGIS_EXAMPLES "/synthetic.yaml", &w, err, sizeof err),
			 AEGIS_OK);
	c = aegis_workload_model(w, 0)->backend_config;
	assert_int_equal(c->n_kernels, 3);
	c = aegis_workload_model(w, 1)->backend_config;
	assert_int_equal(c->n_kernels, 2);
	aegis_workload_destroy(w);
}

/* Without a CUDA device the measure hook says so. */
static void test_measure_needs_cuda(void **state)
{
	(void)state;
	aegis_model_config m = synth_model("net", 10 * MS);
	const struct backend_ops *b = backend_find("synthetic");
	void *config = NULL, *st = NULL;
	char d[160];
	assert_int_equal(backend_configure_model(&m, &config, d, sizeof d), AEGIS_OK);
	assert_int_equal(b->create(config, 1, 0, &st, d, sizeof d), AEGIS_OK);
	struct device fake = {.ops = &sim_device_ops, .lanes = 1};
	int64_t ns;
	struct backend_mem mem = {0};
	assert_int_equal(synthetic_backend_measure(st, &fake, 0, &mem, 0, 1, &ns),
			 AEGIS_E_UNSUPPORTED);
	assert_int_equal(synthetic_backend_iters(st, 0), 0);
	b->destroy(st);
	b->config_free(config);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_job_is_sum_of_kernels),
		cmocka_unit_test(test_preempts_between_kernels),
		cmocka_unit_test(test_describe),
		cmocka_unit_test(test_validation),
		cmocka_unit_test(test_workload_kernels),
		cmocka_unit_test(test_measure_needs_cuda),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
