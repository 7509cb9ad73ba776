#!/usr/bin/env python3
"""Exports torchvision networks to ONNX for aegis-onnx-check (GPU machine only).

For each net: DIR/NAME.onnx (random weights, eval, batch 1, static shapes, opset 17,
constant folding, the TorchScript exporter), DIR/NAME/input_0.pb and output_0.pb (ONNX
Runtime CPU's output: the reference), and PyTorch's own times on the full GPU (eager and
CUDA Graphs: median, p99, CV over ITERS runs after warm-up, events around each run) in
DIR/pytorch_times.csv, on the full GPU and, with --sms N, also on an N-SM green context
(torch.cuda.green_contexts; the lane column says which). One net failing does not stop
the others. With --sets N, DIR/NAME/input_K.pb and output_K.pb for K < N: N distinct
random inputs and ONNX Runtime's outputs for them (aegis-onnx-check api).
Usage: nets.py DIR [--iters N] [--nets a,b] [--sms N] [--sets N]
"""
import argparse
import os
import statistics
import sys
import traceback

import numpy as np
import onnx
import onnxruntime as ort
import torch
import torchvision
from onnx import numpy_helper

NETS = {
    "resnet18": (lambda: torchvision.models.resnet18(weights=None), (1, 3, 224, 224)),
    "mobilenet_v2": (lambda: torchvision.models.mobilenet_v2(weights=None), (1, 3, 224, 224)),
    "mobilenet_v3_small": (lambda: torchvision.models.mobilenet_v3_small(weights=None),
                           (1, 3, 224, 224)),
    "squeezenet1_1": (lambda: torchvision.models.squeezenet1_1(weights=None), (1, 3, 224, 224)),
    "efficientnet_b0": (lambda: torchvision.models.efficientnet_b0(weights=None),
                        (1, 3, 224, 224)),
    "lraspp_mobilenet_v3_large": (
        lambda: torchvision.models.segmentation.lraspp_mobilenet_v3_large(
            weights=None, weights_backbone=None),
        (1, 3, 256, 256)),
}


class OutOnly(torch.nn.Module):
    """Segmentation models return a dict: export its 'out' tensor alone."""

    def __init__(self, m):
        super().__init__()
        self.m = m

    def forward(self, x):
        y = self.m(x)
        return y["out"] if isinstance(y, dict) else y


def stats(ms):
    ms = sorted(ms)
    n = len(ms)
    mean = statistics.fmean(ms)
    cv = statistics.stdev(ms) / mean if n > 1 and mean > 0 else 0.0
    p99 = ms[max(0, int(np.ceil(0.99 * n)) - 1)]
    return statistics.median(ms), p99, cv, mean


def time_eager(model, x, iters, warmup=30):
    start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
    ms = []
    with torch.no_grad():
        for i in range(warmup + iters):
            start.record()
            model(x)
            end.record()
            end.synchronize()
            if i >= warmup:
                ms.append(start.elapsed_time(end))
    return ms


def time_graph(model, x, iters, warmup=30, green=False):
    # on a green context the warm-up and the capture stay on its stream: a new stream
    # would belong to the primary context, whose kernels may use every SM
    s = torch.cuda.current_stream() if green else torch.cuda.Stream()
    s.wait_stream(torch.cuda.current_stream())
    with torch.no_grad(), torch.cuda.stream(s):
        for _ in range(3):
            model(x)
    torch.cuda.current_stream().wait_stream(s)
    g = torch.cuda.CUDAGraph()
    with torch.no_grad(), torch.cuda.graph(g, stream=s if green else None):
        model(x)
    start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
    ms = []
    for i in range(warmup + iters):
        start.record()
        g.replay()
        end.record()
        end.synchronize()
        if i >= warmup:
            ms.append(start.elapsed_time(end))
    return ms


class GreenLane:
    """PyTorch's work on an N-SM green context while the block runs (PyTorch's beta API:
    a stream of the context where it has one, else the context made current)."""

    def __init__(self, sms):
        self.ctx = torch.cuda.green_contexts.GreenContext.create(num_sms=sms, device_id=0)
        self.stream = self.ctx.Stream() if hasattr(self.ctx, "Stream") else None
        self.guard = None

    def __enter__(self):
        if self.stream is not None:
            self.guard = torch.cuda.stream(self.stream)
            self.guard.__enter__()
        else:
            self.ctx.set_context()
        return self

    def __exit__(self, *exc):
        if self.guard is not None:
            self.guard.__exit__(*exc)
        else:
            self.ctx.pop_context()
        return False


def time_all(name, m, xg, iters, csv, lane, green=None):
    for mode, fn in (("eager", time_eager), ("graph", time_graph)):
        try:
            if green is None:
                ms = fn(m, xg, iters)
            elif fn is time_graph:
                with green:
                    ms = fn(m, xg, iters, green=True)
            else:
                with green:
                    ms = fn(m, xg, iters)
            med, p99, cv, mean = stats(ms)
            csv.write(f"{name},pytorch,{mode},{iters},{med:.4f},{p99:.4f},{mean:.4f},{cv:.4f},"
                      f"{lane}\n")
            csv.flush()
            print(f"TIME  {name:24s} pytorch lane={lane:6s} mode={mode:5s} n={iters} "
                  f"median_ms={med:.4f} p99_ms={p99:.4f} cv={cv:.4f}", flush=True)
        except Exception:  # one mode failing must not stop the other
            print(f"{name}: PyTorch {mode} timing on lane {lane} failed:", flush=True)
            traceback.print_exc()


def one(name, ctor, shape, out_dir, iters, csv, sms, sets=1):
    torch.manual_seed(0)
    model = ctor()
    # Random weights leave BatchNormalization's running statistics at mean 0, var 1, and
    # deep nets' activations then vanish (outputs of 1e-15): a few training-mode passes
    # over random batches set them, so the outputs compared are of order 1.
    model.train()
    with torch.no_grad():
        for _ in range(4):
            model(torch.randn(8, *shape[1:]))
    model = model.eval()
    if name.startswith("lraspp"):
        model = OutOnly(model).eval()
    x = torch.randn(*shape)
    path = os.path.join(out_dir, name + ".onnx")
    with torch.no_grad():
        torch.onnx.export(model, (x,), path, opset_version=17, do_constant_folding=True,
                          input_names=["input"], output_names=["output"], dynamo=False)
    onnx.checker.check_model(onnx.load(path))
    sess = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
    y = sess.run(None, {sess.get_inputs()[0].name: x.numpy()})[0]
    with torch.no_grad():
        y_pt = model(x).numpy()
    print(f"{name}: exported {path}; ORT vs PyTorch CPU max abs diff "
          f"{float(np.max(np.abs(y - y_pt))):.3g}", flush=True)
    d = os.path.join(out_dir, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "input_0.pb"), "wb") as f:
        f.write(numpy_helper.from_array(x.numpy().astype(np.float32), "input").SerializeToString())
    with open(os.path.join(d, "output_0.pb"), "wb") as f:
        f.write(numpy_helper.from_array(y.astype(np.float32), "output").SerializeToString())
    rng = np.random.default_rng(1)
    for k in range(1, sets):
        xk = rng.standard_normal(shape).astype(np.float32)
        yk = sess.run(None, {sess.get_inputs()[0].name: xk})[0]
        for what, arr in (("input", xk), ("output", yk)):
            with open(os.path.join(d, f"{what}_{k}.pb"), "wb") as f:
                f.write(numpy_helper.from_array(arr.astype(np.float32), what)
                        .SerializeToString())
    if iters <= 0:
        return
    if not torch.cuda.is_available():
        print(f"{name}: no CUDA: PyTorch not timed", flush=True)
        return
    # PyTorch's defaults for FP32 on the GPU (cuDNN may pick TF32 for convolutions unless
    # told): keep FP32 as AegisRT does
    torch.backends.cuda.matmul.allow_tf32 = False
    torch.backends.cudnn.allow_tf32 = False
    torch.backends.cudnn.benchmark = False
    m = model.cuda()
    xg = x.cuda()
    time_all(name, m, xg, iters, csv, "full")
    if sms:
        try:
            green = GreenLane(sms)
        except Exception:
            print(f"{name}: no {sms}-SM green context for PyTorch:", flush=True)
            traceback.print_exc()
            return
        time_all(name, m, xg, iters, csv, f"{sms}sm", green)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--iters", type=int, default=200, help="PyTorch timing runs (0: none)")
    ap.add_argument("--nets", default=",".join(NETS))
    ap.add_argument("--sms", type=int, default=0,
                    help="also time PyTorch on a green context of this many SMs (0: no)")
    ap.add_argument("--sets", type=int, default=1,
                    help="distinct inputs with ONNX Runtime's outputs (input_K.pb, output_K.pb)")
    a = ap.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    ok = []
    with open(os.path.join(a.dir, "pytorch_times.csv"), "w") as csv:
        csv.write("net,runtime,mode,iters,median_ms,p99_ms,mean_ms,cv,lane\n")
        for name in a.nets.split(","):
            if name not in NETS:
                print(f"{name}: unknown net", flush=True)
                continue
            ctor, shape = NETS[name]
            try:
                one(name, ctor, shape, a.dir, a.iters, csv, a.sms, a.sets)
                ok.append(name)
            except Exception:
                print(f"{name}: FAILED:", flush=True)
                traceback.print_exc()
    with open(os.path.join(a.dir, "nets.txt"), "w") as f:
        f.write("\n".join(ok) + "\n")
    print(f"exported {len(ok)} of {len(a.nets.split(','))}: {' '.join(ok)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
