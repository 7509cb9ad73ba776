#!/usr/bin/env python3
"""Every public function takes empty arguments without crashing: each AEGIS_API function
of include/aegis/*.h is called once with NULL for every pointer (callbacks included), 0
for every number and enum, and a zeroed struct for every struct passed by value, in a
child process of its own, by a program compiled here against libaegis.so. A call may
return an error; it must not crash, abort or hang (10 s). A program written against the
headers by someone who has not read them closely is the hostile caller this stands for.

    null_api_test.py CC LIBAEGIS_SO INCLUDE_DIR WORK_DIR
"""
import glob
import os
import re
import subprocess
import sys

DECL = re.compile(r'AEGIS_API\s+([^;{]*?\))\s*;', re.S)
SIG = re.compile(r'(.*?)\b(aegis_\w+)\s*\((.*)\)$', re.S)


def params_of(text):
    """The parameters, split at the commas outside parentheses."""
    out, depth, cur = [], 0, ''
    for ch in text:
        if ch == ',' and depth == 0:
            out.append(cur.strip())
            cur = ''
            continue
        depth += ch == '('
        depth -= ch == ')'
        cur += ch
    if cur.strip():
        out.append(cur.strip())
    return [] if out in ([], ['void']) else out


def empty_value(param):
    """NULL, 0, 0.0 or a zeroed compound literal for one parameter's type."""
    if '(*' in param or '*' in param:
        return 'NULL'
    t = re.sub(r'\bconst\b', '', re.sub(r'\b\w+$', '', param)).strip()
    if t in ('double', 'float'):
        return '0.0'
    if re.match(r'(unsigned|signed|int|long|short|char|bool|size_t|u?int\d+_t)\b', t):
        return '0'
    if t.startswith('enum ') or t.endswith('_t') or t in ENUMS:
        return '0'
    return '(%s){0}' % t


def main():
    cc, lib, include_dir, work = sys.argv[1:5]
    text = ''
    headers = sorted(glob.glob(os.path.join(include_dir, 'aegis', '*.h')))
    for h in headers:
        with open(h) as f:
            text += f.read() + '\n'
    global ENUMS
    ENUMS = set(re.findall(r'\}\s*(aegis_\w+)\s*;', text)) - set(
        re.findall(r'typedef\s+struct\s+\w+\s*\{[^}]*\}\s*(aegis_\w+)', text, re.S))
    ENUMS = {e for e in ENUMS if re.search(r'typedef\s+enum\b[^;]*?\}\s*%s\s*;' % e, text, re.S)}
    calls = []
    for d in DECL.findall(text):
        m = SIG.match(' '.join(d.split()))
        if not m:
            print('FAIL cannot read the declaration: ' + d)
            return 1
        args = [empty_value(p) for p in params_of(m.group(3)) if p != '...']
        calls.append((m.group(2), args))
    if len(calls) < 100:
        print('FAIL only %d declarations found: the pattern is broken' % len(calls))
        return 1
    os.makedirs(work, exist_ok=True)
    src, exe = os.path.join(work, 'null_api.c'), os.path.join(work, 'null_api')
    with open(src, 'w') as f:
        f.write('#include <stdio.h>\n#include <stdlib.h>\n')
        for h in headers:
            f.write('#include "aegis/%s"\n' % os.path.basename(h))
        f.write('int main(int argc, char **argv)\n{\n\tint which = argc > 1 ? atoi(argv[1]) : -1;\n')
        for i, (name, args) in enumerate(calls):
            f.write('\tif (which == %d) {\n\t\t(void)%s(%s);\n\t\treturn 0;\n\t}\n' %
                    (i, name, ', '.join(args)))
        f.write('\treturn 2;\n}\n')
    libdir = os.path.dirname(os.path.abspath(lib))
    subprocess.run([cc, '-std=c11', '-I', include_dir, src, '-L', libdir, '-laegis',
                    '-Wl,-rpath,' + libdir, '-o', exe], check=True)
    fail = []
    for i, (name, _) in enumerate(calls):
        try:
            p = subprocess.run([exe, str(i)], capture_output=True, text=True, timeout=10)
        except subprocess.TimeoutExpired:
            fail.append('%s: hung (10 s)' % name)
            continue
        if p.returncode != 0:
            why = 'signal %d' % -p.returncode if p.returncode < 0 else 'exit %d' % p.returncode
            fail.append('%s: %s %s' % (name, why, p.stderr.strip()[:200]))
    for f in fail:
        print('FAIL ' + f)
    print('%d public functions called with empty arguments, %d failed' % (len(calls), len(fail)))
    return 1 if fail else 0


ENUMS = set()

if __name__ == '__main__':
    sys.exit(main())
