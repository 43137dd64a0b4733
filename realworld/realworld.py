#!/usr/bin/env python3
# SPDX-License-Identifier: 0BSD
"""Builds real packages with fortify and runs their own test suites.

Each package is Debian bookworm's source package, of which only the
upstream tarball is used (no Debian patches). It is built out of tree once
plain and once per fortify level with each compiler and libc, and its own
test suite is run on every build. A configuration passes when its build
succeeds, fortify was really in effect, and no test fails that does not
also fail in the plain build of the same compiler and libc. A package that
does not build plain there is skipped, not counted as ours.

Prints a table and "N passed, M failed, K skipped"; exits non-zero if
anything failed. Downloads are cached: a second run needs no network.
"""
import argparse
import collections
import glob
import os
import re
import resource
import shlex
import shutil
import signal
import subprocess
import sys
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
fortify_include = os.path.join(root, 'include', 'fortify')

# The recipes run under sh in an empty build directory, with SRC (the
# unpacked upstream source), CC, CPPFLAGS, CFLAGS, LIBC (glibc or musl) and
# JOBS in the environment. Fortify's flags are in CPPFLAGS, as
# dpkg-buildflags puts _FORTIFY_SOURCE; zlib's Makefile and CMake ignore
# CPPFLAGS, so those recipes add it to CFLAGS. Every recipe asks for the
# full compile commands in its log, which is one of the checks that fortify
# was in effect. Configuring and building are two commands so that make
# bench can time the compiles apart from configure's many small test
# programs. A package whose Makefiles do not build out of tree is copied
# into the build directory. depends are the Debian packages its build and
# tests need; libraries that have no musl build are left out of the musl
# configurations, plain and fortified alike.
Package = collections.namedtuple('Package', 'configure build test results depends',
                                 defaults=((),))


def automake_results(log):
    """The test harness's PASS:/FAIL: lines."""
    results = {}
    for status, name in re.findall(r'^(PASS|XFAIL|SKIP|FAIL|XPASS|ERROR): (\S+)', log, re.M):
        results[name] = status in ('PASS', 'XFAIL', 'SKIP')
    return results


def ctest_results(log):
    results = {}
    for name, status in re.findall(r'Test +#\d+: (\S+) \.+ *\**(\w+)', log):
        results[name] = status == 'Passed'
    return results


def zlib_results(log):
    """zlib's Makefile prints one verdict per test program set."""
    results = {}
    for name, status in re.findall(r'\*\*\* (zlib.*?) ?test (OK|FAILED) \*\*\*', log):
        results[name] = status == 'OK'
    return results


def busybox_results(log):
    """testsuite/runtest's PASS:/FAIL: lines, whose names hold spaces."""
    return {name: status == 'PASS'
            for status, name in re.findall(r'^(PASS|FAIL): (.*?) *$', log, re.M)}


def failures_only_results(failed, finished):
    """For a suite that names only its failures: each of them, and the
    suite as one passing test once its closing line shows it ran."""
    def results(log):
        found = {name: False for name in re.findall(failed, log, re.M)}
        if re.search(finished, log, re.M):
            found.setdefault('(the rest of the suite)', True)
        return found
    return results


def libevent_results(log):
    """test/test.sh's " test-name: OKAY" lines under each backend's name,
    and the regress cases that failed in it."""
    results = {}
    backend = ''
    for line in log.splitlines():
        m = re.match(r'^(EPOLL|POLL|SELECT)\b', line)
        if m:
            backend = m.group(1)
        m = re.match(r'^ (\S+): (OKAY|FAILED)', line)
        if m:
            results['%s %s' % (backend, m.group(1))] = m.group(2) == 'OKAY'
        for case in re.findall(r'\[(\S+) FAILED\]', line):
            results['%s regress %s' % (backend, case)] = False
    return results


# An autotools package built and tested out of tree by its own Makefiles.
automake_package = Package(
    configure='"$SRC/configure"',
    build='make -j"$JOBS" V=1',
    test='make -k -j"$JOBS" check V=1',
    results=automake_results)

# A test suite run as make targets, each one a test: "PASS: target".
each_target = ('for t in %s; do if make %s "$t"; then echo "PASS: $t"; '
               'else echo "FAIL: $t"; fi; done')

packages = {
    'zlib': Package(
        configure='CFLAGS="$CPPFLAGS $CFLAGS" "$SRC/configure"',
        build='make -j"$JOBS"',
        test='make -k test',
        results=zlib_results),
    'xz-utils': automake_package,
    'gzip': automake_package,
    'cjson': Package(
        configure='CFLAGS="$CPPFLAGS $CFLAGS" cmake -S "$SRC" -B . -DENABLE_CJSON_UTILS=On '
                  '-DCMAKE_VERBOSE_MAKEFILE=On',
        build='make -j"$JOBS"',
        test='ctest --output-on-failure -j"$JOBS"',
        results=ctest_results),
    # Kbuild takes CC on the command line only, and adds -Os after our -O2.
    # musl-gcc leaves /usr/include out, and with it the kernel's headers,
    # which a musl distribution installs beside musl: they are linked in
    # after musl's own (CONFIG_EXTRA_CFLAGS), plain and fortified alike.
    'busybox': Package(
        configure='make -C "$SRC" O="$PWD" defconfig && if [ "$LIBC" = musl ]; then '
                  'mkdir kernel && ln -s /usr/include/linux /usr/include/asm-generic '
                  '/usr/include/mtd "/usr/include/$(gcc -print-multiarch)/asm" kernel/ && '
                  'sed -i "s|^CONFIG_EXTRA_CFLAGS=.*|CONFIG_EXTRA_CFLAGS=\\"-idirafter $PWD/kernel\\"|" '
                  '.config; fi',
        build='make -j"$JOBS" V=1 CC="$CC"',
        test='cp "$SRC/scripts/echo.c" scripts/ && make V=1 CC="$CC" check',
        results=busybox_results,
        depends=('bzip2', 'zip')),
    # Build.sh configures and builds at once; Rebuild.sh holds its compile
    # commands. test.sh runs check.pl over check.t, here without the
    # tests that need a controlling terminal, as Debian runs it.
    'mksh': Package(
        configure='true',
        build='sh "$SRC/Build.sh" -r && cat Rebuild.sh',
        test='./test.sh -v -C regress:no-ctty',
        results=failures_only_results(r'^FAIL (\S+)$', r'^Total passed: '),
        depends=('perl', 'ed')),
    # The tarball is a git snapshot without configure.
    'jq': Package(
        configure='cp -R "$SRC"/. . && autoreconf -fi && ./configure --disable-docs '
                  '--disable-valgrind --disable-maintainer-mode '
                  '$([ "$LIBC" = musl ] && echo --without-oniguruma)',
        build='make -j"$JOBS" V=1',
        test='make -k -j"$JOBS" check V=1',
        results=automake_results,
        depends=('autoconf', 'automake', 'libtool', 'libonig-dev')),
    'pcre2': automake_package._replace(configure='"$SRC/configure" --enable-jit'),
    # Makefiles without a configure, in tree. The test targets that run
    # longer than a minute (the fuzzers, a benchmark) are given 30 seconds;
    # test-fullbench, a speed benchmark, and test-zstd (playTests.sh, which
    # round-trips files at level 19 for over ten minutes a build here) are
    # left out.
    'libzstd': Package(
        configure='cp -R "$SRC"/. .',
        build='make -j"$JOBS" V=1 lib zstd',
        test='cd tests && ' + each_target % (
            'test-fuzzer test-zstream test-invalidDictionaries test-legacy '
            'test-decodecorpus test-pool',
            '-j"$JOBS" V=1 FUZZERTEST=-T30s ZSTREAM_TESTTIME=-T30s DECODECORPUS_TESTTIME=-T30'),
        results=automake_results,
        depends=('zlib1g-dev', 'liblzma-dev', 'liblz4-dev')),
    # A git snapshot too.
    'libsodium': automake_package._replace(
        configure='cp -R "$SRC"/. . && autoreconf -fi && ./configure',
        depends=('autoconf', 'automake', 'libtool')),
    # test/test.sh for the select, poll and epoll backends, each of which
    # runs the regress suite twice; the other backends are not Linux's.
    'libevent': Package(
        configure='"$SRC/configure" --disable-samples '
                  '$([ "$LIBC" = musl ] && echo --disable-openssl)',
        build='make -j"$JOBS" V=1',
        test='make -j"$JOBS" V=1 check TESTS= && for b in SELECT POLL EPOLL; do '
             '"$SRC/test/test.sh" -b $b || s=1; done; exit ${s:-0}',
        results=libevent_results,
        depends=('libssl-dev',)),
    # Each failing test leaves its output in test/_NAME.
    'gawk': Package(
        configure='"$SRC/configure" '
                  '$([ "$LIBC" = musl ] && echo --without-readline --disable-mpfr)',
        build='make -j"$JOBS" V=1',
        test='make -k -j"$JOBS" check; s=$?; for f in test/_*; do '
             '[ -e "$f" ] && echo "FAILED TEST: ${f#test/_}"; done; exit $s',
        results=failures_only_results(r'^FAILED TEST: (\S+)$', r'TESTS? (PASSED|FAILED)$'),
        depends=('libreadline-dev', 'libmpfr-dev')),
}

default_configs = 'gcc-glibc-L2 gcc-glibc-L3 clang-glibc-L2 clang-glibc-L3 gcc-musl-L2 gcc-musl-L3'

# Overflows memset's destination by a length known only at run time: built
# with a configuration's CC and flags, it must trap.
probe_source = r'''#include <string.h>
int main(int argc, char **argv)
{
	char buf[4];
	(void)argv;
	memset(buf, 0, (size_t)argc + sizeof buf);
	return buf[0];
}
'''

Config = collections.namedtuple('Config', 'name compiler libc level')


def parse_config(name):
    """COMPILER-LIBC-LN, where COMPILER may itself hold a dash (clang-19)."""
    m = re.match(r'^(.+)-(glibc|musl)-L([1-9])$', name)
    if not m:
        sys.exit('realworld: bad configuration %r (want COMPILER-glibc|musl-LEVEL, '
                 'as in gcc-musl-L3)' % name)
    compiler, libc, level = m.groups()
    if libc == 'musl' and not compiler.startswith('gcc'):
        sys.exit('realworld: %s: musl is built through musl-gcc, which wraps gcc only' % name)
    return Config(name, compiler, libc, level)


# Every build's CFLAGS, plain and fortified alike.
cflags = '-O2'


def fortify_cppflags(level):
    return '-isystem %s -D_FORTIFY_SOURCE=%s' % (fortify_include, level)


def recipe_environment(base_env, src, compiler, libc, cppflags):
    """What a recipe runs with: base_environment(), the source, the
    compiler for that libc, and the flags."""
    return dict(base_env, SRC=src, CPPFLAGS=cppflags, CFLAGS=cflags, LIBC=libc,
                **compiler_env(compiler, libc))


def compiler_env(compiler, libc):
    if libc == 'musl':
        # musl-gcc runs $REALGCC, so gcc-11 with musl is gcc-11 under musl-gcc.
        return {'CC': 'musl-gcc', 'REALGCC': compiler}
    return {'CC': compiler}


def say(*args):
    print(*args, flush=True)


class Step:
    def __init__(self, ok, seconds, rc, cpu=0.0):
        self.ok, self.seconds, self.rc, self.cpu = ok, seconds, rc, cpu


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(command, cwd, env, log, timeout):
    """Runs a shell command, appending its output to log."""
    with open(log, 'a') as out:
        out.write('\n==> %s\n' % command)
        out.flush()
        start, start_cpu = time.monotonic(), children_cpu()
        proc = subprocess.Popen(['sh', '-c', command], cwd=cwd, env=env, stdout=out,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True)
        try:
            rc = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            # A hung test must not hang CI: end its whole process group.
            os.killpg(proc.pid, signal.SIGKILL)
            rc = proc.wait()
            out.write('\n==> timed out after %d s\n' % timeout)
        seconds, cpu = time.monotonic() - start, children_cpu() - start_cpu
        out.write('\n==> exit %d, %.0f s, %.0f s of CPU\n' % (rc, seconds, cpu))
    return Step(rc == 0, seconds, rc, cpu)


def tail(path, lines=25):
    with open(path, errors='replace') as f:
        return ''.join(f.readlines()[-lines:])


def is_root():
    return os.geteuid() == 0


def apt_install(names):
    missing = [p for p in names if subprocess.run(
        ['dpkg-query', '-W', '-f=${Status}', p], capture_output=True,
        text=True).stdout != 'install ok installed']
    if not missing:
        return
    if not is_root():
        sys.exit('realworld: missing packages; run:\n  sudo apt-get install -y %s' % ' '.join(missing))
    say('realworld: installing %s' % ' '.join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND='noninteractive')
    subprocess.run(['apt-get', 'update', '-q'], env=env, stdout=subprocess.DEVNULL, check=True)
    # Waits for another apt or dpkg, rather than failing at once.
    subprocess.run(['apt-get', 'install', '-y', '-q', '-o', 'DPkg::Lock::Timeout=600'] + missing,
                   env=env, stdout=subprocess.DEVNULL, check=True)


def apt_sources():
    files = glob.glob('/etc/apt/sources.list') + glob.glob('/etc/apt/sources.list.d/*.list') \
        + glob.glob('/etc/apt/sources.list.d/*.sources')
    for path in files:
        with open(path, errors='replace') as f:
            yield path, f.read()


def ensure_deb_src():
    """apt-get source needs a deb-src entry; Debian's images ship deb only."""
    if any(re.search(r'^\s*(deb-src\s|Types:.*\bdeb-src\b)', text, re.M)
           for _, text in apt_sources()):
        return False
    target = '/etc/apt/sources.list.d/fortify-realworld-src.sources'
    if not is_root():
        sys.exit('realworld: apt has no deb-src entry; as root, create %s with:\n'
                 'Types: deb-src\nURIs: http://deb.debian.org/debian\n'
                 'Suites: bookworm bookworm-updates\nComponents: main\n'
                 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n'
                 'and run apt-get update' % target)
    # The same archives (and mirror) as the machine's deb entries, as sources.
    debian = '/etc/apt/sources.list.d/debian.sources'
    if os.path.exists(debian):
        with open(debian) as f:
            text = re.sub(r'^Types:.*$', 'Types: deb-src', f.read(), flags=re.M)
    else:
        text = ('Types: deb-src\nURIs: http://deb.debian.org/debian\n'
                'Suites: bookworm bookworm-updates\nComponents: main\n'
                'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n')
    say('realworld: adding %s' % target)
    with open(target, 'w') as f:
        f.write(text)
    return True


def base_environment(jobs):
    """The environment the recipes run in, before CC and the flags."""
    # Only the outer make's settings, not the user's, would otherwise reach
    # the packages' makes: MAKEFLAGS carries make realworld's own variables.
    env = {k: v for k, v in os.environ.items()
           if k not in ('MAKEFLAGS', 'MFLAGS', 'MAKELEVEL', 'MAKEOVERRIDES',
                        'CC', 'CFLAGS', 'CPPFLAGS', 'LDFLAGS', 'LIBS', 'REALGCC', 'LIBC')}
    env['JOBS'] = jobs
    env['LC_ALL'] = 'C'
    return env


def prepare_downloads(names, cache):
    """apt-get source's tools and deb-src entries, unless every source
    package is already in the cache."""
    if all(orig_tarball(os.path.join(cache, n)) for n in names):
        return
    apt_install(['dpkg-dev'])
    if ensure_deb_src() or is_root():
        subprocess.run(['apt-get', 'update', '-q'], stdout=subprocess.DEVNULL, check=True)


def unpack(name, cache, build_root):
    """The cached upstream tarball of name, unpacked afresh: its directory."""
    src = os.path.join(build_root, name, 'src')
    shutil.rmtree(src, ignore_errors=True)
    os.makedirs(src)
    subprocess.run(['tar', '-xf', orig_tarball(os.path.join(cache, name)),
                    '--strip-components=1', '-C', src], check=True)
    return src


def orig_tarball(directory):
    found = [p for p in glob.glob(os.path.join(directory, '*.orig.tar.*'))
             if not p.endswith('.asc')]
    return found[0] if len(found) == 1 else None


def download(name, cache, logs, timeout):
    """The source package into cache/name, unless it is already there."""
    directory = os.path.join(cache, name)
    if orig_tarball(directory) and glob.glob(os.path.join(directory, '*.dsc')):
        return Step(True, 0, 0), 'cached'
    log = os.path.join(logs, name + '-download.log')
    open(log, 'w').close()
    # apt-get picks the newest version, which may be in an archive whose
    # sources the mirror does not serve (bookworm-security: 404); then every
    # version apt knows of is tried until one downloads.
    versions = subprocess.run(['apt-cache', 'showsrc', name], capture_output=True,
                              text=True).stdout
    wanted = [name] + ['%s=%s' % (name, v) for v in
                       dict.fromkeys(re.findall(r'^Version: (\S+)$', versions, re.M))]
    for spec in wanted:
        shutil.rmtree(directory, ignore_errors=True)
        os.makedirs(directory)
        step = run('apt-get source --download-only %s' % shlex.quote(spec), directory,
                   os.environ, log, timeout)
        if step.ok and orig_tarball(directory):
            return step, log
    step.ok = False
    return step, log


class Build:
    """One build of a package and its test run."""

    def __init__(self, log):
        self.log = log
        self.build = self.test = None
        self.results = {}
        self.traps = 0

    @property
    def built(self):
        return self.build is not None and self.build.ok

    def failed_tests(self):
        return sorted(n for n, ok in self.results.items() if not ok)

    def summary(self):
        if not self.built:
            return 'build failed'
        failed = len(self.failed_tests())
        return '%d/%d passed' % (len(self.results) - failed, len(self.results))

    def seconds(self):
        return sum(s.seconds for s in (self.build, self.test) if s)

    def cpu(self):
        return sum(s.cpu for s in (self.build, self.test) if s)


def elf_files(directory):
    for dirpath, _, files in os.walk(directory):
        for f in files:
            path = os.path.join(dirpath, f)
            if os.path.islink(path) or not os.path.isfile(path):
                continue
            with open(path, 'rb') as fh:
                if fh.read(4) == b'\x7fELF':
                    yield path


def count_traps(directory):
    """ud2 instructions, which is what __builtin_trap is on x86, in every
    ELF file of a build: the fortified build of the same sources must have
    more than the plain one, or the wrappers were not compiled in."""
    count = 0
    for path in elf_files(directory):
        out = subprocess.run(['objdump', '-d', path], capture_output=True, text=True).stdout
        count += len(re.findall(r'\tud2\b', out))
    return count


def marked(directory):
    """Whether any ELF file of a build holds the headers' .fortify marker."""
    return any('fortify ' in subprocess.run(['readelf', '-p', '.fortify', path],
                                            capture_output=True, text=True).stdout
               for path in elf_files(directory))


def configure_and_build(package, directory, env, log, timeout):
    """Configures and builds package in a new, empty directory: both
    steps, the second None if configuring failed."""
    shutil.rmtree(directory, ignore_errors=True)
    os.makedirs(directory)
    with open(log, 'w') as f:
        f.write('CC=%s CPPFLAGS=%s CFLAGS=%s\n' % (env['CC'], env['CPPFLAGS'], env['CFLAGS']))
    configure = run(package.configure, directory, env, log, timeout)
    if not configure.ok:
        return configure, None
    return configure, run(package.build, directory, env, log, timeout)


def build(package, src, directory, log, env, timeout):
    b = Build(log)
    configure, make = configure_and_build(package, directory, env, log, timeout)
    b.build = configure if make is None else Step(
        make.ok, configure.seconds + make.seconds, make.rc, configure.cpu + make.cpu)
    if not b.built:
        return b
    b.test = run(package.test, directory, env, log, timeout)
    with open(log, errors='replace') as f:
        text = f.read()
    b.results = package.results(text[text.rfind('\n==> %s\n' % package.test):])
    if not b.test.ok and all(b.results.values()):
        # The test run failed beyond its tests (a test program that does
        # not build, a harness error): that is a failing test too.
        b.results['(%s: exit %d)' % (package.test.split()[0], b.test.rc)] = False
    b.traps = count_traps(directory)
    return b


def probe(directory, env):
    """Whether a memset overflow built with env's CC and flags traps."""
    os.makedirs(directory, exist_ok=True)
    source = os.path.join(directory, 'probe.c')
    with open(source, 'w') as f:
        f.write(probe_source)
    program = os.path.join(directory, 'probe')
    cc = subprocess.run('$CC $CPPFLAGS $CFLAGS -o %s %s' % (shlex.quote(program), shlex.quote(source)),
                        shell=True, env=env, capture_output=True, text=True)
    if cc.returncode != 0:
        return 'probe does not compile: ' + cc.stdout + cc.stderr
    rc = subprocess.run([program], stdin=subprocess.DEVNULL, capture_output=True).returncode
    if rc != -signal.SIGILL:
        return 'probe did not trap (exit %d)' % rc
    return None


def seconds(s):
    return '%ds' % round(s) if s < 600 else '%dm%02ds' % divmod(round(s), 60)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--packages', default=' '.join(packages),
                    help='Debian source packages, of: %(default)s')
    ap.add_argument('--configs', default=default_configs,
                    help='COMPILER-LIBC-LLEVEL, default: %(default)s')
    ap.add_argument('--cache', default=os.path.join(root, 'build', 'realworld', 'cache'),
                    help='where downloaded source packages are kept')
    ap.add_argument('--build', default=os.path.join(root, 'build', 'realworld'),
                    help='build trees and logs')
    ap.add_argument('--jobs', '-j', default=str(os.cpu_count() or 2))
    ap.add_argument('--timeout', type=int, default=1800,
                    help='seconds for any one step (configure and build, or tests)')
    args = ap.parse_args()
    # make realworld passes its variables as they are, empty when not set.
    for option, default in (('packages', ' '.join(packages)), ('configs', default_configs),
                            ('cache', ap.get_default('cache'))):
        if not getattr(args, option).strip():
            setattr(args, option, default)

    names = args.packages.split()
    for n in names:
        if n not in packages:
            sys.exit('realworld: no recipe for package %r (have: %s)' % (n, ' '.join(packages)))
    configs = [parse_config(c) for c in args.configs.split()]
    if not names or not configs:
        sys.exit('realworld: nothing to do')

    compilers = sorted({c.compiler for c in configs})
    subprocess.run([os.path.join(root, 'scripts', 'setup')] + compilers, check=True)
    apt_install(sorted({'binutils', 'cmake', 'bzip2', 'xz-utils'}.union(
        *(packages[n].depends for n in names))))

    cache = os.path.abspath(args.cache)
    build_root = os.path.abspath(args.build)
    logs = os.path.join(build_root, 'logs')
    os.makedirs(logs, exist_ok=True)

    base_env = base_environment(args.jobs)
    prepare_downloads(names, cache)

    rows = []
    times = collections.OrderedDict()
    for name in names:
        rows += run_package(name, configs, cache, build_root, base_env, args.timeout, times)
    report(rows, times, logs)
    failed = sum(1 for r in rows if r.verdict == 'FAIL')
    say('%d passed, %d failed, %d skipped' % (
        sum(1 for r in rows if r.verdict == 'PASS'), failed,
        sum(1 for r in rows if r.verdict == 'SKIP')))
    return 1 if failed else 0


Row = collections.namedtuple('Row', 'package config fortified plain verdict warnings')


def run_package(name, configs, cache, build_root, base_env, timeout, times):
    """Builds and tests one package in every configuration: its table rows."""
    package = packages[name]
    logs = os.path.join(build_root, 'logs')
    t = times[name] = collections.OrderedDict()
    step, where = download(name, cache, logs, timeout)
    t['cached' if where == 'cached' else 'download'] = step
    if not step.ok:
        say('realworld: %s: download failed; log: %s\n%s' % (name, where, tail(where)))
        return [Row(name, c.name, None, None, 'FAIL', 0) for c in configs]
    say('realworld: %s: %s' % (name, 'cached' if where == 'cached'
                               else 'downloaded in %s' % seconds(step.seconds)))
    start = time.monotonic()
    src = unpack(name, cache, build_root)
    t['unpack'] = Step(True, time.monotonic() - start, 0)

    rows = []
    plains = {}
    for config in configs:
        env = recipe_environment(base_env, src, config.compiler, config.libc, '')
        key = (config.compiler, config.libc)
        if key not in plains:
            label = '%s-%s-plain' % key
            say('realworld: %s: %s' % (name, label))
            plains[key] = t[label] = build(package, src, os.path.join(build_root, name, label),
                                           os.path.join(logs, '%s-%s.log' % (name, label)),
                                           env, timeout)
        plain = plains[key]

        say('realworld: %s: %s' % (name, config.name))
        env['CPPFLAGS'] = fortify_cppflags(config.level)
        directory = os.path.join(build_root, name, config.name)
        fortified = t[config.name] = build(package, src, directory,
                                           os.path.join(logs, '%s-%s.log' % (name, config.name)),
                                           env, timeout)
        verdict, problems = judge(fortified, plain, directory, env)
        warnings = new_warnings(plain.log, fortified.log) if plain.built else []
        if warnings:
            # Not a failure, as the package built, but -Werror would make it one.
            say('realworld: %s %s: warnings only in the fortified build:\n  %s'
                % (name, config.name, '\n  '.join(warnings)))
        rows.append(Row(name, config.name, fortified, plain, verdict, len(warnings)))
        if verdict != 'PASS':
            say('realworld: %s %s: %s: %s\n  log: %s' % (
                name, config.name, verdict, '; '.join(problems), fortified.log))
            if verdict == 'FAIL':
                say(tail(fortified.log))
    return rows


def judge(fortified, plain, directory, env):
    """PASS, FAIL or SKIP, and why."""
    if not plain.built:
        return 'SKIP', ['does not build plain either: %s' % plain.log]
    if not fortified.built:
        return 'FAIL', ['builds plain but not fortified']
    problems = []
    error = probe(os.path.join(directory, 'fortify-probe'), env)
    if error:
        problems.append(error)
    with open(fortified.log, errors='replace') as f:
        # past the first line, where build() wrote the flags it was given
        if '-isystem %s' % fortify_include not in f.read().partition('\n')[2]:
            problems.append('the build log has no -isystem %s' % fortify_include)
    # Where the compiler proves every check (jq: fixed buffers passed with
    # their own sizeof), no trap is left, and the marker the headers put in
    # each object is what shows that they were compiled in.
    if fortified.traps <= plain.traps and not marked(directory):
        problems.append('no more traps than the plain build (%d, plain %d) and no .fortify '
                        'marker' % (fortified.traps, plain.traps))
    changed = configure_differences(plain.log, fortified.log)
    if changed:
        problems.append('configure decided differently: ' + ' '.join(changed))
    ours = sorted(set(fortified.failed_tests()) - set(plain.failed_tests()))
    if ours:
        problems.append('fails only fortified: ' + ' '.join(ours))
    if not fortified.results:
        problems.append('no test results found in the log')
    return ('FAIL' if problems else 'PASS'), problems


def configure_differences(plain_log, fortified_log):
    """configure's answers that differ from the plain build's: a check
    that our headers break makes the package quietly build otherwise (a
    replacement function, a feature left out)."""
    def answers(log):
        # autoconf's and zlib's "checking X... answer", CMake's "-- X - answer"
        with open(log, errors='replace') as f:
            found = re.findall(r'^(checking .*?)\.\.\. *(.*)$|^-- (.*?) - (.*)$',
                               f.read(), re.M | re.I)
        return dict((q or cq, a or ca) for q, a, cq, ca in found)
    plain, fortified = answers(plain_log), answers(fortified_log)
    return ['"%s": %s, plain %s' % (q, fortified[q], plain[q])
            for q in sorted(plain.keys() & fortified.keys()) if plain[q] != fortified[q]]


def new_warnings(plain_log, fortified_log):
    def warnings(log):
        with open(log, errors='replace') as f:
            # without the temporary files' random names, a configure
            # probe's linker warning would be new in every build
            return set(re.sub(r'/tmp/cc\w+\.o', '/tmp/cc.o', w)
                       for w in re.findall(r'^.*\bwarning: .*$', f.read(), re.M))
    return sorted(warnings(fortified_log) - warnings(plain_log))


def report(rows, times, logs):
    def built(b):
        return ('ok %s' % seconds(b.build.seconds)) if b.built else 'FAILED'

    def tested(b):
        return '%s, %s' % (b.summary(), seconds(b.test.seconds)) if b.built else '-'

    table = [('package', 'configuration', 'build', 'tests', 'plain build', 'plain tests',
              'traps (plain)', 'new warnings', 'result')]
    for r in rows:
        if r.fortified is None:
            table.append((r.package, r.config, 'not downloaded', '-', '-', '-', '-', '-', r.verdict))
            continue
        table.append((r.package, r.config, built(r.fortified), tested(r.fortified),
                      built(r.plain), tested(r.plain),
                      '%d (%d)' % (r.fortified.traps, r.plain.traps) if r.fortified.built else '-',
                      str(r.warnings), r.verdict))
    say('')
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
    for r in table:
        say('  '.join(c.ljust(w) for c, w in zip(r, widths)).rstrip())

    # CPU time alongside wall time: the wall time depends on whatever else
    # the machine runs, the CPU time much less.
    say('\nTime, wall (CPU), per package and build; "tests" includes building the test programs:')
    for name, t in times.items():
        wall = cpu = 0.0
        for label, x in t.items():
            if isinstance(x, Build):
                say('  %-9s %-18s build %s, tests %s' % (
                    name, label, '%s (%s)' % (seconds(x.build.seconds), seconds(x.build.cpu)),
                    '%s (%s)' % (seconds(x.test.seconds), seconds(x.test.cpu)) if x.test else '-'))
                wall, cpu = wall + x.seconds(), cpu + x.cpu()
            else:
                say('  %-9s %-18s %s' % (name, label, seconds(x.seconds)))
                wall += x.seconds
        say('  %-9s %-18s %s (%s)' % (name, 'total', seconds(wall), seconds(cpu)))
    say('Logs: %s' % logs)


if __name__ == '__main__':
    sys.exit(main())
