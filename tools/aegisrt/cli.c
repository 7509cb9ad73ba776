/* Helpers shared by the subcommands of aegisrt. Must not know any command's options. */
#include <stdarg.h>

#include "cli.h"

int cli_error(const char *cmd, bool usage, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "aegisrt %s: ", cmd);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	if (usage)
		fprintf(stderr, "Try 'aegisrt %s --help'.\n", cmd);
	va_end(ap);
	return EXIT_USAGE;
}
