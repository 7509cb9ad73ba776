# AegisRT top-level entry points. Each target installs the Debian packages it
# needs when they are missing (apt-get, as root or through sudo), configures with
# CMake and builds. See README.md.
#
#   make demo      build and run examples/quickstart.yaml on the default device
#   make test      warnings-as-errors build + every test, then the same under ASan+UBSan
#                  (there the soundness property test runs 1,000 sets instead of 10,000),
#                  then the tests with threads (label threads) under ThreadSanitizer
#   make bench     build with optimisation and print the benchmark figures
#   make test-gpu  the GPU tests (CTest label gpu); they skip without a GPU
#   make bench-gpu the CUDA device's figures on a GPU (bench_gpu); says why not without
#   make fuzz      each libFuzzer target in tests/fuzz for FUZZ_TIME seconds (clang)

BUILD      ?= build
BUILD_ASAN ?= build-asan
BUILD_TSAN ?= build-tsan
BUILD_BENCH ?= build-bench
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_GEN  := -DAEGIS_WERROR=ON

DEB_PACKAGES := cmake make gcc pkg-config libyaml-dev libcmocka-dev libjansson-dev python3

FUZZ_TIME  ?= 60
FUZZ_SRCS  := $(shell find src -name '*.c' ! -path 'src/device/cuda/*' 2>/dev/null)

.PHONY: all deps build demo test test-unit test-asan test-tsan test-gpu bench bench-gpu fuzz clean help

all: build

help:
	@sed -n '1,13p' Makefile

deps:
	@missing=""; \
	for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "make: installing missing Debian packages:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO=sudo; \
	  else echo "make: need root (or sudo) to install:$$missing" >&2; exit 1; fi; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) $(CMAKE_GEN)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	./$(BUILD)/aegisrt run examples/quickstart.yaml

test-unit: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -LE gpu --no-tests=error

test-asan: deps
	cmake -S . -B $(BUILD_ASAN) $(CMAKE_GEN) -DAEGIS_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
	cmake --build $(BUILD_ASAN) -j $(JOBS)
	cd $(BUILD_ASAN) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 AEGIS_SOUNDNESS_SETS=1000 \
	  ctest --output-on-failure -j $(JOBS) -LE gpu --no-tests=error

test-tsan: deps
	cmake -S . -B $(BUILD_TSAN) $(CMAKE_GEN) -DAEGIS_TSAN=ON -DAEGIS_CUDA=OFF -DCMAKE_BUILD_TYPE=Debug
	cmake --build $(BUILD_TSAN) -j $(JOBS)
	cd $(BUILD_TSAN) && TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 \
	  ctest --output-on-failure -j $(JOBS) -L threads --no-tests=error

test: test-unit test-asan test-tsan

test-gpu: build
	cd $(BUILD) && ctest --output-on-failure -L gpu --no-tests=ignore

bench: deps
	cmake -S . -B $(BUILD_BENCH) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD_BENCH) -j $(JOBS)
	@for b in $(BUILD_BENCH)/bench_*; do [ -x "$$b" ] || continue; \
	  case "$$b" in *bench_gpu) continue;; esac; echo "== $$b"; $$b || exit 1; done

bench-gpu: deps
	cmake -S . -B $(BUILD_BENCH) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD_BENCH) -j $(JOBS)
	@if [ -x $(BUILD_BENCH)/bench_gpu ]; then $(BUILD_BENCH)/bench_gpu; \
	else echo "bench-gpu: built without the CUDA toolkit: nothing to measure"; fi

fuzz: deps
	@command -v clang >/dev/null || { $(MAKE) DEB_PACKAGES=clang deps; }
	mkdir -p build-fuzz
	@for f in tests/fuzz/fuzz_*.c; do \
	  n=$$(basename $$f .c); \
	  clang -g -O1 -fsanitize=fuzzer,address,undefined -Iinclude -Isrc $$f $(FUZZ_SRCS) \
	    -lyaml -lm -o build-fuzz/$$n || exit 1; \
	  mkdir -p build-fuzz/corpus-$$n; \
	  echo "== $$n ($(FUZZ_TIME) s)"; \
	  build-fuzz/$$n -max_total_time=$(FUZZ_TIME) -max_len=4096 -print_final_stats=1 \
	    -artifact_prefix=build-fuzz/ build-fuzz/corpus-$$n \
	    2>&1 | grep -E "stat::number_of_executed_units|ERROR|SUMMARY|Done" || exit 1; \
	done

clean:
	rm -rf $(BUILD) $(BUILD_ASAN) $(BUILD_TSAN) $(BUILD_BENCH) build-fuzz
