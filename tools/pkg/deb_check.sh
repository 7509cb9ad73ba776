#!/bin/sh
# Installs the Debian packages of `make deb` in a clean Debian 12 (bookworm) chroot,
# uses them, removes them and checks that nothing of them is left. Needs root, the
# network (deb.debian.org) and debootstrap; not part of `make test`.
#
#   tools/pkg/deb_check.sh [DEB_DIR [BASE]] > docs/results/deb-chroot.txt
#
# DEB_DIR: the .deb files (default build-deb). BASE: a bookworm tree made earlier with
# `debootstrap --variant=minbase bookworm BASE http://deb.debian.org/debian`, copied
# (never changed) to save the download; without it one is made. In the chroot: the
# tools the check itself uses (gcc, pkg-config) are installed first; then a list of
# every file; then `apt install ./*.deb`; then aegisrt runs examples/quickstart.yaml,
# its man page, the Python example, and a C program built with
# `pkg-config --cflags --libs aegis`; then `apt remove --purge --autoremove`; then
# dpkg -L, a search for anything named aegis, and the file list against the first.
# Every command is printed with "# " before its output. Exit status 0: all passed.
set -eu
DEBS=$(cd "${1:-build-deb}" && pwd)
BASE=${2:-}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
SRC=$(cd "$(dirname "$0")/../.." && pwd)
C=$(mktemp -d /var/tmp/aegis-deb-check.XXXXXX)
PKGS="libaegis0 libaegis-dev aegisrt python3-aegis"

cleanup() {
	for m in "$C/dev/pts" "$C/proc"; do
		if mountpoint -q "$m"; then
			umount "$m" || { echo "deb_check: $m still mounted: $C kept"; return; }
		fi
	done
	rm -rf "$C" "$C.before" "$C.after"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }
# Runs a command in the chroot, printing it and its output.
in_root() {
	echo "# $*"
	chroot "$C" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
		DEBIAN_FRONTEND=noninteractive sh -c "$*" 2>&1
}
# Every file of the system, apt's and dpkg's own records and caches aside.
files() {
	chroot "$C" find / -xdev \( -path /proc -o -path /tmp -o -path /var/cache \
		-o -path /var/lib/apt -o -path /var/lib/dpkg -o -path /var/log -o -path /root \
		-o -path /etc/ld.so.cache \) -prune -o -print | sort
}

echo "deb_check: $(date -u +%Y-%m-%dT%H:%M:%SZ), packages from $DEBS:"
for d in "$DEBS"/*.deb; do
	echo "== $(basename "$d") ($(stat -c %s "$d") bytes)"
	dpkg-deb -f "$d" Package Version Architecture Depends | sed 's/^/  /'
	dpkg-deb -c "$d" | awk '{print "  " $6 ($7 ? " " $7 " " $8 : "")}'
done

if [ -n "$BASE" ]; then
	echo "== chroot: a copy of $BASE (debootstrap --variant=minbase bookworm)"
	cp -a "$BASE/." "$C/"
else
	echo "== chroot: debootstrap --variant=minbase bookworm $C $MIRROR"
	debootstrap --variant=minbase bookworm "$C" "$MIRROR" >"$C.log" 2>&1 ||
		{ tail -20 "$C.log"; rm -f "$C.log"; fail debootstrap; }
	rm -f "$C.log"
fi
mount -t proc proc "$C/proc"
mkdir -p "$C/dev/pts"
mount -t devpts devpts "$C/dev/pts"
cp /etc/resolv.conf "$C/etc/resolv.conf"
mkdir -p "$C/tmp/debs" "$C/tmp/aegis"
cp "$DEBS"/*.deb "$C/tmp/debs/"
cp "$SRC/examples/quickstart.yaml" "$SRC/python/examples/quickstart.py" \
	"$SRC/tests/consumer/consumer.c" "$C/tmp/aegis/"
in_root "cat /etc/debian_version"
in_root "apt-get update -qq && apt-get install -y -qq --no-install-recommends gcc libc6-dev pkg-config >/dev/null && echo installed gcc pkg-config"
files >"$C.before"

echo "== install"
in_root "cd /tmp/debs && apt-get install -y --no-install-recommends ./*.deb" |
	grep -v '^\(Get\|Selecting\|Preparing\|Unpacking\|(Reading\)' ||
	fail "apt install"
in_root "dpkg -l $PKGS | tail -n 4" || fail "dpkg -l"
in_root "dpkg -L libaegis0" || fail "dpkg -L"
in_root "ldconfig -p | grep aegis" || fail "libaegis.so.0 not in ld.so.cache"

echo "== use"
in_root "command -v aegisrt && aegisrt version" || fail "aegisrt version"
in_root "ldd /usr/bin/aegisrt" || fail "ldd"
in_root "cd /tmp/aegis && aegisrt run quickstart.yaml" || fail "aegisrt run"
in_root "ls /usr/share/man/man1/aegisrt.1*" || fail "no man page"
in_root "cd /tmp/aegis && python3 quickstart.py" || fail "python example"
in_root "python3 -c 'import aegis; print(aegis.LIBRARY_PATH)'" || fail "python library"
in_root "pkg-config --cflags --libs aegis" || fail "pkg-config"
in_root "cd /tmp/aegis && gcc -std=c11 -Wall -Werror consumer.c \$(pkg-config --cflags --libs aegis) -o consumer && ./consumer && readelf -d consumer | grep NEEDED || objdump -p consumer | grep NEEDED" ||
	fail "consumer"

echo "== remove"
in_root "apt-get remove --purge --autoremove -y $PKGS" | grep -v '^(Reading' || fail "apt remove"
in_root "dpkg -l $PKGS 2>&1 | tail -n 4; for p in $PKGS; do dpkg -L \$p 2>&1; done; true"
files >"$C.after"
echo "# find / -xdev -name '*aegis*' (outside /tmp, /proc)"
left=$(chroot "$C" find / -xdev \( -path /proc -o -path /tmp \) -prune -o -name '*aegis*' -print)
echo "${left:-(nothing)}"
[ -z "$left" ] || fail "files named aegis are left"
echo "# diff of every file before the install and after the removal"
if diff "$C.before" "$C.after"; then
	echo "(no difference)"
else
	fail "the removal left files behind"
fi
echo "deb_check: PASS"
