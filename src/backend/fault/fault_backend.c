/* Fault injection around another backend (fault_backend.h). Each job is judged once,
 * when its first segment starts (job numbers count the jobs that start, from 1), with
 * draws from the model's own stream in a fixed order, so that equal seeds inject
 * equal faults. Slow segments and hangs are extra busy() time after the inner
 * backend's work on the same lane: the lane is really occupied, on any device. */
#include <stdio.h>
#include <stdlib.h>

#include "aegis/time.h"
#include "backend/fault/fault_backend.h"
#include "base/rng.h"

#define DEFAULT_HANG_NS (3600LL * 1000000000LL)

struct fault_state {
	const struct backend_ops *inner;
	void *inner_state;
	struct backend_reqs reqs;
	aegis_fault_injection inj;
	struct rng rng;
	bool slow, hang, poison; /* the current job's verdicts */
	uint64_t jobs;           /* jobs started so far: job numbers count from 1 */
};

bool fault_injection_active(const aegis_fault_injection *i)
{
	return i->fail_nth || i->fail_probability > 0 || i->slowdown > 0 || i->alloc_fail_nth ||
	       i->alloc_fail_probability > 0 || i->hang_nth || i->launch_error_nth ||
	       i->illegal_address_nth;
}

static bool probability(double p)
{
	return p >= 0.0 && p <= 1.0; /* false for NaN too */
}

aegis_status fault_injection_validate(const aegis_fault_injection *i, char *d, size_t n)
{
	const char *bad = NULL;
	if (!probability(i->fail_probability))
		bad = "fail_probability must be in [0, 1]";
	else if (!probability(i->slow_probability))
		bad = "slow_probability must be in [0, 1]";
	else if (!probability(i->alloc_fail_probability))
		bad = "alloc_fail_probability must be in [0, 1]";
	else if (!(i->slowdown == 0 || (i->slowdown >= 1.0 && i->slowdown <= 1000.0)))
		bad = "slowdown must be 0 (none) or 1..1000";
	else if (i->hang_ns < 0 || i->hang_ns > AEGIS_DURATION_MAX)
		bad = "hang time must be 0..13 days (AEGIS_DURATION_MAX)";
	else if (i->fail_status != AEGIS_OK &&
		 (i->fail_status < 0 || i->fail_status >= AEGIS_STATUS_COUNT_))
		bad = "fail_status is not a status of the table";
	if (!bad)
		return AEGIS_OK;
	snprintf(d, n, "inject: %s", bad);
	return AEGIS_E_CONFIG;
}

static bool nth(uint64_t job, uint64_t first, uint64_t every)
{
	if (!first || job < first)
		return false;
	return job == first || (every && (job - first) % every == 0);
}

/* A probability draw, made only when p > 0, so that a knob left at 0 does not move
 * the stream of the others. */
static bool chance(struct rng *r, double p)
{
	return p > 0 && rng_unit(r) < p;
}

static aegis_status fault_execute(void *state, struct backend_job *job, struct device *dev,
				  uint32_t lane)
{
	struct fault_state *f = state;
	const aegis_fault_injection *i = &f->inj;
	if (job->segment == 0) {
		uint64_t k = ++f->jobs;
		/* the draws come first, so that every job takes the same ones */
		bool fail = chance(&f->rng, i->fail_probability);
		bool alloc = chance(&f->rng, i->alloc_fail_probability);
		fail = fail || nth(k, i->fail_nth, i->fail_every);
		alloc = alloc || k == i->alloc_fail_nth;
		f->slow = i->slowdown > 1.0 &&
			  (i->slow_probability == 0 || chance(&f->rng, i->slow_probability));
		f->hang = k == i->hang_nth;
		f->poison = k == i->illegal_address_nth;
		if (k == i->launch_error_nth)
			return dev->ops->fault ? dev->ops->fault(dev, lane, DEVICE_FAULT_LAUNCH)
					       : AEGIS_E_UNSUPPORTED;
		if (fail)
			return i->fail_status ? i->fail_status : AEGIS_E_BACKEND;
		if (alloc)
			return AEGIS_E_NOMEM; /* its memory binding failed: nothing ran */
	}
	aegis_status st = f->inner->execute(f->inner_state, job, dev, lane);
	if (st == AEGIS_OK && f->poison && job->segment == 0)
		st = dev->ops->fault ? dev->ops->fault(dev, lane, DEVICE_FAULT_ILLEGAL_ADDRESS)
				     : AEGIS_E_UNSUPPORTED;
	if (st != AEGIS_OK || (!f->slow && !(f->hang && job->segment == 0)))
		return st;
	if (!dev->ops->busy)
		return AEGIS_E_UNSUPPORTED;
	if (f->slow) {
		double extra = (i->slowdown - 1.0) * (double)f->reqs.segment_wcet_ns[job->segment];
		if ((st = dev->ops->busy(dev, lane, extra > 9e18 ? INT64_MAX / 2 : (int64_t)extra)))
			return st;
	}
	if (f->hang && job->segment == 0)
		st = dev->ops->busy(dev, lane, i->hang_ns ? i->hang_ns : DEFAULT_HANG_NS);
	return st;
}

static aegis_status fault_complete(void *state, const struct backend_job *job)
{
	struct fault_state *f = state;
	return f->inner->complete ? f->inner->complete(f->inner_state, job) : AEGIS_OK;
}

static aegis_status fault_prepare(void *state, struct device *dev, uint32_t lane,
				  const struct backend_mem *mem, char *detail, size_t detail_len)
{
	struct fault_state *f = state;
	return f->inner->prepare ? f->inner->prepare(f->inner_state, dev, lane, mem, detail,
						     detail_len)
				 : AEGIS_OK;
}

static void fault_destroy(void *state)
{
	struct fault_state *f = state;
	if (!f)
		return;
	f->inner->destroy(f->inner_state);
	free(f);
}

/* Never called: the wrapped backend was described before it was wrapped. */
static aegis_status fault_describe(const void *config, struct backend_reqs *out, char *detail,
				   size_t detail_len)
{
	(void)config, (void)out;
	snprintf(detail, detail_len, "the fault backend only wraps another one");
	return AEGIS_E_UNSUPPORTED;
}

static aegis_status fault_create(const void *config, uint64_t seed, uint64_t stream,
				 void **state, char *detail, size_t detail_len)
{
	(void)config, (void)seed, (void)stream, (void)state;
	snprintf(detail, detail_len, "the fault backend only wraps another one");
	return AEGIS_E_UNSUPPORTED;
}

aegis_status fault_backend_wrap(const struct backend_ops *inner, void *inner_state,
				const struct backend_reqs *reqs,
				const aegis_fault_injection *inj, uint64_t seed,
				uint64_t stream, void **out)
{
	struct fault_state *f = calloc(1, sizeof *f);
	if (!f) {
		inner->destroy(inner_state);
		return AEGIS_E_NOMEM;
	}
	*f = (struct fault_state){.inner = inner, .inner_state = inner_state, .reqs = *reqs,
				  .inj = *inj};
	rng_seed(&f->rng, seed, stream);
	*out = f;
	return AEGIS_OK;
}

const struct backend_ops fault_backend_ops = {
	.version = BACKEND_ABI_VERSION,
	.name = "fault",
	.summary = "fault injection around another backend (not chosen by name)",
	.describe = fault_describe,
	.create = fault_create,
	.destroy = fault_destroy,
	.prepare = fault_prepare,
	.execute = fault_execute,
	.complete = fault_complete,
};
