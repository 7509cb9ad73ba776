#!/bin/sh
# Builds tools/acceptance/acceptance.c against the library, writes docs/acceptance.csv
# and renders docs/acceptance.svg. Must not touch anything but build/acceptance and
# those two files. Needs the library built first (cmake -S . -B build && cmake --build
# build); AEGIS_LIB names another libaegis.a.
#
#   tools/acceptance/run.sh [SETS_PER_POINT [SEED]]   (default 1000 sets, seed 1)
set -eu
cd "$(dirname "$0")/../.."
lib=${AEGIS_LIB:-build/libaegis.a}
test -f "$lib" || { echo "run.sh: $lib missing; build the library first" >&2; exit 1; }
mkdir -p build
gcc -std=c11 -O2 -Wall -Wextra -Werror -Iinclude -o build/acceptance \
	tools/acceptance/acceptance.c "$lib" -lyaml -lm
build/acceptance "${1:-1000}" "${2:-1}" > docs/acceptance.csv.tmp
mv docs/acceptance.csv.tmp docs/acceptance.csv
python3 tools/acceptance/plot.py docs/acceptance.csv docs/acceptance.svg
echo "run.sh: wrote docs/acceptance.csv and docs/acceptance.svg"
