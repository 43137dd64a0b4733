# SPDX-License-Identifier: 0BSD
# One lit suite per configuration: compiler x libc x level x language.
# tests/matrix.py writes a lit.site.cfg.py per configuration that sets
# config.fortify and loads this file; lit runs every suite in one process.
import os
import shutil
import subprocess
import tempfile

import lit.formats
import lit.util

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
params = getattr(config, 'fortify', None) or {
    'cc': lit_config.params.get('cc', 'gcc'),
    'libc': lit_config.params.get('libc', 'glibc'),
    'level': lit_config.params.get('level', '2'),
    'lang': lit_config.params.get('lang', 'c'),
}
cc, libc, level, lang = params['cc'], params['libc'], int(params['level']), params['lang']
release = params.get('release', '')
config.fortify = dict(cc=cc, libc=libc, level=level, lang=lang, release=release)
# What the configurations build beyond their tests' outputs: per release,
# since it points into that release's libc.
build = os.path.join(root, 'build', release) if release else os.path.join(root, 'build')

config.name = 'fortify-%s%s-%s-L%d-%s' % (release + '-' if release else '', cc, libc, level, lang)
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = ['.c']
config.excludes = ['harness', 'lit', 'Inputs']
config.test_source_root = os.path.join(root, 'tests')
if not getattr(config, 'test_exec_root', None):
    config.test_exec_root = os.path.join(root, 'build', 'check', config.name)

# FileCheck and not: from the LLVM that this lit belongs to, else any. That
# directory goes last in PATH: it has a clang of its own, which must not
# stand in for the clang the configuration names.
llvm_bin = os.path.normpath(os.path.join(os.path.dirname(lit.__file__), '..', '..', '..', '..', 'bin'))
candidates = [llvm_bin] + sorted(
    (os.path.join('/usr/lib', d, 'bin') for d in os.listdir('/usr/lib') if d.startswith('llvm-')),
    reverse=True)
for d in candidates:
    if os.path.exists(os.path.join(d, 'FileCheck')):
        config.environment['PATH'] = config.environment.get('PATH', os.environ['PATH']) + os.pathsep + d
        break
else:
    lit_config.fatal('FileCheck not found (install llvm-N-tools)')


def unsupported(why):
    lit_config.note('%s: unsupported: %s' % (config.name, why))
    config.unsupported = True


def musl_sysroot():
    """A sysroot that lets clang --target=x86_64-linux-musl use Debian's musl."""
    musl_lib = '/usr/lib/x86_64-linux-musl'
    sysroot = os.path.join(build, 'musl-sysroot')
    gcc_version = subprocess.run(['gcc', '-dumpversion'], capture_output=True, text=True).stdout.strip()
    gcc_lib = os.path.dirname(subprocess.run(['gcc', '-print-libgcc-file-name'], capture_output=True,
                                             text=True).stdout.strip())
    links = {'usr/include': '/usr/include/x86_64-linux-musl',
             'lib/ld-musl-x86_64.so.1': '/lib/ld-musl-x86_64.so.1'}
    for f in os.listdir(musl_lib):
        links['usr/lib/' + f] = os.path.join(musl_lib, f)
    for f in ('crtbegin.o', 'crtbeginS.o', 'crtbeginT.o', 'crtend.o', 'crtendS.o', 'libgcc.a', 'libgcc_eh.a'):
        links['usr/lib/gcc/x86_64-linux-musl/%s/%s' % (gcc_version, f)] = os.path.join(gcc_lib, f)
    for name, target in links.items():
        path = os.path.join(sysroot, name)
        if not os.path.lexists(path):
            os.makedirs(os.path.dirname(path), exist_ok=True)
            os.symlink(target, path)
    return sysroot


def musl_gcc_specs():
    """Debian's musl-gcc specs, but with the user's -isystem directories
    searched before musl's when only preprocessing (-E), as when compiling:
    the original puts them after, so -E would never see the wrappers."""
    specs = os.path.join(build, 'musl-gcc.specs')
    with open('/usr/lib/x86_64-linux-musl/musl-gcc.specs') as f:
        text = f.read()
    original = '-nostdinc -isystem /usr/include/x86_64-linux-musl -isystem include%s %(old_cpp_options)'
    if original not in text:
        lit_config.fatal('unexpected musl-gcc.specs: cannot reorder its include directories')
    os.makedirs(build, exist_ok=True)
    with open(specs, 'w') as f:
        f.write(text.replace(original, '%(old_cpp_options) -nostdinc -isystem /usr/include/x86_64-linux-musl'
                                       ' -isystem include%s'))
    return specs


def probe(command, source):
    """Builds a program from source with command; returns True if it builds."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'probe.c')
        with open(path, 'w') as f:
            f.write(source + '\nint main(void) { return 0; }\n')
        return subprocess.run(command + ' -o /dev/null ' + path, shell=True,
                              capture_output=True).returncode == 0


is_clang = 'clang' in os.path.basename(cc)
if is_clang:
    cxx = cc.replace('clang', 'clang++', 1)
else:
    cxx = cc.replace('gcc', 'g++', 1)

if shutil.which(cc) is None:
    unsupported('%s is not installed' % cc)
if lang == 'c++' and libc == 'glibc' and shutil.which(cxx) is None:
    unsupported('%s is not installed' % cxx)
if libc == 'musl' and not os.path.exists('/usr/lib/x86_64-linux-musl/musl-gcc.specs'):
    unsupported('musl-tools is not installed')

# C++ on musl uses the C driver: Debian's libstdc++ is built for glibc, so
# C++ tests there use only the C headers and link no C++ runtime; without
# one, C++ exceptions cannot work there, hence -fno-exceptions.
if libc == 'glibc':
    base = cxx if lang == 'c++' else cc
elif getattr(config, 'unsupported', False):
    base = cc
elif is_clang:
    # -static-libgcc: the sysroot has no libgcc_s for musl. It is unused,
    # and would be an error under -Werror, when a test only compiles.
    base = ('%s --target=x86_64-linux-musl --sysroot=%s -static-libgcc'
            ' -Wno-unused-command-line-argument' % (cc, musl_sysroot()))
else:
    base = '%s -specs %s' % (cc, musl_gcc_specs())
# The compiler as a build system is given it (tests/integration): musl's
# gcc through musl-gcc itself, clang through its musl target.
if libc == 'musl' and not is_clang:
    driver = 'musl-gcc' if cc == 'gcc' else 'env REALGCC=%s musl-gcc' % cc
else:
    driver = base
if lang == 'c++':
    if libc == 'musl':
        base += ' -fno-exceptions'
        if is_clang:
            base += ' -nostdinc++'
    base += ' -x c++ -std=gnu++17'
else:
    # The compiler's own default, as packages get it: gnu17 on bookworm's
    # compilers, gnu23 from gcc 15 on (behaviour/standards.c runs each).
    base += ' -x c'
base += ' -Wall -Wextra -Werror -I %s' % os.path.join(root, 'tests', 'harness')

fortify_include = os.path.join(root, 'include', 'fortify')
# A misuse that is certain at compile time fails the compile; for tests that
# run such a call to see it trap, %cc-errors-as-warnings makes those errors
# (and only those) warnings.
if is_clang:
    only_our_warnings = '-Wno-error=user-defined-warnings -Wno-error=fortify-source'
else:
    only_our_warnings = ('-Wno-error=attribute-warning -Wno-error=stringop-overflow'
                         ' -Wno-error=stringop-overread')
config.substitutions += [
    ('%cc-errors-as-warnings', '%s -O2 -isystem %s -D_FORTIFY_SOURCE=%d -DFORTIFY_ERRORS_AS_WARNINGS %s'
     % (base, fortify_include, level, only_our_warnings)),
    ('%cc', '%s -O2 -isystem %s -D_FORTIFY_SOURCE=%d' % (base, fortify_include, level)),
    ('%compiler', base),
    ('%driver', driver),
    # gcc merges identical functions (ICF) by size estimates made before
    # __builtin_dynamic_object_size is folded, in which a wrapper still looks
    # larger than the plain call: tests comparing code function by function
    # turn that off. clang does not merge functions by default.
    ('%no-function-merging', '' if is_clang else '-fno-ipa-icf'),
    ('%fortify-include', fortify_include),
    ('%level', str(level)),
    ('%outcome', os.path.join(root, 'tests', 'lit', 'outcome')),
]

if not getattr(config, 'unsupported', False):
    # The newest standard by its final name where the compiler knows it.
    if lang == 'c++':
        newest = 'c++23' if probe(base + ' -std=c++23', '') else 'c++2b'
        config.substitutions.append(('%standards', 'c++98 c++11 c++17 c++20 ' + newest))
    else:
        newest = 'c23' if probe(base + ' -std=c23', '') else 'c2x'
        config.substitutions.append(('%standards', 'c89 c99 c11 c17 ' + newest))
    dynamic = level >= 3 and probe(base, '#if !__has_builtin(__builtin_dynamic_object_size)\n#error\n#endif\n')
    config.substitutions += [
        ('%member-outcome', 'trap' if level >= 2 else 'no-trap'),
        ('%heap-outcome', 'trap' if dynamic else 'no-trap'),
        ('%effective-level', str(level if dynamic or level < 3 else 2)),
    ]
    config.available_features.update([libc, 'clang' if is_clang else 'gcc', lang, 'level-%d' % level])
    # FileCheck prefixes for compile-time diagnostics: CHECK for what every
    # compiler says, GCC for the sizes gcc states, BUILTIN for clang's own
    # -Wfortify-source, which wrappers keep where clang has diagnose_as_builtin.
    prefixes = ['CHECK', 'GCC']
    if is_clang:
        prefixes = ['CHECK', 'CLANG']
        if probe(base, '#if !__has_attribute(diagnose_as_builtin)\n#error\n#endif\n'):
            prefixes.append('BUILTIN')
    config.substitutions.append(('%diagnostic-prefixes', '--allow-unused-prefixes --check-prefixes=' + ','.join(prefixes)))
    if dynamic:
        config.available_features.add('dynamic-sizes')
    # The build systems of tests/integration are slow to start: they run with
    # the default gcc and clang only.
    if cc in ('gcc', 'clang'):
        config.available_features.add('default-compiler')
    for feature, programs in (('autotools', ('autoreconf', 'automake', 'libtoolize')),
                              ('cmake', ('cmake',)), ('meson', ('meson', 'ninja')),
                              ('pkg-config', ('pkg-config',))):
        if all(shutil.which(p) for p in programs):
            config.available_features.add(feature)
    if lang == 'c++' and libc == 'glibc':
        config.available_features.add('c++-library')
    if probe(base, '#define _GNU_SOURCE 1\n#include <string.h>\n'
             'size_t (*p)(char *, const char *, size_t) = strlcpy;\n'):
        config.available_features.add('strlcpy')
    # base's -Werror makes the warning of a compiler without the attribute a no.
    if probe(base, 'struct counted { int n; char data[] __attribute__((__counted_by__(n))); };'):
        config.available_features.add('counted-by')
    if probe(base, '#define _GNU_SOURCE 1\n#include <fcntl.h>\n'
             'int (*p)(int, const char *, const struct open_how *, size_t) = openat2;\n'):
        config.available_features.add('openat2')
    if probe(base, '#define _GNU_SOURCE 1\n#include <string.h>\n'
             'void *(*p)(void *, int, size_t) = memset_explicit;\n'):
        config.available_features.add('memset_explicit')
    if probe(base, '#define _GNU_SOURCE 1\n#include <wchar.h>\n'
             'size_t (*p)(wchar_t *, const wchar_t *, size_t) = wcslcpy;\n'):
        config.available_features.add('wcslcpy')
