/* Element types (aegis/tensor.h): their names, as workload files write them, and
 * sizes; and a tensor description's checks. Must not hold anything but descriptions. */
#include <string.h>

#include "base/tensor.h"

static const struct {
	const char *name;
	uint32_t size;
} dtypes[AEGIS_DTYPE_COUNT_] = {
	[AEGIS_DTYPE_F32] = {"float32", 4}, [AEGIS_DTYPE_F16] = {"float16", 2},
	[AEGIS_DTYPE_U8] = {"uint8", 1},    [AEGIS_DTYPE_I8] = {"int8", 1},
	[AEGIS_DTYPE_I32] = {"int32", 4},   [AEGIS_DTYPE_I64] = {"int64", 8},
};

const char *aegis_dtype_name(aegis_dtype t)
{
	return (unsigned)t < AEGIS_DTYPE_COUNT_ ? dtypes[t].name : NULL;
}

uint32_t aegis_dtype_size(aegis_dtype t)
{
	return (unsigned)t < AEGIS_DTYPE_COUNT_ ? dtypes[t].size : 0;
}

bool tensor_dtype_find(const char *name, aegis_dtype *out)
{
	for (int t = 0; name && t < AEGIS_DTYPE_COUNT_; t++)
		if (strcmp(dtypes[t].name, name) == 0) {
			*out = (aegis_dtype)t;
			return true;
		}
	return false;
}

const char *tensor_check(aegis_tensor_desc *d)
{
	if (!memchr(d->name, '\0', sizeof d->name) || !d->name[0])
		return "a tensor needs a name of 1..63 bytes";
	uint32_t size = aegis_dtype_size(d->dtype);
	if (!size)
		return "unknown element type";
	if (d->rank > AEGIS_MAX_DIMS)
		return "more than 8 dimensions";
	uint64_t bytes = size;
	for (uint32_t i = 0; i < d->rank; i++) {
		if (d->shape[i] < 1)
			return "a dimension below 1";
		if (__builtin_mul_overflow(bytes, (uint64_t)d->shape[i], &bytes) ||
		    bytes > TENSOR_MAX_BYTES)
			return "more than 4 GiB";
	}
	d->bytes = bytes;
	return NULL;
}
