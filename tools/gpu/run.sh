#!/usr/bin/env bash
# Everything that needs the GPU in one device-machine call: build, `aegisrt device`, GPU
# tests (verbose, in $OUT/ctest_gpu.txt), bench_gpu (AEGIS_GPU_BENCH=0 skips it),
# edge-24 under orin-agx-8g, the comparison benchmark when AEGIS_GPU_SCENARIO holds its
# arguments ($OUT/scenario.txt and $OUT/scenario/), memcheck (AEGIS_GPU_MEMCHECK=0
# skips it; within AEGIS_GPU_BUDGET_S, 540 s by default); a summary last; logs in $OUT.
# Must not change GPU settings.
set -u
OUT=${OUT:-$PWD/build-gpu-out}
mkdir -p "$OUT"
B=build-gpu
# The GPU machine has no package registry: libyaml and cmocka travel in build-gpudeps/
# (made here by tools/gpu/deps.sh; name it in the call's carry).
DEPS=$PWD/build-gpudeps
if [ -d "$DEPS" ]; then
	export PKG_CONFIG_SYSROOT_DIR=$DEPS
	export PKG_CONFIG_PATH=$DEPS/usr/lib/x86_64-linux-gnu/pkgconfig
	export LD_LIBRARY_PATH=$DEPS/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
fi
declare -a SUMMARY=()
step() { # step NAME TIMEOUT_S COMMAND...
	local name=$1 t=$2
	shift 2
	echo "=== $name: $*"
	local t0=$SECONDS
	timeout "$t" "$@"
	local rc=$?
	SUMMARY+=("$(printf '%-34s rc=%-3s %4ss' "$name" "$rc" $((SECONDS - t0)))")
	return $rc
}

{
	nvidia-smi -L
	nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,temperature.gpu \
		--format=csv
	step configure 120 cmake -S . -B $B -DCMAKE_BUILD_TYPE=Release -DAEGIS_WERROR=ON
	step build 300 cmake --build $B -j16 || { printf '%s\n' "${SUMMARY[@]}"; exit 1; }
	step "aegisrt device" 60 ./$B/aegisrt device
	step "aegisrt device --json" 60 ./$B/aegisrt device --json
	step "ctest -L gpu" 300 ctest --test-dir $B -L gpu -V --no-tests=error >"$OUT/ctest_gpu.txt" 2>&1
	grep -E "Test +#|tests passed|Failed|FAILED" "$OUT/ctest_gpu.txt"
	if [ "${AEGIS_GPU_BENCH:-1}" = 1 ]; then
		step "bench_gpu" 240 ./$B/bench_gpu >"$OUT/bench_gpu.txt" 2>&1
		cat "$OUT/bench_gpu.txt"
	else
		SUMMARY+=("bench_gpu: skipped (AEGIS_GPU_BENCH=0)")
	fi
	step "run edge-24 orin-agx-8g" 60 ./$B/aegisrt run examples/edge-24.yaml --device cuda \
		--device-profile orin-agx-8g --duration 3s
	step "run synthetic cuda" 60 ./$B/aegisrt run examples/synthetic.yaml --device cuda \
		--duration 2s
	step "run quickstart cuda" 60 ./$B/aegisrt run examples/quickstart.yaml --device cuda \
		--duration 2s
	# AEGIS_GPU_SCENARIO="ARGS": the comparison benchmark (bench/scenario) with ARGS
	if [ -n "${AEGIS_GPU_SCENARIO:-}" ]; then
		# shellcheck disable=SC2086
		step "bench_scenario" 560 ./$B/bench_scenario --device cuda $AEGIS_GPU_SCENARIO \
			--out "$OUT/scenario" >"$OUT/scenario.txt" 2>&1
		tail -40 "$OUT/scenario.txt"
	fi
	CS=/usr/local/cuda/bin/compute-sanitizer
	if [ "${AEGIS_GPU_MEMCHECK:-1}" = 1 ] && [ -x $CS ]; then
		for t in $B/tests/test_gpu_*; do
			left=$((${AEGIS_GPU_BUDGET_S:-540} - SECONDS))
			[ $left -gt 30 ] || { SUMMARY+=("memcheck $(basename "$t"): no time left"); continue; }
			# test_gpu_errors and test_gpu_faults fail CUDA calls on purpose: those are
			# not findings
			api=all
			case "$t" in *errors|*faults) api=no;; esac
			AEGIS_GPU_SANITIZER=1 step "memcheck $(basename "$t")" $((left < 120 ? left : 120)) \
				$CS --tool memcheck --leak-check full --report-api-errors $api \
				--error-exitcode 9 "$t"
		done
	else
		echo "compute-sanitizer not installed"
	fi
	echo "=== SUMMARY"
	printf '%s\n' "${SUMMARY[@]}"
} 2>&1 | tee "$OUT/gpu.log"
