/* The backend registry, the one way a model's backend is opened (its settings read by
 * the backend itself, the fault wrapper put around it when asked), and the one wrapper
 * per backend method. Must not contain backend-specific logic: a backend's keys and
 * their meaning are its own. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backend/backend.h"
#include "backend/fault/fault_backend.h"
#include "backend/plugin/plugin.h"

/* The registry: adding a backend is one folder and its line here (declared and listed).
 * sim_backend_ops is declared in backend.h: onnx-cudnn times jobs with it off the GPU. */
extern const struct backend_ops synthetic_backend_ops; /* src/backend/synthetic/ */
extern const struct backend_ops onnx_backend_ops;      /* src/backend/onnx/, AEGIS_HAVE_ONNX */
extern const struct backend_ops null_backend_ops;      /* src/backend/null/ */

static const struct backend_ops *const backends[] = {
	&sim_backend_ops,
	&synthetic_backend_ops,
#ifdef AEGIS_HAVE_ONNX
	&onnx_backend_ops,
#endif
	&null_backend_ops,
};
#define N_BACKENDS (sizeof backends / sizeof backends[0])

const struct backend_ops *backend_at(uint32_t i)
{
	return i < N_BACKENDS ? backends[i] : NULL;
}

void backend_names(char *buf, size_t len)
{
	size_t at = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < N_BACKENDS && at < len; i++) {
		int k = snprintf(buf + at, len - at, "%s%s", i ? ", " : "", backends[i]->name);
		if (k < 0)
			break;
		at += (size_t)k;
	}
}

const char *backend_absent_why(const char *name)
{
	static _Thread_local char why[600];
#ifndef AEGIS_HAVE_ONNX
	if (name && strcmp(name, "onnx-cudnn") == 0)
		return "; onnx-cudnn needs protobuf-c and onnx.proto at build time";
#endif
	(void)name;
	const char *p = plugin_why_not();
	if (!p[0])
		return "";
	snprintf(why, sizeof why, "; no plug-in either: %s", p);
	return why;
}

const struct backend_ops *backend_find(const char *name)
{
	if (!name || !name[0])
		name = "sim";
	for (size_t i = 0; i < N_BACKENDS; i++)
		if (strcmp(backends[i]->name, name) == 0)
			return backends[i];
	return plugin_find(name); /* aegis/plugin.h */
}

aegis_status backend_register_check(const struct backend_ops *b, char *detail, size_t len)
{
	if (b->version != BACKEND_ABI_VERSION) {
		snprintf(detail, len, "backend '%s' is built for backend ABI version %u; this "
			 "runtime calls version %u", b->name ? b->name : "?", b->version,
			 BACKEND_ABI_VERSION);
		return AEGIS_E_UNSUPPORTED;
	}
	if (!b->name || !b->configure || !b->config_free || !b->describe || !b->create ||
	    !b->destroy || !b->execute) {
		snprintf(detail, len, "backend '%s' lacks a required method (name, configure, "
			 "config_free, describe, create, destroy, execute)", b->name ? b->name : "?");
		return AEGIS_E_UNSUPPORTED;
	}
	return AEGIS_OK;
}

/* ---- settings ------------------------------------------------------------------------ */

static bool listed(const char *const *keys, const char *k)
{
	for (size_t i = 0; keys && keys[i]; i++)
		if (strcmp(keys[i], k) == 0)
			return true;
	return false;
}

/* "backend X" or "backends X, Y": the others that take key k; "" when none does. */
static const char *takers(const struct backend_ops *b, const char *k, char *buf, size_t len)
{
	size_t at = 0, n = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < N_BACKENDS; i++) {
		if (backends[i] == b || !listed(backends[i]->keys, k))
			continue;
		int w = snprintf(buf + at, len - at, "%s%s", n++ ? " or " : "", backends[i]->name);
		if (w < 0 || (size_t)w >= len - at)
			break;
		at += (size_t)w;
	}
	return buf;
}

/* The generic keys and then b's, for "expected one of". */
static const char *expected(const struct backend_ops *b, const char *const *generic, char *buf,
			    size_t len)
{
	size_t at = 0, n = 0;
	const char *const *lists[] = {generic, b->keys};
	buf[0] = '\0';
	for (size_t l = 0; l < 2; l++) {
		for (size_t i = 0; lists[l] && lists[l][i]; i++) {
			int w = snprintf(buf + at, len - at, "%s%s", n++ ? ", " : "", lists[l][i]);
			if (w < 0 || (size_t)w >= len - at)
				return buf;
			at += (size_t)w;
		}
	}
	return buf;
}

/* A key that is neither generic nor b's: why it is refused. */
static aegis_status foreign_key(const struct backend_ops *b, const conf_node *m, size_t i,
				const char *const *generic, conf_err *e)
{
	char buf[512], q[64];
	const char *k = conf_key(m, i);
	uint32_t line = conf_key_line(m, i);
	for (const struct backend_refusal *r = b->refuses; r && r->key; r++)
		if (strcmp(r->key, k) == 0)
			return conf_fail(e, conf_line(conf_item(m, i)), "%s%s: not used by backend "
					 "%s (%s)", e->prefix, k, b->name, r->why);
	if (takers(b, k, buf, sizeof buf)[0])
		return conf_fail(e, conf_line(conf_item(m, i)), "%s%s: only for backend %s",
				 e->prefix, k, buf);
	return conf_fail(e, line, "unknown key '%s' in %s (expected one of: %s)",
			 conf_quote(k, q, sizeof q), e->where, expected(b, generic, buf, sizeof buf));
}

aegis_status backend_check_keys(const struct backend_ops *b, const conf_node *m,
				const char *const *generic, conf_err *e)
{
	size_t n = conf_count(m);
	for (size_t i = 0; i < n; i++) {
		const char *k = conf_key(m, i);
		if (!k)
			return conf_fail(e, conf_key_line(m, i), "a key in %s must be a plain name, "
					 "got %s", e->where, conf_kind_name(conf_key_node(m, i)));
		for (size_t j = 0; j < i; j++)
			if (conf_key(m, j) && strcmp(conf_key(m, j), k) == 0)
				return conf_fail(e, conf_key_line(m, i), "key '%s' given twice in %s "
						 "(first at line %u)", k, e->where,
						 conf_key_line(m, j));
		if (!listed(generic, k) && !listed(b->keys, k)) {
			aegis_status st = foreign_key(b, m, i, generic, e);
			if (st != AEGIS_OK)
				return st;
		}
	}
	return AEGIS_OK;
}

aegis_status backend_configure_model(const aegis_model_config *cfg, void **config,
				     char *detail, size_t detail_len)
{
	char scratch[8];
	const struct backend_ops *b = backend_find(cfg->backend);
	conf_err e;
	conf_err_init(&e, NULL, detail ? detail : scratch, detail ? detail_len : sizeof scratch);
	snprintf(e.where, sizeof e.where, "model '%s'", cfg->name ? cfg->name : "?");
	snprintf(e.prefix, sizeof e.prefix, "%s: ", e.where);
	if (!b)
		return conf_fail(&e, 0, "%sunknown backend '%s'", e.prefix, cfg->backend);
	if (cfg->backend_config && cfg->n_options)
		return conf_fail(&e, 0, "%sbackend settings given twice: as a typed config and "
				 "as %u options (give one)", e.prefix, cfg->n_options);
	conf_doc *doc = conf_doc_create();
	const conf_node *settings = NULL;
	aegis_status st = doc ? AEGIS_OK : conf_nomem(&e);
	if (st == AEGIS_OK && !cfg->backend_config)
		st = conf_from_options(doc, cfg->options, cfg->n_options, &settings, &e);
	if (st == AEGIS_OK && settings)
		st = backend_check_keys(b, settings, NULL, &e);
	if (st == AEGIS_OK) {
		struct backend_model m = {.self = b, .name = cfg->name,
					  .typed = cfg->backend_config,
					  .settings = settings,
					  .dir = cfg->base_dir ? cfg->base_dir : ""};
		st = b->configure(&m, &e, config);
	}
	conf_doc_destroy(doc);
	return st;
}

aegis_status backend_check_injection(const aegis_fault_injection *inj, char *detail,
				     size_t detail_len)
{
	return fault_injection_validate(inj, detail, detail_len);
}

/* ---- opening a model ------------------------------------------------------------------- */

/* A backend that cannot describe itself is broken. */
static aegis_status described(aegis_status st, const struct backend_reqs *out)
{
	return st == AEGIS_OK && (out->n_segments == 0 || out->wcet_ns <= 0) ? AEGIS_E_BACKEND
									    : st;
}

aegis_status backend_describe(const struct backend_ops *b, const void *config,
			      struct backend_reqs *out, char *detail, size_t detail_len)
{
	*out = (struct backend_reqs){0};
	return described(b->describe(config, out, detail, detail_len), out);
}

aegis_status backend_open(const aegis_model_config *cfg, uint64_t seed, uint64_t stream,
			  uint64_t fault_stream, struct backend_handle *out, char *detail,
			  size_t detail_len)
{
	*out = (struct backend_handle){0};
	aegis_status st = backend_configure_model(cfg, &out->config, detail, detail_len);
	if (st != AEGIS_OK)
		return st;
	const struct backend_ops *b = backend_find(cfg->backend);
	out->b = out->ops = b;
	if (b->describe_state) { /* the model is read once, by create */
		st = b->create(out->config, seed, stream, &out->state, detail, detail_len);
		if (st == AEGIS_OK) {
			out->reqs = (struct backend_reqs){0};
			st = described(b->describe_state(out->state, &out->reqs, detail, detail_len),
				       &out->reqs);
		}
	} else if ((st = backend_describe(b, out->config, &out->reqs, detail, detail_len)) ==
		   AEGIS_OK) {
		st = b->create(out->config, seed, stream, &out->state, detail, detail_len);
	}
	if (st == AEGIS_OK && fault_injection_active(&cfg->inject)) {
		void *inner = out->state;
		out->state = NULL;
		st = fault_backend_wrap(b, inner, &out->reqs, &cfg->inject, seed, fault_stream,
					&out->state);
		if (st == AEGIS_OK)
			out->ops = &fault_backend_ops;
	}
	if (st != AEGIS_OK)
		backend_close(out);
	return st;
}

void backend_close(struct backend_handle *h)
{
	if (h->ops && h->state)
		h->ops->destroy(h->state); /* the wrapper destroys what it wraps */
	if (h->b && h->config)
		h->b->config_free(h->config);
	*h = (struct backend_handle){0};
}

/* ---- the wrappers ------------------------------------------------------------------- */

aegis_status backend_prepare(const struct backend_ops *b, void *state, struct device *dev,
			     uint32_t lane, const struct backend_mem *mem, char *detail,
			     size_t detail_len)
{
	return b->prepare ? b->prepare(state, dev, lane, mem, detail, detail_len) : AEGIS_OK;
}

aegis_status backend_execute(const struct backend_ops *b, void *state,
			     struct backend_job *job, struct device *dev, uint32_t lane)
{
	return b->execute(state, job, dev, lane);
}

aegis_status backend_complete(const struct backend_ops *b, void *state,
			      const struct backend_job *job)
{
	return b->complete ? b->complete(state, job) : AEGIS_OK;
}
