/* libFuzzer target for workload files (aegis_workload_parse): every input is parsed or
 * refused with "name:line: what", never a crash, a leak or a hang. Build and run: make
 * fuzz (clang -fsanitize=fuzzer,address,undefined, src/ but device/cuda, -lyaml -lm). */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "aegis/workload.h"
#include "fuzz_util.h"

/* In a folder that does not exist, so that no relative samples file can be read:
 * the outcome depends on the input alone, not on the working directory. */
#define NAME "/nonexistent/fuzz.yaml"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* An error inside a samples file names that file, not the workload. With NAME's folder
 * missing only an absolute path can be read, so such an error must name a file that
 * exists: true when err is "FILE:LINE: what" for an existing FILE. */
static bool error_in_samples_file(const char *err)
{
	for (const char *c = strchr(err, ':'); c; c = strchr(c + 1, ':')) {
		size_t n = (size_t)(c - err);
		if (n == 0 || n >= PATH_MAX || !fuzz_error_at(err, err, n))
			continue;
		char path[PATH_MAX];
		memcpy(path, err, n);
		path[n] = '\0';
		return access(path, F_OK) == 0;
	}
	return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[PATH_MAX + 512];
	aegis_workload *w = (aegis_workload *)(void *)err; /* not NULL: a refusal clears it */
	aegis_status st = aegis_workload_parse(NAME, (const char *)data, size, &w, err, sizeof err);
	if (st != AEGIS_OK) {
		/* the documented statuses (E_IO: a samples file), *out cleared, a located
		 * message */
		if (st != AEGIS_E_CONFIG && st != AEGIS_E_IO && st != AEGIS_E_NOMEM)
			abort();
		if (w != NULL)
			abort();
		if (!fuzz_error_in(err, NAME) && !error_in_samples_file(err))
			abort();
		return 0;
	}
	/* Touch what the configs point to, so that the sanitizers see a dangling or
	 * unterminated string. */
	if (w == NULL || aegis_workload_runtime(w) == NULL)
		abort();
	for (uint32_t i = 0; i < aegis_workload_model_count(w); i++) {
		const aegis_model_config *m = aegis_workload_model(w, i);
		if (m == NULL || m->name == NULL || strlen(m->name) == 0 ||
		    aegis_workload_model_line(w, i) == 0)
			abort();
	}
	aegis_workload_destroy(w);
	return 0;
}
