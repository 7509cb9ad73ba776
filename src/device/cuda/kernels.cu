// The CUDA device's kernels: the calibrated spin (the lane's unit of timed work, and
// at full occupancy a compute hog) and a bandwidth-streaming copy (a memory hog).
// Must not call host CUDA APIs: the device launches them through owned handles.
#include "device/cuda/kernels.h"

static __device__ __forceinline__ unsigned long long globaltimer_ns()
{
	unsigned long long t;
	asm volatile("mov.u64 %0, %%globaltimer;" : "=l"(t));
	return t;
}

extern "C" __global__ void aegis_spin(long long cycles, long long guard_ns,
				      unsigned long long *stamp, const volatile int *stop)
{
	__shared__ volatile int halt; // thread 0 reads *stop (host memory) for its block
	const bool stamper = stamp && blockIdx.x == 0 && threadIdx.x == 0;
	if (threadIdx.x == 0)
		halt = 0;
	__syncthreads();
	const long long c0 = clock64();
	const unsigned long long g0 = globaltimer_ns();
	if (stamper)
		stamp[0] = g0;
	for (unsigned i = 0;; i++) {
		if (clock64() - c0 >= cycles)
			break;
		if ((i & 63) == 0 && (long long)(globaltimer_ns() - g0) >= guard_ns)
			break;
		if (stop && (i & 1023) == 0) {
			if (threadIdx.x == 0 && *stop)
				halt = 1;
			if (halt)
				break;
		}
	}
	if (stamper) {
		stamp[1] = globaltimer_ns();
		__threadfence_system();
	}
}

extern "C" __global__ void aegis_stream(const uint4 *src, uint4 *dst, unsigned long long n,
					int passes, const volatile int *stop)
{
	__shared__ int halt;
	const unsigned long long stride = (unsigned long long)gridDim.x * blockDim.x;
	for (int p = 0; p < passes; p++) {
		if (threadIdx.x == 0)
			halt = stop ? *stop : 0;
		__syncthreads();
		if (halt)
			return;
		for (unsigned long long i = blockIdx.x * (unsigned long long)blockDim.x + threadIdx.x;
		     i < n; i += stride) {
			uint4 v = src[i];
			v.x += (unsigned)p;
			dst[i] = v;
		}
		__syncthreads();
	}
}

// For fault drills only: writes through p, which the caller makes invalid.
extern "C" __global__ void aegis_fault(volatile int *p)
{
	if (threadIdx.x == 0 && blockIdx.x == 0)
		*p = 1;
}

extern "C" const void *cuda_kernel_fault(void)
{
	return (const void *)aegis_fault;
}

extern "C" const void *cuda_kernel_spin(void)
{
	return (const void *)aegis_spin;
}

extern "C" const void *cuda_kernel_stream(void)
{
	return (const void *)aegis_stream;
}
