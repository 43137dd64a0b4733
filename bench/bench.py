#!/usr/bin/env python3
# SPDX-License-Identifier: 0BSD
"""Measures what fortify costs, against a plain build in the same run.

Builds the packages of make realworld (Debian bookworm's upstream sources)
once per configuration (compiler and libc) and variant: plain, fortify at
levels 2 and 3, and on glibc glibc's own _FORTIFY_SOURCE at levels 2 and 3
(no wrapper headers), the fortification a user would otherwise pick. Then:

- instructions executed by each package's workload, counted by callgrind
  (counts, not seconds: the same for the same binary and input);
- text size of the package's libraries and programs (size);
- CPU time of compiling the sqlite3 amalgamation (the smallest of --repeat
  runs) and autoconf's default includes, and of configuring and of
  building each package (one run each);
- for every wrapper, whether a call with no known size compiles to exactly
  the instructions of the plain call (tests/behaviour/Inputs/unknown-size);
- which functions the compiler kept out of line, against the plain build:
  the function symbols (clones such as .constprop.0 and .part.0 included) of
  the package's libraries and programs (nm).

Writes docs/performance.md and docs/performance.png. Exits non-zero if a
build or workload failed or gave a different answer from the plain build.
"""
import argparse
import collections
import concurrent.futures
import datetime
import glob
import hashlib
import json
import os
import pickle
import platform
import random
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(root, 'realworld'))
import realworld  # noqa: E402  (the recipes, downloads and environment)

# What each package's bench measures, beyond realworld's recipe to build it:
# the files whose text is summed, the workloads run under callgrind (a
# name, the command relative to the build directory, and which file is its
# standard input: a corpus, or the output of an earlier workload), and for
# cJSON a driver of ours built against the library.
Workload = collections.namedtuple('Workload', 'name argv stdin')
Bench = collections.namedtuple('Bench', 'artefacts library_path workloads driver')

benches = {
    'zlib': Bench(
        artefacts=['libz.so.*.*.*'], library_path='',
        workloads=[Workload('compress', ['./minigzip', '-9'], 'text corpus'),
                   Workload('decompress', ['./minigzip', '-d'], 'compress')],
        driver=None),
    'xz-utils': Bench(
        artefacts=['src/liblzma/.libs/liblzma.so.*.*.*', 'src/xz/.libs/xz'],
        library_path='src/liblzma/.libs',
        workloads=[Workload('compress', ['src/xz/.libs/xz', '-6', '-c'], 'text corpus'),
                   Workload('decompress', ['src/xz/.libs/xz', '-d', '-c'], 'compress')],
        driver=None),
    'gzip': Bench(
        artefacts=['gzip'], library_path='',
        workloads=[Workload('compress', ['./gzip', '-9', '-c'], 'text corpus'),
                   Workload('decompress', ['./gzip', '-d', '-c'], 'compress')],
        driver=None),
    'cjson': Bench(
        artefacts=['libcjson.so.*.*.*', 'libcjson_utils.so.*.*.*'], library_path='.',
        workloads=[Workload('parse and print', ['./cjson-workload'], 'JSON corpus')],
        driver='"$CC" $CPPFLAGS $CFLAGS -I"$SRC" -o cjson-workload '
               '%s -L. -lcjson' % shlex.quote(os.path.join(root, 'bench', 'cjson-workload.c'))),
}

Variant = collections.namedtuple('Variant', 'name label cppflags')


def variants(libc):
    found = [Variant('plain', 'plain', '')]
    for level in '23':
        found.append(Variant('fortify-L' + level, 'fortify L' + level,
                             realworld.fortify_cppflags(level)))
    if libc == 'glibc':
        for level in '23':
            found.append(Variant('glibc-L' + level, 'glibc L' + level, '-D_FORTIFY_SOURCE=' + level))
    return found


all_variants = [v.name for v in variants('glibc')]
Config = collections.namedtuple('Config', 'name compiler libc')
default_configs = 'gcc-glibc clang-glibc clang-19-glibc gcc-musl'
corpus_bytes = 1 << 20


def parse_config(name):
    m = re.match(r'^(.+)-(glibc|musl)$', name)
    if not m:
        sys.exit('bench: bad configuration %r (want COMPILER-glibc|musl, as in gcc-musl)' % name)
    if m.group(2) == 'musl' and not m.group(1).startswith('gcc'):
        sys.exit('bench: %s: musl is built through musl-gcc, which wraps gcc only' % name)
    return Config(name, m.group(1), m.group(2))


def first_line(argv):
    out = subprocess.run(argv, capture_output=True, text=True)
    return (out.stdout or out.stderr).splitlines()[0].strip()


# ---------------------------------------------------------------- inputs

def make_sqlite3_amalgamation(cache, build_root, base_env, timeout):
    """sqlite3.c, generated from Debian's sqlite3 source (which ships the
    canonical tree, not the amalgamation) by its own make target."""
    target = os.path.join(build_root, 'sqlite3', 'gen', 'sqlite3.c')
    if os.path.exists(target):
        return target
    step, log = realworld.download('sqlite3', cache, os.path.join(build_root, 'logs'), timeout)
    if not step.ok:
        sys.exit('bench: sqlite3: download failed; log: %s' % log)
    src = realworld.unpack('sqlite3', cache, build_root)
    gen = os.path.dirname(target)
    os.makedirs(gen, exist_ok=True)
    log = os.path.join(build_root, 'logs', 'sqlite3-amalgamation.log')
    open(log, 'w').close()
    step = realworld.run('"$SRC/configure" && make sqlite3.c', gen, dict(base_env, SRC=src, CC='cc'),
                         log, timeout)
    if not step.ok:
        sys.exit('bench: sqlite3.c could not be generated; log: %s' % log)
    return target


def make_json_corpus(path):
    """About 1 MiB of JSON: records of strings (with escapes and non-ASCII
    text), integers, fractions, booleans, nulls and nested arrays, the same
    bytes on every run (only random.random() of a seeded generator, which
    Python keeps stable across versions)."""
    rng = random.Random(20261202)

    def pick(n):
        return int(rng.random() * n)

    words = ['fortify', 'object', 'size', 'caf\u00e9', 'na\u00efve', '\u00fcber', 'tab\there',
             'quote"d', 'back\\slash', 'line\nbreak', 'emoji \U0001f600', '\u65e5\u672c']

    def value(depth):
        kind = pick(7 if depth < 3 else 5)
        if kind == 0:
            return pick(1 << 31) - (1 << 30)
        if kind == 1:
            return round(rng.random() * 1e6, 1 + pick(6))
        if kind == 2:
            return ' '.join(words[pick(len(words))] for _ in range(1 + pick(6)))
        if kind == 3:
            return rng.random() < 0.5
        if kind == 4:
            return None
        if kind == 5:
            return [value(depth + 1) for _ in range(pick(6))]
        return {'k%d' % i: value(depth + 1) for i in range(pick(6))}

    records = []
    size = 0
    while size < corpus_bytes:
        record = {'id': len(records), 'name': 'record %d' % len(records),
                  'fields': {'f%d' % i: value(1) for i in range(1 + pick(8))}}
        records.append(record)
        size += len(json.dumps(record, ensure_ascii=False)) + 2
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(records, f, ensure_ascii=False, indent=1)


def make_corpora(directory, sqlite3_c):
    os.makedirs(directory, exist_ok=True)
    text = os.path.join(directory, 'text-corpus')
    with open(sqlite3_c, 'rb') as f, open(text, 'wb') as out:
        out.write(f.read(corpus_bytes))
    json_corpus = os.path.join(directory, 'json-corpus.json')
    make_json_corpus(json_corpus)
    return {'text corpus': text, 'JSON corpus': json_corpus}


# ---------------------------------------------------------------- builds

class Build:
    """One package built in one configuration and variant, and what was
    measured of it."""

    def __init__(self, package, config, variant, directory, log):
        self.package, self.config, self.variant = package, config, variant
        self.directory, self.log = directory, log
        self.ok = False
        self.configure_cpu = self.make_cpu = 0.0
        self.text = 0
        self.functions = set()
        self.instructions = {}
        self.outputs = {}
        self.problems = []


def environment(base_env, config, cppflags, src):
    return realworld.recipe_environment(base_env, src, config.compiler, config.libc, cppflags)


def build(package, config, variant, src, build_root, base_env, timeout):
    label = '%s-%s' % (config.name, variant.name)
    directory = os.path.join(build_root, package, label)
    b = Build(package, config, variant, directory,
              os.path.join(build_root, 'logs', '%s-%s.log' % (package, label)))
    env = environment(base_env, config, variant.cppflags, src)
    configure, step = realworld.configure_and_build(realworld.packages[package], directory, env,
                                                    b.log, timeout)
    b.configure_cpu = configure.cpu
    b.make_cpu = step.cpu if step else 0.0
    if step and step.ok and benches[package].driver:
        step = realworld.run(benches[package].driver, directory, env, b.log, timeout)
    if not step or not step.ok:
        b.problems.append('build failed; log: %s' % b.log)
        return b
    b.text = text_size(directory, benches[package].artefacts)
    if not b.text:
        b.problems.append('none of %s built' % ' '.join(benches[package].artefacts))
        return b
    b.functions = function_symbols(directory, benches[package].artefacts)
    b.ok = True
    return b


def function_symbols(directory, patterns):
    """The names of the functions defined in the real files the patterns
    match: a function the compiler inlined everywhere has none, one it
    kept out of line (or cloned) has one."""
    found = set()
    for pattern in patterns:
        for path in glob.glob(os.path.join(directory, pattern)):
            if os.path.isfile(path) and not os.path.islink(path):
                out = subprocess.run(['nm', '--defined-only', path], capture_output=True, text=True).stdout
                found |= {'%s:%s' % (os.path.basename(path), fields[2]) for fields in map(str.split, out.splitlines())
                          if len(fields) == 3 and fields[1] in ('t', 'T')}
    return found


def text_size(directory, patterns):
    """The text column of size(1) (code and read-only data), summed over
    the real files (not the symbolic links) the patterns match."""
    files = sorted({p for pattern in patterns for p in glob.glob(os.path.join(directory, pattern))
                    if os.path.isfile(p) and not os.path.islink(p)})
    if not files:
        return 0
    out = subprocess.run(['size'] + files, capture_output=True, text=True, check=True).stdout
    return sum(int(line.split()[0]) for line in out.splitlines()[1:])


def run_workloads(b, corpora, timeout):
    """Runs b's workloads in order under callgrind, recording the
    instruction count and a digest of the output of each."""
    bench = benches[b.package]
    env = dict(os.environ, LC_ALL='C')
    if bench.library_path:
        env['LD_LIBRARY_PATH'] = os.path.join(b.directory, bench.library_path)
    outputs = {}
    for w in bench.workloads:
        stdin_path = corpora.get(w.stdin) or outputs[w.stdin]
        out_path = os.path.join(b.directory, 'bench-%s.out' % w.name.replace(' ', '-'))
        log = os.path.join(b.directory, 'bench-%s.callgrind' % w.name.replace(' ', '-'))
        argv = ['valgrind', '--tool=callgrind', '--callgrind-out-file=/dev/null',
                '--log-file=' + log] + w.argv
        with open(stdin_path, 'rb') as i, open(out_path, 'wb') as o:
            rc = subprocess.run(argv, cwd=b.directory, env=env, stdin=i, stdout=o,
                                timeout=timeout).returncode
        with open(log, errors='replace') as f:
            collected = re.search(r'Collected : (\d+)', f.read())
        if rc != 0 or not collected:
            b.problems.append('%s: exit %d under callgrind; log: %s' % (w.name, rc, log))
            b.ok = False
            return
        b.instructions[w.name] = int(collected.group(1))
        with open(out_path, 'rb') as f:
            b.outputs[w.name] = hashlib.sha256(f.read()).hexdigest()
        outputs[w.name] = out_path


def check_outputs(builds, corpora):
    """Every variant must give the plain build's output, and decompressing
    must give back the corpus."""
    with open(corpora['text corpus'], 'rb') as f:
        corpus = hashlib.sha256(f.read()).hexdigest()
    plain = {(b.package, b.config.name): b for b in builds if b.variant.name == 'plain' and b.ok}
    for b in builds:
        if not b.ok:
            continue
        if b.outputs.get('decompress', corpus) != corpus:
            b.problems.append('decompress did not give back the corpus')
        reference = plain.get((b.package, b.config.name))
        for name, digest in b.outputs.items():
            if reference and reference.outputs.get(name) != digest:
                b.problems.append('%s: output differs from the plain build\'s' % name)
        if b.problems:
            b.ok = False


# ---------------------------------------------------------------- compile time

def smallest_cpu(source, configs, base_env, build_root, rounds, compiles=1):
    """The CPU time (user and system, of the compiler and all it runs) of
    one `$CC $CPPFLAGS $CFLAGS -c source` per configuration and variant: the
    mean over compiles in a row, the smallest over rounds. Each round runs
    every variant once, starting one further along each round, so a slow
    spell of the machine is spread over all of them."""
    jobs = [(c, v) for c in configs for v in variants(c.libc)]
    obj = os.path.join(build_root, os.path.splitext(os.path.basename(source))[0] + '.o')
    command = ' && '.join(['"$CC" $CPPFLAGS $CFLAGS -c %s -o %s'
                           % (shlex.quote(source), shlex.quote(obj))] * compiles)
    best = {}
    for r in range(rounds):
        for i in range(len(jobs)):
            config, variant = jobs[(i + r) % len(jobs)]
            env = environment(base_env, config, variant.cppflags, os.path.dirname(source))
            start = realworld.children_cpu()
            subprocess.run(['sh', '-c', command], env=env, check=True)
            cpu = (realworld.children_cpu() - start) / compiles
            key = (config.name, variant.name)
            best[key] = min(best.get(key, cpu), cpu)
    return best


# ---------------------------------------------------------------- unknown sizes

def functions(assembly):
    """Each function of a .s file: its instructions, with gcc's and clang's
    local label numbers taken out."""
    names = re.findall(r'^\s*\.type\s+([\w.$]+),\s*@function', assembly, re.M)
    found = {}
    for name in names:
        m = re.search(r'^%s:.*?$(.*?)^\s*\.size\s+%s,' % (re.escape(name), re.escape(name)),
                      assembly, re.M | re.S)
        if not m:
            continue
        body = []
        for line in m.group(1).splitlines():
            line = line.split('#')[0].strip()
            if not line or line.startswith('.') or line.endswith(':'):
                continue
            body.append(re.sub(r'\.L(\w*?)[0-9]+', r'.L\1', line))
        found[name] = body
    return found


def unknown_size(configs, levels, build_root, base_env):
    """For every input of tests/behaviour/Inputs/unknown-size (one f_NAME
    per wrapper NAME, called with sizes the compiler cannot know): the
    functions whose instructions differ between the plain and the fortified
    build, with both counts, and the functions only the fortified build has.
    LEVEL=0 keeps the calls the test leaves out at level 3 under clang."""
    inputs = os.path.join(root, 'tests', 'behaviour', 'Inputs', 'unknown-size')
    headers = sorted(os.path.relpath(p, inputs) for p in glob.glob(os.path.join(inputs, '**', '*.h'),
                                                                    recursive=True))
    results = collections.OrderedDict()
    work = os.path.join(build_root, 'unknown-size')
    os.makedirs(work, exist_ok=True)
    for config in configs:
        # -fno-ipa-icf: gcc would merge identical wrappers (pread and pread64
        # on musl) by what it sees before the sizes are folded.
        merging = '' if 'clang' in config.compiler else '-fno-ipa-icf'
        for level in levels:
            compared, differ, extra = 0, [], []
            for h in headers:
                assembly = {}
                for kind, cppflags in (('plain', ''), ('fortified', realworld.fortify_cppflags(level))):
                    out = os.path.join(work, '%s-L%s-%s-%s.s' % (config.name, level, h.replace('/', '-'),
                                                                 kind))
                    env = environment(base_env, config, cppflags, inputs)
                    command = '"$CC" $CPPFLAGS %s -DLEVEL=0 -O2 -S -x c %s -o %s' % (
                        merging, shlex.quote(os.path.join(inputs, h)), shlex.quote(out))
                    subprocess.run(['sh', '-c', command], env=env, check=True)
                    with open(out) as f:
                        assembly[kind] = functions(f.read())
                plain, fortified = assembly['plain'], assembly['fortified']
                for name in sorted(plain):
                    if not name.startswith('f_') or name not in fortified:
                        continue
                    compared += 1
                    if plain[name] != fortified[name]:
                        differ.append((name[2:], len(plain[name]), len(fortified[name])))
                for name in sorted(set(fortified) - set(plain)):
                    extra.append((name, len(fortified[name])))
            results[(config.name, level)] = (compared, differ, extra)
    return results


# ---------------------------------------------------------------- report

targets = {'instructions': 0.5, 'text': 1.0, 'compile': 3.0}


def overhead(value, base):
    """value over base, in per cent."""
    return 100.0 * (value - base) / base


def percent(value, base, digits=2):
    if value is None or not base:
        return '-'
    return '%+.*f %%' % (digits, overhead(value, base))


def table(header, rows):
    lines = ['| ' + ' | '.join(header) + ' |', '|' + '---|' * len(header)]
    lines += ['| ' + ' | '.join(str(c) for c in r) + ' |' for r in rows]
    return '\n'.join(lines) + '\n'


def heading(variant_name):
    return variant_name.replace('-', ' ')


class Figures:
    """What one run measured, looked up by package, configuration and
    variant."""

    def __init__(self, builds, times, includes, unknown, configs):
        self.times, self.includes, self.unknown, self.configs = times, includes, unknown, configs
        self.by_key = {(b.package, b.config.name, b.variant.name): b for b in builds}
        built = {b.package for b in builds}
        self.benches = collections.OrderedDict((p, x) for p, x in benches.items() if p in built)

    def get(self, package, config, variant):
        """The build, if it built and ran."""
        b = self.by_key.get((package, config.name, variant))
        return b if b and b.ok else None

    def rows(self, config, cells):
        """A row per package (of cells(package, plain, builds by variant))
        whose plain build ran."""
        found = []
        for package in self.benches:
            plain = self.get(package, config, 'plain')
            if plain:
                others = [self.get(package, config, v.name) for v in variants(config.libc)[1:]]
                found += cells(package, plain, others)
        return found


def versions(configs):
    found = collections.OrderedDict()
    for compiler in sorted({c.compiler for c in configs}):
        found[compiler] = first_line([compiler, '--version'])
    if any(c.libc == 'musl' for c in configs):
        found['musl'] = 'musl ' + subprocess.run(['dpkg-query', '-W', '-f=${Version}', 'musl'],
                                                 capture_output=True, text=True).stdout
    if any(c.libc == 'glibc' for c in configs):
        found['glibc'] = first_line(['ldd', '--version'])
    found['valgrind'] = first_line(['valgrind', '--version'])
    found['size'] = first_line(['size', '--version'])
    found['gnuplot'] = first_line(['gnuplot', '--version'])
    return found


def machine():
    with open('/proc/cpuinfo') as f:
        m = re.search(r'^model name\s*:\s*(.*)$', f.read(), re.M)
    return '%s, %d cores, %s' % (m.group(1) if m else platform.processor(), os.cpu_count() or 0,
                                 platform.platform())


def chart(path, figures):
    """Two bar charts in one PNG: instructions and text over plain, per
    workload or package and configuration, a bar per variant."""
    shown = all_variants[1:]
    panels = {'instructions': [], 'text': []}

    def bars(label, value):
        cells = ['"%s"' % label]
        for v in shown:
            x = value(v)
            cells.append('-' if x is None else '%.4f' % x)
        return ' '.join(cells)
    for config in figures.configs:
        for package, bench in figures.benches.items():
            plain = figures.get(package, config, 'plain')
            if not plain:
                continue

            def ratio(v, measure):
                b = figures.get(package, config, v)
                return overhead(measure(b), measure(plain)) if b else None
            for w in bench.workloads:
                panels['instructions'].append(bars('%s %s, %s' % (package, w.name, config.name),
                                                   lambda v: ratio(v, lambda b: b.instructions[w.name])))
            panels['text'].append(bars('%s, %s' % (package, config.name),
                                       lambda v: ratio(v, lambda b: b.text)))
    work = tempfile.mkdtemp()
    script = ['set terminal pngcairo size 1200,900 font "sans,10"',
              'set output "%s"' % path,
              'set datafile missing "-"',
              'set style data histograms',
              'set style histogram clustered gap 1',
              'set style fill solid 0.8 border -1',
              'set boxwidth 0.9',
              'set xtics rotate by 30 right scale 0 font ",9"',
              'set bmargin 8',
              'set lmargin 16',
              'set grid ytics',
              'set key top left',
              'set xzeroaxis',
              'set multiplot layout 2,1']
    for name, title in (('instructions', 'instructions executed over plain (%)'),
                        ('text', 'text size over plain (%)')):
        data = os.path.join(work, name + '.dat')
        with open(data, 'w') as f:
            f.write('\n'.join(panels[name]) + '\n')
        script.append('set title "%s"' % title)
        script.append('plot ' + ', '.join('"%s" using %d:xtic(1) title "%s"' % (data, i + 2, heading(v))
                                          for i, v in enumerate(shown)))
    script.append('unset multiplot')
    subprocess.run(['gnuplot'], input='\n'.join(script), text=True, check=True)
    shutil.rmtree(work)


def worst(values):
    values = [v for v in values if v is not None]
    return max(values) if values else None


def targets_section(figures, missed):
    """Level 2 against the targets; appends to missed what it misses."""
    out = ['## Targets, at level 2\n',
           'At most +%.1f %% instructions and +%.1f %% text over plain, and at or below glibc\'s '
           'own level 2 on both; compile time at most +%.0f %%; no extra instruction where no '
           'size is known. "Worst" is the largest figure over the workloads or packages of a '
           'configuration; against glibc, the difference of the two overheads in percentage '
           'points. Compile time is CPU time: of sqlite3.c, and of every package\'s `make` '
           'added up (configure apart; see "Compile time").\n' % (targets['instructions'], targets['text'], targets['compile'])]
    rows = []
    for config in figures.configs:
        def cells(package, plain, others):
            ours = figures.get(package, config, 'fortify-L2')
            glibc = figures.get(package, config, 'glibc-L2')
            if not ours:
                return []
            found = []
            for w in ours.instructions:
                o = overhead(ours.instructions[w], plain.instructions[w])
                g = overhead(glibc.instructions[w], plain.instructions[w]) if glibc else None
                found.append(('instructions', o, None if g is None else o - g))
            o = overhead(ours.text, plain.text)
            found.append(('text', o, o - overhead(glibc.text, plain.text) if glibc else None))
            found.append(('make', (ours.make_cpu, plain.make_cpu), None))
            return found
        found = figures.rows(config, cells)

        def column(what, index):
            return worst(x[index] for x in found if x[0] == what)

        # One make of each package is noisy; all of them together much less.
        makes = [x[1] for x in found if x[0] == 'make']
        make_o = overhead(sum(m[0] for m in makes), sum(m[1] for m in makes)) if makes else None
        compile_o = None
        if (config.name, 'plain') in figures.times and (config.name, 'fortify-L2') in figures.times:
            compile_o = overhead(figures.times[(config.name, 'fortify-L2')],
                                 figures.times[(config.name, 'plain')])
        compared, differ, _ = figures.unknown.get((config.name, '2'), (0, [], []))

        def against(value, limit, what, digits):
            if value is None:
                return 'not measured'
            if value <= limit:
                return '%+.*f %%, met' % (digits, value)
            missed.append('%s, %s: %+.*f %%, target %+.*f %%' % (config.name, what, digits, value,
                                                                 digits, limit))
            return '**%+.*f %%, missed by %.*f**' % (digits, value, digits, value - limit)

        def against_glibc(value, what):
            if value is None:
                return 'no glibc baseline'
            if value <= 0:
                return '%+.3f points, met' % value
            missed.append('%s, %s: %.3f points above glibc\'s own' % (config.name, what, value))
            return '**%+.3f points, missed**' % value
        if differ:
            missed.append('%s: %d calls with no known size compile differently'
                          % (config.name, len(differ)))
        rows.append((config.name,
                     against(column('instructions', 1), targets['instructions'], 'instructions', 3),
                     against(column('text', 1), targets['text'], 'text', 2),
                     against_glibc(column('instructions', 2), 'instructions'),
                     against_glibc(column('text', 2), 'text'),
                     against(compile_o, targets['compile'], 'compile time of sqlite3.c', 1),
                     against(make_o, targets['compile'], 'make time of the packages', 1),
                     '%d of %d identical' % (compared - len(differ), compared)))
    out.append(table(['configuration', 'instructions, worst', 'text, worst',
                      'instructions against glibc L2', 'text against glibc L2',
                      'sqlite3.c compile time', 'make time, all packages',
                      'calls with no known size'], rows))
    return out


def instructions_section(figures):
    out = ['## Instructions executed\n',
           'Counted by `valgrind --tool=callgrind` over the whole process, one run each (the '
           'count is the same on every run of the same binary and input). Plain is the count; '
           'the other columns are the change against it.\n']
    for config in figures.configs:
        def cells(package, plain, others):
            return [[package, w.name, '{:,}'.format(plain.instructions[w.name])]
                    + [percent(b.instructions[w.name], plain.instructions[w.name], 3) if b else 'failed'
                       for b in others]
                    for w in figures.benches[package].workloads]
        out.append('### %s\n' % config.name)
        out.append(table(['package', 'workload', 'plain']
                         + [heading(v.name) for v in variants(config.libc)[1:]],
                         figures.rows(config, cells)))
    return out


def text_section(figures):
    out = ['## Text size\n',
           'The text column of `size` (code and read-only data), summed over each package\'s '
           'libraries and programs: %s.\n' % '; '.join(
               '%s: %s' % (p, ', '.join('`%s`' % a for a in x.artefacts))
               for p, x in figures.benches.items())]
    for config in figures.configs:
        def cells(package, plain, others):
            return [[package, '{:,}'.format(plain.text)]
                    + [percent(b.text, plain.text) if b else 'failed' for b in others]]
        out.append('### %s\n' % config.name)
        out.append(table(['package', 'plain (bytes)']
                         + [heading(v.name) for v in variants(config.libc)[1:]],
                         figures.rows(config, cells)))
    return out


def inlining_section(figures):
    out = ['## Inlining\n',
           'Functions that the compiler kept out of line against the plain build: `+N` functions '
           '(or clones, such as `.constprop.0`) that the plain build inlined, `-N` that it kept '
           'and this build inlined, out of the plain build\'s function symbols in the libraries '
           'and programs (`nm`). The target is no change at level 2.\n']
    for config in figures.configs:
        def cells(package, plain, others):
            def change(b):
                if not b:
                    return 'failed'
                grown, shrunk = b.functions - plain.functions, plain.functions - b.functions
                names = ', '.join('`%s`' % f.split(':', 1)[1] for f in sorted(grown)[:3])
                return '+%d -%d%s' % (len(grown), len(shrunk), ' (%s)' % names if names else '')
            return [[package, str(len(plain.functions))] + [change(b) for b in others]]
        out.append('### %s\n' % config.name)
        out.append(table(['package', 'plain (functions)']
                         + [heading(v.name) for v in variants(config.libc)[1:]],
                         figures.rows(config, cells)))
    return out


def compile_section(figures, args):
    out = ['## Compile time\n',
           'CPU time (user and system, of the compiler and everything it runs) of `$CC $CPPFLAGS '
           '%s -c sqlite3.c`, the sqlite3 %s amalgamation generated from Debian\'s source (%s '
           'lines), the smallest of %d runs; and of configuring and of building (`make`) each '
           'package, one run each, so those figures carry a few per cent of noise. The bench '
           'runs the compiles of sqlite3.c one at a time, with nothing of its own beside them. '
           'configure compiles many programs of a few lines each, whose time goes mostly to '
           'reading headers: "autoconf\'s default includes" is one compile of '
           '`bench/default-includes.c`, those headers and an empty `main` (the smallest of 3 '
           'means of 20 compiles).\n'
           % (realworld.cflags, args.sqlite3_version, args.sqlite3_lines, int(args.repeat))]
    rows = []
    for config in figures.configs:
        names = [v.name for v in variants(config.libc)]
        padding = [''] * (len(all_variants) - len(names))
        plain = figures.times.get((config.name, 'plain'))
        rows.append([config.name, 'sqlite3.c', '%.2f s' % plain if plain else '-']
                    + [percent(figures.times.get((config.name, v)), plain, 1) for v in names[1:]]
                    + padding)
        plain = figures.includes.get((config.name, 'plain'))
        rows.append([config.name, 'autoconf\'s default includes', '%.1f ms' % (plain * 1000)
                     if plain else '-']
                    + [percent(figures.includes.get((config.name, v)), plain, 1) for v in names[1:]]
                    + padding)

        def cells(package, plain, others):
            return [[config.name, '%s %s' % (package, step), '%.1f s' % cpu(plain)]
                    + [percent(cpu(b), cpu(plain), 1) if b else 'failed' for b in others] + padding
                    for step, cpu in (('configure', lambda b: b.configure_cpu),
                                      ('make', lambda b: b.make_cpu))]
        rows += figures.rows(config, cells)
    out.append(table(['configuration', 'what', 'plain'] + [heading(v) for v in all_variants[1:]], rows))
    return out


def unknown_section(figures):
    out = ['## Calls with no known size\n',
           'Every input of `tests/behaviour/Inputs/unknown-size` (a function `f_NAME` per '
           'wrapper `NAME`, which calls it with sizes the compiler cannot know) compiled with '
           '`-O2 -S`, plain and fortified; a function counts as identical when its instructions '
           'are the same, label numbers aside. `-DLEVEL=0` keeps the calls that the test of the '
           'same inputs leaves out under clang at level 3.\n']
    rows = [(config_name, level, compared, compared - len(differ),
             ', '.join('%s (%d, fortified %d)' % d for d in differ) or '-',
             ', '.join('%s (%d)' % e for e in extra) or '-')
            for (config_name, level), (compared, differ, extra) in figures.unknown.items()]
    out.append(table(['configuration', 'level', 'functions', 'identical',
                      'different (instructions plain, fortified)',
                      'functions only the fortified build has (instructions)'], rows))
    return out


def method_section(figures, args):
    out = ['## How it was measured\n',
           'Variants, each with `CFLAGS=%s` and each package\'s build recipe from '
           '`realworld/realworld.py`:\n' % realworld.cflags]
    out += ['- %s: `CPPFLAGS=%s`' % (v.label, v.cppflags.replace(root + '/', '') or '(none)')
            for v in variants('glibc')]
    out.append('\nConfigurations: %s; on musl the compiler is `musl-gcc` with `REALGCC` set to the '
               'compiler. Versions:\n' % ', '.join(c.name for c in figures.configs))
    out += ['- %s: %s' % kv for kv in versions(figures.configs).items()]
    out.append('\nSources: %s. Corpora: the first %d KiB of `sqlite3.c` (text), and %d KiB of '
               'JSON that `bench/bench.py` generates from a fixed seed. Workloads, each run in '
               'the build directory under `valgrind --tool=callgrind`, with standard input from '
               'the corpus or the output of the workload named:\n'
               % (', '.join(args.package_versions), corpus_bytes >> 10, args.json_kib))
    for package, bench in figures.benches.items():
        for w in bench.workloads:
            out.append('- %s %s: `%s%s < %s`' % (
                package, w.name, 'LD_LIBRARY_PATH=%s ' % bench.library_path if bench.library_path else '',
                ' '.join(w.argv), w.stdin))
    if any(x.driver for x in figures.benches.values()):
        out.append('\n`cjson-workload` is `bench/cjson-workload.c`, built against the package\'s '
                   'library with the variant\'s flags.')
    out.append('\nEvery workload\'s output is compared with the plain build\'s, and decompressing '
               'must give back the corpus.\n')
    return out


def why_section():
    """What makes a fortified build differ from the plain one: the
    mechanisms, and where this bench's packages show them (each traced
    by hand once; the tables say how much each run shows)."""
    return ['## Why the figures differ from plain\n',
            '- **Checks that stay.** Where the compiler knows the size of the destination but '
            'not the length, a wrapper leaves a comparison and a branch to a trap. Level 3 adds '
            'the checks whose size is known only at run time (`malloc(n)`, variable-length '
            'arrays). Where nothing is known the call is the plain call (the table above).',
            '- **glibc\'s own fortification** makes the same checks, but where the length is not '
            'constant it calls `__memcpy_chk` and the like in libc, which check and then do '
            'the work: a call and a comparison in libc, where fortify compares inline and calls '
            'the plain function.',
            '- **Inlining decisions.** Both compilers weigh a function for inlining while the '
            'object sizes are not yet folded, so they count checks that the final code no longer '
            'has, and may stop inlining a function that calls a wrapped one. With gcc this mostly '
            'shrinks the text (cJSON\'s `cJSON_New_Item`, which calls `memset`, stops being '
            'inlined into its callers) at the cost of a call each time. With clang 13 to 15 it '
            'costs xz its speed: the object size of `memcpy`\'s source, a pointer argument, stays '
            'an unresolved `llvm.objectsize` until after inlining, and those clangs count each '
            'such check in full; `bt_find_func` in `lz_encoder_mf.c`, whose `lzma_memcmplen` reads '
            '8 bytes at a time through `memcpy`, then no longer fits the threshold for inlining '
            'into `lzma_mf_bt4_find`, which is xz\'s hottest loop but one. clang 16, 19 and 22 '
            'inline it as in the plain build at level 2, and so does clang 14 without the source '
            'check; at level 3 (`llvm.objectsize` asked for a dynamic size) none of them does, '
            'and clang 19 does without the source check (all tried on that file). glibc does not '
            'check `memcpy`\'s source.',
            '- **clang\'s printf-like wrappers** are out-of-line `static` functions (clang cannot '
            'forward `...` from an inline one): a translation unit that calls `sprintf` into an '
            'array of known size carries one, about 230 bytes in cJSON, where glibc\'s headers '
            'call `__sprintf_chk`. At level 3 they are used even where no size is known (README, '
            'Limitations), which is the difference in the table above.',
            '- **configure decides otherwise under glibc\'s fortify.** glibc\'s level 2 makes `%n` '
            'in a writable format abort, so gnulib\'s configure (gzip) finds that printf lacks '
            '`%n` and links in its own printf (`vasnprintf`, about 15 KB): that is gzip\'s text '
            'with glibc\'s fortify. fortify does not check `%n` (README, Limitations), and '
            'configure decides as in the plain build.',
            '- **Reading the headers.** Each wrapper header adds its wrappers, written once for '
            'gcc and once for clang, with the attributes of both halves of the diagnostics; '
            'preprocessing and parsing them costs every translation unit some milliseconds '
            '("autoconf\'s default includes"), about half again what glibc\'s own fortified '
            'headers cost. That is lost in a large file (sqlite3.c, with gcc and clang 14) but '
            'not in packages of many small files (zlib, xz) or in configure\'s test programs. '
            'clang 19 takes longer over sqlite3.c with either fortification.',
            '']


def report(path, picture, figures, args, started, finished):
    defaults = args.defaults
    given = [('PACKAGES', args.packages), ('BENCH_CONFIGS', args.configs), ('REPEAT', str(args.repeat))]
    out = ['# Performance\n',
           'What fortify costs, measured against a plain build of the same code in the same run. '
           'This file and [%s](%s) are written by `make bench` (`bench/bench.py`); do not edit '
           'them, run it again.\n' % (os.path.basename(picture), os.path.basename(picture)),
           'Run on %s from %s to %s UTC, on %s, as\n' % (
               started.strftime('%Y-%m-%d'), started.strftime('%H:%M'), finished.strftime('%H:%M'),
               machine()),
           '    make bench%s\n' % ''.join(' %s="%s"' % (k, v) for k, v in given if v != defaults[k])]
    missed = []
    out += targets_section(figures, missed)
    out.append('Every target met.\n' if not missed else
               'Missed: %s. See "Why" below.\n' % '; '.join(missed))
    out.append('![instructions and text over plain](%s)\n' % os.path.basename(picture))
    out += instructions_section(figures)
    out += text_section(figures)
    out += inlining_section(figures)
    out += compile_section(figures, args)
    out += unknown_section(figures)
    out += why_section()
    out += method_section(figures, args)
    with open(path, 'w') as f:
        f.write('\n'.join(out))


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--packages', default=' '.join(benches),
                    help='of make realworld\'s packages, default: %(default)s')
    ap.add_argument('--configs', default=default_configs,
                    help='COMPILER-LIBC, default: %(default)s')
    ap.add_argument('--repeat', default='3', help='compiles of sqlite3.c per variant, default: 3')
    ap.add_argument('--cache', default=os.path.join(root, 'build', 'realworld', 'cache'),
                    help='downloaded source packages, shared with make realworld')
    ap.add_argument('--build', default=os.path.join(root, 'build', 'bench'))
    ap.add_argument('--output', default=os.path.join(root, 'docs', 'performance.md'))
    ap.add_argument('--jobs', '-j', default=str(os.cpu_count() or 2))
    ap.add_argument('--timeout', type=int, default=1800)
    ap.add_argument('--report-only', action='store_true',
                    help='write the report again from the last run\'s measurements')
    args = ap.parse_args()
    results = os.path.join(os.path.abspath(args.build), 'results.pickle')
    if args.report_only:
        with open(results, 'rb') as f:
            measured = pickle.load(f)
        return write(args.output, *measured)
    # make bench passes its variables as they are, empty when not set.
    args.defaults = {'PACKAGES': ' '.join(benches), 'BENCH_CONFIGS': default_configs, 'REPEAT': '3'}
    for option, key in (('packages', 'PACKAGES'), ('configs', 'BENCH_CONFIGS'), ('repeat', 'REPEAT')):
        if not getattr(args, option).strip():
            setattr(args, option, args.defaults[key])
    if not args.cache.strip():
        args.cache = ap.get_default('cache')
    names = args.packages.split()
    for n in names:
        if n not in benches:
            sys.exit('bench: no bench for package %r (have: %s)' % (n, ' '.join(benches)))
    configs = [parse_config(c) for c in args.configs.split()]
    args.repeat = repeat = int(args.repeat)

    subprocess.run([os.path.join(root, 'scripts', 'setup')] + sorted({c.compiler for c in configs}),
                   check=True)
    realworld.apt_install(['binutils', 'cmake', 'bzip2', 'xz-utils', 'valgrind', 'gnuplot-nox', 'tcl'])
    started = datetime.datetime.now(datetime.timezone.utc)
    cache, build_root = os.path.abspath(args.cache), os.path.abspath(args.build)
    logs = os.path.join(build_root, 'logs')
    os.makedirs(logs, exist_ok=True)
    base_env = realworld.base_environment(args.jobs)
    realworld.prepare_downloads(names + ['sqlite3'], cache)

    sqlite3_c = make_sqlite3_amalgamation(cache, build_root, base_env, args.timeout)
    with open(sqlite3_c, errors='replace') as f:
        text = f.read()
    args.sqlite3_lines = '{:,}'.format(text.count('\n'))
    m = re.search(r'#define SQLITE_VERSION\s+"([^"]+)"', text)
    args.sqlite3_version = m.group(1) if m else ''
    corpora = make_corpora(os.path.join(build_root, 'corpus'), sqlite3_c)
    args.json_kib = os.path.getsize(corpora['JSON corpus']) >> 10

    builds = []
    args.package_versions = []
    for name in names:
        step, log = realworld.download(name, cache, logs, args.timeout)
        if not step.ok:
            sys.exit('bench: %s: download failed; log: %s' % (name, log))
        args.package_versions.append(os.path.basename(realworld.orig_tarball(os.path.join(cache, name))))
        src = realworld.unpack(name, cache, build_root)
        for config in configs:
            for variant in variants(config.libc):
                realworld.say('bench: %s: building %s %s' % (name, config.name, variant.name))
                builds.append(build(name, config, variant, src, build_root, base_env, args.timeout))

    realworld.say('bench: running the workloads under callgrind')
    with concurrent.futures.ThreadPoolExecutor(int(args.jobs)) as pool:
        list(pool.map(lambda b: run_workloads(b, corpora, args.timeout), [b for b in builds if b.ok]))
    check_outputs(builds, corpora)

    realworld.say('bench: compiling sqlite3.c, %d times per variant, and autoconf\'s default '
                  'includes' % repeat)
    times = smallest_cpu(sqlite3_c, configs, base_env, build_root, repeat)
    # autoconf's default includes and an empty main: what the headers cost
    # the many small compiles of configure.
    includes = smallest_cpu(os.path.join(root, 'bench', 'default-includes.c'), configs, base_env,
                            build_root, 3, compiles=20)
    realworld.say('bench: compiling the unknown-size inputs')
    unknown = unknown_size(configs, '123', build_root, base_env)
    finished = datetime.datetime.now(datetime.timezone.utc)
    with open(results, 'wb') as f:
        pickle.dump((builds, times, includes, unknown, configs, args, started, finished), f)
    return write(args.output, builds, times, includes, unknown, configs, args, started, finished)


def write(output, builds, times, includes, unknown, configs, args, started, finished):
    os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
    picture = os.path.splitext(output)[0] + '.png'
    figures = Figures(builds, times, includes, unknown, configs)
    chart(picture, figures)
    report(output, picture, figures, args, started, finished)
    failed = [b for b in builds if not b.ok]
    for b in failed:
        realworld.say('bench: %s %s %s: %s' % (b.package, b.config.name, b.variant.name,
                                               '; '.join(b.problems)))
    realworld.say('bench: wrote %s and %s' % (output, picture))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
