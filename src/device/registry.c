/* The table of devices known to this build. Must not hold per-run state. */
#include <string.h>

#include "device/device.h"

static const struct device_ops *const devices[] = {
	&sim_device_ops,
#ifdef AEGIS_HAVE_CUDA
	&cuda_device_ops,
#endif
};

const struct device_ops *device_find(const char *name)
{
	if (!name || !name[0])
		name = "sim";
	for (size_t i = 0; i < sizeof devices / sizeof devices[0]; i++)
		if (strcmp(devices[i]->name, name) == 0)
			return devices[i];
	return NULL;
}
