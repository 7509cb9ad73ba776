/* aegis_device_query: describes a device of this build without creating lanes. Must
 * not keep anything: every answer is read at the time of the call. */
#include <stdio.h>
#include <string.h>

#include "device/device.h"

aegis_status aegis_device_query(const char *device, int32_t ordinal, aegis_device_info *out,
				char *detail, size_t detail_len)
{
	char scratch[8];
	if (!detail || detail_len == 0) {
		detail = scratch;
		detail_len = sizeof scratch;
	}
	detail[0] = '\0';
	if (!out)
		return AEGIS_E_INVAL;
	memset(out, 0, sizeof *out);
	const struct device_ops *ops = device_find(device);
	if (!ops) {
		snprintf(detail, detail_len, "no device '%s' in this build%s", device,
			 strcmp(device, "cuda") == 0 ? " (built without the CUDA toolkit)" : "");
		return AEGIS_E_NOT_FOUND;
	}
	if (ops->query)
		return ops->query(ordinal, out, detail, detail_len);
	snprintf(out->device, sizeof out->device, "%s", ops->name);
	if (ops == &sim_device_ops)
		snprintf(out->name, sizeof out->name, "simulated device (virtual time)");
	else
		snprintf(out->name, sizeof out->name, "%s device", ops->name);
	out->ordinal = ordinal;
	return AEGIS_OK;
}
