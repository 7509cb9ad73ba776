/* The backend interface: what executes a model's jobs on a device lane. Backends are
 * vtables, one folder each under src/backend/, listed in the registry (backend.c); a
 * backend owns its settings (it declares its keys and reads them itself: nothing above
 * this layer knows a backend's keys). They are reached only through the functions at
 * the bottom: one way in to open a model (the fault wrapper applied there), one wrapper
 * per method. A backend must not choose lanes, order jobs, or read the clock: the
 * dispatcher owns those decisions. docs/ARCHITECTURE.md, "Adding a backend". */
#ifndef AEGIS_BACKEND_BACKEND_H
#define AEGIS_BACKEND_BACKEND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "aegis/backends.h"
#include "aegis/runtime.h"
#include "base/conf.h"
#include "device/device.h"

/* The version of struct backend_ops this build calls: a table of another version is
 * refused (backend_register_check), so that a plug-in built against another layout never
 * has a method called that it does not have. */
#define BACKEND_ABI_VERSION 2u

/* One of a model's tensors as its backend lays it out: where it lies in the model's io
 * region, and in each of the model's host staging slots (which mirror the region). */
struct backend_tensor {
	aegis_tensor_desc d;
	uint64_t offset; /* in the io region */
	uint32_t line;   /* where a workload states it (messages), 0 if nowhere */
};

/* What a model needs, as the backend sees it. */
struct backend_reqs {
	uint32_t n_segments; /* >= 1; preemption points lie between segments */
	int64_t wcet_ns;     /* worst case of one whole job */
	/* worst case of each segment; they add up to wcet_ns, and no execution of
	 * segment k ever takes longer than segment_wcet_ns[k] (the analysis relies on it) */
	int64_t segment_wcet_ns[AEGIS_MAX_SEGMENTS];
	uint64_t persistent_bytes;
	uint64_t transient_bytes;
	uint64_t io_bytes;
	uint64_t align;
	uint64_t job_transient_bytes; /* what each job asks of the transient arena */
	/* The backend's kernels touch its regions on the device: on a device with device
	 * memory (device_ops.mem_base) the runtime then needs a pool, i.e. a memory budget. */
	bool device_memory;
	/* The model's tensors, inputs then outputs, each inside io_bytes (NULL, 0, 0: a
	 * model without data); the config's or the state's, valid while it is. */
	const struct backend_tensor *tensors;
	uint32_t n_inputs, n_outputs;
	/* The backend writes a job's outputs into its host staging itself (backend_job.
	 * out_host): nothing is copied back from the io region. */
	bool host_outputs;
};

/* Where a model's regions of the memory plan are on the device: device addresses
 * (pool base + offset), 0 where the device has no device memory (sim) or the region
 * is empty. transient is the lane's shared arena as the job sees it, of
 * transient_bytes (the model's per-job need): valid only while the job is on the lane;
 * nothing may be kept there across jobs. */
struct backend_mem {
	uint64_t persistent, io, transient;
	uint64_t persistent_bytes, io_bytes, transient_bytes;
};

/* One job as the backend sees it; the dispatcher owns the storage. */
struct backend_job {
	uint64_t seq;     /* the model's release sequence number */
	uint32_t segment; /* the segment to execute or just executed */
	int64_t exec_ns;  /* backend scratch: the job's total execution time */
	/* Guard mode only (simulated device, tests): the host bytes of the lane's
	 * transient arena as this job sees it; NULL and 0 otherwise. */
	uint8_t *transient;
	uint64_t transient_size;
	struct backend_mem mem; /* set before every segment */
	/* The job's data on the host: its staging slot, laid out as the io region
	 * (tensors at their offsets). NULL for a job without data. in_host holds the
	 * inputs; a backend with host_outputs writes the outputs at out_host. */
	const uint8_t *in_host;
	uint8_t *out_host;
};

/* A model, as its backend is asked to configure it. */
struct backend_model {
	const struct backend_ops *self; /* the backend asked (a plug-in's table knows its
					   plug-in by it) */
	const char *name;          /* the model's, for messages */
	const void *typed;         /* the caller's typed configuration, or NULL */
	const conf_node *settings; /* else a map of settings (a workload's model entry,
				      or the API's options): the backend reads its keys
				      and leaves the others (the generic ones) alone */
	const char *dir;           /* relative file names are relative to it ("": the
				      working directory) */
};

/* A setting a backend knowingly does not take, and why ("the graph gives its memory"). */
struct backend_refusal {
	const char *key;
	const char *why;
};

struct backend_ops {
	uint32_t version;        /* BACKEND_ABI_VERSION */
	const char *name;
	const char *summary;     /* one line, for help texts and docs */
	const char *const *keys; /* the settings it reads, NULL-terminated */
	const struct backend_refusal *refuses; /* optional, ends with key NULL */
	/* Reads and checks the model's settings (typed, else from settings; errors into e:
	 * syntax at the setting's line, the rules across settings at the model's line) and
	 * makes them its own: *config, released by config_free. Pure: it may read the files
	 * the settings name, and nothing else. A config it returned is accepted back as
	 * typed (the workload loader hands it to admission that way). */
	aegis_status (*configure)(const struct backend_model *m, conf_err *e, void **config);
	void (*config_free)(void *config);
	aegis_status (*describe)(const void *config, struct backend_reqs *out, char *detail,
				 size_t detail_len);
	/* Creates the per-model state from its config (which outlives it); stream makes the
	 * model's random draws its own. */
	aegis_status (*create)(const void *config, uint64_t seed, uint64_t stream, void **state,
			       char *detail, size_t detail_len);
	void (*destroy)(void *state);
	/* Optional: what describe says, from a state that create made, without reading the
	 * model again (onnx-cudnn: its graph file is then read and parsed once per
	 * admission, not twice). backend_open then creates first. */
	aegis_status (*describe_state)(const void *state, struct backend_reqs *out, char *detail,
				       size_t detail_len);
	/* Optional: readies the model for `lane` (e.g. calibrates kernels there) at
	 * admission, before the model is committed, when the lane is idle; mem as a job
	 * will see it. It may block and use the lane; a failure refuses the admission.
	 * A backend must still cope with a first execute on an unprepared lane (a lane
	 * busy at admission is not prepared). It is called again, with the new regions,
	 * when the lane's arena moves at a later admission: it must then redo only what
	 * depends on the addresses. */
	aegis_status (*prepare)(void *state, struct device *dev, uint32_t lane,
				const struct backend_mem *mem, char *detail, size_t detail_len);
	/* Loads one segment of the job onto the lane (asynchronously); the dispatcher
	 * commits the lane afterwards. */
	aegis_status (*execute)(void *state, struct backend_job *job, struct device *dev,
				uint32_t lane);
	/* Reports how the segment that just finished on its lane went. Optional. */
	aegis_status (*complete)(void *state, const struct backend_job *job);
};

/* ---- the registry (backend.c) ------------------------------------------------------ */

/* Looks a backend up by name ("sim", "synthetic", "onnx-cudnn" when built with ONNX,
 * "null", or NULL/"" for sim): NULL if unknown. */
const struct backend_ops *backend_find(const char *name);
/* The i-th backend of the registry, NULL past the last. */
const struct backend_ops *backend_at(uint32_t i);
/* Why a backend this build lacks is absent ("; onnx-cudnn needs protobuf-c ..."), to
 * append to "unknown backend" messages; "" when nothing is known. */
const char *backend_absent_why(const char *name);
/* The names of the backends built in, "sim, synthetic, ...", for messages. */
void backend_names(char *buf, size_t len);
/* A table this build may call: AEGIS_OK, or AEGIS_E_UNSUPPORTED (another ABI version,
 * or a required method missing) with the reason in detail. */
aegis_status backend_register_check(const struct backend_ops *b, char *detail, size_t len);

extern const struct backend_ops sim_backend_ops;

/* ---- settings ----------------------------------------------------------------------- */

/* Checks that every key of the model map m is a generic one (generic, NULL-terminated;
 * may be NULL), one of b's, or refused with a reason: "KEY: not used by backend B
 * (why)" for b's refusals, "KEY: only for backend X" for another backend's keys, else
 * "unknown key 'KEY' in <e->where> (expected one of: generic..., b's keys)"; a key
 * given twice is refused too. AEGIS_OK or AEGIS_E_CONFIG with the message in e. */
aegis_status backend_check_keys(const struct backend_ops *b, const conf_node *m,
				const char *const *generic, conf_err *e);

/* What a model's backend made of it: the one way a backend is opened for a model, with
 * the fault-injection wrapper put around it when the model's faults are to be
 * injected. Owns config and state; backend_close releases them. */
struct backend_handle {
	const struct backend_ops *ops; /* what the dispatcher calls: the wrapper, or b */
	const struct backend_ops *b;   /* the model's backend */
	void *config;
	void *state;
	struct backend_reqs reqs;
};

/* Configures cfg's backend from its typed config or options (checked as
 * backend_check_keys does, without generic keys): *config for b->config_free. Errors
 * into detail, naming the model. AEGIS_OK, AEGIS_E_CONFIG, AEGIS_E_IO, AEGIS_E_NOMEM. */
aegis_status backend_configure_model(const aegis_model_config *cfg, void **config,
				     char *detail, size_t detail_len);
/* Opens cfg's backend for a model: configure, describe, create (seeded by (seed,
 * stream)), and the fault wrapper (its draws from fault_stream). On failure nothing is
 * held. */
aegis_status backend_open(const aegis_model_config *cfg, uint64_t seed, uint64_t stream,
			  uint64_t fault_stream, struct backend_handle *out, char *detail,
			  size_t detail_len);
void backend_close(struct backend_handle *h);
/* Checks an injection config (the fault wrapper's): AEGIS_OK or AEGIS_E_CONFIG. */
aegis_status backend_check_injection(const aegis_fault_injection *inj, char *detail,
				     size_t detail_len);

/* ---- the wrappers the dispatcher calls ------------------------------------------------- */

aegis_status backend_describe(const struct backend_ops *b, const void *config,
			      struct backend_reqs *out, char *detail, size_t detail_len);
aegis_status backend_prepare(const struct backend_ops *b, void *state, struct device *dev,
			     uint32_t lane, const struct backend_mem *mem, char *detail,
			     size_t detail_len);
aegis_status backend_execute(const struct backend_ops *b, void *state,
			     struct backend_job *job, struct device *dev, uint32_t lane);
aegis_status backend_complete(const struct backend_ops *b, void *state,
			      const struct backend_job *job);

#endif
