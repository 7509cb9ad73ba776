/* Reads one serialised ONNX TensorProto (.pb, the node tests' input_K.pb/output_K.pb)
 * as float32 data with its shape. Host-only; must not accept anything but float32. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backend/onnx/onnx_internal.h"
#include "base/file.h"
#include "onnx.pb-c.h"

aegis_status onnx_tensor_load_buffer(const char *path, const uint8_t *buf, size_t len,
				     struct onnx_shape *shape, float **data, char *detail,
				     size_t detail_len)
{
	aegis_status st = AEGIS_OK;
	Onnx__TensorProto *tp = NULL;
	*data = NULL;
	memset(shape, 0, sizeof(*shape));
	if (detail && detail_len)
		detail[0] = '\0';
	tp = onnx__tensor_proto__unpack(NULL, len, buf);
	if (!tp) {
		snprintf(detail, detail_len, "%s: not a TensorProto", path);
		st = AEGIS_E_CONFIG;
		goto fail;
	}
	if (!tp->has_data_type || tp->data_type != 1) {
		snprintf(detail, detail_len, "%s: data type %d is not supported (float32 only)", path,
			 tp->has_data_type ? tp->data_type : 0);
		st = AEGIS_E_UNSUPPORTED;
		goto fail_proto;
	}
	if (tp->n_dims > ONNX_MAX_RANK) {
		snprintf(detail, detail_len, "%s: rank %zu (at most %d)", path, tp->n_dims, ONNX_MAX_RANK);
		st = AEGIS_E_UNSUPPORTED;
		goto fail_proto;
	}
	uint64_t n = 1;
	shape->rank = (uint32_t)tp->n_dims;
	for (size_t i = 0; i < tp->n_dims; i++) {
		if (tp->dims[i] < 1 || tp->dims[i] > (1LL << 32)) {
			snprintf(detail, detail_len, "%s: dimension %zu is %lld (1..2^32 only)", path, i,
				 (long long)tp->dims[i]);
			st = AEGIS_E_UNSUPPORTED;
			goto fail_proto;
		}
		shape->d[i] = tp->dims[i];
		n *= (uint64_t)tp->dims[i];
		if (n > (1ULL << 36)) {
			snprintf(detail, detail_len, "%s: too large", path);
			st = AEGIS_E_UNSUPPORTED;
			goto fail_proto;
		}
	}
	if (tp->has_raw_data ? tp->raw_data.len != n * sizeof(float) : tp->n_float_data != n) {
		snprintf(detail, detail_len, "%s: %llu elements but the data disagree (%s)", path,
			 (unsigned long long)n, tp->has_raw_data ? "raw_data" : "float_data");
		st = AEGIS_E_CONFIG;
		goto fail_proto;
	}
	*data = malloc(n * sizeof(float));
	if (!*data) {
		st = AEGIS_E_NOMEM;
		goto fail_proto;
	}
	memcpy(*data, tp->has_raw_data ? (const void *)tp->raw_data.data : (const void *)tp->float_data,
	       n * sizeof(float)); /* raw_data is little-endian, as the host */
fail_proto:
	onnx__tensor_proto__free_unpacked(tp, NULL);
fail:
	if (st != AEGIS_OK)
		memset(shape, 0, sizeof(*shape));
	return st;
}

aegis_status onnx_tensor_file_load(const char *path, struct onnx_shape *shape, float **data,
				   char *detail, size_t detail_len)
{
	char *buf = NULL;
	size_t len = 0;
	*data = NULL;
	memset(shape, 0, sizeof(*shape));
	if (detail && detail_len)
		detail[0] = '\0';
	char why[40];
	int rc = file_read_all(path, ONNX_MAX_FILE_BYTES, &buf, &len);
	if (rc) {
		snprintf(detail, detail_len, "%s: cannot read: %s", path,
				 file_error(rc, ONNX_MAX_FILE_BYTES, why, sizeof why));
		return rc == ENOMEM ? AEGIS_E_NOMEM : AEGIS_E_IO;
	}
	aegis_status st = onnx_tensor_load_buffer(path, (const uint8_t *)buf, len, shape, data,
						  detail, detail_len);
	free(buf);
	return st;
}
