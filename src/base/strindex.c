/* A string index by open addressing (strindex.h). */
#include <stdlib.h>
#include <string.h>

#include "base/strindex.h"

static uint32_t hash(const char *s)
{
	uint32_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/* The slot holding name, or the empty slot where it would go. */
static uint32_t probe(const struct str_index *x, const char *name, str_index_key_fn key_of,
		      const void *ctx)
{
	uint32_t mask = x->cap - 1, i = hash(name) & mask;
	while (x->slot[i] && strcmp(key_of(ctx, x->slot[i] - 1), name) != 0)
		i = (i + 1) & mask;
	return i;
}

static int grow(struct str_index *x, str_index_key_fn key_of, const void *ctx)
{
	if (x->cap > UINT32_MAX / 4)
		return -1;
	struct str_index y = {.cap = x->cap ? 2 * x->cap : 64, .n = x->n};
	if (!(y.slot = calloc(y.cap, sizeof *y.slot)))
		return -1;
	for (uint32_t i = 0; i < x->cap; i++)
		if (x->slot[i])
			y.slot[probe(&y, key_of(ctx, x->slot[i] - 1), key_of, ctx)] = x->slot[i];
	free(x->slot);
	*x = y;
	return 0;
}

int str_index_put(struct str_index *x, uint32_t v, str_index_key_fn key_of, const void *ctx)
{
	if (v == UINT32_MAX || ((x->n + 1) * 2 > x->cap && grow(x, key_of, ctx) != 0))
		return -1;
	uint32_t i = probe(x, key_of(ctx, v), key_of, ctx);
	if (!x->slot[i]) {
		x->slot[i] = v + 1;
		x->n++;
	}
	return 0;
}

int32_t str_index_get(const struct str_index *x, const char *name, str_index_key_fn key_of,
		      const void *ctx)
{
	if (!x->cap)
		return -1;
	uint32_t s = x->slot[probe(x, name, key_of, ctx)];
	return s && s - 1 <= INT32_MAX ? (int32_t)(s - 1) : -1;
}

void str_index_free(struct str_index *x)
{
	free(x->slot);
	*x = (struct str_index){0};
}
