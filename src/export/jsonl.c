/* Decision log exporter: streams trace events to a FILE as JSON Lines, schema
 * "aegis-decision-log" version 1 (docs/DECISION_LOG.md), after a header line that
 * makes the log self-contained for 'aegisrt replay'. The header reads the runtime
 * through its public API and re-applies the lane rule (aegis_lane_analyse) for the
 * verdicts. Must not keep the events it has written, nor call into the runtime from
 * the sink.
 *
 * Times are integer nanoseconds, so equal runs give byte-identical logs. */
#include <inttypes.h>
#include <stdbool.h>
#include <stdlib.h>

#include "aegis/analysis.h"
#include "aegis/device.h"
#include "aegis/runtime.h"
#include "aegis/trace.h"
#include "export/export.h"

#define JSONL_SCHEMA "aegis-decision-log"
#define JSONL_VERSION 1

struct aegis_jsonl_writer {
	struct exporter x; /* first: the sink's user; ready once the header is written */
};

#define put_str export_json_str

/* Opens an event line with the fields every event has; the caller adds the rest. */
static void line_begin(FILE *f, const aegis_trace_event *ev)
{
	fprintf(f, "{\"ev\":\"%s\",\"t\":%" PRId64 ",\"model\":%" PRIu32 ",\"job\":%" PRIu64,
		aegis_event_kind_name((aegis_event_kind)ev->kind), ev->t_ns, ev->model, ev->job);
	if (ev->lane != AEGIS_NO_LANE)
		fprintf(f, ",\"lane\":%" PRIu32, ev->lane);
}

static void write_event(struct exporter *x, const aegis_trace_event *ev)
{
	FILE *f = x->f;
	const char *status = aegis_status_name((aegis_status)ev->status);
	switch ((aegis_event_kind)ev->kind) {
	case AEGIS_EV_RELEASE:
		line_begin(f, ev);
		fprintf(f, ",\"deadline\":%" PRId64 "}\n", ev->arg);
		break;
	case AEGIS_EV_REJECT:
		line_begin(f, ev);
		fprintf(f, ",\"status\":\"%s\"}\n", status);
		break;
	case AEGIS_EV_START:
		line_begin(f, ev);
		fprintf(f, ",\"segment\":%u,\"deadline\":%" PRId64 "}\n", (unsigned)ev->segment,
			ev->arg);
		break;
	case AEGIS_EV_SEGMENT_END:
		line_begin(f, ev);
		fprintf(f, ",\"segment\":%u,\"start\":%" PRId64 "}\n", (unsigned)ev->segment,
			ev->arg);
		break;
	case AEGIS_EV_PREEMPT:
		line_begin(f, ev);
		fprintf(f, ",\"segment\":%u,\"by\":%" PRId64 "}\n", (unsigned)ev->segment, ev->arg);
		break;
	case AEGIS_EV_COMPLETE:
		line_begin(f, ev);
		fprintf(f, ",\"segment\":%u,\"status\":\"%s\",\"arrival\":%" PRId64 "}\n",
			(unsigned)ev->segment, status, ev->arg);
		break;
	case AEGIS_EV_MISS:
		line_begin(f, ev);
		fprintf(f, ",\"segment\":%u}\n", (unsigned)ev->segment);
		break;
	case AEGIS_EV_DECIDE:
		line_begin(f, ev);
		fprintf(f, ",\"segment\":%u,\"reason\":\"%s\",\"key\":%" PRId64 ",\"tie\":%" PRId64
			",\"candidates\":%" PRIu32,
			(unsigned)ev->segment, aegis_decide_reason_name((aegis_decide_reason)ev->status), ev->arg, ev->arg2, ev->count);
		if (ev->other == AEGIS_NO_MODEL)
			fputs(",\"alt\":null}\n", f);
		else
			fprintf(f, ",\"alt\":{\"model\":%" PRIu32 ",\"key\":%" PRId64 ",\"tie\":%" PRId64
				"}}\n", ev->other, ev->arg3, ev->arg4);
		break;
	case AEGIS_EV_ALLOC:
	case AEGIS_EV_FREE: {
		fprintf(f, "{\"ev\":\"%s\",\"t\":%" PRId64 ",\"region\":\"%s\",\"lane\":%" PRIu32,
			aegis_event_kind_name((aegis_event_kind)ev->kind), ev->t_ns,
			aegis_mem_region_name((aegis_mem_region)ev->segment), ev->lane);
		if (ev->model != AEGIS_NO_MODEL)
			fprintf(f, ",\"model\":%" PRIu32, ev->model);
		fprintf(f, ",\"offset\":%" PRId64 ",\"bytes\":%" PRId64 "}\n", ev->arg, ev->arg2);
		break;
	}
	case AEGIS_EV_ADMIT:
		fprintf(f, "{\"ev\":\"admit\",\"t\":%" PRId64 ",\"model\":", ev->t_ns);
		if (ev->model == AEGIS_NO_MODEL)
			fprintf(f, "null,\"refusal\":%" PRIu64, ev->job);
		else
			fprintf(f, "%" PRIu32, ev->model);
		fputs(",\"lane\":", f);
		if (ev->lane == AEGIS_NO_LANE)
			fputs("null", f);
		else
			fprintf(f, "%" PRIu32, ev->lane);
		fprintf(f, ",\"status\":\"%s\",\"bound\":", status);
		if (ev->arg >= 0)
			fprintf(f, "%" PRId64, ev->arg);
		else
			fputs("null", f);
		fputs(",\"slack\":", f);
		if (ev->arg2 != INT64_MIN)
			fprintf(f, "%" PRId64, ev->arg2);
		else
			fputs("null", f);
		fprintf(f, ",\"deadline\":%" PRId64 ",\"lane_models\":%" PRIu32 "}\n", ev->arg3,
			ev->count);
		break;
	case AEGIS_EV_FAULT:
		fprintf(f, "{\"ev\":\"fault\",\"t\":%" PRId64 ",\"model\":", ev->t_ns);
		if (ev->model == AEGIS_NO_MODEL)
			fputs("null", f);
		else
			fprintf(f, "%" PRIu32 ",\"job\":%" PRIu64, ev->model, ev->job);
		if (ev->lane != AEGIS_NO_LANE)
			fprintf(f, ",\"lane\":%" PRIu32 ",\"segment\":%u", ev->lane,
				(unsigned)ev->segment);
		fprintf(f, ",\"kind\":\"%s\",\"status\":\"%s\"",
			aegis_fault_kind_name((aegis_fault_kind)ev->count), status);
		if (ev->count == AEGIS_FAULT_OVERRUN || ev->count == AEGIS_FAULT_BREACH)
			fprintf(f, ",\"budget\":%" PRId64 ",\"executed\":%" PRId64, ev->arg,
				ev->arg2);
		fputs("}\n", f);
		break;
	case AEGIS_EV_HEALTH:
		fprintf(f, "{\"ev\":\"health\",\"t\":%" PRId64 ",\"model\":%" PRIu32
			",\"job\":%" PRIu64 ",\"from\":\"%s\",\"to\":\"%s\",\"cause\":\"%s\"}\n",
			ev->t_ns, ev->model, ev->job, aegis_health_name((aegis_health)ev->arg),
			aegis_health_name((aegis_health)ev->arg2), status);
		break;
	case AEGIS_EV_KIND_COUNT_:
	default:
		break; /* a kind newer than this writer: skipped, every line stays valid */
	}
}

aegis_status aegis_jsonl_writer_create(FILE *f, aegis_jsonl_writer **out)
{
	if (!out)
		return AEGIS_E_INVAL;
	void *made; /* the decision log is ready once its header is written */
	aegis_status st = exporter_create(f, sizeof **out, false, write_event, &made);
	*out = made;
	return st;
}

aegis_trace_sink aegis_jsonl_writer_sink(aegis_jsonl_writer *w)
{
	aegis_trace_sink s = {w ? exporter_sink : NULL, w ? &w->x : NULL};
	return s;
}

/* The admitted models (not evicted) with their analysed tasks and lanes, in admission
 * order (their ids): what admission analysed. */
struct admitted {
	uint32_t n;
	aegis_model_id *ids;
	aegis_task *tasks;
	int32_t *lanes;
};

static aegis_status gather(const aegis_runtime *rt, struct admitted *a)
{
	uint32_t slots = aegis_runtime_model_count(rt);
	a->n = 0;
	a->ids = malloc((slots ? slots : 1) * sizeof *a->ids);
	a->tasks = malloc((slots ? slots : 1) * sizeof *a->tasks);
	a->lanes = malloc((slots ? slots : 1) * sizeof *a->lanes);
	if (!a->ids || !a->tasks || !a->lanes)
		return AEGIS_E_NOMEM;
	for (uint32_t i = 0; i < slots; i++) {
		aegis_model_id id = aegis_runtime_model_at(rt, i);
		aegis_model_stats s;
		if (aegis_model_stats_get(rt, id, &s) != AEGIS_OK ||
		    aegis_model_task_get(rt, id, &a->tasks[a->n]) != AEGIS_OK)
			continue;
		a->ids[a->n] = id;
		a->lanes[a->n++] = s.evicted ? -1 : (int32_t)s.lane;
	}
	return AEGIS_OK;
}

static void admitted_free(struct admitted *a)
{
	free(a->ids);
	free(a->tasks);
	free(a->lanes);
}

/* Each lane analysed as admission does (the one lane rule): the per-model verdicts in
 * ok[] (1 schedulable, 0 not) and evidence in ev[], by position in a. Returns false
 * when the analysis fails (then no verdicts are written). */
static bool lane_verdicts(const aegis_runtime *rt, aegis_analysis_kind kind,
			  const struct admitted *a, int8_t *ok, aegis_task_result *ev,
			  int8_t *lane_ok)
{
	uint32_t lanes = aegis_runtime_lane_count(rt);
	for (uint32_t lane = 0; lane < lanes; lane++) {
		aegis_analysis_result res;
		lane_ok[lane] = 1;
		if (aegis_lane_analyse(kind, a->tasks, a->lanes, a->n, lane, NULL, &res, ev,
				       NULL) != AEGIS_OK)
			return false;
		lane_ok[lane] = res.schedulable ? 1 : 0;
	}
	for (uint32_t i = 0; i < a->n; i++)
		ok[i] = ev[i].schedulable ? 1 : 0;
	return true;
}

static void put_verdict(FILE *f, bool have, int8_t v)
{
	fputs(!have ? "null" : v ? "true" : "false", f);
}

/* The runtime's settings and the lanes' verdicts. */
static void header_runtime(FILE *f, const aegis_runtime *rt, bool analysed,
			   aegis_analysis_kind kind, const int8_t *lane_ok)
{
	const aegis_runtime_config *cfg = aegis_runtime_config_get(rt);
	uint32_t lanes = aegis_runtime_lane_count(rt);
	aegis_device_info dev;
	if (aegis_runtime_device_info(rt, &dev) != AEGIS_OK)
		snprintf(dev.device, sizeof dev.device, "%s", cfg->device ? cfg->device : "sim");
	fprintf(f, "{\"schema\":\"%s\",\"version\":%d,\"runtime\":{\"device\":", JSONL_SCHEMA,
		JSONL_VERSION);
	put_str(f, dev.device);
	fprintf(f, ",\"lanes\":%" PRIu32 ",\"policy\":\"%s\",\"rule\":", lanes,
		aegis_policy_name(cfg->policy));
	put_str(f, aegis_policy_rule(cfg->policy));
	fprintf(f, ",\"preemption\":\"%s\",\"priorities\":\"%s\",", aegis_preemption_name(cfg->preemption),
		aegis_priority_rule_name(cfg->priorities));
	if (cfg->seed <= (uint64_t)INT64_MAX)
		fprintf(f, "\"seed\":%" PRIu64, cfg->seed);
	else
		fprintf(f, "\"seed\":\"%" PRIu64 "\"", cfg->seed); /* beyond JSON parsers' int64 */
	fprintf(f, ",\"admission\":\"%s\",\"analysis\":",
		cfg->admission == AEGIS_ADMIT_OFF ? "off" : "on");
	if (analysed)
		fprintf(f, "\"%s\"", aegis_analysis_kind_name(kind));
	else
		fputs("null", f);
	fprintf(f, ",\"dispatch_overhead_ns\":%" PRId64 ",\"host_stall_ns\":%" PRId64 "},\"lanes\":[",
		cfg->dispatch_overhead_ns, cfg->host_stall_ns);
	for (uint32_t l = 0; l < lanes; l++) {
		aegis_lane_info li;
		fprintf(f, "%s{\"lane\":%" PRIu32, l ? "," : "", l);
		if (aegis_runtime_lane_info(rt, l, &li) == AEGIS_OK && li.sm_count)
			fprintf(f, ",\"sms\":%" PRIu32, li.sm_count); /* its size (a layout's) */
		fputs(",\"schedulable\":", f);
		put_verdict(f, analysed, lane_ok[l]);
		fputc('}', f);
	}
	fputs("]", f);
}

/* Every model with its analysed task and its verdict and evidence. */
static void header_models(FILE *f, const aegis_runtime *rt, const struct admitted *a,
			  bool analysed, const int8_t *ok, const aegis_task_result *ev)
{
	bool forced = aegis_runtime_config_get(rt)->admission == AEGIS_ADMIT_OFF;
	fputs(",\"models\":[", f);
	for (uint32_t i = 0; i < a->n; i++) {
		aegis_model_stats s;
		const aegis_task *t = &a->tasks[i];
		aegis_model_id id = a->ids[i];
		aegis_model_stats_get(rt, id, &s);
		fprintf(f, "%s{\"id\":%" PRIu32 ",\"name\":", i ? "," : "", id);
		put_str(f, aegis_model_name(rt, id));
		fprintf(f, ",\"lane\":%" PRIu32 ",\"period_ns\":%" PRId64 ",\"deadline_ns\":%" PRId64
			",\"jitter_ns\":%" PRId64 ",\"prio_key\":%" PRId64 ",\"rank\":%" PRId32
			",\"wcet_ns\":%" PRId64 ",\"c_ns\":%" PRId64 ",\"segments_ns\":[",
			s.lane, t->period_ns, t->deadline_ns, t->jitter_ns, t->prio, s.priority,
			s.wcet_ns, t->wcet_ns);
		for (uint32_t k = 0; k < t->n_segments && t->segment_ns; k++)
			fprintf(f, "%s%" PRId64, k ? "," : "", t->segment_ns[k]);
		fprintf(f, "],\"evicted\":%s,\"admitted\":\"%s\",\"schedulable\":",
			s.evicted ? "true" : "false", forced ? "forced" : "analysed");
		put_verdict(f, analysed && !s.evicted, ok[i]);
		/* the evidence: FP's response-time bound (null under EDF or beyond D) and the
		 * slack (FP: D - R; EDF: at the tightest check point) */
		bool have = analysed && !s.evicted;
		fputs(",\"bound_ns\":", f);
		if (have && ev[i].bound_ns >= 0)
			fprintf(f, "%" PRId64, ev[i].bound_ns);
		else
			fputs("null", f);
		fputs(",\"slack_ns\":", f);
		if (have)
			fprintf(f, "%" PRId64, ev[i].slack_ns);
		else
			fputs("null", f);
		fputc('}', f);
	}
	fputs("]", f);
}

/* The refused admissions the runtime kept, with their reasons. */
static void header_refused(FILE *f, const aegis_runtime *rt)
{
	fputs(",\"refused\":[", f);
	uint64_t n_refused = aegis_runtime_refusal_count(rt);
	bool first = true;
	for (uint64_t seq = 0; seq < n_refused; seq++) {
		aegis_refusal r;
		if (aegis_runtime_refusal_get(rt, seq, &r) != AEGIS_OK)
			continue; /* older than the ones kept */
		fprintf(f, "%s{\"refusal\":%" PRIu64 ",\"name\":", first ? "" : ",", r.seq);
		first = false;
		put_str(f, r.name);
		fprintf(f, ",\"status\":\"%s\",\"lane\":", aegis_status_name(r.status));
		if (r.lane == AEGIS_NO_LANE)
			fputs("null", f);
		else
			fprintf(f, "%" PRIu32, r.lane);
		fputs(",\"reason\":", f);
		put_str(f, r.reason);
		fputc('}', f);
	}
	fprintf(f, "],\"refusals\":%" PRIu64 "}\n", n_refused);
}

aegis_status aegis_jsonl_writer_header(aegis_jsonl_writer *w, const aegis_runtime *rt)
{
	if (!w || !rt)
		return AEGIS_E_INVAL;
	if (w->x.ready || w->x.dropped || w->x.finished)
		return AEGIS_E_STATE;
	const aegis_runtime_config *cfg = aegis_runtime_config_get(rt);
	aegis_analysis_kind kind;
	bool analysed = aegis_policy_analysis(cfg->policy, cfg->preemption, &kind) == AEGIS_OK;
	struct admitted a;
	aegis_status st = gather(rt, &a);
	int8_t *ok = calloc(a.n ? a.n : 1, sizeof *ok);
	aegis_task_result *ev = calloc(a.n ? a.n : 1, sizeof *ev);
	int8_t lane_ok[AEGIS_MAX_LANES] = {0};
	if (st != AEGIS_OK || !ok || !ev) {
		st = AEGIS_E_NOMEM;
		goto out;
	}
	if (analysed && !lane_verdicts(rt, kind, &a, ok, ev, lane_ok))
		analysed = false; /* the analysis itself failed: no verdicts */
	header_runtime(w->x.f, rt, analysed, kind, lane_ok);
	header_models(w->x.f, rt, &a, analysed, ok, ev);
	header_refused(w->x.f, rt);
	w->x.ready = true;
out:
	admitted_free(&a);
	free(ok);
	free(ev);
	return st;
}

aegis_status aegis_jsonl_writer_finish(aegis_jsonl_writer *w)
{
	if (!w)
		return AEGIS_E_INVAL;
	if (w->x.finished)
		return AEGIS_E_STATE;
	aegis_status st = exporter_finish(&w->x);
	if (!w->x.ready || w->x.dropped)
		return AEGIS_E_STATE;
	return st;
}

void aegis_jsonl_writer_destroy(aegis_jsonl_writer *w)
{
	free(w);
}
