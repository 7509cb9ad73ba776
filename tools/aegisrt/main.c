/* aegisrt: the command-line front end of libaegis. Dispatches to subcommands; must
 * not contain any scheduling logic. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
	"usage: aegisrt <command> [options]\n"
	"\n"
	"AegisRT orchestrates many neural-network models on one GPU with deadlines it\n"
	"can promise. Without a GPU it runs on the simulated device (virtual time).\n"
	"\n"
	"commands:\n"
	"  run WORKLOAD    run a workload file and print per-model results\n"
	"  admit FILE      schedulability analysis of a workload or a task set (.csv)\n"
	"  profile FILE    measure each model alone, write a WCET profile\n"
	"  replay LOG      check a decision log (run --log) against the policy\n"
	"  report LOG      write an HTML report of a decision log (-o FILE)\n"
	"  device          describe the devices (GPU, SM partitions, profiles)\n"
	"  version         print the version\n"
	"  help [COMMAND]  print this help, or a command's help\n"
	"\n"
	"Run 'aegisrt help COMMAND' (or 'aegisrt COMMAND --help') for its options.\n";

int main(int argc, char **argv)
{
	if (argc < 2) {
		fputs(usage, stderr);
		return EXIT_USAGE;
	}
	static const struct {
		const char *name;
		int (*fn)(int argc, char **argv);
	} commands[] = {
		{"run", cmd_run},
		{"admit", cmd_admit},
		{"device", cmd_device},
		{"replay", cmd_replay},
		{"profile", cmd_profile},
		{"report", cmd_report},
	};
	const char *cmd = argv[1];
	for (size_t k = 0; k < sizeof commands / sizeof commands[0]; k++)
		if (strcmp(cmd, commands[k].name) == 0)
			return commands[k].fn(argc - 1, argv + 1);
	if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
		printf("aegisrt %s\n", AEGIS_VERSION_STRING);
		return 0;
	}
	if (strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
		for (size_t k = 0; argc > 2 && k < sizeof commands / sizeof commands[0]; k++) {
			if (strcmp(argv[2], commands[k].name) == 0) {
				char *help_argv[] = {argv[2], "--help", NULL};
				return commands[k].fn(2, help_argv);
			}
		}
		fputs(usage, stdout);
		return 0;
	}
	fprintf(stderr, "aegisrt: unknown command '%s'\n\n%s", cmd, usage);
	return EXIT_USAGE;
}
