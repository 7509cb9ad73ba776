/* libFuzzer target for samples files (a workload's exec: {dist: samples, file: F}): every
 * input is read as F, or refused with "F:line: what" (or "workload:line:" when it holds
 * no sample). Build and run: make fuzz (clang, src/ but device/cuda, -lyaml -lm). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "aegis/backends.h"
#include "aegis/workload.h"
#include "fuzz_util.h"

#define NAME "/nonexistent/fuzz.yaml"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[] = "/tmp/aegis-fuzz-samples-XXXXXX";
	fuzz_write_file(path, data, size);
	char text[256];
	int len = snprintf(text, sizeof text,
			   "models:\n  - name: a\n    period: 10ms\n"
			   "    exec: {dist: samples, file: %s}\n", path);
	if (len < 0 || (size_t)len >= sizeof text)
		abort();
	char err[512];
	aegis_workload *w = NULL;
	aegis_status st = aegis_workload_parse(NAME, text, (size_t)len, &w, err, sizeof err);
	if (unlink(path) != 0)
		abort();
	if (st != AEGIS_OK) {
		if ((st != AEGIS_E_CONFIG && st != AEGIS_E_NOMEM) || w != NULL ||
		    (!fuzz_error_in(err, path) && !fuzz_error_in(err, NAME)))
			abort();
		return 0;
	}
	/* accepted: at least one sample, every one > 0 (as the reader promises) */
	const aegis_sim_config *sim = aegis_workload_model(w, 0)->backend_config;
	const aegis_exec_model *e = &sim->exec;
	if (e->kind != AEGIS_EXEC_SAMPLES || e->n_samples == 0 || e->samples_ns == NULL)
		abort();
	for (size_t i = 0; i < e->n_samples; i++)
		if (e->samples_ns[i] <= 0)
			abort();
	aegis_workload_destroy(w);
	return 0;
}
