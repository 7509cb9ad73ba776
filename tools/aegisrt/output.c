/* The one checked writer of every output of aegisrt (stdout and the files a command
 * writes): a stdio stream over a file descriptor whose first failed write keeps its
 * errno, checked once at its close, so that a full disk or a failed close is an error
 * naming the file, never a silent truncation. Must not print anything but that error. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "cli.h"

/* Writes all of buf to fd, or keeps the first errno in o->err. */
static bool write_all(struct cli_out *o, const char *buf, size_t size)
{
	while (size) {
		ssize_t n = write(o->fd, buf, size);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (!o->err)
				o->err = n < 0 ? errno : EIO;
			return false;
		}
		buf += n;
		size -= (size_t)n;
	}
	return true;
}

static ssize_t out_write(void *cookie, const char *buf, size_t size)
{
	struct cli_out *o = cookie;
	if (o->err)
		return -1; /* the first failure decides: nothing after a gap is written */
	if (!o->escape)
		return write_all(o, buf, size) ? (ssize_t)size : -1;
	/* stdout may be a terminal: what the text holds is shown, never obeyed */
	char esc[1024];
	size_t k = 0;
	for (size_t i = 0; i < size; i++) {
		if (k > sizeof esc - 16) {
			if (!write_all(o, esc, k))
				return -1;
			k = 0;
		}
		k += cli_escape_byte(&o->esc_state, (unsigned char)buf[i], esc + k);
	}
	return write_all(o, esc, k) ? (ssize_t)size : -1;
}

static int out_close(void *cookie)
{
	struct cli_out *o = cookie;
	char tail[8];
	size_t k = o->escape ? cli_escape_end(&o->esc_state, tail) : 0;
	if (k && !o->err)
		write_all(o, tail, k);
	if (!o->is_stdout && close(o->fd) != 0 && !o->err)
		o->err = errno;
	return o->err ? -1 : 0;
}

int cli_out_open(struct cli_out *o, const char *cmd, const char *path)
{
	*o = (struct cli_out){.cmd = cmd, .fd = -1, .path = path};
	o->is_stdout = !path || strcmp(path, "-") == 0;
	if (o->is_stdout) {
		o->fd = STDOUT_FILENO;
		o->escape = true;
		/* "stdout (/dev/full)": the message names where it went */
		char target[sizeof o->name - 16];
		ssize_t n = readlink("/proc/self/fd/1", target, sizeof target - 1);
		if (n > 0) {
			target[n] = '\0';
			char safe[sizeof o->name - 16];
			snprintf(o->name, sizeof o->name, "stdout (%s)",
				 cli_escape(target, safe, sizeof safe));
		} else {
			snprintf(o->name, sizeof o->name, "stdout");
		}
	} else {
		char safe[sizeof o->name];
		snprintf(o->name, sizeof o->name, "%s", cli_escape(path, safe, sizeof safe));
		o->fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
		if (o->fd < 0) {
			cli_message(cmd, "cannot write %s: %s", o->name, strerror(errno));
			return EXIT_OUTPUT;
		}
	}
	cookie_io_functions_t io = {.write = out_write, .close = out_close};
	o->f = fopencookie(o, "w", io);
	if (!o->f) {
		if (!o->is_stdout)
			close(o->fd);
		cli_message(cmd, "cannot write %s: %s", o->name, strerror(errno));
		return EXIT_OUTPUT;
	}
	return 0;
}

int cli_out_close(struct cli_out *o)
{
	if (!o->f)
		return 0;
	/* fclose flushes: a failure there, or one kept from an earlier write, shows here */
	bool failed = ferror(o->f) != 0;
	struct stat st;
	bool regular = !o->is_stdout && fstat(o->fd, &st) == 0 && S_ISREG(st.st_mode);
	if (fclose(o->f) != 0)
		failed = true;
	o->f = NULL;
	if ((failed || o->failed) && o->remove_on_failure && regular)
		unlink(o->path); /* only a regular file: never /dev/full, a pipe or a tty */
	if (!failed)
		return 0;
	cli_message(o->cmd, "writing %s: %s", o->name, strerror(o->err ? o->err : EIO));
	return EXIT_OUTPUT;
}
