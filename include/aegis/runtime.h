/* The runtime: a device, its lanes, a scheduling policy, and the models admitted to it.
 * Contract for callers. Must not expose device, backend or CUDA handles.
 *
 * Threading. One thread at a time runs the runtime's dispatcher: the runtime's own
 * thread after aegis_runtime_start(), or else the caller of aegis_runtime_run_for()
 * while that call lasts. Completion callbacks run on that thread, between scheduling
 * decisions: they must be short, and may call aegis_request_submit(),
 * aegis_runtime_stop() and the read-only queries on the same runtime (an admission or
 * eviction from a callback is refused with AEGIS_E_STATE).
 *
 * Every function below may be called from any thread, concurrently, unless its comment
 * says otherwise (create and destroy: not concurrently with any other call on the same
 * runtime). aegis_request_submit() never waits for the dispatcher: it decides at the
 * caller's instant under a per-model critical section and hands an accepted request
 * over through a bounded inbox (docs/ARCHITECTURE.md, "Threads"). The other calls that
 * read or change the runtime's state (admit, evict, recover, the statistics) run on
 * the dispatcher's thread: from another thread they wait until the dispatcher takes
 * them between two events (in virtual time, until the current aegis_runtime_run_for
 * returns at the latest), or run at once when no thread runs the dispatcher. The
 * last-error detail is kept per calling thread (aegis_runtime_last_error).
 */
#ifndef AEGIS_RUNTIME_H
#define AEGIS_RUNTIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "aegis/analysis.h"
#include "aegis/export.h"
#include "aegis/fault.h"
#include "aegis/status.h"
#include "aegis/tensor.h"
#include "aegis/trace.h"

#ifdef __cplusplus
extern "C" {
#endif

#define AEGIS_MAX_LANES 64u
#define AEGIS_MAX_MODELS 4096u
#define AEGIS_MAX_SEGMENTS 256u
#define AEGIS_MAX_QUEUE_DEPTH 65536u
#define AEGIS_MAX_LANE_TIMES 1024u /* aegis_model_config.n_lane_times */
#define AEGIS_LANE_AUTO (-1)
#define AEGIS_DEFAULT_QUEUE_DEPTH 2u
#define AEGIS_DEFAULT_COPY_BPS 12000000000ull /* a PCIe 4.0 x16 link, in practice */

typedef struct aegis_runtime aegis_runtime;
typedef uint32_t aegis_model_id;

/* Which job a free lane takes next. Lower key runs first; ties break by release
 * time, then by model admission order, then by job sequence (docs/ARCHITECTURE.md). */
typedef enum aegis_policy {
	AEGIS_POLICY_FP = 0, /* fixed priority: key = the model's priority */
	AEGIS_POLICY_EDF,    /* earliest deadline first: key = absolute deadline */
	AEGIS_POLICY_FIFO,   /* first in, first out: key = release time (naive baseline) */
} aegis_policy;

/* May a running job be displaced at a segment boundary? */
typedef enum aegis_preemption {
	AEGIS_PREEMPT_NONE = 0, /* a job holds its lane until it completes */
	AEGIS_PREEMPT_POINTS,   /* at each segment boundary a strictly better job may take over */
} aegis_preemption;

/* Where fixed priorities come from under AEGIS_POLICY_FP. */
typedef enum aegis_priority_rule {
	AEGIS_PRIO_EXPLICIT = 0, /* aegis_model_config.priority: 0 is the highest */
	AEGIS_PRIO_RM,           /* rate-monotonic: shorter period, higher priority */
	AEGIS_PRIO_DM,           /* deadline-monotonic: shorter relative deadline first */
} aegis_priority_rule;

/* Does aegis_model_admit prove schedulability first? */
typedef enum aegis_admission {
	AEGIS_ADMIT_ANALYSIS = 0, /* the lane's analysis must pass with the model added */
	AEGIS_ADMIT_OFF,          /* no analysis: for experiments and naive baselines */
} aegis_admission;

/* How lanes share the device. ISOLATED: each lane's jobs run alone on its SMs, as
 * admission assumes of any WCET. SHARED: admission too, but only with WCETs measured
 * under that sharing (aegis_lane_time.shared equal to the lanes: each lane still runs
 * one job at a time, and its jobs' times were measured with every other lane busy;
 * docs/ANALYSIS.md, "Shared lanes"); with admission off, a comparison set-up
 * (bench/scenario) whose jobs have no time budget. SHARED_PRIORITY reproduces a
 * set-up for comparisons only: admission off. */
typedef enum aegis_lane_sharing {
	AEGIS_LANES_ISOLATED = 0,    /* each lane its own SM partition (1 lane: all the SMs) */
	AEGIS_LANES_SHARED,          /* every lane a stream over one shared partition of the
					SMs (the SM cap), equal priorities */
	AEGIS_LANES_SHARED_PRIORITY, /* the same, lane i at the i-th greatest stream priority
					(clamped to the device's range) */
} aegis_lane_sharing;

/* Which clock the simulated device runs on (aegis_runtime_config.clock). */
typedef enum aegis_clock {
	AEGIS_CLOCK_DEFAULT = 0, /* the device's own: virtual for sim, real for cuda */
	AEGIS_CLOCK_VIRTUAL,     /* sim only: time moves only when the dispatcher moves it */
	AEGIS_CLOCK_REAL,        /* the monotonic clock */
} aegis_clock;

/* How much a library message matters (aegis_runtime_config.log). */
typedef enum aegis_log_level {
	AEGIS_LOG_WARN = 0, /* something the application should know: a broken canary at
			       destroy (memory guard mode) */
	AEGIS_LOG_INFO,
} aegis_log_level;

/* Receives the library's messages; the library never prints. Called on the thread of
 * the call that has something to say; must not call back into the runtime. */
typedef void (*aegis_log_fn)(void *user, aegis_log_level level, const char *msg);

typedef struct aegis_runtime_config {
	const char *device;   /* "sim" (the default when NULL), "cuda" where built */
	uint32_t lanes;       /* 1..AEGIS_MAX_LANES; 0 means 1 */
	/* The layout: lane i's size in SMs, for lanes of different sizes (a workload's
	 * `lanes: [{sms: 8}, {sms: 4}, {sms: 4}]`). All zero (the default): every lane gets
	 * an equal share of the SMs (the device profile's cap, or the whole GPU). Else
	 * lane_sms[0..lanes) are all >= 1 and the rest 0; their sum must fit the SM cap
	 * (the device profile's, else the GPU's: checked where the device is known, the
	 * CUDA device rounds nothing and refuses sizes it cannot make). Isolated lanes
	 * only. On the simulated device the sizes are nominal: aegis_lane_info.sm_count
	 * reports them, and a model's aegis_lane_time entries are chosen by them. */
	uint32_t lane_sms[AEGIS_MAX_LANES];
	aegis_policy policy;
	aegis_preemption preemption;
	aegis_priority_rule priorities;
	uint64_t seed;        /* seeds every random draw of the run */
	aegis_trace_sink trace; /* trace.fn == NULL: tracing off */
	/* How far a segment may run past its analysed share (WCET + dispatch overhead +
	 * overrun budget) before it counts as an overrun: the clock's own noise. 0: the
	 * device's default, 0 in virtual time and 50 us on the real clock (the p99 of
	 * launch to observed completion measured on the H100/H200 is 13-18 us). */
	int64_t overrun_slack_ns;
	aegis_lane_sharing lane_sharing;
	/* Shared lanes on the simulated device: how many busy lanes run at full speed
	 * together (processor sharing; a GPU whose SMs hold that many jobs at once);
	 * 0: 1. */
	uint32_t shared_slots;
	/* Events the trace ring holds (rounded up to a power of two; 0: 16384, at most
	 * 2^24). On the real clock a full ring drops events, counted
	 * (aegis_runtime_trace_counts); on the simulated device nothing is dropped. */
	uint32_t trace_ring_events;
	aegis_admission admission;
	/* Per-segment cost of dispatching (measured on the GPU, 0 on the sim device):
	 * the analysis uses C = WCET + segments * dispatch_overhead_ns. */
	int64_t dispatch_overhead_ns;
	/* The longest time the host may stop the dispatcher within one busy window of a
	 * lane (preemption of its thread by the OS or, in a VM, by the hypervisor): the
	 * admission analysis charges it to every model as release jitter (docs/ANALYSIS.md,
	 * "Host stalls"; nothing with admission off). Measure it with bench_noise. 0: none
	 * (the simulated device's virtual time has no stalls). The same g whatever the
	 * window's length: host_stall_curve (below) charges a lane by its window. */
	int64_t host_stall_ns;
	/* A built-in device profile ("orin-agx-8g", "orin-nano-8g"; aegis/device.h) that
	 * caps the SMs the lanes use and records a memory budget; NULL: none. */
	const char *device_profile;
	int32_t device_ordinal; /* which GPU (cuda device); 0 by default */
	/* The device memory pool, allocated once at creation and planned at admission
	 * (docs/MEMORY.md). 0: the device profile's budget; with no profile, the plan is
	 * computed and reported but nothing is allocated or refused. */
	uint64_t memory_budget_bytes;
	/* Guard mode, for tests (docs/MEMORY.md): the pool is backed by host memory, every
	 * region is framed by canaries, and a lane's arena is poisoned between jobs; a job
	 * that wrote outside its regions fails with AEGIS_E_BACKEND. Simulated device only,
	 * and it needs a budget (memory_budget_bytes or a profile's) of at most 1 GiB;
	 * otherwise aegis_runtime_create returns AEGIS_E_CONFIG. */
	bool memory_guard;
	/* Where the library's messages go (NULL: nowhere); see aegis_log_fn. */
	aegis_log_fn log;
	void *log_user;
	/* The clock of the simulated device: virtual time (the default: runs as fast as it
	 * can, deterministically) or the real clock (lanes take their jobs' times in real
	 * time, so threaded applications run on any machine without a GPU). The CUDA
	 * device always runs on the real clock. */
	aegis_clock clock;
	/* The longest a submission from a thread other than the dispatcher's waits for the
	 * dispatcher to release it (the hand-off: the inbox, the wake-up): the admission
	 * analysis charges it to sporadic models as release jitter (docs/ANALYSIS.md,
	 * "Submissions from other threads"). Measure it with bench_threads;
	 * aegis_model_stats.handoff_max_ns shows what a run saw. 0: none. */
	int64_t handoff_ns;
	/* Real clock: how long the dispatcher, with nothing to do before its next event,
	 * polls for submissions and commands before it sleeps. Polling sees a submission
	 * within about a microsecond; a sleeping dispatcher is woken by a futex, tens of
	 * microseconds and more on a loaded host (bench_threads prints both). The price is
	 * a busy core while it polls. 0 (the default): sleep at once. */
	int64_t idle_poll_ns;
	/* The CPUs the runtime's own dispatcher thread (aegis_runtime_start) may run on,
	 * bit i for CPU i; 0 (the default): wherever the OS puts it. A dispatcher that
	 * polls wants a CPU that no submitting thread uses: sharing one, a submission waits
	 * for the OS to switch threads (bench_threads). A CPU the process may not use makes
	 * aegis_runtime_start fail with AEGIS_E_CONFIG. */
	uint64_t dispatcher_cpus;
	/* Host <-> device copies of a job's tensors: their bandwidth (bytes per second; 0:
	 * 12 GB/s, a PCIe 4.0 x16 link), by which the simulated device times them and the
	 * analysis charges them, and the factor by which copies of other lanes can slow
	 * them down (the copy engines are shared; measured by bench_gpu with every lane
	 * copying; 0: 1). docs/ANALYSIS.md, "Copies". */
	uint64_t copy_bandwidth_bps;
	double copy_interference;
	/* Device memory the process takes outside the pool, counted against the memory
	 * budget: CUDA contexts, cuDNN and cuBLAS handles with the kernels they load, the
	 * driver's share (a profile's device_memory: aegis_profile_outside_bytes;
	 * docs/MEMORY.md). With a budget the pool is budget - this, so that plan + this
	 * stays within the budget; this >= the budget is AEGIS_E_CONFIG at creation.
	 * Without a budget it is only reported. 0 (the default): not measured. */
	uint64_t outside_pool_bytes;
	/* Host stalls as a function of the window length, instead of one host_stall_ns
	 * (which must be 0 then): n_host_stall_points measured points (window, the most
	 * host time lost in any window of that length; bench_noise prints them), checked
	 * by aegis_stall_curve_check (aegis/analysis.h: windows strictly increasing, lost
	 * non-decreasing and at most its window, 1..AEGIS_MAX_STALL_POINTS) and copied at
	 * create. Admission charges each lane g = S(L), L the longest window its test
	 * examines, found as a fixed point (aegis_lane_analyse_stalled; docs/ANALYSIS.md,
	 * "Host stalls"); every model of the lane gets g in its release jitter, raised
	 * when a later admission lengthens the lane's window. NULL / 0: none. */
	const aegis_stall_point *host_stall_curve;
	uint32_t n_host_stall_points;
} aegis_runtime_config;

typedef enum aegis_release_kind {
	AEGIS_RELEASE_PERIODIC = 0, /* released by the runtime every period_ns */
	AEGIS_RELEASE_SPORADIC,     /* released by aegis_request_submit(), >= period_ns apart */
} aegis_release_kind;

/* What happens after a job of the model misses its deadline. */
typedef enum aegis_miss_policy {
	AEGIS_MISS_FINISH = 0, /* the late job runs to completion; nothing else changes */
	AEGIS_MISS_SKIP_NEXT,  /* also: the model's next release is skipped (E_SKIPPED) */
} aegis_miss_policy;

/* One setting of a model for its backend: a key and its value as text, as a workload
 * file writes it ("exec" = "5ms", "memory.persistent" = "40MiB"). Nested settings use
 * dotted keys, list items their index ("kernels.0.kind" = "compute"). value NULL: the
 * key is given with no value. Both strings are copied at admission. */
typedef struct aegis_option {
	const char *key;
	const char *value;
} aegis_option;

/* What one job's end looks like, passed to completion callbacks. */
typedef struct aegis_completion {
	aegis_model_id model;
	uint64_t job;        /* sequence number of the model's release, from 0 */
	aegis_status status; /* OK, E_CANCELLED, E_BACKEND, ... */
	uint32_t lane;
	int64_t arrival_ns; /* nominal release: period grid or submission; response = finish - arrival */
	int64_t release_ns; /* arrival + release jitter: when the job entered the queue */
	int64_t start_ns;  /* first segment start; -1 if it never started */
	int64_t finish_ns; /* end of the last segment, or the cancellation time */
	int64_t deadline_ns;
	bool missed; /* finished (or cancelled) after deadline_ns */
} aegis_completion;

typedef void (*aegis_done_fn)(void *user, const aegis_completion *c);

/* A model's time on lanes of one size (aegis_model_config.lane_times). */
typedef struct aegis_lane_time {
	uint32_t sms;    /* the lane size, in SMs (>= 1) */
	int64_t wcet_ns; /* the WCET the analysis uses on such a lane (>= the segments) */
	/* Simulated device only: a job's drawn execution time is multiplied by it on such
	 * a lane (copies are not); 0 means 1. The CUDA device runs at the speed it has. */
	double speed;
	/* 0 or 1: measured alone on its partition (isolated lanes); k >= 2: measured as
	 * one of k lanes sharing one partition of `sms` SMs, the other k - 1 busy with the
	 * workload's models (`aegisrt profile --shared`): the time shared lanes
	 * (AEGIS_LANES_SHARED with k lanes) admit with. */
	uint32_t shared;
} aegis_lane_time;

/* A model: what every backend shares (when it runs, how it is scheduled and what its
 * faults do) and, apart, its backend's own settings (aegis/backends.h for the built-in
 * ones). Every pointer is copied or read at admission, not kept. */
typedef struct aegis_model_config {
	const char *name;    /* unique within the runtime; copied */
	const char *backend; /* "sim" (the default when NULL), "synthetic", "onnx-cudnn", ... */
	aegis_release_kind release;
	int64_t period_ns;   /* period, or minimum inter-arrival time (sporadic); > 0 */
	int64_t deadline_ns; /* relative deadline; 0 means = period; must be <= period */
	int64_t offset_ns;   /* first periodic release */
	int64_t jitter_ns;   /* periodic release k is at offset + k*period + U[0, jitter] */
	int32_t priority;    /* used with AEGIS_PRIO_EXPLICIT; 0 is the highest */
	int32_t lane;        /* 0..lanes-1, or AEGIS_LANE_AUTO (least utilised lane) */
	uint32_t queue_depth; /* jobs released and not finished, at most; 0 means default */
	aegis_miss_policy on_miss;
	/* A measured WCET (e.g. from `aegisrt profile`, aegis/profile.h) that the analysis
	 * uses instead of the backend's worst case; the segments' WCETs are scaled to add
	 * up to it. 0: none; else >= the model's segments (1 ns each). It changes only the
	 * analysis (aegis_model_task), never the execution times of the jobs. */
	int64_t wcet_override_ns;
	/* Measured times by lane size (`aegisrt profile --lane-sizes`, aegis/profile.h):
	 * n_lane_times entries, distinct (size, shared) pairs, copied at admission. When
	 * given, the model may run only on a lane whose size (aegis_lane_info.sm_count)
	 * has an entry measured under the lanes' sharing (shared 0 or 1 for isolated
	 * lanes, the lane count for AEGIS_LANES_SHARED: required there with admission):
	 * there the entry's wcet_ns replaces wcet_override_ns, and on the simulated device
	 * each job's drawn time is multiplied by its speed. A lane of a size without an
	 * entry is refused (AEGIS_E_CONFIG naming the lane, its size and the sizes given);
	 * with lane AEGIS_LANE_AUTO the lanes without an entry are skipped and each other
	 * lane is analysed with its own entry (the least utilised lane that passes). */
	const struct aegis_lane_time *lane_times;
	uint32_t n_lane_times;
	aegis_fault_config faults;    /* time budget and health (aegis/fault.h); zero: defaults */
	aegis_fault_injection inject; /* faults to inject (drills, tests); zero: none */
	aegis_done_fn on_done; /* called once per periodic job; may be NULL */
	void *user;
	/* The backend's settings, in one of two forms (not both): a typed configuration of
	 * the backend (aegis/backends.h: the struct of the model's backend, e.g.
	 * aegis_sim_config for "sim"), or text settings as a workload file writes them
	 * (aegis_option: {"exec", "5ms"}, {"memory.persistent", "40MiB"}). Neither: the
	 * backend's defaults (a sim model then needs its exec). */
	const void *backend_config;
	const aegis_option *options;
	uint32_t n_options;
	/* Relative file names in the settings (samples, model files) are relative to this
	 * folder; NULL: the working directory. */
	const char *base_dir;
} aegis_model_config;

/* Where a caller can wait for a request's end instead of (or besides) a callback:
 * storage the caller owns, set up with aegis_waiter_init, handed to one submission
 * (aegis_request.waiter) at a time, and kept valid until the request has ended. */
typedef struct aegis_waiter {
	uint64_t opaque_[14];
} aegis_waiter;

/* A sporadic release through the API. */
typedef struct aegis_request {
	/* Called exactly once, on the dispatcher's thread, if submit returned AEGIS_OK
	 * (never for a rejected submission); may be NULL. */
	aegis_done_fn done;
	void *user;
	/* Also told of the end, if not NULL (see aegis_waiter_wait). */
	aegis_waiter *waiter;
	/* The job's data, for a model with tensors (aegis_model_tensor_get): one buffer
	 * per input and one per output, in the model's order, each of the tensor's bytes.
	 * Both counts 0: a job without data (the model computes on what its memory holds).
	 * Lifetime: the inputs are copied by aegis_request_submit, so their memory may be
	 * reused as soon as it returns; the outputs' memory must stay valid, and not be
	 * read, until the request has ended: when it ends with AEGIS_OK every output holds
	 * the job's result, and when it ends with any other status no output was written.
	 * A request that breaks these rules is refused with AEGIS_E_INVAL (the detail names
	 * the tensor and both sizes) and nothing is queued. */
	const aegis_buffer *inputs;
	uint32_t n_inputs;
	const aegis_buffer *outputs;
	uint32_t n_outputs;
} aegis_request;

/* Prepares w for one submission. Thread: the caller's; w must not be in use. */
AEGIS_API void aegis_waiter_init(aegis_waiter *w);
/* Waits until the request that w was handed to has ended, or timeout_ns passed
 * (< 0: no limit). Returns AEGIS_OK with the completion in *out (may be NULL), or
 * AEGIS_E_TIMEOUT. Any thread; one waiter per aegis_waiter. */
AEGIS_API aegis_status aegis_waiter_wait(aegis_waiter *w, int64_t timeout_ns,
					 aegis_completion *out);
/* The same without waiting: true with *out once the request has ended. */
AEGIS_API bool aegis_waiter_poll(aegis_waiter *w, aegis_completion *out);

typedef struct aegis_model_stats {
	uint64_t released;            /* releases attempted: periodic + submitted */
	uint64_t completed;           /* ran to the end, late or not */
	uint64_t rejected_queue_full; /* AEGIS_E_QUEUE_FULL */
	uint64_t rejected_interarrival; /* AEGIS_E_INTERARRIVAL */
	uint64_t skipped;             /* AEGIS_E_SKIPPED by the miss policy */
	uint64_t cancelled;           /* AEGIS_E_CANCELLED at stop */
	uint64_t rejected_quarantined; /* AEGIS_E_QUARANTINED: released while quarantined */
	uint64_t failed;              /* ended with an error: backend, budget, overrun stop,
					 quarantine, fatal */
	uint64_t missed;              /* finished or cancelled after the deadline */
	uint64_t pending;             /* released, not yet ended */
	int64_t response_min_ns;      /* release to finish, completed jobs; -1 if none */
	/* Quantiles from the model's histogram: at or above the exact value and less than
	 * 0.78% above it (docs/ARCHITECTURE.md, "Statistics"); -1 if none. min, max exact. */
	int64_t response_p50_ns;
	int64_t response_p90_ns;
	int64_t response_p99_ns;
	int64_t response_p999_ns;     /* p99.9 */
	int64_t response_max_ns;
	double response_mean_ns;
	double response_cv;           /* coefficient of variation: stddev / mean; 0 if none */
	int64_t response_jitter_ns;   /* max - min; -1 if none */
	int64_t max_lateness_ns;      /* max(finish - deadline); INT64_MIN if none */
	int64_t wcet_ns;              /* worst case of the execution-time model */
	int64_t deadline_ns;
	int64_t period_ns;
	int32_t priority;             /* effective priority rank (0 highest) under FP */
	uint32_t lane;
	bool evicted;
	uint64_t persistent_bytes;    /* planned regions (rounded to the pool's granule) */
	uint64_t io_bytes;
	uint64_t transient_bytes;     /* its need from the lane's shared arena */
	aegis_health health;          /* its state now (aegis/fault.h) */
	uint64_t overruns;            /* jobs that ran past their time budget */
	uint64_t breaches;            /* ... and past the overrun budget too */
	uint64_t faults;              /* overruns and failed jobs */
	uint64_t quarantines;         /* times it entered QUARANTINED */
	/* Submissions from other threads: the longest wait between the submit call (the
	 * job's arrival) and its release by the dispatcher; -1 if none. */
	int64_t handoff_max_ns;
	/* Submissions refused for their buffers (AEGIS_E_INVAL): not releases. */
	uint64_t rejected_invalid;
	/* Host memory held for the model's data: a staging slot per queue place. */
	uint64_t staging_bytes;
	/* What a job's copies (inputs in, outputs out) are charged in the analysis. */
	int64_t copy_ns;
} aegis_model_stats;

typedef struct aegis_lane_stats {
	uint64_t arena_bytes; /* the lane's shared transient arena (after pending changes) */
	int64_t busy_ns;  /* time spent executing segments */
	uint64_t segments;
	uint64_t preemptions;
	double utilisation; /* busy_ns / elapsed time of the runtime */
} aegis_lane_stats;

/* Checks a model config on its own (no runtime needed), for a runtime of `lanes`
 * lanes: the generic settings, then the backend's (which its backend reads and checks,
 * files included). Returns AEGIS_OK, or AEGIS_E_CONFIG (AEGIS_E_IO for a file it
 * names) with a one-line reason in detail ("deadline 40ms exceeds period 33.3ms").
 * aegis_model_admit() runs the same check. Any thread. */
AEGIS_API aegis_status aegis_model_config_validate(const aegis_model_config *cfg, uint32_t lanes,
						   char *detail, size_t detail_len);

/* The task the analysis sees for a model (its backend describes it): C = WCET +
 * n_segments * (overhead + B),
 * each segment's WCET + overhead + B (WCET: cfg->wcet_override_ns when set, the
 * segments scaled proportionally to add up to it; B: cfg->faults.overrun_budget_ns,
 * which may land in any one segment), prio = the explicit priority, the period
 * (RM) or the deadline (DM). seg_buf must hold AEGIS_MAX_SEGMENTS values and outlive *out; the
 * name points at cfg's. Returns AEGIS_OK, AEGIS_E_CONFIG, AEGIS_E_OVERFLOW, or what the
 * backend says of the model (e.g. onnx-cudnn: AEGIS_E_UNSUPPORTED for a graph it
 * refuses, AEGIS_E_IO for its file), with a one-line reason in detail (may be NULL). */
AEGIS_API aegis_status aegis_model_task(const aegis_model_config *cfg, aegis_priority_rule rule,
					int64_t dispatch_overhead_ns, aegis_task *out, int64_t *seg_buf,
					char *detail, size_t detail_len);

/* Charges a host stall of stall_ns (aegis_runtime_config.host_stall_ns) to a task as
 * release jitter: J += stall_ns. AEGIS_E_INVAL for a negative stall, AEGIS_E_OVERFLOW,
 * or AEGIS_E_CONFIG when J would reach the period (the task model needs J < T). */
AEGIS_API aegis_status aegis_task_add_host_stall(aegis_task *t, int64_t stall_ns);

/* Charges a job's copies to a task as admission does: in_ns to its first segment (the
 * inputs go to the device before it), out_ns to its last (the outputs come back after
 * it). AEGIS_OK, AEGIS_E_INVAL or AEGIS_E_OVERFLOW. */
AEGIS_API aegis_status aegis_task_add_copies(aegis_task *t, int64_t in_ns, int64_t out_ns);
/* The same for a model with tensors, its copies' times worked out from its tensors'
 * bytes at bandwidth_bps (0: AEGIS_DEFAULT_COPY_BPS) times interference (the
 * runtime's copy_interference; < 1: 1): what aegisrt admit charges (docs/ANALYSIS.md,
 * "Copies"). Nothing for a model without tensors; for one with a measured WCET
 * (wcet_override_ns: measured with its copies, alone), only what interference adds. */
AEGIS_API aegis_status aegis_model_task_copies(const aegis_model_config *cfg,
					       uint64_t bandwidth_bps,
					       double interference, aegis_task *t);

/* The analysis that admission runs for a policy and preemption mode, or
 * AEGIS_E_UNSUPPORTED (FIFO has none). */
AEGIS_API aegis_status aegis_policy_analysis(aegis_policy policy, aegis_preemption preemption,
					     aegis_analysis_kind *out);

/* Creates a runtime. Returns AEGIS_OK, AEGIS_E_INVAL (NULL out or config),
 * AEGIS_E_CONFIG (unknown device, bad lanes), AEGIS_E_NOMEM. On error *out is NULL
 * and, if detail != NULL, a NUL-terminated explanation is written there. */
AEGIS_API aegis_status aegis_runtime_create(const aegis_runtime_config *cfg, aegis_runtime **out,
					    char *detail, size_t detail_len);

/* Stops the runtime if needed (see aegis_runtime_stop), then releases everything
 * it owns. Every request accepted by aegis_request_submit() has completed before
 * this returns. NULL is a no-op. */
AEGIS_API void aegis_runtime_destroy(aegis_runtime *rt);

/* Admits a model in three steps: validate the config (pure), analyse its lane with
 * the model added (pure; skipped with AEGIS_ADMIT_OFF) and reserve its memory in the
 * plan (always; AEGIS_E_BUDGET with the numbers when it does not fit), commit. With lane
 * AEGIS_LANE_AUTO the model goes to the least utilised lane on which the analysis
 * passes. Returns AEGIS_OK, AEGIS_E_INVAL, AEGIS_E_CONFIG (the reason in
 * aegis_runtime_last_error), AEGIS_E_UNSCHEDULABLE (some model of the lane, old or
 * new, would miss: the evidence in aegis_runtime_last_error; nothing changed),
 * AEGIS_E_UNSUPPORTED (admission on with a policy that has no analysis),
 * AEGIS_E_EXISTS (name taken), AEGIS_E_LIMIT, AEGIS_E_STATE (runtime stopped),
 * AEGIS_E_NOMEM. A periodic model's first release is at now + offset_ns. */
AEGIS_API aegis_status aegis_model_admit(aegis_runtime *rt, const aegis_model_config *cfg,
					 aegis_model_id *out);

/* Removes a model: its releases stop at once, its queued requests complete with
 * AEGIS_E_CANCELLED, and a job of it already on a lane finishes (it drains; a lane
 * is never interrupted). Once drained it no longer counts in admission, its name can
 * be admitted again, and its statistics stay readable. Submissions to it are refused
 * with AEGIS_E_STATE. Returns AEGIS_OK, AEGIS_E_NOT_FOUND (no such model, or evicted
 * already) or AEGIS_E_INVAL. */
AEGIS_API aegis_status aegis_model_evict(aegis_runtime *rt, aegis_model_id id);

/* Looks a model up by name (evicted and drained models excluded): AEGIS_OK or
 * AEGIS_E_NOT_FOUND. */
AEGIS_API aegis_status aegis_model_find(const aegis_runtime *rt, const char *name,
					aegis_model_id *out);
AEGIS_API uint32_t aegis_runtime_model_count(const aegis_runtime *rt);
AEGIS_API const char *aegis_model_name(const aegis_runtime *rt, aegis_model_id id);

/* Releases one job of the model now. Returns AEGIS_OK (req->done will be called
 * exactly once), or a rejection without any callback: AEGIS_E_QUEUE_FULL,
 * AEGIS_E_INTERARRIVAL (sporadic models), AEGIS_E_SKIPPED, AEGIS_E_STATE (stopped),
 * AEGIS_E_NOT_FOUND, AEGIS_E_INVAL. Rejections are counted in the model's stats. */
AEGIS_API aegis_status aegis_request_submit(aegis_runtime *rt, aegis_model_id model,
					    const aegis_request *req);

/* Runs the event loop on the calling thread until now + duration_ns (virtual time on
 * the sim device) or until aegis_runtime_stop(). Returns AEGIS_OK, AEGIS_E_STATE
 * (stopped, called from a callback, or the runtime runs its own thread),
 * AEGIS_E_OVERFLOW, or a fatal device status. Calls from several threads run one
 * after the other. */
AEGIS_API aegis_status aegis_runtime_run_for(aegis_runtime *rt, int64_t duration_ns);

/* Starts the runtime's own dispatcher thread: from now on it releases, decides and
 * completes jobs (and runs callbacks) until aegis_runtime_stop(). Returns AEGIS_OK,
 * AEGIS_E_STATE (started already, or stopped) or AEGIS_E_NOMEM (no thread). */
AEGIS_API aegis_status aegis_runtime_start(aegis_runtime *rt);

/* Stops: from now on every submission is refused with AEGIS_E_STATE; requests
 * accepted and not started end with AEGIS_E_CANCELLED; jobs already on a lane finish;
 * then the runtime's thread, if started, is joined, and stop returns with every lane
 * idle. From a callback it only marks the runtime; the drain happens when the callback
 * returns. Any thread; idempotent. */
AEGIS_API aegis_status aegis_runtime_stop(aegis_runtime *rt);

/* Current time of the runtime's device clock. */
AEGIS_API int64_t aegis_runtime_now_ns(const aegis_runtime *rt);
AEGIS_API uint32_t aegis_runtime_lane_count(const aegis_runtime *rt);
AEGIS_API const aegis_runtime_config *aegis_runtime_config_get(const aegis_runtime *rt);

AEGIS_API aegis_status aegis_model_stats_get(const aegis_runtime *rt, aegis_model_id id,
					     aegis_model_stats *out);
AEGIS_API aegis_status aegis_lane_stats_get(const aegis_runtime *rt, uint32_t lane,
					    aegis_lane_stats *out);

/* Ends the quarantine of model id now (QUARANTINED -> RECOVERING, traced): its
 * releases resume. Returns AEGIS_OK, AEGIS_E_NOT_FOUND, or AEGIS_E_STATE when it is
 * not quarantined or the runtime is stopped. */
AEGIS_API aegis_status aegis_model_recover(aegis_runtime *rt, aegis_model_id id);

/* AEGIS_OK while the runtime can run; else the fatal status (a lost device, a sticky
 * CUDA error, a backend's fatal error) that stopped it: every pending job then ended
 * with that status, and run_for, submit and admit return it. */
AEGIS_API aegis_status aegis_runtime_fatal(const aegis_runtime *rt);

/* Trace events recorded so far (every one of them reaches the sink, at the latest
 * when run_for, stop or destroy returns) and events dropped because the trace ring
 * was full (real clock only: the recorder never waits for the sink; 0 on the
 * simulated device). 0 and 0 with tracing off. Returns AEGIS_OK or AEGIS_E_INVAL. */
AEGIS_API aegis_status aegis_runtime_trace_counts(const aegis_runtime *rt, uint64_t *recorded,
						  uint64_t *dropped);

/* The memory plan in numbers. planned = persistent + io + arenas; lower_bound =
 * persistent + io + the largest transient need of each lane (what a plan that shares
 * nothing across lanes cannot go below); private_transient = the transient memory
 * that one private arena per model would take; outside = the configuration's
 * outside_pool_bytes, so that the device's total is planned + outside. */
typedef struct aegis_memory_totals {
	uint64_t budget;    /* 0: none (the plan is only reported) */
	uint64_t planned;
	uint64_t persistent;
	uint64_t io;
	uint64_t arenas;
	uint64_t private_transient;
	uint64_t lower_bound;
	uint64_t free;      /* budget - outside - planned, 0 without a budget */
	uint64_t outside;   /* outside the pool (aegis_runtime_config.outside_pool_bytes) */
} aegis_memory_totals;

AEGIS_API aegis_status aegis_runtime_memory(const aegis_runtime *rt, aegis_memory_totals *out);

/* The ids of the models: aegis_runtime_model_at(rt, i) for i < aegis_runtime_model_count
 * (slots in use or used; AEGIS_NO_MODEL for a slot never used). A model keeps its id
 * until its slot is reused: once evicted and drained, a later admission may take its
 * slot (with a new id); until then its statistics stay readable. Without evictions
 * the ids are 0, 1, 2, ... in admission order. */
AEGIS_API aegis_model_id aegis_runtime_model_at(const aegis_runtime *rt, uint32_t i);

/* The task the admission analysis sees for model id (C with overheads, D, T, J with
 * the host stall, the priority key, the segments). out->segment_ns and out->name point
 * into the runtime: valid while the model's id is. AEGIS_OK, AEGIS_E_NOT_FOUND or
 * AEGIS_E_INVAL. */
AEGIS_API aegis_status aegis_model_task_get(const aegis_runtime *rt, aegis_model_id id,
					    aegis_task *out);

/* The model's tensors: how many inputs and outputs it has (0 and 0: a model without
 * data). AEGIS_OK or AEGIS_E_NOT_FOUND. */
AEGIS_API aegis_status aegis_model_tensor_count(const aegis_runtime *rt, aegis_model_id id,
						uint32_t *n_inputs, uint32_t *n_outputs);
/* Input (output false) or output (true) number index of the model. AEGIS_OK,
 * AEGIS_E_NOT_FOUND (no model, or no such tensor) or AEGIS_E_INVAL. */
AEGIS_API aegis_status aegis_model_tensor_get(const aegis_runtime *rt, aegis_model_id id,
					      bool output,
					      uint32_t index, aegis_tensor_desc *out);

/* A refused admission, as the decision log names it. */
#define AEGIS_REFUSALS_KEPT 64u
typedef struct aegis_refusal {
	uint64_t seq;        /* from 0, in refusal order: its ADMIT event's job */
	aegis_status status; /* why */
	uint32_t lane;       /* the lane refused, or AEGIS_NO_LANE */
	int64_t t_ns;
	char name[64];
	char reason[256];    /* the admission's last error */
} aegis_refusal;
/* How many admissions were refused so far. */
AEGIS_API uint64_t aegis_runtime_refusal_count(const aegis_runtime *rt);
/* Refusal seq (the newest AEGIS_REFUSALS_KEPT are kept): AEGIS_OK, AEGIS_E_NOT_FOUND
 * (not kept) or AEGIS_E_INVAL. */
AEGIS_API aegis_status aegis_runtime_refusal_get(const aegis_runtime *rt, uint64_t seq,
						 aegis_refusal *out);

/* Detail of the last failed call that the calling thread made on this runtime
 * ("model 'det': deadline 40ms exceeds period 33.3ms"); "" if none. Per thread: valid
 * until the thread's next call into the library. */
AEGIS_API const char *aegis_runtime_last_error(const aegis_runtime *rt);

/* The configuration's enums by name, as workload files and the CLI write them: one
 * table per enum (src/runtime/names.c). Thread-safe: constant data. */
typedef enum aegis_enum {
	AEGIS_ENUM_POLICY = 0,   /* aegis_policy: fp, edf, fifo */
	AEGIS_ENUM_PREEMPTION,   /* aegis_preemption: none, points */
	AEGIS_ENUM_PRIORITIES,   /* aegis_priority_rule: explicit, rm, dm */
	AEGIS_ENUM_ADMISSION,    /* aegis_admission: analysis, off */
	AEGIS_ENUM_RELEASE,      /* aegis_release_kind: periodic, sporadic */
	AEGIS_ENUM_ON_MISS,      /* aegis_miss_policy: finish, skip-next */
	AEGIS_ENUM_LANE_SHARING, /* aegis_lane_sharing: isolated, shared, shared-priority */
	AEGIS_ENUM_BOOL,         /* true (1), false (0) */
} aegis_enum;
/* value's name, or "unknown". */
AEGIS_API const char *aegis_enum_name(aegis_enum e, int value);
/* AEGIS_OK with *value set, AEGIS_E_NOT_FOUND for an unknown name, AEGIS_E_INVAL. */
AEGIS_API aegis_status aegis_enum_parse(aegis_enum e, const char *name, int *value);
/* Every name of e, joined by sep ("fp, edf, fifo"), into buf (cut to len - 1); returns
 * buf. */
AEGIS_API const char *aegis_enum_names(aegis_enum e, const char *sep, char *buf, size_t len);

AEGIS_API const char *aegis_policy_name(aegis_policy p);
/* The policy's order in words ("earliest absolute deadline first"). */
AEGIS_API const char *aegis_policy_rule(aegis_policy p);
AEGIS_API const char *aegis_preemption_name(aegis_preemption p);
AEGIS_API const char *aegis_priority_rule_name(aegis_priority_rule r);

#ifdef __cplusplus
}
#endif
#endif
