/* The configuration tree's nodes, their arena and the accessors (base/conf.h): the one
 * file that knows struct conf_node. Must not word messages (conf_err.c) nor read any
 * file syntax. */
#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

#include "base/conf.h"

/* Blocks of the arena; a request above a quarter of this gets a block of its own. */
#define CONF_BLOCK_BYTES ((size_t)64 << 10)

struct conf_entry {
	const conf_node *key;
	const conf_node *value;
};

struct conf_node {
	conf_kind kind;
	bool has_nul;  /* scalar: text holds a NUL byte */
	uint32_t line;
	size_t n;      /* scalar and null: text length; list: items; map: entries */
	size_t cap;    /* list and map: room in items / entries */
	union {
		char *text; /* scalar and null (a null's spelling) */
		const conf_node **items;
		struct conf_entry *entries;
	} u;
};

typedef struct conf_block {
	struct conf_block *next;
	size_t used, cap;
	max_align_t data[]; /* cap bytes */
} conf_block;

struct conf_doc {
	conf_block *blocks; /* the head has room for small requests */
	size_t nodes;
};

/* ---- arena ------------------------------------------------------------------------- */

static conf_block *block_new(size_t cap)
{
	conf_block *b = malloc(sizeof *b + cap);
	if (!b)
		return NULL;
	b->next = NULL;
	b->used = 0;
	b->cap = cap;
	return b;
}

/* n bytes aligned for any type, owned by d; NULL when out of memory. */
static void *arena_alloc(conf_doc *d, size_t n)
{
	const size_t align = alignof(max_align_t);
	if (n > SIZE_MAX - align)
		return NULL;
	n = (n + align - 1) / align * align;
	conf_block *h = d->blocks;
	if (h && h->cap - h->used >= n) {
		void *p = (char *)h->data + h->used;
		h->used += n;
		return p;
	}
	if (n > CONF_BLOCK_BYTES / 4) {
		/* A block of its own, behind the head, whose free room stays in use. */
		conf_block *b = block_new(n);
		if (!b)
			return NULL;
		b->used = n;
		if (h) {
			b->next = h->next;
			h->next = b;
		} else {
			d->blocks = b;
		}
		return b->data;
	}
	conf_block *b = block_new(CONF_BLOCK_BYTES);
	if (!b)
		return NULL;
	b->next = h;
	d->blocks = b;
	b->used = n;
	return b->data;
}

conf_doc *conf_doc_create(void)
{
	return calloc(1, sizeof(conf_doc));
}

void conf_doc_destroy(conf_doc *d)
{
	if (!d)
		return;
	for (conf_block *b = d->blocks, *next; b; b = next) {
		next = b->next;
		free(b);
	}
	free(d);
}

size_t conf_doc_nodes(const conf_doc *d)
{
	return d ? d->nodes : 0;
}

/* ---- building ---------------------------------------------------------------------- */

static conf_node *node_new(conf_doc *d, conf_kind kind, uint32_t line)
{
	conf_node *n = d ? arena_alloc(d, sizeof *n) : NULL;
	if (!n)
		return NULL;
	memset(n, 0, sizeof *n);
	n->kind = kind;
	n->line = line;
	d->nodes++;
	return n;
}

static conf_node *text_node(conf_doc *d, conf_kind kind, const char *text, size_t len,
			    uint32_t line)
{
	if (!text)
		len = 0;
	if (len == SIZE_MAX)
		return NULL;
	conf_node *n = node_new(d, kind, line);
	char *t = n ? arena_alloc(d, len + 1) : NULL;
	if (!t)
		return NULL;
	if (len)
		memcpy(t, text, len);
	t[len] = '\0';
	n->u.text = t;
	n->n = len;
	n->has_nul = memchr(t, '\0', len) != NULL;
	return n;
}

conf_node *conf_new_scalar(conf_doc *d, const char *text, size_t len, uint32_t line)
{
	return text_node(d, CONF_SCALAR, text, len, line);
}

conf_node *conf_new_null(conf_doc *d, const char *spelling, uint32_t line)
{
	return text_node(d, CONF_NULL, spelling, spelling ? strlen(spelling) : 0, line);
}

conf_node *conf_new_list(conf_doc *d, uint32_t line)
{
	return node_new(d, CONF_LIST, line);
}

conf_node *conf_new_map(conf_doc *d, uint32_t line)
{
	return node_new(d, CONF_MAP, line);
}

/* Room for one more element of `size` bytes in *arr (n used of *cap): doubles into a
 * new arena array; the old one stays in the arena (at most as much again). */
static aegis_status grow(conf_doc *d, void **arr, size_t n, size_t *cap, size_t size)
{
	if (n < *cap)
		return AEGIS_OK;
	size_t c = *cap ? *cap * 2 : 4;
	if (c > SIZE_MAX / size)
		return AEGIS_E_NOMEM;
	void *a = arena_alloc(d, c * size);
	if (!a)
		return AEGIS_E_NOMEM;
	if (n)
		memcpy(a, *arr, n * size);
	*arr = a;
	*cap = c;
	return AEGIS_OK;
}

aegis_status conf_list_add(conf_doc *d, conf_node *list, const conf_node *item)
{
	if (!d || !list || list->kind != CONF_LIST || !item)
		return AEGIS_E_INVAL;
	void *arr = list->u.items;
	aegis_status st = grow(d, &arr, list->n, &list->cap, sizeof *list->u.items);
	if (st != AEGIS_OK)
		return st;
	list->u.items = arr;
	list->u.items[list->n++] = item;
	return AEGIS_OK;
}

aegis_status conf_map_add(conf_doc *d, conf_node *map, const conf_node *key,
			  const conf_node *value)
{
	if (!d || !map || map->kind != CONF_MAP || !key || !value)
		return AEGIS_E_INVAL;
	void *arr = map->u.entries;
	aegis_status st = grow(d, &arr, map->n, &map->cap, sizeof *map->u.entries);
	if (st != AEGIS_OK)
		return st;
	map->u.entries = arr;
	map->u.entries[map->n++] = (struct conf_entry){.key = key, .value = value};
	return AEGIS_OK;
}

/* ---- reading ----------------------------------------------------------------------- */

conf_kind conf_kind_of(const conf_node *n)
{
	return n ? n->kind : CONF_NULL;
}

uint32_t conf_line(const conf_node *n)
{
	return n ? n->line : 0;
}

const char *conf_text(const conf_node *n)
{
	return n && n->kind == CONF_SCALAR ? n->u.text : NULL;
}

bool conf_has_nul(const conf_node *n)
{
	return n && n->kind == CONF_SCALAR && n->has_nul;
}

size_t conf_count(const conf_node *n)
{
	return n && (n->kind == CONF_LIST || n->kind == CONF_MAP) ? n->n : 0;
}

const conf_node *conf_item(const conf_node *n, size_t i)
{
	if (i >= conf_count(n))
		return NULL;
	return n->kind == CONF_LIST ? n->u.items[i] : n->u.entries[i].value;
}

const conf_node *conf_key_node(const conf_node *map, size_t i)
{
	if (!map || map->kind != CONF_MAP || i >= map->n)
		return NULL;
	return map->u.entries[i].key;
}

const char *conf_key(const conf_node *map, size_t i)
{
	const conf_node *k = conf_key_node(map, i);
	return k && (k->kind == CONF_SCALAR || k->kind == CONF_NULL) ? k->u.text : NULL;
}

uint32_t conf_key_line(const conf_node *map, size_t i)
{
	return conf_line(conf_key_node(map, i));
}

const conf_node *conf_get(const conf_node *map, const char *key)
{
	if (!map || map->kind != CONF_MAP || !key)
		return NULL;
	for (size_t i = 0; i < map->n; i++) {
		const char *k = conf_key(map, i);
		if (k && strcmp(k, key) == 0)
			return map->u.entries[i].value;
	}
	return NULL;
}
