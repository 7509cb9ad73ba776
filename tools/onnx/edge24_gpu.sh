#!/usr/bin/env bash
# edge-24 with real networks (examples/edge-24-onnx.yaml) on the GPU machine, in one
# call after the build: exports the torchvision nets into build-nets/ (nets.py, no
# PyTorch timing), measures every model's WCET alone on its 4-SM lane (aegisrt
# profile), checks admission with those WCETs, then runs all 24 together. Each step
# has its own time limit; everything lands in $OUT.
# Usage: OUT=dir [BUILD=build-gpu] [RUNS=30] [DURATION=15s] tools/onnx/edge24_gpu.sh
set -u
OUT=${OUT:?set OUT}
B=${BUILD:-build-gpu}
W=examples/edge-24-onnx.yaml
P=$OUT/edge24-onnx.profile
mkdir -p "$OUT"
timeout 100 python3 tools/onnx/nets.py build-nets --iters 0 > "$OUT/nets.txt" 2>&1
echo "nets.py: exit $? ($(tail -1 "$OUT/nets.txt"))"
timeout 90 "$B/aegisrt" profile $W --device cuda --runs "${RUNS:-30}" -o "$P" > "$OUT/profile.txt" 2>&1
echo "profile: exit $?"
"$B/aegisrt" admit $W --wcet-profile "$P" > "$OUT/admit.txt" 2>&1
echo "admit: exit $?"
timeout 60 "$B/aegisrt" run $W --device cuda --wcet-profile "$P" --duration "${DURATION:-15s}" \
	> "$OUT/run.txt" 2>&1
echo "run: exit $?"
