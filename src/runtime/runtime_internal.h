/* What the runtime lends to GPU tests and benchmarks that need the device itself
 * (GPU-side stamps, extra kernels on a lane). Must not be used by the library. */
#ifndef AEGIS_RUNTIME_RUNTIME_INTERNAL_H
#define AEGIS_RUNTIME_RUNTIME_INTERNAL_H

#include "aegis/runtime.h"
#include "device/device.h"

/* The runtime's device; owned by the runtime, valid until aegis_runtime_destroy. */
struct device *runtime_device(const aegis_runtime *rt);

#endif
