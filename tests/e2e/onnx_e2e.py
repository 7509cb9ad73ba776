#!/usr/bin/env python3
"""End-to-end: an ONNX model (backend onnx-cudnn) through `aegisrt admit`, `run` and
`profile` on the simulated device, and a refused graph. The model is built here (onnx,
numpy), so its memory is worked out by hand: conv 3->8 (3x3, pad 1) with bias, then
Relu, on 1x3x16x16:
  persistent = align256(8*3*3*3*4 = 864) + align256(8*4 = 32)   = 1024 + 256  = 1280
  io         = input 3*16*16*4 = 3072 + output 8*16*16*4 = 8192          = 11264
  transient  = the conv's output 8192 (an activation) + the default cuDNN
               workspace cap 16 MiB                                     = 16785408
Usage: onnx_e2e.py AEGISRT WORKDIR
"""
import json
import os
import subprocess
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

aegisrt, work = sys.argv[1], sys.argv[2]
os.makedirs(work, exist_ok=True)
rng = np.random.default_rng(0)


def save(nodes, inputs, outputs, inits, name):
    g = helper.make_graph(nodes, "g", inputs, outputs, inits)
    onnx.save(helper.make_model(g, opset_imports=[helper.make_opsetid("", 13)]),
              os.path.join(work, name))


save([helper.make_node("Conv", ["x", "W", "B"], ["y"], name="conv0", pads=[1, 1, 1, 1]),
      helper.make_node("Relu", ["y"], ["z"], name="relu0")],
     [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 3, 16, 16])],
     [helper.make_tensor_value_info("z", TensorProto.FLOAT, [1, 8, 16, 16])],
     [numpy_helper.from_array(rng.standard_normal((8, 3, 3, 3)).astype(np.float32), "W"),
      numpy_helper.from_array(rng.standard_normal((8,)).astype(np.float32), "B")],
     "conv.onnx")
save([helper.make_node("Einsum", ["x", "x"], ["y"], name="mix", equation="ij,jk->ik")],
     [helper.make_tensor_value_info("x", TensorProto.FLOAT, [4, 4])],
     [helper.make_tensor_value_info("y", TensorProto.FLOAT, [4, 4])], [], "einsum.onnx")

WORKLOAD = """runtime: {lanes: 1, policy: fp, memory_budget: 64MiB}
models:
  - name: conv
    backend: onnx-cudnn
    model: %s
    period: 10ms
    exec: 1ms
    segments: 2
    cuda_graph: true
"""
failures = []


def check(what, ok, detail=""):
    if not ok:
        failures.append("%s: %s" % (what, detail))


def run(args):
    return subprocess.run([aegisrt] + args, capture_output=True, text=True, timeout=120)


good = os.path.join(work, "good.yaml")
with open(good, "w") as f:
    f.write(WORKLOAD % "conv.onnx")
r = run(["admit", good, "--json"])
check("admit exit", r.returncode == 0, r.stdout + r.stderr)
if r.returncode == 0:
    j = json.loads(r.stdout)
    mem = j["memory"]
    check("persistent", mem["persistent"] == 1280, mem)
    check("io", mem["io"] == 11264, mem)
    check("arena", mem["arenas"] == 8192 + (16 << 20), mem)
    m = j["models"][0]
    check("segments", m["segments"] == 2, m)
    check("schedulable", j["schedulable"] is True, j)

r = run(["run", good, "--duration", "1s"])
check("run exit", r.returncode == 0, r.stdout + r.stderr)
check("run total", "total: 100 released, 100 completed, 0 rejected, 0 cancelled, 0 failed, "
      "0 missed deadlines" in r.stdout, r.stdout[-600:])

r = run(["profile", good, "--runs", "20"])
check("profile exit", r.returncode == 0, r.stdout + r.stderr)

bad = os.path.join(work, "bad.yaml")
with open(bad, "w") as f:
    f.write(WORKLOAD % "einsum.onnx")
r = run(["admit", bad])
out = r.stdout + r.stderr
check("refused exit", r.returncode != 0, out)
check("refused names node and operator",
      "einsum.onnx: node mix (#0, Einsum): operator Einsum is not supported" in out, out)

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("onnx e2e: admit (memory worked out by hand), run, profile, refusal: ok")
