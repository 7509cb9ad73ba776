/* The CUDA device's kernels, as C sees them: host addresses of the kernels, to be
 * turned into launchable handles with cudaGetKernel. Must not carry CUDA types. */
#ifndef AEGIS_DEVICE_CUDA_KERNELS_H
#define AEGIS_DEVICE_CUDA_KERNELS_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* spin(long long cycles, long long guard_ns, unsigned long long *stamp,
 *      const volatile int *stop)
 * Every thread spins until `cycles` SM clock64 cycles have passed since its block
 * started, or guard_ns of %globaltimer (the guard keeps a down-clocked SM from
 * stretching the work past its duration), or *stop becomes non-zero (read by one
 * thread per block every 1024 turns; stop may be NULL). When stamp is not NULL, block 0 writes %globaltimer at its start (stamp[0])
 * and end (stamp[1]) to host-mapped memory. */
const void *cuda_kernel_spin(void);

/* stream(const uint4 *src, uint4 *dst, unsigned long long n, int passes,
 *        const volatile int *stop)
 * Copies n 16-byte words src -> dst `passes` times (grid-stride, coalesced), or until
 * *stop becomes non-zero between passes: a bandwidth-bound load. */
const void *cuda_kernel_stream(void);

/* fault(volatile int *p): one thread writes *p. For fault drills: with an unmapped p,
 * an illegal-address error that poisons the CUDA context. */
const void *cuda_kernel_fault(void);

#ifdef __cplusplus
}
#endif
#endif
