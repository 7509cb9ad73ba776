/* YAML text to a configuration tree through libyaml's event API (workload/yaml_conf.h),
 * with its nesting, node and alias limits. Must not know any key name; must not use
 * libyaml's document loader (quadratic on deep nesting, unbounded on aliases). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "workload/yaml_conf.h"

/* A list or map being filled. */
typedef struct yc_frame {
	conf_node *node;
	const conf_node *key; /* map: the key waiting for its value */
	size_t anchor;        /* its anchor's index + 1; 0: none */
	uint32_t weight;      /* nodes it expands to so far, itself included */
	uint32_t height;      /* levels of lists and maps: 1 + the most below it */
} yc_frame;

typedef struct yc_anchor {
	char *name;
	const conf_node *node;
	uint32_t line, weight, height;
	bool done; /* its node is complete: an alias to it is no cycle */
} yc_anchor;

/* One parse; lives on yaml_conf_parse's stack. */
typedef struct yc {
	yaml_parser_t y;
	conf_doc *doc;
	conf_err *e;
	const yaml_conf_opts *o;
	const char *text;
	size_t len;
	yc_frame stack[CONF_MAX_DEPTH];
	size_t depth;
	size_t nodes;         /* made, every document */
	yc_anchor *anchors;   /* this document's, n_anchors of cap_anchors */
	size_t n_anchors, cap_anchors;
	size_t *slots;        /* hash of anchors: index + 1, 0 empty; n_slots a power of 2 */
	size_t n_slots;
	const conf_node *root; /* of the document being read, once complete */
	/* An alias inside the node it names, reported once the text is read (syntax
	 * errors first, as libyaml's loader did); a null node stands in for it. */
	uint32_t cycle_line;
	char cycle_name[48];
	const conf_node *stand_in;
} yc;

/* ---- messages ---------------------------------------------------------------------- */

/* 1-based line of byte offset in text (libyaml's reader errors give only an offset). */
static uint32_t line_of_offset(const char *text, size_t len, size_t offset)
{
	uint32_t line = 1;
	for (size_t i = 0; i < offset && i < len; i++)
		line += text[i] == '\n';
	return line;
}

static uint32_t mark_line(yaml_mark_t m)
{
	return (uint32_t)m.line + 1;
}

/* A syntax error worded as the options say; context NULL: none. */
static aegis_status syntax_fail(yc *c, uint32_t line, const char *problem, const char *context,
				uint32_t context_line)
{
	if (context && !c->o->brief_errors)
		return conf_fail(c->e, line, "YAML syntax error: %s (%s at line %u)", problem,
				 context, context_line);
	return conf_fail(c->e, line, "YAML syntax error: %s", problem);
}

/* libyaml refused the text: its error, worded. */
static aegis_status yaml_fail(yc *c)
{
	const yaml_parser_t *y = &c->y;
	const char *problem = y->problem ? y->problem : "unknown problem";
	if (y->error == YAML_MEMORY_ERROR)
		return conf_nomem(c->e);
	if (y->error == YAML_READER_ERROR && !c->o->brief_errors)
		return conf_fail(c->e, line_of_offset(c->text, c->len, y->problem_offset),
				 "not valid YAML text: %s", problem);
	return syntax_fail(c, mark_line(y->problem_mark), problem, y->context,
			   mark_line(y->context_mark));
}

/* ---- anchors ----------------------------------------------------------------------- */

static size_t hash_name(const char *s)
{
	uint64_t h = 1469598103934665603u; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return (size_t)h;
}

/* The slot of name: its anchor, or the empty slot where it would go. */
static size_t *anchor_slot(yc *c, const char *name)
{
	size_t mask = c->n_slots - 1;
	for (size_t i = hash_name(name) & mask;; i = (i + 1) & mask) {
		size_t *s = &c->slots[i];
		if (!*s || strcmp(c->anchors[*s - 1].name, name) == 0)
			return s;
	}
}

static const yc_anchor *anchor_find(yc *c, const char *name)
{
	if (!c->n_slots)
		return NULL;
	size_t s = *anchor_slot(c, name);
	return s ? &c->anchors[s - 1] : NULL;
}

/* Keeps the hash at most half full. */
static aegis_status anchor_room(yc *c)
{
	if (c->n_anchors == c->cap_anchors) {
		size_t cap = c->cap_anchors ? c->cap_anchors * 2 : 16;
		yc_anchor *a = realloc(c->anchors, cap * sizeof *a);
		if (!a)
			return conf_nomem(c->e);
		c->anchors = a;
		c->cap_anchors = cap;
	}
	if (2 * (c->n_anchors + 1) <= c->n_slots)
		return AEGIS_OK;
	size_t n = c->n_slots ? c->n_slots * 2 : 32;
	size_t *slots = calloc(n, sizeof *slots);
	if (!slots)
		return conf_nomem(c->e);
	free(c->slots);
	c->slots = slots;
	c->n_slots = n;
	for (size_t i = 0; i < c->n_anchors; i++)
		*anchor_slot(c, c->anchors[i].name) = i + 1;
	return AEGIS_OK;
}

/* Registers name (NULL: none) for node, as libyaml's loader does: once per document.
 * *index: the anchor's index + 1 (0 for none). */
static aegis_status anchor_add(yc *c, const char *name, const conf_node *node, size_t *index)
{
	*index = 0;
	if (!name)
		return AEGIS_OK;
	uint32_t line = conf_line(node);
	const yc_anchor *dup = anchor_find(c, name);
	if (dup)
		return syntax_fail(c, line, "second occurrence",
				   "found duplicate anchor; first occurrence", dup->line);
	aegis_status st = anchor_room(c);
	if (st != AEGIS_OK)
		return st;
	size_t n = strlen(name) + 1;
	char *copy = malloc(n);
	if (!copy)
		return conf_nomem(c->e);
	memcpy(copy, name, n);
	c->anchors[c->n_anchors] = (yc_anchor){.name = copy, .node = node, .line = line,
					       .weight = 1, .done = true};
	*anchor_slot(c, copy) = ++c->n_anchors;
	*index = c->n_anchors;
	return AEGIS_OK;
}

static void anchors_clear(yc *c)
{
	for (size_t i = 0; i < c->n_anchors; i++)
		free(c->anchors[i].name);
	c->n_anchors = 0;
	if (c->slots)
		memset(c->slots, 0, c->n_slots * sizeof *c->slots);
}

/* ---- building ---------------------------------------------------------------------- */

/* Puts a complete node (expanding to weight nodes, height levels deep) into the open
 * list or map, or makes it the root. */
static aegis_status attach(yc *c, const conf_node *n, uint32_t weight, uint32_t height,
			   uint32_t line)
{
	if (c->depth == 0) {
		c->root = n;
		return AEGIS_OK;
	}
	yc_frame *f = &c->stack[c->depth - 1];
	if (weight > YAML_CONF_MAX_EXPANDED - f->weight)
		return conf_fail(c->e, line, "aliases expand to more than %u nodes",
				 YAML_CONF_MAX_EXPANDED);
	f->weight += weight;
	if (height + 1 > f->height)
		f->height = height + 1;
	aegis_status st;
	if (conf_kind_of(f->node) == CONF_LIST) {
		st = conf_list_add(c->doc, f->node, n);
	} else if (!f->key) {
		f->key = n;
		return AEGIS_OK;
	} else {
		st = conf_map_add(c->doc, f->node, f->key, n);
		f->key = NULL;
	}
	return st == AEGIS_OK ? AEGIS_OK : conf_nomem(c->e);
}

static aegis_status count_node(yc *c, uint32_t line)
{
	if (c->nodes >= YAML_CONF_MAX_NODES)
		return conf_fail(c->e, line, "more than %u nodes", YAML_CONF_MAX_NODES);
	c->nodes++;
	return AEGIS_OK;
}

/* A plain scalar that YAML reads as null. */
static bool is_null(const yaml_event_t *ev)
{
	const char *s = (const char *)ev->data.scalar.value;
	if (ev->data.scalar.style != YAML_PLAIN_SCALAR_STYLE || strlen(s) != ev->data.scalar.length)
		return false;
	return s[0] == '\0' || strcmp(s, "~") == 0 || strcmp(s, "null") == 0 ||
	       strcmp(s, "Null") == 0 || strcmp(s, "NULL") == 0;
}

static aegis_status on_scalar(yc *c, const yaml_event_t *ev)
{
	uint32_t line = mark_line(ev->start_mark);
	const char *text = (const char *)ev->data.scalar.value;
	aegis_status st = count_node(c, line);
	if (st != AEGIS_OK)
		return st;
	conf_node *n = is_null(ev) ? conf_new_null(c->doc, text, line)
				   : conf_new_scalar(c->doc, text, ev->data.scalar.length, line);
	if (!n)
		return conf_nomem(c->e);
	size_t anchor;
	if ((st = anchor_add(c, (const char *)ev->data.scalar.anchor, n, &anchor)) != AEGIS_OK)
		return st;
	return attach(c, n, 1, 0, line);
}

static aegis_status on_alias(yc *c, const yaml_event_t *ev)
{
	uint32_t line = mark_line(ev->start_mark);
	const char *name = (const char *)ev->data.alias.anchor;
	const yc_anchor *a = anchor_find(c, name);
	if (!a)
		return syntax_fail(c, line, "found undefined alias", NULL, 0);
	if (!a->done) {
		if (!c->cycle_line) {
			c->cycle_line = line;
			conf_quote(name, c->cycle_name, sizeof c->cycle_name);
		}
		if (!c->stand_in && !(c->stand_in = conf_new_null(c->doc, NULL, line)))
			return conf_nomem(c->e);
		return attach(c, c->stand_in, 1, 0, line);
	}
	if (c->depth + a->height > CONF_MAX_DEPTH)
		return conf_fail(c->e, line, "nesting deeper than %u levels", CONF_MAX_DEPTH);
	return attach(c, a->node, a->weight, a->height, line);
}

static aegis_status on_start(yc *c, const yaml_event_t *ev)
{
	uint32_t line = mark_line(ev->start_mark);
	bool list = ev->type == YAML_SEQUENCE_START_EVENT;
	const char *anchor = (const char *)(list ? ev->data.sequence_start.anchor
					       : ev->data.mapping_start.anchor);
	if (c->depth == CONF_MAX_DEPTH)
		return conf_fail(c->e, line, "nesting deeper than %u levels", CONF_MAX_DEPTH);
	aegis_status st = count_node(c, line);
	if (st != AEGIS_OK)
		return st;
	conf_node *n = list ? conf_new_list(c->doc, line) : conf_new_map(c->doc, line);
	if (!n)
		return conf_nomem(c->e);
	yc_frame *f = &c->stack[c->depth++];
	*f = (yc_frame){.node = n, .weight = 1, .height = 1};
	if ((st = anchor_add(c, anchor, n, &f->anchor)) != AEGIS_OK)
		return st;
	if (f->anchor)
		c->anchors[f->anchor - 1].done = false;
	return AEGIS_OK;
}

static aegis_status on_end(yc *c)
{
	yc_frame f = c->stack[--c->depth];
	if (f.anchor) {
		yc_anchor *a = &c->anchors[f.anchor - 1];
		a->weight = f.weight;
		a->height = f.height;
		a->done = true;
	}
	return attach(c, f.node, f.weight, f.height, conf_line(f.node));
}

/* The next event into *ev (to be deleted by the caller), or libyaml's refusal. */
static aegis_status next_event(yc *c, yaml_event_t *ev)
{
	return yaml_parser_parse(&c->y, ev) ? AEGIS_OK : yaml_fail(c);
}

/* One document, from the event after its DOCUMENT-START through its DOCUMENT-END;
 * its root into *root. */
static aegis_status read_document(yc *c, const conf_node **root)
{
	aegis_status st = AEGIS_OK;
	yaml_event_t ev;
	anchors_clear(c);
	c->root = NULL;
	c->depth = 0;
	while (st == AEGIS_OK && !c->root) {
		if ((st = next_event(c, &ev)) != AEGIS_OK)
			return st;
		switch (ev.type) {
		case YAML_SCALAR_EVENT:
			st = on_scalar(c, &ev);
			break;
		case YAML_ALIAS_EVENT:
			st = on_alias(c, &ev);
			break;
		case YAML_SEQUENCE_START_EVENT:
		case YAML_MAPPING_START_EVENT:
			st = on_start(c, &ev);
			break;
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT:
			st = c->depth ? on_end(c) : syntax_fail(c, 1, "unexpected event", NULL, 0);
			break;
		default: /* libyaml gives no other event inside a document */
			st = syntax_fail(c, mark_line(ev.start_mark), "unexpected event", NULL, 0);
			break;
		}
		yaml_event_delete(&ev);
	}
	if (st != AEGIS_OK)
		return st;
	if ((st = next_event(c, &ev)) != AEGIS_OK)
		return st;
	if (ev.type != YAML_DOCUMENT_END_EVENT)
		st = syntax_fail(c, mark_line(ev.start_mark), "unexpected event", NULL, 0);
	yaml_event_delete(&ev);
	*root = c->root;
	return st;
}

/* Reads the next event: *more says whether it began a document (then read). */
static aegis_status read_next_document(yc *c, const conf_node **root, bool *more)
{
	yaml_event_t ev;
	aegis_status st = next_event(c, &ev);
	if (st != AEGIS_OK)
		return st;
	*more = ev.type == YAML_DOCUMENT_START_EVENT;
	yaml_event_delete(&ev);
	return *more ? read_document(c, root) : AEGIS_OK;
}

/* The stream: its start, the first document, and the check for a second one. */
static aegis_status read_stream(yc *c, const conf_node **root)
{
	yaml_event_t ev;
	aegis_status st = next_event(c, &ev);
	if (st != AEGIS_OK)
		return st;
	yaml_event_delete(&ev); /* STREAM-START */
	bool more;
	const conf_node *first = NULL, *second = NULL;
	if ((st = read_next_document(c, &first, &more)) != AEGIS_OK || !more ||
	    !c->o->one_document)
		goto done;
	if ((st = read_next_document(c, &second, &more)) != AEGIS_OK)
		goto done;
	if (more)
		st = conf_fail(c->e, conf_line(second), "a second YAML document: %s holds "
			       "exactly one", c->o->one_document);
done:
	*root = st == AEGIS_OK ? first : NULL;
	return st;
}

aegis_status yaml_conf_parse(conf_doc *doc, const char *text, size_t len,
			     const yaml_conf_opts *opts, conf_err *e, const conf_node **root)
{
	static const yaml_conf_opts defaults = {0};
	if (!doc || !e || !root || (!text && len))
		return AEGIS_E_INVAL;
	*root = NULL;
	yc c = {.doc = doc, .e = e, .o = opts ? opts : &defaults, .text = text ? text : "",
		.len = len};
	if (!yaml_parser_initialize(&c.y))
		return conf_nomem(e);
	yaml_parser_set_input_string(&c.y, (const unsigned char *)c.text, len);
	aegis_status st = read_stream(&c, root);
	if (st == AEGIS_OK && c.cycle_line) {
		st = conf_fail(e, c.cycle_line, "alias '*%s' refers to a node that contains it",
			       c.cycle_name);
		*root = NULL;
	}
	anchors_clear(&c);
	free(c.anchors);
	free(c.slots);
	yaml_parser_delete(&c.y);
	return st;
}

aegis_status yaml_conf_read(const char *text, size_t len, const yaml_conf_opts *opts,
			    conf_err *e, yaml_conf_reader read, void *ctx)
{
	const conf_node *root = NULL;
	conf_doc *doc = conf_doc_create();
	if (!doc)
		return conf_nomem(e);
	aegis_status st = yaml_conf_parse(doc, text, len, opts, e, &root);
	if (st == AEGIS_OK)
		st = read(e, root, ctx);
	conf_doc_destroy(doc);
	return st;
}
