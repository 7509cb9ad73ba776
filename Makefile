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
#   make soak      aegis-soak for SOAK_TIME seconds (default 1800; not in make test): 8
#                  threads submitting, admit/evict churn and injected faults on the
#                  real-clock simulated device; fails if a request is not accounted for
#                  or resident memory grows after warm-up (docs/results/soak.txt)
#   make test-gpu  the GPU tests (CTest label gpu); they skip without a GPU
#   make bench-gpu the CUDA device's figures on a GPU (bench_gpu); says why not without
#   make fuzz      each libFuzzer target in tests/fuzz for FUZZ_TIME seconds (clang), from
#                  its seeds in tests/fuzz/corpus; fails on a crash, leak, hang or OOM
#   make fuzz-smoke  the same for FUZZ_SMOKE_TIME seconds each (the end of make test)
#   make ort-deps  fetch ONNX Runtime with npm into build-deps/onnxruntime, for the ort
#                  backend plug-in (plugins/ort/; every build target does it first;
#                  without npm or the network the plug-in is left out)
#   make install PREFIX=DIR  build, then install into DIR (default /usr/local): lib/
#                  (libaegis.so.0, libaegis.a), include/aegis/, lib/pkgconfig/aegis.pc,
#                  lib/cmake/aegis/, bin/aegisrt, its man page, the Python package
#   make deb       Debian packages (CPack) in BUILD_DEB: libaegis0, libaegis-dev,
#                  aegisrt, python3-aegis; tools/pkg/deb_check.sh tries them in a chroot

BUILD      ?= build
BUILD_ASAN ?= build-asan
BUILD_TSAN ?= build-tsan
BUILD_BENCH ?= build-bench
BUILD_DEB  ?= build-deb
PREFIX     ?= /usr/local
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_GEN  := -DAEGIS_WERROR=ON

DEB_PACKAGES := cmake make gcc pkg-config libyaml-dev libcmocka-dev libjansson-dev python3 \
                protobuf-c-compiler libprotobuf-c-dev libonnx-dev
# What the tests need beyond the build, installed by test-unit and test-asan only (so
# that build and demo do not pull a browser): headless Chromium renders the HTML report
# in tests/e2e/report_test.py.
# python3-onnx, python3-numpy: tools/onnx/gen_test_models.py writes test_onnx's models;
# libonnx-testdata: the ONNX node tests test_onnx checks the loader against.
TEST_DEB_PACKAGES := chromium valgrind python3-onnx python3-numpy libonnx-testdata
# make deb: CPack's Debian generator runs dpkg-shlibdeps (dpkg-dev) on what `file` says
# is an ELF object, and readelf (binutils) for the shared library's soname.
PKG_DEB_PACKAGES := dpkg-dev file binutils

# libFuzzer targets: tests/fuzz/fuzz_*.c, each linked with the library built for fuzzing
# (FUZZ_SRCS) and what FUZZ_EXTRA_/FUZZ_LIBS_<target> add. Debian 12's clang is clang-14,
# whose libFuzzer runtime (libclang-rt-14-dev) clang only recommends.
FUZZ_DEB_PACKAGES := clang libclang-rt-14-dev
FUZZ_DIR   ?= build-fuzz
FUZZ_TIME  ?= 60
SOAK_TIME  ?= 1800
# The comparison benchmark on a GPU (bench/scenario, docs/RESULTS.md): time-compressed
# 2x (same utilisation, twice the jobs per second) so that 95 s give >= 100,000 jobs.
# The analysis charges 25 us of dispatch per segment (above the p99 of 13-18 us that
# bench_gpu measures from release or completion to the next kernel's start) and each
# kernel 1.25 x its time (bench_gpu: a neighbour lane's memory traffic slows a kernel
# by 1.20-1.23x; SM partitions do not isolate DRAM bandwidth). docs/RESULTS.md.
# The analysis charges a host stall of 3 ms (--host-stall) as release jitter; bench_noise
# runs first and prints the most host time lost in any window of w, which it must cover
# for the busy windows here (up to about 30 ms): on the H200 machine 2.3 ms for 20 ms,
# 4.1 ms for 50 ms (docs/ANALYSIS.md, "Host stalls").
# aegis-plan measures each model's curve on lanes of 4, 8 and 16 SMs at every load, each
# point alone and next to a memory-bound neighbour on the other SMs (its interference,
# charged in place of the 1.25 to plans of 2 or more lanes), and takes the plan with the
# fewest lanes within 0.05 of the best smallest slack; --plan-shared also measures every
# model on 2, 3 and 4 lanes sharing the 16 SMs, the other lanes busy, so that the plan
# may be lanes sharing one partition (docs/ANALYSIS.md, "Shared lanes").
SCENARIO_GPU ?= --time-scale 2 --duration 95s --sweep 6 --sweep-duration 1s \
                --dispatch-overhead 25us --wcet-inflation 1.25 --host-stall 3ms \
                --plan-sizes 4,8,16 --plan-pool 0.05 --plan-neighbour --plan-shared 2,3,4 \
                --out $(BUILD_BENCH)/scenario-gpu
# make bench: aegis-plan on the simulated device, from the curves measured on an H100
# (docs/results/scenario-plan-h100), with the GPU run's settings.
SCENARIO_PLAN_SIM ?= --modes naive,aegis-plan --time-scale 2 --sweep 6 --sweep-duration 1s \
                --dispatch-overhead 25us --wcet-inflation 1.25 --host-stall 3ms --plan-pool 0.05 \
                --wcet-profile docs/results/scenario-plan-h100/full/curves-load1.00.profile \
                --out $(BUILD_BENCH)/scenario-plan
FUZZ_SMOKE_TIME ?= 20
# The ONNX backend (src/backend/onnx/) needs code generated by protoc-c: not in the
# library; fuzz_onnx links its host half (loader, shapes, plan, tensor reader) itself.
FUZZ_SRCS  := $(shell find src -name '*.c' ! -path 'src/device/cuda/*' ! -path 'src/backend/onnx/*' 2>/dev/null)
FUZZ_TARGETS ?= $(basename $(notdir $(wildcard tests/fuzz/fuzz_*.c)))
# fuzz_decision_log: the validator of decision logs and the two commands that read
# them through it, replay and report (with what they share of the CLI).
FUZZ_EXTRA_fuzz_decision_log := tools/aegisrt/decision_log.c tools/aegisrt/replay.c \
  tools/aegisrt/report_log.c tools/aegisrt/report_html.c tools/aegisrt/cli.c \
  tools/aegisrt/output.c tools/aegisrt/options.c tools/lib/svg.c
FUZZ_LIBS_fuzz_decision_log  := -ljansson
# fuzz_onnx: over protobuf-c code that protoc-c generates from onnx.proto into
# FUZZ_DIR/gen (as CMake does into build/gen). Optional, as in CMake: without protoc-c,
# libprotobuf-c or onnx.proto the target is skipped with the reason, not failed.
FUZZ_ONNX_PROTO ?= /usr/include/onnx/onnx.proto
FUZZ_ONNX_WHY := $(shell if ! command -v protoc-c >/dev/null 2>&1; then echo "protoc-c not found"; \
  elif ! pkg-config --exists libprotobuf-c 2>/dev/null; then echo "libprotobuf-c (pkg-config) not found"; \
  elif ! [ -f "$(FUZZ_ONNX_PROTO)" ]; then echo "no onnx.proto at $(FUZZ_ONNX_PROTO)"; fi)
FUZZ_SKIP  := $(if $(FUZZ_ONNX_WHY),fuzz_onnx)
FUZZ_ONNX_SRCS := $(addprefix src/backend/onnx/,onnx_load.c onnx_shape.c onnx_fold.c onnx_plan.c onnx_tensor_file.c)
FUZZ_EXTRA_fuzz_onnx := $(FUZZ_ONNX_SRCS)
FUZZ_OBJS_fuzz_onnx  := $(FUZZ_DIR)/obj/gen/onnx.pb-c.o
FUZZ_LIBS_fuzz_onnx  := -lprotobuf-c
FUZZ_CFLAGS := -std=gnu11 -g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined \
  -fno-sanitize-recover=all -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
  -Wformat=2 -Wvla -Wno-unused-parameter -Iinclude -Isrc -MMD -MP
# One input running 10 s (a hang), a leak, a crash, undefined behaviour or 2 GiB of
# memory ends the run with a non-zero status and the input in FUZZ_DIR/artifacts.
FUZZ_FLAGS := -timeout=10 -rss_limit_mb=2048 -print_final_stats=1

.PHONY: all deps test-deps ort-deps build demo test test-unit test-asan test-tsan test-gpu bench bench-gpu soak \
	fuzz fuzz-smoke fuzz-deps fuzz-build clean help install deb

all: build

help:
	@sed -n '1,28p' Makefile

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

test-deps: deps ort-deps
	@$(MAKE) --no-print-directory DEB_PACKAGES="$(TEST_DEB_PACKAGES)" deps

ort-deps:
	@tools/ort/fetch.sh build-deps/onnxruntime

$(BUILD)/CMakeCache.txt: | deps ort-deps
	cmake -S . -B $(BUILD) $(CMAKE_GEN)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

install: build
	cmake --install $(BUILD) --prefix $(PREFIX)

# Configured for /usr (Debian's multiarch lib folder), built, packaged by CPack.
deb: deps ort-deps
	@$(MAKE) --no-print-directory DEB_PACKAGES="$(PKG_DEB_PACKAGES)" deps
	cmake -S . -B $(BUILD_DEB) $(CMAKE_GEN) -DCMAKE_INSTALL_PREFIX=/usr -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD_DEB) -j $(JOBS)
	cd $(BUILD_DEB) && rm -f *.deb && cpack -G DEB
	@ls -l $(BUILD_DEB)/*.deb

demo: build
	./$(BUILD)/aegisrt run examples/quickstart.yaml

test-unit: build test-deps
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -LE gpu --no-tests=error

test-asan: test-deps
	cmake -S . -B $(BUILD_ASAN) $(CMAKE_GEN) -DAEGIS_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
	cmake --build $(BUILD_ASAN) -j $(JOBS)
	cd $(BUILD_ASAN) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp \
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
	  case "$$b" in *bench_gpu|*bench_noise) continue;; esac; echo "== $$b"; $$b || exit 1; done
	@echo "== $(BUILD_BENCH)/bench_scenario $(SCENARIO_PLAN_SIM)"
	@$(BUILD_BENCH)/bench_scenario $(SCENARIO_PLAN_SIM)

# The soak run of issue 19 (tools/soak/soak.c): built with optimisation in the bench
# build folder, a report line every minute.
soak: deps
	cmake -S . -B $(BUILD_BENCH) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD_BENCH) -j $(JOBS) --target aegis-soak
	$(BUILD_BENCH)/aegis-soak --seconds $(SOAK_TIME)

bench-gpu: deps
	cmake -S . -B $(BUILD_BENCH) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD_BENCH) -j $(JOBS)
	@if [ -x $(BUILD_BENCH)/bench_gpu ]; then \
	  echo "== $(BUILD_BENCH)/bench_noise --seconds 20" && $(BUILD_BENCH)/bench_noise --seconds 20 && \
	  $(BUILD_BENCH)/bench_gpu && \
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
$(FUZZ_DIR)/obj/tests/fuzz/fuzz_decision_log.o: FUZZ_CFLAGS += -Itools/aegisrt -Itools/lib
$(FUZZ_EXTRA_fuzz_decision_log:%.c=$(FUZZ_DIR)/obj/%.o): FUZZ_CFLAGS += -Itools/aegisrt -Itools/lib

# protoc-c names its output after the .proto's path: run it on a copy in gen/.
$(FUZZ_DIR)/gen/onnx.pb-c.c $(FUZZ_DIR)/gen/onnx.pb-c.h &: $(FUZZ_ONNX_PROTO)
	@mkdir -p $(@D)
	cp $< $(@D)/onnx.proto && cd $(@D) && protoc-c --c_out=. onnx.proto
$(FUZZ_ONNX_SRCS:%.c=$(FUZZ_DIR)/obj/%.o): FUZZ_CFLAGS += -I$(FUZZ_DIR)/gen
$(FUZZ_ONNX_SRCS:%.c=$(FUZZ_DIR)/obj/%.o): | $(FUZZ_DIR)/gen/onnx.pb-c.h
# Generated code: not held to the project's warnings.
$(FUZZ_DIR)/obj/gen/onnx.pb-c.o: $(FUZZ_DIR)/gen/onnx.pb-c.c | fuzz-deps
	@mkdir -p $(@D)
	clang $(FUZZ_CFLAGS) -w -I$(FUZZ_DIR)/gen -fsanitize=fuzzer-no-link -c $< -o $@

$(FUZZ_DIR)/libaegis.a: $(FUZZ_SRCS:%.c=$(FUZZ_DIR)/obj/%.o)
	rm -f $@ && ar rcs $@ $^

define fuzz_link
$(FUZZ_DIR)/$(1): $(FUZZ_DIR)/obj/tests/fuzz/$(1).o $(FUZZ_EXTRA_$(1):%.c=$(FUZZ_DIR)/obj/%.o) \
  $(FUZZ_OBJS_$(1)) $(FUZZ_DIR)/libaegis.a
	clang $$(FUZZ_CFLAGS) -fsanitize=fuzzer $$^ -lyaml -lm $(FUZZ_LIBS_$(1)) -o $$@
endef
$(foreach t,$(FUZZ_TARGETS),$(eval $(call fuzz_link,$(t))))
-include $(shell find $(FUZZ_DIR)/obj -name '*.d' 2>/dev/null)

fuzz-build: $(filter-out $(FUZZ_SKIP:%=$(FUZZ_DIR)/%),$(FUZZ_TARGETS:%=$(FUZZ_DIR)/%))
	$(if $(filter $(FUZZ_SKIP),$(FUZZ_TARGETS)),@echo "fuzz: fuzz_onnx skipped: $(FUZZ_ONNX_WHY)")

# $(call fuzz_run,SECONDS): every target for SECONDS on its working corpus
# FUZZ_DIR/corpus/<target>, seeded with a copy of tests/fuzz/corpus/<target> (libFuzzer
# writes new inputs to the working one only). All targets run; then the make fails if
# any of them found something.
define fuzz_run
	@fail=""; for n in $(FUZZ_TARGETS); do \
	  case " $(FUZZ_SKIP) " in *" $$n "*) \
	    echo "== $$n: skipped: $(FUZZ_ONNX_WHY)"; continue;; esac; \
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
	rm -rf $(BUILD) $(BUILD_ASAN) $(BUILD_TSAN) $(BUILD_BENCH) $(BUILD_DEB) $(FUZZ_DIR)
