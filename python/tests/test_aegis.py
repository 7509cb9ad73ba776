"""The Python binding (python/aegis) on the simulated device: admission and refusal with
the analysis' evidence, a run and its statistics, requests with numpy arrays (outputs
checked against what the sim backend writes, src/backend/sim/data.h), buffers refused,
errors as exceptions, and the C structs' layout. Run by CTest (pkg_python) with
AEGIS_LIBRARY set to the build's libaegis.so and AEGIS_LAYOUT_EXE to py_layout."""
import os
import subprocess
import sys
import threading
import time
import unittest

import numpy as np

import aegis
from aegis import _lib

MS = 1000000
M64 = (1 << 64) - 1


def sim_outputs(inputs, outputs):
    """What the sim backend writes (src/backend/sim/data.h): h = FNV-1a over the inputs'
    bytes; output j's 8-byte word i = splitmix64(h + (j << 48) + i), little-endian."""
    h = 0xcbf29ce484222325
    for a in inputs:
        for b in np.ascontiguousarray(a).tobytes():
            h = ((h ^ b) * 0x100000001b3) & M64
    out = []
    for j, (dtype, shape) in enumerate(outputs):
        n = int(np.prod(shape)) * np.dtype(dtype).itemsize
        words = bytearray()
        for i in range((n + 7) // 8):
            z = (h + (j << 48) + i + 0x9e3779b97f4a7c15) & M64
            z = ((z ^ (z >> 30)) * 0xbf58476d1ce4e5b9) & M64
            z = ((z ^ (z >> 27)) * 0x94d049bb133111eb) & M64
            words += (z ^ (z >> 31)).to_bytes(8, 'little')
        out.append(np.frombuffer(bytes(words[:n]), dtype=dtype).reshape(shape))
    return out


CLS = {'name': 'cls', 'release': 'sporadic', 'period': '10ms', 'exec': '2ms',
       'inputs': [{'name': 'image', 'dtype': 'float32', 'shape': [1, 3, 4, 4]},
                  {'name': 'mask', 'dtype': 'uint8', 'shape': [5]}],
       'outputs': [{'name': 'scores', 'dtype': 'float32', 'shape': [1, 10]},
                   {'name': 'ids', 'dtype': 'int64', 'shape': [3]}]}


def frame(k):
    return [np.arange(48, dtype=np.float32).reshape(1, 3, 4, 4) * (k + 1),
            np.array([k, 1, 2, 3, 4], dtype=np.uint8)]


class Admission(unittest.TestCase):
    def test_admit_and_refuse_with_evidence(self):
        with aegis.Runtime({'lanes': 1, 'policy': 'fp'}) as rt:
            hi = rt.admit({'name': 'hi', 'period': '10ms', 'exec': '2ms', 'priority': 0})
            lo = rt.admit({'name': 'lo', 'period': '20ms', 'exec': '3ms', 'priority': 1})
            self.assertEqual((hi.id, lo.id), (0, 1))
            ev = rt.analysis(0)
            self.assertEqual(ev.kind, 'fp-np')
            self.assertTrue(ev.schedulable)
            self.assertAlmostEqual(ev.utilisation, 0.2 + 0.15)
            # Non-preemptive FP (Davis et al. 2007): hi is blocked by lo's 3 ms less one
            # tick, then runs 2 ms; lo waits for one job of hi.
            self.assertEqual(ev.tasks['hi']['bound_ns'], 5 * MS - 1)
            self.assertEqual(ev.tasks['hi']['slack_ns'], 10 * MS - (5 * MS - 1))
            self.assertEqual(ev.tasks['lo']['bound_ns'], 5 * MS)
            # 7 ms every 10 ms more: lo would miss (bound above 20 ms): refused, nothing
            # changes, the error says who would miss and by how much.
            with self.assertRaises(aegis.PermanentError) as cm:
                rt.admit({'name': 'big', 'period': '10ms', 'exec': '7ms', 'priority': 0})
            e = cm.exception
            self.assertEqual(e.name, 'AEGIS_E_UNSCHEDULABLE')
            self.assertEqual(e.status_class, 'permanent')
            self.assertIn("model 'big'", e.detail)
            self.assertIn('would miss its deadline', e.detail)
            self.assertEqual(set(rt.models), {'hi', 'lo'})
            self.assertEqual([r['name'] for r in rt.refusals()], ['big'])
            self.assertEqual(rt.refusals()[0]['reason'], e.detail)

    def test_analyse_tasks(self):
        ok = aegis.analyse([{'name': 'a', 'wcet': '2ms', 'period': '10ms'},
                            {'name': 'b', 'wcet': '3ms', 'period': '20ms'}], 'fp-np')
        self.assertTrue(ok.schedulable)
        self.assertEqual(ok.tasks['a']['bound_ns'], 5 * MS - 1)
        bad = aegis.analyse([{'name': 'a', 'wcet': '6ms', 'period': '10ms'},
                             {'name': 'b', 'wcet': '6ms', 'period': '10ms'}], 'edf-np')
        self.assertFalse(bad.schedulable)
        self.assertGreater(bad.utilisation, 1)
        self.assertEqual(bad.reason, 'utilisation above 1')
        with self.assertRaises(aegis.PermanentError):
            aegis.analyse([{'name': 'a', 'wcet': '1ms', 'period': '1ms', 'deadline': '2ms'}])

    def test_check_admission_of_a_workload(self):
        doc = {'runtime': {'lanes': 1, 'policy': 'edf'},
               'models': [{'name': 'a', 'period': '10ms', 'exec': '6ms'},
                          {'name': 'b', 'period': '10ms', 'exec': '6ms'}]}
        r = aegis.check_admission(doc)
        self.assertEqual(r['admitted'], ['a'])
        self.assertEqual(len(r['refused']), 1)
        self.assertEqual(r['refused'][0]['name'], 'b')
        self.assertEqual(r['refused'][0]['status'], 'AEGIS_E_UNSCHEDULABLE')
        self.assertIn('utilisation above 1', r['refused'][0]['detail'])
        self.assertAlmostEqual(r['lanes'][0].utilisation, 0.6)
        here = os.path.dirname(os.path.abspath(__file__))
        q = aegis.check_admission(os.path.join(here, '..', '..', 'examples', 'quickstart.yaml'))
        self.assertEqual(len(q['admitted']), 8)
        self.assertEqual(q['refused'], [])


class Run(unittest.TestCase):
    def test_run_with_statistics(self):
        with aegis.Runtime({'lanes': 2, 'policy': 'edf', 'seed': 3}) as rt:
            a = rt.admit({'name': 'a', 'period': '10ms', 'exec': '2ms', 'lane': 0})
            b = rt.admit({'name': 'b', 'period': '25ms',
                          'exec': {'dist': 'uniform', 'min': '1ms', 'max': '4ms'}, 'lane': 1})
            rt.run_for('1s')
            self.assertEqual(rt.now_ns, 1000 * MS)
            sa, sb = rt.stats(a), rt.stats(b)
            # Alone on its lane, a fixed 2 ms job ends 2 ms after its release.
            self.assertIn(sa['completed'], (100, 101))
            self.assertEqual((sa['missed'], sa['failed']), (0, 0))
            self.assertEqual(sa['response_min_ns'], 2 * MS)
            self.assertEqual(sa['response_max_ns'], 2 * MS)
            self.assertEqual(sa['health'], 'healthy')
            self.assertIn(sb['completed'], (40, 41))
            self.assertTrue(1 * MS <= sb['response_min_ns'] <= sb['response_p50_ns']
                            <= sb['response_max_ns'] <= 4 * MS)
            self.assertEqual(sb['wcet_ns'], 4 * MS)
            lane0 = rt.lane_stats(0)
            self.assertAlmostEqual(lane0['utilisation'], 0.2, places=2)
            self.assertEqual(lane0['segments'], sa['completed'])

    def test_from_workload(self):
        here = os.path.dirname(os.path.abspath(__file__))
        with aegis.Runtime.from_workload(
                os.path.join(here, '..', '..', 'examples', 'quickstart.yaml')) as rt:
            self.assertEqual(len(rt.models), 8)
            rt.run_for('2s')
            total = sum(rt.stats(m)['completed'] for m in rt.models)
            self.assertGreater(total, 300)
            self.assertEqual(sum(rt.stats(m)['missed'] for m in rt.models), 0)


class Data(unittest.TestCase):
    def test_submit_numpy_callback_and_wait(self):
        with aegis.Runtime({'lanes': 1}) as rt:
            m = rt.admit(CLS)
            self.assertEqual([(t.name, t.dtype, t.shape) for t in m.inputs],
                             [('image', 'float32', (1, 3, 4, 4)), ('mask', 'uint8', (5,))])
            self.assertEqual([t.bytes for t in m.outputs], [40, 24])
            seen = []
            reqs = []
            for k in range(3):
                reqs.append(rt.submit(m, frame(k), callback=seen.append))
                rt.run_for('10ms')
            self.assertEqual(len(seen), 3)
            for k, r in enumerate(reqs):
                c = r.wait(0)
                self.assertTrue(c.ok, c.status)
                self.assertIs(seen[k], c)
                self.assertEqual(c.job, k)
                # 2 ms of execution and the copies (inputs in, outputs out) at 12 GB/s.
                self.assertEqual(c.response_ns, 2 * MS + rt.stats(m)['copy_ns'])
                want = sim_outputs(frame(k), [('float32', (1, 10)), ('int64', (3,))])
                self.assertEqual(r.outputs[0].dtype, np.float32)
                self.assertEqual(r.outputs[0].shape, (1, 10))
                np.testing.assert_array_equal(r.outputs[0].view(np.uint32),
                                              want[0].view(np.uint32))
                np.testing.assert_array_equal(r.outputs[1], want[1])
            # The outputs depend on the inputs.
            self.assertFalse(np.array_equal(reqs[0].outputs[1], reqs[1].outputs[1]))
            self.assertEqual(rt.stats(m)['completed'], 3)

    def test_threads_and_wait(self):
        """The runtime's own thread on the real clock; submissions from two threads,
        each waiting for its answers."""
        with aegis.Runtime({'lanes': 1, 'clock': 'real'}) as rt:
            m = rt.admit(dict(CLS, period='2ms', exec='100us', queue_depth=4))
            rt.start()
            done = []

            def camera(k):
                time.sleep(0.005)  # the model's minimum inter-arrival time is 2 ms
                r = rt.submit(m, frame(k))
                c = r.wait(5)
                done.append((k, c.ok, np.array_equal(
                    r.outputs[1], sim_outputs(frame(k), [('float32', (1, 10)),
                                                         ('int64', (3,))])[1])))
            ts = [threading.Thread(target=camera, args=(k,)) for k in range(2)]
            for t in ts:
                t.start()
                t.join()  # one after the other: 2 ms apart at least is the model's rule
            rt.stop()
            self.assertEqual(sorted(done), [(0, True, True), (1, True, True)])

    def test_invalid_buffers_refused(self):
        with aegis.Runtime({'lanes': 1}) as rt:
            m = rt.admit(CLS)
            good = frame(0)
            cases = {
                'dtype': [good[0].astype(np.float64), good[1]],
                'shape': [good[0].reshape(3, 16), good[1]],
                'count': [good[0]],
            }
            for what, ins in cases.items():
                with self.subTest(what):
                    with self.assertRaises(aegis.PermanentError) as cm:
                        rt.submit(m, ins)
                    self.assertEqual(cm.exception.name, 'AEGIS_E_INVAL')
                    self.assertIn("model 'cls'", cm.exception.detail)
            # Through to the library (raw): a buffer of the wrong size, the tensor named.
            with self.assertRaises(aegis.PermanentError) as cm:
                rt.submit(m, [good[0].tobytes()[:-4], good[1]], raw=True)
            self.assertEqual(cm.exception.name, 'AEGIS_E_INVAL')
            self.assertIn("'image'", cm.exception.detail)
            self.assertIn('192 bytes', cm.exception.detail)
            self.assertEqual(rt.stats(m)['rejected_invalid'], 1)
            rt.run_for('10ms')
            self.assertEqual(rt.stats(m)['released'], 0)

    def test_transient_rejection(self):
        with aegis.Runtime({'lanes': 1}) as rt:
            m = rt.admit(CLS)
            rt.submit(m, frame(0))
            with self.assertRaises(aegis.TransientError) as cm:
                rt.submit(m, frame(1))  # within 10 ms of the first
            self.assertEqual(cm.exception.name, 'AEGIS_E_INTERARRIVAL')
            self.assertEqual(cm.exception.status_class, 'transient')


class Errors(unittest.TestCase):
    def test_bad_configs(self):
        with self.assertRaises(aegis.PermanentError) as cm:
            aegis.Runtime({'lanes': 1, 'policy': 'sometimes'})
        self.assertEqual(cm.exception.name, 'AEGIS_E_CONFIG')
        self.assertIn('policy', cm.exception.detail)
        with aegis.Runtime() as rt:
            with self.assertRaises(aegis.PermanentError) as cm:
                rt.admit({'name': 'x', 'period': '10ms', 'deadline': '20ms', 'exec': '1ms'})
            self.assertEqual(cm.exception.name, 'AEGIS_E_CONFIG')
            self.assertIn('deadline', cm.exception.detail)
            rt.admit({'name': 'x', 'period': '10ms', 'exec': '1ms'})
            with self.assertRaises(aegis.PermanentError) as cm:
                rt.admit({'name': 'x', 'period': '10ms', 'exec': '1ms'})
            self.assertEqual(cm.exception.name, 'AEGIS_E_EXISTS')
        with self.assertRaises(aegis.AegisError) as cm:
            aegis.duration_ns('10')
        self.assertEqual(cm.exception.name, 'AEGIS_E_INVAL')


class Layout(unittest.TestCase):
    def test_structs_match_the_c_compiler(self):
        exe = os.environ.get('AEGIS_LAYOUT_EXE')
        if not exe:
            self.skipTest('AEGIS_LAYOUT_EXE not set')
        out = subprocess.run([exe], check=True, capture_output=True, text=True).stdout
        c = dict(line.rsplit(' ', 1) for line in out.splitlines())
        py = {}
        for name, st in _lib.STRUCTS.items():
            py[name] = str(__import__('ctypes').sizeof(st))
            for f, _ in st._fields_:
                py['%s.%s' % (name, f)] = str(getattr(st, f).offset)
        self.assertEqual(py, c)


class Readme(unittest.TestCase):
    def test_readme_example_is_quickstart_and_runs(self):
        root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
        with open(os.path.join(root, 'README.md')) as f:
            readme = f.read()
        ex = os.path.join(root, 'python', 'examples', 'quickstart.py')
        with open(ex) as f:
            code = f.read()
        self.assertTrue('```python\n' + code + '```\n' in readme,
                        'README.md has no python block equal to python/examples/quickstart.py')
        out = subprocess.run([sys.executable, ex], check=True, capture_output=True, text=True,
                             cwd=root).stdout
        self.assertEqual(out.splitlines()[0], 'AEGIS_OK (10,) 30 det jobs')
        self.assertRegex(out.splitlines()[1], r"^AEGIS_E_UNSCHEDULABLE permanent .*model 'seg'")


if __name__ == '__main__':
    unittest.main()
