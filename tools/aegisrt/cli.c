/* Helpers shared by the subcommands of aegisrt: the one printer of messages and the
 * one escaping of text from outside (names, paths, logs) before it reaches a
 * terminal. Must not know any command's options. */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* A byte that a terminal obeys rather than shows: C0 controls and DEL. */
static bool is_control(unsigned char c)
{
	return c < 0x20 || c == 0x7f;
}

static size_t hex_escape(unsigned char c, char *out)
{
	static const char hex[] = "0123456789abcdef";
	out[0] = '\\';
	out[1] = 'x';
	out[2] = hex[c >> 4];
	out[3] = hex[c & 15];
	return 4;
}

size_t cli_escape_byte(int *state, unsigned char c, char *out)
{
	size_t k = 0;
	/* C1 controls (U+0080..U+009F) are 0xC2 0x80..0x9F in UTF-8: the 0xC2 waits in
	 * *state for the byte that says which */
	if (*state) {
		*state = 0;
		if (c >= 0x80 && c <= 0x9f) {
			k = hex_escape(0xc2, out);
			return k + hex_escape(c, out + k);
		}
		out[k++] = (char)0xc2;
	}
	if (c == 0xc2) {
		*state = 1;
		return k;
	}
	if (is_control(c) && c != '\n' && c != '\t')
		return k + hex_escape(c, out + k);
	out[k++] = (char)c;
	return k;
}

size_t cli_escape_end(int *state, char *out)
{
	if (!*state)
		return 0;
	*state = 0;
	out[0] = (char)0xc2;
	return 1;
}

/* s into buf with every control character escaped, newlines and tabs too unless
 * keep_last_newline and it ends s; cut short (with "...") to fit len. */
static const char *escape(const char *s, bool keep_last_newline, char *buf, size_t len)
{
	size_t n = 0, slen = strlen(s);
	int state = 0;
	char e[16];
	if (!len)
		return buf;
	for (size_t i = 0; i < slen; i++) {
		unsigned char c = (unsigned char)s[i];
		size_t k;
		if ((c == '\n' && !(keep_last_newline && i + 1 == slen)) || c == '\t') {
			k = cli_escape_end(&state, e);
			k += hex_escape(c, e + k);
		} else {
			k = cli_escape_byte(&state, c, e);
		}
		if (n + k + 4 > len) {
			snprintf(buf + n, len - n, "...");
			return buf;
		}
		memcpy(buf + n, e, k);
		n += k;
	}
	n += cli_escape_end(&state, buf + n);
	buf[n < len ? n : len - 1] = '\0';
	return buf;
}

const char *cli_escape(const char *s, char *buf, size_t len)
{
	return escape(s ? s : "(null)", false, buf, len);
}

void cli_vprint(FILE *f, const char *fmt, va_list ap)
{
	char *text = NULL;
	if (vasprintf(&text, fmt, ap) < 0) {
		fputs("aegisrt: out of memory\n", f);
		return;
	}
	size_t len = 4 * strlen(text) + 8;
	char *safe = malloc(len);
	fputs(safe ? escape(text, true, safe, len) : "aegisrt: out of memory\n", f);
	free(safe);
	free(text);
}

void cli_print(FILE *f, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	cli_vprint(f, fmt, ap);
	va_end(ap);
}

void cli_message(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "aegisrt%s%s: ", *cmd ? " " : "", cmd);
	va_start(ap, fmt);
	cli_vprint(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int cli_error(const char *cmd, bool usage, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "aegisrt%s%s: ", *cmd ? " " : "", cmd);
	va_start(ap, fmt);
	cli_vprint(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	if (usage)
		fprintf(stderr, "Try 'aegisrt %s --help'.\n", cmd);
	return EXIT_USAGE;
}
