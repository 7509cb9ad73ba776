/* TLSF: a two-level segregated-fit allocator of offsets in [0, size), for device
 * memory whose bytes the host cannot touch: every block descriptor lives in a host
 * array preallocated at init, so allocate and free are O(1) and never allocate.
 * Must not know what the offsets point at (device, simulated or host memory).
 *
 * Masmano, Ripoll, Crespo, Real, "TLSF: a new dynamic memory allocator for real-time
 * systems", ECRTS 2004. A request of s bytes is rounded up to the granule, then
 * searched in the first list whose every block is >= s: first level fl = floor(log2 s),
 * second level the next TLSF_SL_BITS bits. Bounds (documented in docs/MEMORY.md):
 *   - time: one bitmap search + at most one split (alloc), two merges (free);
 *   - rounding: a request may take up to s * 2^-TLSF_SL_BITS + granule more than s
 *     (below 6.3% + 256 B with 16 second-level lists), which bounds internal
 *     fragmentation; external fragmentation is bounded by good-fit, not eliminated.
 */
#ifndef AEGIS_MEMORY_TLSF_H
#define AEGIS_MEMORY_TLSF_H

#include <stdbool.h>
#include <stdint.h>

#include "aegis/status.h"

#define TLSF_SL_BITS 4u
#define TLSF_SL_COUNT (1u << TLSF_SL_BITS)
#define TLSF_FL_COUNT 64u
#define TLSF_GRANULE 256u /* cudaMalloc aligns to 256 B; every offset keeps that */
#define TLSF_NONE UINT32_MAX

struct tlsf_block {
	uint64_t offset;
	uint64_t size;
	uint32_t prev_phys, next_phys; /* neighbours in address order */
	uint32_t prev_free, next_free; /* free-list links, or the descriptor free list */
	bool free;
	bool used;                     /* descriptor in use */
};

struct tlsf {
	uint64_t size;
	uint64_t in_use;      /* bytes of allocated blocks */
	uint64_t peak;
	struct tlsf_block *b; /* descriptor pool */
	uint32_t cap;
	uint32_t spare;       /* head of unused descriptors */
	uint64_t fl_bitmap;
	uint32_t sl_bitmap[TLSF_FL_COUNT];
	uint32_t head[TLSF_FL_COUNT][TLSF_SL_COUNT];
};

/* Manages [0, size) with room for max_blocks live allocations. size must be a
 * multiple of TLSF_GRANULE. Returns AEGIS_OK, AEGIS_E_INVAL or AEGIS_E_NOMEM. */
aegis_status tlsf_init(struct tlsf *t, uint64_t size, uint32_t max_blocks);
void tlsf_deinit(struct tlsf *t);

/* Allocates size bytes at an offset aligned to align (a power of two; values below
 * the granule mean the granule). Returns AEGIS_OK with the block handle and offset,
 * AEGIS_E_BUDGET (no free block large enough: fail fast, nothing is moved or
 * compacted), AEGIS_E_LIMIT (no descriptor left) or AEGIS_E_INVAL. */
aegis_status tlsf_alloc(struct tlsf *t, uint64_t size, uint64_t align, uint32_t *handle,
			uint64_t *offset);
/* Frees a block: AEGIS_OK, or AEGIS_E_INVAL for a handle that is not allocated. */
aegis_status tlsf_free(struct tlsf *t, uint32_t handle);

uint64_t tlsf_block_size(const struct tlsf *t, uint32_t handle);
/* The largest single block that could be allocated now. */
uint64_t tlsf_largest_free(const struct tlsf *t);
/* Walks every structure and checks every invariant (for tests): contiguous cover of
 * [0, size), no two free neighbours, lists and bitmaps agree, sizes and alignment. */
bool tlsf_check(const struct tlsf *t, const char **why);

#endif
