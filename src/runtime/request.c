/* Requests through the API, from any thread. The model's gate decides a submission at
 * the caller's instant (sched/intake.h: one place for every rejection); an accepted
 * one is released at once when the caller holds the dispatcher's role (a callback, or
 * a runtime that nobody runs now), else parked for the dispatcher, which is rung.
 * Must not wait for the dispatcher. */
#include <inttypes.h>

#include "aegis/time.h"
#include "runtime/runtime_impl.h"

/* What is wrong with a request's buffers, in words. */
static void data_text(const struct intake_why *w, const char *who, char *buf, size_t len)
{
	const struct staging_why *d = &w->data;
	const char *dir = d->output ? "output" : "input";
	switch (d->problem) {
	case STAGING_NO_TENSORS:
		snprintf(buf, len, "%s has no tensors: a request for it carries no buffers (got "
			 "%llu)", who, (unsigned long long)d->got);
		break;
	case STAGING_COUNT:
		snprintf(buf, len, "%s: %llu %ss expected, the request has %llu", who,
			 (unsigned long long)d->want, dir, (unsigned long long)d->got);
		break;
	case STAGING_NULL:
		snprintf(buf, len, "%s: %s %u '%s': a buffer needs host memory or a device address "
			 "(one of the two)", who, dir, d->index, d->name);
		break;
	case STAGING_SIZE:
		snprintf(buf, len, "%s: %s %u '%s': %llu bytes expected, the buffer has %llu", who,
			 dir, d->index, d->name, (unsigned long long)d->want,
			 (unsigned long long)d->got);
		break;
	case STAGING_DEVICE:
		snprintf(buf, len, "%s: %s %u '%s': a device address, where only host memory "
			 "serves (the device has no device memory, or the backend writes its "
			 "outputs on the host)", who, dir, d->index, d->name);
		break;
	case STAGING_OVERLAP:
		snprintf(buf, len, "%s: outputs %llu and %u ('%s') share bytes", who,
			 (unsigned long long)d->want, d->index, d->name);
		break;
	case STAGING_OK:
		snprintf(buf, len, "%s: %s", who, aegis_status_str(AEGIS_E_INVAL));
		break;
	}
}

/* The detail of a refusal or rejection that the gate decided. */
void request_refusal_text(const struct submit_refusal *r, char *buf, size_t len)
{
	char gap[32], min[32], who[80];
	const struct intake_why *w = &r->why;
	if (w->name[0])
		snprintf(who, sizeof who, "model '%s'", w->name);
	else
		snprintf(who, sizeof who, "model id %u", r->id);
	switch (r->st) {
	case AEGIS_E_NOT_FOUND:
		snprintf(buf, len, "no model with id %u", r->id);
		break;
	case AEGIS_E_STATE:
		snprintf(buf, len, "%s: the runtime is stopping, or the model was evicted", who);
		break;
	case AEGIS_E_INVAL:
		if (w->data.problem != STAGING_OK)
			data_text(w, who, buf, len);
		else
			snprintf(buf, len, "%s is periodic: the runtime releases its jobs", who);
		break;
	case AEGIS_E_OVERFLOW:
		snprintf(buf, len, "%s: deadline overflows time", who);
		break;
	case AEGIS_E_INTERARRIVAL:
		snprintf(buf, len, "%s: %s since the last release, minimum %s", who,
			 aegis_duration_format(w->gap_ns, gap, sizeof gap),
			 aegis_duration_format(w->min_ns, min, sizeof min));
		break;
	case AEGIS_E_QUEUE_FULL:
		snprintf(buf, len, "%s: %s (queue depth %u)", who, aegis_status_str(r->st),
			 w->depth);
		break;
	default:
		snprintf(buf, len, "%s: %s", who, aegis_status_str(r->st));
		break;
	}
}

/* A refusal or rejection: its facts kept, its words written only if asked for. */
static aegis_status submit_error(aegis_runtime *rt, aegis_model_id id, aegis_status st,
				 const struct intake_why *w)
{
	struct submit_refusal r = {.id = id, .st = st, .why = *w};
	runtime_error_defer(rt, &r);
	return st;
}

struct submit_args {
	aegis_model_id id;
	const aegis_request *req;
};

/* With the role: the dispatcher decides and releases it at once. */
static aegis_status submit_here(aegis_runtime *rt, void *arg)
{
	struct submit_args *a = arg;
	aegis_status st;
	struct exec_context *m = runtime_model(rt, a->id, &st);
	if (!m)
		return st;
	struct submission s = {.done = a->req->done, .user = a->req->user,
			       .waiter = a->req->waiter};
	struct intake_why why = {.gap_ns = -1}; /* a refusal before the gate: no facts */
	st = dispatcher_submit(&rt->d, m, &s, a->req, &why);
	return st == AEGIS_OK ? AEGIS_OK : submit_error(rt, a->id, st, &why);
}

aegis_status aegis_request_submit(aegis_runtime *rt, aegis_model_id id, const aegis_request *req)
{
	if (!rt)
		return AEGIS_E_INVAL;
	runtime_error_clear(rt);
	if (!req)
		return runtime_error(rt, AEGIS_E_INVAL, "model id %u: no request", id);
	struct submit_args a = {id, req};
	/* On the dispatcher's thread, or nobody runs it now: release at once, as a
	 * single-threaded program expects (and virtual time requires). */
	if (runtime_holds_role(rt))
		return submit_here(rt, &a);
	if (runtime_role_try(rt)) {
		aegis_status st = submit_here(rt, &a);
		runtime_role_give(rt);
		return st;
	}
	/* Another thread runs it: decided here, parked for it, never waiting. */
	aegis_status st;
	struct intake_why why;
	struct submission s = {.done = req->done, .user = req->user, .waiter = req->waiter};
	enum intake_verdict v = intake_submit(&rt->intake, id, aegis_runtime_now_ns(rt), &s, req,
					      true, &st, &why);
	return v == INTAKE_PARKED ? AEGIS_OK : submit_error(rt, id, st, &why);
}
