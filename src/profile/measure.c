/* WCET profiling (aegis/profile.h): a first run of every model together for the
 * device memory outside the pool, then each model alone on a fresh runtime, jobs back
 * to back, recording execution times (finish - start) and the dispatch overhead
 * (start - release); with a neighbour, runs it again next to a memory-bound model on
 * another lane (profile/neighbour.h). Uses the public API only; must not touch the
 * analysis or keep any runtime past the call. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/device.h"
#include "aegis/profile.h"
#include "profile/neighbour.h"
#include "workload/profile_internal.h"

/* Virtual or real time given to one run_for call; a job longer than this simply
 * spans several calls. */
#define MEASURE_SLICE_NS (100 * 1000000LL)
/* The WCET the analysis (admission is off) and so the time budget see for a model
 * being measured: out of reach. A profile measures what a job takes; with the
 * model's own WCET as its budget, a job slowed past it (by the neighbour, on the
 * H100) was stopped at its next segment boundary as a breach, and the measurement
 * failed. */
#define MEASURE_BUDGET_NS (3600LL * 1000000000LL)

typedef struct measure_run {
	aegis_runtime *rt;
	aegis_model_id id;
	uint32_t want, done;
	int64_t *exec;     /* want */
	int64_t *overhead; /* want */
	aegis_status failed; /* a job ended in error */
	uint64_t planned;  /* the memory plan with the model admitted (bytes) */
} measure_run;

/* The neighbour: jobs back to back on its lane until `stopping`. */
typedef struct neighbour_run {
	aegis_runtime *rt;
	aegis_model_id id;
	bool stopping;
	uint64_t done;
	aegis_status failed; /* a job of it ended in error, or a submission was refused */
} neighbour_run;

static void on_done(void *user, const aegis_completion *c)
{
	measure_run *m = user;
	if (c->status != AEGIS_OK || c->start_ns < 0) {
		if (m->failed == AEGIS_OK)
			m->failed = c->status != AEGIS_OK ? c->status : AEGIS_E_BACKEND;
		return;
	}
	m->exec[m->done] = c->finish_ns - c->start_ns;
	m->overhead[m->done] = c->start_ns - c->release_ns;
	if (++m->done < m->want) {
		aegis_request req = {.done = on_done, .user = m};
		aegis_status st = aegis_request_submit(m->rt, m->id, &req);
		if (st != AEGIS_OK && m->failed == AEGIS_OK)
			m->failed = st;
	}
}

static void on_neighbour_done(void *user, const aegis_completion *c)
{
	neighbour_run *nb = user;
	if (nb->stopping) /* at destroy: its queued job is cancelled, which is no fault */
		return;
	/* a job past its time budget (slowed by the measured model's traffic) still
	 * streamed: only an error ends the measurement */
	if (c->status != AEGIS_OK && c->status != AEGIS_E_OVERRUN) {
		if (nb->failed == AEGIS_OK)
			nb->failed = c->status;
		return;
	}
	nb->done++;
	aegis_request req = {.done = on_neighbour_done, .user = nb};
	aegis_status st = aegis_request_submit(nb->rt, nb->id, &req);
	if (st != AEGIS_OK && nb->failed == AEGIS_OK)
		nb->failed = st;
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* Nearest rank: the ceil(q_per_mille / 1000 * n)-th smallest of sorted v[0..n). */
static int64_t rank(const int64_t *v, uint64_t n, uint64_t q_per_mille)
{
	uint64_t k = (q_per_mille * n + 999) / 1000;
	return v[k ? k - 1 : 0];
}

static aegis_status say(char *detail, size_t len, aegis_status st, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static aegis_status say(char *detail, size_t len, aegis_status st, const char *fmt, ...)
{
	if (detail && len) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(detail, len, fmt, ap);
		va_end(ap);
	}
	return st;
}

/* Starts the neighbour on lane 1 of m's runtime (a lane of nb_sms SMs): admitted
 * (the synthetic backend calibrates it there, the lane idle), two jobs submitted
 * (one runs, one waits: each completion submits the next), then NEIGHBOUR_LEAD_NS run so that it fills its SMs before the measured jobs. */
static aegis_status neighbour_start(measure_run *m, neighbour_run *nb, uint32_t nb_sms,
				    char *detail, size_t len)
{
	aegis_kernel k;
	aegis_synthetic_config sc;
	aegis_model_config nc;
	neighbour_model(nb_sms, 1, &k, &sc, &nc);
	nc.wcet_override_ns = MEASURE_BUDGET_NS;
	nb->rt = m->rt;
	aegis_status st = aegis_model_admit(m->rt, &nc, &nb->id);
	if (st != AEGIS_OK)
		return say(detail, len, st, "%s", aegis_runtime_last_error(m->rt));
	for (int j = 0; j < 2; j++) { /* 1 us apart: its minimum inter-arrival is 1 ns */
		aegis_request req = {.done = on_neighbour_done, .user = nb};
		if ((st = aegis_request_submit(m->rt, nb->id, &req)) != AEGIS_OK)
			return say(detail, len, st, "submission refused: %s", aegis_status_str(st));
		if (!j && (st = aegis_runtime_run_for(m->rt, 1000)) != AEGIS_OK)
			return say(detail, len, st, "%s", aegis_runtime_last_error(m->rt));
	}
	if ((st = aegis_runtime_run_for(m->rt, NEIGHBOUR_LEAD_NS)) != AEGIS_OK)
		return say(detail, len, st, "%s", aegis_runtime_last_error(m->rt));
	if (nb->failed != AEGIS_OK)
		return say(detail, len, nb->failed, "a job failed: %s", aegis_status_str(nb->failed));
	return AEGIS_OK;
}

/* Where measure_one runs a model: sms 0, the workload's layout; else one lane of sms
 * SMs and, with nb_sms, the neighbour on a second lane of nb_sms SMs and the memory
 * budget budget_bytes (0: none). */
struct measure_layout {
	uint32_t sms, nb_sms;
	uint64_t budget_bytes;
};

/* Folds what the runtime's device measured outside its pool into p's device_memory.
 * The share that does not grow with the lanes comes from the memory run only (memory_run
 * true: memory_run() below, the first runtime of this process, as a deployed process
 * has one): the driver's share before any lane, what the jobs loaded into the contexts
 * that no item counts (aegis_device_memory.loaded) and the models' CUDA graphs, and
 * the driver's reservation beside. A later runtime of this process finds what the
 * earlier ones left in the primary context already taken, so it cannot give that
 * share; each run (the memory run, then each model alone on the workload's layout)
 * raises the per-lane figures to the largest seen (a library's per-lane share from
 * the lanes that made it). Nothing on a device that measures nothing. */
static void fold_memory(aegis_profile *p, const aegis_runtime *rt, bool memory_run)
{
	aegis_device_memory d;
	if ((!memory_run && !p->has_mem) || aegis_runtime_device_memory(rt, &d) != AEGIS_OK ||
	    !d.measured || !d.lanes)
		return;
	if (memory_run) {
		uint64_t fixed;
		if (__builtin_add_overflow(d.driver_fixed, d.loaded, &fixed) ||
		    __builtin_add_overflow(fixed, d.graphs, &fixed))
			fixed = UINT64_MAX;
		p->mem.driver_fixed = fixed;
		p->mem.device_other = d.device_other;
	}
	uint64_t v[3] = {d.contexts / d.lanes, d.cudnn_lanes ? d.cudnn / d.cudnn_lanes : 0,
			 d.cublas_lanes ? d.cublas / d.cublas_lanes : 0};
	uint64_t *dst[3] = {&p->mem.per_lane_context, &p->mem.per_lane_cudnn,
			    &p->mem.per_lane_cublas};
	for (int k = 0; k < 3; k++)
		if (v[k] > *dst[k])
			*dst[k] = v[k];
	p->has_mem = true;
	p->version = 3;
}

/* The runtime a measurement runs on: *base with admission and tracing off; at.sms 0:
 * the workload's layout, else one lane of at.sms SMs and, with at.nb_sms, the
 * neighbour's lane of at.nb_sms SMs under the memory budget at.budget_bytes. */
static aegis_runtime_config measure_runtime_config(const aegis_runtime_config *base,
						   struct measure_layout at)
{
	aegis_runtime_config rc = *base;
	rc.admission = AEGIS_ADMIT_OFF;
	rc.trace = (aegis_trace_sink){0};
	if (at.sms) { /* a point of the curve: one lane of sms SMs, and the neighbour's */
		rc.lanes = at.nb_sms ? 2 : 1;
		memset(rc.lane_sms, 0, sizeof rc.lane_sms);
		rc.lane_sms[0] = at.sms;
		rc.lane_sms[1] = at.nb_sms;
		rc.lane_sharing = AEGIS_LANES_ISOLATED;
		if (at.nb_sms)
			rc.memory_budget_bytes = at.budget_bytes;
	}
	return rc;
}

/* A model as measured: alone and back to back, a sporadic model whose next job is
 * submitted from the previous one's completion; a 1 ns minimum inter-arrival lets it
 * follow at once (every job then "misses" its 1 ns deadline, which changes nothing
 * here). On its own lane of the workload's layout (own_layout; lane 0 when auto), else
 * on lane 0, a curve point's. */
static aegis_model_config measure_model_config(const aegis_model_config *cfg, bool own_layout)
{
	aegis_model_config mc = *cfg;
	mc.release = AEGIS_RELEASE_SPORADIC;
	mc.period_ns = 1;
	mc.deadline_ns = 0;
	mc.offset_ns = 0;
	mc.jitter_ns = 0;
	mc.on_miss = AEGIS_MISS_FINISH;
	mc.queue_depth = 1;
	mc.lane = cfg->lane >= 0 && own_layout ? cfg->lane : 0;
	mc.n_lane_times = 0; /* measured as it runs, whatever was measured before */
	mc.lane_times = NULL;
	mc.wcet_override_ns = MEASURE_BUDGET_NS; /* no time budget: measured as it runs */
	mc.on_done = NULL;
	mc.user = NULL;
	return mc;
}

/* One model alone (or next to the neighbour): fills exec[] and overhead[] with want
 * jobs; *lane, *sms where. */
static aegis_status measure_one(const aegis_runtime_config *base, const aegis_model_config *cfg,
				struct measure_layout at, measure_run *m, aegis_profile *p,
				aegis_profile_model *pm, char *detail, size_t len)
{
	uint32_t sms = at.sms;
	neighbour_run nb = {0};
	aegis_runtime_config rc = measure_runtime_config(base, at);
	aegis_status st = aegis_runtime_create(&rc, &m->rt, detail, len);
	if (st != AEGIS_OK) {
		char why[256];
		snprintf(why, sizeof why, "%s", detail && len ? detail : "");
		if (sms && at.nb_sms)
			say(detail, len, st, "model '%s' on a lane of %u SMs next to a neighbour "
			    "of %u SMs: %s", cfg->name, sms, at.nb_sms, why);
		else if (sms)
			say(detail, len, st, "model '%s' on a lane of %u SMs: %s", cfg->name, sms,
			    why);
		return st;
	}
	if (!p->device) {
		aegis_device_info d;
		if (aegis_runtime_device_info(m->rt, &d) == AEGIS_OK &&
		    (!profile_set_str(&p->device, d.device) ||
		     !profile_set_str(&p->device_name, d.name) ||
		     !profile_set_str(&p->device_profile, d.profile))) {
			st = say(detail, len, AEGIS_E_NOMEM, "out of memory");
			goto out;
		}
		p->info.lanes = aegis_runtime_lane_count(m->rt);
	}
	aegis_model_config mc = measure_model_config(cfg, !sms);
	if ((st = aegis_model_admit(m->rt, &mc, &m->id)) != AEGIS_OK) {
		say(detail, len, st, "model '%s': %s", cfg->name, aegis_runtime_last_error(m->rt));
		goto out;
	}
	aegis_memory_totals mem;
	m->planned = aegis_runtime_memory(m->rt, &mem) == AEGIS_OK ? mem.planned : 0;
	if (at.nb_sms && (st = neighbour_start(m, &nb, at.nb_sms, detail, len)) != AEGIS_OK) {
		char why[256];
		snprintf(why, sizeof why, "%s", detail && len ? detail : "");
		say(detail, len, st, "model '%s' on a lane of %u SMs: its neighbour (memory-bound, "
		    "a lane of %u SMs): %s", cfg->name, sms, at.nb_sms, why);
		goto out;
	}
	aegis_lane_info li;
	if (pm) {
		pm->lane = mc.lane;
		pm->lane_sms = aegis_runtime_lane_info(m->rt, (uint32_t)mc.lane, &li) == AEGIS_OK
				       ? li.sm_count : 0;
	}
	aegis_request req = {.done = on_done, .user = m};
	if ((st = aegis_request_submit(m->rt, m->id, &req)) != AEGIS_OK) {
		say(detail, len, st, "model '%s': first submission refused: %s", cfg->name,
		    aegis_status_str(st));
		goto out;
	}
	while (m->done < m->want && m->failed == AEGIS_OK && nb.failed == AEGIS_OK) {
		if ((st = aegis_runtime_run_for(m->rt, MEASURE_SLICE_NS)) != AEGIS_OK) {
			say(detail, len, st, "model '%s': %s", cfg->name,
			    aegis_runtime_last_error(m->rt));
			goto out;
		}
	}
	if (m->failed != AEGIS_OK)
		st = say(detail, len, m->failed, "model '%s': job %u failed: %s", cfg->name,
			 m->done, aegis_status_str(m->failed));
	else if (nb.failed != AEGIS_OK)
		st = say(detail, len, nb.failed, "model '%s' on a lane of %u SMs: its neighbour's "
			 "job %llu failed: %s", cfg->name, sms, (unsigned long long)nb.done + 1,
			 aegis_status_str(nb.failed));
	if (st == AEGIS_OK && !sms) /* the workload's layout, its libraries made and warm */
		fold_memory(p, m->rt, false);
out:
	nb.stopping = true; /* destroy cancels its queued job and waits for the running one */
	aegis_runtime_destroy(m->rt);
	m->rt = NULL;
	return st;
}

/* Jobs of each model in the memory run. Admission readied the model (each node run once
 * on the GPU), but a job runs more (its copies, its CUDA graphs' first launch, kernels
 * loaded at their first launch); a second job loads whatever the first left for later. */
#define MEMORY_RUN_JOBS 2u

/* The memory run, before any model is measured: one runtime as a deployed process has
 * one, first in this process, on the workload's layout (measure_runtime_config with
 * the layout {0}), every model admitted on its lane as measure_one puts it, and
 * MEMORY_RUN_JOBS jobs of each; then fold_memory reads what the device took, jobs
 * included, for the share that does not grow with the lanes. The simulated device
 * measures nothing: the run costs virtual time only and folds nothing.
 *
 * A failure here fails the profile, with what failed: the run is the workload as it
 * would be deployed (its layout, all its models, their jobs), so a model refused or a
 * job failed is a workload that cannot run as written, and falling back to a share
 * measured before any job would write into the file the figure that is known short by
 * what the jobs load (hundreds of MiB for ONNX networks on cuDNN), for admit to size the
 * pool with, with nothing saying so. */
static aegis_status memory_run(const aegis_runtime_config *base,
			       const aegis_model_config *const *models, uint32_t n,
			       aegis_profile *p, char *detail, size_t len)
{
	static const char what[] = "memory run (every model on the workload's layout)";
	aegis_runtime_config rc = measure_runtime_config(base, (struct measure_layout){0});
	measure_run *m = calloc(n, sizeof *m);
	int64_t *times = calloc((size_t)n * MEMORY_RUN_JOBS * 2, sizeof *times);
	aegis_runtime *rt = NULL;
	aegis_status st = AEGIS_E_NOMEM;
	if (!m || !times) {
		say(detail, len, st, "out of memory");
		goto out;
	}
	if ((st = aegis_runtime_create(&rc, &rt, detail, len)) != AEGIS_OK) {
		char why[256];
		snprintf(why, sizeof why, "%s", detail && len ? detail : "");
		say(detail, len, st, "%s: %s", what, why);
		goto out;
	}
	for (uint32_t i = 0; i < n; i++) {
		aegis_model_config mc = measure_model_config(models[i], true);
		int64_t *t = times + (size_t)i * MEMORY_RUN_JOBS * 2;
		m[i] = (measure_run){.rt = rt, .want = MEMORY_RUN_JOBS, .exec = t,
				     .overhead = t + MEMORY_RUN_JOBS};
		if ((st = aegis_model_admit(rt, &mc, &m[i].id)) != AEGIS_OK) {
			say(detail, len, st, "%s: model '%s': %s", what,
			    mc.name ? mc.name : "", aegis_runtime_last_error(rt));
			goto out;
		}
	}
	for (uint32_t i = 0; i < n; i++) {
		aegis_request req = {.done = on_done, .user = &m[i]};
		if ((st = aegis_request_submit(rt, m[i].id, &req)) != AEGIS_OK) {
			say(detail, len, st, "%s: model '%s': first submission refused: %s", what,
			    models[i]->name ? models[i]->name : "", aegis_status_str(st));
			goto out;
		}
	}
	for (uint32_t i = 0; i < n; i++) {
		while (m[i].done < m[i].want && m[i].failed == AEGIS_OK) {
			if ((st = aegis_runtime_run_for(rt, MEASURE_SLICE_NS)) != AEGIS_OK) {
				say(detail, len, st, "%s: %s", what, aegis_runtime_last_error(rt));
				goto out;
			}
		}
		if (m[i].failed != AEGIS_OK) {
			st = say(detail, len, m[i].failed, "%s: model '%s': job %u failed: %s",
				 what, models[i]->name ? models[i]->name : "", m[i].done + 1,
				 aegis_status_str(m[i].failed));
			goto out;
		}
	}
	fold_memory(p, rt, true); /* every job done: the lanes idle, all loaded */
out:
	aegis_runtime_destroy(rt);
	free(times);
	free(m);
	return st;
}

/* ceil(max * margin) exactly (margin in millionths); false when it overflows. */
static bool wcet_of(int64_t max_ns, uint32_t margin, int64_t *out)
{
	__int128 w = ((__int128)max_ns * margin + 999999) / 1000000;
	if (w > INT64_MAX)
		return false;
	*out = (int64_t)w;
	return true;
}

/* What measuring next to the neighbour needs to know of the device: the SM cap the
 * lanes share (the device profile's, else the GPU's; 0 on the simulated device
 * without a profile), the partition granularity, the memory budget the workload's
 * runtime has (its own, else the profile's; 0: none) and whether the device is real
 * (a real device needs a pool for the neighbour's buffer). */
struct neighbour_env {
	bool on;
	uint32_t cap, granularity;
	uint64_t budget_bytes;
	bool real;
};

/* The neighbour's runtime's memory budget: the workload's plus the neighbour's buffer
 * (and the allocator's worst rounding of it, 1/16 + 256 B: docs/MEMORY.md); without a
 * budget, none on the simulated device (nothing is allocated), and on a real device
 * the measured model's own plan (planned, as it ran alone) plus the same. */
static uint64_t neighbour_budget(const struct neighbour_env *env, uint64_t planned)
{
	uint64_t extra = NEIGHBOUR_BYTES + NEIGHBOUR_BYTES / 16 + (64u << 10);
	if (env->budget_bytes)
		return env->budget_bytes + extra;
	return env->real ? planned + extra : 0;
}

/* A curve point from exec[0..runs) (sorted here): p50, p99, max and the WCET by the
 * margin; false when the WCET overflows. */
static bool point_of(int64_t *exec, uint32_t runs, uint32_t margin, aegis_profile_point *q)
{
	qsort(exec, runs, sizeof *exec, cmp_i64);
	q->runs = runs;
	q->p50_ns = rank(exec, runs, 500);
	q->p99_ns = rank(exec, runs, 990);
	q->max_ns = exec[runs - 1];
	return wcet_of(q->max_ns, margin, &q->wcet_ns);
}

/* The model's curve: alone on one lane of each size, in increasing size; with the
 * neighbour, each size again next to it, for the point's interference. */
static aegis_status measure_curve(const aegis_runtime_config *rt, const aegis_model_config *cfg,
				  const uint32_t *sizes, uint32_t n_sizes, uint32_t runs,
				  uint32_t margin, const struct neighbour_env *env, int64_t *exec,
				  int64_t *ovh, aegis_profile *p, struct profile_curve *c,
				  char *detail, size_t len)
{
	if (!(c->pts = calloc(n_sizes, sizeof *c->pts)))
		return say(detail, len, AEGIS_E_NOMEM, "out of memory");
	for (uint32_t k = 0; k < n_sizes; k++) {
		measure_run m = {.want = runs, .exec = exec, .overhead = ovh};
		struct measure_layout at = {.sms = sizes[k]};
		aegis_status st = measure_one(rt, cfg, at, &m, p, NULL, detail, len);
		if (st != AEGIS_OK)
			return st;
		aegis_profile_point *q = &c->pts[k];
		*q = (aegis_profile_point){.sms = sizes[k]};
		if (!point_of(exec, runs, margin, q))
			return say(detail, len, AEGIS_E_OVERFLOW, "model '%s': WCET overflows",
				   cfg->name);
		c->n = k + 1;
		at.nb_sms = env->on ? neighbour_sms(env->cap, env->granularity, sizes[k]) : 0;
		if (!at.nb_sms) /* not asked, or no SMs left: interference not measured (0) */
			continue;
		at.budget_bytes = neighbour_budget(env, m.planned);
		measure_run mn = {.want = runs, .exec = exec, .overhead = ovh};
		if ((st = measure_one(rt, cfg, at, &mn, p, NULL, detail, len)) != AEGIS_OK)
			return st;
		qsort(exec, runs, sizeof *exec, cmp_i64);
		q->interference = neighbour_factor(rank(exec, runs, 990), q->p99_ns);
	}
	return AEGIS_OK;
}

/* Shared lanes (aegis_profile_options.shares): every model of the workload at once on
 * k lanes sharing one partition, each lane running its models in turn, jobs back to
 * back, until each model has `want` jobs: a model's times with every other lane busy. */
struct shared_run {
	aegis_runtime *rt;
	uint32_t n, k, want;
	aegis_model_id *id;   /* n */
	uint32_t *done;       /* n: jobs recorded per model */
	int64_t *exec;        /* n x want */
	uint32_t left;        /* models still short of want */
	bool stopping;
	aegis_status failed;
	struct shared_lane {
		struct shared_run *s;
		uint32_t lane, next; /* next: the model (index) it runs after the current */
	} *lanes;             /* k */
};

/* The lane's next model: the next index i > cur with i mod k == lane, wrapping. */
static uint32_t shared_next(const struct shared_run *s, uint32_t lane, uint32_t cur)
{
	uint32_t i = cur + s->k;
	return i < s->n ? i : lane;
}

static void shared_submit(struct shared_lane *l);

static void on_shared_done(void *user, const aegis_completion *c)
{
	struct shared_lane *l = user;
	struct shared_run *s = l->s;
	if (s->stopping)
		return; /* at destroy: a queued job cancelled */
	if (c->status != AEGIS_OK || c->start_ns < 0) {
		if (s->failed == AEGIS_OK)
			s->failed = c->status != AEGIS_OK ? c->status : AEGIS_E_BACKEND;
		return;
	}
	uint32_t i = 0;
	while (i < s->n && s->id[i] != c->model)
		i++;
	if (i < s->n && s->done[i] < s->want) {
		s->exec[(size_t)i * s->want + s->done[i]] = c->finish_ns - c->start_ns;
		if (++s->done[i] == s->want)
			s->left--;
	}
	if (s->left == 0) {
		s->stopping = true; /* every lane stops with its current job */
		return;
	}
	shared_submit(l);
}

static void shared_submit(struct shared_lane *l)
{
	struct shared_run *s = l->s;
	uint32_t i = l->next;
	l->next = shared_next(s, l->lane, i);
	aegis_request req = {.done = on_shared_done, .user = l};
	aegis_status st = aegis_request_submit(s->rt, s->id[i], &req);
	if (st != AEGIS_OK && s->failed == AEGIS_OK)
		s->failed = st;
}

/* Inserts q into c, in increasing (sms, shared). */
static aegis_status curve_insert(struct profile_curve *c, const aegis_profile_point *q)
{
	aegis_profile_point *pts = realloc(c->pts, (c->n + 1) * sizeof *pts);
	if (!pts)
		return AEGIS_E_NOMEM;
	c->pts = pts;
	uint32_t at = c->n;
	while (at > 0 && (pts[at - 1].sms > q->sms ||
			  (pts[at - 1].sms == q->sms && pts[at - 1].shared > q->shared)))
		at--;
	memmove(pts + at + 1, pts + at, (c->n - at) * sizeof *pts);
	pts[at] = *q;
	c->n++;
	return AEGIS_OK;
}

/* The shared lane counts asked for (opt->shares), checked before anything is measured:
 * each 2..AEGIS_MAX_LANES, at most the models (every lane busy), none twice. */
static aegis_status check_shares(const aegis_profile_options *opt, uint32_t n, char *detail,
				 size_t len)
{
	if (!opt || !opt->n_shares)
		return AEGIS_OK;
	if (!opt->shares || opt->n_shares > AEGIS_MAX_LANES)
		return say(detail, len, AEGIS_E_CONFIG, "shared lanes: 1..%u counts",
			   AEGIS_MAX_LANES);
	for (uint32_t j = 0; j < opt->n_shares; j++) {
		uint32_t k = opt->shares[j];
		if (k < 2 || k > AEGIS_MAX_LANES || k > n)
			return say(detail, len, AEGIS_E_CONFIG, "shared lanes: %u of them for %u "
				   "models (expected 2..%u, at most the models: every lane busy)",
				   k, n, AEGIS_MAX_LANES);
		for (uint32_t q = 0; q < j; q++)
			if (opt->shares[q] == k)
				return say(detail, len, AEGIS_E_CONFIG, "shared lanes: %u given "
					   "twice", k);
	}
	return AEGIS_OK;
}

/* One shared measurement: k lanes (check_shares: 2..n), every model; a point {sms,
 * shared: k} per model. */
static aegis_status measure_shared(const aegis_runtime_config *base,
				   const aegis_model_config *const *models, uint32_t n, uint32_t k,
				   uint32_t runs, uint32_t margin, aegis_profile *p, char *detail,
				   size_t len)
{
	struct shared_run s = {.n = n, .k = k, .want = runs, .left = n};
	aegis_runtime_config rc = measure_runtime_config(base, (struct measure_layout){0});
	rc.lanes = k;
	memset(rc.lane_sms, 0, sizeof rc.lane_sms);
	rc.lane_sharing = AEGIS_LANES_SHARED;
	rc.shared_slots = k; /* the simulated device: every lane at full speed */
	aegis_status st = AEGIS_E_NOMEM;
	s.id = calloc(n, sizeof *s.id);
	s.done = calloc(n, sizeof *s.done);
	s.exec = runs <= SIZE_MAX / sizeof *s.exec / n ? malloc((size_t)n * runs * sizeof *s.exec)
						       : NULL;
	s.lanes = calloc(k, sizeof *s.lanes);
	if (!s.id || !s.done || !s.exec || !s.lanes) {
		say(detail, len, st, "out of memory");
		goto out;
	}
	char why[256] = "";
	if ((st = aegis_runtime_create(&rc, &s.rt, why, sizeof why)) != AEGIS_OK) {
		say(detail, len, st, "%u shared lanes: %s", k, why);
		goto out;
	}
	aegis_lane_info li;
	uint32_t sms = aegis_runtime_lane_info(s.rt, 0, &li) == AEGIS_OK ? li.sm_count : 0;
	if (!sms) {
		st = say(detail, len, AEGIS_E_CONFIG, "%u shared lanes: their partition's size is "
			 "unknown (the simulated device needs a device profile's SM cap)", k);
		goto out;
	}
	for (uint32_t i = 0; i < n; i++) {
		aegis_model_config mc = measure_model_config(models[i], false); /* back to back */
		mc.lane = (int32_t)(i % k);
		if ((st = aegis_model_admit(s.rt, &mc, &s.id[i])) != AEGIS_OK) {
			say(detail, len, st, "model '%s' on %u shared lanes: %s", mc.name, k,
			    aegis_runtime_last_error(s.rt));
			goto out;
		}
	}
	for (uint32_t l = 0; l < k; l++) {
		s.lanes[l] = (struct shared_lane){.s = &s, .lane = l, .next = l};
		shared_submit(&s.lanes[l]);
	}
	while (!s.stopping && s.failed == AEGIS_OK)
		if ((st = aegis_runtime_run_for(s.rt, MEASURE_SLICE_NS)) != AEGIS_OK) {
			say(detail, len, st, "%u shared lanes: %s", k, aegis_runtime_last_error(s.rt));
			goto out;
		}
	if (s.failed != AEGIS_OK) {
		st = say(detail, len, s.failed, "%u shared lanes: a job failed: %s", k,
			 aegis_status_str(s.failed));
		goto out;
	}
	for (uint32_t i = 0; i < n; i++) {
		aegis_profile_point q = {.sms = sms, .shared = k};
		if (!point_of(s.exec + (size_t)i * runs, runs, margin, &q)) {
			st = say(detail, len, AEGIS_E_OVERFLOW, "model '%s': WCET overflows",
				 models[i]->name);
			goto out;
		}
		if ((st = curve_insert(&p->curves[i], &q)) != AEGIS_OK) {
			say(detail, len, st, "out of memory");
			goto out;
		}
	}
	p->version = p->version > 4 ? p->version : 4;
	st = AEGIS_OK;
out:
	s.stopping = true;
	aegis_runtime_destroy(s.rt); /* cancels what is queued, waits for what runs */
	free(s.id);
	free(s.done);
	free(s.exec);
	free(s.lanes);
	return st;
}

/* The device facts the neighbour needs (env->on false: not asked for). */
static aegis_status neighbour_env_of(const aegis_runtime_config *rt,
				     const aegis_profile_options *opt, struct neighbour_env *env,
				     char *detail, size_t len)
{
	*env = (struct neighbour_env){0};
	if (!opt || !opt->neighbour)
		return AEGIS_OK;
	if (!opt->n_lane_sizes)
		return say(detail, len, AEGIS_E_CONFIG, "a neighbour is measured at lane sizes: "
			   "give lane sizes too");
	aegis_device_info d;
	char why[256] = "";
	aegis_status st = aegis_device_query(rt->device, rt->device_ordinal, &d, why, sizeof why);
	if (st != AEGIS_OK)
		return say(detail, len, st, "the neighbour's lane: %s", why);
	const aegis_device_profile *dp = aegis_device_profile_find(rt->device_profile);
	env->on = true;
	env->cap = dp && (!d.sm_count || dp->sm_count < d.sm_count) ? dp->sm_count : d.sm_count;
	env->granularity = d.sm_granularity;
	env->budget_bytes = rt->memory_budget_bytes ? rt->memory_budget_bytes
			    : dp ? dp->memory_budget_bytes : 0;
	env->real = d.real_time;
	return AEGIS_OK;
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return (x > y) - (x < y);
}

/* The sizes to measure, sorted into p->sizes: distinct, >= 1, at most the limit. */
static aegis_status take_sizes(const aegis_profile_options *opt, aegis_profile *p, char *detail,
			       size_t len)
{
	uint32_t n = opt ? opt->n_lane_sizes : 0;
	if (!n)
		return AEGIS_OK;
	if (!opt->lane_sizes || n > AEGIS_PROFILE_MAX_SIZES)
		return say(detail, len, AEGIS_E_CONFIG, "lane sizes: 1..%u of them",
			   AEGIS_PROFILE_MAX_SIZES);
	if (!(p->sizes = malloc(n * sizeof *p->sizes)))
		return say(detail, len, AEGIS_E_NOMEM, "out of memory");
	memcpy(p->sizes, opt->lane_sizes, n * sizeof *p->sizes);
	qsort(p->sizes, n, sizeof *p->sizes, cmp_u32);
	for (uint32_t k = 0; k < n; k++)
		if (!p->sizes[k] || (k && p->sizes[k] == p->sizes[k - 1]))
			return say(detail, len, AEGIS_E_CONFIG, "lane sizes: %u %s", p->sizes[k],
				   p->sizes[k] ? "given twice" : "SMs (expected >= 1)");
	p->n_sizes = n;
	p->version = p->version > 2 ? p->version : 2;
	return AEGIS_OK;
}

aegis_status aegis_profile_measure(const aegis_runtime_config *rt,
				   const aegis_model_config *const *models, uint32_t n,
				   const aegis_profile_options *opt, aegis_profile **out,
				   char *detail, size_t detail_len)
{
	if (detail && detail_len)
		detail[0] = '\0';
	if (!out)
		return AEGIS_E_INVAL;
	*out = NULL;
	if (!rt || (!models && n))
		return say(detail, detail_len, AEGIS_E_INVAL, "invalid argument");
	uint32_t runs = opt && opt->runs ? opt->runs : AEGIS_PROFILE_DEFAULT_RUNS;
	uint32_t margin = opt && opt->margin_ppm ? opt->margin_ppm : AEGIS_PROFILE_DEFAULT_MARGIN_PPM;
	if (margin < 1000000u)
		return say(detail, detail_len, AEGIS_E_CONFIG, "margin %u ppm is below 1", margin);
	aegis_status st = AEGIS_OK;
	struct neighbour_env env = {0};
	aegis_profile *p = profile_alloc(n);
	int64_t *exec = malloc(runs * sizeof *exec);
	int64_t *ovh = malloc(runs * sizeof *ovh);
	int64_t *all_ovh = malloc((size_t)runs * (n ? n : 1) * sizeof *all_ovh);
	if (!p || !exec || !ovh || !all_ovh ||
	    !profile_set_str(&p->workload, opt ? opt->workload : NULL)) {
		st = say(detail, detail_len, AEGIS_E_NOMEM, "out of memory");
		goto out;
	}
	p->info.runs = runs;
	p->info.margin_ppm = margin;
	if ((st = take_sizes(opt, p, detail, detail_len)) != AEGIS_OK ||
	    (st = check_shares(opt, n, detail, detail_len)) != AEGIS_OK ||
	    (st = neighbour_env_of(rt, opt, &env, detail, detail_len)) != AEGIS_OK ||
	    (n && (st = memory_run(rt, models, n, p, detail, detail_len)) != AEGIS_OK))
		goto out;
	for (uint32_t i = 0; i < n; i++) {
		aegis_profile_model *pm = &p->models[i];
		if (!(pm->name = strdup(models[i]->name ? models[i]->name : ""))) {
			st = say(detail, detail_len, AEGIS_E_NOMEM, "out of memory");
			goto out;
		}
		p->n_models = i + 1;
		measure_run m = {.want = runs, .exec = exec, .overhead = ovh};
		struct measure_layout own = {0}; /* the workload's layout */
		if ((st = measure_one(rt, models[i], own, &m, p, pm, detail, detail_len)) != AEGIS_OK)
			goto out;
		memcpy(all_ovh + (size_t)i * runs, ovh, runs * sizeof *ovh);
		qsort(exec, runs, sizeof *exec, cmp_i64);
		pm->runs = runs;
		pm->min_ns = exec[0];
		pm->p50_ns = rank(exec, runs, 500);
		pm->p99_ns = rank(exec, runs, 990);
		pm->p999_ns = rank(exec, runs, 999);
		pm->max_ns = exec[runs - 1];
		if (!wcet_of(pm->max_ns, margin, &pm->wcet_ns)) {
			st = say(detail, detail_len, AEGIS_E_OVERFLOW, "model '%s': WCET overflows",
				 pm->name);
			goto out;
		}
		if (p->n_sizes &&
		    (st = measure_curve(rt, models[i], p->sizes, p->n_sizes, runs, margin, &env,
					exec, ovh, p, &p->curves[i], detail, detail_len)) != AEGIS_OK)
			goto out;
	}
	for (uint32_t j = 0; opt && j < opt->n_shares; j++)
		if ((st = measure_shared(rt, models, n, opt->shares[j], runs, margin, p, detail,
					 detail_len)) != AEGIS_OK)
			goto out;
	if (n) {
		size_t total = (size_t)runs * n;
		qsort(all_ovh, total, sizeof *all_ovh, cmp_i64);
		p->info.overhead_p50_ns = rank(all_ovh, total, 500);
		p->info.overhead_p99_ns = rank(all_ovh, total, 990);
		p->info.overhead_max_ns = all_ovh[total - 1];
	}
	profile_sync_info(p);
	*out = p;
	p = NULL;
out:
	aegis_profile_destroy(p);
	free(exec);
	free(ovh);
	free(all_ovh);
	return st;
}
