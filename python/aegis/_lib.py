"""libaegis.so through ctypes: where the library is found, the C structs this package
reads and writes (mirrors of include/aegis/*.h, checked against the C compiler's layout
by python/tests/test_layout.py), and the prototypes of the functions it calls. Must not
hold any state beyond the loaded library."""
import ctypes
import ctypes.util
import os
from ctypes import (CFUNCTYPE, POINTER, Structure, c_bool, c_char, c_char_p, c_double,
                    c_int, c_int32, c_int64, c_size_t, c_uint32, c_uint64, c_void_p)

SONAME = 'libaegis.so.0'


def _candidates():
    """Where libaegis.so is looked for, in order: AEGIS_LIBRARY (a path), the library
    installed with this package (_installed.py, written by the install step), a build
    tree next to python/ (build/), then the system's (ldconfig's cache, the soname)."""
    env = os.environ.get('AEGIS_LIBRARY')
    if env:
        yield env
        return
    try:
        from . import _installed
        yield _installed.LIBRARY
    except ImportError:
        pass
    here = os.path.dirname(os.path.abspath(__file__))
    yield os.path.join(here, '..', '..', 'build', SONAME)
    found = ctypes.util.find_library('aegis')
    if found:
        yield found
    yield SONAME


def _load():
    tried = []
    for path in _candidates():
        if os.sep in path and not os.path.exists(path):
            tried.append(path + ' (absent)')
            continue
        try:
            return ctypes.CDLL(path), path
        except OSError as e:
            tried.append('%s (%s)' % (path, e))
    raise ImportError('aegis: libaegis.so not found; tried: ' + '; '.join(tried) +
                      ' (set AEGIS_LIBRARY to its path)')


lib, LIBRARY_PATH = _load()

# ---- include/aegis/tensor.h ------------------------------------------------------------
MAX_TENSORS = 16
MAX_DIMS = 8
TENSOR_NAME_MAX = 64


class TensorDesc(Structure):
    _fields_ = [('name', c_char * TENSOR_NAME_MAX), ('dtype', c_int), ('rank', c_uint32),
                ('shape', c_int64 * MAX_DIMS), ('bytes', c_uint64)]


class Buffer(Structure):
    _fields_ = [('host', c_void_p), ('device', c_uint64), ('bytes', c_uint64)]


# ---- include/aegis/analysis.h ----------------------------------------------------------
class Task(Structure):
    _fields_ = [('name', c_char_p), ('wcet_ns', c_int64), ('deadline_ns', c_int64),
                ('period_ns', c_int64), ('jitter_ns', c_int64), ('prio', c_int64),
                ('n_segments', c_uint32), ('segment_ns', POINTER(c_int64))]


class TaskResult(Structure):
    _fields_ = [('schedulable', c_bool), ('bound_ns', c_int64), ('slack_ns', c_int64),
                ('blocking_ns', c_int64), ('check_point_ns', c_int64), ('jobs', c_uint32),
                ('busy_period_ns', c_int64)]


class AnalysisResult(Structure):
    _fields_ = [('kind', c_int), ('schedulable', c_bool), ('utilisation', c_double),
                ('busy_period_ns', c_int64), ('failing_task', c_uint32),
                ('excess_ns', c_int64), ('check_point_ns', c_int64), ('demand_ns', c_int64),
                ('blocking_ns', c_int64), ('check_points', c_uint64), ('reason', c_char_p)]


AN_NONE = 0xFFFFFFFF
AN_KIND_COUNT = 6

# ---- include/aegis/runtime.h -----------------------------------------------------------


class TraceSink(Structure):
    _fields_ = [('fn', c_void_p), ('user', c_void_p)]


class RuntimeConfig(Structure):
    _fields_ = [('device', c_char_p), ('lanes', c_uint32), ('lane_sms', c_uint32 * 64),
                ('policy', c_int),
                ('preemption', c_int), ('priorities', c_int), ('seed', c_uint64),
                ('trace', TraceSink), ('overrun_slack_ns', c_int64), ('lane_sharing', c_int),
                ('shared_slots', c_uint32), ('trace_ring_events', c_uint32),
                ('admission', c_int), ('dispatch_overhead_ns', c_int64),
                ('host_stall_ns', c_int64), ('device_profile', c_char_p),
                ('device_ordinal', c_int32), ('memory_budget_bytes', c_uint64),
                ('memory_guard', c_bool), ('log', c_void_p), ('log_user', c_void_p),
                ('clock', c_int), ('handoff_ns', c_int64), ('idle_poll_ns', c_int64),
                ('dispatcher_cpus', c_uint64), ('copy_bandwidth_bps', c_uint64),
                ('copy_interference', c_double), ('outside_pool_bytes', c_uint64),
                ('host_stall_curve', c_void_p), ('n_host_stall_points', c_uint32)]


CLOCKS = {'default': 0, 'virtual': 1, 'real': 2}


class Completion(Structure):
    _fields_ = [('model', c_uint32), ('job', c_uint64), ('status', c_int), ('lane', c_uint32),
                ('arrival_ns', c_int64), ('release_ns', c_int64), ('start_ns', c_int64),
                ('finish_ns', c_int64), ('deadline_ns', c_int64), ('missed', c_bool)]


DONE_FN = CFUNCTYPE(None, c_void_p, POINTER(Completion))


class Waiter(Structure):
    _fields_ = [('opaque_', c_uint64 * 14)]


class Request(Structure):
    _fields_ = [('done', DONE_FN), ('user', c_void_p), ('waiter', POINTER(Waiter)),
                ('inputs', POINTER(Buffer)), ('n_inputs', c_uint32),
                ('outputs', POINTER(Buffer)), ('n_outputs', c_uint32)]


class ModelStats(Structure):
    _fields_ = [('released', c_uint64), ('completed', c_uint64),
                ('rejected_queue_full', c_uint64), ('rejected_interarrival', c_uint64),
                ('skipped', c_uint64), ('cancelled', c_uint64),
                ('rejected_quarantined', c_uint64), ('failed', c_uint64), ('missed', c_uint64),
                ('pending', c_uint64), ('response_min_ns', c_int64),
                ('response_p50_ns', c_int64), ('response_p90_ns', c_int64),
                ('response_p99_ns', c_int64), ('response_p999_ns', c_int64),
                ('response_max_ns', c_int64), ('response_mean_ns', c_double),
                ('response_cv', c_double), ('response_jitter_ns', c_int64),
                ('max_lateness_ns', c_int64), ('wcet_ns', c_int64), ('deadline_ns', c_int64),
                ('period_ns', c_int64), ('priority', c_int32), ('lane', c_uint32),
                ('evicted', c_bool), ('persistent_bytes', c_uint64), ('io_bytes', c_uint64),
                ('transient_bytes', c_uint64), ('health', c_int), ('overruns', c_uint64),
                ('breaches', c_uint64), ('faults', c_uint64), ('quarantines', c_uint64),
                ('handoff_max_ns', c_int64), ('rejected_invalid', c_uint64),
                ('staging_bytes', c_uint64), ('copy_ns', c_int64)]


class LaneStats(Structure):
    _fields_ = [('arena_bytes', c_uint64), ('busy_ns', c_int64), ('segments', c_uint64),
                ('preemptions', c_uint64), ('utilisation', c_double)]


class Refusal(Structure):
    _fields_ = [('seq', c_uint64), ('status', c_int), ('lane', c_uint32), ('t_ns', c_int64),
                ('name', c_char * 64), ('reason', c_char * 256)]


STRUCTS = {'aegis_runtime_config': RuntimeConfig, 'aegis_tensor_desc': TensorDesc, 'aegis_buffer': Buffer, 'aegis_task': Task,
           'aegis_task_result': TaskResult, 'aegis_analysis_result': AnalysisResult,
           'aegis_completion': Completion, 'aegis_waiter': Waiter, 'aegis_request': Request,
           'aegis_model_stats': ModelStats, 'aegis_lane_stats': LaneStats,
           'aegis_refusal': Refusal}

# ---- prototypes --------------------------------------------------------------------------
_P = c_void_p  # opaque handles: aegis_runtime *, aegis_workload *


def _proto(name, restype, *argtypes):
    f = getattr(lib, name)
    f.restype = restype
    f.argtypes = list(argtypes)


_proto('aegis_status_name', c_char_p, c_int)
_proto('aegis_status_str', c_char_p, c_int)
_proto('aegis_status_class_of', c_int, c_int)
_proto('aegis_status_class_name', c_char_p, c_int)
_proto('aegis_dtype_name', c_char_p, c_int)
_proto('aegis_dtype_size', c_uint32, c_int)
_proto('aegis_duration_parse', c_int, c_char_p, POINTER(c_int64))
_proto('aegis_workload_load', c_int, c_char_p, POINTER(_P), c_char_p, c_size_t)
_proto('aegis_workload_parse', c_int, c_char_p, c_char_p, c_size_t, POINTER(_P), c_char_p,
       c_size_t)
_proto('aegis_workload_destroy', None, _P)
_proto('aegis_workload_runtime', POINTER(RuntimeConfig), _P)
_proto('aegis_workload_duration_ns', c_int64, _P)
_proto('aegis_workload_model_count', c_uint32, _P)
_proto('aegis_workload_model', _P, _P, c_uint32)
_proto('aegis_runtime_create', c_int, POINTER(RuntimeConfig), POINTER(_P), c_char_p,
       c_size_t)
_proto('aegis_runtime_destroy', None, _P)
_proto('aegis_runtime_last_error', c_char_p, _P)
_proto('aegis_runtime_config_get', POINTER(RuntimeConfig), _P)
_proto('aegis_model_admit', c_int, _P, _P, POINTER(c_uint32))
_proto('aegis_model_evict', c_int, _P, c_uint32)
_proto('aegis_model_find', c_int, _P, c_char_p, POINTER(c_uint32))
_proto('aegis_model_name', c_char_p, _P, c_uint32)
_proto('aegis_runtime_model_count', c_uint32, _P)
_proto('aegis_runtime_model_at', c_uint32, _P, c_uint32)
_proto('aegis_runtime_lane_count', c_uint32, _P)
_proto('aegis_runtime_now_ns', c_int64, _P)
_proto('aegis_runtime_run_for', c_int, _P, c_int64)
_proto('aegis_runtime_start', c_int, _P)
_proto('aegis_runtime_stop', c_int, _P)
_proto('aegis_request_submit', c_int, _P, c_uint32, POINTER(Request))
_proto('aegis_waiter_init', None, POINTER(Waiter))
_proto('aegis_waiter_wait', c_int, POINTER(Waiter), c_int64, POINTER(Completion))
_proto('aegis_waiter_poll', c_bool, POINTER(Waiter), POINTER(Completion))
_proto('aegis_model_stats_get', c_int, _P, c_uint32, POINTER(ModelStats))
_proto('aegis_lane_stats_get', c_int, _P, c_uint32, POINTER(LaneStats))
_proto('aegis_model_tensor_count', c_int, _P, c_uint32, POINTER(c_uint32), POINTER(c_uint32))
_proto('aegis_model_tensor_get', c_int, _P, c_uint32, c_bool, c_uint32, POINTER(TensorDesc))
_proto('aegis_model_task_get', c_int, _P, c_uint32, POINTER(Task))
_proto('aegis_policy_analysis', c_int, c_int, c_int, POINTER(c_int))
_proto('aegis_policy_name', c_char_p, c_int)
_proto('aegis_health_name', c_char_p, c_int)
_proto('aegis_runtime_refusal_count', c_uint64, _P)
_proto('aegis_runtime_refusal_get', c_int, _P, c_uint64, POINTER(Refusal))
_proto('aegis_analyse', c_int, c_int, POINTER(Task), c_uint32, POINTER(AnalysisResult),
       POINTER(TaskResult))
_proto('aegis_lane_analyse', c_int, c_int, POINTER(Task), POINTER(c_int32), c_uint32, c_uint32,
       POINTER(Task), POINTER(AnalysisResult), POINTER(TaskResult), POINTER(TaskResult))
_proto('aegis_analysis_kind_name', c_char_p, c_int)
_proto('aegis_analysis_kind_source', c_char_p, c_int)
