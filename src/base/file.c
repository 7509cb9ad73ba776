/* Whole-file reads (file.h). Must not interpret what it reads. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/file.h"

/* Opens path for reading if it is a regular file of at most max_bytes: 0 with *out. */
static int open_regular(const char *path, size_t max_bytes, FILE **out)
{
	errno = 0;
	FILE *f = fopen(path, "rb");
	if (!f)
		return errno ? errno : ENOENT;
	struct stat st;
	int rc = fstat(fileno(f), &st) ? (errno ? errno : EIO) : 0;
	if (!rc && !S_ISREG(st.st_mode))
		rc = FILE_E_KIND;
	else if (!rc && (uint64_t)st.st_size > max_bytes)
		rc = EFBIG;
	if (rc) {
		fclose(f);
		return rc;
	}
	*out = f;
	return 0;
}

int file_check(const char *path)
{
	FILE *f;
	int rc = open_regular(path, SIZE_MAX, &f);
	if (!rc)
		fclose(f);
	return rc;
}

const char *file_error(int rc, size_t max_bytes, char *buf, size_t len)
{
	if (rc == FILE_E_KIND)
		return "not a regular file (a device, a pipe or a folder)";
	if (rc == EFBIG) {
		snprintf(buf, len, "larger than %zu MiB", max_bytes >> 20);
		return buf;
	}
	return strerror(rc);
}

int file_read_all(const char *path, size_t max_bytes, char **buf, size_t *len)
{
	*buf = NULL;
	*len = 0;
	FILE *f;
	int orc = open_regular(path, max_bytes, &f);
	if (orc)
		return orc;
	char *b = NULL;
	size_t cap = 0, n = 0;
	size_t limit = max_bytes + 2; /* max_bytes, one more to see "too large", the NUL */
	int rc = 0;
	for (;;) {
		if (cap - n < 2) {
			size_t ncap = cap ? cap * 2 : 4096;
			char *nb = realloc(b, ncap < limit ? ncap : limit);
			if (!nb) {
				rc = ENOMEM;
				goto fail_read;
			}
			b = nb;
			cap = ncap < limit ? ncap : limit;
		}
		size_t want = cap - n - 1;
		size_t got = fread(b + n, 1, want, f);
		n += got;
		if (n > max_bytes) {
			rc = EFBIG;
			goto fail_read;
		}
		if (got < want) {
			if (ferror(f)) {
				rc = errno ? errno : EIO;
				goto fail_read;
			}
			break;
		}
	}
	fclose(f);
	b[n] = '\0';
	*buf = b;
	*len = n;
	return 0;

fail_read:
	free(b);
	fclose(f);
	return rc;
}

size_t file_text_start(const char *text, size_t len)
{
	return len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}
