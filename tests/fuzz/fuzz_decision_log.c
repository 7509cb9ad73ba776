/* libFuzzer target for decision logs: the one validator (dlog_read) and the two
 * commands that read logs through it, `aegisrt replay LOG` and `aegisrt report LOG -o
 * /dev/null`. Every input ends in exit status 0, 1 or 2 for both, never a crash, a leak
 * or a hang; and a log the validator refuses is refused by both. Build and
 * run: make fuzz (clang; the FUZZ_EXTRA_ files of the Makefile, src/ but device/cuda,
 * -ljansson). */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "cli.h"
#include "decision_log.h"
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
/* The sanitizers' report fd (sanitizer/common_interface_defs.h); weak, so that a build
 * without a sanitizer (a coverage report) links too. */
void __sanitizer_set_report_fd(void *fd) __attribute__((weak));

/* The validator alone, with no reader. */
static int validate(int argc, char **argv)
{
	FILE *f = argc > 1 ? fopen(argv[1], "r") : NULL;
	if (!f)
		abort();
	int rc = dlog_read(f, "fuzz", argv[1], NULL);
	fclose(f);
	return rc;
}

/* Runs cmd with stdout and stderr on /dev/null (they print a line per divergence or
 * refusal); the sanitizers keep reporting to the real stderr. Not for -close_fd_mask,
 * which moves that report fd itself. */
static int quietly(int (*cmd)(int, char **), int argc, char **argv)
{
	fflush(stdout);
	fflush(stderr);
	int out = dup(STDOUT_FILENO), errfd = dup(STDERR_FILENO);
	int null = open("/dev/null", O_WRONLY);
	if (out < 0 || errfd < 0 || null < 0 || dup2(null, STDOUT_FILENO) < 0 ||
	    dup2(null, STDERR_FILENO) < 0)
		abort();
	close(null);
	if (__sanitizer_set_report_fd)
		__sanitizer_set_report_fd((void *)(intptr_t)errfd);

	int rc = cmd(argc, argv);

	fflush(stdout);
	fflush(stderr);
	if (dup2(out, STDOUT_FILENO) < 0 || dup2(errfd, STDERR_FILENO) < 0)
		abort();
	if (__sanitizer_set_report_fd)
		__sanitizer_set_report_fd((void *)(intptr_t)STDERR_FILENO);
	close(out);
	close(errfd);
	return rc;
}

static bool known(int rc)
{
	return rc == 0 || rc == EXIT_RUN_FAILED || rc == EXIT_USAGE;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[] = "/tmp/aegis-fuzz-replay-XXXXXX";
	fuzz_write_file(path, data, size);
	char *check_argv[] = {"check", path, NULL};
	char *replay_argv[] = {"replay", path, NULL};
	char *report_argv[] = {"report", path, "-o", "/dev/null", NULL};
	int valid = quietly(validate, 2, check_argv);
	int replay = quietly(cmd_replay, 2, replay_argv);
	int report = quietly(cmd_report, 4, report_argv);
	if (unlink(path) != 0)
		abort();
	if (!known(replay) || !known(report) || (valid != 0 && valid != EXIT_USAGE))
		abort();
	/* one validator: what it refuses, report refuses, and replay too (unless a
	 * divergence on an earlier line stops it first: status 1) */
	if (valid == EXIT_USAGE && (replay == 0 || report != EXIT_USAGE))
		abort();
	return 0;
}
