/* Subcommands of the aegisrt CLI. Each returns the process exit status:
 * 0 success, 1 the run failed, 2 bad usage or bad input, 3 an output could not be
 * written (the file is named), 128 + N a run stopped by signal N. */
#ifndef AEGISRT_CLI_H
#define AEGISRT_CLI_H

#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>

#include "aegis/aegis.h"

#define EXIT_RUN_FAILED 1
#define EXIT_USAGE 2
#define EXIT_OUTPUT 3

int cmd_run(int argc, char **argv);

/* Prints "aegisrt CMD: message" on stderr, and "Try 'aegisrt CMD --help'." after it
 * when usage is true; returns EXIT_USAGE. The one error printer of every command. */
int cli_error(const char *cmd, bool usage, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* "aegisrt CMD: message" on stderr, as cli_error without the hint and the status. */
void cli_message(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* ---- text from outside, on its way to a terminal (cli.c) ---------------------------
 * Names, paths and anything read from an input file may hold bytes a terminal obeys
 * (ESC, CR, BEL, C1 controls): every message and every line of stdout shows them as
 * \xHH instead. These are the one place that does it. */

/* The formatted text on f, every control character escaped but a final newline. Every
 * message of every command goes through it. */
void cli_print(FILE *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cli_vprint(FILE *f, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
/* s with every control character (newlines and tabs too) escaped, into buf (cut short
 * with "..." to fit); returns buf. For a name or path inside a message. */
const char *cli_escape(const char *s, char *buf, size_t len);
/* The streaming form (stdout): byte c escaped into out (at most 8 bytes; 0 while a
 * byte waits in *state, which starts at 0), and what waits at the end. Newlines and
 * tabs pass. */
size_t cli_escape_byte(int *state, unsigned char c, char *out);
size_t cli_escape_end(int *state, char *out);

/* ---- the checked writer of every output (output.c) ---------------------------------
 * A command writes each output, a file or stdout, through o->f; the first failed write
 * keeps its errno and cli_out_close reports it: "aegisrt CMD: writing FILE: No space
 * left on device", EXIT_OUTPUT. Text to stdout is escaped as above. */
struct cli_out {
	FILE *f;         /* the stream to write; NULL once closed */
	const char *cmd; /* for the message */
	const char *path; /* as given, NULL for stdout */
	/* set by the command: remove the file (a regular one only) when it could not be
	 * written, or when the command says it is incomplete (failed) */
	bool remove_on_failure, failed;
	char name[512];  /* the file, or "stdout (where it goes)", escaped */
	int fd;
	bool is_stdout, escape;
	int err;       /* the first failed write's errno, 0 if none */
	int esc_state; /* cli_escape_byte's */
};
/* Opens path for writing (NULL or "-": stdout). 0, or EXIT_OUTPUT after the message.
 * o must stay where it is until cli_out_close. */
int cli_out_open(struct cli_out *o, const char *cmd, const char *path);
/* Flushes and closes o (nothing if it is not open): 0, or EXIT_OUTPUT after saying
 * which file could not be written and why. */
int cli_out_close(struct cli_out *o);
/* The exit status of a command whose outputs closed with out_rc: an output that
 * could not be written decides it (the results are not all there), else rc. */
static inline int cli_out_status(int rc, int out_rc)
{
	return out_rc ? out_rc : rc;
}
int cmd_device(int argc, char **argv);
int cmd_admit(int argc, char **argv);
int cmd_replay(int argc, char **argv);
int cmd_profile(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_plan(int argc, char **argv);

/* --wcet-profile of admit and run: loads the profile (an error is printed for cmd and
 * EXIT_USAGE returned), and gives a copy of a model config with wcet_override_ns set
 * from the profile when the profile names the model (unchanged otherwise). A model
 * with a curve (version 2) also gets lane_times, in times (AEGIS_PROFILE_MAX_SIZES
 * entries, which must outlive the copy): per size, the point's wcet_ns times its
 * interference where measured (> 1), and the speed p50(size) / p50(lane_sms), the
 * size it was profiled on in the workload's layout (0: not scaled, when the curve
 * lacks that size). Points measured on shared lanes (shared >= 2) are left out: a
 * workload file names isolated lanes. docs/ANALYSIS.md, "WCETs as a function of lane
 * size". */
int cli_wcet_profile_load(const char *cmd, const char *path, aegis_profile **out);
aegis_model_config cli_wcet_profile_apply(const aegis_profile *p, const aegis_model_config *in,
					  aegis_lane_time *times);
/* "4, 8, 16": the sizes of m's lane times, for messages. */
const char *cli_lane_times_sizes(const aegis_model_config *m, char *buf, size_t len);

/* ---- options several commands take (options.c) ------------------------------------ */

/* --lanes: a count N, or lane sizes "8,4,4" into sms[0..AEGIS_MAX_LANES) (zeroed first;
 * *lanes their number); sizes_only: always sizes ("16" is one size). 0, or a usage
 * error printed for cmd naming opt. */
int cli_opt_lanes(const char *cmd, const char *opt, bool sizes_only, const char *arg,
		  uint32_t *lanes, uint32_t *sms, bool *have);

/* A configuration enum as a command takes it: the library's names (aegis_enum_*) less
 * the value `except` (-1: none), plus a name of the command's own, `extra` (NULL:
 * none), for the value `extra_value` (one no library name has). */
struct cli_enum {
	aegis_enum e;
	int except;
	const char *extra;
	int extra_value;
};
/* value's name, `extra` included. */
const char *cli_enum_name(const struct cli_enum *d, int value);
/* The names d takes as a message lists them ("fp, edf or fifo"), into buf; returns buf. */
const char *cli_enum_list(const struct cli_enum *d, char *buf, size_t len);

/* The parsers of one option's value arg, for command cmd. A bad value prints "aegisrt
 * CMD: OPT 'ARG': expected ..." and the usage hint, and returns EXIT_USAGE; a good one
 * goes to *out, sets *given (when not NULL) and returns 0. */
int cli_opt_enum(const char *cmd, const char *opt, const char *arg, const struct cli_enum *d,
		 int *out, bool *given);
/* A duration with a unit, > 0 when positive, else >= 0. */
int cli_opt_duration(const char *cmd, const char *opt, const char *arg, bool positive,
		     int64_t *out, bool *given);
/* A decimal integer 1..max. */
int cli_opt_count(const char *cmd, const char *opt, const char *arg, uint32_t max,
		  uint32_t *out, bool *given);
/* --seed: an unsigned 64-bit integer (decimal, 0x hex or 0 octal). */
int cli_opt_seed(const char *cmd, const char *arg, uint64_t *out, bool *given);
/* --device-profile: the name of a built-in profile (aegis_device_profile_find). */
int cli_opt_device_profile(const char *cmd, const char *arg, const char **out);

/* The options that override a workload's runtime section (run, profile): a command
 * lists those it takes in its getopt_long table with these codes, and hands each to
 * cli_runtime_opt. */
enum {
	CLI_OPT_SEED = 1024, /* --seed N */
	CLI_OPT_POLICY,      /* --policy P: AEGIS_ENUM_POLICY */
	CLI_OPT_PREEMPTION,  /* --preemption M: AEGIS_ENUM_PREEMPTION */
	CLI_OPT_DEVICE,      /* --device D, as given: the runtime checks it */
	CLI_OPT_DEVICE_PROFILE, /* --device-profile P */
};
struct cli_runtime_opts {
	bool have_seed, have_policy, have_preemption;
	uint64_t seed;
	int policy;     /* aegis_policy */
	int preemption; /* aegis_preemption */
	const char *device, *device_profile; /* NULL: the file's */
};
/* Parses option c (a CLI_OPT_ code) into o, as the parsers above. */
int cli_runtime_opt(const char *cmd, int c, const char *arg, struct cli_runtime_opts *o);
/* Sets in cfg what o gives. */
void cli_runtime_opts_apply(const struct cli_runtime_opts *o, aegis_runtime_config *cfg);

/* getopt_long (with opterr 0 and a leading ':') returned c, ':' for an option without
 * its value or '?' for an unknown one: says so for cmd, returns EXIT_USAGE. */
int cli_getopt_error(const char *cmd, int c, char **argv);

struct option;
/* A command's command line: its options and its one operand. */
struct cli_command {
	const char *name;              /* "run", for messages */
	const char *usage;             /* printed by -h / --help */
	const char *shortopts;         /* getopt's, with the leading ':' and 'h' */
	const struct option *longopts; /* with {"help", no_argument, NULL, 'h'} */
	/* One option (c as getopt_long returns it, arg its value): 0 to go on, else the
	 * exit status. */
	int (*option)(int c, const char *arg, void *ctx);
	const char *none, *many; /* the messages for no operand / more than one */
};
/* Parses argv for cmd: every option to cmd->option (help: usage printed, -1 returned;
 * unknown options and missing values: usage errors), then the one operand into
 * *operand. 0, -1 (help) or the exit status of the first error. */
int cli_parse(const struct cli_command *cmd, int argc, char **argv, void *ctx,
	      const char **operand);
/* The one operand left after the options (argv[optind]) into *out; else prints `none`
 * (no operand) or `many` (more than one) with the usage hint and returns EXIT_USAGE. */
int cli_operand(const char *cmd, int argc, char **argv, const char *none, const char *many,
		const char **out);

/* How a run ended: it ran its duration (signal 0), or a signal stopped it after
 * stopped_ns of the run's time (then every output is complete but partial). */
struct run_end {
	int signal;
	int64_t stopped_ns;
};
/* Per-model table and per-lane utilisation, as text or JSON; a stopped run says so
 * ("partial: stopped by SIGINT at 1.5s"; "partial": true). */
void report_text(FILE *f, const aegis_runtime *rt, const char *workload, int64_t duration_ns,
		 const struct run_end *end);
void report_json(FILE *f, const aegis_runtime *rt, const char *workload, int64_t duration_ns,
		 const struct run_end *end);
/* Checks released = completed + rejected + skipped + cancelled + failed + pending for
 * every model; prints each violation to f and returns how many there were. */
int report_conservation(FILE *f, const aegis_runtime *rt);

/* Says on f how many trace events were dropped (the ring was full), if any; returns 1
 * then, else 0. */
int report_trace_drops(FILE *f, const aegis_runtime *rt);

/* aegis_runtime_run_for(rt, duration_ns) in slices, with a live progress line on tty
 * (elapsed time, jobs completed, misses) when tty is not NULL, cleared at the end.
 * Between two slices (at most about 50 ms of real time apart) it stops early when
 * *stop is not 0 (set by a signal handler), and says in *ran_ns how much of the run's
 * time ran. The results are the same with or without the line, and for any slicing.
 * Returns the status of run_for. */
aegis_status cli_run_with_progress(aegis_runtime *rt, int64_t duration_ns, FILE *tty,
				   const volatile sig_atomic_t *stop, int64_t *ran_ns);

#endif
