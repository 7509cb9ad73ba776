/* `aegisrt run`: loads a workload file, applies the command-line overrides, admits
 * every model, runs, drains, and reports. Must not reach into library internals:
 * it uses the public API only. */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "aegis/device.h"
#include "cli.h"
#include "plan.h"

static const char run_usage[] =
	"usage: aegisrt run WORKLOAD [options]\n"
	"\n"
	"Runs WORKLOAD (a YAML file, see examples/quickstart.yaml) on its device and\n"
	"prints, per model: lane, priority rank (fp), period, deadline, WCET, jobs\n"
	"released / completed / rejected / missed, response time p50 / p99 / p99.9 /\n"
	"max (release to finish), the largest lateness and the coefficient of variation\n"
	"(stddev / mean) of the response time; then each lane's utilisation and, when\n"
	"a model had faults, its health, overruns, failures and quarantines. --json adds\n"
	"p90, the mean and the jitter (max - min). On a terminal, stderr shows a progress\n"
	"line while the run goes (the results are the same without it).\n"
	"At the end of the run no job is released any more, queued jobs are cancelled\n"
	"and jobs already on a lane finish; every job is accounted for.\n"
	"\n"
	"Every model is admitted only if the schedulability analysis of its lane\n"
	"proves all deadlines (see 'aegisrt admit'); an unschedulable workload is\n"
	"refused unless --force is given. fifo has no analysis: a baseline to compare\n"
	"with, it runs without admission control, with a warning that nothing is\n"
	"proven.\n"
	"\n"
	"options (each overrides the workload file):\n"
	"  --duration D        run length in virtual time, with a unit: 10s, 500ms\n"
	"                      (default: runtime.duration of the file, else 10s)\n"
	"  --seed N            seed of every random draw (default: the file's, else 0)\n"
	"  --policy P          fp | edf | fifo\n"
	"  --preemption M      none | points (preempt at segment boundaries)\n"
	"  --force             run without admission control (the analysis is skipped)\n"
	"  --device D          sim | cuda (a GPU, real time; see 'aegisrt device')\n"
	"  --device-profile P  emulate a smaller GPU: device profile P caps the SMs the\n"
	"                      lanes use and records the memory budget ('aegisrt device'\n"
	"                      lists the profiles)\n"
	"  --trace FILE        write a Chrome Trace Event JSON file (open it in\n"
	"                      https://ui.perfetto.dev or chrome://tracing)\n"
	"  --log FILE          write the decision log (JSON Lines, docs/DECISION_LOG.md;\n"
	"                      check it with 'aegisrt replay FILE')\n"
	"  --wcet-profile FILE admit each model that FILE (from 'aegisrt profile') names\n"
	"                      with its measured WCET, and its measured dispatch overhead\n"
	"                      unless runtime.dispatch_overhead is set\n"
	"  --inject MODEL:KEY=VALUE[,KEY=VALUE...]\n"
	"                      inject faults into MODEL's jobs, a fault drill (repeat\n"
	"                      for more models; docs/FAULTS.md): fail_nth, fail_every,\n"
	"                      fail_probability, fail_status, slowdown, slow_probability,\n"
	"                      alloc_fail_nth, alloc_fail_probability, hang_nth, hang,\n"
	"                      launch_error_nth, illegal_address_nth;\n"
	"                      e.g. --inject det:slowdown=3 --inject seg:fail_probability=0.1\n"
	"  --json              print the results as JSON instead of a table\n"
	"  -h, --help          this help\n"
	"\n"
	"SIGINT or SIGTERM stops the run in order: no job is released any more, jobs on\n"
	"a lane finish, queued ones are cancelled, and the table (or --json), --log and\n"
	"--trace are written complete and marked partial ('partial: stopped by SIGINT\n"
	"at T'; \"partial\": true); a second signal ends the process at once.\n"
	"\n"
	"exit status: 0 the run completed (deadline misses are results, not errors),\n"
	"1 the run failed, 2 bad usage or a bad workload file, 3 an output (stdout,\n"
	"--trace, --log) could not be written completely: the message names it,\n"
	"130 / 143 stopped by SIGINT / SIGTERM (every output written, marked partial).\n";

#define DEFAULT_DURATION_NS (10 * AEGIS_NS_PER_S)
#define MAX_INJECT 32

struct run_opts {
	const char *workload;
	const char *trace_path;
	const char *log_path;
	bool json;
	bool force;
	const char *wcet_profile;
	bool have_duration;
	int64_t duration_ns;
	struct cli_runtime_opts rt; /* --seed, --policy, --preemption, --device(-profile) */
	const char *inject[MAX_INJECT]; /* --inject MODEL:KEY=VALUE,... as given */
	uint32_t n_inject;
};

/* Does --inject spec (MODEL:...) name model `name`? */
static bool injection_names(const char *spec, const char *name)
{
	size_t len = strlen(name);
	return (size_t)(strchr(spec, ':') - spec) == len && strncmp(spec, name, len) == 0;
}

/* Applies every --inject naming cfg->name to cfg->inject. Returns 0, or the usage
 * exit status after saying what is wrong. */
static int apply_injections(const struct run_opts *o, aegis_model_config *cfg)
{
	for (uint32_t i = 0; i < o->n_inject; i++) {
		const char *spec = o->inject[i], *colon = strchr(spec, ':');
		if (!injection_names(spec, cfg->name))
			continue;
		char knobs[256], why[400];
		snprintf(knobs, sizeof knobs, "%s", colon + 1);
		for (char *save = NULL, *kv = strtok_r(knobs, ",", &save); kv;
		     kv = strtok_r(NULL, ",", &save)) {
			char *eq = strchr(kv, '=');
			if (!eq)
				return cli_error("run", true, "--inject '%s': expected KEY=VALUE, got '%s'",
						   spec, kv);
			*eq = '\0';
			if (aegis_fault_injection_set(&cfg->inject, kv, eq + 1, why, sizeof why))
				return cli_error("run", true, "--inject '%s': %s", spec, why);
		}
	}
	return 0;
}

/* Every --inject names a model of the workload. */
static int check_injections(const struct run_opts *o, const aegis_workload *w)
{
	for (uint32_t i = 0; i < o->n_inject; i++) {
		const char *spec = o->inject[i], *colon = strchr(spec, ':');
		bool found = false;
		for (uint32_t k = 0; !found && k < aegis_workload_model_count(w); k++)
			found = injection_names(spec, aegis_workload_model(w, k)->name);
		if (!found)
			return cli_error("run", true, "--inject '%s': %s has no model '%.*s'", spec,
					   o->workload, (int)(colon - spec), spec);
	}
	return 0;
}

/* --inject MODEL:KEY=VALUE[,KEY=VALUE...], kept as given: the knobs are checked when
 * the workload's models are known. */
static int add_injection(struct run_opts *o, const char *spec)
{
	const char *colon = strchr(spec, ':');
	if (!colon || colon == spec || !colon[1])
		return cli_error("run", true, "--inject '%s': expected "
				 "MODEL:KEY=VALUE[,KEY=VALUE...]", spec);
	if (o->n_inject == MAX_INJECT)
		return cli_error("run", true, "--inject: at most %d", MAX_INJECT);
	o->inject[o->n_inject++] = spec;
	return 0;
}

enum { OPT_DURATION = 256, OPT_TRACE, OPT_JSON, OPT_FORCE, OPT_LOG, OPT_WCET_PROFILE,
       OPT_INJECT };

static const struct option run_longopts[] = {
	{"duration", required_argument, NULL, OPT_DURATION},
	{"seed", required_argument, NULL, CLI_OPT_SEED},
	{"policy", required_argument, NULL, CLI_OPT_POLICY},
	{"preemption", required_argument, NULL, CLI_OPT_PREEMPTION},
	{"trace", required_argument, NULL, OPT_TRACE},
	{"log", required_argument, NULL, OPT_LOG},
	{"json", no_argument, NULL, OPT_JSON},
	{"force", no_argument, NULL, OPT_FORCE},
	{"device", required_argument, NULL, CLI_OPT_DEVICE},
	{"device-profile", required_argument, NULL, CLI_OPT_DEVICE_PROFILE},
	{"wcet-profile", required_argument, NULL, OPT_WCET_PROFILE},
	{"inject", required_argument, NULL, OPT_INJECT},
	{"help", no_argument, NULL, 'h'},
	{NULL, 0, NULL, 0},
};

static int run_option(int c, const char *arg, void *ctx)
{
	struct run_opts *o = ctx;
	switch (c) {
	case OPT_DURATION:
		return cli_opt_duration("run", "--duration", arg, true, &o->duration_ns,
					&o->have_duration);
	case CLI_OPT_SEED:
	case CLI_OPT_POLICY:
	case CLI_OPT_PREEMPTION:
	case CLI_OPT_DEVICE:
	case CLI_OPT_DEVICE_PROFILE:
		return cli_runtime_opt("run", c, arg, &o->rt);
	case OPT_TRACE:
		o->trace_path = arg;
		return 0;
	case OPT_LOG:
		o->log_path = arg;
		return 0;
	case OPT_JSON:
		o->json = true;
		return 0;
	case OPT_FORCE:
		o->force = true;
		return 0;
	case OPT_WCET_PROFILE:
		o->wcet_profile = arg;
		return 0;
	case OPT_INJECT:
		return add_injection(o, arg);
	default:
		return 0; /* every code of the table is a case above */
	}
}

static int parse_opts(int argc, char **argv, struct run_opts *o)
{
	static const struct cli_command command = {
		.name = "run",
		.usage = run_usage,
		.shortopts = ":h",
		.longopts = run_longopts,
		.option = run_option,
		.none = "expected one WORKLOAD file",
		.many = "expected exactly one WORKLOAD file",
	};
	return cli_parse(&command, argc, argv, o, &o->workload);
}

struct run_state {
	aegis_workload *w;
	aegis_runtime *rt;
	struct cli_out trace_out; /* --trace */
	aegis_chrome_writer *chrome;
	aegis_profile *wcet_profile; /* --wcet-profile, or NULL */
	struct cli_out log_out;      /* --log */
	aegis_jsonl_writer *log;
};

/* Releases everything; returns rc, or EXIT_OUTPUT when --trace or --log could not be
 * written completely (said). */
static int run_state_release(struct run_state *s, int rc)
{
	aegis_runtime_destroy(s->rt);
	aegis_chrome_writer_destroy(s->chrome);
	aegis_jsonl_writer_destroy(s->log);
	int out_rc = cli_out_close(&s->log_out);
	int trace_rc = cli_out_close(&s->trace_out);
	aegis_workload_destroy(s->w);
	aegis_profile_destroy(s->wcet_profile);
	return cli_out_status(rc, out_rc ? out_rc : trace_rc);
}

/* On a real device, one line (stderr) on the GPU and its lanes; nothing on sim. */
static void describe_device(const aegis_runtime *rt)
{
	aegis_device_info d;
	aegis_lane_info l;
	if (aegis_runtime_device_info(rt, &d) != AEGIS_OK || !d.real_time)
		return;
	cli_print(stderr, "aegisrt run: device %s: %s, %u of %u SMs%s%s%s; lanes:", d.device,
		d.name, d.sm_limit, d.sm_count, d.profile[0] ? " (profile " : "", d.profile,
		d.profile[0] ? (d.sm_limit_enforced ? ")" : ", cap NOT enforced)") : "");
	for (uint32_t i = 0; i < aegis_runtime_lane_count(rt); i++)
		if (aegis_runtime_lane_info(rt, i, &l) == AEGIS_OK)
			cli_print(stderr, "%s %u: %u SMs%s", i ? "," : "", i, l.sm_count,
				l.isolated ? "" : " (not isolated)");
	cli_print(stderr, "\n");
}

/* --trace and --log together: each event batch goes to both writers. */
static void tee_sink(void *user, const aegis_trace_event *ev, size_t n)
{
	struct run_state *s = user;
	aegis_chrome_writer_sink(s->chrome).fn(s->chrome, ev, n);
	aegis_jsonl_writer_sink(s->log).fn(s->log, ev, n);
}

/* --log FILE: the decision log's writer, chained after the trace's if both. */
static int open_log(struct run_state *s, const struct run_opts *o, aegis_runtime_config *cfg)
{
	if (!o->log_path)
		return 0;
	int rc = cli_out_open(&s->log_out, "run", o->log_path);
	if (rc)
		return rc;
	if (aegis_jsonl_writer_create(s->log_out.f, &s->log) != AEGIS_OK) {
		cli_print(stderr, "aegisrt run: out of memory\n");
		return EXIT_RUN_FAILED;
	}
	if (s->chrome)
		cfg->trace = (aegis_trace_sink){tee_sink, s};
	else
		cfg->trace = aegis_jsonl_writer_sink(s->log);
	return 0;
}

/* Creates the runtime from the workload and the options; admits every model. */
static int setup(struct run_state *s, const struct run_opts *o)
{
	int rc;
	char err[512];
	aegis_status st = aegis_workload_load(o->workload, &s->w, err, sizeof err);
	if (st != AEGIS_OK) {
		cli_print(stderr, "aegisrt run: %s\n", err);
		return EXIT_USAGE;
	}
	if (aegis_workload_lanes_auto(s->w)) { /* run what the planner chose */
		aegis_workload *planned;
		if ((rc = plan_auto("run", o->workload, o->wcet_profile, &planned)) != 0)
			return rc;
		aegis_workload_destroy(s->w);
		s->w = planned;
	}
	if ((rc = check_injections(o, s->w)) != 0)
		return rc;
	aegis_runtime_config cfg = *aegis_workload_runtime(s->w);
	cli_runtime_opts_apply(&o->rt, &cfg);
	if (o->force)
		cfg.admission = AEGIS_ADMIT_OFF;
	aegis_analysis_kind kind;
	if (cfg.admission != AEGIS_ADMIT_OFF &&
	    aegis_policy_analysis(cfg.policy, cfg.preemption, &kind) != AEGIS_OK) {
		/* a baseline (fifo): run as asked, but say that it comes with no promise */
		cli_message("run", "policy %s has no schedulability analysis: the models run "
			    "without admission control and no deadline is proven",
			    aegis_policy_name(cfg.policy));
		cfg.admission = AEGIS_ADMIT_OFF;
	}
	if (o->wcet_profile) {
		if (cli_wcet_profile_load("run", o->wcet_profile, &s->wcet_profile) != 0)
			return EXIT_USAGE;
		if (cfg.dispatch_overhead_ns == 0)
			cfg.dispatch_overhead_ns = aegis_profile_dispatch_overhead_ns(s->wcet_profile);
		/* what the device takes outside the pool comes off the budget, as in admit */
		cfg.outside_pool_bytes = aegis_profile_outside_bytes(s->wcet_profile,
								     cfg.lanes ? cfg.lanes : 1);
	}
	if (o->trace_path) {
		if ((rc = cli_out_open(&s->trace_out, "run", o->trace_path)) != 0)
			return rc;
		if (aegis_chrome_writer_create(s->trace_out.f, &s->chrome) != AEGIS_OK) {
			cli_print(stderr, "aegisrt run: out of memory\n");
			return EXIT_RUN_FAILED;
		}
		cfg.trace = aegis_chrome_writer_sink(s->chrome);
	}
	if ((rc = open_log(s, o, &cfg)) != 0)
		return rc;
	st = aegis_runtime_create(&cfg, &s->rt, err, sizeof err);
	if (st != AEGIS_OK) {
		cli_print(stderr, "aegisrt run: %s: %s: %s\n", o->workload, aegis_status_str(st), err);
		return aegis_status_class_of(st) == AEGIS_CLASS_PERMANENT ? EXIT_USAGE
									 : EXIT_RUN_FAILED;
	}
	describe_device(s->rt);
	for (uint32_t i = 0; i < aegis_workload_model_count(s->w); i++) {
		aegis_lane_time times[AEGIS_PROFILE_MAX_SIZES];
		aegis_model_config m = cli_wcet_profile_apply(s->wcet_profile,
							     aegis_workload_model(s->w, i), times);
		if ((rc = apply_injections(o, &m)) != 0)
			return rc;
		st = aegis_model_admit(s->rt, &m, NULL);
		if (st != AEGIS_OK) {
			cli_print(stderr, "aegisrt run: %s:%u: %s\n", o->workload,
				aegis_workload_model_line(s->w, i), aegis_runtime_last_error(s->rt));
			if (st == AEGIS_E_UNSCHEDULABLE || st == AEGIS_E_UNSUPPORTED)
				cli_print(stderr, "aegisrt run: refused by admission control; 'aegisrt "
						"admit %s' explains it, --force runs it anyway\n",
					o->workload);
			return EXIT_USAGE;
		}
	}
	if (s->log && aegis_jsonl_writer_header(s->log, s->rt) != AEGIS_OK) {
		cli_print(stderr, "aegisrt run: out of memory writing the log header\n");
		return EXIT_RUN_FAILED;
	}
	return 0;
}

/* The signal that asks the run to stop (SIGINT, SIGTERM), 0 until one comes. A
 * handler can only reach a static object of this type: the one global of the CLI. */
static volatile sig_atomic_t stop_signal;

static void on_stop_signal(int sig)
{
	stop_signal = sig;
}

/* SIGINT and SIGTERM stop the run in order (the run loop looks between two slices);
 * a second one ends the process at once, as without a handler (SA_RESETHAND). */
static void catch_stop_signals(void)
{
	struct sigaction sa = {.sa_handler = on_stop_signal, .sa_flags = SA_RESETHAND | SA_RESTART};
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

int cmd_run(int argc, char **argv)
{
	struct run_opts o = {0};
	int rc = parse_opts(argc, argv, &o);
	if (rc)
		return rc < 0 ? 0 : rc;
	catch_stop_signals();

	struct run_state s = {.trace_out.fd = -1, .log_out.fd = -1};
	if ((rc = setup(&s, &o)) != 0)
		goto out;
	int64_t duration = o.have_duration ? o.duration_ns : aegis_workload_duration_ns(s.w);
	if (duration <= 0)
		duration = DEFAULT_DURATION_NS;
	/* a progress line only where someone watches: stderr is a terminal */
	struct run_end end = {0};
	aegis_status st = cli_run_with_progress(s.rt, duration,
						 isatty(STDERR_FILENO) ? stderr : NULL,
						 &stop_signal, &end.stopped_ns);
	end.signal = stop_signal; /* read once: what the report says is what happened */
	char at[32];
	if (end.signal)
		cli_message("run", "stopped by %s at %s of the run: the jobs on a lane finish, "
			    "every output is written (marked partial)",
			    end.signal == SIGINT ? "SIGINT" : "SIGTERM",
			    aegis_duration_format(end.stopped_ns, at, sizeof at));
	if (st == AEGIS_OK)
		st = aegis_runtime_stop(s.rt);
	if (st != AEGIS_OK) {
		cli_print(stderr, "aegisrt run: %s\n", aegis_runtime_last_error(s.rt));
		rc = EXIT_RUN_FAILED;
		if (!aegis_runtime_fatal(s.rt))
			goto out;
		/* a fatal stop ended every job in order: the report says how far it got */
	}
	if (o.json)
		report_json(stdout, s.rt, o.workload, duration, &end);
	else
		report_text(stdout, s.rt, o.workload, duration, &end);
	if (report_conservation(stderr, s.rt))
		rc = EXIT_RUN_FAILED;
	if (report_trace_drops(stderr, s.rt) && (s.log || s.chrome))
		rc = EXIT_RUN_FAILED; /* a trace or log missing events is not what was asked */
	/* a write that failed is said once, by run_state_release; here what else can */
	if (s.log && aegis_jsonl_writer_finish(s.log) != AEGIS_OK && !s.log_out.err) {
		cli_message("run", "log %s is incomplete: events were dropped", s.log_out.name);
		rc = EXIT_RUN_FAILED;
	}
	if (s.chrome && aegis_chrome_writer_finish(s.chrome, s.rt) != AEGIS_OK &&
	    !s.trace_out.err) {
		cli_message("run", "trace %s is incomplete", s.trace_out.name);
		rc = EXIT_RUN_FAILED;
	}
	if (!rc && end.signal)
		rc = 128 + end.signal; /* as a shell reports a process a signal ended */
out:
	return run_state_release(&s, rc);
}
