/* The intake's gates and the pending marks (intake.h). Every field of a gate is read
 * and written under its lock; the chunk pointers and pending marks are atomics. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sched/intake.h"

void intake_init(struct intake *in, struct waker *waker)
{
	for (uint32_t i = 0; i < AEGIS_MAX_MODELS / INTAKE_CHUNK; i++)
		atomic_init(&in->chunk[i], NULL);
	for (uint32_t i = 0; i < AEGIS_MAX_MODELS / 64; i++)
		atomic_init(&in->pending[i], 0);
	atomic_init(&in->any_pending, 0);
	atomic_init(&in->accepting, true);
	atomic_init(&in->fatal, AEGIS_OK);
	in->waker = waker;
}

void intake_deinit(struct intake *in)
{
	for (uint32_t i = 0; i < AEGIS_MAX_MODELS / INTAKE_CHUNK; i++) {
		struct gate *c = atomic_load(&in->chunk[i]);
		if (!c)
			continue;
		for (uint32_t k = 0; k < INTAKE_CHUNK; k++) {
			free(c[k].inbox);
			free(c[k].next_inbox);
		}
		free(c);
		atomic_store(&in->chunk[i], NULL);
	}
}

struct gate *intake_gate(struct intake *in, uint32_t slot)
{
	if (slot >= AEGIS_MAX_MODELS)
		return NULL;
	struct gate *c = atomic_load_explicit(&in->chunk[slot / INTAKE_CHUNK],
					      memory_order_acquire);
	return c ? &c[slot % INTAKE_CHUNK] : NULL;
}

struct gate *intake_gate_make(struct intake *in, uint32_t slot)
{
	struct gate *g = intake_gate(in, slot);
	if (g || slot >= AEGIS_MAX_MODELS)
		return g;
	struct gate *c = calloc(INTAKE_CHUNK, sizeof *c);
	if (!c)
		return NULL;
	for (uint32_t k = 0; k < INTAKE_CHUNK; k++) {
		spin_init(&c[k].lock);
		c[k].id = AEGIS_NO_MODEL;
	}
	/* published last: a reader that sees the pointer sees initialised gates */
	atomic_store_explicit(&in->chunk[slot / INTAKE_CHUNK], c, memory_order_release);
	return &c[slot % INTAKE_CHUNK];
}

aegis_status intake_reserve(struct intake *in, uint32_t slot, bool sporadic, uint32_t depth)
{
	struct gate *g = intake_gate_make(in, slot);
	if (!g)
		return AEGIS_E_NOMEM;
	struct submission *box = sporadic ? calloc(depth, sizeof *box) : NULL;
	if (sporadic && !box)
		return AEGIS_E_NOMEM;
	spin_lock(&g->lock);
	free(g->next_inbox); /* an admission that was refused after its reservation */
	g->next_inbox = box;
	spin_unlock(&g->lock);
	return AEGIS_OK;
}

void intake_open(struct intake *in, uint32_t slot, aegis_model_id id, const char *name,
		 bool sporadic, int64_t period_ns, int64_t deadline_ns, uint32_t depth,
		 struct staging *staging)
{
	struct gate *g = intake_gate(in, slot);
	struct submission *box = g->next_inbox;
	spin_lock(&g->lock);
	g->next_inbox = NULL;
	free(g->inbox); /* the slot's last model had nothing parked: it was drained */
	g->id = id;
	snprintf(g->name, sizeof g->name, "%s", name);
	g->live = true;
	g->sporadic = sporadic;
	g->evicted = g->quarantined = g->skip_next = false;
	g->period_ns = period_ns;
	g->deadline_ns = deadline_ns;
	g->last_arrival_ns = INT64_MIN;
	g->depth = depth;
	g->accepted = 0;
	atomic_store(&g->ended, 0);
	g->inbox = box;
	g->staging = staging;
	g->in_head = g->in_count = 0;
	g->n = (struct release_counts){0};
	spin_unlock(&g->lock);
}

/* What a refusal or rejection was about (only then: not on the accepting path). */
static void explain(const struct gate *g, aegis_model_id id, int64_t t, struct intake_why *why)
{
	if (!g->live || g->id != id)
		return;
	memcpy(why->name, g->name, sizeof why->name);
	why->depth = g->depth;
	why->min_ns = g->period_ns;
	why->gap_ns = g->last_arrival_ns == INT64_MIN ? -1 : t - g->last_arrival_ns;
}

aegis_status release_rule(const struct release_facts *f, bool *skip_next,
			  struct release_counts *n)
{
	n->released++;
	if (f->gap_ns < f->min_gap_ns) {
		n->rejected_interarrival++;
		return AEGIS_E_INTERARRIVAL;
	}
	if (f->quarantined) {
		n->rejected_quarantined++;
		return AEGIS_E_QUARANTINED;
	}
	if (*skip_next) {
		*skip_next = false;
		n->skipped++;
		return AEGIS_E_SKIPPED;
	}
	if (f->queued >= f->depth) {
		n->rejected_queue_full++;
		return AEGIS_E_QUEUE_FULL;
	}
	return AEGIS_OK;
}

/* The gate's decision, under its lock. AEGIS_OK: accepted (counted, reserved), with
 * *slot the staging slot of a request that carries data (its buffers were checked),
 * else STAGING_NONE. */
static aegis_status decide(struct intake *in, struct gate *g, aegis_model_id id, int64_t t,
			   const aegis_request *req, bool *counted, uint32_t *slot,
			   struct staging_why *bad)
{
	*counted = false;
	*slot = STAGING_NONE;
	aegis_status fatal = (aegis_status)atomic_load_explicit(&in->fatal, memory_order_relaxed);
	if (fatal)
		return fatal;
	if (!g->live || g->id != id) /* an id older than the slot's model: evicted */
		return g->live && (g->id >> 12) > (id >> 12) ? AEGIS_E_STATE : AEGIS_E_NOT_FOUND;
	if (g->evicted || !atomic_load_explicit(&in->accepting, memory_order_relaxed))
		return AEGIS_E_STATE;
	if (!g->sporadic)
		return AEGIS_E_INVAL;
	if (t > INT64_MAX - g->deadline_ns)
		return AEGIS_E_OVERFLOW;
	bool data = staging_check(g->staging, req, bad);
	if (!data && bad->problem != STAGING_OK) {
		g->n.rejected_invalid++; /* not a release: nothing is queued */
		return AEGIS_E_INVAL;
	}
	*counted = true;
	struct release_facts f = {
		.gap_ns = g->last_arrival_ns == INT64_MIN ? INT64_MAX : t - g->last_arrival_ns,
		.min_gap_ns = g->period_ns,
		.quarantined = g->quarantined,
		.queued = g->accepted - atomic_load_explicit(&g->ended, memory_order_acquire),
		.depth = g->depth,
	};
	aegis_status st = release_rule(&f, &g->skip_next, &g->n);
	if (st != AEGIS_OK)
		return st;
	/* jobs holding a slot are fewer than the queue's places, so one is free */
	if (data && (*slot = staging_take(g->staging)) == STAGING_NONE) {
		g->n.rejected_queue_full++;
		return AEGIS_E_QUEUE_FULL;
	}
	g->accepted++;
	g->last_arrival_ns = t;
	return AEGIS_OK;
}

/* Parks s in g's inbox behind every earlier one (g locked, room checked by decide). */
static uint32_t park(struct gate *g, const struct submission *s)
{
	uint32_t k = g->in_head + g->in_count;
	k = k >= g->depth ? k - g->depth : k;
	g->inbox[k] = *s;
	g->in_count++;
	return k;
}

enum intake_verdict intake_submit(struct intake *in, aegis_model_id id, int64_t t,
				  const struct submission *s, const aegis_request *req, bool ring,
				  aegis_status *st, struct intake_why *why)
{
	uint32_t slot = id & (AEGIS_MAX_MODELS - 1);
	struct gate *g = intake_gate(in, slot);
	struct intake_why scratch;
	why = why ? why : &scratch;
	*why = (struct intake_why){.gap_ns = -1};
	if (!g) {
		*st = AEGIS_E_NOT_FOUND;
		return INTAKE_REFUSED;
	}
	bool counted;
	struct submission e = *s;
	struct staging *stg = NULL;
	uint32_t k = 0;
	spin_lock(&g->lock);
	*st = decide(in, g, id, t, req, &counted, &e.slot, &why->data);
	bool data = e.slot != STAGING_NONE;
	if (*st == AEGIS_OK) {
		stg = g->staging;
		e.arrival_ns = t;
		e.ready = !data;
		k = park(g, &e);
	} else {
		explain(g, id, t, why);
	}
	spin_unlock(&g->lock);
	if (*st != AEGIS_OK)
		return counted ? INTAKE_REJECTED : INTAKE_REFUSED;
	if (data) { /* the copy outside the lock; the entry waits, unready, in its place */
		staging_fill(stg, e.slot, req);
		spin_lock(&g->lock);
		g->inbox[k].ready = true;
		spin_unlock(&g->lock);
	}
	if (ring) {
		atomic_fetch_or(&in->pending[slot / 64], UINT64_C(1) << (slot % 64));
		atomic_store(&in->any_pending, 1);
		waker_ring(in->waker);
	}
	return INTAKE_PARKED;
}

enum intake_take_result intake_take(struct intake *in, uint32_t slot, struct submission *out)
{
	struct gate *g = intake_gate(in, slot);
	enum intake_take_result r = INTAKE_EMPTY;
	if (!g)
		return r;
	spin_lock(&g->lock);
	if (g->in_count && !g->inbox[g->in_head].ready) {
		r = INTAKE_NOT_READY;
	} else if (g->in_count) {
		*out = g->inbox[g->in_head];
		g->in_head = g->in_head + 1 == g->depth ? 0 : g->in_head + 1;
		g->in_count--;
		r = INTAKE_TAKEN;
	}
	spin_unlock(&g->lock);
	return r;
}

bool intake_any_pending(struct intake *in)
{
	if (!atomic_load_explicit(&in->any_pending, memory_order_relaxed))
		return false; /* the common case: one load */
	return atomic_exchange(&in->any_pending, 0) != 0;
}

bool intake_next_pending(struct intake *in, uint32_t *slot)
{
	for (uint32_t w = *slot / 64; w < AEGIS_MAX_MODELS / 64; w++) {
		uint64_t bits = atomic_load_explicit(&in->pending[w], memory_order_relaxed);
		if (w == *slot / 64)
			bits &= ~UINT64_C(0) << (*slot % 64);
		if (!bits)
			continue;
		uint32_t b = (uint32_t)__builtin_ctzll(bits);
		/* cleared before the inbox is read: a request parked after this sets it again */
		atomic_fetch_and(&in->pending[w], ~(UINT64_C(1) << b));
		*slot = w * 64 + b;
		return true;
	}
	return false;
}

void intake_job_ended(struct intake *in, uint32_t slot, uint32_t ended)
{
	atomic_store_explicit(&intake_gate(in, slot)->ended, ended, memory_order_release);
}

void intake_set_quarantined(struct intake *in, uint32_t slot, bool on)
{
	struct gate *g = intake_gate(in, slot);
	spin_lock(&g->lock);
	g->quarantined = on;
	spin_unlock(&g->lock);
}

void intake_set_skip(struct intake *in, uint32_t slot)
{
	struct gate *g = intake_gate(in, slot);
	spin_lock(&g->lock);
	g->skip_next = true;
	spin_unlock(&g->lock);
}

void intake_close(struct intake *in, uint32_t slot)
{
	struct gate *g = intake_gate(in, slot);
	spin_lock(&g->lock);
	g->evicted = true;
	spin_unlock(&g->lock);
}

void intake_stop(struct intake *in)
{
	atomic_store(&in->accepting, false);
	/* a submitter that saw accepting true held its gate's lock until it parked */
	for (uint32_t slot = 0; slot < AEGIS_MAX_MODELS; slot += INTAKE_CHUNK) {
		struct gate *c = intake_gate(in, slot);
		for (uint32_t k = 0; c && k < INTAKE_CHUNK; k++) {
			spin_lock(&c[k].lock);
			spin_unlock(&c[k].lock);
		}
	}
}

void intake_fail(struct intake *in, aegis_status st)
{
	atomic_store(&in->fatal, (int)st);
	intake_stop(in);
}

aegis_status intake_fatal(struct intake *in)
{
	return (aegis_status)atomic_load(&in->fatal);
}

void intake_counts(struct intake *in, uint32_t slot, struct release_counts *out, uint32_t *parked)
{
	struct gate *g = intake_gate(in, slot);
	*out = (struct release_counts){0};
	*parked = 0;
	if (!g)
		return;
	spin_lock(&g->lock);
	*out = g->n;
	*parked = g->in_count;
	spin_unlock(&g->lock);
}

bool intake_drained(struct intake *in, uint32_t slot)
{
	struct gate *g = intake_gate(in, slot);
	if (!g)
		return true;
	spin_lock(&g->lock);
	bool drained = g->accepted == atomic_load(&g->ended) && g->in_count == 0;
	spin_unlock(&g->lock);
	return drained;
}
