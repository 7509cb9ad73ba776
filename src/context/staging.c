/* A model's staging (staging.h). */
#include <stdlib.h>
#include <string.h>

#include "context/staging.h"

#define SLOT_ALIGN 64u

aegis_status staging_init(struct staging *s, struct device *dev, const struct backend_reqs *reqs,
			  uint32_t depth)
{
	*s = (struct staging){.dev = dev};
	spin_init(&s->lock);
	if (!reqs->tensors || reqs->n_inputs + reqs->n_outputs == 0)
		return AEGIS_OK;
	s->t = reqs->tensors;
	s->n_in = reqs->n_inputs;
	s->n_out = reqs->n_outputs;
	s->host_outputs = reqs->host_outputs;
	s->device_buffers = dev->ops->mem_base != NULL;
	s->slot_bytes = (reqs->io_bytes + SLOT_ALIGN - 1) / SLOT_ALIGN * SLOT_ALIGN;
	uint64_t bytes;
	if (__builtin_mul_overflow(s->slot_bytes, (uint64_t)depth, &bytes))
		return AEGIS_E_OVERFLOW;
	s->buf = calloc(depth, sizeof *s->buf);
	s->free_slots = malloc(depth * sizeof *s->free_slots);
	if (!s->buf || !s->free_slots)
		return AEGIS_E_NOMEM;
	void *mem = NULL;
	aegis_status st = AEGIS_OK;
	if (dev->ops->host_alloc)
		st = dev->ops->host_alloc(dev, bytes ? bytes : 1, &mem);
	else if (!(mem = calloc(1, bytes ? bytes : 1)))
		st = AEGIS_E_NOMEM;
	if (st != AEGIS_OK)
		return st;
	s->mem = mem;
	s->n = depth;
	for (uint32_t i = 0; i < depth; i++)
		s->free_slots[i] = depth - 1 - i; /* slot 0 on top */
	s->n_free = depth;
	return AEGIS_OK;
}

void staging_deinit(struct staging *s)
{
	if (s->mem) {
		if (s->dev->ops->host_free)
			s->dev->ops->host_free(s->dev, s->mem);
		else
			free(s->mem);
	}
	free(s->buf);
	free(s->free_slots);
	s->mem = NULL;
	s->buf = NULL;
	s->free_slots = NULL;
	s->n = 0;
}

static bool problem(struct staging_why *why, enum staging_problem p, bool output,
		    uint32_t index, const struct backend_tensor *t, uint64_t want, uint64_t got)
{
	*why = (struct staging_why){.problem = p, .output = output, .index = index,
				    .want = want, .got = got};
	if (t)
		memcpy(why->name, t->d.name, sizeof why->name);
	return false;
}

/* Two host byte ranges share a byte. */
static bool overlap(const aegis_buffer *a, const aegis_buffer *b)
{
	uintptr_t a0 = (uintptr_t)a->host, b0 = (uintptr_t)b->host;
	return a->host && b->host && a0 < b0 + b->bytes && b0 < a0 + a->bytes;
}

/* One buffer for tensor t: host or device (where the device has device memory). */
static bool check_one(const struct staging *s, const aegis_buffer *b, bool output, uint32_t i,
		      const struct backend_tensor *t, struct staging_why *why)
{
	if (!b->host == !b->device)
		return problem(why, STAGING_NULL, output, i, t, 0, 0);
	/* a backend that writes its outputs on the host has none on the device */
	if (b->device && (!s->device_buffers || (output && s->host_outputs)))
		return problem(why, STAGING_DEVICE, output, i, t, 0, 0);
	if (b->bytes != t->d.bytes)
		return problem(why, STAGING_SIZE, output, i, t, t->d.bytes, b->bytes);
	return true;
}

bool staging_check(const struct staging *s, const aegis_request *req, struct staging_why *why)
{
	*why = (struct staging_why){0};
	if (req->n_inputs == 0 && req->n_outputs == 0)
		return false; /* a job without data */
	if (s->n == 0)
		return problem(why, STAGING_NO_TENSORS, false, 0, NULL, 0,
			       (uint64_t)req->n_inputs + req->n_outputs);
	if (req->n_inputs != s->n_in || (s->n_in && !req->inputs))
		return problem(why, STAGING_COUNT, false, 0, NULL, s->n_in, req->n_inputs);
	if (req->n_outputs != s->n_out || (s->n_out && !req->outputs))
		return problem(why, STAGING_COUNT, true, 0, NULL, s->n_out, req->n_outputs);
	for (uint32_t i = 0; i < s->n_in; i++)
		if (!check_one(s, &req->inputs[i], false, i, &s->t[i], why))
			return false;
	for (uint32_t i = 0; i < s->n_out; i++) {
		if (!check_one(s, &req->outputs[i], true, i, &s->t[s->n_in + i], why))
			return false;
		for (uint32_t k = 0; k < i; k++)
			if (overlap(&req->outputs[i], &req->outputs[k]))
				return problem(why, STAGING_OVERLAP, true, i,
					       &s->t[s->n_in + i], k, i);
	}
	return true;
}

uint32_t staging_take(struct staging *s)
{
	uint32_t slot = STAGING_NONE;
	spin_lock(&s->lock);
	if (s->n_free)
		slot = s->free_slots[--s->n_free];
	spin_unlock(&s->lock);
	return slot;
}

void staging_give(struct staging *s, uint32_t slot)
{
	if (slot == STAGING_NONE)
		return;
	s->buf[slot] = (struct staging_buffers){0}; /* a later periodic job delivers nothing */
	spin_lock(&s->lock);
	s->free_slots[s->n_free++] = slot;
	spin_unlock(&s->lock);
}

void staging_fill(struct staging *s, uint32_t slot, const aegis_request *req)
{
	uint8_t *p = staging_slot(s, slot);
	struct staging_buffers *b = &s->buf[slot];
	for (uint32_t i = 0; i < s->n_in; i++) {
		b->in[i] = req->inputs[i];
		if (req->inputs[i].host)
			memcpy(p + s->t[i].offset, req->inputs[i].host, s->t[i].d.bytes);
	}
	for (uint32_t i = 0; i < s->n_out; i++)
		b->out[i] = req->outputs[i];
}

void staging_deliver(const struct staging *s, uint32_t slot)
{
	const uint8_t *p = staging_slot(s, slot);
	const struct staging_buffers *b = &s->buf[slot];
	for (uint32_t i = 0; i < s->n_out; i++) {
		const struct backend_tensor *t = &s->t[s->n_in + i];
		if (b->out[i].host)
			memcpy(b->out[i].host, p + t->offset, t->d.bytes);
	}
}
