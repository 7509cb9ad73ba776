/* device_loaded_bytes (device/loaded.h): what a reading of the device holds beyond the
 * measured items. Pure: no device is called. */
#include "device/loaded.h"

static uint64_t minus(uint64_t a, uint64_t b)
{
	return a > b ? a - b : 0;
}

uint64_t device_reserved_counted(uint64_t cuda_total, uint64_t nvml_total, uint64_t reserved)
{
	return minus(reserved, minus(nvml_total, cuda_total));
}

uint64_t device_loaded_bytes(const struct device_mem_reading *r)
{
	uint64_t used = minus(r->total_bytes, r->free_bytes);
	used = minus(used, r->other_bytes);
	used = minus(used, r->pool_bytes);
	used = minus(used, r->items_bytes);
	return minus(used, r->fixed_bytes);
}
