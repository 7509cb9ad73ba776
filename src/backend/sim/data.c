/* The simulated backends' outputs (data.h). */
#include <string.h>

#include "backend/sim/data.h"

uint64_t sim_data_hash(const struct backend_tensor *t, uint32_t n_in, const uint8_t *in)
{
	uint64_t h = UINT64_C(0xcbf29ce484222325); /* FNV-1a, 64-bit */
	for (uint32_t k = 0; k < n_in; k++) {
		const uint8_t *p = in + t[k].offset;
		for (uint64_t b = 0; b < t[k].d.bytes; b++)
			h = (h ^ p[b]) * UINT64_C(0x100000001b3);
	}
	return h;
}

uint64_t sim_data_word(uint64_t h, uint32_t j, uint64_t i)
{
	uint64_t z = h + ((uint64_t)j << 48) + i + UINT64_C(0x9e3779b97f4a7c15); /* splitmix64 */
	z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
	return z ^ (z >> 31);
}

void sim_data_outputs(const struct backend_tensor *t, uint32_t n_in, uint32_t n_out,
		      const uint8_t *in, uint8_t *out)
{
	uint64_t h = sim_data_hash(t, n_in, in);
	for (uint32_t j = 0; j < n_out; j++) {
		const struct backend_tensor *o = &t[n_in + j];
		uint8_t *p = out + o->offset;
		for (uint64_t i = 0; i * 8 < o->d.bytes; i++) {
			uint64_t w = sim_data_word(h, j, i);
			uint8_t le[8];
			for (int b = 0; b < 8; b++)
				le[b] = (uint8_t)(w >> (8 * b));
			uint64_t n = o->d.bytes - i * 8 < 8 ? o->d.bytes - i * 8 : 8;
			memcpy(p + i * 8, le, n);
		}
	}
}
