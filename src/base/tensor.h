/* Tensor descriptions (aegis/tensor.h) as the layers below the runtime read and check
 * them. Must not move data. */
#ifndef AEGIS_BASE_TENSOR_H
#define AEGIS_BASE_TENSOR_H

#include <stdbool.h>

#include "aegis/tensor.h"

#define TENSOR_MAX_BYTES (UINT64_C(4) << 30) /* one tensor at most */

/* The type named name ("float32", ...): true with *out. */
bool tensor_dtype_find(const char *name, aegis_dtype *out);
/* Checks d (a name, a known type, 0..8 dimensions of at least 1, at most 4 GiB) and
 * sets d->bytes: NULL, or what is wrong. */
const char *tensor_check(aegis_tensor_desc *d);

#endif
