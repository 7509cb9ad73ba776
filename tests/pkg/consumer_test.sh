#!/bin/sh
# A program outside the tree against the installed library (tests/consumer/consumer.c):
# the build tree installed into WORK/prefix (cmake --install), then the program built
#   1. with `pkg-config --cflags --libs aegis` (PKG_CONFIG_PATH=the prefix's pkgconfig,
#      nothing else on the line; it needs only libaegis.so.0 and libc; it runs with
#      LD_LIBRARY_PATH=the prefix's lib, since pkg-config gives no RPATH);
#   2. the same against libaegis.a with `pkg-config --static --libs aegis`;
#   3. by a CMake project with find_package(aegis) (CMAKE_PREFIX_PATH=the prefix; it
#      runs as built: CMake sets its RUNPATH to the prefix's lib);
#   4. the same with find_package(aegis COMPONENTS static) (aegis::aegis_static).
# Each must run and print its line. Usage: consumer_test.sh BUILD SOURCE WORK [CC]
set -eu
build=$1 src=$2 work=$3 cc=${4:-cc}
rm -rf "$work"
mkdir -p "$work"
T=$work/prefix
cmake --install "$build" --prefix "$T" >"$work/install.log"
pc=$(find "$T" -name aegis.pc)
pcdir=$(dirname "$pc")
libdir=$(dirname "$pcdir")
fail() { echo "FAIL: $*"; exit 1; }

echo "== 1. pkg-config, libaegis.so"
flags=$(PKG_CONFIG_PATH=$pcdir pkg-config --cflags --libs aegis)
echo "pkg-config --cflags --libs aegis: $flags"
for f in $flags; do
	case $f in -I*|-L*|-laegis) ;; *) fail "unexpected flag $f" ;; esac
done
# shellcheck disable=SC2086
$cc -std=c11 -Wall -Werror "$src/tests/consumer/consumer.c" $flags -o "$work/consumer_pc"
needed=$(readelf -d "$work/consumer_pc" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')
echo "needs: $needed"
[ "$needed" = "libaegis.so.0 libc.so.6 " ] || fail "needs more than libaegis.so.0 and libc"
LD_LIBRARY_PATH=$libdir "$work/consumer_pc" || fail "consumer_pc"
LD_LIBRARY_PATH=$libdir ldd "$work/consumer_pc" | grep -q "libaegis.so.0 => $libdir/libaegis.so.0" ||
	fail "not the installed libaegis.so.0"

echo "== 2. pkg-config --static, libaegis.a"
static=$(PKG_CONFIG_PATH=$pcdir pkg-config --static --libs aegis)
echo "pkg-config --static --libs aegis: $static"
# shellcheck disable=SC2086
$cc -std=c11 -Wall -Werror "$src/tests/consumer/consumer.c" \
	$(PKG_CONFIG_PATH=$pcdir pkg-config --cflags aegis) \
	$(echo "$static" | sed 's/-laegis/-Wl,-Bstatic -laegis -Wl,-Bdynamic/') \
	-o "$work/consumer_pc_static"
readelf -d "$work/consumer_pc_static" | grep -q 'libaegis' && fail "linked libaegis.so"
"$work/consumer_pc_static" || fail "consumer_pc_static"

echo "== 3. find_package(aegis), aegis::aegis"
cmake -S "$src/tests/consumer" -B "$work/cmake" -DCMAKE_PREFIX_PATH="$T" \
	-DCMAKE_C_COMPILER="$cc" -DAEGIS_CONSUMER_STATIC=ON >"$work/cmake.log" ||
	{ cat "$work/cmake.log"; fail "cmake configure"; }
cmake --build "$work/cmake" >"$work/cmake-build.log" 2>&1 ||
	{ cat "$work/cmake-build.log"; fail "cmake build"; }
echo "RUNPATH: $(readelf -d "$work/cmake/consumer" | sed -n 's/.*(RUNPATH).*\[\(.*\)\]/\1/p')"
"$work/cmake/consumer" || fail "consumer (cmake)"
ldd "$work/cmake/consumer" | grep -q "libaegis.so.0 => $libdir/libaegis.so.0" ||
	fail "not the installed libaegis.so.0"

echo "== 4. find_package(aegis COMPONENTS static), aegis::aegis_static"
readelf -d "$work/cmake/consumer_static" | grep -q 'libaegis' && fail "linked libaegis.so"
"$work/cmake/consumer_static" || fail "consumer_static (cmake)"
echo "consumer: all 4 built and ran"
