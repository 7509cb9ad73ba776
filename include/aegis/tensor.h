/* Tensors: what a model reads and writes (its inputs and outputs, described by its
 * backend), and the buffers a request hands over for them. Must not hold anything
 * but descriptions: the data path is the runtime's (docs/ARCHITECTURE.md, "Life of a
 * request"). */
#ifndef AEGIS_TENSOR_H
#define AEGIS_TENSOR_H

#include <stdint.h>

#include "aegis/export.h"

#ifdef __cplusplus
extern "C" {
#endif

#define AEGIS_MAX_TENSORS 16u /* inputs of a model, and outputs, at most */
#define AEGIS_MAX_DIMS 8u
#define AEGIS_TENSOR_NAME_MAX 64u /* bytes of a name, its end included */

typedef enum aegis_dtype {
	AEGIS_DTYPE_F32 = 0,
	AEGIS_DTYPE_F16,
	AEGIS_DTYPE_U8,
	AEGIS_DTYPE_I8,
	AEGIS_DTYPE_I32,
	AEGIS_DTYPE_I64,
	AEGIS_DTYPE_COUNT_ /* not a type: how many there are */
} aegis_dtype;

/* One input or output of a model. */
typedef struct aegis_tensor_desc {
	char name[AEGIS_TENSOR_NAME_MAX];
	aegis_dtype dtype;
	uint32_t rank;                 /* 0..AEGIS_MAX_DIMS */
	int64_t shape[AEGIS_MAX_DIMS]; /* every dimension >= 1 */
	uint64_t bytes;                /* elements x the element's size */
} aegis_tensor_desc;

/* The memory of one tensor of a request: host memory (any alignment), or an address
 * on the device (the CUDA device only: memory of its GPU, or on a unified-memory SoC
 * any memory the GPU addresses); exactly one of the two, and bytes = the tensor's. */
typedef struct aegis_buffer {
	void *host;
	uint64_t device;
	uint64_t bytes;
} aegis_buffer;

/* "float32", ..., or NULL for a value that is no type. */
AEGIS_API const char *aegis_dtype_name(aegis_dtype t);
/* Bytes per element; 0 for a value that is no type. */
AEGIS_API uint32_t aegis_dtype_size(aegis_dtype t);

#ifdef __cplusplus
}
#endif
#endif
