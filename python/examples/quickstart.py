import aegis, numpy as np

with aegis.Runtime({'lanes': 1, 'policy': 'edf'}) as rt:           # the simulated device
    det = rt.admit({'name': 'det', 'period': '33.3ms', 'exec': '5ms'})
    cls = rt.admit({'name': 'cls', 'release': 'sporadic', 'period': '10ms', 'exec': '2ms',
                    'inputs': [{'name': 'x', 'dtype': 'float32', 'shape': [3, 8, 8]}],
                    'outputs': [{'name': 'y', 'dtype': 'float32', 'shape': [10]}]})
    req = rt.submit(cls, [np.ones((3, 8, 8), np.float32)])
    rt.run_for('1s')                                                   # virtual time
    print(req.wait().status, req.outputs[0].shape, rt.stats(det)['completed'], 'det jobs')
    try:
        rt.admit({'name': 'seg', 'period': '10ms', 'exec': '9ms'})
    except aegis.AegisError as e:                    # PermanentError: the analysis says no
        print(e.name, e.status_class, e.detail)
