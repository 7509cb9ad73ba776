/* The aegis_workload object, shared by the document reader (workload.c: the top level,
 * the runtime section, the public API) and the model reader (workload_models.c).
 * Private to src/workload/. */
#ifndef AEGIS_WORKLOAD_WORKLOAD_INTERNAL_H
#define AEGIS_WORKLOAD_WORKLOAD_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "aegis/runtime.h"
#include "aegis/workload.h"
#include "base/conf.h"

struct backend_ops;

/* Larger workload or samples files are refused rather than read into memory. */
#define WL_MAX_FILE_BYTES ((size_t)64 << 20)

/* What one model owns; its aegis_model_config points into it. */
typedef struct wl_owned {
	char *name;
	char *backend;
	const struct backend_ops *b; /* the model's backend */
	void *backend_config;  /* its config (b->configure): the model's backend_config */
	uint32_t line;         /* the model's entry */
	uint32_t name_line;    /* its name, for duplicate reports */
} wl_owned;

struct aegis_workload {
	char *path;
	char *device;
	char *device_profile;
	aegis_runtime_config runtime;
	bool lanes_auto; /* runtime.lanes: auto (runtime.lanes reads 1 then) */
	aegis_stall_point stall_curve[AEGIS_MAX_STALL_POINTS]; /* runtime.host_stall_curve */
	int64_t duration_ns;
	uint32_t n_models;
	aegis_model_config *models; /* n_models, parallel to owned */
	wl_owned *owned;
};

/* Reads the `models` list v into w->models and w->owned (allocated here; whatever was
 * read is freed with w). Files a model names are relative to dir. Each model is checked
 * with aegis_model_config_validate against w->runtime.lanes, so the runtime section
 * must be read first. Returns AEGIS_OK, AEGIS_E_CONFIG, AEGIS_E_IO (a file it names),
 * AEGIS_E_NOMEM, with the message in e; e->where and e->prefix are overwritten. */
aegis_status wl_read_models(conf_err *e, const conf_node *v, const char *dir,
			    aegis_workload *w);

#endif
