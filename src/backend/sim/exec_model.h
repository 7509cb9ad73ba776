/* The execution-time model of simulated jobs (aegis_exec_model, aegis/backends.h): the
 * setting `exec` read from a model's settings or copied from a typed config, checked,
 * its worst case, and a job's draw. The sim backend owns it; onnx-cudnn times its jobs
 * with it off the CUDA device. Must not know lanes or jobs. */
#ifndef AEGIS_BACKEND_SIM_EXEC_MODEL_H
#define AEGIS_BACKEND_SIM_EXEC_MODEL_H

#include "aegis/backends.h"
#include "base/conf.h"
#include "base/rng.h"

/* An execution-time model that owns its samples. */
struct exec_owned {
	aegis_exec_model m; /* m.samples_ns points at samples */
	int64_t *samples;
};

/* exec: a duration (fixed), or {dist: fixed|uniform|normal|samples, ...}; a samples
 * file is relative to dir. Absent: AEGIS_E_CONFIG "missing key 'exec'" at line. */
aegis_status exec_read(conf_err *e, const conf_node *settings, const char *dir, uint32_t line,
		       struct exec_owned *out);
/* A typed model, its samples copied. */
aegis_status exec_copy(conf_err *e, const aegis_exec_model *m, struct exec_owned *out);
/* The rules across its fields ("uniform execution time: max 3ms is below min 4ms"),
 * reported at line. */
aegis_status exec_check(conf_err *e, uint32_t line, const aegis_exec_model *m);
void exec_free(struct exec_owned *x);
/* One job's time, from the model's own random stream. */
int64_t exec_draw(const aegis_exec_model *m, struct rng *rng);

#endif
