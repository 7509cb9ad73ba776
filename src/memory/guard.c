/* Canaries and poison over the host-backed pool of guard mode (see guard.h). The
 * canary byte depends on its position in the pad, so a stray memset of any single
 * value is caught, and it differs from the poison byte. */
#include <stdlib.h>
#include <string.h>

#include "memory/guard.h"

static uint8_t canary_byte(uint64_t i)
{
	return (uint8_t)(0xA5u ^ (i * 29u));
}

aegis_status guard_init(struct mem_guard *g, uint64_t size)
{
	*g = (struct mem_guard){0};
	if (size == 0 || size > GUARD_MAX_POOL_BYTES)
		return AEGIS_E_INVAL;
	g->base = calloc(1, (size_t)size); /* pages are touched only when regions are */
	if (!g->base)
		return AEGIS_E_NOMEM;
	g->size = size;
	return AEGIS_OK;
}

void guard_deinit(struct mem_guard *g)
{
	free(g->base);
	*g = (struct mem_guard){0};
}

static void fill(uint8_t *p)
{
	for (uint64_t i = 0; i < GUARD_PAD_BYTES; i++)
		p[i] = canary_byte(i);
}

static bool intact(const uint8_t *p)
{
	for (uint64_t i = 0; i < GUARD_PAD_BYTES; i++)
		if (p[i] != canary_byte(i))
			return false;
	return true;
}

void guard_fill_canaries(struct mem_guard *g, uint64_t off, uint64_t size)
{
	fill(g->base + off - GUARD_PAD_BYTES);
	fill(g->base + off + size);
}

bool guard_check(const struct mem_guard *g, uint64_t off, uint64_t size)
{
	return intact(g->base + off - GUARD_PAD_BYTES) && intact(g->base + off + size);
}

void guard_poison(struct mem_guard *g, uint64_t off, uint64_t size)
{
	memset(g->base + off, GUARD_POISON_BYTE, (size_t)size);
}

uint8_t *guard_ptr(struct mem_guard *g, uint64_t off)
{
	return g->base + off;
}
