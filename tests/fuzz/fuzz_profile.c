/* libFuzzer target for WCET profile files (aegis_profile_parse, the reader behind
 * aegis_profile_load): every input is refused with "name:line: what" or gives a profile
 * that keeps the reader's rules. Build and run: make fuzz (clang, src/ but device/cuda). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/profile.h"
#include "fuzz_util.h"

#define NAME "fuzz-profile.yaml"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* What the reader promises of a model it accepts: a unique non-empty name, a WCET of at
 * least 1 ns, min <= p50 <= p99 <= p999 <= max <= wcet among the times given (-1 when
 * absent), a lane in range or -1. */
static bool model_ok(const aegis_profile *p, uint32_t i)
{
	const aegis_profile_model *m = aegis_profile_model_at(p, i);
	if (m == NULL || m->name == NULL || m->name[0] == '\0' || aegis_profile_find(p, m->name) != m ||
	    m->wcet_ns < 1 || m->lane < -1 || m->lane >= (int32_t)AEGIS_MAX_LANES || m->line == 0)
		return false;
	const int64_t chain[] = {m->min_ns, m->p50_ns, m->p99_ns, m->p999_ns, m->max_ns, m->wcet_ns};
	int64_t last = -1;
	for (size_t k = 0; k < sizeof chain / sizeof chain[0]; k++) {
		if (chain[k] < -1 || (chain[k] >= 0 && chain[k] < last))
			return false;
		if (chain[k] >= 0)
			last = chain[k];
	}
	return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[512];
	aegis_profile *p = (aegis_profile *)(void *)err; /* not NULL: a refusal clears it */
	aegis_status st = aegis_profile_parse(NAME, (const char *)data, size, &p, err, sizeof err);
	if (st != AEGIS_OK) {
		if ((st != AEGIS_E_CONFIG && st != AEGIS_E_NOMEM) || p != NULL ||
		    !fuzz_error_in(err, NAME))
			abort();
		return 0;
	}
	const aegis_profile_info *info = aegis_profile_info_get(p);
	uint32_t n = aegis_profile_model_count(p);
	if (info == NULL || info->workload == NULL || info->device == NULL ||
	    info->device_name == NULL || info->device_profile == NULL ||
	    info->lanes > AEGIS_MAX_LANES || n > AEGIS_MAX_MODELS)
		abort();
	for (uint32_t i = 0; i < n; i++)
		if (!model_ok(p, i))
			abort();
	aegis_profile_destroy(p);
	return 0;
}
