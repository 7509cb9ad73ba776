/* libFuzzer target for decision logs as `aegisrt replay LOG` reads them (cmd_replay):
 * every input ends in exit status 0, 1 or 2, never a crash, a leak or a hang. Build and
 * run: make fuzz (clang, tools/aegisrt/replay.c cli.c, src/ but device/cuda, -ljansson). */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "cli.h"
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
/* The sanitizers' report fd (sanitizer/common_interface_defs.h); weak, so that a build
 * without a sanitizer (a coverage report) links too. */
void __sanitizer_set_report_fd(void *fd) __attribute__((weak));

/* Runs replay with stdout and stderr on /dev/null (it prints a line per divergence);
 * the sanitizers keep reporting to the real stderr. Not for -close_fd_mask, which
 * moves that report fd itself. */
static int replay_quietly(char *path)
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

	char *argv[] = {"replay", path, NULL};
	int rc = cmd_replay(2, argv);

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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[] = "/tmp/aegis-fuzz-replay-XXXXXX";
	fuzz_write_file(path, data, size);
	int rc = replay_quietly(path);
	if (unlink(path) != 0)
		abort();
	if (rc != 0 && rc != EXIT_RUN_FAILED && rc != EXIT_USAGE)
		abort();
	return 0;
}
