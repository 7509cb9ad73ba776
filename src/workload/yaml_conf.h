/* YAML text to a configuration tree (base/conf.h), for the workload and profile
 * readers. Must not know any key name; the only place that calls libyaml.
 *
 * Limits, each refused with AEGIS_E_CONFIG and "path:line: what" at the node that
 * crossed it, so that any text is read in time linear in its size:
 *  - lists and maps nest at most CONF_MAX_DEPTH (64) levels, aliases expanded included
 *    ("nesting deeper than 64 levels");
 *  - at most YAML_CONF_MAX_NODES nodes are made ("more than 1000000 nodes");
 *  - an alias (*a) is the anchored node (&a) itself, shared, not a copy; the document
 *    with every alias expanded must stay within YAML_CONF_MAX_EXPANDED nodes ("aliases
 *    expand to more than 1000000 nodes"), which refuses alias bombs; an alias inside
 *    the node it names is refused (the tree has no cycles).
 * Plain scalars that YAML reads as null (empty, ~, null, Null, NULL) are CONF_NULL
 * nodes; tags are ignored. */
#ifndef AEGIS_WORKLOAD_YAML_CONF_H
#define AEGIS_WORKLOAD_YAML_CONF_H

#include <stdbool.h>
#include <stddef.h>

#include "base/conf.h"

#define YAML_CONF_MAX_NODES 1000000u
#define YAML_CONF_MAX_EXPANDED 1000000u

typedef struct yaml_conf_opts {
	/* What the text is, for "a second YAML document: <one_document> holds exactly
	 * one" ("a workload file"): the text must hold at most one document. NULL: the
	 * first document is read and the rest of the text is not looked at. */
	const char *one_document;
	/* true: every libyaml refusal reads "YAML syntax error: <problem>" at the
	 * problem's line (the profile reader's wording); false: a reader error reads "not
	 * valid YAML text: <problem>" at the line of the offending byte, and a syntax
	 * error adds "(<context> at line N)" when libyaml gives a context. */
	bool brief_errors;
} yaml_conf_opts;

/* Parses len bytes of text into nodes of doc; *root is the document's root, NULL when
 * the text holds no document (empty, or comments only). Messages go to e (e->path
 * names the text). Returns AEGIS_OK, AEGIS_E_CONFIG (syntax, limits, second
 * document), AEGIS_E_NOMEM or AEGIS_E_INVAL (NULL doc, e or root, or text with len).
 * On failure doc keeps what was made (released with it) and *root is NULL. */
aegis_status yaml_conf_parse(conf_doc *doc, const char *text, size_t len,
			     const yaml_conf_opts *opts, conf_err *e, const conf_node **root);

/* What a reader does with the root of a document (NULL: no document); ctx is its own. */
typedef aegis_status (*yaml_conf_reader)(conf_err *e, const conf_node *root, void *ctx);
/* Parses text into a tree of its own, hands the root to read, then releases the tree:
 * read's status, or the parse's. Nothing read may keep a node. */
aegis_status yaml_conf_read(const char *text, size_t len, const yaml_conf_opts *opts,
			    conf_err *e, yaml_conf_reader read, void *ctx);

#endif
