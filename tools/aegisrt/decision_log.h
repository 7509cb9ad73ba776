/* The one reader and validator of a decision log (docs/DECISION_LOG.md), for `aegisrt
 * replay` and `aegisrt report` alike: every line is checked against the schema and
 * against what the runtime can write before either command sees it. Must not
 * interpret the decisions (replay re-makes them, report shows them). */
#ifndef AEGISRT_DECISION_LOG_H
#define AEGISRT_DECISION_LOG_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "aegis/aegis.h"

/* Every time in a log is in [0, DLOG_TIME_MAX] (a slack in [-it, it]; ~104 days), so
 * that sums and differences of a few of them cannot overflow. */
#define DLOG_TIME_MAX (INT64_C(1) << 53)
/* The limits of a log, the runtime's own: AEGIS_MAX_LANES lanes, AEGIS_MAX_MODELS
 * models, AEGIS_MAX_SEGMENTS segments per model, DLOG_MAX_REFUSED refusals listed. */
#define DLOG_MAX_REFUSED 64u

/* One event line, checked: the fields every kind has, read once. */
struct dlog_event {
	aegis_event_kind kind;
	const char *ev; /* its name */
	int64_t t;
	bool has_model, has_job, has_lane, has_segment;
	uint32_t model, lane, segment;
	uint64_t job;
	const json_t *obj; /* the line, for the fields of its kind (all checked) */
};

/* What a command does with a checked log. Either may be NULL. */
struct dlog_reader {
	void *ctx;
	/* Line 1, checked; the reader owns h from here (json_decref). */
	int (*header)(void *ctx, json_t *h);
	/* Every later line, checked, at its line number. */
	int (*event)(void *ctx, size_t line, const struct dlog_event *e);
};

/* Reads the log at path from f. Every line must be one JSON object; line 1 the header
 * (schema "aegis-decision-log", version 1, every field of docs/DECISION_LOG.md with its
 * type and range: known policy, preemption, priorities, analysis, statuses; models by
 * id from 0 with valid names and lanes; the limits above), then at least one event:
 * - a known "ev" with every field its kind has, of its type and range;
 * - "t" in [0, DLOG_TIME_MAX], never before the event ahead of it (but a miss, whose t
 *   is the deadline it names, and a fault, which names the instant a budget ran out);
 * - model ids, lanes and segment indices that the header has (a job's lane is its
 *   model's); statuses, reasons, regions, fault kinds and health states by name;
 * - each model's releases and rejections numbered 0, 1, 2, ... and every other event
 *   of a job naming one released before.
 * The first line that breaks one gives "aegisrt CMD: PATH:LINE: what was expected" on
 * stderr and EXIT_USAGE; else the first non-zero return of the reader's callbacks, or
 * 0. */
int dlog_read(FILE *f, const char *cmd, const char *path, const struct dlog_reader *r);

/* "AEGIS_E_QUEUE_FULL" or "E_QUEUE_FULL" to its code; AEGIS_STATUS_COUNT_ if unknown. */
aegis_status dlog_status(const char *name);

#endif
