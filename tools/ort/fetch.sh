#!/usr/bin/env bash
# Fetches ONNX Runtime for the ort plug-in (plugins/ort/) with npm into DIR (default
# build-deps/onnxruntime, ignored by git): DIR/include (the C API header) and DIR/lib
# (libonnxruntime.so, linked to its SONAME libonnxruntime.so.1). The npm package
# com.github.asus4.onnxruntime ships ONNX Runtime's Linux x64 release (CPU execution
# provider); its C header sits under the iOS framework, the same header for every
# platform. Optional: without npm or the network the plug-in is not built, and says so.
# Must not install anything outside DIR.
set -u
DIR=${1:-build-deps/onnxruntime}
PKG=${AEGIS_ORT_NPM:-com.github.asus4.onnxruntime@0.4.9}
if [ -f "$DIR/include/onnxruntime_c_api.h" ] && [ -f "$DIR/lib/libonnxruntime.so.1" ]; then
	exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
	echo "tools/ort/fetch.sh: no npm: the ONNX Runtime plug-in will not be built" >&2
	exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! (cd "$tmp" && npm pack --silent "$PKG" >/dev/null 2>npm.log && tar xzf ./*.tgz); then
	echo "tools/ort/fetch.sh: npm pack $PKG failed: the ONNX Runtime plug-in will not be" \
		"built ($(tail -1 "$tmp/npm.log" 2>/dev/null))" >&2
	exit 0
fi
hdr=$(find "$tmp/package" -name onnxruntime_c_api.h -path '*ios-arm64/*' | head -1)
lib=$tmp/package/Plugins/Linux/x64/libonnxruntime.so
if [ -z "$hdr" ] || [ ! -f "$lib" ]; then
	echo "tools/ort/fetch.sh: $PKG has no Linux x64 library or C header" >&2
	exit 0
fi
mkdir -p "$DIR/include" "$DIR/lib"
cp "$(dirname "$hdr")"/*.h "$DIR/include/"
cp "$lib" "$DIR/lib/"
ln -sf libonnxruntime.so "$DIR/lib/libonnxruntime.so.1"
echo "tools/ort/fetch.sh: ONNX Runtime from $PKG in $DIR"
