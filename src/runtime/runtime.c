/* The runtime's life cycle: create (device, trace ring, dispatcher, memory plan and
 * pool, in that order), run, stop, destroy (the reverse), and the last-error detail.
 * It owns everything it creates. Must not make per-job decisions (src/sched/ does) nor
 * admit models (admission.c does). */
#define _GNU_SOURCE /* pthread_attr_setaffinity_np */
#include <errno.h>
#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aegis/device.h"
#include "aegis/size.h"
#include "aegis/time.h"
#include "runtime/runtime_impl.h"

/* How far a segment may run past its share on the real clock before it is an
 * overrun (aegis_runtime_config.overrun_slack_ns): above the p99 of launch to observed
 * completion measured on the H100/H200 (13-18 us, bench_gpu). */
#define RUNTIME_REAL_CLOCK_SLACK_NS 50000

void runtime_log(const aegis_runtime *rt, aegis_log_level level, const char *fmt, ...)
{
	if (!rt->cfg.log)
		return;
	char msg[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	rt->cfg.log(rt->cfg.log_user, level, msg);
}

static aegis_status config_error(char *detail, size_t len, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static aegis_status config_error(char *detail, size_t len, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(detail, len, fmt, ap);
	va_end(ap);
	return AEGIS_E_CONFIG;
}

/* The layout (lane_sms): none, or a size >= 1 for each lane and 0 past the last;
 * isolated lanes only; inside the device profile's cap when there is one (the CUDA
 * device checks the GPU's own count). */
static aegis_status check_layout(const aegis_runtime_config *cfg, char *detail, size_t len)
{
	uint32_t lanes = cfg->lanes ? cfg->lanes : 1, set = 0;
	uint64_t sum = 0;
	for (uint32_t i = 0; i < AEGIS_MAX_LANES; i++) {
		if (i >= lanes && cfg->lane_sms[i])
			return config_error(detail, len, "lane_sms[%u] = %u but there are %u lanes", i,
					    cfg->lane_sms[i], lanes);
		set += cfg->lane_sms[i] != 0;
		sum += cfg->lane_sms[i];
	}
	if (!set)
		return AEGIS_OK;
	if (set != lanes)
		return config_error(detail, len, "lane sizes: %u of %u lanes have a size (all or "
				    "none)", set, lanes);
	if (cfg->lane_sharing != AEGIS_LANES_ISOLATED)
		return config_error(detail, len, "lane sizes need isolated lanes (shared lanes "
				    "share one partition)");
	const aegis_device_profile *prof = aegis_device_profile_find(cfg->device_profile);
	if (prof && sum > prof->sm_count)
		return config_error(detail, len, "lane sizes add up to %llu SMs; device profile "
				    "'%s' has %u", (unsigned long long)sum, prof->name,
				    prof->sm_count);
	return AEGIS_OK;
}

/* Every enum of the configuration names a known value, and the numbers are in range. */
static aegis_status check_runtime_config(const aegis_runtime_config *cfg, char *detail,
					 size_t len)
{
	if (!policy_get(cfg->policy))
		return config_error(detail, len, "unknown policy %d", (int)cfg->policy);
	if (cfg->preemption != AEGIS_PREEMPT_NONE && cfg->preemption != AEGIS_PREEMPT_POINTS)
		return config_error(detail, len, "unknown preemption mode %d", (int)cfg->preemption);
	if (cfg->priorities != AEGIS_PRIO_EXPLICIT && cfg->priorities != AEGIS_PRIO_RM &&
	    cfg->priorities != AEGIS_PRIO_DM)
		return config_error(detail, len, "unknown priority rule %d", (int)cfg->priorities);
	if (cfg->admission != AEGIS_ADMIT_ANALYSIS && cfg->admission != AEGIS_ADMIT_OFF)
		return config_error(detail, len, "unknown admission mode %d", (int)cfg->admission);
	if (cfg->dispatch_overhead_ns < 0)
		return config_error(detail, len, "dispatch overhead must be >= 0");
	if (cfg->host_stall_ns < 0)
		return config_error(detail, len, "host stall must be >= 0");
	if (cfg->handoff_ns < 0)
		return config_error(detail, len, "hand-off bound must be >= 0");
	if (cfg->host_stall_curve || cfg->n_host_stall_points) {
		char why[160];
		if (aegis_stall_curve_check(cfg->host_stall_curve, cfg->n_host_stall_points, why,
					    sizeof why) != AEGIS_OK)
			return config_error(detail, len, "host stall curve: %s", why);
		if (cfg->host_stall_ns)
			return config_error(detail, len, "a host stall and a host stall curve: give "
					    "one or the other");
	}
	if (cfg->idle_poll_ns < 0)
		return config_error(detail, len, "idle poll must be >= 0");
	const int64_t d[] = {cfg->dispatch_overhead_ns, cfg->host_stall_ns, cfg->handoff_ns,
			     cfg->idle_poll_ns, cfg->overrun_slack_ns};
	for (size_t i = 0; i < sizeof d / sizeof d[0]; i++)
		if (d[i] > AEGIS_DURATION_MAX)
			return config_error(detail, len, "a duration beyond AEGIS_DURATION_MAX (about "
					    "13 days): no setting takes one");
	if (!(cfg->copy_interference == 0 ||
	      (cfg->copy_interference >= 1 && cfg->copy_interference <= 1000)))
		return config_error(detail, len, "copy interference must be a factor 1..1000 (0: "
				    "1)");
	if (cfg->clock != AEGIS_CLOCK_DEFAULT && cfg->clock != AEGIS_CLOCK_VIRTUAL &&
	    cfg->clock != AEGIS_CLOCK_REAL)
		return config_error(detail, len, "unknown clock %d", (int)cfg->clock);
	if (cfg->lanes > AEGIS_MAX_LANES)
		return config_error(detail, len, "%u lanes requested; at most %u", cfg->lanes,
				    AEGIS_MAX_LANES);
	if (check_layout(cfg, detail, len) != AEGIS_OK)
		return AEGIS_E_CONFIG;
	if (cfg->lane_sharing != AEGIS_LANES_ISOLATED && cfg->lane_sharing != AEGIS_LANES_SHARED &&
	    cfg->lane_sharing != AEGIS_LANES_SHARED_PRIORITY)
		return config_error(detail, len, "unknown lane sharing %d", (int)cfg->lane_sharing);
	if (cfg->lane_sharing == AEGIS_LANES_SHARED_PRIORITY &&
	    cfg->admission == AEGIS_ADMIT_ANALYSIS)
		/* stream priorities reorder kernels across lanes: no analysis covers that */
		return config_error(detail, len, "shared lanes with stream priorities (a "
				    "comparison mode) have no schedulability analysis: create the "
				    "runtime with admission off");
	if (cfg->clock == AEGIS_CLOCK_VIRTUAL && cfg->device && strcmp(cfg->device, "sim") != 0)
		return config_error(detail, len, "device '%s' runs on the real clock only (virtual "
				    "time is the simulated device's)", cfg->device);
	if (!device_find(cfg->device))
		return config_error(detail, len, "unknown device '%s' (expected: sim%s)", cfg->device,
				    device_find("cuda") ? " or cuda"
							: "; cuda needs a build with CUDA");
	if (cfg->device_profile && !aegis_device_profile_find(cfg->device_profile)) {
		char names[64];
		aegis_device_profile_names(names, sizeof names);
		return config_error(detail, len, "unknown device profile '%s' (expected: %s)",
				    cfg->device_profile, names);
	}
	return AEGIS_OK;
}

/* Every region the plan hands out or takes back is a trace event. */
static void trace_memory(void *user, bool alloc, int kind, uint32_t model, uint32_t lane,
			 uint64_t offset, uint64_t size)
{
	aegis_runtime *rt = user;
	trace_record_mem(&rt->trace, aegis_runtime_now_ns(rt), alloc, kind,
			 model == UINT32_MAX ? AEGIS_NO_MODEL : model, lane, offset, size);
}

/* The device, from the configuration and the device profile. */
static aegis_status make_device(aegis_runtime *rt, const aegis_device_profile *prof,
				char *detail, size_t len)
{
	const aegis_runtime_config *cfg = &rt->cfg;
	struct device_config dcfg = {
		.lanes = cfg->lanes,
		.lane_sms = cfg->lane_sms[0] ? cfg->lane_sms : NULL,
		.ordinal = cfg->device_ordinal,
		.profile = rt->profile_name,
		.sm_limit = prof ? prof->sm_count : 0,
		.memory_budget_bytes = prof ? prof->memory_budget_bytes : 0,
		.lane_mode = cfg->lane_sharing == AEGIS_LANES_SHARED ? DEVICE_LANES_SHARED
			     : cfg->lane_sharing == AEGIS_LANES_SHARED_PRIORITY
				     ? DEVICE_LANES_SHARED_PRIORITY
				     : DEVICE_LANES_AUTO,
		.shared_slots = cfg->shared_slots,
		.real_clock = cfg->clock == AEGIS_CLOCK_REAL,
		.waker = &rt->waker,
		.copy_bandwidth_bps = cfg->copy_bandwidth_bps,
	};
	return device_find(rt->device_name)->create(&dcfg, &rt->dev, detail, len);
}

/* The memory plan over the budget (the configured one, else the profile's; without
 * either it runs over a practically unlimited range and refuses nothing), guard mode,
 * and the device's pool. Unwinds itself on failure. */
static aegis_status make_memory(aegis_runtime *rt, const aegis_device_profile *prof,
				char *detail, size_t len)
{
	const aegis_runtime_config *cfg = &rt->cfg;
	rt->mem_budget = cfg->memory_budget_bytes ? cfg->memory_budget_bytes
						  : prof ? prof->memory_budget_bytes : 0;
	/* what the process takes outside the pool comes off the budget first */
	uint64_t outside = cfg->outside_pool_bytes, pool = rt->mem_budget;
	if (pool && outside >= pool) {
		char a[32], b[32];
		snprintf(detail, len, "memory budget of %s: %s of device memory outside the pool "
			 "(contexts, libraries, driver: measured in the profile) leave no pool",
			 aegis_size_format(pool, a, sizeof a), aegis_size_format(outside, b, sizeof b));
		return AEGIS_E_CONFIG;
	}
	pool -= pool ? outside : 0;
	aegis_status st = mem_plan_init(&rt->mem, pool ? pool : MEM_UNLIMITED, cfg->lanes,
					AEGIS_MAX_MODELS);
	if (st != AEGIS_OK) {
		snprintf(detail, len, "memory budget of %llu bytes: %s",
			 (unsigned long long)rt->mem_budget, aegis_status_str(st));
		return st;
	}
	if (cfg->memory_guard) {
		st = AEGIS_E_CONFIG;
		if (strcmp(rt->device_name, "sim") != 0 || rt->mem_budget == 0 ||
		    rt->mem_budget > GUARD_MAX_POOL_BYTES) {
			snprintf(detail, len, "memory_guard needs the sim device and a memory budget "
				 "of 1 byte..1GiB (the pool is backed by host memory); got device "
				 "'%s', budget %llu bytes", rt->device_name,
				 (unsigned long long)rt->mem_budget);
			goto fail_guard;
		}
		if ((st = guard_init(&rt->guard, rt->mem.pool.size)) != AEGIS_OK) {
			snprintf(detail, len, "memory_guard: no host memory for %llu bytes",
				 (unsigned long long)rt->mem.pool.size);
			goto fail_guard;
		}
		rt->mem.guard = &rt->guard;
	}
	const struct device_ops *ops = rt->dev->ops;
	if (pool && ops->mem_pool && (st = ops->mem_pool(rt->dev, pool))) {
		snprintf(detail, len, "device memory pool of %llu MiB: %s",
			 (unsigned long long)(pool >> 20),
			 ops->last_error ? ops->last_error(rt->dev) : aegis_status_str(st));
		goto fail_pool;
	}
	rt->mem.on_event = trace_memory;
	rt->mem.event_user = rt;
	return AEGIS_OK;

fail_pool:
	guard_deinit(&rt->guard);
fail_guard:
	mem_plan_deinit(&rt->mem);
	return st;
}

static void run_mailbox(void *rt)
{
	runtime_mailbox_run(rt);
}

/* The dispatcher over the device, the trace ring and the plan. */
static aegis_status make_dispatcher(aegis_runtime *rt)
{
	aegis_device_info di = {0};
	if (rt->dev->ops->info)
		rt->dev->ops->info(rt->dev, &di);
	rt->mem_base = rt->dev->ops->mem_base ? rt->dev->ops->mem_base(rt->dev) : 0;
	rt->overrun_slack_ns = rt->cfg.overrun_slack_ns > 0 ? rt->cfg.overrun_slack_ns
			       : di.real_time		    ? RUNTIME_REAL_CLOCK_SLACK_NS
							    : 0;
	struct dispatcher_config dc = {
		.dev = rt->dev,
		.policy = policy_get(rt->cfg.policy),
		.preemption = rt->cfg.preemption,
		.n_lanes = rt->cfg.lanes,
		.trace = &rt->trace,
		.mem = &rt->mem,
		.mem_base = rt->mem_base,
		.overrun_slack_ns = rt->overrun_slack_ns,
		.intake = &rt->intake,
		.waker = &rt->waker,
		.between = run_mailbox,
		.between_user = rt,
	};
	return dispatcher_init(&rt->d, &dc);
}

/* The trace ring: on the real clock a drain thread feeds the sink, so recording never
 * waits for it; on virtual time the dispatcher drains it itself. */
static aegis_status make_trace(aegis_runtime *rt, char *detail, size_t len)
{
	aegis_device_info di = {0};
	if (rt->dev->ops->info)
		rt->dev->ops->info(rt->dev, &di);
	aegis_status st = trace_buf_init(&rt->trace, rt->cfg.trace, rt->cfg.trace_ring_events,
					 di.real_time);
	if (st != AEGIS_OK)
		snprintf(detail, len, "trace ring of %u events: %s", rt->cfg.trace_ring_events,
			 aegis_status_str(st));
	return st;
}

/* What other threads use to reach the dispatcher (role.c, sched/intake.h). */
static void threads_init(aegis_runtime *rt)
{
	pthread_mutex_init(&rt->role, NULL);
	pthread_mutex_init(&rt->mail_lock, NULL);
	atomic_init(&rt->role_owner, (uintptr_t)0);
	atomic_init(&rt->mail_head, NULL);
	waker_init(&rt->waker, rt->cfg.idle_poll_ns);
	intake_init(&rt->intake, &rt->waker);
}

static void threads_deinit(aegis_runtime *rt)
{
	intake_deinit(&rt->intake);
	pthread_mutex_destroy(&rt->mail_lock);
	pthread_mutex_destroy(&rt->role);
}

aegis_status aegis_runtime_create(const aegis_runtime_config *cfg, aegis_runtime **out,
				  char *detail, size_t detail_len)
{
	char scratch[8];
	if (!detail || detail_len == 0) {
		detail = scratch;
		detail_len = sizeof scratch;
	}
	detail[0] = '\0';
	if (!cfg || !out)
		return AEGIS_E_INVAL;
	*out = NULL;
	aegis_status st = check_runtime_config(cfg, detail, detail_len);
	if (st != AEGIS_OK)
		return st;

	st = AEGIS_E_NOMEM;
	aegis_runtime *rt = calloc(1, sizeof *rt);
	if (!rt)
		goto fail_rt;
	rt->cfg = *cfg;
	rt->cfg.lanes = cfg->lanes ? cfg->lanes : 1;
	if (!rt->cfg.copy_bandwidth_bps)
		rt->cfg.copy_bandwidth_bps = AEGIS_DEFAULT_COPY_BPS;
	if (rt->cfg.copy_interference == 0)
		rt->cfg.copy_interference = 1;
	rt->device_name = strdup(cfg->device ? cfg->device : "sim");
	if (!rt->device_name)
		goto fail_name;
	rt->cfg.device = rt->device_name;
	if (cfg->host_stall_curve)
		memcpy(rt->stall_curve, cfg->host_stall_curve,
		       cfg->n_host_stall_points * sizeof *rt->stall_curve);
	rt->cfg.host_stall_curve = cfg->host_stall_curve ? rt->stall_curve : NULL;
	const aegis_device_profile *prof = aegis_device_profile_find(cfg->device_profile);
	if (prof && !(rt->profile_name = strdup(prof->name)))
		goto fail_profile;
	rt->cfg.device_profile = rt->profile_name;
	threads_init(rt);
	if ((st = make_device(rt, prof, detail, detail_len)) != AEGIS_OK)
		goto fail_dev;
	if ((st = make_trace(rt, detail, detail_len)) != AEGIS_OK)
		goto fail_trace;
	if ((st = make_memory(rt, prof, detail, detail_len)) != AEGIS_OK)
		goto fail_mem;
	if ((st = make_dispatcher(rt)) != AEGIS_OK)
		goto fail_dispatcher;
	*out = rt;
	return AEGIS_OK;

fail_dispatcher:
	mem_plan_deinit(&rt->mem);
	guard_deinit(&rt->guard);
fail_mem:
	trace_buf_deinit(&rt->trace);
fail_trace:
	rt->dev->ops->destroy(rt->dev);
fail_dev:
	threads_deinit(rt);
	free(rt->profile_name);
fail_profile:
	free(rt->device_name);
fail_name:
	free(rt);
fail_rt:
	return st;
}

void aegis_runtime_destroy(aegis_runtime *rt)
{
	if (!rt)
		return;
	aegis_runtime_stop(rt);       /* completes every accepted request, joins the thread */
	trace_buf_deinit(&rt->trace); /* every event reaches the sink */
	dispatcher_deinit(&rt->d);    /* the contexts go */
	if (rt->mem.guard) {
		uint32_t broken = mem_plan_guard_check(&rt->mem);
		if (broken)
			runtime_log(rt, AEGIS_LOG_WARN, "memory guard: %u region(s) with a broken "
				    "canary at destroy", broken);
	}
	mem_plan_deinit(&rt->mem);
	guard_deinit(&rt->guard);
	rt->dev->ops->destroy(rt->dev); /* frees the pool */
	threads_deinit(rt);
	free(rt->profile_name);
	free(rt->device_name);
	free(rt->rank);
	free(rt);
}

aegis_status aegis_runtime_run_for(aegis_runtime *rt, int64_t duration_ns)
{
	if (!rt)
		return AEGIS_E_INVAL;
	runtime_error_clear(rt);
	bool held = runtime_holds_role(rt); /* from a callback: refused below */
	if (!held)
		runtime_role_take(rt);
	aegis_status st = rt->started ? AEGIS_E_STATE : dispatcher_run_for(&rt->d, duration_ns);
	const char *dev_err = rt->dev->ops->last_error ? rt->dev->ops->last_error(rt->dev) : "";
	if (st != AEGIS_OK)
		runtime_error(rt, st, "run_for: %s%s%s", aegis_status_str(st),
			      dev_err[0] ? ": " : "", rt->started ? "the runtime runs its own thread"
								  : dev_err);
	if (!held)
		runtime_role_give(rt);
	return st;
}

/* The runtime's own thread: holds the role and runs the dispatcher until stopped. */
static void *dispatcher_thread(void *arg)
{
	aegis_runtime *rt = arg;
	runtime_role_take(rt);
	(void)dispatcher_run(&rt->d);
	runtime_role_give(rt);
	return NULL;
}

/* The CPUs the dispatcher's thread may run on (aegis_runtime_config.dispatcher_cpus). */
static aegis_status pin(aegis_runtime *rt, pthread_attr_t *attr)
{
	uint64_t mask = rt->cfg.dispatcher_cpus;
	if (!mask)
		return AEGIS_OK;
	cpu_set_t set;
	CPU_ZERO(&set);
	for (int cpu = 0; cpu < 64; cpu++)
		if (mask >> cpu & 1)
			CPU_SET(cpu, &set);
	if (pthread_attr_setaffinity_np(attr, sizeof set, &set) != 0)
		return runtime_error(rt, AEGIS_E_CONFIG, "start: cannot pin the dispatcher to "
				     "CPUs 0x%llx", (unsigned long long)mask);
	return AEGIS_OK;
}

static aegis_status start(aegis_runtime *rt, void *arg)
{
	(void)arg;
	aegis_device_info di = {0};
	if (rt->dev->ops->info)
		rt->dev->ops->info(rt->dev, &di);
	if (rt->started || !dispatcher_running(&rt->d))
		return runtime_error(rt, AEGIS_E_STATE, "start: the runtime %s",
				     rt->started ? "runs its own thread already" : "is stopped");
	if (!di.real_time)
		return runtime_error(rt, AEGIS_E_UNSUPPORTED, "start: the runtime's own thread "
				     "needs a real clock (virtual time would run ahead of it): "
				     "create it with clock = AEGIS_CLOCK_REAL");
	pthread_attr_t attr;
	if (pthread_attr_init(&attr) != 0)
		return runtime_error(rt, AEGIS_E_NOMEM, "start: no thread attributes");
	aegis_status st = pin(rt, &attr);
	int err = st == AEGIS_OK ? pthread_create(&rt->thread, &attr, dispatcher_thread, rt) : 0;
	pthread_attr_destroy(&attr);
	if (st != AEGIS_OK)
		return st;
	if (err == EINVAL && rt->cfg.dispatcher_cpus)
		return runtime_error(rt, AEGIS_E_CONFIG, "start: dispatcher_cpus 0x%llx names no "
				     "CPU this process may run on",
				     (unsigned long long)rt->cfg.dispatcher_cpus);
	if (err != 0)
		return runtime_error(rt, AEGIS_E_NOMEM, "start: no thread (%s)", strerror(err));
	rt->started = true;
	return AEGIS_OK;
}

aegis_status aegis_runtime_start(aegis_runtime *rt)
{
	if (!rt)
		return AEGIS_E_INVAL;
	runtime_error_clear(rt);
	return runtime_call(rt, start, NULL);
}

static aegis_status stop(aegis_runtime *rt, void *arg)
{
	(void)arg;
	dispatcher_stop(&rt->d);
	return AEGIS_OK;
}

aegis_status aegis_runtime_stop(aegis_runtime *rt)
{
	if (!rt)
		return AEGIS_E_INVAL;
	if (runtime_holds_role(rt)) { /* a callback, or the thread inside run_for */
		dispatcher_stop(&rt->d);
		return AEGIS_OK;
	}
	intake_stop(&rt->intake); /* from now on every submission is refused */
	runtime_call(rt, stop, NULL);
	runtime_role_take(rt); /* the runtime's thread, if any, has left it */
	bool join = rt->started && !rt->joined;
	rt->joined |= join;
	runtime_role_give(rt);
	if (join)
		pthread_join(rt->thread, NULL);
	return AEGIS_OK;
}

int64_t aegis_runtime_now_ns(const aegis_runtime *rt)
{
	return rt ? device_now(rt->dev) : 0;
}

const char *aegis_runtime_last_error(const aegis_runtime *rt)
{
	return rt ? runtime_error_text(rt) : "";
}

aegis_status aegis_runtime_fatal(const aegis_runtime *rt)
{
	return rt ? intake_fatal((struct intake *)&rt->intake) : AEGIS_E_INVAL;
}
