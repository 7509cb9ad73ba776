/* Subcommands of the aegisrt CLI. Each returns the process exit status:
 * 0 success, 1 the run failed, 2 bad usage or bad input. */
#ifndef AEGISRT_CLI_H
#define AEGISRT_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "aegis/aegis.h"

#define EXIT_RUN_FAILED 1
#define EXIT_USAGE 2

int cmd_run(int argc, char **argv);

/* Prints "aegisrt CMD: message" on stderr, and "Try 'aegisrt CMD --help'." after it
 * when usage is true; returns EXIT_USAGE. The one error printer of every command. */
int cli_error(const char *cmd, bool usage, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int cmd_device(int argc, char **argv);
int cmd_admit(int argc, char **argv);
int cmd_replay(int argc, char **argv);
int cmd_profile(int argc, char **argv);
int cmd_report(int argc, char **argv);

/* --wcet-profile of admit and run: loads the profile (an error is printed for cmd and
 * EXIT_USAGE returned), and gives a copy of a model config with wcet_override_ns set
 * from the profile when the profile names the model (unchanged otherwise). */
int cli_wcet_profile_load(const char *cmd, const char *path, aegis_profile **out);
aegis_model_config cli_wcet_profile_apply(const aegis_profile *p, const aegis_model_config *in);

/* Per-model table and per-lane utilisation, as text or JSON. */
void report_text(FILE *f, const aegis_runtime *rt, const char *workload, int64_t duration_ns);
void report_json(FILE *f, const aegis_runtime *rt, const char *workload, int64_t duration_ns);
/* Checks released = completed + rejected + skipped + cancelled + failed + pending for
 * every model; prints each violation to f and returns how many there were. */
int report_conservation(FILE *f, const aegis_runtime *rt);

/* Says on f how many trace events were dropped (the ring was full), if any; returns 1
 * then, else 0. */
int report_trace_drops(FILE *f, const aegis_runtime *rt);

/* aegis_runtime_run_for(rt, duration_ns), with a live progress line on tty (elapsed
 * time, jobs completed, misses) when tty is not NULL, cleared at the end. The results
 * are the same with or without it. Returns the status of run_for. */
aegis_status cli_run_with_progress(aegis_runtime *rt, int64_t duration_ns, FILE *tty);

#endif
