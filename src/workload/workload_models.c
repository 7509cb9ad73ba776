/* The `models` list of a workload file, from its configuration tree (base/conf.h) to
 * aegis_model_config: the keys every model has here; the keys of its backend are the
 * backend's, which reads them from the same tree (backend_ops.configure) and whose
 * config the model then carries. Must not call libyaml, know the runtime section
 * (workload.c reads both) or know any backend's keys. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backend/backend.h"
#include "workload/workload_internal.h"

/* The keys every model has, whatever its backend. */
static const char *const model_keys[] = {
	"name",     "backend", "release",     "period",  "deadline", "offset", "jitter",
	"priority", "lane",    "queue_depth", "on_miss", "faults",   "inject", NULL};

static const conf_enum_name releases[] = {
	{"periodic", AEGIS_RELEASE_PERIODIC}, {"sporadic", AEGIS_RELEASE_SPORADIC}, {NULL, 0}};
static const conf_enum_name miss_policies[] = {
	{"finish", AEGIS_MISS_FINISH}, {"skip-next", AEGIS_MISS_SKIP_NEXT}, {NULL, 0}};

/* ---- the keys of every model ----------------------------------------------------------- */

/* faults / inject: a mapping of KEY: VALUE scalars, each set through its setter
 * (inject.c knows the keys); a bad one is reported at its line. */
static aegis_status read_knobs(conf_err *e, const conf_node *v, const char *what,
			       aegis_status (*set)(void *, const char *, const char *, char *,
						   size_t),
			       void *obj)
{
	char why[400], d[64];
	if (conf_kind_of(v) == CONF_NULL)
		return AEGIS_OK;
	if (conf_kind_of(v) != CONF_MAP)
		return conf_fail(e, conf_line(v), "%s%s: expected a mapping of settings, got %s",
				 e->prefix, what, conf_kind_name(v));
	size_t n = conf_count(v);
	for (size_t i = 0; i < n; i++) {
		const conf_node *x = conf_item(v, i);
		const char *ks = conf_key(v, i), *xs = conf_text(x);
		if (!ks || !xs)
			return conf_fail(e, conf_line(x), "%s%s: expected KEY: VALUE settings, got %s",
					 e->prefix, what, conf_describe(x, d, sizeof d));
		for (size_t k = 0; k < i; k++)
			if (strcmp(conf_key(v, k), ks) == 0)
				return conf_fail(e, conf_key_line(v, i), "%s%s: key '%s' given twice",
						 e->prefix, what, ks);
		if (set(obj, ks, xs, why, sizeof why) != AEGIS_OK)
			return conf_fail(e, conf_line(x), "%s%s", e->prefix, why);
	}
	return AEGIS_OK;
}

static aegis_status set_injection(void *o, const char *k, const char *v, char *w, size_t n)
{
	return aegis_fault_injection_set(o, k, v, w, n);
}

static aegis_status set_fault_config(void *o, const char *k, const char *v, char *w, size_t n)
{
	return aegis_fault_config_set(o, k, v, w, n);
}

/* release, period, deadline, offset, jitter */
static aegis_status read_timing(conf_err *e, const conf_node *m, aegis_model_config *c)
{
	const conf_node *v;
	aegis_status st = AEGIS_OK;
	int rel = 0;
	if ((v = conf_get(m, "release")) && (st = conf_enum(e, v, "release", releases, &rel)))
		return st;
	c->release = (aegis_release_kind)rel;
	if (!(v = conf_get(m, "period")))
		return conf_fail(e, conf_line(m), "%smissing key 'period' (a duration such as "
				 "33.3ms)", e->prefix);
	if ((st = conf_duration(e, v, "period", &c->period_ns)))
		return st;
	if ((v = conf_get(m, "deadline"))) {
		if ((st = conf_duration(e, v, "deadline", &c->deadline_ns)))
			return st;
		/* 0 in the config means "= period": an explicit 0 is a mistake, not that. */
		if (c->deadline_ns == 0)
			return conf_fail(e, conf_line(v), "%sdeadline: must be > 0 (leave it out to "
					 "use the period)", e->prefix);
	}
	if ((v = conf_get(m, "offset")) && (st = conf_duration(e, v, "offset", &c->offset_ns)))
		return st;
	if ((v = conf_get(m, "jitter")) && (st = conf_duration(e, v, "jitter", &c->jitter_ns)))
		return st;
	return AEGIS_OK;
}

/* backend, priority, lane, queue_depth, on_miss */
static aegis_status read_placement(conf_err *e, const conf_node *m, aegis_model_config *c,
				   wl_owned *o)
{
	const conf_node *v;
	aegis_status st;
	char expected[48];
	uint64_t x;
	int miss;
	(void)o;
	if ((v = conf_get(m, "priority"))) {
		if ((st = conf_uint(e, v, "priority", 0, INT32_MAX, "an integer >= 0", &x)))
			return st;
		c->priority = (int32_t)x;
	}
	c->lane = AEGIS_LANE_AUTO;
	v = conf_get(m, "lane");
	if (v && !(conf_text(v) && strcmp(conf_text(v), "auto") == 0)) {
		snprintf(expected, sizeof expected, "a lane index 0..%u or 'auto'",
			 AEGIS_MAX_LANES - 1);
		if ((st = conf_uint(e, v, "lane", 0, AEGIS_MAX_LANES - 1, expected, &x)))
			return st;
		c->lane = (int32_t)x;
	}
	if ((v = conf_get(m, "queue_depth"))) {
		snprintf(expected, sizeof expected, "an integer 1..%u", AEGIS_MAX_QUEUE_DEPTH);
		if ((st = conf_uint(e, v, "queue_depth", 1, AEGIS_MAX_QUEUE_DEPTH, expected, &x)))
			return st;
		c->queue_depth = (uint32_t)x;
	}
	miss = AEGIS_MISS_FINISH;
	v = conf_get(m, "on_miss");
	if (v && (st = conf_enum(e, v, "on_miss", miss_policies, &miss)))
		return st;
	c->on_miss = (aegis_miss_policy)miss;
	return AEGIS_OK;
}

/* The name, for messages, before the keys are checked: "model 'det'" or "model #3". */
static void set_model_prefix(conf_err *e, const conf_node *m, size_t idx)
{
	char q[64];
	const char *s = conf_text(conf_get(m, "name"));
	if (s && s[0])
		snprintf(e->where, sizeof e->where, "model '%s'", conf_quote(s, q, sizeof q));
	else
		snprintf(e->where, sizeof e->where, "model #%zu", idx + 1);
	snprintf(e->prefix, sizeof e->prefix, "%s: ", e->where);
}

/* The name is given and no earlier model has it. */
static aegis_status read_name(conf_err *e, const conf_node *m, aegis_workload *w, size_t idx)
{
	wl_owned *o = &w->owned[idx];
	const conf_node *v = conf_get(m, "name");
	if (!v)
		return conf_fail(e, conf_line(m), "%smissing key 'name'", e->prefix);
	aegis_status st = conf_string(e, v, "name", &o->name);
	if (st != AEGIS_OK)
		return st;
	o->name_line = conf_line(v);
	for (size_t i = 0; i < idx; i++) {
		if (strcmp(w->owned[i].name, o->name) == 0)
			return conf_fail(e, o->name_line, "duplicate model name '%s' (first at line "
					 "%u)", w->owned[i].name, w->owned[i].name_line);
	}
	w->models[idx].name = o->name;
	return AEGIS_OK;
}

/* backend: which one (absent: the registry's default); it must be built in. */
static aegis_status read_backend(conf_err *e, const conf_node *m, aegis_model_config *c,
				 wl_owned *o)
{
	const conf_node *v = conf_get(m, "backend");
	aegis_status st = v ? conf_string(e, v, "backend", &o->backend) : AEGIS_OK;
	if (st != AEGIS_OK)
		return st;
	if ((o->b = backend_find(o->backend))) {
		c->backend = o->b->name; /* absent: the default, named */
		return AEGIS_OK;
	}
	char names[96];
	backend_names(names, sizeof names);
	return conf_fail(e, o->line, "%sunknown backend '%s' (built in: %s%s)", e->prefix,
			 o->backend, names, backend_absent_why(o->backend));
}

/* The backend reads its own keys from the model's entry; its config goes with the model
 * (relative file names resolved against dir already). */
static aegis_status configure_backend(conf_err *e, const conf_node *m, const char *dir,
				      aegis_model_config *c, wl_owned *o)
{
	struct backend_model bm = {.self = o->b, .name = c->name, .settings = m, .dir = dir};
	aegis_status st = o->b->configure(&bm, e, &o->backend_config);
	if (st != AEGIS_OK)
		return st;
	c->backend_config = o->backend_config;
	return AEGIS_OK;
}

static aegis_status read_model(conf_err *e, const conf_node *m, const char *dir,
			       aegis_workload *w, size_t idx)
{
	char in[128], detail[256];
	aegis_model_config *c = &w->models[idx];
	wl_owned *o = &w->owned[idx];
	const conf_node *v;
	aegis_status st;

	if (conf_kind_of(m) != CONF_MAP)
		return conf_fail(e, conf_line(m), "models[%zu]: expected a mapping (one model), "
				 "got %s", idx, conf_kind_name(m));
	o->line = conf_line(m);
	set_model_prefix(e, m, idx);
	snprintf(in, sizeof in, "in %s", e->where);
	(void)in;
	if ((st = read_backend(e, m, c, o)) || (st = backend_check_keys(o->b, m, model_keys, e)) ||
	    (st = read_name(e, m, w, idx)) || (st = read_timing(e, m, c)) ||
	    (st = read_placement(e, m, c, o)) || (st = configure_backend(e, m, dir, c, o)))
		return st;
	if ((v = conf_get(m, "faults")) &&
	    (st = read_knobs(e, v, "faults", set_fault_config, &c->faults)))
		return st;
	if ((v = conf_get(m, "inject")) &&
	    (st = read_knobs(e, v, "inject", set_injection, &c->inject)))
		return st;

	/* The semantic rules, with the runtime section known whatever the key order. */
	if (w->lanes_auto && c->lane != AEGIS_LANE_AUTO)
		return conf_fail(e, conf_line(conf_get(m, "lane")), "%slane: with runtime.lanes: "
				 "auto the planner chooses every model's lane: write 'lane: auto' "
				 "or leave it out", e->prefix);
	if (aegis_model_config_validate(c, w->runtime.lanes, detail, sizeof detail))
		return conf_fail(e, o->line, "%s", detail);
	return AEGIS_OK;
}

aegis_status wl_read_models(conf_err *e, const conf_node *v, const char *dir,
			    aegis_workload *w)
{
	char d[64];
	if (conf_kind_of(v) != CONF_LIST)
		return conf_fail(e, conf_line(v), "models: expected a list of models, got %s",
				 conf_describe(v, d, sizeof d));
	size_t n = conf_count(v);
	if (n == 0)
		return conf_fail(e, conf_line(v), "models: the list is empty: expected at least "
				 "one model");
	if (n > AEGIS_MAX_MODELS)
		return conf_fail(e, conf_line(v), "models: %zu models exceed the limit of %u", n,
				 AEGIS_MAX_MODELS);
	w->models = calloc(n, sizeof *w->models);
	w->owned = calloc(n, sizeof *w->owned);
	if (!w->models || !w->owned)
		return conf_nomem(e);
	w->n_models = (uint32_t)n; /* owned[] is zeroed: destroy frees whatever was read */
	for (size_t i = 0; i < n; i++) {
		aegis_status st = read_model(e, conf_item(v, i), dir, w, i);
		if (st != AEGIS_OK)
			return st;
	}
	return AEGIS_OK;
}
