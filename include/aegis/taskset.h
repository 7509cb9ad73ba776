/* Task-set files (CSV): one sporadic task per line, loaded into the aegis_task of
 * analysis.h for the schedulability analysis alone (`aegisrt admit`). Must not
 * create a runtime, a backend or run anything.
 *
 * The format, one task a line:
 *
 *     # name, wcet, deadline, period [, priority [, jitter [, segments]]]
 *     cam_det, 8ms, 33.3ms, 33.3ms, 0
 *     seg,     20ms, 100ms, 100ms, 3, 0ms, 5ms;5ms;10ms
 *
 * - '#' starts a comment that runs to the end of the line; blank lines are skipped.
 * - Fields are separated by commas; spaces and tabs around a field are ignored.
 *   4 to 7 fields; a trailing field may be left empty or out.
 * - name: printable ASCII without spaces, quotes or backslashes (as model names),
 *   unique within the file.
 * - wcet, deadline, period, jitter, segments: durations with a unit (ns, us, ms, s,
 *   min), as aegis_duration_parse reads them; a bare number is refused.
 * - wcet > 0; period > 0; 0 < deadline <= period (constrained deadlines), an empty
 *   deadline means the period.
 * - priority: an integer 0..2147483647, 0 the highest; empty or absent: the task's
 *   index in the file (first task 0). Equal priorities go to the earlier task.
 * - jitter: release jitter, 0 <= jitter < period (default 0).
 * - segments: the job's non-preemptive segments, durations separated by ';', each
 *   > 0, at most AEGIS_MAX_SEGMENTS, adding up to wcet exactly. Empty or absent:
 *   one segment of wcet (n_segments = 0).
 * - At most AEGIS_MAX_MODELS tasks; at least one.
 */
#ifndef AEGIS_TASKSET_H
#define AEGIS_TASKSET_H

#include <stddef.h>
#include <stdint.h>

#include "aegis/analysis.h"
#include "aegis/export.h"
#include "aegis/status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct aegis_taskset aegis_taskset;

/* Parses the file at path. On success *out owns every name and segment array the
 * tasks point to. On failure *out is NULL and err (if not NULL) holds
 * "path:line: what was expected" (line 0 when the file cannot be read).
 * Returns AEGIS_OK, AEGIS_E_IO (missing, unreadable, larger than 64 MiB),
 * AEGIS_E_CONFIG (any bad content), AEGIS_E_NOMEM, AEGIS_E_INVAL (NULL path or out).
 * Never aborts on bad input. Thread-safe: touches nothing but its arguments. */
AEGIS_API aegis_status aegis_taskset_load(const char *path, aegis_taskset **out, char *err,
					  size_t err_len);
/* Same, from a buffer of len bytes (NUL bytes inside it are refused, no NUL
 * terminator needed); name is used in messages in place of the path. */
AEGIS_API aegis_status aegis_taskset_parse(const char *name, const char *text, size_t len,
					   aegis_taskset **out, char *err, size_t err_len);
/* Releases the set and everything it owns; NULL is a no-op. */
AEGIS_API void aegis_taskset_destroy(aegis_taskset *ts);

/* Number of tasks (>= 1 for a loaded set; 0 for NULL). */
AEGIS_API uint32_t aegis_taskset_count(const aegis_taskset *ts);
/* The tasks in file order, count entries, owned by the set and valid until it is
 * destroyed; NULL for NULL. prio holds the file's priority (or the index). */
AEGIS_API const aegis_task *aegis_taskset_tasks(const aegis_taskset *ts);
/* 1-based line of task i in the file, for messages; 0 if i is out of range. */
AEGIS_API uint32_t aegis_taskset_line(const aegis_taskset *ts, uint32_t i);
/* The path (or name) the set was loaded from; NULL for NULL. */
AEGIS_API const char *aegis_taskset_path(const aegis_taskset *ts);

#ifdef __cplusplus
}
#endif
#endif
