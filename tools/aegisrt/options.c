/* The options several commands take, each parsed and its error worded once (durations,
 * counts, seeds, enums by the library's names, device profiles, getopt's errors). Must
 * not know which command takes which option, nor copy a table of names the library has. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

#define MAX_NAMES 16

static int given_now(bool *given)
{
	if (given)
		*given = true;
	return 0;
}

const char *cli_enum_name(const struct cli_enum *d, int value)
{
	if (d->extra && value == d->extra_value)
		return d->extra;
	return aegis_enum_name(d->e, value);
}

const char *cli_enum_list(const struct cli_enum *d, char *buf, size_t len)
{
	char all[256];
	const char *names[MAX_NAMES];
	size_t n = 0, at = 0;
	const char *except = d->except >= 0 ? aegis_enum_name(d->e, d->except) : NULL;
	aegis_enum_names(d->e, "\n", all, sizeof all);
	for (char *save = NULL, *t = strtok_r(all, "\n", &save); t && n < MAX_NAMES - 1;
	     t = strtok_r(NULL, "\n", &save))
		if (!except || strcmp(t, except) != 0)
			names[n++] = t;
	if (d->extra)
		names[n++] = d->extra;
	buf[0] = '\0';
	for (size_t i = 0; i < n && at < len; i++) {
		int k = snprintf(buf + at, len - at, "%s%s",
				 i == 0 ? "" : i + 1 == n ? " or " : ", ", names[i]);
		if (k < 0)
			break;
		at += (size_t)k;
	}
	return buf;
}

int cli_opt_enum(const char *cmd, const char *opt, const char *arg, const struct cli_enum *d,
		 int *out, bool *given)
{
	int v;
	if (d->extra && strcmp(arg, d->extra) == 0) {
		v = d->extra_value;
	} else if (aegis_enum_parse(d->e, arg, &v) != AEGIS_OK || v == d->except) {
		char list[256];
		return cli_error(cmd, true, "%s '%s': expected %s", opt, arg,
				 cli_enum_list(d, list, sizeof list));
	}
	*out = v;
	return given_now(given);
}

int cli_opt_duration(const char *cmd, const char *opt, const char *arg, bool positive,
		     int64_t *out, bool *given)
{
	int64_t v;
	if (aegis_duration_parse(arg, &v) != AEGIS_OK || (positive && v <= 0))
		return cli_error(cmd, true, "%s '%s': expected %s with a unit (ns, us, ms, s, min)",
				 opt, arg, positive ? "a positive duration" : "a duration >= 0");
	*out = v;
	return given_now(given);
}

int cli_opt_count(const char *cmd, const char *opt, const char *arg, uint32_t max,
		  uint32_t *out, bool *given)
{
	char *end;
	errno = 0;
	unsigned long v = strtoul(arg, &end, 10);
	if (errno || end == arg || *end || arg[0] == '-' || arg[0] == '+' || v < 1 || v > max)
		return cli_error(cmd, true, "%s '%s': expected an integer 1..%u", opt, arg, max);
	*out = (uint32_t)v;
	return given_now(given);
}

int cli_opt_seed(const char *cmd, const char *arg, uint64_t *out, bool *given)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(arg, &end, 0);
	if (errno || end == arg || *end || arg[0] == '-')
		return cli_error(cmd, true, "--seed '%s': expected an unsigned integer", arg);
	*out = v;
	return given_now(given);
}

int cli_opt_device_profile(const char *cmd, const char *arg, const char **out)
{
	if (!aegis_device_profile_find(arg)) {
		char names[256];
		aegis_device_profile_names(names, sizeof names);
		return cli_error(cmd, true, "--device-profile '%s': expected %s", arg, names);
	}
	*out = arg;
	return 0;
}

static const struct cli_enum policies = {AEGIS_ENUM_POLICY, -1, NULL, 0};
static const struct cli_enum preemptions = {AEGIS_ENUM_PREEMPTION, -1, NULL, 0};

int cli_runtime_opt(const char *cmd, int c, const char *arg, struct cli_runtime_opts *o)
{
	switch (c) {
	case CLI_OPT_SEED:
		return cli_opt_seed(cmd, arg, &o->seed, &o->have_seed);
	case CLI_OPT_POLICY:
		return cli_opt_enum(cmd, "--policy", arg, &policies, &o->policy, &o->have_policy);
	case CLI_OPT_PREEMPTION:
		return cli_opt_enum(cmd, "--preemption", arg, &preemptions, &o->preemption,
				    &o->have_preemption);
	case CLI_OPT_DEVICE:
		o->device = arg;
		return 0;
	case CLI_OPT_DEVICE_PROFILE:
		return cli_opt_device_profile(cmd, arg, &o->device_profile);
	}
	return cli_error(cmd, false, "internal error: option %d is not a runtime option", c);
}

void cli_runtime_opts_apply(const struct cli_runtime_opts *o, aegis_runtime_config *cfg)
{
	if (o->have_seed)
		cfg->seed = o->seed;
	if (o->have_policy)
		cfg->policy = (aegis_policy)o->policy;
	if (o->have_preemption)
		cfg->preemption = (aegis_preemption)o->preemption;
	if (o->device)
		cfg->device = o->device;
	if (o->device_profile)
		cfg->device_profile = o->device_profile;
}

int cli_getopt_error(const char *cmd, int c, char **argv)
{
	if (c == ':')
		return cli_error(cmd, true, "option '%s' needs a value", argv[optind - 1]);
	return cli_error(cmd, true, "unknown option '%s'", argv[optind - 1]);
}

int cli_operand(const char *cmd, int argc, char **argv, const char *none, const char *many,
		const char **out)
{
	if (optind != argc - 1)
		return cli_error(cmd, true, "%s", optind >= argc ? none : many);
	*out = argv[optind];
	return 0;
}

int cli_parse(const struct cli_command *cmd, int argc, char **argv, void *ctx,
	      const char **operand)
{
	optind = 1;
	opterr = 0;
	int c, rc = 0;
	while (!rc && (c = getopt_long(argc, argv, cmd->shortopts, cmd->longopts, NULL)) != -1) {
		if (c == 'h') {
			fputs(cmd->usage, stdout);
			return -1;
		}
		rc = c == ':' || c == '?' ? cli_getopt_error(cmd->name, c, argv)
					  : cmd->option(c, optarg, ctx);
	}
	return rc ? rc : cli_operand(cmd->name, argc, argv, cmd->none, cmd->many, operand);
}

int cli_opt_lanes(const char *cmd, const char *opt, bool sizes_only, const char *arg,
		  uint32_t *lanes, uint32_t *sms, bool *have)
{
	memset(sms, 0, AEGIS_MAX_LANES * sizeof *sms);
	if (!sizes_only && !strchr(arg, ','))
		return cli_opt_count(cmd, "--lanes", arg, AEGIS_MAX_LANES, lanes, have);
	uint32_t n = 0;
	const char *c = arg;
	for (;;) {
		char *end;
		errno = 0;
		unsigned long v = *c >= '0' && *c <= '9' ? strtoul(c, &end, 10) : 0;
		if (!v || errno || v > 65536 || n == AEGIS_MAX_LANES || (*end && *end != ','))
			return cli_error(cmd, true, "%s '%s': expected %slane sizes in SMs, "
					 "1..65536 each, at most %u (e.g. 8,4,4)", opt, arg,
					 sizes_only ? "" : "a count 1..64 or ", AEGIS_MAX_LANES);
		sms[n++] = (uint32_t)v;
		if (!*end)
			break;
		c = end + 1;
	}
	*lanes = n;
	if (have)
		*have = true;
	return 0;
}
