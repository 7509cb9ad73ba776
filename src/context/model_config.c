/* Validation of a model's configuration, shared by the API and the workload loader
 * so that a rule is written once: the generic settings here, the backend's by its
 * backend (backend_configure_model). Pure: no runtime; the backend may read the files
 * its settings name. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "aegis/runtime.h"
#include "aegis/time.h"
#include "backend/backend.h"
#include "context/context.h"

static aegis_status fail(char *detail, size_t len, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static aegis_status fail(char *detail, size_t len, const char *fmt, ...)
{
	if (detail && len) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(detail, len, fmt, ap);
		va_end(ap);
	}
	return AEGIS_E_CONFIG;
}

/* The backend's settings, as its backend reads them; and a WCET override of at least
 * 1 ns per segment it describes. WCET > deadline is legal here: refusing it is the
 * admission analysis' job. */
static aegis_status check_backend(const aegis_model_config *c, char *d, size_t n)
{
	void *config = NULL;
	char ignored[8];
	if (!d || !n) {
		d = ignored;
		n = sizeof ignored;
	}
	aegis_status st = backend_configure_model(c, &config, d, n);
	if (st != AEGIS_OK)
		return st;
	const struct backend_ops *b = backend_find(c->backend);
	struct backend_reqs reqs;
	char scratch[8];
	if (c->wcet_override_ns > 0 &&
	    backend_describe(b, config, &reqs, scratch, sizeof scratch) == AEGIS_OK &&
	    c->wcet_override_ns < (int64_t)reqs.n_segments)
		st = fail(d, n, "model '%s': WCET override %lld ns is below its %u segments (1 ns "
			  "each at least)", c->name, (long long)c->wcet_override_ns,
			  reqs.n_segments);
	b->config_free(config);
	return st;
}

/* A duration of the model's generic settings above AEGIS_DURATION_MAX (aegis/time.h:
 * the bound that keeps every sum of times inside int64). */
static bool too_long(const aegis_model_config *c)
{
	const int64_t v[] = {c->period_ns, c->deadline_ns, c->offset_ns, c->jitter_ns,
			     c->wcet_override_ns, c->faults.overrun_budget_ns,
			     c->faults.quarantine_ns};
	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
		if (v[i] > AEGIS_DURATION_MAX)
			return true;
	return false;
}

aegis_status aegis_model_config_validate(const aegis_model_config *c, uint32_t lanes,
					 char *d, size_t n)
{
	char a[32], b[32];
	if (!c)
		return fail(d, n, "no model config");
	if (!c->name || !c->name[0])
		return fail(d, n, "a model needs a non-empty name");
	for (const char *p = c->name; *p; p++) {
		if (*p < 0x21 || *p > 0x7e || *p == '"' || *p == '\\')
			return fail(d, n, "model name '%s': use printable ASCII without spaces, "
				    "quotes or backslashes", c->name);
	}
	if (!backend_find(c->backend)) {
		char names[96];
		backend_names(names, sizeof names);
		return fail(d, n, "model '%s': unknown backend '%s' (built in: %s%s)", c->name,
			    c->backend, names, backend_absent_why(c->backend));
	}
	if (c->release != AEGIS_RELEASE_PERIODIC && c->release != AEGIS_RELEASE_SPORADIC)
		return fail(d, n, "model '%s': unknown release kind", c->name);
	if (c->period_ns <= 0)
		return fail(d, n, "model '%s': period must be > 0", c->name);
	if (too_long(c))
		return fail(d, n, "model '%s': a duration beyond %s (AEGIS_DURATION_MAX): no "
			    "setting takes one", c->name,
			    aegis_duration_format(AEGIS_DURATION_MAX, a, sizeof a));
	if (c->deadline_ns < 0)
		return fail(d, n, "model '%s': deadline must be > 0", c->name);
	if (c->deadline_ns > c->period_ns)
		return fail(d, n, "model '%s': deadline %s exceeds period %s (constrained "
			    "deadlines only: deadline <= period)", c->name,
			    aegis_duration_format(c->deadline_ns, a, sizeof a),
			    aegis_duration_format(c->period_ns, b, sizeof b));
	if (c->offset_ns < 0 || c->jitter_ns < 0)
		return fail(d, n, "model '%s': offset and jitter must be >= 0", c->name);
	if (c->jitter_ns >= c->period_ns)
		return fail(d, n, "model '%s': jitter %s must be below the period %s", c->name,
			    aegis_duration_format(c->jitter_ns, a, sizeof a),
			    aegis_duration_format(c->period_ns, b, sizeof b));
	if (c->priority < 0)
		return fail(d, n, "model '%s': priority must be >= 0 (0 is the highest)", c->name);
	if (c->lane != AEGIS_LANE_AUTO && (c->lane < 0 || (uint32_t)c->lane >= lanes))
		return fail(d, n, "model '%s': lane %d does not exist (the runtime has %u lane%s)",
			    c->name, c->lane, lanes, lanes == 1 ? "" : "s");
	if (c->queue_depth > AEGIS_MAX_QUEUE_DEPTH)
		return fail(d, n, "model '%s': queue depth %u exceeds the limit %u", c->name,
			    c->queue_depth, AEGIS_MAX_QUEUE_DEPTH);
	if (c->on_miss != AEGIS_MISS_FINISH && c->on_miss != AEGIS_MISS_SKIP_NEXT)
		return fail(d, n, "model '%s': unknown miss policy", c->name);
	if (c->wcet_override_ns < 0)
		return fail(d, n, "model '%s': WCET override must be >= 1 (0: none)", c->name);
	if (c->n_lane_times && !c->lane_times)
		return fail(d, n, "model '%s': %u lane times and no table", c->name,
			    c->n_lane_times);
	if (c->n_lane_times > AEGIS_MAX_LANE_TIMES)
		return fail(d, n, "model '%s': %u lane times; at most %u", c->name,
			    c->n_lane_times, AEGIS_MAX_LANE_TIMES);
	for (uint32_t i = 0; i < c->n_lane_times; i++) {
		const aegis_lane_time *t = &c->lane_times[i];
		if (t->sms == 0 || t->wcet_ns <= 0 || t->wcet_ns > AEGIS_DURATION_MAX ||
		    !(t->speed == 0 || (t->speed > 0 && t->speed <= 1e6)) ||
		    t->shared > AEGIS_MAX_LANES)
			return fail(d, n, "model '%s': lane time %u: expected sms >= 1, wcet_ns "
				    ">= 1, speed 0..1e6 (0: 1) and shared 0..%u", c->name, i,
				    AEGIS_MAX_LANES);
		uint32_t share = lane_time_sharing(t);
		for (uint32_t k = 0; k < i; k++) {
			const aegis_lane_time *q = &c->lane_times[k];
			if (q->sms == t->sms && lane_time_sharing(q) == share)
				return fail(d, n, "model '%s': lane size %u%s given twice in its "
					    "lane times", c->name, t->sms,
					    share > 1 ? " (shared)" : "");
		}
	}
	const aegis_fault_config *fc = &c->faults;
	if (fc->on_overrun != AEGIS_OVERRUN_FINISH && fc->on_overrun != AEGIS_OVERRUN_STOP)
		return fail(d, n, "model '%s': unknown overrun action %d", c->name,
			    (int)fc->on_overrun);
	if (fc->overrun_budget_ns < 0 || fc->quarantine_ns < 0)
		return fail(d, n, "model '%s': overrun budget and quarantine time must be >= 0",
			    c->name);
	if (fc->overrun_budget_ns > INT64_MAX / 4 / AEGIS_MAX_SEGMENTS)
		return fail(d, n, "model '%s': overrun budget too large", c->name);
	char sub[160];
	if (backend_check_injection(&c->inject, sub, sizeof sub) != AEGIS_OK)
		return fail(d, n, "model '%s': %s", c->name, sub);
	return check_backend(c, d, n);
}
