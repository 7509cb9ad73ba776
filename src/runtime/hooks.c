/* The hooks of runtime_internal.h, lent to tests and benchmarks: the device, a
 * model's backend state and analysed task, guard-mode memory. Must not be called by
 * the library or the tools. */
#include "runtime/runtime_impl.h"

struct device *runtime_device(const aegis_runtime *rt)
{
	return rt->dev;
}

void *runtime_backend_state(const aegis_runtime *rt, aegis_model_id id)
{
	const struct exec_context *m = dispatcher_model(&rt->d, id);
	return m ? m->be.state : NULL;
}

const aegis_task *runtime_model_task(const aegis_runtime *rt, aegis_model_id id)
{
	const struct exec_context *m = rt ? dispatcher_model(&rt->d, id) : NULL;
	return m ? &m->task : NULL;
}

uint8_t *runtime_guard_region(aegis_runtime *rt, aegis_model_id id, uint32_t which,
			      uint64_t *size)
{
	const struct exec_context *c = dispatcher_model(&rt->d, id);
	if (!rt->mem.guard || !c || !rt->mem.model[c->index].live)
		return NULL;
	const struct mem_model *m = &rt->mem.model[c->index];
	const struct mem_region *r = which == 0	  ? &m->persistent
				     : which == 1 ? &m->io
						  : &rt->mem.arena[m->lane].cur;
	if (r->handle == TLSF_NONE)
		return NULL;
	*size = r->size;
	return guard_ptr(rt->mem.guard, r->offset);
}

uint32_t runtime_guard_check(aegis_runtime *rt)
{
	return rt->mem.guard ? mem_plan_guard_check(&rt->mem) : 0;
}

uint64_t runtime_guard_violations(const aegis_runtime *rt)
{
	return rt->mem.guard_violations;
}

uint64_t runtime_arena_offset(const aegis_runtime *rt, uint32_t lane)
{
	return rt->mem.arena && lane < rt->mem.n_lanes ? rt->mem.arena[lane].cur.offset : 0;
}
