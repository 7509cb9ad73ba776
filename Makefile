# AegisRT top-level entry points. Each target installs the Debian packages it
# needs when they are missing (apt-get, as root or through sudo), configures with
# CMake and builds. See README.md.
#
#   make demo      build and run examples/quickstart.yaml on the default device
#   make test      warnings-as-errors build + every test, then the same under ASan+UBSan
#                  (there the soundness property test runs 1,000 sets instead of 10,000),
#                  then the tests with threads (label threads) under ThreadSanitizer,
#                  then make fuzz-smoke; the tests also install chromium (headless, for
#                  the HTML report's rendering test)
#   make bench     build with optimisation and print the benchmark figures
#   make test-gpu  the GPU tests (CTest label gpu); they skip without a GPU
#   make bench-gpu the CUDA device's figures on a GPU (bench_gpu); says why not without
#   make fuzz      each libFuzzer target in tests/fuzz for FUZZ_TIME seconds (clang), from
#                  its seeds in tests/fuzz/corpus; fails on a crash, leak, hang or OOM
#   make fuzz-smoke  the same for FUZZ_SMOKE_TIME seconds each (the end of make test)

BUILD      ?= build
BUILD_ASAN ?= build-asan
BUILD_TSAN ?= build-tsan
BUILD_BENCH ?= build-bench
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_GEN  := -DAEGIS_WERROR=ON

DEB_PACKAGES := cmake make gcc pkg-config libyaml-dev libcmocka-dev libjansson-dev python3
# What the tests need beyond the build, installed by test-unit and test-asan only (so
# that build and demo do not pull a browser): headless Chromium renders the HTML report
# in tests/e2e/report_test.py.
TEST_DEB_PACKAGES := chromium valgrind

# libFuzzer targets: tests/fuzz/fuzz_*.c, each linked with the library built for fuzzing
# (FUZZ_SRCS) and what FUZZ_EXTRA_/FUZZ_LIBS_<target> add. Debian 12's clang is clang-14,
# whose libFuzzer runtime (libclang-rt-14-dev) clang only recommends.
FUZZ_DEB_PACKAGES := clang libclang-rt-14-dev
FUZZ_DIR   ?= build-fuzz
FUZZ_TIME  ?= 60
# The comparison benchmark on a GPU (bench/scenario, docs/RESULTS.md): time-compressed
# 4x (same utilisation, 4x the jobs per second) so that 50 s give >= 100,000 jobs.
# The analysis charges 25 us of dispatch per segment (above the p99 of 13-18 us that
# bench_gpu measures from release or completion to the next kernel's start) and each
# kernel 1.25 x its time (bench_gpu: a neighbour lane's memory traffic slows a kernel
# by 1.20-1.23x; SM partitions do not isolate DRAM bandwidth). docs/RESULTS.md.
SCENARIO_GPU ?= --time-scale 4 --duration 50s --sweep 5 --sweep-duration 1s \
                --dispatch-overhead 25us --wcet-inflation 1.25 \
                --out $(BUILD_BENCH)/scenario-gpu
FUZZ_SMOKE_TIME ?= 20
FUZZ_SRCS  := $(shell find src -name '*.c' ! -path 'src/device/cuda/*' 2>/dev/null)
FUZZ_TARGETS ?= $(basename $(notdir $(wildcard tests/fuzz/fuzz_*.c)))
FUZZ_EXTRA_fuzz_decision_log := tools/aegisrt/replay.c tools/aegisrt/cli.c
FUZZ_LIBS_fuzz_decision_log  := -ljansson
FUZZ_CFLAGS := -std=gnu11 -g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined \
  -fno-sanitize-recover=all -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
  -Wformat=2 -Wvla -Wno-unused-parameter -Iinclude -Isrc -MMD -MP
# One input running 10 s (a hang), a leak, a crash, undefined behaviour or 2 GiB of
# memory ends the run with a non-zero status and the input in FUZZ_DIR/artifacts.
FUZZ_FLAGS := -timeout=10 -rss_limit_mb=2048 -print_final_stats=1

.PHONY: all deps test-deps build demo test test-unit test-asan test-tsan test-gpu bench bench-gpu fuzz fuzz-smoke \
	fuzz-deps fuzz-build clean help

all: build

help:
	@sed -n '1,17p' Makefile

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

test-deps: deps
	@$(MAKE) --no-print-directory DEB_PACKAGES="$(TEST_DEB_PACKAGES)" deps

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) $(CMAKE_GEN)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	./$(BUILD)/aegisrt run examples/quickstart.yaml

test-unit: build test-deps
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -LE gpu --no-tests=error

test-asan: test-deps
	cmake -S . -B $(BUILD_ASAN) $(CMAKE_GEN) -DAEGIS_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
	cmake --build $(BUILD_ASAN) -j $(JOBS)
	cd $(BUILD_ASAN) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 AEGIS_SOUNDNESS_SETS=1000 \
	  ctest --output-on-failure -j $(JOBS) -LE 'gpu|valgrind' --no-tests=error

test-tsan: deps
	cmake -S . -B $(BUILD_TSAN) $(CMAKE_GEN) -DAEGIS_TSAN=ON -DAEGIS_CUDA=OFF -DCMAKE_BUILD_TYPE=Debug
	cmake --build $(BUILD_TSAN) -j $(JOBS)
	cd $(BUILD_TSAN) && TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 \
	  ctest --output-on-failure -j $(JOBS) -L threads --no-tests=error

test: test-unit test-asan test-tsan fuzz-smoke

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
	@if [ -x $(BUILD_BENCH)/bench_gpu ]; then $(BUILD_BENCH)/bench_gpu && \
	  echo "== $(BUILD_BENCH)/bench_scenario --device cuda $(SCENARIO_GPU)" && \
	  $(BUILD_BENCH)/bench_scenario --device cuda $(SCENARIO_GPU); \
	else echo "bench-gpu: built without the CUDA toolkit: nothing to measure"; fi

# clang and its libFuzzer runtime, installed through deps when either is missing.
fuzz-deps: deps
	@if ! command -v clang >/dev/null || \
	    ! [ -e "$$(clang -print-file-name=libclang_rt.fuzzer-$$(uname -m).a)" ]; then \
	  $(MAKE) --no-print-directory DEB_PACKAGES="$(FUZZ_DEB_PACKAGES)" deps; fi

$(FUZZ_DIR)/obj/%.o: %.c | fuzz-deps
	@mkdir -p $(@D)
	clang $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c $< -o $@
# Warnings are errors in the targets; in the library they are gcc's to enforce (the
# CMake build), so that a warning only clang has does not stop the fuzzing.
$(FUZZ_DIR)/obj/tests/fuzz/%.o: FUZZ_CFLAGS += -Werror
$(FUZZ_DIR)/obj/tests/fuzz/fuzz_decision_log.o: FUZZ_CFLAGS += -Itools/aegisrt

$(FUZZ_DIR)/libaegis.a: $(FUZZ_SRCS:%.c=$(FUZZ_DIR)/obj/%.o)
	rm -f $@ && ar rcs $@ $^

define fuzz_link
$(FUZZ_DIR)/$(1): $(FUZZ_DIR)/obj/tests/fuzz/$(1).o $(FUZZ_EXTRA_$(1):%.c=$(FUZZ_DIR)/obj/%.o) \
  $(FUZZ_DIR)/libaegis.a
	clang $$(FUZZ_CFLAGS) -fsanitize=fuzzer $$^ -lyaml -lm $(FUZZ_LIBS_$(1)) -o $$@
endef
$(foreach t,$(FUZZ_TARGETS),$(eval $(call fuzz_link,$(t))))
-include $(shell find $(FUZZ_DIR)/obj -name '*.d' 2>/dev/null)

fuzz-build: $(FUZZ_TARGETS:%=$(FUZZ_DIR)/%)

# $(call fuzz_run,SECONDS): every target for SECONDS on its working corpus
# FUZZ_DIR/corpus/<target>, seeded with a copy of tests/fuzz/corpus/<target> (libFuzzer
# writes new inputs to the working one only). All targets run; then the make fails if
# any of them found something.
define fuzz_run
	@fail=""; for n in $(FUZZ_TARGETS); do \
	  c=$(FUZZ_DIR)/corpus/$$n; a=$(FUZZ_DIR)/artifacts/$$n; log=$(FUZZ_DIR)/$$n.log; \
	  mkdir -p $$c $$a; \
	  if [ -d tests/fuzz/corpus/$$n ]; then cp tests/fuzz/corpus/$$n/* $$c/; fi; \
	  echo "== $$n: $(1) s from $$(ls $$c | wc -l) inputs"; \
	  $(FUZZ_DIR)/$$n $(FUZZ_FLAGS) -max_total_time=$(1) -artifact_prefix=$$a/ $$c \
	    >$$log 2>&1; rc=$$?; \
	  grep -E '^#[0-9]+[[:space:]]+DONE|^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|slowest_unit_time_sec|peak_rss_mb)' $$log; \
	  echo "   corpus: $$(ls $$c | wc -l) inputs"; \
	  if [ $$rc -ne 0 ]; then fail="$$fail $$n"; \
	    awk '/ERROR|ALARM|runtime error/ { p = 1 } p' $$log | head -n 80 | grep . || tail -n 40 $$log; \
	    echo "== $$n FAILED (exit $$rc): log $$log, inputs in $$a/"; fi; \
	done; \
	if [ -n "$$fail" ]; then echo "fuzz: failed:$$fail" >&2; exit 1; fi
endef

fuzz: fuzz-deps
	@$(MAKE) --no-print-directory -j $(JOBS) fuzz-build
	$(call fuzz_run,$(FUZZ_TIME))

fuzz-smoke: fuzz-deps
	@$(MAKE) --no-print-directory -j $(JOBS) fuzz-build
	$(call fuzz_run,$(FUZZ_SMOKE_TIME))

clean:
	rm -rf $(BUILD) $(BUILD_ASAN) $(BUILD_TSAN) $(BUILD_BENCH) $(FUZZ_DIR)
