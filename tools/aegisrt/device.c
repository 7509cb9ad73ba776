/* `aegisrt device`: what the devices of this build are, queried at run time, and the
 * device profiles. Public API only; must not create lanes or run anything on the GPU. */
#define _GNU_SOURCE
#include <getopt.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/device.h"
#include "cli.h"

static const char device_usage[] =
	"usage: aegisrt device [--device sim|cuda] [--ordinal N] [--json]\n"
	"\n"
	"Prints what a device is, read at run time: name, compute capability, SM count,\n"
	"memory, clocks, L2 size, SM partitions (green contexts) and their granularity,\n"
	"stream priority range, driver and runtime versions; then the device profiles.\n"
	"With no --device: the simulated device, then the CUDA device or why there is none.\n"
	"\n"
	"exit status: 0 done (also when there is no GPU and no --device cuda), 1 the\n"
	"requested device cannot be queried, 2 bad usage, 3 stdout could not be written.\n";

static double gib(uint64_t b)
{
	return (double)b / (double)(UINT64_C(1) << 30);
}

static void print_text(const aegis_device_info *d)
{
	printf("device %s: %s\n", d->device, d->name);
	if (!d->real_time) {
		printf("  time                 virtual (no GPU is used)\n");
		return;
	}
	printf("  ordinal              %d\n", d->ordinal);
	printf("  compute capability   %d.%d\n", d->cc_major, d->cc_minor);
	printf("  SMs                  %u\n", d->sm_count);
	printf("  memory               %.2f GiB (%.2f GiB free)\n", gib(d->memory_bytes),
	       gib(d->memory_free_bytes));
	printf("  clocks               SM %.0f MHz, memory %.0f MHz, bus %u bits\n",
	       d->sm_clock_khz / 1e3, d->memory_clock_khz / 1e3, d->memory_bus_bits);
	printf("  L2 cache             %.1f MiB\n", (double)d->l2_bytes / (1 << 20));
	if (d->green_contexts)
		printf("  SM partitions        yes (green contexts): minimum %u SMs, multiples "
		       "of %u\n", d->sm_min_partition, d->sm_granularity);
	else
		printf("  SM partitions        no: lanes are plain streams, not isolated\n");
	printf("  stream priorities    %d (least) .. %d (greatest)\n", d->stream_priority_least,
	       d->stream_priority_greatest);
	printf("  driver / runtime     %d.%d / %d.%d\n", d->driver_version / 1000,
	       d->driver_version % 1000 / 10, d->runtime_version / 1000,
	       d->runtime_version % 1000 / 10);
}

static void print_json(const aegis_device_info *d, bool comma)
{
	printf("  {\"device\": \"%s\", \"name\": \"%s\", \"ordinal\": %d, \"real_time\": %s, "
	       "\"compute_capability\": \"%d.%d\", \"sm_count\": %u, \"memory_bytes\": %" PRIu64
	       ", \"memory_free_bytes\": %" PRIu64 ", \"sm_clock_khz\": %u, "
	       "\"memory_clock_khz\": %u, \"memory_bus_bits\": %u, \"l2_bytes\": %" PRIu64
	       ", \"green_contexts\": %s, \"sm_min_partition\": %u, \"sm_granularity\": %u, "
	       "\"stream_priority_least\": %d, \"stream_priority_greatest\": %d, "
	       "\"driver_version\": %d, \"runtime_version\": %d}%s\n",
	       d->device, d->name, d->ordinal, d->real_time ? "true" : "false", d->cc_major,
	       d->cc_minor, d->sm_count, d->memory_bytes, d->memory_free_bytes, d->sm_clock_khz,
	       d->memory_clock_khz, d->memory_bus_bits, d->l2_bytes,
	       d->green_contexts ? "true" : "false", d->sm_min_partition, d->sm_granularity,
	       d->stream_priority_least, d->stream_priority_greatest, d->driver_version,
	       d->runtime_version, comma ? "," : "");
}

/* Escapes a reason for a JSON string: quotes and backslashes only (plain ASCII). */
static void json_str(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			putchar('\\');
		putchar(*s >= ' ' ? *s : ' ');
	}
	putchar('"');
}

static void print_profiles(bool json)
{
	const aegis_device_profile *p;
	if (!json)
		printf("device profiles (--device-profile NAME; caps SMs, records a memory budget):\n");
	for (uint32_t i = 0; (p = aegis_device_profile_at(i)); i++) {
		if (json)
			printf("%s    {\"name\": \"%s\", \"sm_count\": %u, \"memory_budget_bytes\": %" PRIu64
			       "}", i ? ",\n" : "", p->name, p->sm_count, p->memory_budget_bytes);
		else
			printf("  %-14s %3u SMs  %5.1f GiB  %s\n", p->name, p->sm_count,
			       gib(p->memory_budget_bytes), p->description);
	}
	if (json)
		printf("\n");
}

int cmd_device(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"device", required_argument, NULL, 'd'},
		{"ordinal", required_argument, NULL, 'o'},
		{"json", no_argument, NULL, 'j'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *only = NULL;
	bool json = false;
	int32_t ordinal = 0;
	char *end;
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (c) {
		case 'd':
			only = optarg;
			break;
		case 'o':
			ordinal = (int32_t)strtol(optarg, &end, 10);
			if (*end || end == optarg || ordinal < 0) {
				cli_print(stderr, "aegisrt device: --ordinal '%s': expected an integer "
						">= 0\n", optarg);
				return EXIT_USAGE;
			}
			break;
		case 'j':
			json = true;
			break;
		case 'h':
			fputs(device_usage, stdout);
			return 0;
		default:
			return cli_getopt_error("device", c, argv);
		}
	}
	if (optind != argc) {
		cli_print(stderr, "aegisrt device: unexpected argument '%s'\n", argv[optind]);
		return EXIT_USAGE;
	}
	const char *names[2] = {"sim", "cuda"};
	size_t first = 0, count = 2;
	if (only) {
		if (strcmp(only, "sim") && strcmp(only, "cuda")) {
			cli_print(stderr, "aegisrt device: --device '%s': expected sim or cuda\n", only);
			return EXIT_USAGE;
		}
		first = strcmp(only, "sim") == 0 ? 0 : 1;
		count = 1;
	}
	aegis_device_info info[2];
	aegis_status st[2];
	char why[2][512];
	for (size_t i = first; i < first + count; i++)
		st[i] = aegis_device_query(names[i], ordinal, &info[i], why[i], sizeof why[i]);
	if (json)
		printf("{\n \"devices\": [\n");
	for (size_t i = first; i < first + count; i++) {
		bool more = false;
		for (size_t k = i + 1; k < first + count; k++)
			more |= st[k] == AEGIS_OK;
		if (st[i] == AEGIS_OK && json)
			print_json(&info[i], more);
		else if (st[i] == AEGIS_OK)
			print_text(&info[i]);
	}
	if (json) {
		printf(" ],\n \"unavailable\": {");
		bool sep = false;
		for (size_t i = first; i < first + count; i++) {
			if (st[i] == AEGIS_OK)
				continue;
			printf("%s\"%s\": ", sep ? ", " : "", names[i]);
			json_str(why[i]);
			sep = true;
		}
		printf("},\n \"profiles\": [\n");
		print_profiles(true);
		printf(" ]\n}\n");
	} else {
		for (size_t i = first; i < first + count; i++)
			if (st[i] != AEGIS_OK)
				printf("device %s: unavailable: %s\n", names[i], why[i]);
		print_profiles(false);
	}
	for (size_t i = first; i < first + count; i++)
		if (st[i] != AEGIS_OK && only)
			return EXIT_RUN_FAILED;
	return 0;
}
