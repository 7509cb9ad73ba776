/* Helpers shared by the libFuzzer targets of tests/fuzz: the loaders' "file:line: what"
 * error contract, and an input put in a file for readers that take a path. Must hold
 * no state: each target stays a function of its input alone. */
#ifndef AEGIS_FUZZ_UTIL_H
#define AEGIS_FUZZ_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* True when err is "FILE:LINE: what", with FILE the first n bytes of file, LINE
 * decimal and "what" not empty. */
static inline bool fuzz_error_at(const char *err, const char *file, size_t n)
{
	if (strncmp(err, file, n) != 0 || err[n] != ':')
		return false;
	const char *s = err + n + 1;
	if (*s < '0' || *s > '9')
		return false;
	while (*s >= '0' && *s <= '9')
		s++;
	return s[0] == ':' && s[1] == ' ' && s[2] != '\0';
}

/* True when err is "NAME:LINE: what" for the name the input was parsed under. */
static inline bool fuzz_error_in(const char *err, const char *name)
{
	return fuzz_error_at(err, name, strlen(name));
}

/* Writes the input to a new file made from the mkstemp template path (which receives
 * its name); the caller unlinks it. Aborts if the file cannot be written. */
static inline void fuzz_write_file(char *path, const uint8_t *data, size_t size)
{
	int fd = mkstemp(path);
	if (fd < 0)
		abort();
	for (size_t off = 0; off < size;) {
		ssize_t n = write(fd, data + off, size - off);
		if (n <= 0)
			abort();
		off += (size_t)n;
	}
	if (close(fd) != 0)
		abort();
}

#endif
