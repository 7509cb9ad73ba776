/* Workload files (YAML) loaded into the runtime and model configs of runtime.h: every
 * key, type and unit is checked and each refusal says "path:line: what was expected".
 * This file reads the document, its top level and its runtime section, and holds the
 * public API; the models are workload_models.c's. Must not create a runtime, run
 * anything, or keep state outside the aegis_workload.
 *
 * The schema is documented at the top of examples/quickstart.yaml. The semantic rules
 * of a model (deadline <= period, lanes, ...) live in aegis_model_config_validate();
 * this file checks only what the file syntax decides. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/device.h"
#include "base/file.h"
#include "base/path.h"
#include "device/device.h"
#include "backend/backend.h"
#include "workload/workload_internal.h"
#include "workload/yaml_conf.h"

static const char *const top_keys[] = {"runtime", "models", NULL};
static const char *const runtime_keys[] = {"device",   "lanes",     "policy",
					   "preemption", "priorities", "duration",
					   "seed",     "admission", "dispatch_overhead",
					   "memory_budget", "memory_guard",
					   "device_profile", "trace_ring_events",
					   "overrun_slack", "host_stall", "handoff", "idle_poll",
					   "dispatcher_cpu", "copy_bandwidth",
					   "copy_interference", NULL};

static const conf_enum_name policies[] = {
	{"fp", AEGIS_POLICY_FP}, {"edf", AEGIS_POLICY_EDF}, {"fifo", AEGIS_POLICY_FIFO}, {NULL, 0}};
static const conf_enum_name preemptions[] = {
	{"none", AEGIS_PREEMPT_NONE}, {"points", AEGIS_PREEMPT_POINTS}, {NULL, 0}};
static const conf_enum_name priority_rules[] = {
	{"explicit", AEGIS_PRIO_EXPLICIT}, {"rm", AEGIS_PRIO_RM}, {"dm", AEGIS_PRIO_DM}, {NULL, 0}};
static const conf_enum_name bools[] = {{"true", 1}, {"false", 0}, {NULL, 0}};
static const conf_enum_name admissions[] = {
	{"analysis", AEGIS_ADMIT_ANALYSIS}, {"off", AEGIS_ADMIT_OFF}, {NULL, 0}};

/* ---- runtime section ---------------------------------------------------------------- */

static bool device_known(const char *name)
{
	return device_find(name) != NULL;
}

static bool profile_known(const char *name)
{
	return aegis_device_profile_find(name) != NULL;
}

/* runtime.device or runtime.device_profile: a name its registry knows (the registry
 * is the one place that says which), into *out. */
static aegis_status read_known(conf_err *e, const conf_node *v, const char *key,
			       bool (*known)(const char *), const char *expected, char **out)
{
	char q[64];
	char *name = NULL;
	aegis_status st = conf_string(e, v, key, &name);
	if (st != AEGIS_OK)
		return st;
	if (!known(name)) {
		st = conf_fail(e, conf_line(v), "runtime.%s: unknown %s '%s' (%s)", key,
			       strcmp(key, "device") == 0 ? "device" : "profile",
			       conf_quote(name, q, sizeof q), expected);
		free(name);
		return st;
	}
	free(*out);
	*out = name;
	return AEGIS_OK;
}

/* An enumeration key of the runtime section, if given, into *out. */
static aegis_status runtime_enum(conf_err *e, const conf_node *rt, const char *key,
				 const conf_enum_name *tab, int *out)
{
	const conf_node *v = conf_get(rt, key);
	return v ? conf_enum(e, v, key, tab, out) : AEGIS_OK;
}

/* A duration key of the runtime section, if given, into *out. */
static aegis_status runtime_duration(conf_err *e, const conf_node *rt, const char *key,
				     int64_t *out)
{
	const conf_node *v = conf_get(rt, key);
	return v ? conf_duration(e, v, key, out) : AEGIS_OK;
}

/* lanes: a count (equal lanes), the layout, a list of {sms: N}, one per lane, or auto
 * (*lanes_auto; one lane in the config until a plan says otherwise). The sizes' sum is
 * checked against the device profile's cap at runtime creation (and against the GPU's
 * SMs by the CUDA device). */
static aegis_status read_lanes(conf_err *e, const conf_node *v, aegis_runtime_config *c,
			       bool *lanes_auto)
{
	static const char *const lane_keys[] = {"sms", NULL};
	char expected[96], b[80];
	uint64_t x, sum = 0;
	aegis_status st;
	if (conf_text(v) && strcmp(conf_text(v), "auto") == 0) {
		*lanes_auto = true;
		c->lanes = 1;
		return AEGIS_OK;
	}
	if (conf_kind_of(v) != CONF_LIST) {
		snprintf(expected, sizeof expected, "an integer 1..%u, a list of lanes "
			 "[{sms: 8}, {sms: 4}], or auto", AEGIS_MAX_LANES);
		if ((st = conf_uint(e, v, "lanes", 1, AEGIS_MAX_LANES, expected, &x)))
			return st;
		c->lanes = (uint32_t)x;
		return AEGIS_OK;
	}
	size_t n = conf_count(v);
	if (n == 0 || n > AEGIS_MAX_LANES)
		return conf_fail(e, conf_line(v), "lanes: expected 1..%u lanes, got %zu",
				 AEGIS_MAX_LANES, n);
	for (size_t i = 0; i < n; i++) {
		const conf_node *l = conf_item(v, i), *sms;
		char where[32];
		snprintf(where, sizeof where, "in lanes[%zu]", i);
		if (conf_kind_of(l) != CONF_MAP)
			return conf_fail(e, conf_line(l), "lanes[%zu]: expected a lane {sms: N}, got %s",
					 i, conf_describe(l, b, sizeof b));
		if ((st = conf_check_keys(e, l, lane_keys, where)))
			return st;
		if (!(sms = conf_get(l, "sms")))
			return conf_fail(e, conf_line(l), "lanes[%zu]: missing key 'sms' (the lane's "
					 "SMs)", i);
		char prefix[sizeof e->prefix];
		snprintf(prefix, sizeof prefix, "%s", e->prefix);
		snprintf(e->prefix, sizeof e->prefix, "runtime.lanes[%zu].", i);
		st = conf_uint(e, sms, "sms", 1, 65536, "an integer 1..65536 (SMs)", &x);
		snprintf(e->prefix, sizeof e->prefix, "%s", prefix);
		if (st)
			return st;
		c->lane_sms[i] = (uint32_t)x;
		sum += x;
	}
	c->lanes = (uint32_t)n;
	const aegis_device_profile *p = aegis_device_profile_find(c->device_profile);
	if (p && sum > p->sm_count)
		return conf_fail(e, conf_line(v), "lanes: the sizes add up to %" PRIu64 " SMs; "
				 "device profile '%s' has %u", sum, p->name, p->sm_count);
	return AEGIS_OK;
}

/* device, device_profile, lanes, policy, preemption, priorities, duration: in this
 * order, so that the first bad key is the one reported. */
static aegis_status read_runtime_first(conf_err *e, const conf_node *rt, aegis_workload *w)
{
	aegis_runtime_config *c = &w->runtime;
	const conf_node *v;
	aegis_status st;
	int pol = c->policy, pre = c->preemption, pri = c->priorities;
	if ((v = conf_get(rt, "device")) &&
	    (st = read_known(e, v, "device", device_known,
			     "this build knows 'sim' and any device it was compiled with",
			     &w->device)))
		return st;
	if ((v = conf_get(rt, "device_profile"))) {
		char names[96], known[128];
		aegis_device_profile_names(names, sizeof names);
		snprintf(known, sizeof known, "expected %s", names);
		if ((st = read_known(e, v, "device_profile", profile_known, known,
				     &w->device_profile)))
			return st;
		w->runtime.device_profile = w->device_profile;
	}
	if ((v = conf_get(rt, "lanes")) && (st = read_lanes(e, v, c, &w->lanes_auto)))
		return st;
	if ((st = runtime_enum(e, rt, "policy", policies, &pol)))
		return st;
	c->policy = (aegis_policy)pol;
	if ((st = runtime_enum(e, rt, "preemption", preemptions, &pre)))
		return st;
	c->preemption = (aegis_preemption)pre;
	if ((st = runtime_enum(e, rt, "priorities", priority_rules, &pri)))
		return st;
	c->priorities = (aegis_priority_rule)pri;
	if ((v = conf_get(rt, "duration"))) {
		if ((st = conf_duration(e, v, "duration", &w->duration_ns)))
			return st;
		if (w->duration_ns == 0)
			return conf_fail(e, conf_line(v), "runtime.duration: must be > 0");
	}
	return AEGIS_OK;
}

/* seed, admission, dispatch_overhead, memory_budget, memory_guard, overrun_slack,
 * host_stall, handoff, idle_poll, dispatcher_cpu, copy_bandwidth, copy_interference,
 * trace_ring_events: in this order. */
static aegis_status read_runtime_rest(conf_err *e, const conf_node *rt, aegis_runtime_config *c)
{
	const conf_node *v;
	aegis_status st;
	uint64_t x;
	int adm = c->admission, guard = c->memory_guard;
	if ((v = conf_get(rt, "seed")) &&
	    (st = conf_uint(e, v, "seed", 0, UINT64_MAX, "an unsigned 64-bit integer", &c->seed)))
		return st;
	if ((st = runtime_enum(e, rt, "admission", admissions, &adm)))
		return st;
	c->admission = (aegis_admission)adm;
	if ((st = runtime_duration(e, rt, "dispatch_overhead", &c->dispatch_overhead_ns)))
		return st;
	if ((v = conf_get(rt, "memory_budget")) &&
	    (st = conf_size(e, v, "memory_budget", &c->memory_budget_bytes)))
		return st;
	if ((st = runtime_enum(e, rt, "memory_guard", bools, &guard)))
		return st;
	c->memory_guard = guard != 0;
	if ((st = runtime_duration(e, rt, "overrun_slack", &c->overrun_slack_ns)) ||
	    (conf_kind_of(conf_get(rt, "host_stall")) != CONF_LIST && /* a curve: below */
	     (st = runtime_duration(e, rt, "host_stall", &c->host_stall_ns))) ||
	    (st = runtime_duration(e, rt, "handoff", &c->handoff_ns)) ||
	    (st = runtime_duration(e, rt, "idle_poll", &c->idle_poll_ns)))
		return st;
	if ((v = conf_get(rt, "dispatcher_cpu"))) {
		if ((st = conf_uint(e, v, "dispatcher_cpu", 0, 63, "a CPU number, 0..63", &x)))
			return st;
		c->dispatcher_cpus = UINT64_C(1) << x;
	}
	if ((v = conf_get(rt, "copy_bandwidth"))) { /* a size: bytes per second */
		if ((st = conf_size(e, v, "copy_bandwidth", &c->copy_bandwidth_bps)))
			return st;
		if (!c->copy_bandwidth_bps)
			return conf_fail(e, conf_line(v), "runtime.copy_bandwidth: must be > 0 (bytes "
					 "per second)");
	}
	if ((v = conf_get(rt, "copy_interference")) &&
	    (st = conf_real(e, v, "copy_interference", 1, 1000, "a factor 1..1000",
			    &c->copy_interference)))
		return st;
	if ((v = conf_get(rt, "trace_ring_events"))) {
		if ((st = conf_uint(e, v, "trace_ring_events", 1, 1u << 24,
				    "a number of events, 1..16777216", &x)))
			return st;
		c->trace_ring_events = (uint32_t)x;
	}
	return AEGIS_OK;
}

/* host_stall as a curve: a list of {window: D, lost: D}, the most host time lost in
 * any window of that length (docs/ANALYSIS.md, "Host stalls"), each point checked
 * against the ones before it (aegis_stall_curve_check) at its own line. */
static aegis_status read_stall_curve(conf_err *e, const conf_node *v, aegis_workload *w)
{
	static const char *const point_keys[] = {"window", "lost", NULL};
	char b[80], why[160];
	aegis_status st;
	size_t n = conf_count(v);
	if (n == 0 || n > AEGIS_MAX_STALL_POINTS)
		return conf_fail(e, conf_line(v), "host_stall: expected a duration or a curve of "
				 "1..%u points [{window: 5ms, lost: 1.6ms}, ...], got %zu points",
				 AEGIS_MAX_STALL_POINTS, n);
	char prefix[sizeof e->prefix];
	snprintf(prefix, sizeof prefix, "%s", e->prefix);
	for (size_t i = 0; i < n; i++) {
		const conf_node *p = conf_item(v, i), *win, *lost;
		char where[40];
		snprintf(where, sizeof where, "in host_stall[%zu]", i);
		if (conf_kind_of(p) != CONF_MAP)
			return conf_fail(e, conf_line(p), "host_stall[%zu]: expected a point {window: "
					 "D, lost: D}, got %s", i, conf_describe(p, b, sizeof b));
		if ((st = conf_check_keys(e, p, point_keys, where)))
			return st;
		if (!(win = conf_get(p, "window")) || !(lost = conf_get(p, "lost")))
			return conf_fail(e, conf_line(p), "host_stall[%zu]: missing key '%s'", i,
					 win ? "lost" : "window");
		snprintf(e->prefix, sizeof e->prefix, "runtime.host_stall[%zu].", i);
		if (!(st = conf_duration(e, win, "window", &w->stall_curve[i].window_ns)))
			st = conf_duration(e, lost, "lost", &w->stall_curve[i].lost_ns);
		snprintf(e->prefix, sizeof e->prefix, "%s", prefix);
		if (st)
			return st;
		if (aegis_stall_curve_check(w->stall_curve, (uint32_t)i + 1, why, sizeof why))
			return conf_fail(e, conf_line(p), "host_stall[%zu]: %s", i, why);
	}
	w->runtime.host_stall_curve = w->stall_curve;
	w->runtime.n_host_stall_points = (uint32_t)n;
	return AEGIS_OK;
}

static aegis_status read_runtime(conf_err *e, const conf_node *rt, aegis_workload *w)
{
	aegis_status st;
	if (conf_kind_of(rt) == CONF_NULL)
		return AEGIS_OK; /* "runtime:" alone: every default */
	if (conf_kind_of(rt) != CONF_MAP)
		return conf_fail(e, conf_line(rt), "runtime: expected a mapping, got %s",
				 conf_kind_name(rt));
	snprintf(e->prefix, sizeof e->prefix, "runtime.");
	if ((st = conf_check_keys(e, rt, runtime_keys, "in runtime")) ||
	    (st = read_runtime_first(e, rt, w)))
		return st;
	if ((st = read_runtime_rest(e, rt, &w->runtime)))
		return st;
	const conf_node *stall = conf_get(rt, "host_stall");
	return conf_kind_of(stall) == CONF_LIST ? read_stall_curve(e, stall, w) : AEGIS_OK;
}

/* ---- document ------------------------------------------------------------------------ */

/* The top level: a mapping of 'runtime' (optional) and 'models'. The runtime
 * section is read first so that lanes are known to every model. */
static aegis_status read_root(conf_err *e, const conf_node *root, const char *dir,
			      aegis_workload *w)
{
	const char *empty = "empty workload: expected a mapping with 'models' (and optionally "
			    "'runtime')";
	if (!root)
		return conf_fail(e, 1, "%s", empty);
	if (conf_kind_of(root) == CONF_NULL)
		return conf_fail(e, conf_line(root), "%s", empty);
	if (conf_kind_of(root) != CONF_MAP)
		return conf_fail(e, conf_line(root), "expected a mapping with 'runtime' and "
				 "'models' at the top level, got %s", conf_kind_name(root));
	aegis_status st = conf_check_keys(e, root, top_keys, "at the top level");
	if (st != AEGIS_OK)
		return st;

	w->device = strdup("sim");
	if (!w->device)
		return conf_nomem(e);
	w->runtime.lanes = 1;
	const conf_node *rt = conf_get(root, "runtime");
	if (rt && (st = read_runtime(e, rt, w)) != AEGIS_OK)
		return st;
	w->runtime.device = w->device;

	const conf_node *models = conf_get(root, "models");
	if (!models)
		return conf_fail(e, conf_line(root), "missing key 'models' (a non-empty list of "
				 "models)");
	return wl_read_models(e, models, dir, w);
}

/* ---- public API ----------------------------------------------------------------- */

void aegis_workload_destroy(aegis_workload *w)
{
	if (!w)
		return;
	for (uint32_t i = 0; w->owned && i < w->n_models; i++) {
		wl_owned *o = &w->owned[i];
		if (o->b && o->backend_config)
			o->b->config_free(o->backend_config);
		free(o->name);
		free(o->backend);
	}
	free(w->owned);
	free(w->models);
	free(w->device);
	free(w->device_profile);
	free(w->path);
	free(w);
}

/* Reads the one document of text and then the workload it describes into w. */
struct read_ctx {
	const char *dir;
	aegis_workload *w;
};

static aegis_status read_root_of(conf_err *e, const conf_node *root, void *ctx)
{
	const struct read_ctx *c = ctx;
	return read_root(e, root, c->dir, c->w);
}

static aegis_status read_text(conf_err *e, const char *text, size_t len, const char *dir,
			      aegis_workload *w)
{
	static const yaml_conf_opts opts = {.one_document = "a workload file"};
	struct read_ctx c = {dir, w};
	return yaml_conf_read(text, len, &opts, e, read_root_of, &c);
}

/* Samples files named in text are relative to the folder of `name`. */
aegis_status aegis_workload_parse(const char *name, const char *text, size_t len,
				  aegis_workload **out, char *err, size_t err_len)
{
	conf_err e;
	conf_err_init(&e, name ? name : "(null)", err, err_len);
	aegis_workload *w = NULL;
	char *dir = NULL;
	aegis_status st;
	if (err && err_len)
		err[0] = '\0';
	if (out)
		*out = NULL;
	if (!name || !out || (!text && len))
		return conf_fail_at(&e, AEGIS_E_INVAL, e.path, 0, "invalid argument (NULL %s)",
				    !name ? "name" : !out ? "out" : "text");
	if (!text)
		text = "";

	w = calloc(1, sizeof *w);
	if (!w) {
		st = conf_nomem(&e);
		goto fail_alloc;
	}
	w->path = strdup(name);
	dir = path_dirname(name);
	if (!w->path || !dir) {
		st = conf_nomem(&e);
		goto fail_read;
	}
	if ((st = read_text(&e, text, len, dir, w)) != AEGIS_OK)
		goto fail_read;
	free(dir);
	*out = w;
	return AEGIS_OK;

fail_read:
	free(dir);
	aegis_workload_destroy(w);
fail_alloc:
	return st;
}

aegis_status aegis_workload_load(const char *path, aegis_workload **out, char *err,
				 size_t err_len)
{
	conf_err e;
	conf_err_init(&e, path ? path : "(null)", err, err_len);
	char *text = NULL;
	size_t len = 0;
	if (out)
		*out = NULL;
	if (!path || !out)
		return conf_fail_at(&e, AEGIS_E_INVAL, e.path, 0, "invalid argument (NULL %s)",
				    !path ? "path" : "out");
	char why[40];
	int rc = file_read_all(path, WL_MAX_FILE_BYTES, &text, &len);
	if (rc == ENOMEM)
		return conf_nomem(&e);
	if (rc)
		return conf_fail_at(&e, AEGIS_E_IO, path, 0, "cannot open: %s",
				    file_error(rc, WL_MAX_FILE_BYTES, why, sizeof why));
	aegis_status st = aegis_workload_parse(path, text, len, out, err, err_len);
	free(text);
	return st;
}

const aegis_runtime_config *aegis_workload_runtime(const aegis_workload *w)
{
	return w ? &w->runtime : NULL;
}

int64_t aegis_workload_duration_ns(const aegis_workload *w)
{
	return w ? w->duration_ns : 0;
}

uint32_t aegis_workload_model_count(const aegis_workload *w)
{
	return w ? w->n_models : 0;
}

const aegis_model_config *aegis_workload_model(const aegis_workload *w, uint32_t i)
{
	return (w && i < w->n_models) ? &w->models[i] : NULL;
}

uint32_t aegis_workload_model_line(const aegis_workload *w, uint32_t i)
{
	return (w && i < w->n_models) ? w->owned[i].line : 0;
}

const char *aegis_workload_path(const aegis_workload *w)
{
	return w ? w->path : NULL;
}

bool aegis_workload_lanes_auto(const aegis_workload *w)
{
	return w && w->lanes_auto;
}
