/* Test-only hooks of the simulated backend: make a model misbehave, so that the guard
 * mode of the simulated device (memory/guard.h) can be shown to catch it. Private:
 * never used by the library itself, and not part of the public API. */
#ifndef AEGIS_BACKEND_SIM_SIM_BACKEND_H
#define AEGIS_BACKEND_SIM_SIM_BACKEND_H

enum sim_misbehaviour {
	SIM_BEHAVES = 0,
	/* Each job writes 16 bytes just past the end of the lane arena it was given. */
	SIM_WRITE_PAST_TRANSIENT,
	/* Each job leaves a signature at the start of the arena and expects the next job
	 * of the model to find it there; if not, that job fails with AEGIS_E_BACKEND
	 * ("transient state did not survive"). Without the guard there is no arena on
	 * the host, and the signature is kept where a real device would keep it
	 * untouched for a model alone on its lane. */
	SIM_KEEPS_STATE,
};

/* backend_state: a model's state created by the sim backend. */
void sim_backend_set_misbehaviour(void *backend_state, enum sim_misbehaviour m);

#endif
