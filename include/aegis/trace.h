/* Trace events: what the runtime did and when, delivered in batches to a sink.
 * Must not format or write anything itself; exporters (aegis_chrome_*) do that. */
#ifndef AEGIS_TRACE_H
#define AEGIS_TRACE_H

#include <stdint.h>
#include <stdio.h>

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
	AEGIS_EV_KIND_COUNT_
} aegis_event_kind;

#define AEGIS_NO_LANE UINT32_MAX

typedef struct aegis_trace_event {
	int64_t t_ns;
	int64_t arg;   /* per kind: START -> absolute deadline, SEGMENT_END -> start time,
			  RELEASE -> absolute deadline, COMPLETE -> release time */
	uint64_t job;
	uint32_t model;
	uint32_t lane; /* AEGIS_NO_LANE if none */
	uint16_t kind; /* aegis_event_kind */
	uint16_t segment;
	int32_t status; /* aegis_status */
} aegis_trace_event;

/* Receives events in time order of recording, in batches. Called on the runtime's
 * thread; must not call back into the runtime. */
typedef void (*aegis_trace_fn)(void *user, const aegis_trace_event *ev, size_t n);

typedef struct aegis_trace_sink {
	aegis_trace_fn fn;
	void *user;
} aegis_trace_sink;

const char *aegis_event_kind_name(aegis_event_kind k);

/* Chrome Trace Event Format exporter (loads in Perfetto and chrome://tracing):
 * one track per lane with a slice per job segment, one track per model with
 * instant events for releases, rejections and misses. */
typedef struct aegis_chrome_writer aegis_chrome_writer;
struct aegis_runtime;

/* Writes to f (not closed by the writer). Returns AEGIS_OK or AEGIS_E_NOMEM. */
aegis_status aegis_chrome_writer_create(FILE *f, aegis_chrome_writer **out);
/* The sink to put in aegis_runtime_config.trace. */
aegis_trace_sink aegis_chrome_writer_sink(aegis_chrome_writer *w);
/* Writes track names (lanes, models) and closes the JSON document. Returns
 * AEGIS_OK or AEGIS_E_IO if any write failed. */
aegis_status aegis_chrome_writer_finish(aegis_chrome_writer *w, const struct aegis_runtime *rt);
void aegis_chrome_writer_destroy(aegis_chrome_writer *w);

#ifdef __cplusplus
}
#endif
#endif
