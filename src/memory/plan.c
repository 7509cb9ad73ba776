/* The memory plan over one TLSF pool (see plan.h). Reservation is all or nothing:
 * each step that can fail is undone before returning the shortfall. */
#include <stdlib.h>

#include "aegis/trace.h"
#include "memory/plan.h"

static const struct mem_region no_region = {.handle = TLSF_NONE};

/* In guard mode the block holds a front pad (one granule, or the alignment, so that
 * the usable offset keeps it), the region, and a back pad; the pads hold canaries. */
/* Who a region belongs to, for the event hook. */
struct region_owner {
	int kind;
	uint32_t model; /* UINT32_MAX: a lane arena */
	uint32_t lane;
};

static void region_event(const struct mem_plan *p, bool alloc, struct region_owner o,
			 const struct mem_region *r)
{
	if (p->on_event && r->handle != TLSF_NONE)
		p->on_event(p->event_user, alloc, o.kind, o.model, o.lane, r->offset, r->size);
}

static aegis_status region_alloc(struct mem_plan *p, uint64_t size, uint64_t align,
				 struct mem_region *r, struct region_owner o)
{
	*r = no_region;
	if (size == 0)
		return AEGIS_OK;
	uint64_t front = 0, back = 0;
	if (p->guard) {
		front = align > GUARD_PAD_BYTES ? align : GUARD_PAD_BYTES;
		back = GUARD_PAD_BYTES;
		if (size > UINT64_MAX - front - back)
			return AEGIS_E_BUDGET;
	}
	aegis_status st = tlsf_alloc(&p->pool, size + front + back, align, &r->handle,
				     &r->offset);
	if (st != AEGIS_OK)
		return st;
	r->size = tlsf_block_size(&p->pool, r->handle) - front - back;
	r->offset += front;
	if (p->guard) {
		guard_poison(p->guard, r->offset, r->size);
		guard_fill_canaries(p->guard, r->offset, r->size);
	}
	region_event(p, true, o, r);
	return AEGIS_OK;
}

static void region_free(struct mem_plan *p, struct mem_region *r, struct region_owner o)
{
	if (r->handle != TLSF_NONE) {
		region_event(p, false, o, r);
		tlsf_free(&p->pool, r->handle);
	}
	*r = no_region;
}

static struct region_owner owner(int kind, uint32_t model, uint32_t lane)
{
	return (struct region_owner){kind, model, lane};
}

#define ARENA UINT32_MAX

aegis_status mem_plan_init(struct mem_plan *p, uint64_t budget, uint32_t lanes,
			   uint32_t max_models)
{
	*p = (struct mem_plan){.budget = budget, .n_lanes = lanes, .cap_models = max_models};
	budget -= budget % TLSF_GRANULE;
	if (budget == 0 || lanes == 0 || max_models == 0)
		return AEGIS_E_INVAL;
	/* two regions per model, two arenas per lane */
	aegis_status st = tlsf_init(&p->pool, budget, 2 * max_models + 2 * lanes);
	if (st != AEGIS_OK)
		return st;
	p->arena = calloc(lanes, sizeof *p->arena);
	p->model = calloc(max_models, sizeof *p->model);
	if (!p->arena || !p->model) {
		mem_plan_deinit(p);
		return AEGIS_E_NOMEM;
	}
	for (uint32_t l = 0; l < lanes; l++)
		p->arena[l] = (struct mem_arena){no_region, no_region, false};
	return AEGIS_OK;
}

void mem_plan_deinit(struct mem_plan *p)
{
	tlsf_deinit(&p->pool);
	free(p->arena);
	free(p->model);
	p->arena = NULL;
	p->model = NULL;
}

/* The arena size the lane needs: the largest transient need of its live models. */
static uint64_t lane_need(const struct mem_plan *p, uint32_t lane, uint32_t *who)
{
	uint64_t need = 0;
	for (uint32_t i = 0; i < p->cap_models; i++) {
		const struct mem_model *m = &p->model[i];
		if (m->live && m->lane == lane && m->req.transient > need) {
			need = m->req.transient;
			if (who)
				*who = i;
		}
	}
	return need;
}

/* The size the arena has once pending changes are adopted. */
static uint64_t arena_size(const struct mem_arena *a)
{
	return a->pending ? a->next.size : a->cur.size;
}

aegis_status mem_plan_reserve(struct mem_plan *p, uint32_t id, uint32_t lane,
			      const struct mem_req *req, struct mem_shortfall *why)
{
	return mem_plan_reserve_tagged(p, id, id, lane, req, why);
}

aegis_status mem_plan_reserve_tagged(struct mem_plan *p, uint32_t id, uint32_t tag,
				     uint32_t lane, const struct mem_req *req,
				     struct mem_shortfall *why)
{
	if (id >= p->cap_models || lane >= p->n_lanes || p->model[id].live)
		return AEGIS_E_INVAL;
	struct mem_model m = {.live = true, .lane = lane, .tag = tag, .req = *req,
			      .persistent = no_region, .io = no_region};
	struct mem_arena *a = &p->arena[lane];
	struct mem_region grown = no_region;
	aegis_status st;
	struct region_owner po = owner(AEGIS_MEM_PERSISTENT, tag, lane);
	struct region_owner io = owner(AEGIS_MEM_IO, tag, lane);
	struct region_owner ao = owner(AEGIS_MEM_ARENA, ARENA, lane);
	if ((st = region_alloc(p, req->persistent, req->align, &m.persistent, po)) != AEGIS_OK)
		goto fail;
	if ((st = region_alloc(p, req->io, req->align, &m.io, io)) != AEGIS_OK)
		goto fail;
	if (req->transient > arena_size(a) &&
	    (st = region_alloc(p, req->transient, req->align, &grown, ao)) != AEGIS_OK)
		goto fail;
	if (grown.handle != TLSF_NONE) {
		region_free(p, &a->next, ao); /* a pending smaller arena is superseded */
		a->next = grown;
		a->pending = true;
	}
	p->model[id] = m;
	return AEGIS_OK;
fail:
	region_free(p, &m.io, io);
	region_free(p, &m.persistent, po);
	if (why) { /* measured on the plan as it stands again */
		uint32_t who = id;
		uint64_t largest = lane_need(p, lane, &who);
		if (req->transient >= largest) {
			largest = req->transient;
			who = id;
		}
		*why = (struct mem_shortfall){
			.needed = req->persistent + req->io +
				  (req->transient > arena_size(a) ? req->transient : 0),
			.free = p->pool.size - p->pool.in_use,
			.largest_free = tlsf_largest_free(&p->pool),
			.largest_transient_model = who,
			.largest_transient = largest,
		};
	}
	return st;
}

void mem_plan_release(struct mem_plan *p, uint32_t id)
{
	if (id >= p->cap_models || !p->model[id].live)
		return;
	struct mem_model *m = &p->model[id];
	region_free(p, &m->persistent, owner(AEGIS_MEM_PERSISTENT, m->tag, m->lane));
	region_free(p, &m->io, owner(AEGIS_MEM_IO, m->tag, m->lane));
	m->live = false;
	/* a smaller arena, if the pool can give one now; else keep the larger one */
	struct region_owner ao = owner(AEGIS_MEM_ARENA, ARENA, m->lane);
	struct mem_arena *a = &p->arena[m->lane];
	uint64_t need = lane_need(p, m->lane, NULL);
	if (need >= arena_size(a))
		return;
	region_free(p, &a->next, ao);
	a->pending = false;
	if (need == 0) {
		a->pending = true; /* drop the arena: the lane has no model left */
	} else if (region_alloc(p, need, 0, &a->next, ao) == AEGIS_OK) {
		a->pending = true;
	} /* else no room for the smaller one now: keep the larger */
}

void mem_plan_lane_idle(struct mem_plan *p, uint32_t lane)
{
	struct mem_arena *a = &p->arena[lane];
	if (!a->pending)
		return;
	region_free(p, &a->cur, owner(AEGIS_MEM_ARENA, ARENA, lane));
	a->cur = a->next;
	a->next = no_region;
	a->pending = false;
}

/* Checks one region's canaries; a broken pair is counted and rewritten. */
static bool region_guard_check(struct mem_plan *p, const struct mem_region *r)
{
	if (r->handle == TLSF_NONE || guard_check(p->guard, r->offset, r->size))
		return true;
	p->guard_violations++;
	guard_fill_canaries(p->guard, r->offset, r->size);
	return false;
}

bool mem_plan_guard_job_end(struct mem_plan *p, uint32_t id, uint32_t lane)
{
	const struct mem_region *arena = &p->arena[lane].cur;
	bool ok = region_guard_check(p, arena);
	if (id < p->cap_models && p->model[id].live) {
		ok &= region_guard_check(p, &p->model[id].persistent);
		ok &= region_guard_check(p, &p->model[id].io);
	}
	if (arena->handle != TLSF_NONE)
		guard_poison(p->guard, arena->offset, arena->size);
	return ok;
}

uint32_t mem_plan_guard_check(struct mem_plan *p)
{
	uint32_t broken = 0;
	for (uint32_t i = 0; i < p->cap_models; i++) {
		if (!p->model[i].live)
			continue;
		broken += !region_guard_check(p, &p->model[i].persistent);
		broken += !region_guard_check(p, &p->model[i].io);
	}
	for (uint32_t l = 0; l < p->n_lanes; l++) {
		broken += !region_guard_check(p, &p->arena[l].cur);
		broken += !region_guard_check(p, &p->arena[l].next);
	}
	return broken;
}

void mem_plan_totals(const struct mem_plan *p, struct mem_totals *t)
{
	*t = (struct mem_totals){0};
	for (uint32_t i = 0; i < p->cap_models; i++) {
		const struct mem_model *m = &p->model[i];
		if (!m->live)
			continue;
		t->persistent += m->persistent.size;
		t->io += m->io.size;
		t->private_transient += m->req.transient;
	}
	for (uint32_t l = 0; l < p->n_lanes; l++) {
		t->arenas += arena_size(&p->arena[l]);
		t->lower_bound += lane_need(p, l, NULL);
	}
	for (uint32_t i = 0; i < p->cap_models; i++)
		if (p->model[i].live)
			t->lower_bound += p->model[i].req.persistent + p->model[i].req.io;
	t->planned = t->persistent + t->io + t->arenas;
}
