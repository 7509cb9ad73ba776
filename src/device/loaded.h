/* The device memory a process holds that none of the measured items counts (kernels and
 * state the jobs loaded into the contexts), from one reading of the device. Pure
 * arithmetic: must not call a device. */
#ifndef AEGIS_DEVICE_LOADED_H
#define AEGIS_DEVICE_LOADED_H

#include <stdint.h>

/* One reading of the device's memory and what the items measured so far account for. */
struct device_mem_reading {
	uint64_t total_bytes, free_bytes; /* the device now (cuMemGetInfo) */
	uint64_t other_bytes;             /* the part of the driver's reservation (NVML) that
					     total - free counts (device_reserved_counted) */
	uint64_t pool_bytes;              /* the memory pool, 0 without one */
	uint64_t items_bytes;             /* what the lanes measured: contexts, libraries,
					     graphs */
	uint64_t fixed_bytes;             /* the driver's share measured before any lane */
};

/* (total - free) - other - pool - items - fixed: the bytes taken that no item counts.
 * 0 where that would be negative (items measured as drops of free memory of which a
 * part was freed again, another process freeing memory since); never wraps. */
uint64_t device_loaded_bytes(const struct device_mem_reading *r);

/* How much of the driver's reservation (NVML's `reserved`, no process's memory) the
 * CUDA device's total - free (cuMemGetInfo) counts: what of it lies inside the total
 * cuMemGetInfo reports. NVML's total less that total is memory cuMemGetInfo leaves out
 * altogether; the reservation is in it as far as it goes (on an H100, driver 580, the
 * CUDA total is NVML's less about the whole reservation, so almost none is counted).
 * reserved - (nvml_total - cuda_total), at least 0; the whole reservation when the CUDA
 * total is not below NVML's. */
uint64_t device_reserved_counted(uint64_t cuda_total, uint64_t nvml_total, uint64_t reserved);

#endif
