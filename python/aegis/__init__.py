"""AegisRT from Python: a ctypes binding over libaegis.so (no compiled extension).

    import aegis
    with aegis.Runtime({'lanes': 1, 'policy': 'edf'}) as rt:
        det = rt.admit({'name': 'det', 'period': '33.3ms', 'exec': '5ms'})
        rt.run_for('1s')
        print(rt.stats(det)['completed'])

A runtime's settings and a model's are the keys of a workload file (examples/
quickstart.yaml), given as a dict or read from the file itself; the library checks
them. Failures raise AegisError, which carries the status (its name and class) and the
library's detail. Requests carry numpy arrays: the inputs are copied at submission, the
outputs are arrays this package allocates and the library fills when the request ends
OK. Completion comes as a callback (on the dispatcher's thread: the caller of run_for,
or the runtime's own thread after start) or as a wait on the request.
"""
import ctypes
import itertools
import json
import os
import threading

from . import _lib
from ._lib import lib

__all__ = ['AegisError', 'TransientError', 'PermanentError', 'FatalError', 'Runtime',
           'Model', 'Request', 'Completion', 'Analysis', 'analyse', 'check_admission',
           'duration_ns', 'status_name', 'LIBRARY_PATH']

LIBRARY_PATH = _lib.LIBRARY_PATH
__version__ = '0.1.0'


# ---- statuses and errors ------------------------------------------------------------------
def status_name(status):
    """'AEGIS_E_QUEUE_FULL' for a status value."""
    return lib.aegis_status_name(status).decode()


def _status_class(status):
    return lib.aegis_status_class_name(lib.aegis_status_class_of(status)).decode()


_STATUS = {}
for _v in range(64):
    _n = status_name(_v)
    if _n == 'AEGIS_E_UNKNOWN':
        break
    _STATUS[_n[len('AEGIS_'):]] = _v


class AegisError(Exception):
    """A call the library refused. status: the aegis_status value; name:
    'AEGIS_E_UNSCHEDULABLE'; status_class: 'transient', 'permanent' or 'fatal' (how to
    react: retry later, fix the input, stop); message: the status' one line; detail:
    the library's detail (which model, which limit, the numbers), '' if none."""

    def __init__(self, status, detail=''):
        self.status = status
        self.name = status_name(status)
        self.status_class = _status_class(status)
        self.message = lib.aegis_status_str(status).decode()
        self.detail = detail or ''
        super().__init__('%s (%s): %s%s' % (self.name, self.status_class, self.message,
                                            ': ' + self.detail if self.detail else ''))


class TransientError(AegisError):
    """Resource exhausted now (queue full, inter-arrival, timeout): may work later."""


class PermanentError(AegisError):
    """Bad input or configuration (invalid, unschedulable): retrying cannot help."""


class FatalError(AegisError):
    """The device was lost: the runtime must stop."""


def _error(status, detail=''):
    cls = {'transient': TransientError, 'permanent': PermanentError,
           'fatal': FatalError}.get(_status_class(status), AegisError)
    return cls(status, detail)


OK = 0
E_INVAL = _STATUS['E_INVAL']
E_TIMEOUT = _STATUS['E_TIMEOUT']


def duration_ns(d):
    """Nanoseconds from an int (ns) or a duration with a unit ('33.3ms', '2s')."""
    if isinstance(d, int):
        return d
    out = ctypes.c_int64()
    st = lib.aegis_duration_parse(str(d).encode(), ctypes.byref(out))
    if st != OK:
        raise _error(st, 'duration %r: expected a number with a unit (ns, us, ms, s, min)'
                     % (d,))
    return out.value


# ---- workloads ----------------------------------------------------------------------------
class _Workload:
    """A parsed workload (aegis_workload), from a file or from a dict (written as JSON,
    which the YAML parser reads as flow style)."""

    def __init__(self, path=None, doc=None, name='<dict>'):
        self.h = ctypes.c_void_p()
        err = ctypes.create_string_buffer(1024)
        if path is not None:
            st = lib.aegis_workload_load(os.fsencode(path), ctypes.byref(self.h), err, 1024)
        else:
            text = json.dumps(doc, indent=1).encode()
            st = lib.aegis_workload_parse(name.encode(), text, len(text), ctypes.byref(self.h),
                                          err, 1024)
        if st != OK:
            raise _error(st, err.value.decode(errors='replace'))

    def __del__(self):
        if getattr(self, 'h', None):
            lib.aegis_workload_destroy(self.h)
            self.h = None

    def runtime(self):
        return lib.aegis_workload_runtime(self.h)

    def models(self):
        return [lib.aegis_workload_model(self.h, i)
                for i in range(lib.aegis_workload_model_count(self.h))]

    def duration_ns(self):
        return lib.aegis_workload_duration_ns(self.h)


# A model that only gives a runtime section something to parse (a workload needs one); it
# is never admitted.
_PLACEHOLDER = {'name': '_', 'period': '1s', 'exec': '1ns'}


# ---- tensors --------------------------------------------------------------------------------
def _np():
    import numpy
    return numpy


class Tensor:
    """One input or output of a model: name, dtype (a numpy dtype name), shape, bytes."""

    def __init__(self, d):
        self.name = d.name.decode()
        self.dtype = lib.aegis_dtype_name(d.dtype).decode()
        self.shape = tuple(d.shape[i] for i in range(d.rank))
        self.bytes = d.bytes

    def __repr__(self):
        return 'Tensor(%r, %s, %s)' % (self.name, self.dtype, list(self.shape))


class Model:
    """An admitted model: its id in the runtime, its name and its tensors."""

    def __init__(self, rt, mid):
        self.id = mid
        self.name = lib.aegis_model_name(rt._h, mid).decode()
        n_in, n_out = ctypes.c_uint32(), ctypes.c_uint32()
        rt._check(lib.aegis_model_tensor_count(rt._h, mid, ctypes.byref(n_in),
                                               ctypes.byref(n_out)))
        self.inputs = [rt._tensor(mid, False, i) for i in range(n_in.value)]
        self.outputs = [rt._tensor(mid, True, i) for i in range(n_out.value)]

    def __repr__(self):
        return 'Model(%r, id=%d)' % (self.name, self.id)


# ---- requests ----------------------------------------------------------------------------
class Completion:
    """How a request ended: status (a name, 'AEGIS_OK' when it ran), ok, job, lane,
    arrival/release/start/finish/deadline in ns, missed, and outputs (the arrays, filled
    when ok)."""

    def __init__(self, c, model, outputs):
        self.model = model
        self.status = status_name(c.status)
        self.status_value = c.status
        self.ok = c.status == OK
        self.job = c.job
        self.lane = c.lane
        self.arrival_ns = c.arrival_ns
        self.release_ns = c.release_ns
        self.start_ns = c.start_ns
        self.finish_ns = c.finish_ns
        self.deadline_ns = c.deadline_ns
        self.missed = c.missed
        self.outputs = outputs if self.ok else None

    @property
    def response_ns(self):
        return self.finish_ns - self.arrival_ns

    def __repr__(self):
        return 'Completion(%s job %d: %s)' % (self.model, self.job, self.status)


class Request:
    """A submitted request: outputs (the arrays the library writes), done (whether it
    has ended), completion (once ended), wait(timeout)."""

    def __init__(self, model, outputs, callback):
        self.model = model
        self.outputs = outputs
        self.callback = callback
        self.completion = None
        self._waiter = _lib.Waiter()
        lib.aegis_waiter_init(ctypes.byref(self._waiter))
        self._event = threading.Event()
        self._c = None

    @property
    def done(self):
        return self._event.is_set()

    def wait(self, timeout=None):
        """Waits until the request has ended (timeout: seconds, None: no limit) and
        returns its Completion; TransientError AEGIS_E_TIMEOUT when it has not ended."""
        if self.completion is None:
            c = _lib.Completion()
            ns = -1 if timeout is None else int(timeout * 1e9)
            st = lib.aegis_waiter_wait(ctypes.byref(self._waiter), ns, ctypes.byref(c))
            if st != OK:
                raise _error(st, 'request of %s: not ended after %ss' % (self.model, timeout))
            self._event.wait()  # the completion object is made by the callback
        return self.completion


# Every request's callback goes through one C function pointer; user is the request's key.
_pending = {}
_pending_lock = threading.Lock()
_keys = itertools.count(1)


def _on_done(user, cp):
    with _pending_lock:
        req = _pending.pop(user, None)
    if req is None:
        return
    req.completion = Completion(cp.contents, req.model.name, req.outputs)
    req._event.set()
    if req.callback is not None:
        try:
            req.callback(req.completion)
        except Exception as e:  # a callback must not unwind into C
            import sys
            print('aegis: callback of %s raised %r' % (req.model.name, e), file=sys.stderr)


_DONE = _lib.DONE_FN(_on_done)


# ---- analysis ------------------------------------------------------------------------------
def _kind_names():
    return {lib.aegis_analysis_kind_name(k).decode(): k for k in range(_lib.AN_KIND_COUNT)}


class Analysis:
    """A schedulability analysis' verdict and evidence: kind, source (its paper),
    schedulable, utilisation, reason, failing (the failing task's name or None),
    excess_ns, busy_period_ns, and tasks: per task (by name) bound_ns (fp: worst-case
    response time, -1 beyond the deadline; edf: -1), slack_ns, blocking_ns,
    check_point_ns (edf), schedulable."""

    def __init__(self, kind, res, names, per):
        self.kind = lib.aegis_analysis_kind_name(kind).decode()
        self.source = lib.aegis_analysis_kind_source(kind).decode()
        self.schedulable = res.schedulable
        self.utilisation = res.utilisation
        self.reason = res.reason.decode() if res.reason else ''
        self.failing = (names[res.failing_task] if res.failing_task != _lib.AN_NONE and
                        res.failing_task < len(names) else None)
        self.excess_ns = res.excess_ns
        self.busy_period_ns = res.busy_period_ns
        self.check_point_ns = res.check_point_ns
        self.tasks = {n: {'schedulable': r.schedulable, 'bound_ns': r.bound_ns,
                          'slack_ns': r.slack_ns, 'blocking_ns': r.blocking_ns,
                          'check_point_ns': r.check_point_ns}
                      for n, r in zip(names, per)}

    def __repr__(self):
        return 'Analysis(%s: %s, U=%.3f%s)' % (
            self.kind, 'schedulable' if self.schedulable else 'not schedulable',
            self.utilisation, ', %s fails' % self.failing if self.failing else '')


def _analyse(kind, tasks, names):
    n = len(tasks)
    arr = (_lib.Task * max(n, 1))(*tasks)
    res = _lib.AnalysisResult()
    per = (_lib.TaskResult * max(n, 1))()
    st = lib.aegis_analyse(kind, arr, n, ctypes.byref(res), per)
    if st != OK:
        raise _error(st, 'analysis %s of %d tasks' % (lib.aegis_analysis_kind_name(kind)
                                                      .decode(), n))
    return Analysis(kind, res, names, per[:n])


def analyse(tasks, kind='fp-np'):
    """The schedulability analysis of one lane alone: tasks are dicts with name, wcet,
    period, and optionally deadline (= period), jitter, prio (fp: 0 highest; default
    the index), segments (a list adding up to wcet); durations in ns or with a unit.
    kind: fp-np, fp-lp, fp-p, edf-np, edf-lp, edf-p. Returns an Analysis."""
    kinds = _kind_names()
    if kind not in kinds:
        raise _error(E_INVAL, 'analysis %r: expected one of %s' % (kind, ', '.join(kinds)))
    keep, cs, names = [], [], []
    for i, t in enumerate(tasks):
        segs = [duration_ns(s) for s in t.get('segments', [])]
        seg_arr = (ctypes.c_int64 * max(len(segs), 1))(*segs)
        name = t.get('name', 'task%d' % i)
        nb = name.encode()
        keep += [seg_arr, nb]
        period = duration_ns(t['period'])
        cs.append(_lib.Task(nb, duration_ns(t['wcet']), duration_ns(t.get('deadline', period)),
                            period, duration_ns(t.get('jitter', 0)), t.get('prio', i),
                            len(segs), seg_arr if segs else None))
        names.append(name)
    return _analyse(kinds[kind], cs, names)


# ---- the runtime ---------------------------------------------------------------------------
class Runtime:
    """A runtime (aegis_runtime): Runtime(config) with config a dict of a workload's
    runtime keys ({'lanes': 2, 'policy': 'edf', 'device': 'sim', ...}; None: the
    defaults) and 'clock': 'real' for the simulated device on the real clock (threads:
    start, submit from any thread, wait), or Runtime.from_workload(path). A context manager: leaving it destroys
    the runtime (every pending request ends first)."""

    def __init__(self, config=None, _workload=None):
        self._h = None
        config = dict(config or {})
        clock = config.pop('clock', 'default')
        if clock not in _lib.CLOCKS:
            raise _error(_STATUS['E_CONFIG'], 'clock %r: expected one of %s' %
                         (clock, ', '.join(_lib.CLOCKS)))
        w = _workload or _Workload(doc={'runtime': config, 'models': [_PLACEHOLDER]},
                                   name='<runtime config>')
        cfg = _lib.RuntimeConfig()
        ctypes.pointer(cfg)[0] = w.runtime().contents  # a copy; its strings are w's
        if clock != 'default':
            cfg.clock = _lib.CLOCKS[clock]
        self._h = ctypes.c_void_p()
        err = ctypes.create_string_buffer(1024)
        st = lib.aegis_runtime_create(ctypes.byref(cfg), ctypes.byref(self._h), err, 1024)
        if st != OK:
            self._h = None
            raise _error(st, err.value.decode(errors='replace'))
        self.duration_ns = w.duration_ns()
        self.models = {}

    @classmethod
    def from_workload(cls, path, admit=True):
        """The runtime of a workload file, with its models admitted (admit=False: none).
        Its run length, if the file gives one, is in .duration_ns."""
        w = _Workload(path=path)
        rt = cls(_workload=w)
        if admit:
            rt._admit_all(w)
        return rt

    # -- life
    def close(self):
        """Stops (pending requests end, E_CANCELLED if they never ran) and frees."""
        if self._h:
            lib.aegis_runtime_destroy(self._h)
            self._h = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()

    def _check(self, st, what=''):
        if st != OK:
            detail = lib.aegis_runtime_last_error(self._h).decode(errors='replace')
            raise _error(st, detail or what)

    def _live(self):
        if not self._h:
            raise _error(_STATUS['E_STATE'], 'the runtime was closed')
        return self._h

    # -- models
    def _tensor(self, mid, output, i):
        d = _lib.TensorDesc()
        self._check(lib.aegis_model_tensor_get(self._h, mid, output, i, ctypes.byref(d)))
        return Tensor(d)

    def _admit_config(self, cfg):
        mid = ctypes.c_uint32()
        self._check(lib.aegis_model_admit(self._live(), cfg, ctypes.byref(mid)))
        m = Model(self, mid.value)
        self.models[m.name] = m
        return m

    def _admit_all(self, w):
        return [self._admit_config(c) for c in w.models()]

    def admit(self, model):
        """Admits one model given as a dict of a workload's model keys ({'name': 'det',
        'period': '33.3ms', 'exec': '5ms', 'inputs': [...], ...}). Returns its Model;
        raises AegisError (PermanentError AEGIS_E_UNSCHEDULABLE with the analysis'
        evidence in detail when a deadline would be missed; nothing changes then)."""
        lanes = lib.aegis_runtime_lane_count(self._live())
        w = _Workload(doc={'runtime': {'lanes': lanes}, 'models': [model]},
                      name='<model %s>' % model.get('name', '?'))
        return self._admit_config(w.models()[0])

    def admit_workload(self, path):
        """Admits every model of a workload file (its runtime section is not used)."""
        return self._admit_all(_Workload(path=path))

    def evict(self, model):
        self._check(lib.aegis_model_evict(self._live(), self._model(model).id))

    def _model(self, model):
        if isinstance(model, Model):
            return model
        if model not in self.models:
            raise _error(_STATUS['E_NOT_FOUND'], 'no model %r' % (model,))
        return self.models[model]

    # -- running
    def run_for(self, duration):
        """Runs the dispatcher on this thread for duration (ns or '1s'; virtual time on
        the sim device). Callbacks run on this thread meanwhile."""
        self._check(lib.aegis_runtime_run_for(self._live(), duration_ns(duration)))

    def start(self):
        """Starts the runtime's own dispatcher thread (callbacks run there)."""
        self._check(lib.aegis_runtime_start(self._live()))

    def stop(self):
        self._check(lib.aegis_runtime_stop(self._live()))

    @property
    def now_ns(self):
        return lib.aegis_runtime_now_ns(self._live())

    @property
    def lanes(self):
        return lib.aegis_runtime_lane_count(self._live())

    def submit(self, model, inputs=(), callback=None, raw=False):
        """Releases one job of a (sporadic) model with its data: inputs, one numpy array
        per input tensor of the model's dtype and shape (copied before this returns).
        Returns a Request whose outputs are new arrays of the output tensors, written
        when it ends OK; callback(completion), if given, runs on the dispatcher's
        thread when it ends. A refused submission raises AegisError (TransientError for
        a full queue or a broken inter-arrival time; PermanentError AEGIS_E_INVAL for a
        wrong buffer, naming the tensor). raw=True hands over any contiguous buffers as
        they are (the library checks only their sizes)."""
        np = _np()
        m = self._model(model)
        inputs = list(inputs)
        if not raw:
            if len(inputs) != len(m.inputs):
                raise _error(E_INVAL, 'model %r: %d inputs given, it has %d' %
                             (m.name, len(inputs), len(m.inputs)))
            for i, (a, t) in enumerate(zip(inputs, m.inputs)):
                a = np.asarray(a)
                if a.dtype != np.dtype(t.dtype) or a.shape != t.shape:
                    raise _error(E_INVAL, "model %r: input %d '%s' is %s %s, expected %s %s" %
                                 (m.name, i, t.name, a.dtype, list(a.shape), t.dtype,
                                  list(t.shape)))
                inputs[i] = np.ascontiguousarray(a)
        else:
            inputs = [np.ascontiguousarray(np.frombuffer(a, dtype=np.uint8)
                                           if not hasattr(a, '__array_interface__') else a)
                      for a in inputs]
        outputs = [np.empty(t.shape, dtype=t.dtype) for t in m.outputs]
        req = Request(m, outputs, callback)
        ins = (_lib.Buffer * max(len(inputs), 1))(
            *[_lib.Buffer(a.ctypes.data, 0, a.nbytes) for a in inputs])
        outs = (_lib.Buffer * max(len(outputs), 1))(
            *[_lib.Buffer(a.ctypes.data, 0, a.nbytes) for a in outputs])
        key = next(_keys)
        c = _lib.Request(_DONE, key, ctypes.pointer(req._waiter), ins, len(inputs), outs,
                         len(outputs))
        with _pending_lock:
            _pending[key] = req
        st = lib.aegis_request_submit(self._live(), m.id, ctypes.byref(c))
        if st != OK:
            with _pending_lock:
                _pending.pop(key, None)
            self._check(st)
        return req

    # -- statistics
    def stats(self, model):
        """The model's statistics (aegis_model_stats) as a dict; health by name."""
        s = _lib.ModelStats()
        self._check(lib.aegis_model_stats_get(self._live(), self._model(model).id,
                                              ctypes.byref(s)))
        d = {f: getattr(s, f) for f, _ in _lib.ModelStats._fields_}
        d['health'] = lib.aegis_health_name(s.health).decode()
        return d

    def lane_stats(self, lane):
        s = _lib.LaneStats()
        self._check(lib.aegis_lane_stats_get(self._live(), lane, ctypes.byref(s)))
        return {f: getattr(s, f) for f, _ in _lib.LaneStats._fields_}

    # -- analysis
    @property
    def policy(self):
        return lib.aegis_policy_name(lib.aegis_runtime_config_get(self._live()).contents
                                     .policy).decode()

    def analysis(self, lane=0):
        """The admission analysis of a lane as it stands: the analysis that admission
        runs for the runtime's policy and preemption, over the tasks of the models on
        the lane (as admission sees them: overheads, copies, host stall). An Analysis
        with each model's bound and slack."""
        h = self._live()
        cfg = lib.aegis_runtime_config_get(h).contents
        kind = ctypes.c_int()
        self._check(lib.aegis_policy_analysis(cfg.policy, cfg.preemption, ctypes.byref(kind)))
        tasks, names = [], []
        for m in self.models.values():
            s = self.stats(m)
            if s['evicted'] or s['lane'] != lane:
                continue
            t = _lib.Task()
            self._check(lib.aegis_model_task_get(h, m.id, ctypes.byref(t)))
            tasks.append(t)
            names.append(m.name)
        return _analyse(kind.value, tasks, names)

    def refusals(self):
        """The refused admissions so far (the newest 64): dicts of name, status, lane,
        reason (the evidence)."""
        out = []
        h = self._live()
        for seq in range(lib.aegis_runtime_refusal_count(h)):
            r = _lib.Refusal()
            if lib.aegis_runtime_refusal_get(h, seq, ctypes.byref(r)) == OK:
                out.append({'name': r.name.decode(), 'status': status_name(r.status),
                            'lane': r.lane, 'reason': r.reason.decode(errors='replace')})
        return out


def check_admission(workload):
    """Admission only, nothing runs: the models of a workload (a file's path, or a dict
    with 'runtime' and 'models') are admitted in order to a runtime of its runtime
    section, as `aegisrt run` would. Returns a dict: admitted (names), refused (dicts of
    name, status, status_class, detail: the analysis' evidence), lanes (lane -> the
    Analysis of the admitted models there)."""
    w = _Workload(path=workload) if isinstance(workload, (str, os.PathLike)) else \
        _Workload(doc=workload)
    admitted, refused = [], []
    with Runtime(_workload=w) as rt:
        for cfg in w.models():
            try:
                admitted.append(rt._admit_config(cfg).name)
            except AegisError as e:
                refused.append({'name': rt.refusals()[-1]['name'] if rt.refusals() else '?',
                                'status': e.name, 'status_class': e.status_class,
                                'detail': e.detail})
        lanes = {lane: rt.analysis(lane) for lane in range(rt.lanes)}
    return {'admitted': admitted, 'refused': refused, 'lanes': lanes}
