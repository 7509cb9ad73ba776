/* Backends from shared objects (aegis/plugin.h): found by name on the search path,
 * loaded once per process, and seen by the rest of the core as one more backend_ops
 * table. The adapter turns a model's settings into the plug-in's text options, lays
 * its tensors out in the io region, and runs a job: on the simulated device the
 * plug-in computes on the host and the lane is kept busy for the plug-in's WCET; on a
 * device with device memory the plug-in enqueues on the lane's stream. The list of
 * loaded plug-ins is the one piece of process-wide state of the library (as dlopen's
 * own), behind a mutex; nothing in it is freed before the process ends. */
#define _GNU_SOURCE /* strdup, strtok_r */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "aegis/plugin.h"
#include "backend/backend.h"
#include "backend/plugin/plugin.h"
#include "backend/settings.h"
#include "device/cuda/cuda_hooks.h"

#ifndef AEGIS_BACKEND_DIR
#define AEGIS_BACKEND_DIR "/usr/local/lib/aegis"
#endif
/* The installed plug-ins' folder relative to the installed programs' (bin/aegisrt
 * links libaegis.a): CMake computes it from the install layout. */
#ifndef AEGIS_BACKEND_FROM_BINDIR
#define AEGIS_BACKEND_FROM_BINDIR "../lib/aegis"
#endif

struct plugin {
	struct backend_ops ops; /* first: the core sees this table */
	const aegis_plugin_ops *p;
	void *handle;
	char name[64];
	char *path; /* what it was loaded from */
	struct plugin *next;
};

static pthread_mutex_t loaded_lock = PTHREAD_MUTEX_INITIALIZER;
static struct plugin *loaded;
static _Thread_local char why_not[512]; /* this thread's last failure to load */

/* A model's config: the plug-in's, its settings as text (a config is accepted back as
 * typed: configure runs again from them), and its tensors laid out. */
struct pconfig {
	const struct plugin *pl;
	void *inner;
	conf_options text;
	struct settings_tensors tensors;
	char *dir;
};

struct pstate {
	const struct pconfig *cfg;
	void *inner;
};

static const struct plugin *self_of(const struct backend_model *m)
{
	return (const struct plugin *)m->self;
}

/* ---- the adapter's methods ---------------------------------------------------------- */

static void pconfig_free(void *config)
{
	struct pconfig *c = config;
	if (!c)
		return;
	if (c->inner)
		c->pl->p->config_free(c->inner);
	conf_options_deinit(&c->text);
	settings_tensors_free(&c->tensors);
	free(c->dir);
	free(c);
}

/* Only the plug-in's own keys (the model's generic ones stay the core's). */
static aegis_status own_options(const struct plugin *pl, const conf_node *settings,
				conf_options *out, conf_err *e)
{
	*out = (conf_options){0};
	if (!settings)
		return AEGIS_OK;
	conf_options all;
	aegis_status st = conf_flatten(settings, &all, e);
	if (st != AEGIS_OK)
		return st;
	size_t kept = 0;
	for (size_t i = 0; i < all.n; i++) {
		size_t top = strcspn(all.opt[i].key, ".");
		for (const char *const *k = pl->p->keys; k && *k; k++)
			if (strlen(*k) == top && strncmp(*k, all.opt[i].key, top) == 0) {
				all.opt[kept++] = all.opt[i];
				break;
			}
	}
	all.n = kept;
	*out = all;
	return AEGIS_OK;
}

/* The plug-in's tensors as the core lays them out. */
static aegis_status lay_out(struct pconfig *c, conf_err *e, uint32_t line)
{
	aegis_plugin_reqs r = {0};
	char detail[256] = "";
	aegis_status st = c->pl->p->describe(c->inner, &r, detail, sizeof detail);
	if (st != AEGIS_OK)
		return settings_fail(e, line, "%s", detail[0] ? detail : aegis_status_str(st));
	return settings_copy_tensors(e, line, r.inputs, r.n_inputs, r.outputs, r.n_outputs,
				     &c->tensors);
}

static aegis_status pconfigure(const struct backend_model *m, conf_err *e, void **config)
{
	const struct plugin *pl = self_of(m);
	const struct pconfig *typed = m->typed;
	uint32_t line = conf_line(m->settings);
	struct pconfig *c = calloc(1, sizeof *c);
	if (!c)
		return conf_nomem(e);
	c->pl = pl;
	aegis_status st = AEGIS_OK;
	if (typed) { /* a config this adapter made: its text again (copied) */
		conf_doc *doc = conf_doc_create();
		const conf_node *map = NULL;
		st = doc ? conf_from_options(doc, typed->text.opt, typed->text.n, &map, e)
			 : conf_nomem(e);
		if (st == AEGIS_OK)
			st = own_options(pl, map, &c->text, e);
		conf_doc_destroy(doc);
	} else {
		st = own_options(pl, m->settings, &c->text, e);
	}
	const char *dir = typed ? typed->dir : m->dir;
	if (st == AEGIS_OK && !(c->dir = strdup(dir ? dir : "")))
		st = conf_nomem(e);
	char detail[256] = "";
	if (st == AEGIS_OK &&
	    (st = pl->p->configure(c->text.opt, (uint32_t)c->text.n, c->dir, &c->inner, detail,
				   sizeof detail)) != AEGIS_OK)
		st = conf_fail_at(e, st, e->path, line, "%s%s", e->prefix,
				  detail[0] ? detail : aegis_status_str(st));
	if (st == AEGIS_OK)
		st = lay_out(c, e, line);
	if (st != AEGIS_OK) {
		pconfig_free(c);
		return st;
	}
	*config = c;
	return AEGIS_OK;
}

static aegis_status pdescribe(const void *config, struct backend_reqs *out, char *detail,
			      size_t detail_len)
{
	const struct pconfig *c = config;
	aegis_plugin_reqs r = {0};
	aegis_status st = c->pl->p->describe(c->inner, &r, detail, detail_len);
	if (st != AEGIS_OK)
		return st;
	if (r.wcet_ns <= 0) {
		snprintf(detail, detail_len, "plug-in '%s' gives no WCET", c->pl->name);
		return AEGIS_E_CONFIG;
	}
	*out = (struct backend_reqs){.n_segments = 1, .wcet_ns = r.wcet_ns,
				     .segment_wcet_ns = {r.wcet_ns},
				     .persistent_bytes = r.persistent_bytes,
				     .transient_bytes = r.transient_bytes,
				     .job_transient_bytes = r.transient_bytes,
				     .device_memory = r.persistent_bytes || r.transient_bytes};
	settings_tensor_reqs(&c->tensors, out);
	return AEGIS_OK;
}

static aegis_status pcreate(const void *config, uint64_t seed, uint64_t stream, void **state,
			    char *detail, size_t detail_len)
{
	(void)seed, (void)stream;
	const struct pconfig *c = config;
	struct pstate *s = calloc(1, sizeof *s);
	if (!s)
		return AEGIS_E_NOMEM;
	s->cfg = c;
	aegis_status st = c->pl->p->create(c->inner, &s->inner, detail, detail_len);
	if (st != AEGIS_OK) {
		free(s);
		return st;
	}
	*state = s;
	return AEGIS_OK;
}

static void pdestroy(void *state)
{
	struct pstate *s = state;
	if (!s)
		return;
	s->cfg->pl->p->destroy(s->inner);
	free(s);
}

/* One job: its tensors' host memory handed over; the lane kept busy for the WCET on a
 * device without device memory (the plug-in computed on the host meanwhile), or the
 * plug-in's work enqueued on the lane's stream. */
static aegis_status pexecute(void *state, struct backend_job *job, struct device *dev,
			     uint32_t lane)
{
	struct pstate *s = state;
	const struct settings_tensors *t = &s->cfg->tensors;
	const void *in[AEGIS_MAX_TENSORS];
	void *out[AEGIS_MAX_TENSORS];
	for (uint32_t i = 0; job->in_host && i < t->n_inputs; i++)
		in[i] = job->in_host + t->t[i].offset;
	for (uint32_t i = 0; job->in_host && i < t->n_outputs; i++)
		out[i] = job->out_host + t->t[t->n_inputs + i].offset;
	aegis_plugin_job pj = {.seq = job->seq, .inputs = job->in_host ? in : NULL,
			       .outputs = job->in_host ? out : NULL,
			       .persistent = job->mem.persistent, .transient = job->mem.transient};
	char detail[256];
#ifdef AEGIS_HAVE_CUDA
	if (cuda_device_is(dev)) {
		void *ctx;
		aegis_status st = cuda_device_lane_handles(dev, lane, &ctx, &pj.stream);
		if (st == AEGIS_OK) /* before the plugin's work: the segment's begin mark */
			st = cuda_device_lane_mark_loaded(dev, lane);
		if (st == AEGIS_OK)
			st = s->cfg->pl->p->run(s->inner, &pj, detail, sizeof detail);
		job->exec_ns = 0;
		return st;
	}
#endif
	aegis_plugin_reqs r = {0};
	aegis_status st = s->cfg->pl->p->run(s->inner, &pj, detail, sizeof detail);
	if (st == AEGIS_OK)
		st = s->cfg->pl->p->describe(s->cfg->inner, &r, detail, sizeof detail);
	if (st != AEGIS_OK)
		return st;
	job->exec_ns = r.wcet_ns;
	return dev->ops->busy ? dev->ops->busy(dev, lane, r.wcet_ns) : AEGIS_E_UNSUPPORTED;
}

/* ---- finding and loading ----------------------------------------------------------- */

/* A loaded plug-in's table, checked: 0 or why not. */
static int check_table(const aegis_plugin_ops *p, const char *path)
{
	if (!p) {
		snprintf(why_not, sizeof why_not, "%s: %s() returned no table", path,
			 AEGIS_PLUGIN_ENTRY);
		return -1;
	}
	if (p->abi != AEGIS_PLUGIN_ABI) {
		snprintf(why_not, sizeof why_not, "%s is built for plug-in ABI version %u; this "
			 "runtime loads version %u", path, p->abi, AEGIS_PLUGIN_ABI);
		return -1;
	}
	if (!p->name || !p->configure || !p->config_free || !p->describe || !p->create ||
	    !p->destroy || !p->run) {
		snprintf(why_not, sizeof why_not, "%s: its table lacks a name or a method", path);
		return -1;
	}
	return 0;
}

static struct plugin *open_object(const char *path)
{
	void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		snprintf(why_not, sizeof why_not, "%s", dlerror());
		return NULL;
	}
	aegis_plugin_entry_fn entry;
	*(void **)&entry = dlsym(h, AEGIS_PLUGIN_ENTRY);
	if (!entry) {
		snprintf(why_not, sizeof why_not, "%s exports no %s()", path, AEGIS_PLUGIN_ENTRY);
		dlclose(h);
		return NULL;
	}
	const aegis_plugin_ops *p = entry();
	struct plugin *pl = check_table(p, path) ? NULL : calloc(1, sizeof *pl);
	if (!pl) {
		dlclose(h);
		return NULL;
	}
	pl->p = p;
	pl->handle = h;
	if (!(pl->path = strdup(path))) {
		free(pl);
		dlclose(h);
		return NULL;
	}
	snprintf(pl->name, sizeof pl->name, "%s", p->name);
	pl->ops = (struct backend_ops){
		.version = BACKEND_ABI_VERSION, .name = pl->name, .summary = p->summary,
		.keys = p->keys, .configure = pconfigure, .config_free = pconfig_free,
		.describe = pdescribe, .create = pcreate, .destroy = pdestroy,
		.execute = pexecute,
	};
	return pl;
}

/* The installed lib/aegis as seen from where this code was loaded from, so that an
 * installation moved elsewhere (cmake --install --prefix, a package) finds its own
 * plug-ins: the folder "aegis" next to libaegis.so, or, in a program that links
 * libaegis.a, AEGIS_BACKEND_FROM_BINDIR from the program's folder. "" if unknown. */
static void installed_dir(char *buf, size_t len)
{
	Dl_info info;
	char self[2048] = "";
	const char *sub = "aegis";
	buf[0] = '\0';
	if (dladdr((void *)&installed_dir, &info) && info.dli_fname &&
	    info.dli_fname[0] == '/' && strstr(info.dli_fname, ".so")) {
		snprintf(self, sizeof self, "%s", info.dli_fname);
	} else {
		ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
		self[n > 0 ? n : 0] = '\0';
		sub = AEGIS_BACKEND_FROM_BINDIR;
	}
	char *slash = strrchr(self, '/');
	if (!slash)
		return;
	*slash = '\0';
	snprintf(buf, len, "%s/%s", self, sub);
}

/* The object for name: its path when name has a '/', else the first
 * libaegis-backend-NAME.so on the search path that exists: AEGIS_BACKEND_PATH, the
 * installed lib/aegis as found from here (installed_dir), then AEGIS_BACKEND_DIR. */
static struct plugin *search(const char *name)
{
	if (strchr(name, '/'))
		return open_object(name);
	char dirs[4096], here[2100], path[4096], tried[1024] = "";
	const char *env = getenv("AEGIS_BACKEND_PATH");
	installed_dir(here, sizeof here);
	snprintf(dirs, sizeof dirs, "%s%s%s%s%s", env ? env : "", env ? ":" : "", here,
		 here[0] ? ":" : "", AEGIS_BACKEND_DIR);
	for (char *save = NULL, *d = strtok_r(dirs, ":", &save); d;
	     d = strtok_r(NULL, ":", &save)) {
		snprintf(path, sizeof path, "%s/libaegis-backend-%s.so", d, name);
		FILE *f = fopen(path, "rb");
		if (f) {
			fclose(f);
			return open_object(path);
		}
		size_t at = strlen(tried);
		snprintf(tried + at, sizeof tried - at, "%s%s", at ? ", " : "", d);
	}
	snprintf(why_not, sizeof why_not, "no libaegis-backend-%.64s.so in %.380s "
		 "(AEGIS_BACKEND_PATH adds folders)", name, tried);
	return NULL;
}

const struct backend_ops *plugin_find(const char *name)
{
	why_not[0] = '\0';
	if (!name || !name[0] || strlen(name) > 1024)
		return NULL;
	pthread_mutex_lock(&loaded_lock);
	struct plugin *pl = loaded;
	while (pl && strcmp(strchr(name, '/') ? pl->path : pl->name, name) != 0)
		pl = pl->next;
	if (!pl && (pl = search(name))) {
		pl->next = loaded;
		loaded = pl;
	}
	pthread_mutex_unlock(&loaded_lock);
	return pl ? &pl->ops : NULL;
}

const char *plugin_why_not(void)
{
	return why_not;
}
