/* aegisrt: the command-line front end of libaegis. Dispatches to subcommands; must
 * not contain any scheduling logic. */
#include <signal.h>
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
	"  plan WORKLOAD   choose lane sizes, lanes and priorities from a WCET profile\n"
	"  replay LOG      check a decision log (run --log) against the policy\n"
	"  report LOG      write an HTML report of a decision log (-o FILE)\n"
	"  device          describe the devices (GPU, SM partitions, profiles)\n"
	"  version         print the version\n"
	"  help [COMMAND]  print this help, or a command's help\n"
	"\n"
	"Run 'aegisrt help COMMAND' (or 'aegisrt COMMAND --help') for its options.\n"
	"\n"
	"exit status (every command): 0 success; 1 the run failed, or its verdict is\n"
	"negative (see the command's help); 2 bad usage or a bad input file; 3 an output\n"
	"(stdout or a file it writes) could not be written completely (a full disk, a\n"
	"reader gone from a pipe), the file named on stderr; 130 / 143 'aegisrt run'\n"
	"stopped by SIGINT / SIGTERM, every output written and marked partial.\n";

static int dispatch(int argc, char **argv, const char **name);

/* stdout is the checked writer's stream (glibc lets a program assign stdout): every
 * line any command prints there is checked at the end, and one that could not be
 * written (a full disk, an I/O error) makes the exit status EXIT_OUTPUT. */
int main(int argc, char **argv)
{
	/* a reader that went away (`aegisrt ... | head`) makes a write fail with EPIPE,
	 * reported as any failed output (exit status 3), rather than kill the process
	 * before its files are closed */
	signal(SIGPIPE, SIG_IGN);
	const char *name = "";
	struct cli_out out;
	if (cli_out_open(&out, "", NULL) != 0)
		return EXIT_OUTPUT;
	FILE *std = stdout;
	stdout = out.f;
	int rc = dispatch(argc, argv, &name);
	stdout = std;
	out.cmd = name;
	return cli_out_status(rc, cli_out_close(&out));
}

static int dispatch(int argc, char **argv, const char **name)
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
		{"plan", cmd_plan},
	};
	const char *cmd = argv[1];
	for (size_t k = 0; k < sizeof commands / sizeof commands[0]; k++)
		if (strcmp(cmd, commands[k].name) == 0) {
			*name = commands[k].name;
			return commands[k].fn(argc - 1, argv + 1);
		}
	if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
		*name = "version";
		printf("aegisrt %s\n", AEGIS_VERSION_STRING);
		return 0;
	}
	if (strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
		*name = "help";
		for (size_t k = 0; argc > 2 && k < sizeof commands / sizeof commands[0]; k++) {
			if (strcmp(argv[2], commands[k].name) == 0) {
				char *help_argv[] = {argv[2], "--help", NULL};
				return commands[k].fn(2, help_argv);
			}
		}
		fputs(usage, stdout);
		return 0;
	}
	char safe[256];
	fprintf(stderr, "aegisrt: unknown command '%s'\n\n%s", cli_escape(cmd, safe, sizeof safe),
		usage);
	return EXIT_USAGE;
}
