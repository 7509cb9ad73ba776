/* Workload files (YAML): a runtime section and a list of models, loaded into the
 * configs of runtime.h. Must not create a runtime or run anything itself. */
#ifndef AEGIS_WORKLOAD_H
#define AEGIS_WORKLOAD_H

#include <stddef.h>
#include <stdint.h>

#include "aegis/export.h"
#include "aegis/runtime.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct aegis_workload aegis_workload;

/* Parses the file at path. On success *out owns every string and array the configs
 * point to. On failure *out is NULL and err (if not NULL) holds
 * "path:line: what was expected" (line 0 when the file cannot be read).
 * Returns AEGIS_OK, AEGIS_E_IO (missing or unreadable), AEGIS_E_CONFIG (any bad
 * content), AEGIS_E_NOMEM. Never aborts on bad input. */
AEGIS_API aegis_status aegis_workload_load(const char *path, aegis_workload **out, char *err,
					   size_t err_len);
/* Same, from a buffer; name is used in messages in place of the path. */
AEGIS_API aegis_status aegis_workload_parse(const char *name, const char *text, size_t len,
					    aegis_workload **out, char *err, size_t err_len);
AEGIS_API void aegis_workload_destroy(aegis_workload *w);

/* The runtime section (trace sink unset). */
AEGIS_API const aegis_runtime_config *aegis_workload_runtime(const aegis_workload *w);
/* Run length from the file (runtime.duration); 0 if absent. */
AEGIS_API int64_t aegis_workload_duration_ns(const aegis_workload *w);
AEGIS_API uint32_t aegis_workload_model_count(const aegis_workload *w);
AEGIS_API const aegis_model_config *aegis_workload_model(const aegis_workload *w, uint32_t i);
/* Line of model i's entry in the file, for messages. */
AEGIS_API uint32_t aegis_workload_model_line(const aegis_workload *w, uint32_t i);
AEGIS_API const char *aegis_workload_path(const aegis_workload *w);
/* Whether the file says `runtime.lanes: auto`: the lanes are to be planned from a WCET
 * profile with curves (`aegisrt run|admit --wcet-profile`, `aegisrt plan`; the planner
 * is aegis/planner.h). aegis_workload_runtime then reads one lane, and no model names
 * a lane (every one is AEGIS_LANE_AUTO). Thread-safe on a loaded workload. */
AEGIS_API bool aegis_workload_lanes_auto(const aegis_workload *w);

/* Sets one knob of a fault injection (aegis/fault.h) from text, as a model's
 * `inject` mapping in a workload file and `aegisrt run --inject MODEL:KEY=VALUE` spell
 * it: fail_nth, fail_every, alloc_fail_nth, hang_nth (counts), fail_probability,
 * slow_probability, alloc_fail_probability (in [0, 1]), slowdown (0 or 1..1000),
 * hang (a duration), fail_status (a status name: backend, nomem, device_lost, ...).
 * Returns AEGIS_OK, AEGIS_E_CONFIG with "inject.KEY: expected ..." in why (may be
 * NULL: no detail), or AEGIS_E_INVAL for a NULL object, key or value. */
AEGIS_API aegis_status aegis_fault_injection_set(aegis_fault_injection *inj, const char *key,
						 const char *value, char *why, size_t why_len);
/* The same for a model's `faults` mapping: on_overrun (finish | stop),
 * overrun_budget and quarantine (durations), quarantine_after and heal_after
 * (counts). */
AEGIS_API aegis_status aegis_fault_config_set(aegis_fault_config *fc, const char *key,
					      const char *value, char *why, size_t why_len);

#ifdef __cplusplus
}
#endif
#endif
