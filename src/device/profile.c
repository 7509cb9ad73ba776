/* The built-in device profiles: a smaller GPU emulated on a bigger one by capping the
 * SMs the lanes may use and recording a memory budget. Must not hold per-run state. */
#include <stdio.h>
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

void aegis_device_profile_names(char *buf, size_t len)
{
	size_t n = sizeof profiles / sizeof profiles[0], at = 0;
	if (!buf || !len)
		return;
	buf[0] = '\0';
	for (size_t i = 0; i < n && at < len; i++) {
		int k = snprintf(buf + at, len - at, "%s%s", i == 0 ? "" : i + 1 == n ? " or " : ", ",
				 profiles[i].name);
		if (k < 0)
			break;
		at += (size_t)k;
	}
}
