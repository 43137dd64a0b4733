#!/usr/bin/env python3
# SPDX-License-Identifier: 0BSD
"""Runs the lit suite once per configuration, all in one lit process.

A configuration is compiler x libc x level x language. Prints one line per
configuration, then the totals as "N passed, M failed, K skipped", where
skipped counts tests reported unsupported (a missing compiler, or a function
this libc does not declare). Exits non-zero if anything failed.

--others adds compilers that run only --other-levels: make check-all runs
the full matrix for the default gcc and clang and a narrower one for every
other compiler, to stay within CI's time.

--release names the Debian release the suite runs in, when it is not the
host's (scripts/check-release runs it inside a trixie or sid root): its
configurations are named by it (fortify-sid-gcc-15-musl-L2-c) and keep what
they build under build/RELEASE.
"""
import argparse
import glob
import json
import os
import subprocess
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def default_lit():
    """The newest LLVM's lit: Debian ships it as build/utils/lit/lit.py up to
    trixie and as bin/lit from LLVM 20 on in sid."""
    found = sorted(glob.glob('/usr/lib/llvm-*/build/utils/lit/lit.py') + glob.glob('/usr/lib/llvm-*/bin/lit'),
                   key=lambda p: int(p.split('/')[3].split('-')[1]))
    return found[-1] if found else None


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--compilers', default='gcc clang')
    ap.add_argument('--libcs', default='glibc musl')
    ap.add_argument('--levels', default='1 2 3')
    ap.add_argument('--others', default='')
    ap.add_argument('--other-levels', default='2 3')
    ap.add_argument('--langs', default='c c++')
    ap.add_argument('--lit', default=os.environ.get('LIT') or default_lit())
    ap.add_argument('--jobs', '-j', default=str(os.cpu_count() or 2))
    ap.add_argument('--release', default='', help='the Debian release, if not the host\'s')
    ap.add_argument('--filter', help='only tests whose name matches this regex')
    ap.add_argument('--param', action='append', default=[],
                    help='NAME=VALUE, passed to lit (e.g. run-inlining=1)')
    args = ap.parse_args()
    if not args.lit:
        sys.exit('lit not found: install llvm-N-tools or set LIT')

    suites = []
    runs = [(cc, args.levels) for cc in args.compilers.split()]
    runs += [(cc, args.other_levels) for cc in args.others.split()]
    for cc, levels in runs:
        for libc in args.libcs.split():
            for level in levels.split():
                for lang in args.langs.split():
                    name = 'fortify-%s%s-%s-L%s-%s' % (args.release + '-' if args.release else '',
                                                        cc, libc, level, lang)
                    exec_root = os.path.join(root, 'build', 'check', name)
                    os.makedirs(exec_root, exist_ok=True)
                    with open(os.path.join(exec_root, 'lit.site.cfg.py'), 'w') as f:
                        f.write('config.fortify = %r\n' % dict(cc=cc, libc=libc, level=level, lang=lang,
                                                                release=args.release))
                        f.write('config.test_exec_root = %r\n' % exec_root)
                        f.write('lit_config.load_config(config, %r)\n'
                                % os.path.join(root, 'tests', 'lit.cfg.py'))
                    suites.append(exec_root)

    results = os.path.join(root, 'build', 'check', 'results%s.json' % ('-' + args.release if args.release else ''))
    if os.path.exists(results):
        os.remove(results)
    cmd = [sys.executable, args.lit, '-sv', '-j', args.jobs, '-o', results] + suites
    if args.filter:
        cmd[2:2] = ['--filter', args.filter]
    for param in args.param:
        cmd[2:2] = ['--param', param]
    subprocess.run(cmd)
    if not os.path.exists(results):
        sys.exit('lit wrote no results')

    with open(results) as f:
        tests = json.load(f)['tests']
    per_suite = {}
    for t in tests:
        suite = t['name'].split(' :: ')[0]
        counts = per_suite.setdefault(suite, {'passed': 0, 'failed': 0, 'skipped': 0})
        code = t['code']
        if code in ('PASS', 'XFAIL'):
            counts['passed'] += 1
        elif code == 'UNSUPPORTED':
            counts['skipped'] += 1
        else:
            counts['failed'] += 1

    print()
    for suite in sorted(per_suite):
        c = per_suite[suite]
        print('%-44s %3d passed, %d failed, %d skipped' % (suite, c['passed'], c['failed'], c['skipped']))
    total = {k: sum(c[k] for c in per_suite.values()) for k in ('passed', 'failed', 'skipped')}
    missing = len(suites) - len(per_suite)
    if missing:
        print('%d configurations ran no test' % missing)
        total['failed'] += missing
    print('%d passed, %d failed, %d skipped' % (total['passed'], total['failed'], total['skipped']))
    return 1 if total['failed'] else 0


if __name__ == '__main__':
    sys.exit(main())
