/* The built-in device profiles: a smaller GPU emulated on a bigger one by capping the
 * SMs the lanes may use and recording a memory budget. Must not hold per-run state. */
#include <string.h>

#include "aegis/device.h"

#define GIB (UINT64_C(1) << 30)

static const aegis_device_profile profiles[] = {
	{"orin-agx-8g", 16, 8 * GIB, "Jetson AGX Orin class: 16 SMs (sm_87), 8 GiB budget"},
	{"orin-nano-8g", 8, 8 * GIB, "Jetson Orin Nano class: 8 SMs (sm_87), 8 GiB budget"},
};

const aegis_device_profile *aegis_device_profile_at(uint32_t i)
{
	return i < sizeof profiles / sizeof profiles[0] ? &profiles[i] : NULL;
}

const aegis_device_profile *aegis_device_profile_find(const char *name)
{
	if (!name)
		return NULL;
	for (uint32_t i = 0; i < sizeof profiles / sizeof profiles[0]; i++)
		if (strcmp(profiles[i].name, name) == 0)
			return &profiles[i];
	return NULL;
}
