/* The device's used memory as NVML counts it (what nvidia-smi shows), reached at run
 * time through dlopen as libcuda is: the CUDA device reads it around its primary
 * context to tell this process's share of the memory taken before any lane from what
 * the driver reserves and other processes hold (docs/MEMORY.md). Absent NVML (no
 * driver, a container without it, a Jetson) every call fails and the caller keeps the
 * whole figure. Not thread-safe: one owner (cuda_create) opens, reads and closes. */
#ifndef AEGIS_DEVICE_CUDA_NVML_H
#define AEGIS_DEVICE_CUDA_NVML_H

#include <stdbool.h>
#include <stdint.h>

struct cuda_nvml {
	void *so;  /* owned: the dlopen handle; NULL when NVML is not there */
	void *dev; /* NVML's handle of the device (owned by NVML) */
	int (*shutdown)(void);
	int (*memory_info)(void *dev, void *out);
};

/* Opens NVML and finds the device by its PCI bus id ("0000:18:00.0", as
 * cuDeviceGetPCIBusId writes it). false, with *n zeroed, when any step fails. */
bool cuda_nvml_open(struct cuda_nvml *n, const char *pci_bus_id);
/* The device's used memory now, in bytes, over every process; false when closed or
 * when NVML refuses. */
bool cuda_nvml_used(const struct cuda_nvml *n, uint64_t *used);
/* Shuts NVML down and unloads it; safe on a zeroed or closed *n. */
void cuda_nvml_close(struct cuda_nvml *n);

#endif
