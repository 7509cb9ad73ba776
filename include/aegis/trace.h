/* Trace events: what the runtime did and when, delivered in batches to a sink.
 * Must not format or write anything itself; exporters (aegis_chrome_*) do that. */
#ifndef AEGIS_TRACE_H
#define AEGIS_TRACE_H

#include <stdint.h>
#include <stdio.h>

#include "aegis/export.h"
#include "aegis/fault.h"
#include "aegis/status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum aegis_event_kind {
	AEGIS_EV_RELEASE = 0, /* a job entered its model's queue */
	AEGIS_EV_REJECT,      /* a release was refused; status says why */
	AEGIS_EV_START,       /* a segment started on a lane */
	AEGIS_EV_SEGMENT_END, /* a segment ended; arg = its start time */
	AEGIS_EV_PREEMPT,     /* at a boundary, the job gave its lane to a better one */
	AEGIS_EV_COMPLETE,    /* a job ended; status says how */
	AEGIS_EV_MISS,        /* a job passed its deadline unfinished; t = the deadline */
	AEGIS_EV_DECIDE,      /* a scheduling decision on a lane, with its reason (below) */
	AEGIS_EV_ALLOC,       /* a memory region planned: arg = offset, arg2 = bytes,
				 segment = aegis_mem_region; model AEGIS_NO_MODEL for an arena */
	AEGIS_EV_FREE,        /* a memory region returned (same fields) */
	AEGIS_EV_ADMIT,       /* an admission verdict with its evidence (below) */
	AEGIS_EV_FAULT,       /* a fault of a job, or of the device (below) */
	AEGIS_EV_HEALTH,      /* a model's health changed (below) */
	AEGIS_EV_KIND_COUNT_
} aegis_event_kind;

#define AEGIS_NO_LANE UINT32_MAX
#define AEGIS_NO_MODEL UINT32_MAX

/* Why a DECIDE event's job got (or kept) its lane. */
typedef enum aegis_decide_reason {
	AEGIS_DECIDE_FREE = 0, /* a free lane took the best ready job */
	AEGIS_DECIDE_CONTINUE, /* at a segment boundary the running job kept its lane */
	AEGIS_DECIDE_PREEMPT,  /* at a boundary a strictly better ready job took the lane */
} aegis_decide_reason;

/*
 * One event. Fields not listed for a kind are 0.
 *
 * DECIDE (one per decision of the dispatcher, recorded before the segment starts):
 *   t_ns, lane; model, job, segment: the chosen job and the segment it runs next;
 *   arg, arg2: the chosen job's policy (key, tie); status: an aegis_decide_reason;
 *   other: the best rejected alternative, AEGIS_NO_MODEL if none (FREE: the ready
 *   queue's top after the pop; CONTINUE: the best ready job; PREEMPT: the preempted
 *   job), arg3, arg4: its (key, tie); count: the candidates considered (the ready
 *   jobs, plus the running job at a boundary). The rule is the policy's, named in
 *   the log's header; the order is (key, tie, release time, model index).
 */
/*
 * ADMIT (one per call of aegis_model_admit that got past validation):
 *   status: AEGIS_OK, or why it was refused (E_UNSCHEDULABLE, E_BUDGET, ...);
 *   model: the new id, or AEGIS_NO_MODEL when refused (then job is the refusal's
 *   number, from 0, and the decision log names it); lane: the lane it got, or the
 *   lane the analysis refused (AEGIS_NO_LANE when no lane was tried);
 *   arg: the model's response-time bound in its lane's analysis (FP), -1 if none
 *   (EDF, admission off, refused); arg2: its slack (FP: D - R; EDF: at its tightest
 *   check point), INT64_MIN if none; arg3: its relative deadline; count: the models
 *   of the lane, the new one included.
 */
/*
 * FAULT: status is the fault (AEGIS_E_OVERRUN: past its time budget, the job goes on
 *   unless stopped at its boundary; the failure status of a job that failed; a fatal
 *   status: the runtime stops); count is an aegis_fault_kind; model, job, lane,
 *   segment: where; t_ns: when it happened (an overrun: the instant its budget ran
 *   out, exact on the simulated device); arg: the segment's budget (overrun, breach),
 *   arg2: the job's execution so far at t_ns.
 * HEALTH: model; arg: the state before, arg2: the state after (aegis_health); status:
 *   the cause (the fault's status, AEGIS_OK for a heal, AEGIS_E_QUARANTINED for the
 *   end of a quarantine); job: the job that caused it (0 for a timer or the API).
 */
typedef enum aegis_fault_kind {
	AEGIS_FAULT_OVERRUN = 0, /* a segment ran past its share of the time budget */
	AEGIS_FAULT_BREACH,      /* the job ran past WCET + overrun budget: not covered */
	AEGIS_FAULT_FAILED,      /* the job failed (the backend, its memory, injection) */
	AEGIS_FAULT_FATAL,       /* the device or a backend failed for good: runtime stops */
} aegis_fault_kind;

/* The region of an ALLOC or FREE event (its `segment` field). */
typedef enum aegis_mem_region {
	AEGIS_MEM_PERSISTENT = 0, /* a model's weights and constants */
	AEGIS_MEM_IO,             /* a model's input and output buffers */
	AEGIS_MEM_ARENA,          /* a lane's shared transient arena */
} aegis_mem_region;

typedef struct aegis_trace_event {
	int64_t t_ns;
	int64_t arg;   /* per kind: START -> absolute deadline, SEGMENT_END -> start time,
			  RELEASE -> absolute deadline, COMPLETE -> release time,
			  PREEMPT -> the winner's model id, DECIDE -> key */
	int64_t arg2;  /* DECIDE: tie */
	int64_t arg3;  /* DECIDE: the alternative's key */
	int64_t arg4;  /* DECIDE: the alternative's tie */
	uint64_t job;
	uint32_t model;
	uint32_t lane; /* AEGIS_NO_LANE if none */
	uint32_t other; /* DECIDE: the alternative's model */
	uint32_t count; /* DECIDE: candidates considered */
	uint16_t kind; /* aegis_event_kind */
	uint16_t segment;
	int32_t status; /* aegis_status; DECIDE: aegis_decide_reason */
} aegis_trace_event;

/* Receives events in time order of recording, in batches. Called on the runtime's
 * thread; must not call back into the runtime. */
typedef void (*aegis_trace_fn)(void *user, const aegis_trace_event *ev, size_t n);

typedef struct aegis_trace_sink {
	aegis_trace_fn fn;
	void *user;
} aegis_trace_sink;

AEGIS_API const char *aegis_event_kind_name(aegis_event_kind k);
AEGIS_API const char *aegis_fault_kind_name(aegis_fault_kind k); /* "overrun", ... */
AEGIS_API const char *aegis_decide_reason_name(aegis_decide_reason r); /* "free", ... */
AEGIS_API const char *aegis_mem_region_name(aegis_mem_region r);     /* "persistent", ... */

/* Chrome Trace Event Format exporter (loads in Perfetto and chrome://tracing):
 * one track per lane with a slice per job segment, one track per model with
 * instant events for releases, rejections and misses. */
typedef struct aegis_chrome_writer aegis_chrome_writer;
struct aegis_runtime;

/* Writes to f (not closed by the writer). Returns AEGIS_OK or AEGIS_E_NOMEM. */
AEGIS_API aegis_status aegis_chrome_writer_create(FILE *f, aegis_chrome_writer **out);
/* The sink to put in aegis_runtime_config.trace. */
AEGIS_API aegis_trace_sink aegis_chrome_writer_sink(aegis_chrome_writer *w);
/* Writes track names (lanes, models) and closes the JSON document. Returns
 * AEGIS_OK or AEGIS_E_IO if any write failed. */
AEGIS_API aegis_status aegis_chrome_writer_finish(aegis_chrome_writer *w,
						  const struct aegis_runtime *rt);
AEGIS_API void aegis_chrome_writer_destroy(aegis_chrome_writer *w);

/* Decision log exporter: JSON Lines, schema "aegis-decision-log" version 1
 * (docs/DECISION_LOG.md). A header line with the runtime's configuration, its models
 * and the admission verdicts, then one line per event, DECIDE included; replayed by
 * 'aegisrt replay'. Usage: create, put the sink in aegis_runtime_config.trace,
 * create the runtime, admit the models, aegis_jsonl_writer_header(), run, finish. */
typedef struct aegis_jsonl_writer aegis_jsonl_writer;

/* Writes to f (not closed by the writer). Returns AEGIS_OK, AEGIS_E_INVAL or
 * AEGIS_E_NOMEM. */
AEGIS_API aegis_status aegis_jsonl_writer_create(FILE *f, aegis_jsonl_writer **out);
AEGIS_API aegis_trace_sink aegis_jsonl_writer_sink(aegis_jsonl_writer *w);
/* Writes the header line from rt: call it after the last admission and before the
 * first event reaches the sink (the first aegis_runtime_run_for). Events that reach
 * the sink before it are dropped and make finish fail. Returns AEGIS_OK,
 * AEGIS_E_INVAL, AEGIS_E_STATE (twice, or after events) or AEGIS_E_NOMEM. */
AEGIS_API aegis_status aegis_jsonl_writer_header(aegis_jsonl_writer *w,
						 const struct aegis_runtime *rt);
/* Flushes. Returns AEGIS_OK, AEGIS_E_STATE (no header, or events dropped) or
 * AEGIS_E_IO if any write failed. */
AEGIS_API aegis_status aegis_jsonl_writer_finish(aegis_jsonl_writer *w);
AEGIS_API void aegis_jsonl_writer_destroy(aegis_jsonl_writer *w);

#ifdef __cplusplus
}
#endif
#endif
