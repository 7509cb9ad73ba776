/* Backend plug-ins: a backend in a shared object of its own, loaded when a model names
 * it, so that the core links none of a runtime's libraries (ONNX Runtime, TensorRT,
 * TVM). This is the whole contract between the two; docs/ARCHITECTURE.md, "Writing a
 * plug-in", says what a TensorRT plug-in would implement. Must not expose the core's
 * internals: a plug-in sees settings as text, its tensors, and a job's memory.
 *
 * Finding one. A model's `backend: NAME` that is not built in is looked for as
 * libaegis-backend-NAME.so in each folder of AEGIS_BACKEND_PATH (':'-separated), then in
 * the installed lib/aegis: the folder aegis next to libaegis.so (or, for a program that
 * links libaegis.a, lib/aegis beside the program's bin), then the one AEGIS_BACKEND_DIR
 * names at build time; a NAME with a '/' is the path of the shared object itself. The object exports
 * `const aegis_plugin_ops *aegis_plugin_entry(void)`, whose table must have abi ==
 * AEGIS_PLUGIN_ABI. Anything else is refused, saying what was looked for and where.
 * Loaded plug-ins stay loaded until the process ends.
 */
#ifndef AEGIS_PLUGIN_H
#define AEGIS_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#include "aegis/runtime.h"
#include "aegis/tensor.h"

#ifdef __cplusplus
extern "C" {
#endif

#define AEGIS_PLUGIN_ABI 1u
#define AEGIS_PLUGIN_ENTRY "aegis_plugin_entry"

/* What a model of the plug-in needs: filled by describe. */
typedef struct aegis_plugin_reqs {
	int64_t wcet_ns; /* a job's worst case (> 0): what the analysis uses unless a
			    measured WCET (aegisrt profile) replaces it */
	/* device memory for the model in the runtime's plan (0 on a host-only runtime) */
	uint64_t persistent_bytes, transient_bytes;
	/* the model's tensors, in the order requests give them; the plug-in's storage,
	 * valid while the config is */
	const aegis_tensor_desc *inputs;
	uint32_t n_inputs;
	const aegis_tensor_desc *outputs;
	uint32_t n_outputs;
} aegis_plugin_reqs;

/* One job, as run() sees it. */
typedef struct aegis_plugin_job {
	uint64_t seq;               /* the model's release number */
	const void *const *inputs;  /* host memory of each input (the job's staging), or NULL
				       for a job without data */
	void *const *outputs;       /* where each output goes on the host, or NULL */
	/* On a device with device memory: the addresses of the model's regions, and the
	 * lane's CUDA stream (a CUstream) to enqueue on; 0 and NULL otherwise. */
	uint64_t persistent, transient;
	void *stream;
} aegis_plugin_job;

typedef struct aegis_plugin_ops {
	uint32_t abi;        /* AEGIS_PLUGIN_ABI */
	const char *name;    /* what `backend:` names */
	const char *summary; /* one line */
	const char *const *keys; /* the settings it reads, NULL-terminated */
	/* Reads the model's settings (its own keys, as text; nested keys dotted, as
	 * aegis_option writes them; relative file names relative to dir) into *config.
	 * A refusal says why in detail. May read files; must not keep anything else. */
	aegis_status (*configure)(const aegis_option *settings, uint32_t n, const char *dir,
				  void **config, char *detail, size_t detail_len);
	void (*config_free)(void *config);
	aegis_status (*describe)(const void *config, aegis_plugin_reqs *out, char *detail,
				 size_t detail_len);
	/* Makes the model's state (sessions, engines: everything a job must not pay for),
	 * at admission. */
	aegis_status (*create)(const void *config, void **state, char *detail,
			       size_t detail_len);
	void (*destroy)(void *state);
	/* Runs one job: computes job->outputs from job->inputs before it returns (a host
	 * runtime), or enqueues the work on job->stream and returns (a GPU one; the lane's
	 * completion then says when it is done). One call at a time per state. */
	aegis_status (*run)(void *state, const aegis_plugin_job *job, char *detail,
			    size_t detail_len);
} aegis_plugin_ops;

typedef const aegis_plugin_ops *(*aegis_plugin_entry_fn)(void);

#ifdef __cplusplus
}
#endif
#endif
