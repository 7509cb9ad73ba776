/* Guard mode of the simulated device (tests only): the pool is backed by host memory,
 * every region is framed by canary granules, and a lane's arena is poisoned between
 * jobs, so a backend that writes outside its region or keeps state in transient memory
 * across jobs is caught. Must not decide anything: it only fills and checks bytes. */
#ifndef AEGIS_MEMORY_GUARD_H
#define AEGIS_MEMORY_GUARD_H

#include <stdbool.h>
#include <stdint.h>

#include "aegis/status.h"
#include "memory/tlsf.h"

#define GUARD_PAD_BYTES TLSF_GRANULE /* one canary granule on each side of a region */
#define GUARD_MAX_POOL_BYTES (UINT64_C(1) << 30) /* host memory backs the pool */
#define GUARD_POISON_BYTE 0xDBu

struct mem_guard {
	uint8_t *base; /* the pool's bytes, host memory; owned */
	uint64_t size;
};

/* Backs a pool of size bytes (<= GUARD_MAX_POOL_BYTES): AEGIS_OK, AEGIS_E_INVAL or
 * AEGIS_E_NOMEM. The bytes are zero until a region is allocated over them. */
aegis_status guard_init(struct mem_guard *g, uint64_t size);
void guard_deinit(struct mem_guard *g);

/* Writes the canary pattern into the GUARD_PAD_BYTES before off and after off + size.
 * The caller guarantees that both pads lie inside the pool. */
void guard_fill_canaries(struct mem_guard *g, uint64_t off, uint64_t size);
/* True when both canaries of the region [off, off + size) are intact. */
bool guard_check(const struct mem_guard *g, uint64_t off, uint64_t size);
/* Fills [off, off + size) with GUARD_POISON_BYTE. */
void guard_poison(struct mem_guard *g, uint64_t off, uint64_t size);
/* The host address of pool offset off. */
uint8_t *guard_ptr(struct mem_guard *g, uint64_t off);

#endif
