/* Requests through the API: aegis_request_submit checks what only the caller can get
 * wrong (the model, the request, the runtime's state) and hands the release to the
 * dispatcher, which accepts or rejects it (every rejection is decided there). Must
 * not queue anything itself. */
#include <inttypes.h>

#include "aegis/time.h"
#include "runtime/runtime_impl.h"

aegis_status aegis_request_submit(aegis_runtime *rt, aegis_model_id id, const aegis_request *req)
{
	if (!rt)
		return AEGIS_E_INVAL;
	runtime_error_clear(rt);
	aegis_status st;
	struct exec_context *m = runtime_model(rt, id, &st);
	if (!m)
		return st;
	if (!req)
		return runtime_error(rt, AEGIS_E_INVAL, "model '%s': no request", m->name);
	aegis_status fatal = dispatcher_fatal(&rt->d);
	if (fatal)
		return runtime_error(rt, fatal, "model '%s': the runtime stopped on a fatal "
				     "error: %s", m->name, aegis_status_str(fatal));
	if (!dispatcher_accepting(&rt->d))
		return runtime_error(rt, AEGIS_E_STATE, "model '%s': the runtime is stopping",
				     m->name);
	if (m->evicted)
		return runtime_error(rt, AEGIS_E_STATE, "model '%s' was evicted", m->name);
	if (m->cfg.release != AEGIS_RELEASE_SPORADIC)
		return runtime_error(rt, AEGIS_E_INVAL,
				     "model '%s' is periodic: the runtime releases its jobs", m->name);
	int64_t t = aegis_runtime_now_ns(rt);
	if (t > INT64_MAX - m->deadline_ns)
		return runtime_error(rt, AEGIS_E_OVERFLOW, "model '%s': deadline overflows time",
				     m->name);
	int64_t last = m->last_arrival_ns;
	st = dispatcher_submit(&rt->d, m, req->done, req->user);
	char gap[32], min[32];
	switch (st) {
	case AEGIS_OK:
		return AEGIS_OK;
	case AEGIS_E_INTERARRIVAL:
		return runtime_error(rt, st, "model '%s': %s since the last release, minimum %s",
				     m->name, aegis_duration_format(t - last, gap, sizeof gap),
				     aegis_duration_format(m->cfg.period_ns, min, sizeof min));
	case AEGIS_E_QUARANTINED:
		return runtime_error(rt, st, "model '%s' is quarantined after %" PRIu64 " faults",
				     m->name, m->n.faults);
	default:
		return runtime_error(rt, st, "model '%s': %s (queue depth %u)", m->name,
				     aegis_status_str(st), m->depth);
	}
}
