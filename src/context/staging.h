/* A model's staging: the host memory its jobs' data passes through, one slot per place
 * in its queue, each laid out as the model's io region (its tensors at their offsets),
 * and the buffers each request handed over. A submission checks its buffers here and
 * copies its inputs into a slot; the job's copies to and from the device start from
 * the slot; at the job's end its outputs go from the slot to the caller. Slots are
 * taken and given back under the staging's own lock (any thread); a slot's bytes
 * belong to the one job that holds it. Must not decide releases or touch the device's
 * queues: intake.c and the dispatcher do. */
#ifndef AEGIS_CONTEXT_STAGING_H
#define AEGIS_CONTEXT_STAGING_H

#include <stdbool.h>
#include <stdint.h>

#include "aegis/runtime.h"
#include "backend/backend.h"
#include "base/spin.h"
#include "device/device.h"

#define STAGING_NONE UINT32_MAX /* no slot: a job without data */

/* The buffers a request handed over for the job in a slot (copies of the descriptors). */
struct staging_buffers {
	aegis_buffer in[AEGIS_MAX_TENSORS];
	aegis_buffer out[AEGIS_MAX_TENSORS];
};

struct staging {
	const struct backend_tensor *t; /* the backend's: inputs, then outputs */
	uint32_t n_in, n_out;
	bool host_outputs;    /* the backend writes outputs on the host (no copy back) */
	bool device_buffers;  /* the device takes device addresses in buffers */
	uint64_t slot_bytes;  /* the io region's bytes, rounded up to 64 */
	uint32_t n;           /* slots: the queue's depth; 0 for a model without data */
	uint8_t *mem;         /* n * slot_bytes, from the device's host_alloc */
	struct staging_buffers *buf; /* n */
	uint32_t *free_slots; /* a stack of n_free slot numbers */
	uint32_t n_free;
	struct spin lock;     /* guards free_slots and n_free */
	struct device *dev;   /* whose host_free releases mem */
};

/* What is wrong with a request's buffers. */
enum staging_problem {
	STAGING_OK = 0,
	STAGING_NO_TENSORS,  /* buffers for a model without tensors */
	STAGING_COUNT,       /* not one buffer per tensor */
	STAGING_NULL,        /* neither host nor device memory, or both */
	STAGING_SIZE,        /* bytes differ from the tensor's */
	STAGING_DEVICE,      /* a device address on a device without device memory */
	STAGING_OVERLAP,     /* two outputs share bytes */
};
struct staging_why {
	enum staging_problem problem;
	bool output;
	uint32_t index;       /* the tensor */
	char name[AEGIS_TENSOR_NAME_MAX];
	uint64_t want, got;   /* counts (STAGING_COUNT) or bytes (STAGING_SIZE) */
};

/* Makes the staging of a model the backend described (reqs), for a queue of depth
 * jobs, on dev: nothing for a model without tensors. AEGIS_OK, AEGIS_E_NOMEM or
 * AEGIS_E_OVERFLOW. Undone by staging_deinit (also of a failed init). */
aegis_status staging_init(struct staging *s, struct device *dev, const struct backend_reqs *reqs,
			  uint32_t depth);
void staging_deinit(struct staging *s);

/* The host memory the staging holds. */
static inline uint64_t staging_bytes(const struct staging *s)
{
	return (uint64_t)s->n * s->slot_bytes;
}

/* Checks a request's buffers against the model's tensors: true when the job carries
 * data (false: a job without data, or a problem in *why). Any thread; reads only what
 * staging_init set. */
bool staging_check(const struct staging *s, const aegis_request *req, struct staging_why *why);
/* A free slot, or STAGING_NONE when every one is held. Any thread. */
uint32_t staging_take(struct staging *s);
/* Gives a slot back (STAGING_NONE: nothing). Any thread. */
void staging_give(struct staging *s, uint32_t slot);
/* The slot's bytes (laid out as the io region). */
static inline uint8_t *staging_slot(const struct staging *s, uint32_t slot)
{
	return s->mem + (uint64_t)slot * s->slot_bytes;
}
/* The slot holder's: copies the request's host inputs into the slot and keeps its
 * buffers (checked by staging_check). */
void staging_fill(struct staging *s, uint32_t slot, const aegis_request *req);
/* The job in slot ended well: its host outputs go from the slot to the caller's
 * buffers (a device output was copied on the device already). */
void staging_deliver(const struct staging *s, uint32_t slot);

#endif
