/* aegis-soak: a long run of the runtime from many threads (issue 19, `make soak`), on the
 * real-clock simulated device, that checks at the end that every request was accounted
 * for and that resident memory stayed flat. Public API only; not a test (not in ctest):
 * it runs for 30 minutes by default and prints figures.
 *
 * What runs: 16 sporadic models on 4 lanes (EDF, admission on, guarded memory pool), 8
 * of them with input and output tensors (their outputs checked against the simulated
 * backends' documented function of the inputs, docs/ARCHITECTURE.md "Life of a
 * request"), 6 with faults injected (overruns, failures, failed memory bindings, a hang)
 * and quarantine on; 8 submitting threads, each submitting then sleeping; a churn thread
 * that evicts one model every 100 ms, waits for it to drain, keeps its statistics and
 * admits it again; a recovery thread calling aegis_model_recover every 50 ms (on the
 * models quarantined until then; the others recover by their timer); the main thread
 * reporting. At the end a separate thread stops the runtime while the
 * submitters still run.
 */
#define _GNU_SOURCE /* clock_nanosleep, getopt_long */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <aegis/aegis.h>

#define US AEGIS_NS_PER_US
#define MS AEGIS_NS_PER_MS
#define S AEGIS_NS_PER_S

enum {
	MODELS = 16,
	LANES = 4,
	SUBMITTERS = 8,
	SLOTS = 4,            /* requests in flight per submitter, at most */
	MAX_IO = 2,           /* inputs (and outputs) of a model, at most */
	MAX_IN_BYTES = 12288, /* the largest tensor below */
	MAX_OUT_BYTES = 1024,
};

#define CHURN_EVERY_NS (100 * MS)
#define RECOVER_EVERY_NS (50 * MS)
#define DRAIN_LIMIT_NS (10 * S)   /* an evicted model must drain within this */
#define AFTER_STOP_NS (200 * MS)  /* the submitters go on this long after the stop */
#define WARMUP_NS (120 * S)       /* RSS baseline: the first sample after this ... */
#define RSS_SLACK_BYTES (8u << 20) /* allowed growth: 10% of the baseline + this */

/* ---- what the statistics of a model's incarnations add up to ----------------------------- */

struct tally {
	uint64_t released, accepted_rejected, rejected, completed, cancelled, failed, pending;
	uint64_t missed, overruns, quarantines, rejected_invalid;
	int64_t handoff_max_ns, response_max_ns;
};

static void tally_add(struct tally *t, const aegis_model_stats *s)
{
	uint64_t rej = s->rejected_queue_full + s->rejected_interarrival + s->skipped +
		       s->rejected_quarantined;
	t->released += s->released;
	t->rejected += rej;
	t->completed += s->completed;
	t->cancelled += s->cancelled;
	t->failed += s->failed;
	t->pending += s->pending;
	t->missed += s->missed;
	t->overruns += s->overruns;
	t->quarantines += s->quarantines;
	t->rejected_invalid += s->rejected_invalid;
	if (s->handoff_max_ns > t->handoff_max_ns)
		t->handoff_max_ns = s->handoff_max_ns;
	if (s->response_max_ns > t->response_max_ns)
		t->response_max_ns = s->response_max_ns;
}

/* ---- the models -------------------------------------------------------------------------- */

struct model {
	char name[16];
	aegis_sim_config sim;
	aegis_tensor_desc in[MAX_IO], out[MAX_IO];
	uint32_t n_in, n_out;
	aegis_model_config cfg;
	bool faulty; /* failures expected: injected, or queued jobs ended by a quarantine */
	_Atomic aegis_model_id id; /* the current incarnation's */
	_Atomic bool live;         /* admitted and not evicted */
	/* the submitters' view */
	_Atomic uint64_t calls, accepted, rejected, refused;
	/* the callbacks' view */
	_Atomic uint64_t cb_ok, cb_cancelled, cb_failed;
	_Atomic uint64_t cb_overrun; /* ... of them failed with E_OVERRUN */
	_Atomic int last_failure; /* the status of its last failed job */
	/* incarnations evicted and drained (churn thread, under soak.lock) */
	struct tally gone;
	uint32_t incarnations;
};

/* One request in flight: a submitter's, with the buffers of its data. */
enum { SLOT_FREE = 0, SLOT_BUSY, SLOT_DONE };
struct slot {
	struct soak *s;
	_Atomic int state;
	uint32_t model;       /* which model it went to (set before the submission) */
	aegis_status status;  /* the completion's (set before SLOT_DONE) */
	uint8_t in[MAX_IO][MAX_IN_BYTES];
	uint8_t out[MAX_IO][MAX_OUT_BYTES];
};

struct soak;

struct submitter {
	struct soak *s;
	uint32_t index;
	uint64_t rng;
	struct slot slot[SLOTS];
};

struct soak {
	aegis_runtime *rt;
	struct model m[MODELS];
	struct submitter sub[SUBMITTERS];
	pthread_mutex_t lock; /* the models' `gone` tallies */
	int64_t interval_ns;  /* a submitter's mean pause between submissions */
	_Atomic bool quit;      /* the helper threads end */
	_Atomic bool stopping;  /* aegis_runtime_stop has been called */
	_Atomic bool stopped;   /* ... and has returned */
	/* churn, recovery */
	_Atomic uint64_t admits, admit_refused, evicts, drain_max_ns, recovers;
	/* trace sink (drain thread) */
	_Atomic uint64_t ev_quarantined, ev_recovering, ev_healed, ev_overrun, ev_breach;
	_Atomic uint64_t ev_failed;
	/* errors: each one fails the run */
	_Atomic uint64_t unexpected, double_callbacks, bad_outputs, accepted_after_stop;
	_Atomic uint64_t undrained, warnings;
	/* after the stop */
	_Atomic uint64_t stop_cancelled, after_stop_calls, after_stop_state;
	_Atomic uint64_t checked_outputs;
	uint64_t in_flight_at_stop; /* requests not called back when the stop began (stop
				       thread, then main) */
	uint64_t noise_breaches; /* E_OVERRUN of models without faults (main thread) */
	_Atomic int64_t bad_status; /* the last unexpected status, for the message */
};

static int64_t now_ns(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (int64_t)t.tv_sec * S + t.tv_nsec;
}

static void nap(int64_t ns)
{
	struct timespec ts = {.tv_sec = ns / S, .tv_nsec = ns % S};
	while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
		;
}

static void sleep_until(int64_t t)
{
	struct timespec ts = {.tv_sec = t / S, .tv_nsec = t % S};
	while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) == EINTR)
		;
}

static uint64_t xorshift(uint64_t *x)
{
	*x ^= *x << 13, *x ^= *x >> 7, *x ^= *x << 17;
	return *x;
}

/* Resident memory of this process (/proc/self/statm), in bytes; 0 if unreadable. */
static uint64_t rss_bytes(void)
{
	FILE *f = fopen("/proc/self/statm", "r");
	unsigned long long size = 0, resident = 0;
	if (!f)
		return 0;
	int n = fscanf(f, "%llu %llu", &size, &resident);
	fclose(f);
	return n == 2 ? resident * (uint64_t)sysconf(_SC_PAGESIZE) : 0;
}

static double mib(uint64_t b)
{
	return (double)b / (1024.0 * 1024.0);
}

static aegis_tensor_desc tensor(const char *name, aegis_dtype t, uint32_t rank,
				const int64_t *shape)
{
	aegis_tensor_desc d = {.dtype = t, .rank = rank, .bytes = aegis_dtype_size(t)};
	snprintf(d.name, sizeof d.name, "%s", name);
	for (uint32_t i = 0; i < rank; i++) {
		d.shape[i] = shape[i];
		d.bytes *= (uint64_t)shape[i];
	}
	return d;
}

/* Model k: T = 2-5 ms, C = 150-750 us (uniform in [C/2, C]), queue of 2-4, one or two
 * segments, 256-448 KiB of weights and 128 KiB of activations; k % 4 == 0: a u8 frame
 * in, 256 scores out; k % 4 == 1: two inputs, two outputs (one of them not a multiple
 * of 8 bytes). The faults, each with quarantine on:
 *   2: 20% of jobs run 3x (within an overrun budget of 2 WCETs: overruns, no breach)
 *   5: 2% of jobs fail; quarantined until aegis_model_recover
 *   7: job 50 of each admission hangs 15 ms (a breach: quarantined at once, 100 ms)
 *  10: 5% of memory bindings fail; quarantined until aegis_model_recover
 *  12: every 20th job fails; quarantined for 50 ms
 *  13: 10% of jobs run 1.5x and are stopped at their boundary (E_OVERRUN)
 * (the lanes' analysis accounts for every budget, so all 16 are admitted). */
static void model_init(struct model *m, uint32_t k)
{
	snprintf(m->name, sizeof m->name, "m%02u", k);
	int64_t c = (150 + 40 * (int64_t)k) * US;
	m->sim = (aegis_sim_config){
		.exec = {.kind = AEGIS_EXEC_UNIFORM, .a_ns = c / 2, .b_ns = c},
		.n_segments = k % 3 == 0 || k == 13 ? 2 : 1,
		.memory = {.persistent_bytes = (256u + 64u * (k % 4)) << 10,
			   .transient_bytes = 128u << 10},
	};
	if (k % 4 == 0) {
		m->in[0] = tensor("frame", AEGIS_DTYPE_U8, 3, (const int64_t[]){1, 64, 64});
		m->out[0] = tensor("scores", AEGIS_DTYPE_F32, 2, (const int64_t[]){1, 256});
		m->n_in = m->n_out = 1;
	} else if (k % 4 == 1) {
		m->in[0] = tensor("image", AEGIS_DTYPE_F32, 4, (const int64_t[]){1, 3, 32, 32});
		m->in[1] = tensor("meta", AEGIS_DTYPE_F32, 2, (const int64_t[]){1, 16});
		m->out[0] = tensor("classes", AEGIS_DTYPE_F32, 2, (const int64_t[]){1, 10});
		m->out[1] = tensor("mask", AEGIS_DTYPE_U8, 2, (const int64_t[]){1, 100});
		m->n_in = m->n_out = 2;
	}
	m->sim.tensors = (aegis_model_tensors){.inputs = m->in, .n_inputs = m->n_in,
					       .outputs = m->out, .n_outputs = m->n_out};
	m->cfg = (aegis_model_config){
		.name = m->name,
		.release = AEGIS_RELEASE_SPORADIC,
		.period_ns = (2 + (int64_t)(k % 4)) * MS,
		.lane = AEGIS_LANE_AUTO,
		.queue_depth = 2 + k % 3,
		.backend_config = &m->sim,
	};
	aegis_fault_config *f = &m->cfg.faults;
	aegis_fault_injection *in = &m->cfg.inject;
	switch (k) {
	case 2:
		f->overrun_budget_ns = 2 * c;
		f->quarantine_after = 3;
		f->quarantine_ns = 200 * MS;
		in->slowdown = 3.0;
		in->slow_probability = 0.2;
		break;
	case 5:
		f->quarantine_after = 3;
		f->heal_after = 5;
		in->fail_probability = 0.02;
		break;
	case 7:
		f->quarantine_after = 1;
		f->quarantine_ns = 100 * MS;
		in->hang_nth = 50;
		in->hang_ns = 15 * MS;
		break;
	case 10:
		f->quarantine_after = 4;
		in->alloc_fail_probability = 0.05;
		break;
	case 12:
		f->quarantine_after = 2;
		f->quarantine_ns = 50 * MS;
		in->fail_nth = 20;
		in->fail_every = 20;
		break;
	case 13:
		f->on_overrun = AEGIS_OVERRUN_STOP;
		f->overrun_budget_ns = c / 2;
		f->quarantine_after = 5;
		in->slowdown = 1.5;
		in->slow_probability = 0.1;
		break;
	default:
		break;
	}
	m->faulty = f->quarantine_after > 0;
}

/* ---- the simulated backends' outputs (docs/ARCHITECTURE.md, "Life of a request") -------- */

/* h = FNV-1a (64-bit) over every input's bytes in order; word i of output j =
 * splitmix64(h + (j << 48) + i), little-endian, the last word cut at the tensor's end. */
static bool outputs_match(const struct model *m, const struct slot *sl)
{
	uint64_t h = UINT64_C(0xcbf29ce484222325);
	for (uint32_t k = 0; k < m->n_in; k++)
		for (uint64_t b = 0; b < m->in[k].bytes; b++)
			h = (h ^ sl->in[k][b]) * UINT64_C(0x100000001b3);
	for (uint32_t j = 0; j < m->n_out; j++) {
		for (uint64_t i = 0; i * 8 < m->out[j].bytes; i++) {
			uint64_t z = h + ((uint64_t)j << 48) + i + UINT64_C(0x9e3779b97f4a7c15);
			z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
			z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
			z ^= z >> 31;
			for (uint64_t b = 0; b < 8 && i * 8 + b < m->out[j].bytes; b++)
				if (sl->out[j][i * 8 + b] != (uint8_t)(z >> (8 * b)))
					return false;
		}
	}
	return true;
}

/* ---- callbacks ----------------------------------------------------------------------------- */

static void on_done(void *user, const aegis_completion *c)
{
	struct slot *sl = user;
	struct soak *s = sl->s;
	struct model *m = &s->m[sl->model];
	if (c->status == AEGIS_OK)
		atomic_fetch_add(&m->cb_ok, 1);
	else if (c->status == AEGIS_E_CANCELLED)
		atomic_fetch_add(&m->cb_cancelled, 1);
	else {
		atomic_fetch_add(&m->cb_failed, 1);
		if (c->status == AEGIS_E_OVERRUN)
			atomic_fetch_add(&m->cb_overrun, 1);
		atomic_store(&m->last_failure, (int)c->status);
	}
	if (c->status == AEGIS_E_CANCELLED && atomic_load(&s->stopping))
		atomic_fetch_add(&s->stop_cancelled, 1);
	int busy = SLOT_BUSY;
	sl->status = c->status;
	if (!atomic_compare_exchange_strong(&sl->state, &busy, SLOT_DONE))
		atomic_fetch_add(&s->double_callbacks, 1); /* a second call for one request */
}

/* The trace, on its drain thread: health transitions and faults. */
static void on_trace(void *user, const aegis_trace_event *ev, size_t n)
{
	struct soak *s = user;
	for (size_t i = 0; i < n; i++) {
		const aegis_trace_event *e = &ev[i];
		if (e->kind == AEGIS_EV_HEALTH) {
			if (e->arg2 == AEGIS_HEALTH_QUARANTINED)
				atomic_fetch_add(&s->ev_quarantined, 1);
			else if (e->arg2 == AEGIS_HEALTH_RECOVERING)
				atomic_fetch_add(&s->ev_recovering, 1);
			else if (e->arg2 == AEGIS_HEALTH_HEALTHY)
				atomic_fetch_add(&s->ev_healed, 1);
		} else if (e->kind == AEGIS_EV_FAULT) {
			if (e->count == AEGIS_FAULT_OVERRUN)
				atomic_fetch_add(&s->ev_overrun, 1);
			else if (e->count == AEGIS_FAULT_BREACH)
				atomic_fetch_add(&s->ev_breach, 1);
			else if (e->count == AEGIS_FAULT_FAILED)
				atomic_fetch_add(&s->ev_failed, 1);
		}
	}
}

static void on_log(void *user, aegis_log_level level, const char *msg)
{
	struct soak *s = user;
	if (level == AEGIS_LOG_WARN)
		atomic_fetch_add(&s->warnings, 1);
	fprintf(stderr, "aegis-soak: library: %s\n", msg);
}

/* ---- submitters ---------------------------------------------------------------------------- */

/* A finished slot: its outputs checked (an OK job of a model with outputs), then free. */
static void reclaim(struct soak *s, struct slot *sl)
{
	if (atomic_load(&sl->state) != SLOT_DONE)
		return;
	const struct model *m = &s->m[sl->model];
	if (sl->status == AEGIS_OK && m->n_out) {
		atomic_fetch_add(&s->checked_outputs, 1);
		if (!outputs_match(m, sl))
			atomic_fetch_add(&s->bad_outputs, 1);
	}
	atomic_store(&sl->state, SLOT_FREE);
}

static void unexpected(struct soak *s, aegis_status st)
{
	atomic_store(&s->bad_status, (int64_t)st);
	atomic_fetch_add(&s->unexpected, 1);
}

static void *submit_main(void *arg)
{
	struct submitter *me = arg;
	struct soak *s = me->s;
	while (!atomic_load(&s->quit)) {
		struct slot *sl = NULL;
		for (int i = 0; i < SLOTS; i++) {
			reclaim(s, &me->slot[i]);
			if (!sl && atomic_load(&me->slot[i].state) == SLOT_FREE)
				sl = &me->slot[i];
		}
		/* the pause: uniform in [interval / 2, 3 interval / 2] */
		int64_t pause = s->interval_ns / 2 +
				(int64_t)(xorshift(&me->rng) % (uint64_t)(s->interval_ns + 1));
		if (!sl) { /* every request of this thread still in flight */
			nap(pause);
			continue;
		}
		uint32_t k = (uint32_t)(xorshift(&me->rng) % MODELS);
		struct model *m = &s->m[k];
		aegis_buffer in[MAX_IO], out[MAX_IO];
		for (uint32_t i = 0; i < m->n_in; i++) {
			uint64_t x = xorshift(&me->rng);
			for (uint64_t b = 0; b < m->in[i].bytes; b += 8) {
				uint64_t w = xorshift(&x);
				memcpy(&sl->in[i][b], &w, m->in[i].bytes - b < 8 ? m->in[i].bytes - b : 8);
			}
			in[i] = (aegis_buffer){.host = sl->in[i], .bytes = m->in[i].bytes};
		}
		for (uint32_t j = 0; j < m->n_out; j++)
			out[j] = (aegis_buffer){.host = sl->out[j], .bytes = m->out[j].bytes};
		sl->model = k;
		atomic_store(&sl->state, SLOT_BUSY);
		aegis_request req = {.done = on_done, .user = sl, .inputs = in,
				     .n_inputs = m->n_in, .outputs = out, .n_outputs = m->n_out};
		bool after_stop = atomic_load(&s->stopped);
		aegis_status st = aegis_request_submit(s->rt, atomic_load(&m->id), &req);
		atomic_fetch_add(&m->calls, 1);
		switch (st) {
		case AEGIS_OK:
			atomic_fetch_add(&m->accepted, 1);
			if (after_stop)
				atomic_fetch_add(&s->accepted_after_stop, 1);
			break;
		case AEGIS_E_QUEUE_FULL:
		case AEGIS_E_INTERARRIVAL:
		case AEGIS_E_SKIPPED:
		case AEGIS_E_QUARANTINED: /* the release rule's: counted in the stats */
			atomic_fetch_add(&m->rejected, 1);
			atomic_store(&sl->state, SLOT_FREE);
			break;
		case AEGIS_E_STATE:     /* evicted, or the runtime stopped */
		case AEGIS_E_NOT_FOUND: /* an id whose slot took another model */
			atomic_fetch_add(&m->refused, 1);
			atomic_store(&sl->state, SLOT_FREE);
			break;
		default:
			unexpected(s, st);
			atomic_store(&sl->state, SLOT_FREE);
			break;
		}
		if (after_stop) {
			atomic_fetch_add(&s->after_stop_calls, 1);
			if (st == AEGIS_E_STATE)
				atomic_fetch_add(&s->after_stop_state, 1);
		}
		nap(pause);
	}
	return NULL;
}

/* ---- churn and recovery -------------------------------------------------------------------- */

/* Evicts model k, waits until it has drained and adds its statistics to the model's
 * tally. Returns false once the runtime refuses (it stopped). */
static bool evict_one(struct soak *s, struct model *m)
{
	aegis_model_id id = atomic_load(&m->id);
	aegis_status st = aegis_model_evict(s->rt, id);
	if (st != AEGIS_OK) {
		if (st != AEGIS_E_STATE)
			unexpected(s, st);
		return false;
	}
	atomic_store(&m->live, false);
	atomic_fetch_add(&s->evicts, 1);
	int64_t t0 = now_ns();
	aegis_model_stats ms;
	for (;;) {
		if ((st = aegis_model_stats_get(s->rt, id, &ms)) != AEGIS_OK) {
			unexpected(s, st);
			return false;
		}
		if (ms.pending == 0)
			break;
		if (now_ns() - t0 > DRAIN_LIMIT_NS) {
			atomic_fetch_add(&s->undrained, 1);
			break;
		}
		nap(1 * MS);
	}
	uint64_t waited = (uint64_t)(now_ns() - t0);
	if (waited > atomic_load(&s->drain_max_ns))
		atomic_store(&s->drain_max_ns, waited);
	pthread_mutex_lock(&s->lock);
	tally_add(&m->gone, &ms);
	m->incarnations++;
	pthread_mutex_unlock(&s->lock);
	return true;
}

/* Admits model m (again). Returns false once the runtime refuses (it stopped). */
static bool admit_one(struct soak *s, struct model *m)
{
	aegis_model_id id;
	aegis_status st = aegis_model_admit(s->rt, &m->cfg, &id);
	if (st == AEGIS_OK) {
		atomic_store(&m->id, id);
		atomic_store(&m->live, true);
		atomic_fetch_add(&s->admits, 1);
		return true;
	}
	if (st == AEGIS_E_STATE)
		return false;
	/* refused (unschedulable where AUTO placed the others, or the pool fragmented):
	 * counted, tried again on its next turn */
	atomic_fetch_add(&s->admit_refused, 1);
	return true;
}

static void *churn_main(void *arg)
{
	struct soak *s = arg;
	int64_t next = now_ns();
	for (uint32_t round = 0; !atomic_load(&s->quit); round++) {
		next += CHURN_EVERY_NS;
		sleep_until(next);
		struct model *m = &s->m[round % MODELS];
		if (atomic_load(&m->live) && !evict_one(s, m))
			break;
		if (!admit_one(s, m))
			break;
	}
	return NULL;
}

/* Recovers the models quarantined until aegis_model_recover, every 50 ms. */
static void *recover_main(void *arg)
{
	struct soak *s = arg;
	while (!atomic_load(&s->quit) && !atomic_load(&s->stopping)) {
		nap(RECOVER_EVERY_NS);
		for (uint32_t k = 0; k < MODELS; k++) {
			struct model *m = &s->m[k];
			/* those whose quarantine lasts until recovered; the others' end by
			 * their timer */
			if (!m->faulty || m->cfg.faults.quarantine_ns || !atomic_load(&m->live))
				continue;
			aegis_status st = aegis_model_recover(s->rt, atomic_load(&m->id));
			if (st == AEGIS_OK)
				atomic_fetch_add(&s->recovers, 1);
			else if (st != AEGIS_E_STATE && st != AEGIS_E_NOT_FOUND)
				unexpected(s, st); /* STATE: not quarantined; NOT_FOUND: evicted */
		}
	}
	return NULL;
}

static void *stop_main(void *arg)
{
	struct soak *s = arg;
	for (uint32_t i = 0; i < SUBMITTERS; i++)
		for (int k = 0; k < SLOTS; k++)
			s->in_flight_at_stop += atomic_load(&s->sub[i].slot[k].state) == SLOT_BUSY;
	atomic_store(&s->stopping, true);
	aegis_status st = aegis_runtime_stop(s->rt);
	if (st != AEGIS_OK)
		unexpected(s, st);
	atomic_store(&s->stopped, true);
	return NULL;
}

/* ---- reports ------------------------------------------------------------------------------- */

struct totals {
	uint64_t calls, accepted, rejected, refused, ok, cancelled, failed;
	int64_t handoff_max_ns, response_max_ns;
	uint64_t quarantines, missed, overruns;
};

/* The submitters' and callbacks' counts, and the largest hand-off and response of the
 * models gone and of those admitted now. */
static struct totals totals(struct soak *s)
{
	struct totals t = {.handoff_max_ns = -1, .response_max_ns = -1};
	for (uint32_t k = 0; k < MODELS; k++) {
		struct model *m = &s->m[k];
		t.calls += atomic_load(&m->calls);
		t.accepted += atomic_load(&m->accepted);
		t.rejected += atomic_load(&m->rejected);
		t.refused += atomic_load(&m->refused);
		t.ok += atomic_load(&m->cb_ok);
		t.cancelled += atomic_load(&m->cb_cancelled);
		t.failed += atomic_load(&m->cb_failed);
		struct tally all = {.handoff_max_ns = -1, .response_max_ns = -1};
		pthread_mutex_lock(&s->lock);
		all = m->gone;
		pthread_mutex_unlock(&s->lock);
		aegis_model_stats ms;
		if (atomic_load(&m->live) &&
		    aegis_model_stats_get(s->rt, atomic_load(&m->id), &ms) == AEGIS_OK)
			tally_add(&all, &ms); /* (one being evicted now may be missed) */
		if (all.handoff_max_ns > t.handoff_max_ns)
			t.handoff_max_ns = all.handoff_max_ns;
		if (all.response_max_ns > t.response_max_ns)
			t.response_max_ns = all.response_max_ns;
		t.quarantines += all.quarantines;
		t.missed += all.missed;
		t.overruns += all.overruns;
	}
	return t;
}

static void report_header(void)
{
	printf("%8s %10s %10s %10s %9s %8s %10s %8s %7s %7s %6s %6s %8s %11s %11s\n", "elapsed",
	       "submits", "accepted", "completed", "cancelled", "failed", "rejected", "refused",
	       "admits", "evicts", "quar", "recov", "rss_MiB", "handoff_max", "resp_max");
}

static void report_line(struct soak *s, int64_t elapsed_ns, uint64_t rss)
{
	struct totals t = totals(s);
	char h[32], r[32];
	aegis_duration_format(t.handoff_max_ns < 0 ? 0 : t.handoff_max_ns, h, sizeof h);
	aegis_duration_format(t.response_max_ns < 0 ? 0 : t.response_max_ns, r, sizeof r);
	printf("%7llds %10llu %10llu %10llu %9llu %8llu %10llu %8llu %7llu %7llu %6llu %6llu "
	       "%8.1f %11s %11s\n",
	       (long long)(elapsed_ns / S), (unsigned long long)t.calls,
	       (unsigned long long)t.accepted, (unsigned long long)t.ok,
	       (unsigned long long)t.cancelled, (unsigned long long)t.failed,
	       (unsigned long long)t.rejected, (unsigned long long)t.refused,
	       (unsigned long long)atomic_load(&s->admits),
	       (unsigned long long)atomic_load(&s->evicts),
	       (unsigned long long)atomic_load(&s->ev_quarantined),
	       (unsigned long long)atomic_load(&s->ev_recovering), mib(rss), h, r);
}

/* ---- the end: every model's books ------------------------------------------------------ */

static int fails;

static void check(bool ok, const char *fmt, ...)
{
	if (ok)
		return;
	va_list ap;
	va_start(ap, fmt);
	printf("FAIL: ");
	vprintf(fmt, ap);
	printf("\n");
	va_end(ap);
	fails++;
}

static void check_models(struct soak *s)
{
	printf("\n%-4s %5s %9s %9s %9s %8s %9s %9s %9s %8s %7s %7s %7s %5s\n", "model", "adm",
	       "calls", "released", "accepted", "rejected", "refused", "completed", "cancelled",
	       "failed", "missed", "overrun", "quar", "books");
	for (uint32_t k = 0; k < MODELS; k++) {
		struct model *m = &s->m[k];
		struct tally t = m->gone;
		uint32_t inc = m->incarnations;
		aegis_model_stats ms;
		if (atomic_load(&m->live)) {
			aegis_status st = aegis_model_stats_get(s->rt, atomic_load(&m->id), &ms);
			check(st == AEGIS_OK, "%s: stats: %s", m->name, aegis_status_name(st));
			if (st == AEGIS_OK)
				tally_add(&t, &ms);
			inc++;
		}
		uint64_t calls = atomic_load(&m->calls), acc = atomic_load(&m->accepted);
		uint64_t rej = atomic_load(&m->rejected), ref = atomic_load(&m->refused);
		uint64_t ok = atomic_load(&m->cb_ok), can = atomic_load(&m->cb_cancelled);
		uint64_t bad = atomic_load(&m->cb_failed);
		int before = fails;
		/* the submitters' counts against the model's statistics */
		check(calls == acc + rej + ref, "%s: %llu calls != %llu accepted + %llu rejected + "
		      "%llu refused", m->name, (unsigned long long)calls, (unsigned long long)acc,
		      (unsigned long long)rej, (unsigned long long)ref);
		check(t.released == acc + rej, "%s: released %llu != accepted %llu + rejected %llu",
		      m->name, (unsigned long long)t.released, (unsigned long long)acc,
		      (unsigned long long)rej);
		check(t.rejected == rej, "%s: rejections in the stats %llu != %llu seen by the "
		      "submitters", m->name, (unsigned long long)t.rejected, (unsigned long long)rej);
		check(t.completed + t.cancelled + t.failed == acc,
		      "%s: completed %llu + cancelled %llu + failed %llu != accepted %llu", m->name,
		      (unsigned long long)t.completed, (unsigned long long)t.cancelled,
		      (unsigned long long)t.failed, (unsigned long long)acc);
		check(t.pending == 0, "%s: %llu pending after the stop", m->name,
		      (unsigned long long)t.pending);
		/* every accepted request called back once, with the status the stats counted */
		check(ok + can + bad == acc, "%s: %llu callbacks for %llu accepted requests",
		      m->name, (unsigned long long)(ok + can + bad), (unsigned long long)acc);
		check(ok == t.completed && can == t.cancelled && bad == t.failed,
		      "%s: callbacks ok/cancelled/failed %llu/%llu/%llu, stats %llu/%llu/%llu",
		      m->name, (unsigned long long)ok, (unsigned long long)can,
		      (unsigned long long)bad, (unsigned long long)t.completed,
		      (unsigned long long)t.cancelled, (unsigned long long)t.failed);
		check(t.rejected_invalid == 0, "%s: %llu requests refused for their buffers",
		      m->name, (unsigned long long)t.rejected_invalid);
		/* A model without faults fails a job only when the host delayed the
		 * dispatcher's view of a segment's end past the job's budget (on the simulated
		 * device a segment is charged up to its observed end, docs/FAULTS.md): a breach
		 * (no overrun budget), which stops a job of two segments with E_OVERRUN. */
		uint64_t noise = atomic_load(&m->cb_overrun);
		if (!m->faulty)
			s->noise_breaches += noise;
		check(m->faulty || t.failed == noise, "%s: no faults injected, yet %llu jobs failed "
		      "(the last with %s)", m->name, (unsigned long long)(t.failed - noise),
		      aegis_status_name((aegis_status)atomic_load(&m->last_failure)));
		printf("%-5s %4u %9llu %9llu %9llu %8llu %9llu %9llu %9llu %8llu %7llu %7llu %7llu "
		       "%5s\n", m->name, inc, (unsigned long long)calls,
		       (unsigned long long)t.released, (unsigned long long)acc,
		       (unsigned long long)rej, (unsigned long long)ref,
		       (unsigned long long)t.completed, (unsigned long long)t.cancelled,
		       (unsigned long long)t.failed, (unsigned long long)t.missed,
		       (unsigned long long)t.overruns, (unsigned long long)t.quarantines,
		       fails == before ? "ok" : "FAIL");
	}
}

/* ---- main ---------------------------------------------------------------------------------- */

static void usage(FILE *f)
{
	fprintf(f,
		"usage: aegis-soak [--seconds N] [--report-every S] [--interval-us U] "
		"[--no-rss-check]\n"
		"\n"
		"Runs 16 sporadic models (8 with tensors, 6 with injected faults) on 4 lanes of the\n"
		"real-clock simulated device, with 8 threads submitting, one evicting and\n"
		"re-admitting a model every 100 ms and one recovering quarantined models every\n"
		"50 ms; then stops the runtime from another thread while the submitters go on.\n"
		"Prints one line every report interval; at the end checks every model's books\n"
		"(submit calls = accepted + rejected + refused, released = accepted + rejected,\n"
		"accepted = completed + cancelled + failed, one callback per accepted request\n"
		"with the status the statistics counted, outputs equal to the simulated\n"
		"backend's function of the inputs) and that resident memory after warm-up (the\n"
		"first sample after 2 minutes, or after 10%% of a run shorter than 20 minutes)\n"
		"grew by at most 10%% + 8 MiB.\n"
		"\n"
		"  --seconds N        how long to run (default 1800)\n"
		"  --report-every S   seconds between report lines (default 60)\n"
		"  --interval-us U    each submitter's mean pause between submissions (default 1000)\n"
		"  --no-rss-check     print the RSS figures without checking them (for builds with\n"
		"                     AddressSanitizer, whose quarantine holds freed memory)\n"
		"  --help             this text\n"
		"\n"
		"Exit status: 0 all checks held, 1 a check failed, 2 usage.\n");
}

static bool parse_positive(const char *text, long long max, long long *out)
{
	char *end;
	errno = 0;
	long long v = strtoll(text, &end, 10);
	if (errno || end == text || *end || v <= 0 || v > max)
		return false;
	*out = v;
	return true;
}

int main(int argc, char **argv)
{
	long long seconds = 1800, report_every = 60, interval_us = 1000;
	bool rss_check = true;
	static const struct option opts[] = {
		{"seconds", required_argument, NULL, 's'},
		{"report-every", required_argument, NULL, 'r'},
		{"interval-us", required_argument, NULL, 'i'},
		{"no-rss-check", no_argument, NULL, 'n'},
		{"help", no_argument, NULL, 'h'},
		{0},
	};
	int c;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		bool ok = true;
		switch (c) {
		case 's': ok = parse_positive(optarg, 30LL * 86400, &seconds); break;
		case 'r': ok = parse_positive(optarg, 86400, &report_every); break;
		case 'i': ok = parse_positive(optarg, 1000000, &interval_us); break;
		case 'n': rss_check = false; break;
		case 'h': usage(stdout); return 0;
		default: usage(stderr); return 2;
		}
		if (!ok) {
			fprintf(stderr, "aegis-soak: --%s: a positive whole number expected, not '%s'\n",
				opts[c == 's' ? 0 : c == 'r' ? 1 : 2].name, optarg);
			return 2;
		}
	}
	if (optind < argc) {
		usage(stderr);
		return 2;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);

	static struct soak soak;
	struct soak *s = &soak;
	s->interval_ns = interval_us * US;
	pthread_mutex_init(&s->lock, NULL);
	for (uint32_t k = 0; k < MODELS; k++) {
		model_init(&s->m[k], k);
		s->m[k].gone = (struct tally){.handoff_max_ns = -1, .response_max_ns = -1};
	}
	aegis_runtime_config cfg = {
		.lanes = LANES,
		.policy = AEGIS_POLICY_EDF,
		.seed = 19,
		.clock = AEGIS_CLOCK_REAL,
		.trace = {.fn = on_trace, .user = s},
		.memory_budget_bytes = 32u << 20,
		.memory_guard = true,
		.log = on_log,
		.log_user = s,
	};
	char err[512];
	if (aegis_runtime_create(&cfg, &s->rt, err, sizeof err) != AEGIS_OK) {
		fprintf(stderr, "aegis-soak: create: %s\n", err);
		return 1;
	}
	for (uint32_t k = 0; k < MODELS; k++) {
		aegis_model_id id;
		if (aegis_model_admit(s->rt, &s->m[k].cfg, &id) != AEGIS_OK) {
			fprintf(stderr, "aegis-soak: admit %s: %s\n", s->m[k].name,
				aegis_runtime_last_error(s->rt));
			return 1;
		}
		atomic_store(&s->m[k].id, id);
		atomic_store(&s->m[k].live, true);
	}
	aegis_memory_totals mem0;
	aegis_runtime_memory(s->rt, &mem0);
	int64_t warm_ns = seconds * S >= 10 * WARMUP_NS ? WARMUP_NS : seconds * S / 10;
	printf("aegis-soak: %lld s, %d models on %d lanes (EDF, real clock, guarded pool of "
	       "%.0f MiB, %.1f MiB planned), %d submitters every %lld us, churn every %lld ms, "
	       "recovery every %lld ms; RSS baseline after %lld s\n",
	       seconds, MODELS, LANES, mib(mem0.budget), mib(mem0.planned), SUBMITTERS,
	       interval_us, (long long)(CHURN_EVERY_NS / MS), (long long)(RECOVER_EVERY_NS / MS),
	       (long long)(warm_ns / S));
	if (aegis_runtime_start(s->rt) != AEGIS_OK) {
		fprintf(stderr, "aegis-soak: start: %s\n", aegis_runtime_last_error(s->rt));
		return 1;
	}

	pthread_t sub[SUBMITTERS], churn, recover, stop;
	for (uint32_t i = 0; i < SUBMITTERS; i++) {
		s->sub[i] = (struct submitter){.s = s, .index = i,
					       .rng = UINT64_C(0x9E3779B97F4A7C15) * (i + 1)};
		for (int k = 0; k < SLOTS; k++)
			s->sub[i].slot[k].s = s;
		pthread_create(&sub[i], NULL, submit_main, &s->sub[i]);
	}
	pthread_create(&churn, NULL, churn_main, s);
	pthread_create(&recover, NULL, recover_main, s);

	/* RSS once a second; a line every report interval */
	report_header();
	int64_t t0 = now_ns(), end = t0 + seconds * S, next_report = t0 + report_every * S;
	uint64_t rss_warm = 0, rss_max_after = 0, rss_start = rss_bytes(), rss = rss_start;
	int64_t rss_warm_at = 0, rss_max_at = 0;
	for (int64_t t = t0 + S; t <= end; t += S) {
		sleep_until(t);
		rss = rss_bytes();
		if (!rss_warm && t - t0 >= warm_ns) {
			rss_warm = rss_max_after = rss;
			rss_warm_at = rss_max_at = t - t0;
		} else if (rss_warm && rss > rss_max_after) {
			rss_max_after = rss;
			rss_max_at = t - t0;
		}
		if (t >= next_report || t == end) {
			report_line(s, t - t0, rss);
			next_report += report_every * S;
		}
	}

	/* the stop, from its own thread, while the submitters go on */
	pthread_create(&stop, NULL, stop_main, s);
	pthread_join(stop, NULL);
	nap(AFTER_STOP_NS);
	atomic_store(&s->quit, true);
	for (uint32_t i = 0; i < SUBMITTERS; i++)
		pthread_join(sub[i], NULL);
	pthread_join(churn, NULL);
	pthread_join(recover, NULL);
	int64_t stopped_after = now_ns() - t0;

	/* every slot ended: no callback missing */
	uint64_t in_flight = 0;
	for (uint32_t i = 0; i < SUBMITTERS; i++)
		for (int k = 0; k < SLOTS; k++) {
			reclaim(s, &s->sub[i].slot[k]);
			in_flight += atomic_load(&s->sub[i].slot[k].state) != SLOT_FREE;
		}
	struct totals t = totals(s);
	printf("after the stop (%lld ms after the last line) and the joins:\n",
	       (long long)((stopped_after - seconds * S) / MS));
	report_line(s, stopped_after, rss_bytes());
	check_models(s);

	aegis_memory_totals mem1;
	aegis_runtime_memory(s->rt, &mem1);
	uint64_t recorded = 0, dropped = 0;
	aegis_runtime_trace_counts(s->rt, &recorded, &dropped);
	char h[32], r[32], d[32];
	aegis_duration_format(t.handoff_max_ns < 0 ? 0 : t.handoff_max_ns, h, sizeof h);
	aegis_duration_format(t.response_max_ns < 0 ? 0 : t.response_max_ns, r, sizeof r);
	aegis_duration_format((int64_t)atomic_load(&s->drain_max_ns), d, sizeof d);
	printf("\ntotals: %llu submit calls = %llu accepted + %llu rejected + %llu refused "
	       "(evicted or stopped); accepted = %llu completed + %llu cancelled + %llu failed; "
	       "%llu missed deadlines, %llu overruns\n",
	       (unsigned long long)t.calls, (unsigned long long)t.accepted,
	       (unsigned long long)t.rejected, (unsigned long long)t.refused,
	       (unsigned long long)t.ok, (unsigned long long)t.cancelled,
	       (unsigned long long)t.failed, (unsigned long long)t.missed,
	       (unsigned long long)t.overruns);
	printf("host noise: %llu jobs of models without faults stopped with AEGIS_E_OVERRUN "
	       "(a segment's end seen past its budget)\n", (unsigned long long)s->noise_breaches);
	printf("callbacks: %llu, double %llu, missing %llu; outputs checked %llu, wrong %llu\n",
	       (unsigned long long)(t.ok + t.cancelled + t.failed),
	       (unsigned long long)atomic_load(&s->double_callbacks),
	       (unsigned long long)in_flight, (unsigned long long)atomic_load(&s->checked_outputs),
	       (unsigned long long)atomic_load(&s->bad_outputs));
	printf("churn: %llu admissions (%llu refused), %llu evictions, longest drain %s; "
	       "admission refusals in the runtime: %llu\n",
	       (unsigned long long)atomic_load(&s->admits),
	       (unsigned long long)atomic_load(&s->admit_refused),
	       (unsigned long long)atomic_load(&s->evicts), d,
	       (unsigned long long)aegis_runtime_refusal_count(s->rt));
	printf("faults (trace): %llu overruns, %llu breaches, %llu failed jobs; health: %llu "
	       "quarantines (stats: %llu), %llu recoveries (%llu by aegis_model_recover), "
	       "%llu back to healthy\n",
	       (unsigned long long)atomic_load(&s->ev_overrun),
	       (unsigned long long)atomic_load(&s->ev_breach),
	       (unsigned long long)atomic_load(&s->ev_failed),
	       (unsigned long long)atomic_load(&s->ev_quarantined),
	       (unsigned long long)t.quarantines,
	       (unsigned long long)atomic_load(&s->ev_recovering),
	       (unsigned long long)atomic_load(&s->recovers),
	       (unsigned long long)atomic_load(&s->ev_healed));
	printf("stop: about %llu requests in flight when it was called, %llu queued ones "
	       "cancelled by it; %llu submissions after it returned, "
	       "%llu of them AEGIS_E_STATE, %llu accepted\n",
	       (unsigned long long)s->in_flight_at_stop,
	       (unsigned long long)atomic_load(&s->stop_cancelled),
	       (unsigned long long)atomic_load(&s->after_stop_calls),
	       (unsigned long long)atomic_load(&s->after_stop_state),
	       (unsigned long long)atomic_load(&s->accepted_after_stop));
	printf("trace: %llu events recorded, %llu dropped; memory plan: %.2f MiB planned at "
	       "the start, %.2f MiB at the end (%.2f MiB in arenas)\n",
	       (unsigned long long)recorded, (unsigned long long)dropped, mib(mem0.planned),
	       mib(mem1.planned), mib(mem1.arenas));
	printf("max hand-off %s, max response %s\n", h, r);

	check(atomic_load(&s->unexpected) == 0, "%llu unexpected statuses (the last: %s)",
	      (unsigned long long)atomic_load(&s->unexpected),
	      aegis_status_name((aegis_status)atomic_load(&s->bad_status)));
	check(atomic_load(&s->double_callbacks) == 0, "a request was called back twice");
	check(in_flight == 0, "%llu accepted requests never called back",
	      (unsigned long long)in_flight);
	check(atomic_load(&s->bad_outputs) == 0, "outputs not the function of their inputs");
	check(atomic_load(&s->undrained) == 0, "an evicted model did not drain in 10 s");
	check(atomic_load(&s->accepted_after_stop) == 0, "a submission after the stop accepted");
	check(atomic_load(&s->after_stop_calls) > 0, "no submission after the stop was tried");
	check(atomic_load(&s->warnings) == 0, "the library warned (see stderr)");
	check(atomic_load(&s->admits) > 0 && atomic_load(&s->evicts) > 0, "no churn happened");

	aegis_runtime_destroy(s->rt);
	uint64_t rss_end = rss_bytes();
	/* RSS: flat after warm-up */
	if (rss_warm) {
		double growth = mib(rss_max_after) - mib(rss_warm);
		double pct = 100.0 * ((double)rss_max_after - (double)rss_warm) / (double)rss_warm;
		printf("rss: %.1f MiB at the start, %.1f MiB after warm-up (%llds), max %.1f MiB "
		       "afterwards (%llds): growth %+.2f MiB (%+.2f%%), limit 10%% + 8 MiB; "
		       "%.1f MiB after destroy\n",
		       mib(rss_start), mib(rss_warm), (long long)(rss_warm_at / S),
		       mib(rss_max_after), (long long)(rss_max_at / S), growth, pct, mib(rss_end));
		check(!rss_check || rss_max_after <= rss_warm + rss_warm / 10 + RSS_SLACK_BYTES,
		      "resident memory grew after warm-up");
		if (!rss_check)
			printf("rss: not checked (--no-rss-check)\n");
	} else {
		check(false, "the run ended before its warm-up");
	}
	printf("%s\n", fails ? "aegis-soak: FAILED" : "aegis-soak: every check held");
	return fails ? 1 : 0;
}
