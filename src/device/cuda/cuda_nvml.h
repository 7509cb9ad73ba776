/* The device memory the driver reserves for itself, as NVML counts it (nvidia-smi's
 * "reserved"), reached at run time through dlopen as libcuda is: the CUDA device takes
 * it out of the memory taken before any lane, which is then the process's own share
 * (docs/MEMORY.md). Absent NVML (no driver library, a container without it, a Jetson)
 * every call fails and the caller keeps the whole figure. Not thread-safe: one owner
 * (cuda_create) opens, reads and closes. */
#ifndef AEGIS_DEVICE_CUDA_NVML_H
#define AEGIS_DEVICE_CUDA_NVML_H

#include <stdbool.h>
#include <stdint.h>

struct cuda_nvml {
	void *so;  /* owned: the dlopen handle; NULL when NVML is not there */
	void *dev; /* NVML's handle of the device (owned by NVML) */
	int (*shutdown)(void);
	int (*memory_info)(void *dev, void *out); /* nvmlDeviceGetMemoryInfo_v2 */
};

/* Opens NVML and finds the device by its PCI bus id ("0000:18:00.0", as
 * cuDeviceGetPCIBusId writes it). false, with *n zeroed, when any step fails. */
bool cuda_nvml_open(struct cuda_nvml *n, const char *pci_bus_id);
/* The device's total memory and what the driver reserves on it (driver, firmware), in
 * bytes, as NVML counts them; false when closed or when NVML refuses. */
bool cuda_nvml_memory(const struct cuda_nvml *n, uint64_t *total, uint64_t *reserved);
/* Shuts NVML down and unloads it; safe on a zeroed or closed *n. */
void cuda_nvml_close(struct cuda_nvml *n);

#endif
