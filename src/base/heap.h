/* A binary min-heap of small fixed entries ordered by (k1, k2, k3, id): O(log n) push
 * and pop, storage preallocated by the owner. Used for ready queues and release
 * timers. Must not allocate: capacity is fixed at init. An entry is 32 bytes (two to
 * a cache line): a caller with more to order by packs it into id. */
#ifndef AEGIS_BASE_HEAP_H
#define AEGIS_BASE_HEAP_H

#include <stdbool.h>
#include <stdint.h>

struct heap_entry {
	int64_t k1;
	int64_t k2;
	uint64_t k3;
	uint64_t id; /* the last key, and whose entry it is */
};

struct heap {
	struct heap_entry *e;
	uint32_t n;
	uint32_t cap;
};

static inline bool heap_less(const struct heap_entry *a, const struct heap_entry *b)
{
	if (a->k1 != b->k1)
		return a->k1 < b->k1;
	if (a->k2 != b->k2)
		return a->k2 < b->k2;
	if (a->k3 != b->k3)
		return a->k3 < b->k3;
	return a->id < b->id;
}

/* Returns false if the heap is full. */
static inline bool heap_push(struct heap *h, struct heap_entry x)
{
	if (h->n == h->cap)
		return false;
	uint32_t i = h->n++;
	while (i > 0) {
		uint32_t p = (i - 1) / 2;
		if (!heap_less(&x, &h->e[p]))
			break;
		h->e[i] = h->e[p];
		i = p;
	}
	h->e[i] = x;
	return true;
}

static inline const struct heap_entry *heap_top(const struct heap *h)
{
	return h->n ? &h->e[0] : 0;
}

/* Removes the minimum; the heap must not be empty. */
static inline struct heap_entry heap_pop(struct heap *h)
{
	struct heap_entry top = h->e[0];
	struct heap_entry last = h->e[--h->n];
	uint32_t i = 0, n = h->n;
	for (;;) {
		uint32_t c = 2 * i + 1;
		if (c >= n)
			break;
		if (c + 1 < n && heap_less(&h->e[c + 1], &h->e[c]))
			c++;
		if (!heap_less(&h->e[c], &last))
			break;
		h->e[i] = h->e[c];
		i = c;
	}
	if (n)
		h->e[i] = last;
	return top;
}

/* Removes every entry of `id`: O(n), for rare events (a model quarantined), never on
 * the per-job path. Returns how many were removed. */
static inline uint32_t heap_remove_id(struct heap *h, uint64_t id)
{
	uint32_t kept = 0, n = h->n;
	for (uint32_t i = 0; i < n; i++)
		if (h->e[i].id != id)
			h->e[kept++] = h->e[i];
	h->n = 0;
	for (uint32_t i = 0; i < kept; i++) /* re-push: O(n log n), n = models of a lane */
		heap_push(h, h->e[i]);
	return n - kept;
}

#endif
