/* An index of strings that live elsewhere (a table's names): from a name to the first
 * entry that carries it, in O(1) expected time, where a linear search made loaders of
 * large files quadratic. The index holds entry numbers only; key_of gives an entry's
 * name back. Open addressing (linear probing) with FNV-1a hashes, at most half full.
 * Must not own or copy the strings. */
#ifndef AEGIS_BASE_STRINDEX_H
#define AEGIS_BASE_STRINDEX_H

#include <stdint.h>

/* The name of entry v of ctx's table. */
typedef const char *(*str_index_key_fn)(const void *ctx, uint32_t v);

struct str_index {
	uint32_t *slot; /* owned: entry + 1, 0 when empty; cap of them (a power of 2) */
	uint32_t cap, n;
};

/* Adds entry v under key_of(ctx, v), unless an entry with that name is there already
 * (the first one stays). 0, or -1 when out of memory (the index is unchanged). */
int str_index_put(struct str_index *x, uint32_t v, str_index_key_fn key_of, const void *ctx);

/* The first entry named name, or -1. */
int32_t str_index_get(const struct str_index *x, const char *name, str_index_key_fn key_of,
		      const void *ctx);

void str_index_free(struct str_index *x);

#endif
