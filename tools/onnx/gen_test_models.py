#!/usr/bin/env python3
"""Writes the ONNX loader's test models (tests/unit/test_onnx.c) into OUTDIR.

For each model NAME: NAME.onnx; for accepted ones NAME.shapes, the shapes that onnx's
own shape inference gives (one line per tensor: name, then the dimensions); a line
per model in manifest.txt: NAME<TAB>accept, or NAME<TAB>refuse<TAB>STATUS<TAB>WORDS
(words the loader's detail must contain, '|'-separated). convbn_tiny.ref holds an
input and the reference output of Conv followed by BatchNormalization (numpy).
The fold_* models compute Resize's sizes/scales and Reshape's shape from Shape at run
time; onnx 1.12's inference does not propagate those values, so their .shapes come
from a twin where numpy computed them (from the shapes onnx infers upstream) and they
are initializers, and NAME.consts holds those values (name, then the values).
Opset 13, 14 where HardSwish is used (HardSwish-14), 11 for opset11.
Deterministic: fixed seed, no timestamps. Must not write outside OUTDIR.
"""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper, shape_inference

RNG = np.random.default_rng(9)
# Accepted models whose nodes are not in topological order: onnx's shape inference
# reads their ordered twin.
SHAPE_TWINS = {}
F = TensorProto.FLOAT


def w(name, *shape, lo=-1.0, hi=1.0):
    return numpy_helper.from_array(RNG.uniform(lo, hi, shape).astype(np.float32), name)


def i64(name, vals):
    return numpy_helper.from_array(np.array(vals, dtype=np.int64), name)


def f32(name, vals):
    return numpy_helper.from_array(np.array(vals, dtype=np.float32), name)


def vi(name, shape, t=F):
    return helper.make_tensor_value_info(name, t, shape)


def model(name, nodes, inputs, outputs, inits=(), opset=13):
    g = helper.make_graph(nodes, name, inputs, outputs, list(inits))
    m = helper.make_model(g, opset_imports=[helper.make_opsetid("", opset)],
                          producer_name="aegisrt-gen")
    m.ir_version = 8
    return m


def bn_params(prefix, c):
    return [w(prefix + "_s", c, lo=0.5, hi=1.5), w(prefix + "_b", c),
            w(prefix + "_m", c), w(prefix + "_v", c, lo=0.5, hi=2.0)]


def bn(prefix, x, y, eps=1e-5):
    return helper.make_node("BatchNormalization",
                            [x, prefix + "_s", prefix + "_b", prefix + "_m", prefix + "_v"],
                            [y], name=prefix, epsilon=eps)


def accepted():
    ms = {}
    # conv + bn + relu
    ms["conv_bn_relu"] = model("conv_bn_relu", [
        helper.make_node("Conv", ["x", "w0"], ["c0"], name="conv0", kernel_shape=[3, 3],
                         pads=[1, 1, 1, 1]),
        bn("bn0", "c0", "b0"),
        helper.make_node("Relu", ["b0"], ["y"], name="relu0")],
        [vi("x", [1, 3, 16, 16])], [vi("y", [1, 8, 16, 16])],
        [w("w0", 8, 3, 3, 3)] + bn_params("bn0", 8))
    # depthwise and grouped convolutions: strides, dilations, asymmetric pads, SAME_UPPER
    ms["conv_group"] = model("conv_group", [
        helper.make_node("Conv", ["x", "wd", "bd"], ["d"], name="dw", group=8, strides=[2, 2],
                         dilations=[2, 2], pads=[1, 2, 2, 1]),
        helper.make_node("Conv", ["d", "wg"], ["y"], name="grouped", group=2, strides=[2, 2],
                         auto_pad="SAME_UPPER")],
        [vi("x", [1, 8, 17, 17])], [vi("y", None)],
        [w("wd", 8, 1, 3, 3), w("bd", 8), w("wg", 4, 4, 3, 3)])
    # pooling, ceil_mode, count_include_pad
    ms["pool"] = model("pool", [
        helper.make_node("MaxPool", ["x"], ["p0"], name="max0", kernel_shape=[3, 3],
                         strides=[2, 2], ceil_mode=1),
        helper.make_node("AveragePool", ["p0"], ["p1"], name="avg0", kernel_shape=[3, 3],
                         strides=[2, 2], pads=[1, 1, 1, 1], ceil_mode=1, count_include_pad=1),
        helper.make_node("MaxPool", ["p0"], ["p2"], name="max1", kernel_shape=[2, 2],
                         strides=[2, 2], dilations=[1, 1], ceil_mode=1),
        helper.make_node("GlobalAveragePool", ["p2"], ["g"], name="gap")],
        [vi("x", [1, 4, 15, 15])], [vi("p1", None), vi("g", None)])
    # Flatten + Gemm head
    ms["gemm_head"] = model("gemm_head", [
        helper.make_node("Flatten", ["x"], ["f"], name="flat", axis=1),
        helper.make_node("Gemm", ["f", "w1", "c1"], ["h"], name="fc1", transB=1),
        helper.make_node("Relu", ["h"], ["hr"], name="relu"),
        helper.make_node("Gemm", ["hr", "w2", "c2"], ["y"], name="fc2", alpha=0.5, beta=2.0)],
        [vi("x", [2, 4, 3, 3])], [vi("y", None)],
        [w("w1", 10, 36), w("c1", 10), w("w2", 10, 5), w("c2", 1, 5)])
    # MatMul: [..., M, K] x [K, N] and equal batch dimensions
    ms["matmul"] = model("matmul", [
        helper.make_node("MatMul", ["a", "b"], ["m1"], name="mm1"),
        helper.make_node("MatMul", ["m1", "c"], ["y"], name="mm2")],
        [vi("a", [2, 3, 4, 5]), vi("c", [2, 3, 6, 8])], [vi("y", None)], [w("b", 5, 6)])
    # Concat
    ms["concat"] = model("concat", [
        helper.make_node("Concat", ["x1", "x2"], ["c"], name="cat1", axis=1),
        helper.make_node("Concat", ["c", "c", "c"], ["y"], name="cat2", axis=-1)],
        [vi("x1", [1, 2, 4, 4]), vi("x2", [1, 3, 4, 4])], [vi("y", None)])
    # Softmax (opset 13, one axis)
    ms["softmax"] = model("softmax", [
        helper.make_node("Softmax", ["x"], ["s"], name="sm1", axis=1),
        helper.make_node("Softmax", ["s"], ["y"], name="sm2")],
        [vi("x", [2, 3, 4])], [vi("y", None)])
    # broadcasting Add / Mul
    ms["bcast"] = model("bcast", [
        helper.make_node("Add", ["x", "wb"], ["a"], name="add_w"),
        helper.make_node("Mul", ["a", "s"], ["m"], name="mul_s"),
        helper.make_node("Add", ["r", "m"], ["y"], name="add_r")],
        [vi("x", [2, 3, 4, 5]), vi("s", [3, 1, 1]), vi("r", [1, 4, 1])], [vi("y", None)],
        [w("wb", 5)])
    # activations; Clip's bounds from an initializer and a Constant node
    ms["activations"] = model("activations", [
        helper.make_node("HardSwish", ["x"], ["a"], name="hswish"),
        helper.make_node("HardSigmoid", ["a"], ["b"], name="hsig", alpha=0.3, beta=0.4),
        helper.make_node("Constant", [], ["six"], name="six_c",
                         value=numpy_helper.from_array(np.array(6.0, dtype=np.float32))),
        helper.make_node("Clip", ["b", "zero", "six"], ["c"], name="clip"),
        helper.make_node("Sigmoid", ["c"], ["y"], name="sig")],
        [vi("x", [1, 4, 5, 6])], [vi("y", None)], [f32("zero", 0.0)], opset=14)
    # Reshape with 0 and -1 (a Constant node and an initializer)
    ms["reshape"] = model("reshape", [
        helper.make_node("Constant", [], ["shp"], name="shp_c",
                         value=numpy_helper.from_array(np.array([0, -1, 5], dtype=np.int64))),
        helper.make_node("Reshape", ["x", "shp"], ["r1"], name="rs1"),
        helper.make_node("Relu", ["r1"], ["r2"], name="relu"),
        helper.make_node("Reshape", ["r2", "shp2"], ["y"], name="rs2")],
        [vi("x", [2, 3, 4, 5])], [vi("y", None)], [i64("shp2", [0, 0, 5, 1])])
    # Resize nearest (scales) and linear (sizes)
    ms["resize_nearest"] = model("resize_nearest", [
        helper.make_node("Resize", ["x", "", "sc"], ["n"], name="up_nearest", mode="nearest",
                         coordinate_transformation_mode="asymmetric", nearest_mode="floor"),
        helper.make_node("Resize", ["n", "", "", "sz"], ["y"], name="down_linear",
                         mode="linear", coordinate_transformation_mode="align_corners")],
        [vi("x", [1, 2, 4, 6])], [vi("y", None)],
        [f32("sc", [1.0, 1.0, 2.0, 1.5]), i64("sz", [1, 2, 3, 5])])
    # opset 11: Clip's bounds as inputs, Softmax over axis..end (default axis 1)
    ms["opset11"] = model("opset11", [
        helper.make_node("Clip", ["x", "lo", "hi"], ["c"], name="clip11"),
        helper.make_node("Softmax", ["c"], ["y"], name="sm11")],
        [vi("x", [2, 3, 4])], [vi("y", None)], [f32("lo", 0.0), f32("hi", 6.0)], opset=11)
    # tiny_cnn: many of the above chained, with a squeeze-excite Mul and a graph input
    # that is also an initializer
    c = 16
    ms["tiny_cnn"] = model("tiny_cnn", [
        helper.make_node("Conv", ["x", "w0"], ["c0"], name="stem", strides=[2, 2],
                         pads=[1, 1, 1, 1]),
        bn("bn0", "c0", "b0"),
        helper.make_node("Relu", ["b0"], ["r0"], name="relu0"),
        helper.make_node("Conv", ["r0", "w1", "cb1"], ["c1"], name="dw1", group=c,
                         pads=[1, 1, 1, 1]),
        bn("bn1", "c1", "b1"),
        helper.make_node("HardSwish", ["b1"], ["h1"], name="hswish1"),
        helper.make_node("GlobalAveragePool", ["h1"], ["se0"], name="se_pool"),
        helper.make_node("Conv", ["se0", "wse", "bse"], ["se1"], name="se_fc"),
        helper.make_node("HardSigmoid", ["se1"], ["se2"], name="se_gate"),
        helper.make_node("Mul", ["h1", "se2"], ["m1"], name="se_mul"),
        helper.make_node("Conv", ["m1", "w2", "cb2"], ["c2"], name="pw2"),
        helper.make_node("Clip", ["c2", "zero", "six"], ["r2"], name="relu6"),
        helper.make_node("MaxPool", ["r2"], ["p2"], name="pool2", kernel_shape=[2, 2],
                         strides=[2, 2]),
        helper.make_node("Conv", ["p2", "w3"], ["c3"], name="branch", pads=[1, 1, 1, 1]),
        helper.make_node("Sigmoid", ["c3"], ["s3"], name="sig3"),
        helper.make_node("Add", ["p2", "s3"], ["a3"], name="residual"),
        helper.make_node("Resize", ["a3", "", "up"], ["u3"], name="upsample", mode="nearest"),
        helper.make_node("AveragePool", ["u3"], ["q3"], name="avg3", kernel_shape=[2, 2],
                         strides=[2, 2]),
        helper.make_node("Concat", ["q3", "p2"], ["k3"], name="cat", axis=1),
        helper.make_node("GlobalAveragePool", ["k3"], ["g"], name="gap"),
        helper.make_node("Constant", [], ["flat_shape"], name="flat_shape_c",
                         value=numpy_helper.from_array(np.array([1, -1], dtype=np.int64))),
        helper.make_node("Reshape", ["g", "flat_shape"], ["f"], name="flatten"),
        helper.make_node("Gemm", ["f", "wfc", "bfc"], ["logits"], name="fc", transB=1),
        helper.make_node("Softmax", ["logits"], ["y"], name="prob", axis=-1)],
        [vi("x", [1, 3, 32, 32]), vi("zero", [])], [vi("y", [1, 10])],
        [w("w0", c, 3, 3, 3), w("w1", c, 1, 3, 3), w("cb1", c)] + bn_params("bn0", c)
        + bn_params("bn1", c)
        + [w("wse", c, c, 1, 1), w("bse", c), w("w2", 24, c, 1, 1), w("cb2", 24),
           f32("zero", 0.0), f32("six", 6.0), w("w3", 24, 24, 3, 3),
           f32("up", [1.0, 1.0, 2.0, 2.0]), w("wfc", 10, 48), w("bfc", 10)], opset=14)
    # Shape arithmetic folded at load (static shapes): Resize's sizes from the input's
    # Shape -> Gather -> Cast and the activation's Shape -> Slice (torch's exporter),
    # Concat'ed; Resize's scales from Shape-15 (start), Cast to float, Div and a float
    # Concat; Reshape's shape as in a flatten head
    # Reshape(x, Concat(Unsqueeze(Gather(Shape(x), 0)), [-1])), and N*C from Mul.
    ms["fold_resize"] = model("fold_resize", [
        helper.make_node("Conv", ["x", "wc"], ["c"], name="conv", strides=[2, 2],
                         pads=[1, 1, 1, 1]),
        helper.make_node("Shape", ["x"], ["xs"], name="shape_x"),
        helper.make_node("Gather", ["xs", "hw_idx"], ["hw"], name="gather_hw", axis=0),
        helper.make_node("Cast", ["hw"], ["hw64"], name="cast_hw", to=TensorProto.INT64),
        helper.make_node("Shape", ["c"], ["cs"], name="shape_c"),
        helper.make_node("Constant", [], ["s0"], name="s0_c", value=i64("v", [0])),
        helper.make_node("Constant", [], ["s2"], name="s2_c", value=i64("v", [2])),
        helper.make_node("Slice", ["cs", "s0", "s2", "s0"], ["nc"], name="slice_nc"),
        helper.make_node("Concat", ["nc", "hw64"], ["sizes"], name="cat_sizes", axis=0),
        helper.make_node("Resize", ["c", "", "", "sizes"], ["up"], name="resize_sizes",
                         mode="linear"),
        helper.make_node("Shape", ["x"], ["xhw"], name="shape_x_hw", start=-2),
        helper.make_node("Shape", ["c"], ["chw"], name="shape_c_hw", start=2),
        helper.make_node("Cast", ["xhw"], ["xhwf"], name="cast_xf", to=TensorProto.FLOAT),
        helper.make_node("Cast", ["chw"], ["chwf"], name="cast_cf", to=TensorProto.FLOAT),
        helper.make_node("Div", ["xhwf", "chwf"], ["hwsc"], name="div_sc"),
        helper.make_node("Concat", ["ones", "hwsc"], ["scales"], name="cat_scales", axis=0),
        helper.make_node("Resize", ["c", "", "scales"], ["upn"], name="resize_scales",
                         mode="nearest"),
        helper.make_node("Add", ["up", "upn"], ["y"], name="add")],
        [vi("x", [1, 3, 16, 12])], [vi("y", None)],
        [w("wc", 8, 3, 3, 3), i64("hw_idx", [2, 3]), f32("ones", [1.0, 1.0])], opset=17)
    ms["fold_reshape"] = model("fold_reshape", [
        helper.make_node("Relu", ["x"], ["r"], name="relu"),
        helper.make_node("Shape", ["r"], ["rs"], name="shape"),
        helper.make_node("Gather", ["rs", "zero"], ["n"], name="gather_n"),
        helper.make_node("Unsqueeze", ["n", "zero1"], ["n1"], name="unsq_n"),
        helper.make_node("Concat", ["n1", "minus1"], ["flat"], name="cat_flat", axis=0),
        helper.make_node("Reshape", ["r", "flat"], ["f"], name="flatten"),
        helper.make_node("Gather", ["rs", "one"], ["ch"], name="gather_c"),
        helper.make_node("Mul", ["n", "ch"], ["nch"], name="mul_nc"),
        helper.make_node("Unsqueeze", ["nch", "zero1"], ["nch1"], name="unsq_nc"),
        helper.make_node("Slice", ["rs", "two", "big", "zero1", "one1"], ["hw"],
                         name="slice_hw"),
        helper.make_node("Concat", ["nch1", "hw"], ["shp3"], name="cat_3", axis=0),
        helper.make_node("Reshape", ["r", "shp3"], ["y3"], name="reshape3"),
        helper.make_node("Sigmoid", ["f"], ["y"], name="sig")],
        [vi("x", [2, 3, 4, 5])], [vi("y", None), vi("y3", None)],
        [i64("zero", 0), i64("one", 1), i64("zero1", [0]), i64("one1", [1]),
         i64("two", [2]), i64("big", [2**63 - 1]), i64("minus1", [-1])])
    # opset 11: Unsqueeze/Squeeze axes as attributes, Slice with negative starts, Sub
    ms["fold_opset11"] = model("fold_opset11", [
        helper.make_node("Shape", ["x"], ["xs"], name="shape"),
        helper.make_node("Slice", ["xs", "m2", "big"], ["hw"], name="slice_hw"),
        helper.make_node("Sub", ["hw", "one"], ["hw1"], name="sub"),
        helper.make_node("Unsqueeze", ["hw1"], ["hw2"], name="unsq", axes=[0]),
        helper.make_node("Squeeze", ["hw2"], ["hw3"], name="sq", axes=[0]),
        helper.make_node("Concat", ["nc", "hw3"], ["sizes"], name="cat", axis=0),
        helper.make_node("Resize", ["x", "roi", "empty", "sizes"], ["y"], name="resize",
                         mode="nearest")],
        [vi("x", [1, 2, 6, 8])], [vi("y", None)],
        [i64("m2", [-2]), i64("big", [2**63 - 1]), i64("one", 1), i64("nc", [1, 2]),
         f32("roi", []), f32("empty", [])], opset=11)
    # a long graph, its nodes in reverse file order: 1,500 Relu/Add steps, each output
    # also read two steps on (lives of 3 nodes), with a chain of 40 Identity nodes in the
    # middle. The loader's name lookups, topological sort and placement must stay
    # linear-ish (a 20,000-node chain once took 9.5 s); here their answers are checked.
    long_nodes, prev, prev2 = [], "x", "x"
    for i in range(1500):
        if i == 700:
            for k in range(40):
                long_nodes.append(helper.make_node("Identity", [prev], [f"id{k}"], name=f"id{k}"))
                prev = f"id{k}"
        out = "y" if i == 1499 else f"s{i}"
        if i % 2:
            long_nodes.append(helper.make_node("Add", [prev, prev2], [out], name=f"n{i}"))
        else:
            long_nodes.append(helper.make_node("Relu", [prev], [out], name=f"n{i}"))
        prev2, prev = prev, out
    io = ([vi("x", [1, 64])], [vi("y", [1, 64])])
    SHAPE_TWINS["long_graph"] = model("long_graph", list(long_nodes), *io)  # onnx infers in order
    long_nodes.reverse()
    ms["long_graph"] = model("long_graph", long_nodes, *io)
    return ms


def refused():
    r = {}
    r["refuse_dynamic"] = (model("refuse_dynamic", [
        helper.make_node("Relu", ["x"], ["y"], name="relu_dyn")],
        [vi("x", ["N", 3, 8, 8])], [vi("y", ["N", 3, 8, 8])]),
        "AEGIS_E_UNSUPPORTED", "relu_dyn|Relu|symbolic")
    r["refuse_einsum"] = (model("refuse_einsum", [
        helper.make_node("Einsum", ["a", "b"], ["y"], name="ein", equation="ij,jk->ik")],
        [vi("a", [2, 3]), vi("b", [3, 4])], [vi("y", [2, 4])]),
        "AEGIS_E_UNSUPPORTED", "ein|Einsum|not supported")
    r["refuse_int8"] = (model("refuse_int8", [
        helper.make_node("Relu", ["x"], ["y"], name="relu_i8")],
        [vi("x", [1, 4], TensorProto.INT8)], [vi("y", [1, 4], TensorProto.INT8)], opset=14),
        "AEGIS_E_UNSUPPORTED", "relu_i8|Relu|INT8")
    r["refuse_bn_alone"] = (model("refuse_bn_alone", [
        helper.make_node("Relu", ["x"], ["r"], name="relu"),
        bn("bn_alone", "r", "y")],
        [vi("x", [1, 4, 5, 5])], [vi("y", None)], bn_params("bn_alone", 4)),
        "AEGIS_E_UNSUPPORTED", "bn_alone|BatchNormalization|not a Conv")
    r["refuse_bn_shared"] = (model("refuse_bn_shared", [
        helper.make_node("Conv", ["x", "wc"], ["c"], name="conv"),
        bn("bn_shared", "c", "b"),
        helper.make_node("Add", ["b", "c"], ["y"], name="add")],
        [vi("x", [1, 4, 5, 5])], [vi("y", None)], [w("wc", 4, 4, 1, 1)]
        + bn_params("bn_shared", 4)),
        "AEGIS_E_UNSUPPORTED", "bn_shared|BatchNormalization|other readers")
    r["refuse_maxpool_indices"] = (model("refuse_maxpool_indices", [
        helper.make_node("MaxPool", ["x"], ["y", "idx"], name="mp_idx", kernel_shape=[2, 2])],
        [vi("x", [1, 1, 4, 4])], [vi("y", None), vi("idx", None, TensorProto.INT64)]),
        "AEGIS_E_UNSUPPORTED", "mp_idx|MaxPool|Indices")
    r["refuse_resize_cubic"] = (model("refuse_resize_cubic", [
        helper.make_node("Resize", ["x", "", "sc"], ["y"], name="rs_cubic", mode="cubic")],
        [vi("x", [1, 1, 4, 4])], [vi("y", None)], [f32("sc", [1, 1, 2, 2])]),
        "AEGIS_E_UNSUPPORTED", "rs_cubic|Resize|cubic")
    r["refuse_storage_order"] = (model("refuse_storage_order", [
        helper.make_node("MaxPool", ["x"], ["y"], name="mp_so", kernel_shape=[2, 2],
                         storage_order=1)],
        [vi("x", [1, 1, 4, 4])], [vi("y", None)]),
        "AEGIS_E_UNSUPPORTED", "mp_so|MaxPool|storage_order")
    r["refuse_gather_data"] = (model("refuse_gather_data", [
        helper.make_node("Gather", ["x", "idx"], ["y"], name="gather_act", axis=1)],
        [vi("x", [2, 4])], [vi("y", None)], [i64("idx", [0, 2])]),
        "AEGIS_E_UNSUPPORTED", "gather_act|Gather|not a constant")
    r["refuse_shape_output"] = (model("refuse_shape_output", [
        helper.make_node("Relu", ["x"], ["r"], name="relu"),
        helper.make_node("Shape", ["r"], ["y"], name="shape_out")],
        [vi("x", [2, 4])], [vi("y", None, TensorProto.INT64)]),
        "AEGIS_E_UNSUPPORTED", "shape_out|Shape|graph output")
    r["refuse_cast_int32"] = (model("refuse_cast_int32", [
        helper.make_node("Shape", ["x"], ["s"], name="shape"),
        helper.make_node("Cast", ["s"], ["s32"], name="cast_i32", to=TensorProto.INT32),
        helper.make_node("Reshape", ["x", "s32"], ["y"], name="reshape")],
        [vi("x", [2, 4])], [vi("y", None)]),
        "AEGIS_E_UNSUPPORTED", "cast_i32|Cast|INT32")
    r["refuse_shape_symbolic"] = (model("refuse_shape_symbolic", [
        helper.make_node("Shape", ["x"], ["s"], name="shape_dyn"),
        helper.make_node("Reshape", ["x", "s"], ["y"], name="reshape")],
        [vi("x", ["N", 4])], [vi("y", None)]),
        "AEGIS_E_UNSUPPORTED", "shape_dyn|Shape|symbolic")
    return r


def conv_bn_reference(out):
    """convbn_tiny: x [1,2,5,5] -> Conv(3, 3x3, pad 1, bias) -> BN -> y, with numpy."""
    x = RNG.standard_normal((1, 2, 5, 5)).astype(np.float32)
    wt = RNG.standard_normal((3, 2, 3, 3)).astype(np.float32)
    b = RNG.standard_normal(3).astype(np.float32)
    s, beta = RNG.uniform(0.5, 1.5, 3).astype(np.float32), RNG.standard_normal(3).astype(np.float32)
    mean = RNG.standard_normal(3).astype(np.float32)
    var = RNG.uniform(0.5, 2.0, 3).astype(np.float32)
    eps = 1e-3
    xp = np.pad(x.astype(np.float64), ((0, 0), (0, 0), (1, 1), (1, 1)))
    conv = np.zeros((1, 3, 5, 5))
    for m in range(3):
        for i in range(5):
            for j in range(5):
                conv[0, m, i, j] = np.sum(xp[0, :, i:i + 3, j:j + 3] * wt[m]) + b[m]
    y = (s[None, :, None, None] * (conv - mean[None, :, None, None])
         / np.sqrt(var[None, :, None, None] + eps) + beta[None, :, None, None])
    m = model("convbn_tiny", [
        helper.make_node("Conv", ["x", "w", "b"], ["c"], name="conv", pads=[1, 1, 1, 1]),
        helper.make_node("BatchNormalization", ["c", "s", "beta", "mean", "var"], ["y"],
                         name="bn", epsilon=eps)],
        [vi("x", [1, 2, 5, 5])], [vi("y", [1, 3, 5, 5])],
        [numpy_helper.from_array(a, n) for a, n in
         ((wt, "w"), (b, "b"), (s, "s"), (beta, "beta"), (mean, "mean"), (var, "var"))])
    with open(os.path.join(out, "convbn_tiny.ref"), "w") as f:
        for name, a in (("x", x), ("y", y)):
            f.write(name + " " + str(a.size) + " " + " ".join("%.9g" % v for v in a.ravel()) + "\n")
    return m


def inferred_shape(m, name):
    """The shape onnx's inference gives tensor name, as an int64 array."""
    inf = shape_inference.infer_shapes(m, strict_mode=True)
    for v in list(inf.graph.input) + list(inf.graph.value_info):
        if v.name == name:
            return np.array([d.dim_value for d in v.type.tensor_type.shape.dim], dtype=np.int64)
    raise KeyError(name)


# The values the shape arithmetic of each fold_* model must give, with numpy.
FOLDS = {
    "fold_resize": lambda s: {
        "sizes": np.concatenate([s("c")[0:2], s("x")[[2, 3]]]),
        "scales": np.concatenate([[1.0, 1.0], s("x")[-2:].astype(np.float32)
                                  / s("c")[2:].astype(np.float32)]).astype(np.float32)},
    "fold_reshape": lambda s: {
        "flat": np.array([s("r")[0], -1], dtype=np.int64),
        "shp3": np.array([s("r")[0] * s("r")[1], s("r")[2], s("r")[3]], dtype=np.int64)},
    "fold_opset11": lambda s: {
        "sizes": np.concatenate([[1, 2], s("x")[-2:] - 1]).astype(np.int64)},
}


def folded_twin(m, consts):
    """m with the tensors of consts as initializers and the nodes that only served to
    compute them removed (dead code from the graph outputs)."""
    t = onnx.ModelProto()
    t.CopyFrom(m)
    g = t.graph
    for name, v in consts.items():
        g.initializer.append(numpy_helper.from_array(v, name))
    keep = [n for n in g.node if not set(n.output) & set(consts)]
    needed = {o.name for o in g.output}
    live = []
    for n in reversed(keep):
        if set(n.output) & needed:
            live.append(n)
            needed |= set(n.input)
    del g.node[:]
    g.node.extend(reversed(live))
    return t


def write_consts(consts, path):
    with open(path, "w") as f:
        for name, v in consts.items():
            f.write(name + " " + " ".join(repr(x) for x in v.ravel().tolist()) + "\n")


def write_shapes(m, path):
    inf = shape_inference.infer_shapes(m, strict_mode=True)
    with open(path, "w") as f:
        for v in list(inf.graph.value_info) + list(inf.graph.output):
            dims = [d.dim_value for d in v.type.tensor_type.shape.dim]
            f.write(v.name + " " + " ".join(str(d) for d in dims) + "\n")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "onnx-models"
    os.makedirs(out, exist_ok=True)
    manifest = []
    ms = accepted()
    ms["convbn_tiny"] = conv_bn_reference(out)
    for name, m in ms.items():
        onnx.save(m, os.path.join(out, name + ".onnx"))
        if name in FOLDS:
            consts = FOLDS[name](lambda t, m=m: inferred_shape(m, t))
            write_consts(consts, os.path.join(out, name + ".consts"))
            m = folded_twin(m, consts)
        m = SHAPE_TWINS.get(name, m)
        write_shapes(m, os.path.join(out, name + ".shapes"))
        manifest.append(name + "\taccept")
    for name, (m, status, words) in refused().items():
        onnx.save(m, os.path.join(out, name + ".onnx"))
        manifest.append("\t".join((name, "refuse", status, words)))
    with open(os.path.join(out, "manifest.txt"), "w") as f:
        f.write("\n".join(manifest) + "\n")
    print("gen_test_models: %d models in %s" % (len(manifest), out))


if __name__ == "__main__":
    main()
