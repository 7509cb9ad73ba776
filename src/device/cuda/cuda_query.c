/* What a CUDA GPU is, read at run time from the runtime and the driver (SMs, memory,
 * clocks, L2, partitions and their granularity, priorities, versions). Must not assume
 * anything per board and must not create lanes. */
#include <stdio.h>
#include <string.h>

#include "device/cuda/cuda_device.h"

/* SM partitions: a failure here only means "no green contexts" (not an error). */
static void query_green(const struct cu_api *api, int32_t ordinal, aegis_device_info *info)
{
	struct cuda_err quiet = {.api = api};
	CUdevice dev;
	CUdevResource sm;
	if (!api->green || CUDA_CHECK(&quiet, api->cuDeviceGet(&dev, ordinal)) != AEGIS_OK)
		return;
	memset(&sm, 0, sizeof sm);
	if (CUDA_CHECK(&quiet, api->cuDeviceGetDevResource(dev, &sm, CU_DEV_RESOURCE_TYPE_SM)) !=
	    AEGIS_OK)
		return;
	info->green_contexts = true;
	info->sm_min_partition = sm.sm.minSmPartitionSize;
	info->sm_granularity = sm.sm.smCoscheduledAlignment;
}

aegis_status cuda_query_info(struct cu_api *api, int32_t ordinal, aegis_device_info *info,
			     struct cuda_err *err, char *detail, size_t detail_len)
{
	memset(info, 0, sizeof *info);
	snprintf(info->device, sizeof info->device, "cuda");
	info->ordinal = ordinal;
	info->real_time = true;
	int n = 0;
	aegis_status st = CUDA_CHECK(err, cudaGetDeviceCount(&n));
	if (st == AEGIS_OK && (ordinal < 0 || ordinal >= n)) {
		snprintf(detail, detail_len, "no CUDA device %d: this machine has %d", ordinal, n);
		return AEGIS_E_UNSUPPORTED;
	}
	struct cudaDeviceProp p;
	if (st == AEGIS_OK)
		st = CUDA_CHECK(err, cudaSetDevice(ordinal));
	if (st == AEGIS_OK)
		st = CUDA_CHECK(err, cudaGetDeviceProperties(&p, ordinal));
	if (st != AEGIS_OK) {
		snprintf(detail, detail_len, "no CUDA device: %s", err->text);
		return st == AEGIS_E_DEVICE_LOST ? st : AEGIS_E_UNSUPPORTED;
	}
	snprintf(info->name, sizeof info->name, "%s", p.name);
	info->cc_major = p.major;
	info->cc_minor = p.minor;
	info->sm_count = (uint32_t)p.multiProcessorCount;
	info->memory_bytes = p.totalGlobalMem;
	info->memory_bus_bits = (uint32_t)p.memoryBusWidth;
	info->l2_bytes = (uint64_t)p.l2CacheSize;
	size_t free_b = 0, total_b = 0;
	int sm_khz = 0, mem_khz = 0, least = 0, greatest = 0;
	if ((st = CUDA_CHECK(err, cudaDeviceGetAttribute(&sm_khz, cudaDevAttrClockRate, ordinal))))
		goto fail;
	if ((st = CUDA_CHECK(err, cudaDeviceGetAttribute(&mem_khz, cudaDevAttrMemoryClockRate,
							  ordinal))))
		goto fail;
	if ((st = CUDA_CHECK(err, cudaDeviceGetStreamPriorityRange(&least, &greatest))))
		goto fail;
	if ((st = CUDA_CHECK(err, cudaMemGetInfo(&free_b, &total_b))))
		goto fail;
	if ((st = CUDA_CHECK(err, cudaDriverGetVersion(&info->driver_version))))
		goto fail;
	if ((st = CUDA_CHECK(err, cudaRuntimeGetVersion(&info->runtime_version))))
		goto fail;
	info->sm_clock_khz = (uint32_t)sm_khz;
	info->memory_clock_khz = (uint32_t)mem_khz;
	info->stream_priority_least = least;
	info->stream_priority_greatest = greatest;
	info->memory_free_bytes = free_b;
	info->sm_limit = info->sm_count;
	if ((st = cuda_api_load(api, detail, detail_len)) != AEGIS_OK)
		return st;
	err->api = api;
	query_green(api, ordinal, info);
	return AEGIS_OK;

fail:
	snprintf(detail, detail_len, "CUDA device %d: %s", ordinal, err->text);
	return st;
}
