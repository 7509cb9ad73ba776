/* Shared by the GPU tests: skip with exit status 77 (CTest SKIP_RETURN_CODE) where
 * there is no usable GPU, and a few helpers. Must not hold state between tests. */
#ifndef AEGIS_TESTS_GPU_TEST_H
#define AEGIS_TESTS_GPU_TEST_H

#include <stdio.h>
#include <stdlib.h>

#include "aegis/device.h"
#include "device/device.h"

#define GPU_SKIP 77

/* Returns 1 (after saying why) when the tests must skip: no CUDA device usable. */
static inline int gpu_unavailable(aegis_device_info *info)
{
	char why[512];
	aegis_device_info scratch;
	if (aegis_device_query("cuda", 0, info ? info : &scratch, why, sizeof why) != AEGIS_OK) {
		printf("SKIP: %s\n", why);
		return 1;
	}
	return 0;
}

/* Under compute-sanitizer timing means nothing: tests relax their time bounds. */
static inline int gpu_under_sanitizer(void)
{
	const char *s = getenv("AEGIS_GPU_SANITIZER");
	return s && s[0] == '1';
}

/* The runtime's overrun slack for GPU tests: the default, or an hour under
 * compute-sanitizer, where kernels run many times slower than their budgets and every
 * model would be quarantined for overruns that the tool causes. */
static inline int64_t gpu_overrun_slack(void)
{
	return gpu_under_sanitizer() ? 3600LL * 1000000000LL : 0;
}

static inline struct device *gpu_device_create(const struct device_config *cfg,
					       aegis_status *st)
{
	struct device *d = NULL;
	char detail[512] = "";
	*st = device_find("cuda")->create(cfg, &d, detail, sizeof detail);
	if (*st != AEGIS_OK)
		printf("cuda device (%u lanes, sm_limit %u): %s: %s\n", cfg->lanes, cfg->sm_limit,
		       aegis_status_name(*st), detail);
	return d;
}

/* busy + commit, then the dispatcher's way of waiting: advance, poll. */
static inline aegis_status gpu_run_busy(struct device *d, uint32_t lane, int64_t ns,
					int64_t *done_ns)
{
	aegis_status st;
	uint32_t l;
	if ((st = d->ops->busy(d, lane, ns)) || (st = d->ops->commit(d, lane)))
		return st;
	for (;;) {
		if (d->ops->poll(d, &l, done_ns))
			return l == lane ? AEGIS_OK : AEGIS_E_STATE;
		if ((st = d->ops->advance(d, INT64_MAX)))
			return st;
	}
}

#endif
