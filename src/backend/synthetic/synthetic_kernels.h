/* The synthetic backend's kernel, as C sees it: its host address, to be loaded in a
 * lane's context through the CUDA device's hooks. Must not carry CUDA types. */
#ifndef AEGIS_BACKEND_SYNTHETIC_KERNELS_H
#define AEGIS_BACKEND_SYNTHETIC_KERNELS_H

#ifdef __cplusplus
extern "C" {
#endif

#define SYNTHETIC_THREADS 256u /* threads per block */

/* synthetic(int kind, long long iters, uint4 *buf, unsigned long long n_words)
 * Every thread runs `iters` turns of its kind (aegis_kernel_kind):
 *   COMPUTE  16 FMAs in 4 independent register chains; buf is not read
 *   MEMORY   reads and writes back 4 16-byte words of buf (n_words of them, a
 *            grid-stride walk that wraps around), coalesced
 *   MIXED    the MEMORY turn plus 16 dependent FMAs per word
 * The time is linear in iters (the backend calibrates the slope per lane). */
const void *synthetic_kernel(void);

#ifdef __cplusplus
}
#endif
#endif
