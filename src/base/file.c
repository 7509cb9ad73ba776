/* Whole-file reads (file.h). Must not interpret what it reads. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "base/file.h"

int file_read_all(const char *path, size_t max_bytes, char **buf, size_t *len)
{
	*buf = NULL;
	*len = 0;
	errno = 0;
	FILE *f = fopen(path, "rb");
	if (!f)
		return errno ? errno : ENOENT;
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
