/* The layout of the public structs that python/aegis/_lib.py mirrors with ctypes:
 * each struct's size and each field's offset, one per line ("aegis_buffer 24",
 * "aegis_buffer.bytes 16"), which python/tests/test_aegis.py compares with ctypes'.
 * Written from _lib.py's fields; a field that moves on one side only fails that test. */
#include <stddef.h>
#include <stdio.h>

#include <aegis/aegis.h>

#define SIZE(t) printf("%s %zu\n", #t, sizeof(t))
#define FIELD(t, f) printf("%s.%s %zu\n", #t, #f, offsetof(t, f))

int main(void)
{
	SIZE(aegis_runtime_config);
	FIELD(aegis_runtime_config, device);
	FIELD(aegis_runtime_config, lanes);
	FIELD(aegis_runtime_config, lane_sms);
	FIELD(aegis_runtime_config, policy);
	FIELD(aegis_runtime_config, preemption);
	FIELD(aegis_runtime_config, priorities);
	FIELD(aegis_runtime_config, seed);
	FIELD(aegis_runtime_config, trace);
	FIELD(aegis_runtime_config, overrun_slack_ns);
	FIELD(aegis_runtime_config, lane_sharing);
	FIELD(aegis_runtime_config, shared_slots);
	FIELD(aegis_runtime_config, trace_ring_events);
	FIELD(aegis_runtime_config, admission);
	FIELD(aegis_runtime_config, dispatch_overhead_ns);
	FIELD(aegis_runtime_config, host_stall_ns);
	FIELD(aegis_runtime_config, device_profile);
	FIELD(aegis_runtime_config, device_ordinal);
	FIELD(aegis_runtime_config, memory_budget_bytes);
	FIELD(aegis_runtime_config, memory_guard);
	FIELD(aegis_runtime_config, log);
	FIELD(aegis_runtime_config, log_user);
	FIELD(aegis_runtime_config, clock);
	FIELD(aegis_runtime_config, handoff_ns);
	FIELD(aegis_runtime_config, idle_poll_ns);
	FIELD(aegis_runtime_config, dispatcher_cpus);
	FIELD(aegis_runtime_config, copy_bandwidth_bps);
	FIELD(aegis_runtime_config, copy_interference);
	FIELD(aegis_runtime_config, outside_pool_bytes);
	FIELD(aegis_runtime_config, host_stall_curve);
	FIELD(aegis_runtime_config, n_host_stall_points);
	SIZE(aegis_tensor_desc);
	FIELD(aegis_tensor_desc, name);
	FIELD(aegis_tensor_desc, dtype);
	FIELD(aegis_tensor_desc, rank);
	FIELD(aegis_tensor_desc, shape);
	FIELD(aegis_tensor_desc, bytes);
	SIZE(aegis_buffer);
	FIELD(aegis_buffer, host);
	FIELD(aegis_buffer, device);
	FIELD(aegis_buffer, bytes);
	SIZE(aegis_task);
	FIELD(aegis_task, name);
	FIELD(aegis_task, wcet_ns);
	FIELD(aegis_task, deadline_ns);
	FIELD(aegis_task, period_ns);
	FIELD(aegis_task, jitter_ns);
	FIELD(aegis_task, prio);
	FIELD(aegis_task, n_segments);
	FIELD(aegis_task, segment_ns);
	SIZE(aegis_task_result);
	FIELD(aegis_task_result, schedulable);
	FIELD(aegis_task_result, bound_ns);
	FIELD(aegis_task_result, slack_ns);
	FIELD(aegis_task_result, blocking_ns);
	FIELD(aegis_task_result, check_point_ns);
	FIELD(aegis_task_result, jobs);
	FIELD(aegis_task_result, busy_period_ns);
	SIZE(aegis_analysis_result);
	FIELD(aegis_analysis_result, kind);
	FIELD(aegis_analysis_result, schedulable);
	FIELD(aegis_analysis_result, utilisation);
	FIELD(aegis_analysis_result, busy_period_ns);
	FIELD(aegis_analysis_result, failing_task);
	FIELD(aegis_analysis_result, excess_ns);
	FIELD(aegis_analysis_result, check_point_ns);
	FIELD(aegis_analysis_result, demand_ns);
	FIELD(aegis_analysis_result, blocking_ns);
	FIELD(aegis_analysis_result, check_points);
	FIELD(aegis_analysis_result, reason);
	SIZE(aegis_completion);
	FIELD(aegis_completion, model);
	FIELD(aegis_completion, job);
	FIELD(aegis_completion, status);
	FIELD(aegis_completion, lane);
	FIELD(aegis_completion, arrival_ns);
	FIELD(aegis_completion, release_ns);
	FIELD(aegis_completion, start_ns);
	FIELD(aegis_completion, finish_ns);
	FIELD(aegis_completion, deadline_ns);
	FIELD(aegis_completion, missed);
	SIZE(aegis_waiter);
	FIELD(aegis_waiter, opaque_);
	SIZE(aegis_request);
	FIELD(aegis_request, done);
	FIELD(aegis_request, user);
	FIELD(aegis_request, waiter);
	FIELD(aegis_request, inputs);
	FIELD(aegis_request, n_inputs);
	FIELD(aegis_request, outputs);
	FIELD(aegis_request, n_outputs);
	SIZE(aegis_model_stats);
	FIELD(aegis_model_stats, released);
	FIELD(aegis_model_stats, completed);
	FIELD(aegis_model_stats, rejected_queue_full);
	FIELD(aegis_model_stats, rejected_interarrival);
	FIELD(aegis_model_stats, skipped);
	FIELD(aegis_model_stats, cancelled);
	FIELD(aegis_model_stats, rejected_quarantined);
	FIELD(aegis_model_stats, failed);
	FIELD(aegis_model_stats, missed);
	FIELD(aegis_model_stats, pending);
	FIELD(aegis_model_stats, response_min_ns);
	FIELD(aegis_model_stats, response_p50_ns);
	FIELD(aegis_model_stats, response_p90_ns);
	FIELD(aegis_model_stats, response_p99_ns);
	FIELD(aegis_model_stats, response_p999_ns);
	FIELD(aegis_model_stats, response_max_ns);
	FIELD(aegis_model_stats, response_mean_ns);
	FIELD(aegis_model_stats, response_cv);
	FIELD(aegis_model_stats, response_jitter_ns);
	FIELD(aegis_model_stats, max_lateness_ns);
	FIELD(aegis_model_stats, wcet_ns);
	FIELD(aegis_model_stats, deadline_ns);
	FIELD(aegis_model_stats, period_ns);
	FIELD(aegis_model_stats, priority);
	FIELD(aegis_model_stats, lane);
	FIELD(aegis_model_stats, evicted);
	FIELD(aegis_model_stats, persistent_bytes);
	FIELD(aegis_model_stats, io_bytes);
	FIELD(aegis_model_stats, transient_bytes);
	FIELD(aegis_model_stats, health);
	FIELD(aegis_model_stats, overruns);
	FIELD(aegis_model_stats, breaches);
	FIELD(aegis_model_stats, faults);
	FIELD(aegis_model_stats, quarantines);
	FIELD(aegis_model_stats, handoff_max_ns);
	FIELD(aegis_model_stats, rejected_invalid);
	FIELD(aegis_model_stats, staging_bytes);
	FIELD(aegis_model_stats, copy_ns);
	SIZE(aegis_lane_stats);
	FIELD(aegis_lane_stats, arena_bytes);
	FIELD(aegis_lane_stats, busy_ns);
	FIELD(aegis_lane_stats, segments);
	FIELD(aegis_lane_stats, preemptions);
	FIELD(aegis_lane_stats, utilisation);
	SIZE(aegis_refusal);
	FIELD(aegis_refusal, seq);
	FIELD(aegis_refusal, status);
	FIELD(aegis_refusal, lane);
	FIELD(aegis_refusal, t_ns);
	FIELD(aegis_refusal, name);
	FIELD(aegis_refusal, reason);
	return 0;
}
