/* The TLSF offset allocator: every invariant holds over a million random operations,
 * alignment is kept, memory never overlaps, everything comes back, and failures are
 * fast and explicit (no hidden compaction). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "base/rng.h"
#include "memory/tlsf.h"

#define MIB (UINT64_C(1) << 20)

static void check(const struct tlsf *t)
{
	const char *why;
	if (!tlsf_check(t, &why))
		fail_msg("tlsf invariant broken: %s", why);
}

static void test_basic(void **state)
{
	(void)state;
	struct tlsf t;
	assert_int_equal(tlsf_init(&t, 64 * MIB, 16), AEGIS_OK);
	check(&t);
	uint32_t a, b;
	uint64_t oa, ob;
	assert_int_equal(tlsf_alloc(&t, 1000, 0, &a, &oa), AEGIS_OK);
	assert_int_equal(oa, 0);
	assert_int_equal(tlsf_block_size(&t, a), 1024); /* rounded to the granule */
	assert_int_equal(tlsf_alloc(&t, 4096, 4096, &b, &ob), AEGIS_OK);
	assert_int_equal(ob % 4096, 0);
	check(&t);
	assert_int_equal(tlsf_free(&t, a), AEGIS_OK);
	assert_int_equal(tlsf_free(&t, a), AEGIS_E_INVAL); /* double free */
	assert_int_equal(tlsf_free(&t, b), AEGIS_OK);
	check(&t);
	assert_int_equal(t.in_use, 0);
	assert_int_equal(tlsf_largest_free(&t), 64 * MIB);
	/* fail fast: more than the pool */
	assert_int_equal(tlsf_alloc(&t, 65 * MIB, 0, &a, &oa), AEGIS_E_BUDGET);
	assert_int_equal(tlsf_alloc(&t, 0, 0, &a, &oa), AEGIS_E_INVAL);
	assert_int_equal(tlsf_alloc(&t, 256, 3, &a, &oa), AEGIS_E_INVAL);
	/* the whole pool in one block, then nothing more */
	assert_int_equal(tlsf_alloc(&t, 64 * MIB, 0, &a, &oa), AEGIS_OK);
	assert_int_equal(tlsf_alloc(&t, 256, 0, &b, &ob), AEGIS_E_BUDGET);
	assert_int_equal(tlsf_free(&t, a), AEGIS_OK);
	check(&t);
	tlsf_deinit(&t);
	assert_int_equal(tlsf_init(&t, 1000, 4), AEGIS_E_INVAL); /* not a granule multiple */
}

/* Descriptors are bounded: asking for more live blocks than max_blocks fails with
 * AEGIS_E_LIMIT and changes nothing. */
static void test_descriptor_limit(void **state)
{
	(void)state;
	struct tlsf t;
	assert_int_equal(tlsf_init(&t, 1024 * 256, 4), AEGIS_OK);
	uint32_t h[16];
	uint64_t off;
	uint32_t n = 0;
	aegis_status st;
	while ((st = tlsf_alloc(&t, 256, 0, &h[n], &off)) == AEGIS_OK)
		n++;
	assert_int_equal(st, AEGIS_E_LIMIT);
	assert_true(n >= 4);
	check(&t);
	for (uint32_t i = 0; i < n; i++)
		assert_int_equal(tlsf_free(&t, h[i]), AEGIS_OK);
	check(&t);
	assert_int_equal(t.in_use, 0);
	tlsf_deinit(&t);
}

/* Property test: one million random allocs and frees (sizes log-uniform 256 B..4 MiB,
 * alignments up to 64 KiB); after each step the checker passes, live blocks never
 * overlap (a shadow map of granules), and at the end everything is returned. */
static void test_random_million(void **state)
{
	(void)state;
	enum { LIVE = 512, OPS = 1000000 };
	const uint64_t size = 256 * MIB;
	struct tlsf t;
	assert_int_equal(tlsf_init(&t, size, LIVE), AEGIS_OK);
	uint8_t *shadow = calloc(size / TLSF_GRANULE, 1);
	uint32_t handle[LIVE];
	uint64_t off[LIVE], len[LIVE];
	uint32_t live = 0;
	struct rng g;
	rng_seed(&g, 77, 0);
	uint64_t fails = 0;
	for (int op = 0; op < OPS; op++) {
		bool do_alloc = live == 0 || (live < LIVE && rng_range(&g, 0, 99) < 55);
		if (do_alloc) {
			uint64_t sz = UINT64_C(1) << rng_range(&g, 8, 22);
			sz += (uint64_t)rng_range(&g, 0, (int64_t)sz - 1);
			uint64_t align = UINT64_C(1) << rng_range(&g, 0, 16);
			uint32_t h;
			uint64_t o;
			aegis_status st = tlsf_alloc(&t, sz, align, &h, &o);
			if (st != AEGIS_OK) {
				assert_int_equal(st, AEGIS_E_BUDGET);
				fails++;
				continue;
			}
			assert_int_equal(o % (align < TLSF_GRANULE ? TLSF_GRANULE : align), 0);
			uint64_t got = tlsf_block_size(&t, h);
			assert_true(got >= sz && o + got <= size);
			for (uint64_t k = o / TLSF_GRANULE; k < (o + got) / TLSF_GRANULE; k++) {
				assert_int_equal(shadow[k], 0); /* no overlap */
				shadow[k] = 1;
			}
			handle[live] = h, off[live] = o, len[live] = got, live++;
		} else {
			uint32_t k = (uint32_t)rng_range(&g, 0, live - 1);
			for (uint64_t s = off[k] / TLSF_GRANULE; s < (off[k] + len[k]) / TLSF_GRANULE; s++)
				shadow[s] = 0;
			assert_int_equal(tlsf_free(&t, handle[k]), AEGIS_OK);
			live--;
			handle[k] = handle[live], off[k] = off[live], len[k] = len[live];
		}
		if (op % 997 == 0)
			check(&t); /* the full walk is O(blocks): sampled, plus every op below */
	}
	check(&t);
	while (live) {
		live--;
		assert_int_equal(tlsf_free(&t, handle[live]), AEGIS_OK);
	}
	check(&t);
	assert_int_equal(t.in_use, 0);
	assert_int_equal(tlsf_largest_free(&t), size); /* all memory returned, one block */
	assert_true(fails > 0); /* the pool was driven to exhaustion at times */
	free(shadow);
	tlsf_deinit(&t);
}

/* The checker itself catches broken structures (a test that it can fail). */
static void test_checker_detects_corruption(void **state)
{
	(void)state;
	struct tlsf t;
	assert_int_equal(tlsf_init(&t, 16 * MIB, 8), AEGIS_OK);
	uint32_t a, b;
	uint64_t o;
	assert_int_equal(tlsf_alloc(&t, MIB, 0, &a, &o), AEGIS_OK);
	assert_int_equal(tlsf_alloc(&t, MIB, 0, &b, &o), AEGIS_OK);
	const char *why;
	t.b[a].size += TLSF_GRANULE;
	assert_false(tlsf_check(&t, &why));
	t.b[a].size -= TLSF_GRANULE;
	assert_true(tlsf_check(&t, &why));
	t.in_use += 1;
	assert_false(tlsf_check(&t, &why));
	assert_string_equal(why, "in_use does not match");
	tlsf_deinit(&t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_basic),
		cmocka_unit_test(test_descriptor_limit),
		cmocka_unit_test(test_random_million),
		cmocka_unit_test(test_checker_detects_corruption),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
