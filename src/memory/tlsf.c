/* TLSF over offsets with host-side descriptors (see tlsf.h). Every path is a fixed
 * number of bitmap operations and list edits: no loop depends on the number of
 * blocks, except tlsf_check, which is for tests. */
#include <stdlib.h>
#include <string.h>

#include "memory/tlsf.h"

static int fls64(uint64_t x)
{
	return 63 - __builtin_clzll(x);
}

/* The list a block of `size` belongs to. */
static void mapping_insert(uint64_t size, uint32_t *fl, uint32_t *sl)
{
	int f = fls64(size);
	if (f < (int)TLSF_SL_BITS) {
		*fl = 0;
		*sl = (uint32_t)size;
		return;
	}
	*fl = (uint32_t)(f - (int)TLSF_SL_BITS + 1);
	*sl = (uint32_t)(size >> (f - (int)TLSF_SL_BITS)) ^ TLSF_SL_COUNT;
}

/* The first list whose every block is >= size: size rounded up to its class. */
static bool mapping_search(uint64_t size, uint32_t *fl, uint32_t *sl)
{
	int f = fls64(size);
	if (f >= (int)TLSF_SL_BITS) {
		uint64_t round = (UINT64_C(1) << (f - (int)TLSF_SL_BITS)) - 1;
		if (size > UINT64_MAX - round)
			return false;
		size += round;
	}
	mapping_insert(size, fl, sl);
	return *fl < TLSF_FL_COUNT;
}

static void free_list_insert(struct tlsf *t, uint32_t i)
{
	uint32_t fl, sl;
	mapping_insert(t->b[i].size, &fl, &sl);
	uint32_t h = t->head[fl][sl];
	t->b[i].prev_free = TLSF_NONE;
	t->b[i].next_free = h;
	if (h != TLSF_NONE)
		t->b[h].prev_free = i;
	t->head[fl][sl] = i;
	t->fl_bitmap |= UINT64_C(1) << fl;
	t->sl_bitmap[fl] |= 1u << sl;
}

static void free_list_remove(struct tlsf *t, uint32_t i)
{
	uint32_t fl, sl;
	mapping_insert(t->b[i].size, &fl, &sl);
	struct tlsf_block *x = &t->b[i];
	if (x->prev_free != TLSF_NONE)
		t->b[x->prev_free].next_free = x->next_free;
	else
		t->head[fl][sl] = x->next_free;
	if (x->next_free != TLSF_NONE)
		t->b[x->next_free].prev_free = x->prev_free;
	if (t->head[fl][sl] == TLSF_NONE) {
		t->sl_bitmap[fl] &= ~(1u << sl);
		if (!t->sl_bitmap[fl])
			t->fl_bitmap &= ~(UINT64_C(1) << fl);
	}
}

static uint32_t descriptor_get(struct tlsf *t)
{
	uint32_t i = t->spare;
	if (i != TLSF_NONE) {
		t->spare = t->b[i].next_free;
		t->b[i].used = true;
	}
	return i;
}

static void descriptor_put(struct tlsf *t, uint32_t i)
{
	t->b[i] = (struct tlsf_block){.next_free = t->spare, .used = false};
	t->spare = i;
}

aegis_status tlsf_init(struct tlsf *t, uint64_t size, uint32_t max_blocks)
{
	memset(t, 0, sizeof *t);
	if (size == 0 || size % TLSF_GRANULE || max_blocks == 0 || max_blocks > UINT32_MAX / 2)
		return AEGIS_E_INVAL;
	/* each live allocation can leave one free block beside it; alignment one more */
	t->cap = 2 * max_blocks + 2;
	t->b = calloc(t->cap, sizeof *t->b);
	if (!t->b)
		return AEGIS_E_NOMEM;
	t->size = size;
	for (uint32_t f = 0; f < TLSF_FL_COUNT; f++)
		for (uint32_t s = 0; s < TLSF_SL_COUNT; s++)
			t->head[f][s] = TLSF_NONE;
	t->spare = TLSF_NONE;
	for (uint32_t i = t->cap; i-- > 0;)
		descriptor_put(t, i);
	uint32_t all = descriptor_get(t);
	t->b[all] = (struct tlsf_block){.offset = 0, .size = size, .prev_phys = TLSF_NONE,
					.next_phys = TLSF_NONE, .free = true, .used = true};
	free_list_insert(t, all);
	return AEGIS_OK;
}

void tlsf_deinit(struct tlsf *t)
{
	free(t->b);
	t->b = NULL;
}

/* Splits `size` bytes off the front of block i; the rest becomes a free block. */
static bool split_front(struct tlsf *t, uint32_t i, uint64_t size)
{
	struct tlsf_block *x = &t->b[i];
	if (x->size - size < TLSF_GRANULE)
		return true; /* too small to keep apart: it stays with the block */
	uint32_t r = descriptor_get(t);
	if (r == TLSF_NONE)
		return false;
	x = &t->b[i];
	t->b[r] = (struct tlsf_block){.offset = x->offset + size, .size = x->size - size,
				      .prev_phys = i, .next_phys = x->next_phys, .free = true,
				      .used = true};
	if (x->next_phys != TLSF_NONE)
		t->b[x->next_phys].prev_phys = r;
	x->next_phys = r;
	x->size = size;
	free_list_insert(t, r);
	return true;
}

/* Merges free block j into its physical predecessor i (both out of the lists). */
static void absorb_next(struct tlsf *t, uint32_t i, uint32_t j)
{
	t->b[i].size += t->b[j].size;
	t->b[i].next_phys = t->b[j].next_phys;
	if (t->b[j].next_phys != TLSF_NONE)
		t->b[t->b[j].next_phys].prev_phys = i;
	descriptor_put(t, j);
}

/* Gives the front `pad` bytes of block i (just taken off a free list) back as a new
 * free block; i keeps the rest. Its predecessor is not free: no two free blocks are
 * ever neighbours, and i was free. */
static bool trim_front(struct tlsf *t, uint32_t i, uint64_t pad)
{
	if (pad == 0)
		return true;
	uint32_t f = descriptor_get(t);
	if (f == TLSF_NONE)
		return false;
	uint32_t p = t->b[i].prev_phys;
	t->b[f] = (struct tlsf_block){.offset = t->b[i].offset, .size = pad, .prev_phys = p,
				      .next_phys = i, .free = true, .used = true};
	if (p != TLSF_NONE)
		t->b[p].next_phys = f;
	t->b[i].prev_phys = f;
	t->b[i].offset += pad;
	t->b[i].size -= pad;
	free_list_insert(t, f);
	return true;
}

aegis_status tlsf_alloc(struct tlsf *t, uint64_t size, uint64_t align, uint32_t *handle,
			uint64_t *offset)
{
	if (!t->b || size == 0 || !handle || !offset || (align & (align - 1)))
		return AEGIS_E_INVAL;
	if (align < TLSF_GRANULE)
		align = TLSF_GRANULE;
	if (size > t->size)
		return AEGIS_E_BUDGET;
	size = (size + TLSF_GRANULE - 1) & ~(uint64_t)(TLSF_GRANULE - 1);
	/* an aligned request searches for room to slide to the alignment */
	uint64_t want = size + (align - TLSF_GRANULE);
	uint32_t fl, sl;
	if (!mapping_search(want, &fl, &sl))
		return AEGIS_E_BUDGET;
	uint32_t sl_map = t->sl_bitmap[fl] & (~0u << sl);
	if (!sl_map) {
		uint64_t fl_map = fl + 1 < TLSF_FL_COUNT ? t->fl_bitmap & (~UINT64_C(0) << (fl + 1)) : 0;
		if (!fl_map)
			return AEGIS_E_BUDGET;
		fl = (uint32_t)__builtin_ctzll(fl_map);
		sl_map = t->sl_bitmap[fl];
	}
	sl = (uint32_t)__builtin_ctz(sl_map);
	uint32_t i = t->head[fl][sl];
	/* two spare descriptors cover the trim and the split: check before changing */
	if (t->spare == TLSF_NONE || t->b[t->spare].next_free == TLSF_NONE)
		return AEGIS_E_LIMIT;
	free_list_remove(t, i);
	uint64_t pad = (align - t->b[i].offset % align) % align;
	(void)trim_front(t, i, pad); /* cannot fail: two spare descriptors were checked */
	(void)split_front(t, i, size);
	t->b[i].free = false;
	t->in_use += t->b[i].size;
	if (t->in_use > t->peak)
		t->peak = t->in_use;
	*handle = i;
	*offset = t->b[i].offset;
	return AEGIS_OK;
}

aegis_status tlsf_free(struct tlsf *t, uint32_t i)
{
	if (!t->b || i >= t->cap || !t->b[i].used || t->b[i].free)
		return AEGIS_E_INVAL;
	t->in_use -= t->b[i].size;
	t->b[i].free = true;
	uint32_t n = t->b[i].next_phys;
	if (n != TLSF_NONE && t->b[n].free) {
		free_list_remove(t, n);
		absorb_next(t, i, n);
	}
	uint32_t p = t->b[i].prev_phys;
	if (p != TLSF_NONE && t->b[p].free) {
		free_list_remove(t, p);
		absorb_next(t, p, i);
		i = p;
	}
	free_list_insert(t, i);
	return AEGIS_OK;
}

uint64_t tlsf_block_size(const struct tlsf *t, uint32_t i)
{
	return i < t->cap && t->b[i].used ? t->b[i].size : 0;
}

uint64_t tlsf_largest_free(const struct tlsf *t)
{
	if (!t->fl_bitmap)
		return 0;
	uint32_t fl = (uint32_t)fls64(t->fl_bitmap);
	uint32_t sl = (uint32_t)(31 - __builtin_clz(t->sl_bitmap[fl]));
	uint64_t best = 0;
	for (uint32_t i = t->head[fl][sl]; i != TLSF_NONE; i = t->b[i].next_free)
		if (t->b[i].size > best)
			best = t->b[i].size;
	return best;
}

bool tlsf_check(const struct tlsf *t, const char **why)
{
	const char *dummy;
	if (!why)
		why = &dummy;
	/* exactly one block has no predecessor, and it starts at offset 0 */
	uint32_t first = TLSF_NONE, firsts = 0;
	for (uint32_t i = 0; i < t->cap; i++) {
		if (t->b[i].used && t->b[i].prev_phys == TLSF_NONE) {
			first = i;
			firsts++;
		}
	}
	if (firsts != 1 || t->b[first].offset != 0)
		return *why = "not exactly one first block at offset 0", false;
	uint64_t at = 0, used = 0, blocks = 0, free_blocks = 0;
	bool prev_free = false;
	for (uint32_t i = first, prev = TLSF_NONE; i != TLSF_NONE; prev = i, i = t->b[i].next_phys) {
		const struct tlsf_block *x = &t->b[i];
		if (!x->used || x->prev_phys != prev)
			return *why = "broken physical chain", false;
		if (x->offset != at || x->size == 0 || x->size % TLSF_GRANULE)
			return *why = "blocks do not tile the range", false;
		if (x->free && prev_free)
			return *why = "two free neighbours", false;
		prev_free = x->free;
		at += x->size;
		used += x->free ? 0 : x->size;
		free_blocks += x->free;
		if (++blocks > t->cap)
			return *why = "cycle in the physical chain", false;
	}
	if (at != t->size)
		return *why = "blocks do not cover the range", false;
	if (used != t->in_use)
		return *why = "in_use does not match", false;
	uint64_t listed = 0;
	for (uint32_t f = 0; f < TLSF_FL_COUNT; f++) {
		bool any = false;
		for (uint32_t s = 0; s < TLSF_SL_COUNT; s++) {
			bool bit = t->sl_bitmap[f] & (1u << s);
			if (bit != (t->head[f][s] != TLSF_NONE))
				return *why = "second-level bitmap disagrees with a list", false;
			any |= bit;
			for (uint32_t i = t->head[f][s]; i != TLSF_NONE; i = t->b[i].next_free) {
				uint32_t ff, ss;
				mapping_insert(t->b[i].size, &ff, &ss);
				if (!t->b[i].free || ff != f || ss != s)
					return *why = "a block is in the wrong free list", false;
				if (++listed > free_blocks)
					return *why = "free lists hold more than the free blocks", false;
			}
		}
		if (any != !!(t->fl_bitmap & (UINT64_C(1) << f)))
			return *why = "first-level bitmap disagrees", false;
	}
	if (listed != free_blocks)
		return *why = "a free block is missing from the lists", false;
	return *why = "ok", true;
}
