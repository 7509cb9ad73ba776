/* Fault injection and fault handling settings from text: one `key: value` of a model's
 * `inject` or `faults` mapping in a workload file, or one `key=value` of
 * `aegisrt run --inject`. The one place that knows the keys, their types and units.
 * Must not validate combinations: aegis_model_config_validate does. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "aegis/workload.h"
#include "base/scalar.h"

enum kind { K_COUNT, K_PROB, K_FACTOR, K_DURATION, K_STATUS, K_ACTION };

struct knob {
	const char *key;
	enum kind kind;
	size_t offset;
	const char *help;
};

#define INJ(f) offsetof(aegis_fault_injection, f)
static const struct knob inject_knobs[] = {
	{"fail_nth", K_COUNT, INJ(fail_nth), "job N fails (from 1)"},
	{"fail_every", K_COUNT, INJ(fail_every), "and every N-th job after it"},
	{"fail_probability", K_PROB, INJ(fail_probability), "each job fails with this probability"},
	{"fail_status", K_STATUS, INJ(fail_status), "the failure (backend, nomem, device_lost, ...)"},
	{"slowdown", K_FACTOR, INJ(slowdown), "each segment runs this many times its WCET share"},
	{"slow_probability", K_PROB, INJ(slow_probability), "a job is slowed with this probability"},
	{"alloc_fail_nth", K_COUNT, INJ(alloc_fail_nth), "job N's memory binding fails"},
	{"alloc_fail_probability", K_PROB, INJ(alloc_fail_probability),
	 "a job's memory binding fails with this probability"},
	{"hang_nth", K_COUNT, INJ(hang_nth), "job N hangs"},
	{"hang", K_DURATION, INJ(hang_ns), "how long a hang lasts (default 1h)"},
	{"launch_error_nth", K_COUNT, INJ(launch_error_nth), "job N's launch is refused by the device"},
	{"illegal_address_nth", K_COUNT, INJ(illegal_address_nth),
	 "job N writes to an unmapped address (on a GPU: fatal for the context)"},
	{NULL, 0, 0, NULL},
};
#undef INJ

#define FC(f) offsetof(aegis_fault_config, f)
static const struct knob fault_knobs[] = {
	{"on_overrun", K_ACTION, FC(on_overrun),
	 "what a job past its budget does: run to its end, or stop at its next boundary"},
	{"overrun_budget", K_DURATION, FC(overrun_budget_ns), "extra time per job the analysis charges"},
	{"quarantine_after", K_COUNT, FC(quarantine_after), "faults that quarantine (0: never)"},
	{"heal_after", K_COUNT, FC(heal_after), "clean jobs that heal (0: 10)"},
	{"quarantine", K_DURATION, FC(quarantine_ns), "how long a quarantine lasts (0: until recovered)"},
	{NULL, 0, 0, NULL},
};
#undef FC

static void list_keys(const struct knob *k, char *buf, size_t len)
{
	size_t used = 0;
	buf[0] = '\0';
	for (; k->key && used < len; k++) {
		int n = snprintf(buf + used, len - used, "%s%s", used ? ", " : "", k->key);
		if (n < 0)
			return;
		used += (size_t)n;
	}
}

/* A status by name: "backend", "E_BACKEND" or "AEGIS_E_BACKEND". */
static bool parse_status(const char *s, aegis_status *out)
{
	for (int i = 1; i < AEGIS_STATUS_COUNT_; i++) {
		const char *full = aegis_status_name((aegis_status)i); /* AEGIS_E_BACKEND */
		if (!strcasecmp(s, full) || !strcasecmp(s, full + 6) || !strcasecmp(s, full + 8)) {
			*out = (aegis_status)i;
			return true;
		}
	}
	return false;
}

static bool parse_real(const char *s, double *out)
{
	char *end;
	double x = strtod(s, &end);
	if (end == s || *end || !isfinite(x))
		return false;
	*out = x;
	return true;
}

static aegis_status set(const struct knob *tab, const char *what, void *obj, const char *key,
			const char *value, char *why, size_t why_len)
{
	if (!obj || !key || !value) {
		if (why && why_len)
			snprintf(why, why_len, "%s: %s", what, !obj ? "no object to set" :
				 !key ? "no key" : "no value");
		return AEGIS_E_INVAL;
	}
	char none[1];
	if (!why || !why_len) { /* the caller wants no detail */
		why = none;
		why_len = sizeof none;
	}
	const struct knob *k = tab;
	while (k->key && strcmp(k->key, key) != 0)
		k++;
	if (!k->key) {
		char keys[320];
		list_keys(tab, keys, sizeof keys);
		snprintf(why, why_len, "%s: unknown key '%s' (expected one of: %s)", what, key,
			 keys);
		return AEGIS_E_CONFIG;
	}
	char *field = (char *)obj + k->offset;
	uint64_t u;
	double x;
	int64_t ns;
	aegis_status st;
	switch (k->kind) {
	case K_COUNT:
		if (scalar_parse_u64(value, &u) != SCALAR_OK || u > UINT32_MAX)
			break;
		if (tab == fault_knobs)
			*(uint32_t *)field = (uint32_t)u;
		else
			*(uint64_t *)field = u;
		return AEGIS_OK;
	case K_PROB:
		if (!parse_real(value, &x) || x < 0 || x > 1)
			break;
		*(double *)field = x;
		return AEGIS_OK;
	case K_FACTOR:
		if (!parse_real(value, &x) || !(x == 0 || (x >= 1 && x <= 1000)))
			break;
		*(double *)field = x;
		return AEGIS_OK;
	case K_DURATION:
		if (scalar_parse_duration(value, &ns) != SCALAR_OK)
			break;
		*(int64_t *)field = ns;
		return AEGIS_OK;
	case K_STATUS:
		if (!parse_status(value, &st) || st == AEGIS_OK)
			break;
		*(aegis_status *)field = st;
		return AEGIS_OK;
	case K_ACTION:
		if (!strcmp(value, "finish"))
			*(aegis_overrun_action *)field = AEGIS_OVERRUN_FINISH;
		else if (!strcmp(value, "stop"))
			*(aegis_overrun_action *)field = AEGIS_OVERRUN_STOP;
		else
			break;
		return AEGIS_OK;
	}
	static const char *const expected[] = {
		[K_COUNT] = "a count, an integer 0..4294967295",
		[K_PROB] = "a probability, a number in [0, 1]",
		[K_FACTOR] = "a factor, 0 (none) or a number in [1, 1000]",
		[K_DURATION] = "a duration such as 2ms",
		[K_STATUS] = "a status name such as backend, nomem or device_lost",
		[K_ACTION] = "finish or stop",
	};
	snprintf(why, why_len, "%s.%s: expected %s (%s), got '%.40s'", what, key,
		 expected[k->kind], k->help, value);
	return AEGIS_E_CONFIG;
}

aegis_status aegis_fault_injection_set(aegis_fault_injection *inj, const char *key,
				       const char *value, char *why, size_t why_len)
{
	return set(inject_knobs, "inject", inj, key, value, why, why_len);
}

aegis_status aegis_fault_config_set(aegis_fault_config *fc, const char *key, const char *value,
				    char *why, size_t why_len)
{
	return set(fault_knobs, "faults", fc, key, value, why, why_len);
}
