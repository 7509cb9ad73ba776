#!/usr/bin/env bash
# Run here, before `run` on the GPU machine (which has no package registry): copies
# the files of libyaml, cmocka and jansson (Debian packages installed here) into
# build-gpudeps/, an ignored folder to name in the call's carry. Must not install or
# remove anything.
set -eu
D=${1:-build-gpudeps}
rm -rf "$D"
mkdir -p "$D"
for p in libyaml-dev libyaml-0-2 libcmocka-dev libcmocka0 libjansson-dev libjansson4; do
	dpkg -L "$p" | while read -r f; do
		case "$f" in /usr/share/*) continue ;; esac
		if [ -f "$f" ] || [ -L "$f" ]; then
			mkdir -p "$D$(dirname "$f")"
			cp -a "$f" "$D$f"
		fi
	done
done
du -sh "$D"
