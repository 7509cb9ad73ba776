/* The data of the simulated backends (sim, synthetic): a job's outputs are a documented
 * deterministic function of its inputs alone, so that a test can tell whose inputs an
 * output came from. Must not depend on the device, the lane or the time. */
#ifndef AEGIS_BACKEND_SIM_DATA_H
#define AEGIS_BACKEND_SIM_DATA_H

#include <stdint.h>

#include "backend/backend.h"

/*
 * With t the model's tensors (n_in inputs, then n_out outputs) at their offsets in the
 * staging slot:
 *   h = FNV-1a (64-bit) over every input's bytes, inputs in order;
 *   output j, 8-byte word i = splitmix64(h + (j << 48) + i), little-endian, the last
 *   word cut at the tensor's end.
 * in holds the inputs, out receives the outputs (the same slot, or two of one layout).
 */
void sim_data_outputs(const struct backend_tensor *t, uint32_t n_in, uint32_t n_out,
		      const uint8_t *in, uint8_t *out);
/* The hash h of the inputs, as above. */
uint64_t sim_data_hash(const struct backend_tensor *t, uint32_t n_in, const uint8_t *in);
/* Word i of output j for inputs of hash h. */
uint64_t sim_data_word(uint64_t h, uint32_t j, uint64_t i);

#endif
