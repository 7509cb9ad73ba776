#!/usr/bin/env bash
# The ONNX GPU executor's check on the GPU machine, in one call (about 5 minutes, at most
# 8): exports the torchvision nets (nets.py), runs the ONNX node tests of the supported
# operators, then each net full-GPU and on a 16-SM green context, eager and as a CUDA
# Graph. The build is done by the caller. Writes into $OUT (a few files only):
#   onnx_check.log      everything, in order
#   conformance.txt     one line per node test and the summary
#   aegis_times.txt     AegisRT's TIME lines;  pytorch_times.csv  PyTorch's times
#   PyTorch is also timed on a 16-SM green context; each AegisRT model line is followed
#   by a HOST line: the host's enqueue cost per kind of node (node-by-node mode)
# Usage: OUT=dir [BUILD=build] [CONFORMANCE=0] tools/onnx/gpu_check.sh
set -u
OUT=${OUT:?set OUT}
BUILD=${BUILD:-build}
CHECK=$BUILD/aegis-onnx-check
NETS_DIR=$(mktemp -d /tmp/aegis-nets.XXXXXX)
LOG=$OUT/onnx_check.log
mkdir -p "$OUT"
: > "$LOG"
say() { echo "== $*" | tee -a "$LOG"; }

say "$(date -u +%FT%TZ) $(nvidia-smi --query-gpu=name,driver_version --format=csv,noheader 2>&1 | head -1)"
if [ ! -x "$CHECK" ]; then
  say "no $CHECK: build with CUDA, ONNX and cuDNN (AEGIS_HAVE_ONNX_GPU)"
  exit 1
fi

say "nets.py (export, ONNX Runtime CPU reference, PyTorch times)"
timeout 300 python3 "$(dirname "$0")/nets.py" "$NETS_DIR" --iters 200 --sms 16 >> "$LOG" 2>&1
say "nets.py exit $?"
cp "$NETS_DIR/pytorch_times.csv" "$OUT/" 2>/dev/null

# The node tests: AEGIS_ONNX_NODE_DIR, else Debian's libonnx-testdata as tools/gpu/deps.sh
# carries it, else the Python onnx package's copy
NODE_DIR=${AEGIS_ONNX_NODE_DIR:-build-gpudeps/onnx-node}
[ -d "$NODE_DIR" ] || NODE_DIR=$(python3 -c 'import onnx,os;print(os.path.dirname(onnx.__file__))' 2>>"$LOG")/backend/test/data/node
say "conformance over $NODE_DIR"
tests=()
for p in test_conv test_relu test_clip test_sigmoid test_hardsigmoid test_hardswish test_add \
         test_mul test_maxpool test_averagepool test_globalaveragepool test_flatten \
         test_reshape test_gemm test_matmul test_concat test_softmax test_resize test_batchnorm \
         test_identity; do
  if [ "$p" = test_relu ]; then pat="$NODE_DIR/test_relu"; else pat="$NODE_DIR/${p}*"; fi
  for d in $pat; do [ -f "$d/model.onnx" ] && tests+=("$d"); done
done
say "${#tests[@]} node tests"
if [ "${CONFORMANCE:-1}" != 0 ]; then
  timeout 200 "$CHECK" conformance "${tests[@]}" > "$OUT/conformance.txt" 2>&1
  say "conformance exit $?"
  cat "$OUT/conformance.txt" >> "$LOG"
  grep '^#' "$OUT/conformance.txt" | tail -2
fi

for name in $(cat "$NETS_DIR/nets.txt" 2>/dev/null); do
  for sms in 0 16; do
    say "model $name sms=$sms"
    timeout 60 "$CHECK" model "$NETS_DIR/$name.onnx" --inputs "$NETS_DIR/$name" --sms $sms \
      --iters 200 --graph >> "$LOG" 2>&1
    say "model $name sms=$sms exit $?"
  done
done
grep -E '^(TIME|HOST)' "$LOG" > "$OUT/aegis_times.txt"
grep -E '^(PASS|FAIL|REFUSED)' "$LOG" | grep -v '^PASS  test_' | tail -40
say "done $(date -u +%FT%TZ)"
rm -rf "$NETS_DIR"
