/* The memory-bound neighbour of `aegisrt profile --neighbour`: its lane size, its model
 * and the interference factor (profile/neighbour.h). Must not create a runtime or run
 * anything: profile/measure.c does. */
#include <math.h>
#include <string.h>

#include "profile/neighbour.h"

uint32_t neighbour_sms(uint32_t cap, uint32_t g, uint32_t s)
{
	if (!cap)
		return s;
	if (s >= cap)
		return 0;
	uint32_t rest = cap - s;
	if (g > 1 && s % g == 0)
		rest = rest / g * g;
	return rest;
}

double neighbour_factor(int64_t p99_with_ns, int64_t p99_alone_ns)
{
	if (p99_with_ns <= 0 || p99_alone_ns <= 0)
		return 0;
	if (p99_with_ns <= p99_alone_ns)
		return 1;
	double r = (double)p99_with_ns / (double)p99_alone_ns;
	if (r >= 1000)
		return 1000;
	/* up to a multiple of 1e-4; the division may land a hair above an exact ratio
	 * (r x 10000 = 12000.000000000002 for 1.2): a millionth of a step of slack keeps
	 * exact ratios exact */
	double f = ceil(r * 10000 - 1e-6) / 10000;
	return f < 1 ? 1 : f;
}

void neighbour_model(uint32_t sms, int32_t lane, aegis_kernel *k, aegis_synthetic_config *sc,
		     aegis_model_config *cfg)
{
	uint64_t blocks = (uint64_t)(sms ? sms : 1) * NEIGHBOUR_BLOCKS_PER_SM;
	*k = (aegis_kernel){.kind = AEGIS_KERNEL_MEMORY,
			    .grid_blocks = blocks > INT32_MAX ? INT32_MAX : (uint32_t)blocks,
			    .duration_ns = NEIGHBOUR_KERNEL_NS};
	*sc = (aegis_synthetic_config){.kernels = k, .n_kernels = 1,
				       .memory = {.transient_bytes = NEIGHBOUR_BYTES}};
	*cfg = (aegis_model_config){.name = NEIGHBOUR_NAME, .backend = "synthetic",
				    .release = AEGIS_RELEASE_SPORADIC, .period_ns = 1,
				    .lane = lane, .queue_depth = 2,
				    .on_miss = AEGIS_MISS_FINISH, .backend_config = sc};
}
