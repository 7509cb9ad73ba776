/* `aegisrt profile`: measures each model of a workload alone (aegis_profile_measure)
 * and writes a WCET profile file; and the loading of --wcet-profile for admit and run.
 * Must not reach into library internals: it uses the public API only. */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <math.h>
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
	"First, every model runs together on one runtime of those lanes, two jobs each:\n"
	"on a GPU that run gives the memory outside the pool that does not grow with\n"
	"the lanes (device_memory's driver_fixed); a model refused or a job failed\n"
	"there fails the profile.\n"
	"\n"
	"options:\n"
	"  --runs N            jobs per model (default 1000)\n"
	"  --margin X          WCET = ceil(max x X), X >= 1 with at most 6 decimals\n"
	"                      (default 1.2)\n"
	"  --seed N            seed of every random draw (default: the file's)\n"
	"  --device D          sim | cuda\n"
	"  --device-profile P  device profile P caps the SMs of the lanes ('aegisrt\n"
	"                      device' lists the profiles)\n"
	"  --lane-sizes S,S,.. also measure each model alone on one lane of each size (SMs):\n"
	"                      its curve (profile version 2); 'all': every size the device\n"
	"                      can make up to its SM cap (the device profile's) at its\n"
	"                      granularity; on the simulated device the sizes are nominal\n"
	"                      (all: 1..the device profile's SMs)\n"
	"  --neighbour         with --lane-sizes: measure each size s again next to a\n"
	"                      memory-bound neighbour (a synthetic model streaming 256 MiB\n"
	"                      through DRAM, jobs back to back) on a second lane of the SMs\n"
	"                      left in the cap (cap - s, rounded down to the device's\n"
	"                      granularity; none when nothing is left), and write the\n"
	"                      point's interference = p99 next to it / p99 alone (>= 1;\n"
	"                      p99, not max: a max is one sample); admit, run and plan\n"
	"                      charge wcet x interference. Doubles the time. On the\n"
	"                      simulated device it is 1: no interference model\n"
	"  --shared K,K,..     also measure the whole workload on K lanes sharing one\n"
	"                      partition of the SM cap (each K 2..64, at most the models):\n"
	"                      model i on lane i mod K, each lane running its models in\n"
	"                      turn, jobs back to back, so every model runs with the other\n"
	"                      K - 1 lanes busy; each model's point {sms, shared: K}\n"
	"                      (profile version 4), with which shared lanes admit and\n"
	"                      the planner weighs K lanes over one partition\n"
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
	const char *lane_sizes;     /* --lane-sizes, as given */
	bool neighbour;             /* --neighbour */
	const char *shared;         /* --shared, as given */
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

enum { OPT_RUNS = 256, OPT_MARGIN, OPT_LANE_SIZES, OPT_NEIGHBOUR, OPT_SHARED };

static const struct option profile_longopts[] = {
	{"runs", required_argument, NULL, OPT_RUNS},
	{"margin", required_argument, NULL, OPT_MARGIN},
	{"lane-sizes", required_argument, NULL, OPT_LANE_SIZES},
	{"neighbour", no_argument, NULL, OPT_NEIGHBOUR},
	{"shared", required_argument, NULL, OPT_SHARED},
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
	case OPT_LANE_SIZES:
		o->lane_sizes = arg;
		return 0;
	case OPT_NEIGHBOUR:
		o->neighbour = true;
		return 0;
	case OPT_SHARED:
		o->shared = arg;
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
	int rc = cli_parse(&command, argc, argv, o, &o->workload);
	if (!rc && o->neighbour && !o->lane_sizes)
		return cli_error("profile", true, "--neighbour needs --lane-sizes (the neighbour "
				 "runs on the SMs each size leaves)");
	return rc;
}

/* --lane-sizes: "4,8,16", or "all": the multiples of the device's granularity from its
 * smallest partition up to its SM cap (a device profile's, else the GPU's; the
 * simulated device: 1..the profile's SMs). *n sizes into sizes. 0 or an exit status. */
static int lane_sizes(const char *arg, const aegis_runtime_config *cfg, uint32_t *sizes,
		      uint32_t *n)
{
	*n = 0;
	if (strcmp(arg, "all") != 0) {
		uint32_t sms[AEGIS_MAX_LANES], k = 0;
		if (cli_opt_lanes("profile", "--lane-sizes", true, arg, &k, sms, NULL))
			return EXIT_USAGE;
		memcpy(sizes, sms, k * sizeof *sizes);
		*n = k;
		return 0;
	}
	aegis_device_info d;
	char why[256];
	aegis_status st = aegis_device_query(cfg->device, cfg->device_ordinal, &d, why, sizeof why);
	if (st != AEGIS_OK)
		return cli_error("profile", false, "--lane-sizes all: %s", why);
	const aegis_device_profile *dp = aegis_device_profile_find(cfg->device_profile);
	uint32_t cap = dp && (!d.sm_count || dp->sm_count < d.sm_count) ? dp->sm_count : d.sm_count;
	uint32_t g = d.sm_granularity ? d.sm_granularity : 1;
	uint32_t from = d.sm_min_partition > g ? (d.sm_min_partition + g - 1) / g * g : g;
	if (!cap)
		return cli_error("profile", true, "--lane-sizes all: device %s has no SMs to count; "
				 "give a device profile (--device-profile) or the sizes", d.device);
	for (uint32_t s = from; s <= cap && *n < AEGIS_PROFILE_MAX_SIZES; s += g)
		sizes[(*n)++] = s;
	return 0;
}

/* A point's interference for the table: "1.1875", or "-" when not measured. */
static const char *factor_text(double f, char *buf, size_t len)
{
	if (f > 0)
		snprintf(buf, len, "%.4f", f);
	else
		snprintf(buf, len, "-");
	return buf;
}

/* One line per model on stderr, so that a profile written to a file is seen too; with
 * a neighbour, each point's interference and what it means. */
static void summary(FILE *f, const aegis_profile *p, bool neighbour)
{
	char b[6][32], fx[16];
	bool none = false; /* a point without a neighbour (no SMs left) */
	const aegis_profile_info *in = aegis_profile_info_get(p);
	fprintf(f, "%-20s %4s %4s %10s %10s %10s %10s %10s %10s%s\n", "model", "lane", "sms",
		"min", "p50", "p99", "p99.9", "max", "wcet", neighbour ? "  interference" : "");
	for (uint32_t i = 0; i < aegis_profile_model_count(p); i++) {
		const aegis_profile_model *m = aegis_profile_model_at(p, i);
		fprintf(f, "%-20s %4d %4u %10s %10s %10s %10s %10s %10s\n", m->name, m->lane,
			m->lane_sms, aegis_duration_format(m->min_ns, b[0], 32),
			aegis_duration_format(m->p50_ns, b[1], 32),
			aegis_duration_format(m->p99_ns, b[2], 32),
			aegis_duration_format(m->p999_ns, b[3], 32),
			aegis_duration_format(m->max_ns, b[4], 32),
			aegis_duration_format(m->wcet_ns, b[5], 32));
		const aegis_profile_point *pts;
		uint32_t n = 0;
		aegis_profile_model_curve(p, i, &pts, &n);
		for (uint32_t k = 0; k < n; k++) {
			none = none || (neighbour && !(pts[k].interference > 0));
			char at[16];
			if (pts[k].shared > 1)
				snprintf(at, sizeof at, "%u/%u", pts[k].sms, pts[k].shared);
			else
				snprintf(at, sizeof at, "%u", pts[k].sms);
			fprintf(f, "%-20s %4s %4s %10s %10s %10s %10s %10s %10s", "", "", at,
				"", aegis_duration_format(pts[k].p50_ns, b[1], 32),
				aegis_duration_format(pts[k].p99_ns, b[2], 32), "",
				aegis_duration_format(pts[k].max_ns, b[4], 32),
				aegis_duration_format(pts[k].wcet_ns, b[5], 32));
			if (neighbour)
				fprintf(f, "  %12s", factor_text(pts[k].interference, fx, sizeof fx));
			fputc('\n', f);
		}
	}
	if (neighbour && strcmp(in->device, "sim") == 0)
		fprintf(f, "interference: sim: no interference model, 1.0 (the neighbour ran, on a "
			   "lane of its own; the simulated device slows no lane for another's "
			   "memory traffic)\n");
	else if (neighbour)
		fprintf(f, "interference: p99 next to a memory-bound neighbour on the SMs left in "
			   "the cap / p99 alone (>= 1); admit, run and plan charge wcet x it\n");
	if (none)
		fprintf(f, "interference -: no SMs left in the cap for a neighbour at that size (at "
			   "the device's granularity): not measured, written as absent\n");
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
	uint32_t sizes[AEGIS_PROFILE_MAX_SIZES], n_sizes = 0;
	if (o.lane_sizes && (rc = lane_sizes(o.lane_sizes, &cfg, sizes, &n_sizes)) != 0)
		goto out;
	uint32_t shares[AEGIS_MAX_LANES], n_shares = 0;
	if (o.shared) {
		if ((rc = cli_opt_lanes("profile", "--shared", true, o.shared, &n_shares, shares,
					NULL)) != 0)
			goto out;
		for (uint32_t k = 0; k < n_shares; k++)
			if (shares[k] < 2) {
				rc = cli_error("profile", true, "--shared '%s': lanes sharing a "
					       "partition are 2..%u", o.shared, AEGIS_MAX_LANES);
				goto out;
			}
	}
	aegis_profile_options po = {.runs = o.runs, .margin_ppm = o.margin_ppm,
				    .workload = o.workload, .lane_sizes = sizes,
				    .n_lane_sizes = n_sizes, .neighbour = o.neighbour,
				    .shares = shares, .n_shares = n_shares};
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
	summary(stderr, p, o.neighbour);
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

aegis_model_config cli_wcet_profile_apply(const aegis_profile *p, const aegis_model_config *in,
					  aegis_lane_time *times)
{
	aegis_model_config out = *in;
	const aegis_profile_model *m = aegis_profile_find(p, in->name);
	if (!m)
		return out;
	out.wcet_override_ns = m->wcet_ns;
	uint32_t i = (uint32_t)(m - aegis_profile_model_at(p, 0)), n = 0;
	const aegis_profile_point *pts = NULL;
	if (aegis_profile_model_curve(p, i, &pts, &n) != AEGIS_OK || !n)
		return out;
	/* the exec model describes the model on the lane it was profiled on (lane_sms) */
	const aegis_profile_point *ref = aegis_profile_point_at(p, i, m->lane_sms);
	uint32_t kept = 0;
	for (uint32_t k = 0; k < n; k++) {
		const aegis_profile_point *q = &pts[k];
		/* a workload file names isolated lanes only: points measured on shared lanes
		 * (version 4) serve the library's AEGIS_LANES_SHARED and bench_scenario */
		if (q->shared > 1)
			continue;
		double f = q->interference > 1 ? q->interference : 1;
		double w = ceil((double)q->wcet_ns * f);
		times[kept++] = (aegis_lane_time){
			.sms = q->sms,
			.wcet_ns = w >= 9.2e18 ? INT64_MAX : (int64_t)w,
			.speed = ref && ref->p50_ns > 0 && q->p50_ns > 0
					 ? (double)q->p50_ns / (double)ref->p50_ns : 0,
		};
	}
	out.lane_times = kept ? times : NULL;
	out.n_lane_times = kept;
	return out;
}

const char *cli_lane_times_sizes(const aegis_model_config *m, char *buf, size_t len)
{
	size_t at = 0;
	buf[0] = '\0';
	for (uint32_t k = 0; k < m->n_lane_times && at + 1 < len; k++) {
		int w = snprintf(buf + at, len - at, "%s%u", k ? ", " : "", m->lane_times[k].sms);
		at += w > 0 ? (size_t)w : 0;
	}
	return buf;
}
