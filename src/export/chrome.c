/* Chrome Trace Event Format exporter: streams trace events to a FILE as JSON that
 * Perfetto and chrome://tracing load. Must not keep the events it has written, nor
 * call into the runtime before aegis_chrome_writer_finish() (then only through the
 * public API, for the names).
 *
 * Layout of the document:
 *
 *   pid 1 "lanes"   tid = lane index, thread "lane N": one "X" slice per segment
 *                   (SEGMENT_END) and an "i" instant per PREEMPT.
 *   pid 2 "models"  tid = model id, thread named by the model: a zero-length "X"
 *                   slice per release and per completion, "i" instants for reject
 *                   and miss.
 *
 * Flow arrows follow each job: release -> each of its segments -> its completion.
 * They use the flow binding of the Trace Event Format's slices ("bind_id" with
 * "flow_out" on the release, "flow_in" and "flow_out" on each segment, "flow_in" on
 * the completion), which Perfetto's JSON importer ties to the very slice that carries
 * them; that is why releases and completions are zero-length slices, not instants.
 * The id is the job's: (model + 1) << 40 | job, in hex.
 *
 * Model names are only known to the runtime, which the sink must not call, so a
 * slice is named "m<ID>": the same number as the tid of the model's track, which
 * Perfetto shows next to the model's name ("det 3"). One name per model also gives
 * one colour per model on the lanes. args.model carries the id as a number.
 * Names ("M" events) are written by finish(), after the last event.
 *
 * Times are microseconds printed exactly from integer nanoseconds ("12.345"), with
 * no floating point, so equal inputs give byte-identical files.
 */
#include <inttypes.h>
#include <stdbool.h>
#include <stdlib.h>

#include "aegis/runtime.h"
#include "aegis/trace.h"
#include "export/export.h"

enum { PID_LANES = 1, PID_MODELS = 2 };

/* The last START seen on a lane, so that the slice written at its SEGMENT_END can
 * carry the job's deadline. One per lane: the memory is bounded by AEGIS_MAX_LANES. */
typedef struct lane_start {
	int valid;
	uint64_t job;
	uint32_t model;
	uint16_t segment;
	int64_t deadline_ns;
} lane_start;

struct aegis_chrome_writer {
	struct exporter x; /* first: the sink's user */
	FILE *f;
	uint64_t n_events; /* written so far; the first one has no comma before it */
	lane_start lanes[AEGIS_MAX_LANES];
};

/* a - b, saturated: the runtime gives a >= b >= 0, but a bad event must not be UB. */
static int64_t ns_sub(int64_t a, int64_t b)
{
	if (b < 0 && a > INT64_MAX + b)
		return INT64_MAX;
	if (b > 0 && a < INT64_MIN + b)
		return INT64_MIN;
	return a - b;
}

/* Nanoseconds as microseconds with three decimals: 12345 -> "12.345". */
static void put_us(FILE *f, int64_t ns)
{
	uint64_t mag = ns < 0 ? 0u - (uint64_t)ns : (uint64_t)ns;
	fprintf(f, "%s%" PRIu64 ".%03" PRIu64, ns < 0 ? "-" : "", mag / 1000u, mag % 1000u);
}

/* Opens one event with the fields every event has. The caller writes the rest and
 * closes it with "}". */
static void event_begin(aegis_chrome_writer *w, char ph, int pid, uint32_t tid,
			const char *name)
{
	fputs(w->n_events++ ? ",\n" : "\n", w->f);
	fprintf(w->f, "{\"ph\":\"%c\",\"pid\":%d,\"tid\":%" PRIu32 ",\"name\":\"%s\"", ph, pid,
		tid, name);
}

/* The flow id of a job: unique per (model, job) for jobs below 2^40. */
static void put_flow(FILE *f, const aegis_trace_event *ev, bool in, bool out)
{
	uint64_t id = ((uint64_t)ev->model + 1) << 40 | (ev->job & ((1ull << 40) - 1));
	fprintf(f, ",\"bind_id\":\"%" PRIx64 "\"%s%s", id, in ? ",\"flow_in\":true" : "",
		out ? ",\"flow_out\":true" : "");
}

/* A zero-length slice on the model's track carrying the job's flow; leaves "args"
 * open after model and job. */
static void mark_begin(aegis_chrome_writer *w, const char *name, const aegis_trace_event *ev,
		       bool in, bool out)
{
	event_begin(w, 'X', PID_MODELS, ev->model, name);
	fputs(",\"ts\":", w->f);
	put_us(w->f, ev->t_ns);
	fputs(",\"dur\":0", w->f);
	put_flow(w->f, ev, in, out);
	fprintf(w->f, ",\"args\":{\"model\":%" PRIu32 ",\"job\":%" PRIu64, ev->model, ev->job);
}

/* A thread-scoped instant; leaves "args" open after model and job. */
static void instant_begin(aegis_chrome_writer *w, int pid, uint32_t tid, const char *name,
			  const aegis_trace_event *ev)
{
	event_begin(w, 'i', pid, tid, name);
	fputs(",\"s\":\"t\",\"ts\":", w->f);
	put_us(w->f, ev->t_ns);
	fprintf(w->f, ",\"args\":{\"model\":%" PRIu32 ",\"job\":%" PRIu64, ev->model, ev->job);
}

static void write_segment(aegis_chrome_writer *w, const aegis_trace_event *ev)
{
	char name[16];
	snprintf(name, sizeof name, "m%" PRIu32, ev->model);
	event_begin(w, 'X', PID_LANES, ev->lane, name);
	fputs(",\"ts\":", w->f);
	put_us(w->f, ev->arg);
	fputs(",\"dur\":", w->f);
	put_us(w->f, ns_sub(ev->t_ns, ev->arg));
	put_flow(w->f, ev, true, true);
	fprintf(w->f, ",\"args\":{\"model\":%" PRIu32 ",\"job\":%" PRIu64 ",\"segment\":%u",
		ev->model, ev->job, (unsigned)ev->segment);

	/* The deadline is known only if this lane's last START was this very segment. */
	if (ev->lane < AEGIS_MAX_LANES) {
		lane_start *ls = &w->lanes[ev->lane];
		if (ls->valid && ls->job == ev->job && ls->model == ev->model &&
		    ls->segment == ev->segment) {
			fputs(",\"deadline_us\":", w->f);
			put_us(w->f, ls->deadline_ns);
		}
		ls->valid = 0;
	}
	fputs("}}", w->f);
}

static void write_event(struct exporter *x, const aegis_trace_event *ev)
{
	aegis_chrome_writer *w = (aegis_chrome_writer *)x;
	switch ((aegis_event_kind)ev->kind) {
	case AEGIS_EV_RELEASE:
		mark_begin(w, "release", ev, false, true);
		fputs(",\"deadline_us\":", w->f);
		put_us(w->f, ev->arg);
		fputs("}}", w->f);
		break;
	case AEGIS_EV_REJECT:
		instant_begin(w, PID_MODELS, ev->model, "reject", ev);
		fprintf(w->f, ",\"status\":\"%s\"}}", aegis_status_name((aegis_status)ev->status));
		break;
	case AEGIS_EV_START:
		/* Nothing to write: the slice is whole at SEGMENT_END. Remember the deadline. */
		if (ev->lane < AEGIS_MAX_LANES)
			w->lanes[ev->lane] = (lane_start){1, ev->job, ev->model, ev->segment,
							  ev->arg};
		break;
	case AEGIS_EV_SEGMENT_END:
		write_segment(w, ev);
		break;
	case AEGIS_EV_PREEMPT:
		instant_begin(w, PID_LANES, ev->lane, "preempt", ev);
		fputs("}}", w->f);
		break;
	case AEGIS_EV_COMPLETE:
		mark_begin(w, "complete", ev, true, false);
		fprintf(w->f, ",\"status\":\"%s\",\"response_us\":",
			aegis_status_name((aegis_status)ev->status));
		put_us(w->f, ns_sub(ev->t_ns, ev->arg));
		fputs("}}", w->f);
		break;
	case AEGIS_EV_MISS:
		instant_begin(w, PID_MODELS, ev->model, "miss", ev);
		fputs("}}", w->f);
		break;
	case AEGIS_EV_ADMIT:
		if (ev->model == AEGIS_NO_MODEL)
			break; /* a refused model has no track: the decision log has it */
		instant_begin(w, PID_MODELS, ev->model, "admit", ev);
		fprintf(w->f, ",\"lane\":%" PRIu32 ",\"bound_us\":", ev->lane);
		if (ev->arg >= 0)
			put_us(w->f, ev->arg);
		else
			fputs("null", w->f);
		fputs("}}", w->f);
		break;
	case AEGIS_EV_FAULT:
		if (ev->model == AEGIS_NO_MODEL) { /* the device: a global instant */
			event_begin(w, 'i', PID_LANES, 0, "fatal");
			fputs(",\"s\":\"g\",\"ts\":", w->f);
			put_us(w->f, ev->t_ns);
			fprintf(w->f, ",\"args\":{\"status\":\"%s\"}}",
				aegis_status_name((aegis_status)ev->status));
			break;
		}
		instant_begin(w, PID_MODELS, ev->model, "fault", ev);
		fprintf(w->f, ",\"kind\":\"%s\",\"status\":\"%s\"}}",
			aegis_fault_kind_name((aegis_fault_kind)ev->count),
			aegis_status_name((aegis_status)ev->status));
		break;
	case AEGIS_EV_HEALTH:
		instant_begin(w, PID_MODELS, ev->model, aegis_health_name((aegis_health)ev->arg2), ev);
		fprintf(w->f, ",\"from\":\"%s\",\"cause\":\"%s\"}}",
			aegis_health_name((aegis_health)ev->arg),
			aegis_status_name((aegis_status)ev->status));
		break;
	case AEGIS_EV_DECIDE:
	case AEGIS_EV_ALLOC:
	case AEGIS_EV_FREE:
		break; /* decisions and memory belong to the decision log (jsonl.c) */
	case AEGIS_EV_KIND_COUNT_:
	default:
		break; /* a kind newer than this writer: skipped, the document stays valid */
	}
}

aegis_status aegis_chrome_writer_create(FILE *f, aegis_chrome_writer **out)
{
	if (!out)
		return AEGIS_E_INVAL;
	void *made;
	aegis_status st = exporter_create(f, sizeof **out, true, write_event, &made);
	if ((*out = made) == NULL)
		return st;
	(*out)->f = f;
	fputs("{\"displayTimeUnit\":\"ns\",\"traceEvents\":[", f);
	return AEGIS_OK;
}

aegis_trace_sink aegis_chrome_writer_sink(aegis_chrome_writer *w)
{
	aegis_trace_sink s = {w ? exporter_sink : NULL, w ? &w->x : NULL};
	return s;
}

static void write_name(aegis_chrome_writer *w, int pid, uint32_t tid, const char *what,
		       const char *name)
{
	event_begin(w, 'M', pid, tid, what);
	fputs(",\"args\":{\"name\":", w->f);
	export_json_str(w->f, name);
	fputs("}}", w->f);
}

static void write_sort_index(aegis_chrome_writer *w, int pid, uint32_t tid, const char *what,
			     uint32_t index)
{
	event_begin(w, 'M', pid, tid, what);
	fprintf(w->f, ",\"args\":{\"sort_index\":%" PRIu32 "}}", index);
}

aegis_status aegis_chrome_writer_finish(aegis_chrome_writer *w, const struct aegis_runtime *rt)
{
	if (!w)
		return AEGIS_E_INVAL;
	if (w->x.finished)
		return AEGIS_E_STATE;
	w->x.finished = true;

	/* Process names need no runtime; thread names do. */
	write_name(w, PID_LANES, 0, "process_name", "lanes");
	write_sort_index(w, PID_LANES, 0, "process_sort_index", PID_LANES);
	write_name(w, PID_MODELS, 0, "process_name", "models");
	write_sort_index(w, PID_MODELS, 0, "process_sort_index", PID_MODELS);
	if (rt) {
		uint32_t lanes = aegis_runtime_lane_count(rt);
		for (uint32_t i = 0; i < lanes; i++) {
			char name[24];
			snprintf(name, sizeof name, "lane %" PRIu32, i);
			write_name(w, PID_LANES, i, "thread_name", name);
			write_sort_index(w, PID_LANES, i, "thread_sort_index", i);
		}
		uint32_t models = aegis_runtime_model_count(rt);
		for (uint32_t i = 0; i < models; i++) {
			aegis_model_id id = aegis_runtime_model_at(rt, i);
			const char *name = aegis_model_name(rt, id);
			if (!name)
				continue;
			write_name(w, PID_MODELS, id, "thread_name", name);
			write_sort_index(w, PID_MODELS, id, "thread_sort_index", id);
		}
	}
	fputs("\n]}\n", w->f);
	return exporter_finish(&w->x);
}

void aegis_chrome_writer_destroy(aegis_chrome_writer *w)
{
	free(w);
}
