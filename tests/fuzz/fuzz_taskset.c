/* libFuzzer target for task-set files (aegis_taskset_parse): every input is refused with
 * "name:line: what" or gives tasks that keep every rule of aegis/taskset.h. Build and run:
 * make fuzz (clang -fsanitize=fuzzer,address,undefined, src/ but device/cuda, -lyaml -lm). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/runtime.h"
#include "aegis/taskset.h"
#include "fuzz_util.h"

#define NAME "fuzz.csv"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A name as aegis/taskset.h allows it: printable ASCII, no space, no double quote or
 * backslash (the rule of model names; a single quote is allowed by both). */
static bool name_ok(const char *s)
{
	if (s == NULL || *s == '\0')
		return false;
	for (; *s; s++)
		if (*s <= ' ' || *s > '~' || *s == '"' || *s == '\\')
			return false;
	return true;
}

/* The rules of aegis/taskset.h that an accepted task must keep. */
static bool task_ok(const aegis_task *t)
{
	if (!name_ok(t->name) || t->wcet_ns <= 0 || t->period_ns <= 0 || t->deadline_ns <= 0 ||
	    t->deadline_ns > t->period_ns || t->jitter_ns < 0 || t->jitter_ns >= t->period_ns ||
	    t->prio < 0 || t->prio > INT32_MAX || t->n_segments > AEGIS_MAX_SEGMENTS)
		return false;
	if (t->n_segments == 0)
		return true;
	int64_t sum = 0;
	for (uint32_t k = 0; k < t->n_segments; k++)
		if (t->segment_ns[k] <= 0 || __builtin_add_overflow(sum, t->segment_ns[k], &sum))
			return false;
	return sum == t->wcet_ns;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[512];
	aegis_taskset *ts = (aegis_taskset *)(void *)err; /* not NULL: a refusal clears it */
	aegis_status st = aegis_taskset_parse(NAME, (const char *)data, size, &ts, err, sizeof err);
	if (st != AEGIS_OK) {
		if ((st != AEGIS_E_CONFIG && st != AEGIS_E_NOMEM) || ts != NULL ||
		    !fuzz_error_in(err, NAME))
			abort();
		return 0;
	}
	uint32_t n = aegis_taskset_count(ts);
	const aegis_task *t = aegis_taskset_tasks(ts);
	if (n < 1 || n > AEGIS_MAX_MODELS || t == NULL ||
	    strcmp(aegis_taskset_path(ts), NAME) != 0)
		abort();
	for (uint32_t i = 0; i < n; i++) {
		if (!task_ok(&t[i]) || aegis_taskset_line(ts, i) == 0)
			abort();
		for (uint32_t j = 0; j < i; j++) /* names are unique */
			if (strcmp(t[i].name, t[j].name) == 0)
				abort();
	}
	aegis_taskset_destroy(ts);
	return 0;
}
