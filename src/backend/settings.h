/* Settings that several backends read the same way: `memory` and `inputs`/`outputs`
 * (sim, synthetic) and `segments` (sim, onnx-cudnn), from a model's settings map or a
 * typed config, with the loader's messages. Must not know which backend reads them. */
#ifndef AEGIS_BACKEND_SETTINGS_H
#define AEGIS_BACKEND_SETTINGS_H

#include <stdint.h>

#include "aegis/backends.h"
#include "base/conf.h"

struct backend_reqs;

/* memory: {persistent, transient, io, align, transient_use}, each a size (absent:
 * all 0). AEGIS_OK or AEGIS_E_CONFIG. */
aegis_status settings_read_memory(conf_err *e, const conf_node *settings,
				  aegis_model_memory *out);
/* The rules across its fields (align a power of two), reported at line. */
aegis_status settings_check_memory(conf_err *e, uint32_t line, const aegis_model_memory *m);
/* The memory part of reqs: the stated regions, and what each job asks of the arena
 * (transient_use, else transient); no device memory touched by the backend. */
void settings_memory_reqs(const aegis_model_memory *m, struct backend_reqs *out);

/* A model's tensors as a workload states them: inputs then outputs, laid out one after
 * the other in its io region (each at a multiple of SETTINGS_IO_ALIGN). */
#define SETTINGS_IO_ALIGN 256u
struct settings_tensors {
	struct backend_tensor *t; /* owned: n_inputs + n_outputs, or NULL */
	aegis_tensor_desc *d;     /* owned: the same descriptions, for the typed view */
	uint32_t n_inputs, n_outputs;
	uint64_t io_bytes;        /* where the last one ends */
};
/* inputs: [{name, dtype, shape}], outputs: the same (absent: none). */
aegis_status settings_read_tensors(conf_err *e, const conf_node *settings,
				   struct settings_tensors *out);
/* From a typed config's arrays (copied and checked). */
aegis_status settings_copy_tensors(conf_err *e, uint32_t line, const aegis_tensor_desc *in,
				   uint32_t n_in, const aegis_tensor_desc *outs, uint32_t n_out,
				   struct settings_tensors *out);
void settings_tensors_free(struct settings_tensors *s);
/* The tensors as a typed config states them (pointing into s). */
aegis_model_tensors settings_tensors_view(const struct settings_tensors *s);
/* The tensor part of reqs (after settings_memory_reqs): the tensors, the io region
 * grown to hold them, and outputs written on the host by the backend. */
void settings_tensor_reqs(const struct settings_tensors *s, struct backend_reqs *out);

/* Segments: a count and, for unequal parts, their weights (owned: n entries, or NULL). */
struct settings_segments {
	uint32_t n;        /* 0 or 1: one segment */
	uint32_t *weights; /* NULL: equal parts */
};
/* segments: a count 1..AEGIS_MAX_SEGMENTS, or a list of positive weights. */
aegis_status settings_read_segments(conf_err *e, const conf_node *settings,
				    struct settings_segments *out);
/* From a typed config: n and weights (copied), checked. */
aegis_status settings_copy_segments(conf_err *e, uint32_t line, uint32_t n,
				    const uint32_t *weights, struct settings_segments *out);
void settings_segments_free(struct settings_segments *s);

/* The error for a rule across settings, at the model's line: "<prefix><message>". */
aegis_status settings_fail(conf_err *e, uint32_t line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
