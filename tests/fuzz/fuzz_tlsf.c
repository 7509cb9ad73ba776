/* libFuzzer target for the TLSF allocator: the input is a program of alloc/free
 * operations; after each one every invariant must hold and live blocks must not
 * overlap. Build: clang -g -O1 -fsanitize=fuzzer,address,undefined -Iinclude -Isrc
 *   tests/fuzz/fuzz_tlsf.c src/memory/tlsf.c -o fuzz_tlsf */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "memory/tlsf.h"

#define POOL (UINT64_C(1) << 24)
#define LIVE 64

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct tlsf t;
	if (tlsf_init(&t, POOL, LIVE) != AEGIS_OK)
		abort();
	uint32_t handle[LIVE];
	uint64_t off[LIVE], len[LIVE];
	uint32_t live = 0;
	for (size_t i = 0; i + 3 < size; i += 4) {
		uint8_t op = data[i];
		uint32_t arg = (uint32_t)data[i + 1] | (uint32_t)data[i + 2] << 8 |
			       (uint32_t)data[i + 3] << 16;
		if ((op & 1) && live) {
			uint32_t k = arg % live;
			if (tlsf_free(&t, handle[k]) != AEGIS_OK)
				abort();
			live--;
			handle[k] = handle[live], off[k] = off[live], len[k] = len[live];
		} else if (live < LIVE) {
			uint64_t sz = (uint64_t)arg * 3 + 1;
			uint64_t align = UINT64_C(1) << (op >> 4);
			uint32_t h;
			uint64_t o;
			aegis_status st = tlsf_alloc(&t, sz, align, &h, &o);
			if (st == AEGIS_OK) {
				uint64_t got = tlsf_block_size(&t, h);
				if (got < sz || o % align || o + got > POOL)
					abort();
				for (uint32_t k = 0; k < live; k++)
					if (o < off[k] + len[k] && off[k] < o + got)
						abort(); /* overlap */
				handle[live] = h, off[live] = o, len[live] = got, live++;
			} else if (st != AEGIS_E_BUDGET && st != AEGIS_E_LIMIT) {
				abort();
			}
		}
		if (!tlsf_check(&t, NULL))
			abort();
	}
	while (live)
		if (tlsf_free(&t, handle[--live]) != AEGIS_OK)
			abort();
	if (!tlsf_check(&t, NULL) || t.in_use != 0 || tlsf_largest_free(&t) != POOL)
		abort();
	tlsf_deinit(&t);
	return 0;
}
