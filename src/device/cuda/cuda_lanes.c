/* Lanes of the CUDA device: SM partitions (green contexts) at the device's granularity
 * (equal shares, or the sizes of a layout)
 * inside the profile's SM cap, the whole GPU for one lane, or prioritised plain streams
 * marked not isolated where partitions are missing. Must not launch work. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "device/cuda/cuda_device.h"

/* An event of the current context; CU_EVENT_DEFAULT records time (ran() times the
 * lane's work with it), CU_EVENT_DISABLE_TIMING only marks completion. */
static aegis_status lane_event(struct cuda_device *c, CUevent *ev, unsigned flags)
{
	aegis_status st = CUDA_CHECK(&c->err, c->api.cuEventCreate(ev, flags));
	if (st == AEGIS_OK)
		cuda_count(c, +1);
	else
		*ev = NULL;
	return st;
}

/* In the lane's context: its completion events, plain and timed, and its begin event
 * (events and streams of one record must share a context) and the kernels' functions there (loaded now, not at
 * first use). */
static aegis_status lane_setup(struct cuda_device *c, struct cuda_lane *l)
{
	CUcontext popped;
	aegis_status st = CUDA_CHECK(&c->err, c->api.cuCtxPushCurrent(l->ctx));
	if (st != AEGIS_OK)
		return st;
	st = lane_event(c, &l->done, CU_EVENT_DISABLE_TIMING);
	if (st == AEGIS_OK)
		st = lane_event(c, &l->done_timed, CU_EVENT_DEFAULT);
	if (st == AEGIS_OK)
		st = lane_event(c, &l->begin, CU_EVENT_DEFAULT);
	if (st == AEGIS_OK)
		st = CUDA_CHECK(&c->err, c->api.cuKernelGetFunction(&l->spin_fn, c->spin));
	if (st == AEGIS_OK)
		st = CUDA_CHECK(&c->err, c->api.cuKernelGetFunction(&l->copy_fn, c->stream_copy));
	(void)CUDA_CHECK(&c->err, c->api.cuCtxPopCurrent(&popped));
	return st;
}

/* A plain stream in the primary context. */
static aegis_status lane_stream(struct cuda_device *c, struct cuda_lane *l, int prio)
{
	CUcontext popped;
	l->ctx = c->primary;
	aegis_status st = CUDA_CHECK(&c->err, c->api.cuCtxPushCurrent(l->ctx));
	if (st != AEGIS_OK)
		return st;
	st = CUDA_CHECK(&c->err,
			c->api.cuStreamCreateWithPriority(&l->stream, CU_STREAM_NON_BLOCKING, prio));
	if (st == AEGIS_OK)
		cuda_count(c, +1);
	else
		l->stream = NULL;
	(void)CUDA_CHECK(&c->err, c->api.cuCtxPopCurrent(&popped));
	l->info.stream_priority = prio;
	return st;
}

/* A green context on one SM group, and its stream (at priority prio). A resource
 * descriptor has no release call in the driver API: the green context keeps what it
 * needs. */
static aegis_status lane_green(struct cuda_device *c, struct cuda_lane *l, CUdevResource *grp,
			       uint32_t n_grp, int prio)
{
	const struct cu_api *a = &c->api;
	CUdevResourceDesc desc;
	aegis_status st;
	uint32_t sms = 0;
	for (uint32_t j = 0; j < n_grp; j++)
		sms += grp[j].sm.smCount;
	if ((st = CUDA_CHECK(&c->err, a->cuDevResourceGenerateDesc(&desc, grp, n_grp))))
		return st;
	if ((st = CUDA_CHECK(&c->err, a->cuGreenCtxCreate(&l->green, desc, c->cudev,
							   CU_GREEN_CTX_DEFAULT_STREAM)))) {
		l->green = NULL;
		return st;
	}
	cuda_count(c, +1);
	if ((st = CUDA_CHECK(&c->err, a->cuCtxFromGreenCtx(&l->ctx, l->green))))
		return st;
	if ((st = CUDA_CHECK(&c->err, a->cuGreenCtxStreamCreate(&l->stream, l->green,
								 CU_STREAM_NON_BLOCKING, prio)))) {
		l->stream = NULL;
		return st;
	}
	cuda_count(c, +1);
	l->info.sm_count = sms;
	l->info.isolated = true;
	l->info.stream_priority = prio;
	l->grid = sms;
	return AEGIS_OK;
}

/* Shared lanes: one more stream in the green context of `owner` (lane 0), which
 * keeps owning the context; this lane owns only its stream. */
static aegis_status lane_shared(struct cuda_device *c, struct cuda_lane *l,
				const struct cuda_lane *owner, int prio)
{
	l->ctx = owner->ctx;
	aegis_status st = CUDA_CHECK(&c->err, c->api.cuGreenCtxStreamCreate(
						      &l->stream, owner->green,
						      CU_STREAM_NON_BLOCKING, prio));
	if (st != AEGIS_OK) {
		l->stream = NULL;
		return st;
	}
	cuda_count(c, +1);
	l->info.sm_count = owner->info.sm_count;
	l->info.stream_priority = prio;
	l->grid = owner->grid;
	return AEGIS_OK;
}

/* The stream priority of lane i of k: all equal, or lane 0 the greatest, each next
 * lane one less, down to the least (the lowest lane index is the most urgent, as in
 * the dispatcher). */
static int lane_priority(const struct cuda_device *c, uint32_t i, uint32_t k, bool ranked)
{
	if (!ranked || k == 1)
		return 0;
	int prio = c->info.stream_priority_greatest + (int)i;
	return prio > c->info.stream_priority_least ? c->info.stream_priority_least : prio;
}

/* The device's SMs as one resource to split, with its co-scheduling granularity (*g,
 * at least 1) and smallest partition (*min). */
static aegis_status device_sms(struct cuda_device *c, CUdevResource *all, uint32_t *g,
			       uint32_t *min, char *detail, size_t detail_len)
{
	memset(all, 0, sizeof *all);
	aegis_status st = CUDA_CHECK(&c->err, c->api.cuDeviceGetDevResource(c->cudev, all,
									  CU_DEV_RESOURCE_TYPE_SM));
	if (st != AEGIS_OK) {
		snprintf(detail, detail_len, "%s", c->err.text);
		return st;
	}
	*g = all->sm.smCoscheduledAlignment ? all->sm.smCoscheduledAlignment : 1;
	*min = all->sm.minSmPartitionSize;
	return AEGIS_OK;
}

/* Splits `sms` SMs of the device into k groups: multiples of the device's
 * granularity when they fit, else fine-grained (co-scheduling ignored) so that a
 * small profile still gets k lanes. */
static aegis_status split(struct cuda_device *c, uint32_t k, uint32_t sms, CUdevResource *groups,
			  char *detail, size_t detail_len)
{
	CUdevResource all;
	uint32_t g, min;
	aegis_status st = device_sms(c, &all, &g, &min, detail, detail_len);
	if (st != AEGIS_OK)
		return st;
	uint32_t per = sms / k / g * g;
	unsigned flags = 0;
	if (per == 0 || per < min) {
		flags = CU_DEV_SM_RESOURCE_SPLIT_IGNORE_SM_COSCHEDULING;
		per = sms / k;
		c->info.fine_partitions = true;
	}
	unsigned nb = k;
	if (per == 0)
		st = AEGIS_E_CONFIG;
	else
		st = CUDA_CHECK(&c->err, c->api.cuDevSmResourceSplitByCount(groups, &nb, &all, NULL,
									     flags, per));
	uint32_t sum = 0;
	for (uint32_t i = 0; st == AEGIS_OK && i < nb; i++)
		sum += groups[i].sm.smCount;
	if (st != AEGIS_OK || nb < k || sum > sms) {
		snprintf(detail, detail_len,
			 "cannot make %u lanes of %u SMs out of %u (SM granularity %u, minimum "
			 "partition %u%s)%s%s", k, per, sms, g, min,
			 flags ? ", also tried ignoring co-scheduling" : "",
			 st != AEGIS_OK && per ? ": " : "", st != AEGIS_OK && per ? c->err.text : "");
		return st == AEGIS_E_DEVICE_LOST ? st : AEGIS_E_CONFIG;
	}
	return AEGIS_OK;
}

static uint32_t gcd32(uint32_t a, uint32_t b)
{
	while (b) {
		uint32_t r = a % b;
		a = b;
		b = r;
	}
	return a;
}

/* Splits the device's SMs for a layout of sizes (cfg->lane_sms): one
 * cuDevSmResourceSplitByCount into units of u = gcd(sizes) SMs, then lane i takes
 * sizes[i] / u consecutive units (cuDevResourceGenerateDesc combines groups of one split
 * into one descriptor; the output of a split cannot be split again, nor its
 * remainder, without a green context). Units that are multiples of the device's
 * granularity and at least its minimum partition are co-scheduled; otherwise the
 * split is fine-grained (co-scheduling ignored), as split() does for a small profile.
 * *units gets the groups (the caller frees it), first[i] lane i's first unit
 * (first[k] = the units used). A unit the driver makes of another size is refused. */
static aegis_status split_layout(struct cuda_device *c, uint32_t k, const uint32_t *sizes,
				 uint32_t sms, CUdevResource **units, uint32_t *first,
				 char *detail, size_t detail_len)
{
	CUdevResource all;
	uint32_t g, min;
	aegis_status st = device_sms(c, &all, &g, &min, detail, detail_len);
	if (st != AEGIS_OK)
		return st;
	uint64_t sum = 0;
	uint32_t u = 0;
	for (uint32_t i = 0; i < k; i++) {
		sum += sizes[i];
		u = gcd32(u, sizes[i]);
	}
	if (sum > sms || u == 0) {
		snprintf(detail, detail_len, "lane sizes add up to %llu SMs; the lanes may use %u",
			 (unsigned long long)sum, sms);
		return AEGIS_E_CONFIG;
	}
	unsigned flags = u % g || u < min ? CU_DEV_SM_RESOURCE_SPLIT_IGNORE_SM_COSCHEDULING : 0;
	c->info.fine_partitions = flags != 0;
	uint32_t n = (uint32_t)(sum / u);
	first[0] = 0;
	for (uint32_t i = 0; i < k; i++)
		first[i + 1] = first[i] + sizes[i] / u;
	if (!(*units = calloc(n, sizeof **units)))
		return AEGIS_E_NOMEM;
	unsigned nb = n;
	st = CUDA_CHECK(&c->err, c->api.cuDevSmResourceSplitByCount(*units, &nb, &all, NULL, flags,
								     u));
	bool sized = st == AEGIS_OK && nb == n;
	for (uint32_t j = 0; sized && j < n; j++)
		sized = (*units)[j].sm.smCount == u;
	if (!sized) {
		snprintf(detail, detail_len,
			 "cannot make lanes of %u SMs out of %u units of %u SMs (the sizes' greatest "
			 "common divisor; SM granularity %u, minimum partition %u%s)%s%s",
			 (unsigned)sum, n, u, g, min, flags ? ", co-scheduling ignored" : "",
			 st != AEGIS_OK ? ": " : ": the driver made other units",
			 st != AEGIS_OK ? c->err.text : "");
		return st == AEGIS_E_DEVICE_LOST ? st : AEGIS_E_CONFIG;
	}
	return AEGIS_OK;
}

aegis_status cuda_lanes_create(struct cuda_device *c, const struct device_config *cfg,
			       char *detail, size_t detail_len)
{
	uint32_t k = cfg->lanes, dev_sms = c->info.sm_count;
	uint32_t sms = cfg->sm_limit && cfg->sm_limit < dev_sms ? cfg->sm_limit : dev_sms;
	bool capped = sms < dev_sms;
	bool shared = cfg->lane_mode == DEVICE_LANES_SHARED ||
		      cfg->lane_mode == DEVICE_LANES_SHARED_PRIORITY;
	bool ranked = cfg->lane_mode != DEVICE_LANES_SHARED;
	/* shared lanes: one partition of the cap for all of them (a green context when
	 * the SMs are capped), else plain streams in the primary context */
	bool green = (cfg->lane_mode == DEVICE_LANES_AUTO || shared) && c->info.green_contexts &&
		     (shared ? capped : (k > 1 || capped || cfg->lane_sms));
	aegis_status st = AEGIS_E_NOMEM;
	CUdevResource *groups = NULL;
	uint32_t *first = NULL; /* lane i: groups [first[i], first[i + 1]) */
	c->info.sm_limit = sms;
	c->info.sm_limit_enforced = green || !capped;
	if (cfg->lane_sms && !shared && !green) {
		st = AEGIS_E_UNSUPPORTED;
		snprintf(detail, detail_len, "lanes of given sizes need SM partitions (green "
			 "contexts), which this device or driver lacks");
		return st;
	}
	c->lane = calloc(k, sizeof *c->lane);
	if (!c->lane)
		goto fail;
	c->base.lanes = k;
	for (uint32_t i = 0; i < k; i++) {
		c->lane[i].stamps = c->ring + (size_t)i * CUDA_STAMP_SLOTS * 2;
		c->lane[i].stamps_dev = c->ring_dev + (size_t)i * CUDA_STAMP_SLOTS * 2;
	}
	uint32_t groups_n = shared ? 1 : k;
	first = calloc(k + 1, sizeof *first);
	if (!first)
		goto fail;
	for (uint32_t i = 0; i <= k; i++)
		first[i] = i;
	if (green) {
		if (cfg->lane_sms && !shared) {
			st = split_layout(c, k, cfg->lane_sms, sms, &groups, first, detail,
					  detail_len);
		} else if (!(groups = calloc(groups_n, sizeof *groups))) {
			st = AEGIS_E_NOMEM;
		} else {
			st = split(c, groups_n, sms, groups, detail, detail_len);
		}
		if (st != AEGIS_OK)
			goto fail;
	}
	for (uint32_t i = 0; i < k; i++) {
		struct cuda_lane *l = &c->lane[i];
		int prio = lane_priority(c, i, k, ranked);
		if (green && shared && i > 0) {
			st = lane_shared(c, l, &c->lane[0], prio);
		} else if (green) {
			st = lane_green(c, l, &groups[first[i]], first[i + 1] - first[i],
					shared ? prio : 0);
			l->info.isolated = !shared || k == 1;
		} else {
			st = lane_stream(c, l, prio);
			l->info.isolated = k == 1 && !capped;
			l->info.sm_count = k == 1 && !capped ? dev_sms : 0;
			l->grid = shared ? sms : sms / k ? sms / k : 1;
		}
		if (st == AEGIS_OK)
			st = lane_setup(c, l);
		if (st != AEGIS_OK) {
			snprintf(detail, detail_len, "lane %u: %s", i, c->err.text);
			goto fail;
		}
	}
	free(groups);
	free(first);
	return AEGIS_OK;

fail:
	free(groups);
	free(first);
	cuda_lanes_destroy(c); /* releases whatever part of the lanes was made */
	return st;
}

/* Releases the lane's library slots (cuda_device_lane_lib), last filled first, in the
 * lane's context; its stream is drained. */
static void lane_libs_release(struct cuda_device *c, uint32_t lane)
{
	struct cuda_lane *l = &c->lane[lane];
	CUcontext popped;
	bool pushed = l->ctx && CUDA_CHECK(&c->err, c->api.cuCtxPushCurrent(l->ctx)) == AEGIS_OK;
	for (uint32_t k = CUDA_LANE_LIBS; k-- > 0;) {
		struct cuda_lane_lib *s = &l->libs[k];
		if (!s->ops)
			continue;
		s->ops->destroy(&c->base, lane, s->state);
		s->ops = NULL;
		s->state = NULL;
		cuda_count(c, -1);
	}
	if (pushed)
		(void)CUDA_CHECK(&c->err, c->api.cuCtxPopCurrent(&popped));
}

/* Drains each lane (work in flight finishes), then releases its handles, lanes in
 * reverse order of creation (shared lanes' streams go before lane 0's green context),
 * each lane's library slots before its events, stream and context. */
void cuda_lanes_destroy(struct cuda_device *c)
{
	const struct cu_api *a = &c->api;
	for (uint32_t n = c->lane ? c->base.lanes : 0; n-- > 0;) {
		struct cuda_lane *l = &c->lane[n];
		if (l->stream)
			(void)CUDA_CHECK(&c->err, a->cuStreamSynchronize(l->stream));
		lane_libs_release(c, n);
		CUevent *ev[] = {&l->begin, &l->done_timed, &l->done};
		for (size_t e = 0; e < sizeof ev / sizeof ev[0]; e++)
			if (*ev[e]) {
				(void)CUDA_CHECK(&c->err, a->cuEventDestroy(*ev[e]));
				cuda_count(c, -1);
			}
		if (l->stream) {
			(void)CUDA_CHECK(&c->err, a->cuStreamDestroy(l->stream));
			cuda_count(c, -1);
		}
		if (l->green) {
			(void)CUDA_CHECK(&c->err, a->cuGreenCtxDestroy(l->green));
			cuda_count(c, -1);
		}
	}
	free(c->lane);
	c->lane = NULL;
	c->base.lanes = 0;
}
