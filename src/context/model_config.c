/* Validation of a model's configuration, shared by the API and the workload loader
 * so that a rule is written once. Pure: no runtime, no allocation. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "aegis/runtime.h"
#include "backend/fault/fault_backend.h"
#include "aegis/time.h"
#include "backend/backend.h"

static aegis_status fail(char *detail, size_t len, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static aegis_status fail(char *detail, size_t len, const char *fmt, ...)
{
	if (detail && len) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(detail, len, fmt, ap);
		va_end(ap);
	}
	return AEGIS_E_CONFIG;
}

int64_t aegis_exec_model_wcet_ns(const aegis_exec_model *m)
{
	if (!m)
		return -1;
	switch (m->kind) {
	case AEGIS_EXEC_FIXED:
		return m->a_ns > 0 ? m->a_ns : -1;
	case AEGIS_EXEC_UNIFORM:
		return (m->a_ns > 0 && m->b_ns >= m->a_ns) ? m->b_ns : -1;
	case AEGIS_EXEC_TRUNCNORM:
		if (m->a_ns <= 0 || m->b_ns < 0 || m->min_ns <= 0 || m->min_ns > m->a_ns ||
		    m->wcet_ns < m->a_ns)
			return -1;
		return m->wcet_ns;
	case AEGIS_EXEC_SAMPLES: {
		if (!m->samples_ns || m->n_samples == 0)
			return -1;
		int64_t mx = 0;
		for (size_t i = 0; i < m->n_samples; i++) {
			if (m->samples_ns[i] <= 0)
				return -1;
			if (m->samples_ns[i] > mx)
				mx = m->samples_ns[i];
		}
		return mx;
	}
	}
	return -1;
}

static aegis_status check_exec(const aegis_exec_model *m, char *d, size_t n)
{
	char a[32], b[32];
	switch (m->kind) {
	case AEGIS_EXEC_FIXED:
		if (m->a_ns <= 0)
			return fail(d, n, "execution time must be > 0");
		return AEGIS_OK;
	case AEGIS_EXEC_UNIFORM:
		if (m->a_ns <= 0)
			return fail(d, n, "uniform execution time: min must be > 0");
		if (m->b_ns < m->a_ns)
			return fail(d, n, "uniform execution time: max %s is below min %s",
				    aegis_duration_format(m->b_ns, b, sizeof b),
				    aegis_duration_format(m->a_ns, a, sizeof a));
		return AEGIS_OK;
	case AEGIS_EXEC_TRUNCNORM:
		if (m->a_ns <= 0)
			return fail(d, n, "normal execution time: mean must be > 0");
		if (m->b_ns < 0)
			return fail(d, n, "normal execution time: sd must be >= 0");
		if (m->min_ns <= 0 || m->min_ns > m->a_ns)
			return fail(d, n, "normal execution time: min must be > 0 and <= mean");
		if (m->wcet_ns < m->a_ns)
			return fail(d, n, "normal execution time: wcet %s is below mean %s",
				    aegis_duration_format(m->wcet_ns, b, sizeof b),
				    aegis_duration_format(m->a_ns, a, sizeof a));
		return AEGIS_OK;
	case AEGIS_EXEC_SAMPLES:
		if (!m->samples_ns || m->n_samples == 0)
			return fail(d, n, "sampled execution time: no samples");
		if (aegis_exec_model_wcet_ns(m) < 0)
			return fail(d, n, "sampled execution time: every sample must be > 0");
		return AEGIS_OK;
	}
	return fail(d, n, "unknown execution-time model %d", (int)m->kind);
}

/* Backend synthetic: 1..AEGIS_MAX_SEGMENTS kernels of a known kind, each with a grid of
 * at least one block and a duration > 0. */
static aegis_status check_kernels(const aegis_model_config *c, char *d, size_t n)
{
	if (!c->kernels || c->n_kernels == 0)
		return fail(d, n, "model '%s': backend synthetic needs at least one kernel",
			    c->name);
	if (c->n_kernels > AEGIS_MAX_SEGMENTS)
		return fail(d, n, "model '%s': %u kernels exceed the limit %u", c->name,
			    c->n_kernels, AEGIS_MAX_SEGMENTS);
	for (uint32_t i = 0; i < c->n_kernels; i++) {
		const aegis_kernel *k = &c->kernels[i];
		if (k->kind != AEGIS_KERNEL_COMPUTE && k->kind != AEGIS_KERNEL_MEMORY &&
		    k->kind != AEGIS_KERNEL_MIXED)
			return fail(d, n, "model '%s': kernel %u: unknown kind %d", c->name, i,
				    (int)k->kind);
		if (k->grid_blocks == 0)
			return fail(d, n, "model '%s': kernel %u: grid must be >= 1 block",
				    c->name, i);
		if (k->duration_ns <= 0)
			return fail(d, n, "model '%s': kernel %u: duration must be > 0", c->name,
				    i);
		if (k->iters < 0)
			return fail(d, n, "model '%s': kernel %u: iterations must be >= 0 (0: "
				    "calibrate)", c->name, i);
		/* The WCET (sum of durations plus the margin) must not overflow. */
		if (k->duration_ns > INT64_MAX / 2 / AEGIS_MAX_SEGMENTS)
			return fail(d, n, "model '%s': kernel %u: duration too large", c->name, i);
		uint64_t buf = c->transient_use_bytes ? c->transient_use_bytes : c->transient_bytes;
		if (k->kind != AEGIS_KERNEL_COMPUTE && buf < AEGIS_KERNEL_MIN_BUFFER_BYTES)
			return fail(d, n, "model '%s': kernel %u (%s) streams over the model's "
				    "transient memory, which is %llu bytes; it needs >= %u KiB "
				    "(memory: {transient: ...})", c->name, i,
				    k->kind == AEGIS_KERNEL_MEMORY ? "memory" : "mixed",
				    (unsigned long long)buf, AEGIS_KERNEL_MIN_BUFFER_BYTES >> 10);
	}
	return AEGIS_OK;
}

aegis_status aegis_model_config_validate(const aegis_model_config *c, uint32_t lanes,
					 char *d, size_t n)
{
	char a[32], b[32];
	if (!c)
		return fail(d, n, "no model config");
	if (!c->name || !c->name[0])
		return fail(d, n, "a model needs a non-empty name");
	for (const char *p = c->name; *p; p++) {
		if (*p < 0x21 || *p > 0x7e || *p == '"' || *p == '\\')
			return fail(d, n, "model name '%s': use printable ASCII without spaces, "
				    "quotes or backslashes", c->name);
	}
	if (!backend_find(c->backend)) {
		char names[96];
		backend_names(names, sizeof names);
		return fail(d, n, "model '%s': unknown backend '%s' (built in: %s%s)", c->name,
			    c->backend, names,
			    c->backend && strcmp(c->backend, "onnx-cudnn") == 0
				    ? "; onnx-cudnn needs protobuf-c and onnx.proto at build time"
				    : "");
	}
	bool onnx = c->backend && strcmp(c->backend, "onnx-cudnn") == 0;
	if (onnx && (!c->model_path || !c->model_path[0]))
		return fail(d, n, "model '%s': backend onnx-cudnn needs a model file", c->name);
	if (!onnx && c->model_path)
		return fail(d, n, "model '%s': a model file is only for backend onnx-cudnn",
			    c->name);
	if (c->release != AEGIS_RELEASE_PERIODIC && c->release != AEGIS_RELEASE_SPORADIC)
		return fail(d, n, "model '%s': unknown release kind", c->name);
	if (c->period_ns <= 0)
		return fail(d, n, "model '%s': period must be > 0", c->name);
	if (c->deadline_ns < 0)
		return fail(d, n, "model '%s': deadline must be > 0", c->name);
	if (c->deadline_ns > c->period_ns)
		return fail(d, n, "model '%s': deadline %s exceeds period %s (constrained "
			    "deadlines only: deadline <= period)", c->name,
			    aegis_duration_format(c->deadline_ns, a, sizeof a),
			    aegis_duration_format(c->period_ns, b, sizeof b));
	if (c->offset_ns < 0 || c->jitter_ns < 0)
		return fail(d, n, "model '%s': offset and jitter must be >= 0", c->name);
	if (c->jitter_ns >= c->period_ns)
		return fail(d, n, "model '%s': jitter %s must be below the period %s", c->name,
			    aegis_duration_format(c->jitter_ns, a, sizeof a),
			    aegis_duration_format(c->period_ns, b, sizeof b));
	if (c->priority < 0)
		return fail(d, n, "model '%s': priority must be >= 0 (0 is the highest)", c->name);
	if (c->lane != AEGIS_LANE_AUTO && (c->lane < 0 || (uint32_t)c->lane >= lanes))
		return fail(d, n, "model '%s': lane %d does not exist (the runtime has %u lane%s)",
			    c->name, c->lane, lanes, lanes == 1 ? "" : "s");
	if (c->queue_depth > AEGIS_MAX_QUEUE_DEPTH)
		return fail(d, n, "model '%s': queue depth %u exceeds the limit %u", c->name,
			    c->queue_depth, AEGIS_MAX_QUEUE_DEPTH);
	if (c->on_miss != AEGIS_MISS_FINISH && c->on_miss != AEGIS_MISS_SKIP_NEXT)
		return fail(d, n, "model '%s': unknown miss policy", c->name);
	if (c->n_segments > AEGIS_MAX_SEGMENTS)
		return fail(d, n, "model '%s': %u segments exceed the limit %u", c->name,
			    c->n_segments, AEGIS_MAX_SEGMENTS);
	if (c->segment_weights) {
		for (uint32_t i = 0; i < c->n_segments; i++)
			if (c->segment_weights[i] == 0)
				return fail(d, n, "model '%s': segment weight %u must be > 0",
					    c->name, i);
	}
	if (c->mem_align & (c->mem_align - 1))
		return fail(d, n, "model '%s': memory alignment %llu is not a power of two",
			    c->name, (unsigned long long)c->mem_align);
	if (c->wcet_override_ns < 0)
		return fail(d, n, "model '%s': WCET override must be >= 1 (0: none)", c->name);
	if (c->wcet_override_ns > 0 &&
	    c->wcet_override_ns < (int64_t)(c->n_segments ? c->n_segments : 1))
		return fail(d, n, "model '%s': WCET override %lld ns is below its %u segments "
			    "(1 ns each at least)", c->name, (long long)c->wcet_override_ns,
			    c->n_segments);
	const aegis_fault_config *fc = &c->faults;
	if (fc->on_overrun != AEGIS_OVERRUN_FINISH && fc->on_overrun != AEGIS_OVERRUN_STOP)
		return fail(d, n, "model '%s': unknown overrun action %d", c->name,
			    (int)fc->on_overrun);
	if (fc->overrun_budget_ns < 0 || fc->quarantine_ns < 0)
		return fail(d, n, "model '%s': overrun budget and quarantine time must be >= 0",
			    c->name);
	if (fc->overrun_budget_ns > INT64_MAX / 4 / AEGIS_MAX_SEGMENTS)
		return fail(d, n, "model '%s': overrun budget too large", c->name);
	char sub[160];
	if (fault_injection_validate(&c->inject, sub, sizeof sub) != AEGIS_OK)
		return fail(d, n, "model '%s': %s", c->name, sub);
	if (c->backend && strcmp(c->backend, "synthetic") == 0)
		return check_kernels(c, d, n); /* its kernels replace the execution-time model */
	if (check_exec(&c->exec, sub, sizeof sub) != AEGIS_OK)
		return fail(d, n, "model '%s': %s", c->name, sub);
	/* WCET > deadline is legal here: refusing it is the admission analysis' job. */
	return AEGIS_OK;
}
