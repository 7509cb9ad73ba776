/* Whole-file reads for every loader (workloads, task sets, profiles, samples, ONNX
 * models and tensors): one bounded read path, regular files only. Must not interpret
 * what it reads, beyond saying where a text file's text starts. */
#ifndef AEGIS_BASE_FILE_H
#define AEGIS_BASE_FILE_H

#include <stddef.h>

/* Not an errno value: the path names no regular file (a device, a pipe, a directory:
 * /dev/zero would never end, a FIFO would block). */
#define FILE_E_KIND 10000

/* Reads a whole file into a NUL-terminated buffer (*buf, malloc'ed; *len without the
 * NUL). Returns 0, FILE_E_KIND, or an errno value (EFBIG past max_bytes, found from the
 * file's size before a byte is read, ENOMEM; *buf is NULL then). */
int file_read_all(const char *path, size_t max_bytes, char **buf, size_t *len);
/* 0 when path names a regular file that can be opened for reading, else as above. */
int file_check(const char *path);
/* What a failure of the two means, in words ("not a regular file", "larger than 64
 * MiB", strerror's); buf holds it when it needs one. */
const char *file_error(int rc, size_t max_bytes, char *buf, size_t len);

/* Where the text of a text file starts: 3 after a UTF-8 byte order mark (written by
 * spreadsheets and Windows editors; it is not part of the first line), else 0. The one
 * rule of every line reader (task sets, samples); libyaml skips it on its own. */
size_t file_text_start(const char *text, size_t len);

#endif
