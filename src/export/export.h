/* What the trace exporters share: the sink that hands each event of a batch to the
 * exporter's writer, the end of a document (flushed, and any failed write reported),
 * and JSON strings. The exporters sit above the runtime: they may read it through
 * the public API once events stop (finish, header), never from the sink. */
#ifndef AEGIS_EXPORT_EXPORT_H
#define AEGIS_EXPORT_EXPORT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "aegis/status.h"
#include "aegis/trace.h"

struct exporter {
	FILE *f;
	bool finished;
	bool ready;       /* events are written (the decision log: after its header) */
	uint64_t dropped; /* events that came before it was ready */
	void (*write)(struct exporter *x, const aegis_trace_event *ev);
};

/* A writer of size bytes, zeroed, whose first member is its struct exporter, set for
 * f, write and ready: AEGIS_OK with *out; AEGIS_E_INVAL (f or out NULL; *out NULL) or
 * AEGIS_E_NOMEM. */
aegis_status exporter_create(FILE *f, size_t size, bool ready,
			     void (*write)(struct exporter *x, const aegis_trace_event *ev),
			     void **out);
/* The aegis_trace_fn of every exporter: user is its struct exporter. */
void exporter_sink(void *user, const aegis_trace_event *ev, size_t n);
/* Ends the document: flushes, then AEGIS_OK, or AEGIS_E_IO if any write since the
 * start failed (the stream's error indicator is sticky). */
aegis_status exporter_finish(struct exporter *x);
/* s as a JSON string, quotes included; anything outside printable ASCII is escaped,
 * so that a bad name cannot break the document. */
void export_json_str(FILE *f, const char *s);

#endif
