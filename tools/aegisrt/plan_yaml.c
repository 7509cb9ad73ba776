/* The planned workload of `aegisrt plan -o`: the input workload's YAML re-emitted event
 * by event (libyaml's event API: linear, aliases stay aliases), with runtime.lanes,
 * runtime.priorities, runtime.preemption and each model's lane and priority replaced
 * or added. Every other key passes through as written (comments do not: YAML events
 * carry none). Must not decide anything: the plan is given. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "plan.h"

struct ytx {
	yaml_parser_t p;
	yaml_emitter_t e;
	const struct plan_yaml *plan;
	char err[256];
};

static int fail(struct ytx *x, const char *what)
{
	if (!x->err[0])
		snprintf(x->err, sizeof x->err, "%s", what);
	return -1;
}

static int next(struct ytx *x, yaml_event_t *ev)
{
	if (!yaml_parser_parse(&x->p, ev)) {
		snprintf(x->err, sizeof x->err, "line %zu: %s", x->p.problem_mark.line + 1,
			 x->p.problem ? x->p.problem : "cannot parse");
		return -1;
	}
	return 0;
}

/* Emits ev (the emitter owns it afterwards, even on failure). */
static int emit(struct ytx *x, yaml_event_t *ev)
{
	if (!yaml_emitter_emit(&x->e, ev))
		return fail(x, x->e.problem ? x->e.problem : "cannot write the YAML");
	return 0;
}

static int emit_scalar(struct ytx *x, const char *v, bool quoted)
{
	yaml_event_t ev;
	if (!yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)(uintptr_t)v,
					  (int)strlen(v), 1, 1,
					  quoted ? YAML_DOUBLE_QUOTED_SCALAR_STYLE
						 : YAML_PLAIN_SCALAR_STYLE))
		return fail(x, "out of memory");
	return emit(x, &ev);
}

static int emit_u64(struct ytx *x, unsigned long long v)
{
	char b[32];
	snprintf(b, sizeof b, "%llu", v);
	return emit_scalar(x, b, false);
}

static int emit_collection(struct ytx *x, bool map, bool start, bool flow)
{
	yaml_event_t ev;
	int ok;
	if (map)
		ok = start ? yaml_mapping_start_event_initialize(
				     &ev, NULL, NULL, 1,
				     flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE)
			   : yaml_mapping_end_event_initialize(&ev);
	else
		ok = start ? yaml_sequence_start_event_initialize(
				     &ev, NULL, NULL, 1,
				     flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE)
			   : yaml_sequence_end_event_initialize(&ev);
	if (!ok)
		return fail(x, "out of memory");
	return emit(x, &ev);
}

/* Copies (emit) or drops the node whose first event is ev, with everything inside. */
static int pass_node(struct ytx *x, yaml_event_t *ev, bool keep)
{
	int depth = 0;
	for (;;) {
		yaml_event_type_t t = ev->type;
		if (t == YAML_SEQUENCE_START_EVENT || t == YAML_MAPPING_START_EVENT)
			depth++;
		else if (t == YAML_SEQUENCE_END_EVENT || t == YAML_MAPPING_END_EVENT)
			depth--;
		if (keep) {
			if (emit(x, ev))
				return -1;
		} else {
			yaml_event_delete(ev);
		}
		if (depth == 0)
			return 0;
		if (next(x, ev))
			return -1;
	}
}

/* ---- what is written ---------------------------------------------------------------- */

enum { RT_LANES, RT_PRIORITIES, RT_PREEMPTION, RT_KEYS };
static const char *const rt_keys[RT_KEYS] = {"lanes", "priorities", "preemption"};

static bool rt_key_wanted(const struct plan_yaml *y, int k)
{
	return k == RT_LANES || (k == RT_PRIORITIES && y->fp) || (k == RT_PREEMPTION && y->points);
}

static int emit_rt_value(struct ytx *x, int k)
{
	const struct plan_yaml *y = x->plan;
	if (k == RT_PRIORITIES)
		return emit_scalar(x, "explicit", false);
	if (k == RT_PREEMPTION)
		return emit_scalar(x, "points", false);
	if (emit_collection(x, false, true, true))
		return -1;
	for (uint32_t l = 0; l < y->n_lanes; l++)
		if (emit_collection(x, true, true, true) || emit_scalar(x, "sms", false) ||
		    emit_u64(x, y->lane_sms[l]) || emit_collection(x, true, false, true))
			return -1;
	return emit_collection(x, false, false, true);
}

enum { M_LANE, M_PRIORITY, M_KEYS };
static const char *const m_keys[M_KEYS] = {"lane", "priority"};

static bool m_key_wanted(const struct plan_yaml *y, int k)
{
	return k == M_LANE || y->fp;
}

static int emit_m_value(struct ytx *x, uint32_t i, int k)
{
	const struct plan_yaml *y = x->plan;
	if (k == M_PRIORITY)
		return emit_u64(x, (unsigned long long)y->prio[i]);
	if (y->lane[i] < 0)
		return emit_scalar(x, "auto", false);
	return emit_u64(x, (unsigned long long)y->lane[i]);
}

static int key_index(const yaml_event_t *ev, const char *const *keys, int n)
{
	if (ev->type != YAML_SCALAR_EVENT)
		return -1;
	for (int k = 0; k < n; k++)
		if (strcmp((const char *)ev->data.scalar.value, keys[k]) == 0)
			return k;
	return -1;
}

/* A mapping whose MAPPING_START was emitted: its keys in keys[0..n) get the plan's
 * values (value(x, ctx, k)), those it lacks are added at its end. */
static int edit_mapping(struct ytx *x, const char *const *keys, int n,
			bool (*wanted)(const struct plan_yaml *, int),
			int (*value)(struct ytx *, uint32_t, int), uint32_t ctx)
{
	bool done[8] = {false};
	yaml_event_t ev;
	for (;;) {
		if (next(x, &ev))
			return -1;
		if (ev.type == YAML_MAPPING_END_EVENT)
			break;
		int k = key_index(&ev, keys, n);
		if (pass_node(x, &ev, true)) /* the key */
			return -1;
		if (next(x, &ev))
			return -1;
		if (k >= 0 && wanted(x->plan, k) && !done[k]) {
			done[k] = true;
			if (pass_node(x, &ev, false) || value(x, ctx, k))
				return -1;
		} else if (pass_node(x, &ev, true)) {
			return -1;
		}
	}
	for (int k = 0; k < n; k++)
		if (wanted(x->plan, k) && !done[k] &&
		    (emit_scalar(x, keys[k], false) || value(x, ctx, k)))
			return -1;
	return emit(x, &ev);
}

static int rt_value(struct ytx *x, uint32_t ctx, int k)
{
	(void)ctx;
	return emit_rt_value(x, k);
}

/* A new runtime mapping (the file had none, or `runtime:` empty). */
static int emit_runtime(struct ytx *x)
{
	if (emit_collection(x, true, true, false))
		return -1;
	for (int k = 0; k < RT_KEYS; k++)
		if (rt_key_wanted(x->plan, k) &&
		    (emit_scalar(x, rt_keys[k], false) || emit_rt_value(x, k)))
			return -1;
	return emit_collection(x, true, false, false);
}

/* The value of `runtime:`, its first event in ev. */
static int edit_runtime(struct ytx *x, yaml_event_t *ev)
{
	if (ev->type == YAML_SCALAR_EVENT) { /* `runtime:` with nothing: a null section */
		yaml_event_delete(ev);
		return emit_runtime(x);
	}
	if (ev->type != YAML_MAPPING_START_EVENT) {
		yaml_event_delete(ev);
		return fail(x, "runtime: expected a mapping written out (an alias cannot be "
			       "edited)");
	}
	if (emit(x, ev))
		return -1;
	return edit_mapping(x, rt_keys, RT_KEYS, rt_key_wanted, rt_value, 0);
}

/* The value of `models:`: a list of mappings, the i-th model's lane and priority set. */
static int edit_models(struct ytx *x, yaml_event_t *ev)
{
	if (ev->type == YAML_SCALAR_EVENT && x->plan->n_models == 0)
		return pass_node(x, ev, true);
	if (ev->type != YAML_SEQUENCE_START_EVENT) {
		yaml_event_delete(ev);
		return fail(x, "models: expected a list written out (an alias cannot be edited)");
	}
	if (emit(x, ev))
		return -1;
	for (uint32_t i = 0;; i++) {
		if (next(x, ev))
			return -1;
		if (ev->type == YAML_SEQUENCE_END_EVENT) {
			if (i == x->plan->n_models)
				return emit(x, ev);
			yaml_event_delete(ev);
			return fail(x, "models: not the models loaded");
		}
		if (ev->type != YAML_MAPPING_START_EVENT || i >= x->plan->n_models) {
			yaml_event_delete(ev);
			return fail(x, "models: expected each model as a mapping written out (an "
				       "alias cannot be edited)");
		}
		if (emit(x, ev) || edit_mapping(x, m_keys, M_KEYS, m_key_wanted, emit_m_value, i))
			return -1;
	}
}

static int transform(struct ytx *x)
{
	yaml_event_t ev;
	bool runtime_seen = false;
	/* stream start, document start */
	for (int k = 0; k < 2; k++) {
		if (next(x, &ev))
			return -1;
		if (emit(x, &ev))
			return -1;
	}
	if (next(x, &ev))
		return -1;
	if (ev.type != YAML_MAPPING_START_EVENT) {
		yaml_event_delete(&ev);
		return fail(x, "expected the workload as a mapping (runtime, models)");
	}
	if (emit(x, &ev))
		return -1;
	for (;;) {
		if (next(x, &ev))
			return -1;
		if (ev.type == YAML_MAPPING_END_EVENT)
			break;
		int which = key_index(&ev, (const char *const[]){"runtime", "models"}, 2);
		if (pass_node(x, &ev, true) || next(x, &ev))
			return -1;
		int rc = which == 0   ? (runtime_seen = true, edit_runtime(x, &ev))
			 : which == 1 ? edit_models(x, &ev)
				      : pass_node(x, &ev, true);
		if (rc)
			return -1;
	}
	if (!runtime_seen && (emit_scalar(x, "runtime", false) || emit_runtime(x)))
		return -1;
	if (emit(x, &ev)) /* mapping end */
		return -1;
	/* document end, stream end */
	for (int k = 0; k < 2; k++) {
		if (next(x, &ev))
			return -1;
		if (ev.type != YAML_DOCUMENT_END_EVENT && ev.type != YAML_STREAM_END_EVENT) {
			yaml_event_delete(&ev);
			return fail(x, "expected one YAML document");
		}
		if (emit(x, &ev))
			return -1;
	}
	return 0;
}

static int write_handler(void *data, unsigned char *buffer, size_t size)
{
	FILE *f = data;
	return fwrite(buffer, 1, size, f) == size;
}

int plan_yaml_write(const char *text, size_t len, const struct plan_yaml *plan, FILE *f,
		    char *err, size_t err_len)
{
	struct ytx x = {.plan = plan};
	int rc = -1;
	if (!yaml_parser_initialize(&x.p)) {
		snprintf(err, err_len, "out of memory");
		return -1;
	}
	if (!yaml_emitter_initialize(&x.e)) {
		yaml_parser_delete(&x.p);
		snprintf(err, err_len, "out of memory");
		return -1;
	}
	yaml_parser_set_input_string(&x.p, (const unsigned char *)text, len);
	yaml_emitter_set_output(&x.e, write_handler, f);
	yaml_emitter_set_unicode(&x.e, 1);
	yaml_emitter_set_width(&x.e, -1);
	yaml_emitter_set_indent(&x.e, 2);
	rc = transform(&x);
	if (!rc && !yaml_emitter_flush(&x.e))
		rc = fail(&x, "cannot write the YAML");
	if (rc)
		snprintf(err, err_len, "%s", x.err[0] ? x.err : "cannot rewrite the workload");
	yaml_emitter_delete(&x.e);
	yaml_parser_delete(&x.p);
	return rc;
}
