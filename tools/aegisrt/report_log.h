/* The decision log (docs/DECISION_LOG.md) read once into what `aegisrt report` shows:
 * per-model counts and response-time histograms, lane busy times, the timeline window's
 * segments and misses, the misses table. Must not write the page, nor keep every event. */
#ifndef AEGISRT_REPORT_LOG_H
#define AEGISRT_REPORT_LOG_H

#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>

#include "aegis/aegis.h"
#include "aegis/hist.h"
#include "decision_log.h"
#include "svg.h"

#define REPORT_WINDOW_NS (200 * AEGIS_NS_PER_MS)    /* the default timeline window */
#define REPORT_AFTER_MISS_NS (50 * AEGIS_NS_PER_MS) /* ... ends this long after a miss */
/* Every time read is in [0, REPORT_TIME_MAX]: the validator (decision_log.h) refuses a
 * log beyond it. */
#define REPORT_TIME_MAX DLOG_TIME_MAX

struct report_counts {
	uint64_t released, completed, missed, rejected, cancelled, failed;
};

struct report_model {
	char *name;
	char colour[8];
	uint32_t lane;
	int64_t period_ns, deadline_ns, c_ns;
	bool has_bound, has_slack; /* false: null in the header (or absent) */
	int64_t bound_ns, slack_ns;
	aegis_hist *lat; /* response times of the jobs that completed with OK */
	struct report_counts n;
	size_t open_miss, open_miss_tail; /* its miss rows whose end is not known yet */
};

enum report_row_kind { REPORT_ROW_MISS, REPORT_ROW_REJECT, REPORT_ROW_FAILED };

/* One line of the misses table. A miss gets its end when the job's complete comes. */
struct report_row {
	enum report_row_kind kind;
	int64_t t_ns;   /* miss: the deadline; else the event's time */
	int64_t end_ns; /* miss: when the job ended, -1 if the log does not say */
	uint64_t job;
	uint32_t model, lane;
	char status[40]; /* reject, failed: the status; miss: its job's end status */
	size_t next;     /* the model's next open miss */
};

/* Segments in a window, at most cap of them. */
struct report_segs {
	struct svg_seg *v;
	size_t n, alloc, cap;
	uint64_t dropped; /* in the window but over the cap */
};

/* Before the first miss the default window is not known: the last segments wait in a
 * ring. */
struct report_ring {
	struct svg_seg *v;
	size_t next, n, cap;
	int64_t lost_end; /* the latest end of a segment the ring let go, -1 if none */
};

struct report_lane {
	int64_t busy_ns;
	uint64_t segments;
	bool open; /* a start not yet closed by its segment_end */
	uint32_t open_model;
	uint64_t open_job;
	int64_t open_t;
};

struct report_log {
	const char *path;
	size_t line;
	json_t *header;
	const json_t *runtime; /* the header's "runtime" */
	uint32_t n_lanes, n_models;
	struct report_model *models;
	struct report_lane *lanes;
	bool started;
	int64_t t0, t_last; /* the first and the last event: the run's span */
	/* the timeline */
	bool user_window, window_fixed;
	int64_t win_from_rel, win_to_rel; /* --window, from t0 */
	int64_t from, to;                 /* the window in log time, once fixed */
	int64_t first_miss;               /* the first miss' deadline, -1 if none */
	struct report_segs head;          /* the first 200 ms, until a miss */
	struct report_ring recent;
	struct report_segs win; /* the window's, once fixed */
	bool front_lost;        /* the ring lost segments of the window */
	struct svg_miss *marks; /* the misses in the window */
	size_t n_marks, cap_marks;
	/* the misses table */
	struct report_row *rows;
	size_t n_rows, cap_rows;
	uint64_t rows_dropped;
};

/* Prepares r to read the log at path. With has_window the timeline shows [from_rel,
 * to_rel) after the first event (from_rel < to_rel), else the default window. At most
 * max_segments segments and max_rows rows of the table are kept (both > 0).
 * Returns 0, or EXIT_RUN_FAILED out of memory (printed); deinit r in both cases. */
int report_log_init(struct report_log *r, const char *path, bool has_window, int64_t from_rel,
		    int64_t to_rel, size_t max_segments, size_t max_rows);

/* Reads the whole log from f through the validator of decision logs (dlog_read, as
 * replay does). Returns 0, or EXIT_USAGE after printing "aegisrt report: FILE:LINE: what
 * was expected" (anything dlog_read refuses; a log without models). */
int report_log_read(struct report_log *r, FILE *f);

/* After report_log_read: the timeline's window (log time) and its segments. */
const struct report_segs *report_log_window(const struct report_log *r, int64_t *from,
					    int64_t *to);

/* The counts of all the models together. */
struct report_counts report_log_totals(const struct report_log *r);

/* "AEGIS_E_QUEUE_FULL" or "E_QUEUE_FULL" to its code; AEGIS_STATUS_COUNT_ if unknown. */
#define report_log_status dlog_status

void report_log_deinit(struct report_log *r);

#endif
