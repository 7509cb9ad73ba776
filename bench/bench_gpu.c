/* Figures of the CUDA device on a real GPU (`make bench-gpu`): detection jitter, runtime
 * overhead per job, determinism, isolation. Prints, never asserts; without a GPU it
 * says why and exits 0. */
/*
 *   1. completion detection: busy-poll of cuEventQuery vs blocking-sync event vs host
 *      callback (cuLaunchHostFunc) - the jitter of each;
 *   2. runtime overhead per job on one lane: release-to-kernel-start and
 *      completion-to-next-start through the runtime vs a plain launch + synchronize
 *      loop of the same spin kernel (GPU %globaltimer stamps written by the kernel);
 *   3. determinism: a 2 ms spin model alone, 1,000 jobs through the runtime;
 *   4. isolation: a victim's latency in its own SM partition with a compute or a
 *      memory-bound hog in the other, vs alone, vs both on prioritised plain streams;
 *   5. what each driver call of a segment costs the host;
 *   6. copies: a job's inputs in and outputs out on one lane, alone and while every
 *      other lane copies too (the factor admission's copy_interference charges).
 * Section 2 also releases jobs from another thread than the dispatcher's (the
 * runtime's own thread, asleep or polling when idle). Times are microseconds.
 * `bench_gpu 24` runs sections 2 and 4 only.
 */
#define _GNU_SOURCE /* sched_getaffinity, pthread_setaffinity_np */
#include <inttypes.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cuda_runtime_api.h>

#include "aegis/aegis.h"
#include "aegis/device.h"
#include "gpu_stats.h"
#include "testing/bench_internal.h"

#define US 1000LL
#define MS 1000000LL

static struct cuda_err err; /* the bench's own last-error record */

static struct device *make_device(uint32_t lanes, enum device_lane_mode mode)
{
	struct device *d = NULL;
	char detail[512];
	struct device_config cfg = {.lanes = lanes, .lane_mode = mode};
	if (device_find("cuda")->create(&cfg, &d, detail, sizeof detail) != AEGIS_OK) {
		fprintf(stderr, "bench_gpu: cuda device: %s\n", detail);
		exit(1);
	}
	return d;
}

static aegis_runtime *make_runtime_cfg(aegis_runtime_config cfg)
{
	aegis_runtime *rt;
	char detail[512];
	if (aegis_runtime_create(&cfg, &rt, detail, sizeof detail) != AEGIS_OK) {
		fprintf(stderr, "bench_gpu: runtime: %s\n", detail);
		exit(1);
	}
	return rt;
}

static aegis_runtime *make_runtime(uint32_t lanes)
{
	return make_runtime_cfg((aegis_runtime_config){.device = "cuda", .lanes = lanes,
						       .admission = AEGIS_ADMIT_OFF});
}

static void must(aegis_status st, const char *what)
{
	if (st != AEGIS_OK) {
		fprintf(stderr, "bench_gpu: %s: %s (%s)\n", what, aegis_status_name(st), err.text);
		exit(1);
	}
}

static void spin_until(const struct device *d, int64_t t)
{
	while (d->ops->now(d) < t)
		;
}

/* ---- 1. completion detection ------------------------------------------------------ */

static void bench_detection(void)
{
	static const char *names[] = {"poll (cuEventQuery busy loop)",
				      "blocking sync (BLOCKING_SYNC event)",
				      "host callback (cuLaunchHostFunc + condvar)"};
	enum { RUNS = 400, MODES = 3 };
	printf("\n1. completion detection: observed (host) - kernel end (GPU), 200 us spin,"
	       " whole GPU, %d runs each, interleaved\n", RUNS);
	struct device *d = make_device(1, DEVICE_LANES_AUTO);
	struct series s[MODES], *all[MODES];
	for (int m = 0; m < MODES; m++) {
		series_init(&s[m], RUNS);
		all[m] = &s[m];
	}
	for (int r = 0; r < RUNS; r++) {
		for (int m = 0; m < MODES; m++) {
			int64_t seen;
			uint64_t n, g0, g1;
			must(cuda_probe_busy_wait(d, 0, 200 * US, (enum cuda_wait_mode)m, &seen, &n),
			     names[m]);
			if (cuda_probe_stamp(d, 0, n, &g0, &g1))
				series_add(&s[m], seen, seen - (int64_t)g1);
		}
	}
	series_remove_offset(&s[0], all, MODES, 8);
	for (int m = 0; m < MODES; m++) {
		stats_print(names[m], series_stats(&s[m]));
		series_free(&s[m]);
	}
	d->ops->destroy(d);
}

/* ---- 2. runtime overhead ----------------------------------------------------------- */

struct jobs {
	int64_t arrival[4096];
	size_t n;
	aegis_runtime *rt;
	aegis_model_id model;
	size_t want;
};

static void on_periodic(void *user, const aegis_completion *c)
{
	struct jobs *j = user;
	if (c->status == AEGIS_OK && j->n < sizeof j->arrival / sizeof j->arrival[0])
		j->arrival[j->n++] = c->arrival_ns;
}

/* Closed loop: each completion submits the next job, so one is always queued. */
static void on_closed(void *user, const aegis_completion *c)
{
	struct jobs *j = user;
	if (c->status != AEGIS_OK)
		return;
	j->n++;
	if (j->n + 1 < j->want) {
		aegis_request req = {.done = on_closed, .user = j};
		(void)aegis_request_submit(j->rt, j->model, &req);
	}
}

/* Plain loop: at each period, launch and synchronise; records release-to-start. */
static void plain_periodic(struct device *d, int n, struct series *out)
{
	int64_t t = d->ops->now(d) + MS;
	for (int k = 0; k < n; k++, t += MS) {
		spin_until(d, t);
		uint64_t launch = cuda_probe_launches(d, 0), g0, g1;
		must(d->ops->busy(d, 0, 200 * US), "plain busy");
		must(cuda_probe_sync(d, 0), "plain sync");
		if (cuda_probe_stamp(d, 0, launch, &g0, &g1))
			series_add(out, t, (int64_t)g0 - t);
	}
}

static void gaps(struct device *d, uint64_t first, uint64_t last, struct series *out)
{
	for (uint64_t k = first; k + 1 < last; k++) {
		uint64_t s0, e0, s1, e1;
		if (cuda_probe_stamp(d, 0, k, &s0, &e0) && cuda_probe_stamp(d, 0, k + 1, &s1, &e1))
			series_add(out, 0, (int64_t)(s1 - e0));
	}
}

/* Who releases the jobs of a release round. */
enum release_by {
	BY_TIMER,        /* a periodic model: the dispatcher's own timer (run_for) */
	BY_THREAD_SLEEP, /* a sporadic model, submitted by this thread every 1 ms to the
			    runtime's own thread, which sleeps when idle */
	BY_THREAD_POLL,  /* the same, the runtime's thread polling when idle (idle_poll)
			    on a CPU of its own (dispatcher_cpus) */
	BY_COUNT
};

/* The last CPU this process may use for the dispatcher, the others for this thread;
 * 0 when there is one CPU only. */
static uint64_t split_cpus(void)
{
	cpu_set_t all;
	if (sched_getaffinity(0, sizeof all, &all) != 0 || CPU_COUNT(&all) < 2)
		return 0;
	int last = -1;
	for (int c = 0; c < 64; c++)
		if (CPU_ISSET(c, &all))
			last = c;
	if (last < 0)
		return 0;
	CPU_CLR(last, &all);
	pthread_setaffinity_np(pthread_self(), sizeof all, &all);
	return UINT64_C(1) << last;
}

/* Submits a job every millisecond from this thread, jobs times, from 1 ms on. */
static void submit_every_ms(aegis_runtime *rt, struct device *d, aegis_model_id id,
			    struct jobs *j, int jobs)
{
	int64_t t = d->ops->now(d) + MS;
	for (int k = 0; k < jobs; k++, t += MS) {
		spin_until(d, t);
		aegis_request req = {.done = on_periodic, .user = j};
		(void)aegis_request_submit(rt, id, &req);
	}
	spin_until(d, t + MS); /* the last one ends */
}

/* (a) one round: plain, runtime, plain; the plain phases anchor the clock offset on
 * both sides of the runtime phase. Appends offset-free samples to plain and rt. */
static void release_round(enum release_by by, int plain_n, int jobs, struct series *plain,
			  struct series *rt_out)
{
	static uint64_t cpus;
	static bool cpus_split;
	if (by == BY_THREAD_POLL && !cpus_split) {
		cpus = split_cpus();
		cpus_split = true;
	}
	aegis_runtime *rt = make_runtime_cfg((aegis_runtime_config){
		.device = "cuda", .lanes = 1, .admission = AEGIS_ADMIT_OFF,
		.idle_poll_ns = by == BY_THREAD_POLL ? 2 * MS : 0,
		.dispatcher_cpus = by == BY_THREAD_POLL ? cpus : 0});
	struct device *d = runtime_device(rt);
	struct jobs *j = calloc(1, sizeof *j);
	struct series p, r, *all[2] = {&p, &r};
	series_init(&p, 2 * (size_t)plain_n);
	series_init(&r, (size_t)jobs + 16);
	plain_periodic(d, plain_n, &p);
	aegis_sim_config spin = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 200 * US}};
	aegis_model_config m = {.name = "spin200us", .period_ns = MS, .lane = 0,
				.offset_ns = MS, .on_done = on_periodic, .user = j,
				.backend_config = &spin};
	if (by != BY_TIMER) {
		m.release = AEGIS_RELEASE_SPORADIC;
		m.period_ns = MS / 2; /* the submissions are 1 ms apart, give or take */
		m.offset_ns = 0;
	}
	aegis_model_id id;
	must(aegis_model_admit(rt, &m, &id), "admit");
	uint64_t base = cuda_probe_launches(d, 0);
	if (by == BY_TIMER) {
		must(aegis_runtime_run_for(rt, (jobs + 1) * MS), "run");
	} else {
		must(aegis_runtime_start(rt), "start");
		submit_every_ms(rt, d, id, j, jobs);
	}
	must(aegis_runtime_stop(rt), "stop");
	for (size_t k = 0; k < j->n; k++) {
		uint64_t g0, g1;
		if (cuda_probe_stamp(d, 0, base + k, &g0, &g1))
			series_add(&r, j->arrival[k], (int64_t)g0 - j->arrival[k]);
	}
	plain_periodic(d, plain_n, &p);
	series_remove_offset(&p, all, 2, 8);
	for (size_t k = 0; k < p.n; k++)
		series_add(plain, p.t[k], p.v[k]);
	for (size_t k = 0; k < r.n; k++)
		series_add(rt_out, r.t[k], r.v[k]);
	series_free(&p);
	series_free(&r);
	free(j);
	aegis_runtime_destroy(rt);
}

/* (b) one round: back-to-back jobs, plain then runtime (GPU clock only). */
static void gap_round(int n, struct series *plain, struct series *rt_out)
{
	aegis_runtime *rt = make_runtime(1);
	struct device *d = runtime_device(rt);
	struct jobs *j = calloc(1, sizeof *j);
	uint64_t first = cuda_probe_launches(d, 0);
	for (int k = 0; k < n; k++) {
		must(d->ops->busy(d, 0, 200 * US), "plain busy");
		must(cuda_probe_sync(d, 0), "plain sync");
	}
	gaps(d, first, cuda_probe_launches(d, 0), plain);
	aegis_sim_config spin = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 200 * US}};
	aegis_model_config c = {.name = "closed", .release = AEGIS_RELEASE_SPORADIC,
				.period_ns = 1000, .queue_depth = 4, .lane = 0,
				.backend_config = &spin};
	j->rt = rt;
	j->want = (size_t)n;
	must(aegis_model_admit(rt, &c, &j->model), "admit closed");
	first = cuda_probe_launches(d, 0);
	aegis_request req = {.done = on_closed, .user = j};
	must(aegis_request_submit(rt, j->model, &req), "submit");
	spin_until(d, d->ops->now(d) + 2 * US);
	must(aegis_request_submit(rt, j->model, &req), "submit");
	must(aegis_runtime_run_for(rt, (n + 10) * 210 * US), "run closed");
	must(aegis_runtime_stop(rt), "stop");
	gaps(d, first, cuda_probe_launches(d, 0), rt_out);
	free(j);
	aegis_runtime_destroy(rt);
}

static void compare(const char *plain_what, const char *rt_what, const struct series *plain,
		    const struct series *rt)
{
	struct stats sp = series_stats(plain), sr = series_stats(rt);
	stats_print(plain_what, sp);
	stats_print(rt_what, sr);
	printf("  added by the runtime: p50 %+.2f us, p99 %+.2f us\n", (sr.p50 - sp.p50) / 1e3,
	       (sr.p99 - sp.p99) / 1e3);
}

static void bench_overhead(void)
{
	enum { ROUNDS = 3, PLAIN = 200, JOBS = 400, LOOP = 700 };
	printf("\n2. runtime overhead per job, one lane (whole GPU), 200 us spin kernels, %d "
	       "rounds interleaved\n", ROUNDS);
	static const char *by_what[BY_COUNT] = {
		"runtime: periodic release, dispatcher, busy()",
		"runtime: submitted from another thread",
		"the same, dispatcher polling on its own CPU"};
	struct series plain, rt[BY_COUNT];
	series_init(&plain, ROUNDS * BY_COUNT * 2 * PLAIN);
	for (int b = 0; b < BY_COUNT; b++)
		series_init(&rt[b], ROUNDS * (JOBS + 16));
	for (int r = 0; r < ROUNDS; r++)
		for (int b = 0; b < BY_COUNT; b++)
			release_round((enum release_by)b, PLAIN, JOBS, &plain, &rt[b]);
	printf(" release (or submit call) -> kernel start (above the fastest plain launch of its "
	       "round):\n");
	compare("plain loop: launch at release, synchronize", by_what[0], &plain, &rt[0]);
	for (int b = 1; b < BY_COUNT; b++) {
		struct stats sp = series_stats(&plain), sr = series_stats(&rt[b]);
		stats_print(by_what[b], sr);
		printf("  added by the runtime: p50 %+.2f us, p99 %+.2f us\n",
		       (sr.p50 - sp.p50) / 1e3, (sr.p99 - sp.p99) / 1e3);
	}
	series_free(&plain);
	for (int b = 0; b < BY_COUNT; b++)
		series_free(&rt[b]);

	series_init(&plain, ROUNDS * LOOP);
	series_init(&rt[0], ROUNDS * LOOP);
	for (int r = 0; r < ROUNDS; r++)
		gap_round(LOOP, &plain, &rt[0]);
	printf(" completion -> next kernel start (GPU end stamp to next start stamp):\n");
	compare("plain loop: synchronize, launch", "runtime: poll, dispatcher, busy()", &plain,
		&rt[0]);
	series_free(&plain);
	series_free(&rt[0]);
}

/* ---- 3. determinism ----------------------------------------------------------------- */

struct det {
	struct series resp, exec;
};

static void on_det(void *user, const aegis_completion *c)
{
	struct det *t = user;
	if (c->status != AEGIS_OK)
		return;
	series_add(&t->resp, 0, c->finish_ns - c->arrival_ns);
	series_add(&t->exec, 0, c->finish_ns - c->start_ns);
}

static void det_print(const char *what, struct stats s)
{
	stats_print(what, s);
	printf("  %-44s CV %.3f%%  max/median %.4f\n", "", 100 * s.sd / s.mean, s.max / s.p50);
}

static void bench_determinism(void)
{
	enum { JOBS = 1000 };
	printf("\n3. determinism: one 2 ms spin model alone (period 2.5 ms), %d jobs, whole GPU\n",
	       JOBS);
	aegis_runtime *rt = make_runtime(1);
	struct device *d = runtime_device(rt);
	struct det t;
	struct series gpu;
	series_init(&t.resp, JOBS + 8);
	series_init(&t.exec, JOBS + 8);
	series_init(&gpu, JOBS + 8);
	aegis_sim_config two_ms = {.exec = {.kind = AEGIS_EXEC_FIXED, .a_ns = 2 * MS}};
	aegis_model_config m = {.name = "model2ms", .period_ns = 2500 * US, .lane = 0,
				.offset_ns = MS, .on_done = on_det, .user = &t,
				.backend_config = &two_ms};
	must(aegis_model_admit(rt, &m, NULL), "admit");
	uint64_t first = cuda_probe_launches(d, 0);
	must(aegis_runtime_run_for(rt, JOBS * 2500 * US + 500 * US), "run");
	must(aegis_runtime_stop(rt), "stop");
	for (uint64_t k = first; k < cuda_probe_launches(d, 0); k++) {
		uint64_t g0, g1;
		if (cuda_probe_stamp(d, 0, k, &g0, &g1))
			series_add(&gpu, 0, (int64_t)(g1 - g0));
	}
	det_print("response (release to observed completion)", series_stats(&t.resp));
	det_print("host start to observed completion", series_stats(&t.exec));
	det_print("kernel on the GPU (globaltimer stamps)", series_stats(&gpu));
	series_free(&t.resp);
	series_free(&t.exec);
	series_free(&gpu);
	aegis_runtime_destroy(rt);
}

/* ---- 4. isolation ------------------------------------------------------------------- */

enum hog { HOG_NONE, HOG_COMPUTE, HOG_MEMORY };
enum victim { VICTIM_SPIN, VICTIM_STREAM };

struct bufs {
	void *hog_src, *hog_dst, *vic_src, *vic_dst;
	size_t hog_bytes, vic_bytes;
	volatile int *stop; /* pinned, host-mapped: tells hog kernels to end */
};

/* Queues 5 ms hog kernels on lane 1 (they end early once *stop is set). Finite
 * kernels: on plain streams a higher-priority victim gets SMs when one ends. */
static void start_hog(struct device *d, enum hog h, const struct bufs *b, uint32_t sms)
{
	*b->stop = 0;
	for (int k = 0; h != HOG_NONE && k < 500; k++) {
		if (h == HOG_COMPUTE)
			must(cuda_probe_spin(d, 1, 5 * MS, 2 * sms, 1024, b->stop), "hog");
		else
			must(cuda_probe_stream(d, 1, b->hog_src, b->hog_dst, b->hog_bytes, 25,
					       4 * sms, 512, b->stop), "hog");
	}
	spin_until(d, d->ops->now(d) + 20 * MS); /* the hog fills its SMs */
}

/* Host latency (commit to observed completion) of each victim run; for the spin
 * victim also its time on the GPU (globaltimer stamps) in *gpu. */
static struct stats victim_runs(struct device *d, enum victim v, const struct bufs *b, int runs,
				struct stats *gpu)
{
	struct series s, g;
	series_init(&s, (size_t)runs);
	series_init(&g, (size_t)runs);
	for (int r = 0; r < runs; r++) {
		int64_t t0 = d->ops->now(d), t1;
		uint32_t lane;
		uint64_t n = cuda_probe_launches(d, 0), g0, g1;
		if (v == VICTIM_SPIN)
			must(d->ops->busy(d, 0, MS), "victim");
		else
			must(cuda_probe_stream(d, 0, b->vic_src, b->vic_dst, b->vic_bytes, 4, 0, 512,
					       NULL), "victim");
		must(d->ops->commit(d, 0), "commit");
		while (!d->ops->poll(d, &lane, &t1))
			must(d->ops->advance(d, INT64_MAX), "advance");
		series_add(&s, t0, t1 - t0);
		if (v == VICTIM_SPIN && cuda_probe_stamp(d, 0, n, &g0, &g1))
			series_add(&g, t0, (int64_t)(g1 - g0));
	}
	struct stats r = series_stats(&s);
	*gpu = series_stats(&g);
	series_free(&s);
	series_free(&g);
	return r;
}

static void bench_isolation(void)
{
	enum { RUNS = 200 };
	static const char *hogs[] = {"alone", "compute hog", "memory hog"};
	static const char *victims[] = {"1 ms spin", "64 MiB copy x4"};
	static const char *modes[] = {"SM partitions (green contexts)",
				      "plain streams, victim at top priority"};
	printf("\n4. isolation: victim on lane 0 (commit to observed completion), hog on lane 1,"
	       " %d runs each\n", RUNS);
	struct bufs b = {.hog_bytes = 256u << 20, .vic_bytes = 64u << 20};
	must(CUDA_CHECK(&err, cudaMalloc(&b.hog_src, b.hog_bytes)), "cudaMalloc");
	must(CUDA_CHECK(&err, cudaMalloc(&b.hog_dst, b.hog_bytes)), "cudaMalloc");
	must(CUDA_CHECK(&err, cudaMalloc(&b.vic_src, b.vic_bytes)), "cudaMalloc");
	must(CUDA_CHECK(&err, cudaMalloc(&b.vic_dst, b.vic_bytes)), "cudaMalloc");
	must(CUDA_CHECK(&err, cudaHostAlloc((void **)&b.stop, sizeof *b.stop,
					    cudaHostAllocMapped | cudaHostAllocPortable)),
	     "cudaHostAlloc");
	double p99[2][2][3] = {{{0}}}, gpu99[2][3] = {{0}};
	for (int mode = 0; mode < 2; mode++) {
		struct device *d = make_device(2, mode ? DEVICE_LANES_STREAMS : DEVICE_LANES_AUTO);
		uint32_t sms = cuda_probe_device_sms(d);
		aegis_lane_info l0, l1;
		d->ops->lane_info(d, 0, &l0);
		d->ops->lane_info(d, 1, &l1);
		printf(" %s: lane 0 %u SMs (priority %d), lane 1 %u SMs (priority %d)\n",
		       modes[mode], l0.sm_count, l0.stream_priority, l1.sm_count,
		       l1.stream_priority);
		for (int v = 0; v < 2; v++) {
			for (int h = 0; h < 3; h++) {
				start_hog(d, (enum hog)h, &b, sms);
				struct stats g, s = victim_runs(d, (enum victim)v, &b, RUNS, &g);
				*b.stop = 1;
				must(cuda_probe_sync(d, 1), "hog drain");
				char what[96];
				snprintf(what, sizeof what, "%s, %s", victims[v], hogs[h]);
				stats_print(what, s);
				p99[mode][v][h] = s.p99;
				if (v == VICTIM_SPIN) {
					stats_print("  the same, kernel on the GPU (stamps)", g);
					gpu99[mode][h] = g.p99;
				}
			}
		}
		d->ops->destroy(d);
	}
	printf(" victim p99 / its p99 alone (same run):\n");
	for (int mode = 0; mode < 2; mode++)
		for (int v = 0; v < 2; v++)
			printf("  %-40s %-16s compute hog %.3fx  memory hog %.3fx\n", modes[mode],
			       victims[v], p99[mode][v][1] / p99[mode][v][0],
			       p99[mode][v][2] / p99[mode][v][0]);
	for (int mode = 0; mode < 2; mode++)
		printf("  %-40s %-16s compute hog %.3fx  memory hog %.3fx  (GPU stamps)\n",
		       modes[mode], victims[0], gpu99[mode][1] / gpu99[mode][0],
		       gpu99[mode][2] / gpu99[mode][0]);
	(void)CUDA_CHECK(&err, cudaFreeHost((void *)b.stop));
	(void)CUDA_CHECK(&err, cudaFree(b.vic_dst));
	(void)CUDA_CHECK(&err, cudaFree(b.vic_src));
	(void)CUDA_CHECK(&err, cudaFree(b.hog_dst));
	(void)CUDA_CHECK(&err, cudaFree(b.hog_src));
}

/* ---- 5. driver calls ---------------------------------------------------------------- */

static void bench_calls(void)
{
	static const char *names[CUDA_CALLS] = {"cuEventRecord", "cuLaunchKernel (spin)",
						 "cuEventQuery (done)", "cuEventElapsedTime"};
	struct device *d = make_device(1, DEVICE_LANES_AUTO);
	int64_t ns[CUDA_CALLS];
	must(cuda_probe_call_costs(d, 0, 5000, ns), "call costs");
	printf("\n5. host time per driver call of a segment, median of 5000, one lane "
	       "(whole GPU)\n");
	for (int k = 0; k < CUDA_CALLS; k++)
		printf("  %-24s %6.2f us\n", names[k], ns[k] / 1e3);
	d->ops->destroy(d);
}

/* ---- 6. copies --------------------------------------------------------------------- */

/* Copies `bytes` in and out on each of the first n lanes at once (pinned host memory,
 * the pool's device memory), and the time lane 0's copies took (host clock, from the
 * loads to its completion seen by poll). */
static int64_t copy_round(struct device *d, uint32_t n, void *const *host, uint64_t base,
			  uint64_t bytes)
{
	int64_t t0 = d->ops->now(d), t0_end = -1;
	for (uint32_t i = 0; i < n; i++) {
		uint64_t dev = base + (uint64_t)i * 2 * bytes;
		must(d->ops->copy_in(d, i, dev, host[i], 0, bytes), "copy in");
		must(d->ops->copy_out(d, i, (char *)host[i] + bytes, 0, dev + bytes, bytes),
		     "copy out");
		must(d->ops->commit(d, i), "commit");
	}
	for (uint32_t seen = 0; seen < n;) {
		uint32_t lane;
		int64_t t;
		if (d->ops->poll(d, &lane, &t)) {
			seen++;
			if (lane == 0)
				t0_end = t;
			continue;
		}
		must(d->ops->advance(d, INT64_MAX), "advance");
	}
	return t0_end - t0;
}

static void bench_copies(void)
{
	enum { LANES = 4, RUNS = 200 };
	static const uint64_t sizes[] = {602112, 4u << 20}; /* a 224x224 RGB float frame; 4 MiB */
	struct device *d = make_device(LANES, DEVICE_LANES_AUTO);
	uint64_t most = 4u << 20;
	must(d->ops->mem_pool(d, LANES * 2 * most), "pool");
	uint64_t base = d->ops->mem_base(d);
	void *host[LANES];
	for (uint32_t i = 0; i < LANES; i++)
		must(d->ops->host_alloc(d, 2 * most, &host[i]), "pinned memory");
	printf("\n6. copies in and out, %d runs each, lane 0 of %d green-context lanes, pinned "
	       "host memory\n", RUNS, LANES);
	for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
		struct series alone, shared;
		series_init(&alone, RUNS);
		series_init(&shared, RUNS);
		for (int r = 0; r < RUNS; r++) { /* interleaved */
			series_add(&alone, 0, copy_round(d, 1, host, base, sizes[k]));
			series_add(&shared, 0, copy_round(d, LANES, host, base, sizes[k]));
		}
		char what[96];
		struct stats a = series_stats(&alone), s = series_stats(&shared);
		snprintf(what, sizeof what, "%.2f MiB in + out, alone", sizes[k] / 1048576.0);
		stats_print(what, a);
		snprintf(what, sizeof what, "%.2f MiB in + out, %d lanes copying", sizes[k] / 1048576.0,
			 LANES);
		stats_print(what, s);
		printf("  interference: p50 x%.2f, p99 x%.2f, max x%.2f; bandwidth alone %.1f GB/s\n",
		       (double)s.p50 / a.p50, (double)s.p99 / a.p99, (double)s.max / a.max,
		       2.0 * sizes[k] / a.p50);
		series_free(&alone);
		series_free(&shared);
	}
	for (uint32_t i = 0; i < LANES; i++)
		d->ops->host_free(d, host[i]);
	d->ops->destroy(d);
}

int main(int argc, char **argv)
{
	aegis_device_info gpu;
	char why[512];
	if (aegis_device_query("cuda", 0, &gpu, why, sizeof why) != AEGIS_OK) {
		printf("bench_gpu: no GPU, nothing measured: %s\n", why);
		return 0;
	}
	printf("bench_gpu: %s, sm_%d%d, %u SMs, SM clock %.0f MHz, driver %d, runtime %d\n",
	       gpu.name, gpu.cc_major, gpu.cc_minor, gpu.sm_count, gpu.sm_clock_khz / 1e3,
	       gpu.driver_version, gpu.runtime_version);
	const char *only = argc > 1 ? argv[1] : "";
	if (!only[0] || strchr(only, '1'))
		bench_detection();
	if (!only[0] || strchr(only, '2'))
		bench_overhead();
	if (!only[0] || strchr(only, '3'))
		bench_determinism();
	if (!only[0] || strchr(only, '4'))
		bench_isolation();
	if (!only[0] || strchr(only, '5'))
		bench_calls();
	if (!only[0] || strchr(only, '6'))
		bench_copies();
	return 0;
}
