/* `aegisrt profile`: measures each model of a workload alone (aegis_profile_measure)
 * and writes a WCET profile file; and the loading of --wcet-profile for admit and run.
 * Must not reach into library internals: it uses the public API only. */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/profile.h"
#include "cli.h"

static const char profile_usage[] =
	"usage: aegisrt profile WORKLOAD [options]\n"
	"\n"
	"Runs each model of WORKLOAD alone on a runtime of the workload's lanes (on its\n"
	"own lane, lane 0 when auto; admission off), N jobs back to back (each released\n"
	"when the previous one completed), and writes a WCET profile: per model the\n"
	"execution time (finish - start) min, p50, p99, p99.9, max and the WCET estimate\n"
	"ceil(max x margin), the lane and its SMs; the device; and the runtime's dispatch\n"
	"overhead (start - release) p50 / p99 / max over every job. 'aegisrt admit' and\n"
	"'aegisrt run' take it with --wcet-profile FILE. On the simulated device the\n"
	"times are draws of the execution-time models; on a GPU they are measured.\n"
	"\n"
	"options:\n"
	"  --runs N            jobs per model (default 1000)\n"
	"  --margin X          WCET = ceil(max x X), X >= 1 with at most 6 decimals\n"
	"                      (default 1.2)\n"
	"  --seed N            seed of every random draw (default: the file's)\n"
	"  --device D          sim | cuda\n"
	"  --device-profile P  device profile P caps the SMs of the lanes ('aegisrt\n"
	"                      device' lists the profiles)\n"
	"  -o, --output FILE   write the profile there (default: standard output)\n"
	"  -h, --help          this help\n"
	"\n"
	"exit status: 0 written, 1 a run failed, 2 bad usage or a bad workload file,\n"
	"3 the profile could not be written completely (named; a file -o names is then\n"
	"removed, never half written).\n";

#define MAX_RUNS 10000000u

struct profile_opts {
	const char *workload, *output;
	uint32_t runs, margin_ppm;
	struct cli_runtime_opts rt; /* --seed, --device, --device-profile */
};

/* "1.2" -> 1200000; 0 when not a number >= 1 with at most 6 decimals. */
static uint32_t parse_margin(const char *s)
{
	uint64_t whole = 0, frac = 0;
	int digits = 0, fdigits = 0;
	const char *c = s;
	for (; *c >= '0' && *c <= '9' && digits < 4; c++, digits++)
		whole = whole * 10 + (uint64_t)(*c - '0');
	if (*c == '.')
		for (c++; *c >= '0' && *c <= '9' && fdigits < 6; c++, fdigits++)
			frac = frac * 10 + (uint64_t)(*c - '0');
	for (int k = fdigits; k < 6; k++)
		frac *= 10;
	uint64_t ppm = whole * 1000000u + frac;
	return digits && !*c && ppm >= 1000000u && ppm <= UINT32_MAX ? (uint32_t)ppm : 0;
}

enum { OPT_RUNS = 256, OPT_MARGIN };

static const struct option profile_longopts[] = {
	{"runs", required_argument, NULL, OPT_RUNS},
	{"margin", required_argument, NULL, OPT_MARGIN},
	{"seed", required_argument, NULL, CLI_OPT_SEED},
	{"device", required_argument, NULL, CLI_OPT_DEVICE},
	{"device-profile", required_argument, NULL, CLI_OPT_DEVICE_PROFILE},
	{"output", required_argument, NULL, 'o'},
	{"help", no_argument, NULL, 'h'},
	{NULL, 0, NULL, 0},
};

static int profile_option(int c, const char *arg, void *ctx)
{
	struct profile_opts *o = ctx;
	switch (c) {
	case 'o':
		o->output = arg;
		return 0;
	case OPT_RUNS:
		return cli_opt_count("profile", "--runs", arg, MAX_RUNS, &o->runs, NULL);
	case OPT_MARGIN:
		if (!(o->margin_ppm = parse_margin(arg)))
			return cli_error("profile", true, "--margin '%s': expected a number >= 1 "
					 "with at most 6 decimals (e.g. 1.2)", arg);
		return 0;
	case CLI_OPT_SEED:
	case CLI_OPT_DEVICE:
	case CLI_OPT_DEVICE_PROFILE:
		return cli_runtime_opt("profile", c, arg, &o->rt);
	default:
		return 0; /* every code of the table is a case above */
	}
}

static int parse_opts(int argc, char **argv, struct profile_opts *o)
{
	static const struct cli_command command = {
		.name = "profile",
		.usage = profile_usage,
		.shortopts = ":ho:",
		.longopts = profile_longopts,
		.option = profile_option,
		.none = "expected one WORKLOAD file",
		.many = "expected exactly one WORKLOAD file",
	};
	return cli_parse(&command, argc, argv, o, &o->workload);
}

/* One line per model on stderr, so that a profile written to a file is seen too. */
static void summary(FILE *f, const aegis_profile *p)
{
	char b[6][32];
	const aegis_profile_info *in = aegis_profile_info_get(p);
	fprintf(f, "%-20s %4s %4s %10s %10s %10s %10s %10s %10s\n", "model", "lane", "sms", "min",
		"p50", "p99", "p99.9", "max", "wcet");
	for (uint32_t i = 0; i < aegis_profile_model_count(p); i++) {
		const aegis_profile_model *m = aegis_profile_model_at(p, i);
		fprintf(f, "%-20s %4d %4u %10s %10s %10s %10s %10s %10s\n", m->name, m->lane,
			m->lane_sms, aegis_duration_format(m->min_ns, b[0], 32),
			aegis_duration_format(m->p50_ns, b[1], 32),
			aegis_duration_format(m->p99_ns, b[2], 32),
			aegis_duration_format(m->p999_ns, b[3], 32),
			aegis_duration_format(m->max_ns, b[4], 32),
			aegis_duration_format(m->wcet_ns, b[5], 32));
	}
	fprintf(f, "dispatch overhead (start - release): p50 %" PRId64 " ns, p99 %" PRId64
		   " ns, max %" PRId64 " ns; device %s (%s)%s%s\n",
		in->overhead_p50_ns, in->overhead_p99_ns, in->overhead_max_ns, in->device,
		in->device_name, in->device_profile[0] ? ", profile " : "", in->device_profile);
}

int cmd_profile(int argc, char **argv)
{
	struct profile_opts o = {0};
	int rc = parse_opts(argc, argv, &o);
	if (rc)
		return rc < 0 ? 0 : rc;
	char err[512];
	aegis_workload *w = NULL;
	aegis_profile *p = NULL;
	const aegis_model_config **models = NULL;
	aegis_status st = aegis_workload_load(o.workload, &w, err, sizeof err);
	if (st != AEGIS_OK)
		return cli_error("profile", false, "%s", err);
	aegis_runtime_config cfg = *aegis_workload_runtime(w);
	cli_runtime_opts_apply(&o.rt, &cfg);
	uint32_t n = aegis_workload_model_count(w);
	if (!(models = calloc(n ? n : 1, sizeof *models))) {
		rc = cli_error("profile", false, "out of memory");
		goto out;
	}
	for (uint32_t i = 0; i < n; i++)
		models[i] = aegis_workload_model(w, i);
	aegis_profile_options po = {.runs = o.runs, .margin_ppm = o.margin_ppm,
				    .workload = o.workload};
	st = aegis_profile_measure(&cfg, models, n, &po, &p, err, sizeof err);
	if (st != AEGIS_OK) {
		cli_error("profile", false, "%s: %s: %s", o.workload, aegis_status_str(st), err);
		rc = aegis_status_class_of(st) == AEGIS_CLASS_PERMANENT ? EXIT_USAGE : EXIT_RUN_FAILED;
		goto out;
	}
	struct cli_out out;
	if ((rc = cli_out_open(&out, "profile", o.output)) != 0)
		goto out;
	out.remove_on_failure = true; /* half a profile must not be read as one */
	st = aegis_profile_write(p, out.f);
	out.failed = st != AEGIS_OK;
	if ((rc = cli_out_close(&out)) != 0)
		goto out;
	if (st != AEGIS_OK) {
		cli_error("profile", false, "writing %s failed: %s", out.name, aegis_status_str(st));
		rc = EXIT_RUN_FAILED;
		goto out;
	}
	summary(stderr, p);
out:
	aegis_profile_destroy(p);
	free(models);
	aegis_workload_destroy(w);
	return rc;
}

int cli_wcet_profile_load(const char *cmd, const char *path, aegis_profile **out)
{
	char err[512];
	if (aegis_profile_load(path, out, err, sizeof err) != AEGIS_OK)
		return cli_error(cmd, false, "--wcet-profile: %s", err);
	return 0;
}

aegis_model_config cli_wcet_profile_apply(const aegis_profile *p, const aegis_model_config *in)
{
	aegis_model_config out = *in;
	const aegis_profile_model *m = aegis_profile_find(p, in->name);
	if (m)
		out.wcet_override_ns = m->wcet_ns;
	return out;
}
