#!/usr/bin/env python3
"""libaegis.so exports the public API and nothing else: every function that a header of
include/aegis/ declares is marked AEGIS_API and is in the dynamic symbol table, and that
table holds no other defined symbol (nm -D --defined-only).

    symbols_test.py LIBAEGIS_SO INCLUDE_DIR
"""
import glob
import os
import re
import subprocess
import sys

# A declaration at the top level of a header: a return type, then aegis_NAME( on the
# same line (the headers' style); typedefs and static inline helpers are not exported.
DECL = re.compile(r'^(?!typedef\b|static\b|#|\s|/\*| \*)(.*?)\b(aegis_[a-z0-9_]+)\(')


def declared(include_dir):
    names, unmarked = set(), []
    for h in sorted(glob.glob(os.path.join(include_dir, 'aegis', '*.h'))):
        with open(h) as f:
            for n, line in enumerate(f, 1):
                m = DECL.match(line)
                if not m:
                    continue
                names.add(m.group(2))
                if not m.group(1).startswith('AEGIS_API '):
                    unmarked.append('%s:%d: %s' % (os.path.basename(h), n, m.group(2)))
    return names, unmarked


def exported(lib):
    out = subprocess.run(['nm', '-D', '--defined-only', lib], check=True,
                         capture_output=True, text=True).stdout
    syms = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            syms[parts[2].split('@')[0]] = parts[1]
    return syms


def main():
    lib, include_dir = sys.argv[1], sys.argv[2]
    decl, unmarked = declared(include_dir)
    syms = exported(lib)
    fail = []
    if len(decl) < 100:
        fail.append('only %d declarations found in %s: the pattern is broken' %
                    (len(decl), include_dir))
    fail += ['declared without AEGIS_API: ' + u for u in unmarked]
    fail += ['exported, not aegis_*: %s (%s)' % (s, t)
             for s, t in sorted(syms.items()) if not s.startswith('aegis_')]
    fail += ['exported, declared nowhere: ' + s
             for s in sorted(syms) if s.startswith('aegis_') and s not in decl]
    fail += ['declared, not exported: ' + s for s in sorted(decl - set(syms))]
    fail += ['exported, not a function: %s (%s)' % (s, t)
             for s, t in sorted(syms.items()) if s in decl and t != 'T']
    for f in fail:
        print('FAIL ' + f)
    print('%s: %d symbols exported, %d functions declared in %s/aegis' %
          (os.path.basename(lib), len(syms), len(decl), include_dir))
    return 1 if fail else 0


if __name__ == '__main__':
    sys.exit(main())
