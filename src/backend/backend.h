/* The backend interface: what executes a model's jobs on a device lane (the
 * simulated backend now; TensorRT/ONNX adapters later). Backends are vtables; the
 * dispatcher calls them only through the wrappers at the bottom, the single place
 * for checks and, later, tracing and fault injection. A backend must not choose
 * lanes, order jobs, or read the clock: the dispatcher owns those decisions. */
#ifndef AEGIS_BACKEND_BACKEND_H
#define AEGIS_BACKEND_BACKEND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "aegis/runtime.h"
#include "device/device.h"

#define BACKEND_OPS_VERSION 1u

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
};

struct backend_ops {
	uint32_t version;
	const char *name;
	aegis_status (*describe)(const aegis_model_config *cfg, struct backend_reqs *out,
				 char *detail, size_t detail_len);
	/* Creates the per-model state; stream makes the model's random draws its own. */
	aegis_status (*create)(const aegis_model_config *cfg, uint64_t seed, uint64_t stream,
			       void **state, char *detail, size_t detail_len);
	void (*destroy)(void *state);
	/* Optional: what describe says, from a state that create made for cfg, without
	 * reading the model again (onnx-cudnn: its graph file is then read and parsed once
	 * per admission, not twice). context_create then creates first. */
	aegis_status (*describe_state)(const void *state, const aegis_model_config *cfg,
				       struct backend_reqs *out, char *detail, size_t detail_len);
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

/* Looks a backend up by name ("sim", "synthetic", "onnx-cudnn" when built with ONNX, or
 * NULL/"" for sim): NULL if unknown. */
const struct backend_ops *backend_find(const char *name);
/* The names of the backends built in, "sim, synthetic, ...", for messages. */
void backend_names(char *buf, size_t len);

extern const struct backend_ops sim_backend_ops;
extern const struct backend_ops synthetic_backend_ops; /* src/backend/synthetic/ */
extern const struct backend_ops onnx_backend_ops;      /* src/backend/onnx/, AEGIS_HAVE_ONNX */

/* The memory part of reqs from the figures of the model's config (persistent,
 * transient, I/O, alignment, and what each job asks: transient_use, else transient),
 * for backends whose memory the workload states; device_memory false. */
void backend_reqs_memory_from_config(const aegis_model_config *cfg, struct backend_reqs *out);

aegis_status backend_describe(const struct backend_ops *b, const aegis_model_config *cfg,
			      struct backend_reqs *out, char *detail, size_t detail_len);
/* The same from a created state: b->describe_state, else b->describe. */
aegis_status backend_describe_state(const struct backend_ops *b, const void *state,
				    const aegis_model_config *cfg, struct backend_reqs *out,
				    char *detail, size_t detail_len);
aegis_status backend_prepare(const struct backend_ops *b, void *state, struct device *dev,
			     uint32_t lane, const struct backend_mem *mem, char *detail,
			     size_t detail_len);
aegis_status backend_execute(const struct backend_ops *b, void *state,
			     struct backend_job *job, struct device *dev, uint32_t lane);
aegis_status backend_complete(const struct backend_ops *b, void *state,
			      const struct backend_job *job);

#endif
