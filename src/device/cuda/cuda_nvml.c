/* NVML through dlopen (cuda_nvml.h). The few types used are NVML's documented C ABI
 * (nvml.h, which the CUDA toolkit here does not install): nvmlReturn_t an int with
 * NVML_SUCCESS 0, nvmlDevice_t an opaque pointer, nvmlMemory_v2_t {unsigned int
 * version; unsigned long long total, reserved, free, used} with version
 * NVML_STRUCT_VERSION(Memory, 2) = sizeof | 2 << 24. Must not keep global state: NVML
 * counts its own initialisations, so two runtimes may each open and close it. */
#define _POSIX_C_SOURCE 200809L
#include <dlfcn.h>
#include <string.h>

#include "device/cuda/cuda_nvml.h"

struct nvml_memory_v2 { /* nvmlMemory_v2_t */
	unsigned int version;
	unsigned long long total, reserved, free, used;
};

static bool sym(void *so, const char *name, void *fn_ptr)
{
	void *p = dlsym(so, name);
	memcpy(fn_ptr, &p, sizeof p); /* POSIX: a function pointer holds dlsym's result */
	return p != NULL;
}

bool cuda_nvml_open(struct cuda_nvml *n, const char *pci_bus_id)
{
	memset(n, 0, sizeof *n);
	void *so = dlopen("libnvidia-ml.so.1", RTLD_NOW | RTLD_LOCAL);
	if (!so)
		return false;
	int (*init)(void) = NULL;
	int (*by_bus)(const char *, void **) = NULL;
	if (!sym(so, "nvmlInit_v2", &init) ||
	    !sym(so, "nvmlDeviceGetHandleByPciBusId_v2", &by_bus) ||
	    !sym(so, "nvmlShutdown", &n->shutdown) ||
	    !sym(so, "nvmlDeviceGetMemoryInfo_v2", &n->memory_info) || init() != 0) {
		dlclose(so);
		memset(n, 0, sizeof *n);
		return false;
	}
	if (by_bus(pci_bus_id, &n->dev) != 0 || !n->dev) {
		n->shutdown();
		dlclose(so);
		memset(n, 0, sizeof *n);
		return false;
	}
	n->so = so;
	return true;
}

bool cuda_nvml_memory(const struct cuda_nvml *n, uint64_t *total, uint64_t *reserved)
{
	struct nvml_memory_v2 m = {.version = (unsigned)sizeof m | 2u << 24};
	if (!n->so || n->memory_info(n->dev, &m) != 0)
		return false;
	*total = m.total;
	*reserved = m.reserved;
	return true;
}

void cuda_nvml_close(struct cuda_nvml *n)
{
	if (n->so) {
		n->shutdown();
		dlclose(n->so);
	}
	memset(n, 0, sizeof *n);
}
