#!/usr/bin/env bash
# Run here, before `run` on the GPU machine (which has no package registry): copies
# the files of libyaml, cmocka, jansson and libprotobuf-c (Debian packages installed
# here) into build-gpudeps/, an ignored folder to name in the call's carry; with them
# onnx.proto and the C code protoc-c generates from it (build-gpudeps/onnx-gen/, for
# CMake's AEGIS_ONNX_PB_DIR: the GPU machine has no protoc-c). Must not install or
# remove anything.
set -eu
D=${1:-build-gpudeps}
rm -rf "$D"
mkdir -p "$D"
for p in libyaml-dev libyaml-0-2 libcmocka-dev libcmocka0 libjansson-dev libjansson4 \
	libprotobuf-c-dev libprotobuf-c1; do
	dpkg -L "$p" | while read -r f; do
		case "$f" in /usr/share/*) continue ;; esac
		if [ -f "$f" ] || [ -L "$f" ]; then
			mkdir -p "$D$(dirname "$f")"
			cp -a "$f" "$D$f"
		fi
	done
done
# The ONNX backend's protobuf code, generated here (run.sh passes AEGIS_ONNX_PB_DIR).
PROTO=${AEGIS_ONNX_PROTO:-/usr/include/onnx/onnx.proto}
if [ -f "$PROTO" ] && command -v protoc-c >/dev/null; then
	mkdir -p "$D/onnx-gen"
	cp "$PROTO" "$D/onnx.proto"
	cp "$PROTO" "$D/onnx-gen/onnx.proto"
	(cd "$D/onnx-gen" && protoc-c --c_out=. onnx.proto)
else
	echo "deps.sh: no $PROTO or protoc-c here: the GPU build leaves the ONNX backend out" >&2
fi
# cuDNN's headers: the ONNX executor builds against them and opens the library at run
# time (the GPU machine has libcudnn, perhaps without its headers; run.sh passes these
# only when it has none of its own).
if ls /usr/local/cuda/include/cudnn*.h >/dev/null 2>&1; then
	mkdir -p "$D/cudnn-include"
	cp /usr/local/cuda/include/cudnn*.h "$D/cudnn-include/"
fi
# The ONNX node tests of the supported operators (Debian libonnx-testdata), for
# tools/onnx/gpu_check.sh's conformance run there.
N=/usr/share/libonnx-testdata/data/node
if [ -d "$N" ]; then
	mkdir -p "$D/onnx-node"
	for t in "$N"/test_*; do
		case "$(basename "$t")" in
		test_conv* | test_relu | test_clip* | test_sigmoid* | test_hardsigmoid* | \
		test_hardswish* | test_add* | test_mul* | test_maxpool* | test_averagepool* | \
		test_globalaveragepool* | test_flatten* | test_reshape* | test_gemm* | \
		test_matmul* | test_concat* | test_softmax* | test_resize* | test_batchnorm* | \
		test_identity*) cp -r "$t" "$D/onnx-node/" ;;
		esac
	done
fi
du -sh "$D"
