/* The aegis_profile object, shared by its file reader/writer (workload/profile.c) and
 * the measurement (profile/measure.c). Private. */
#ifndef AEGIS_WORKLOAD_PROFILE_INTERNAL_H
#define AEGIS_WORKLOAD_PROFILE_INTERNAL_H

#include "aegis/profile.h"

struct aegis_profile {
	aegis_profile_info info;     /* its strings point at the owned copies below */
	char *workload, *device, *device_name, *device_profile;
	uint32_t n_models;
	aegis_profile_model *models; /* n_models; each name owned (strdup) */
	struct profile_curve {
		aegis_profile_point *pts; /* owned */
		uint32_t n;
	} *curves;                   /* n_models (room for as many as models) */
	uint32_t *sizes;             /* the lane sizes measured (lane_sizes), owned */
	uint32_t n_sizes;
	uint32_t version;            /* 1, 2 with curves, 3 with device memory */
	aegis_profile_memory mem;    /* device_memory, when has_mem */
	bool has_mem;
};

/* An empty profile with room for n models (names NULL): NULL when out of memory. */
aegis_profile *profile_alloc(uint32_t n);
/* Replaces *dst with a copy of s (NULL: ""); false when out of memory. */
bool profile_set_str(char **dst, const char *s);
/* Points info's strings at the owned copies. */
void profile_sync_info(aegis_profile *p);

#endif
