/* Whole-file reads for every loader (workloads, task sets, profiles, ONNX models and
 * tensors): one bounded read path. Must not interpret what it reads. */
#ifndef AEGIS_BASE_FILE_H
#define AEGIS_BASE_FILE_H

#include <stddef.h>

/* Reads a whole file into a NUL-terminated buffer (*buf, malloc'ed; *len without the
 * NUL). Returns 0 or an errno value (EFBIG past max_bytes, ENOMEM; *buf is NULL then). */
int file_read_all(const char *path, size_t max_bytes, char **buf, size_t *len);

#endif
