/* Typed backend configs (aegis/backends.h) for unit tests that build models in code:
 * storage that outlives the stack frame of a helper returning aegis_model_config by
 * value, and the way back from a model to its typed config, to change a setting after
 * building. The pools are static: single-threaded tests only (a multi-threaded test keeps
 * its own storage). Tests only, never the library. */
#ifndef AEGIS_TEST_MODELS_H
#define AEGIS_TEST_MODELS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "aegis/aegis.h"

/* Configs per pool, per test program; every helper call takes one for good. */
#define TEST_MODELS_POOL 4096

/* A copy of c that lives until the test program ends. */
static inline aegis_sim_config *test_sim_config(aegis_sim_config c)
{
	static aegis_sim_config pool[TEST_MODELS_POOL];
	static size_t used;
	if (used == TEST_MODELS_POOL)
		fail_msg("test_sim_config: all %d configs in use", TEST_MODELS_POOL);
	pool[used] = c;
	return &pool[used++];
}

static inline aegis_synthetic_config *test_synthetic_config(aegis_synthetic_config c)
{
	static aegis_synthetic_config pool[TEST_MODELS_POOL];
	static size_t used;
	if (used == TEST_MODELS_POOL)
		fail_msg("test_synthetic_config: all %d configs in use", TEST_MODELS_POOL);
	pool[used] = c;
	return &pool[used++];
}

/* The sim config of m, to change it: m must point at one the test owns (a pool entry
 * or its own variable), never at a config a workload made. A copy of m shares it. */
static inline aegis_sim_config *test_sim_of(const aegis_model_config *m)
{
	return (aegis_sim_config *)m->backend_config;
}

static inline aegis_synthetic_config *test_synthetic_of(const aegis_model_config *m)
{
	return (aegis_synthetic_config *)m->backend_config;
}

#endif
