/* The dispatcher's table of models: slots, their generations, and the room every
 * array needs for one more model, made before an admission commits so that the
 * commit cannot fail. Must not decide anything about jobs: dispatcher.c does.
 *
 * A model's public id is its slot plus its generation: id = slot | gen << 12. A slot
 * is reused once its model is gone (evicted and drained), with gen + 1, so an id kept
 * by the application never names a later model (until 2^20 reuses of one slot).
 */
#include <stdlib.h>

#include "sched/dispatcher_impl.h"

#define SLOT_BITS 12u /* AEGIS_MAX_MODELS == 1 << SLOT_BITS */
#define SLOT_MASK ((1u << SLOT_BITS) - 1u)
#define GEN_MASK ((1u << (32u - SLOT_BITS)) - 1u)

_Static_assert(AEGIS_MAX_MODELS == 1u << SLOT_BITS, "a slot fits the id's low bits");

static aegis_model_id make_id(uint32_t slot, uint32_t gen)
{
	return slot | (gen & GEN_MASK) << SLOT_BITS;
}

/* The lowest slot that is free (never used, or its model gone), or n_slots. */
static uint32_t free_slot(const struct dispatcher *d)
{
	for (uint32_t i = 0; i < d->n_slots; i++)
		if (!d->models[i] || d->models[i]->gone)
			return i;
	return d->n_slots;
}

static aegis_status grow_slots(struct dispatcher *d)
{
	uint32_t cap = d->cap_slots ? d->cap_slots * 2 : 16;
	if (cap > AEGIS_MAX_MODELS)
		cap = AEGIS_MAX_MODELS;
	struct exec_context **mm = realloc(d->models, cap * sizeof *mm);
	if (!mm)
		return AEGIS_E_NOMEM;
	d->models = mm;
	uint32_t *gen = realloc(d->generation, cap * sizeof *gen);
	if (!gen)
		return AEGIS_E_NOMEM;
	d->generation = gen;
	struct heap_entry *re = realloc(d->releases.e, cap * sizeof *re);
	if (!re)
		return AEGIS_E_NOMEM;
	d->releases.e = re;
	d->releases.cap = cap;
	for (uint32_t i = d->cap_slots; i < cap; i++) {
		d->models[i] = NULL;
		d->generation[i] = 0;
	}
	d->cap_slots = cap;
	return AEGIS_OK;
}

static aegis_status grow_lane(struct lane *l)
{
	if (l->n_models < l->ready.cap)
		return AEGIS_OK;
	uint32_t cap = l->ready.cap ? l->ready.cap * 2 : 8;
	struct heap_entry *e = realloc(l->ready.e, cap * sizeof *e);
	if (!e)
		return AEGIS_E_NOMEM;
	l->ready.e = e;
	l->ready.cap = cap;
	return AEGIS_OK;
}

aegis_status dispatcher_reserve_slot(struct dispatcher *d, uint32_t *slot, aegis_model_id *id,
				     uint64_t *seq)
{
	uint32_t s = free_slot(d);
	if (s == AEGIS_MAX_MODELS)
		return AEGIS_E_LIMIT;
	aegis_status st;
	if (s == d->cap_slots && (st = grow_slots(d)) != AEGIS_OK)
		return st;
	*slot = s;
	*id = make_id(s, d->models[s] ? d->generation[s] + 1 : 0);
	*seq = d->next_seq;
	return AEGIS_OK;
}

aegis_status dispatcher_reserve_lane(struct dispatcher *d, const struct exec_context *m,
				     uint32_t lane)
{
	aegis_status st = grow_lane(&d->lanes[lane]);
	if (st == AEGIS_OK)
		st = intake_reserve(d->intake, m->index, m->cfg.release == AEGIS_RELEASE_SPORADIC,
				    m->depth);
	return st;
}

void dispatcher_add(struct dispatcher *d, struct exec_context *m)
{
	uint32_t s = m->index;
	if (d->models[s]) { /* a gone model's slot: its statistics go now */
		context_destroy(d->models[s]);
		d->generation[s]++;
	}
	d->models[s] = m;
	if (s == d->n_slots)
		d->n_slots++;
	d->next_seq++;
	d->lanes[m->lane].n_models++;
	intake_open(d->intake, s, m->id, m->name, m->cfg.release == AEGIS_RELEASE_SPORADIC,
		    m->cfg.period_ns, m->deadline_ns, m->depth, &m->staging);
	if (m->cfg.release == AEGIS_RELEASE_PERIODIC)
		dispatcher_add_periodic(d, m);
}

struct exec_context *dispatcher_model(const struct dispatcher *d, aegis_model_id id)
{
	uint32_t s = id & SLOT_MASK;
	if (s >= d->n_slots || !d->models[s] || d->models[s]->id != id)
		return NULL;
	return d->models[s];
}

bool dispatcher_id_retired(const struct dispatcher *d, aegis_model_id id)
{
	uint32_t s = id & SLOT_MASK, gen = id >> SLOT_BITS;
	return s < d->n_slots && d->models[s] && gen < d->generation[s];
}

uint32_t dispatcher_slots(const struct dispatcher *d)
{
	return d->n_slots;
}

struct exec_context *dispatcher_slot(const struct dispatcher *d, uint32_t slot)
{
	return slot < d->n_slots ? d->models[slot] : NULL;
}

void dispatcher_models_free(struct dispatcher *d)
{
	for (uint32_t i = 0; i < d->n_slots; i++)
		context_destroy(d->models[i]);
	free(d->models);
	free(d->generation);
	free(d->releases.e);
	d->models = NULL;
	d->generation = NULL;
	d->releases.e = NULL;
	d->n_slots = d->cap_slots = 0;
}
