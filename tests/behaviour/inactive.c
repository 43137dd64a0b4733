/* SPDX-License-Identifier: 0BSD */
/* Without _FORTIFY_SOURCE, or without optimisation, each wrapper header is
 * exactly the libc header: the same declarations (the same tokens, however
 * lines are broken: clang 13 breaks the lines of -E -P output at file
 * boundaries) and the same macros, but for the version and FORTIFY_LEVEL 0.
 * RUN: %S/../lit/wrappers %fortify-include > %t.list
 * RUN: { echo '#define _GNU_SOURCE 1'; echo '#include <features.h>'; \
 * RUN:   awk '{ print "#include <" $1 ">" }' %t.list | sort -u; } > %t.c
 * RUN: %compiler -w -O2 -E -P %t.c | tr -s '[:space:]' '\n' | sed '/^$/d' > %t.plain
 * RUN: %compiler -w -O2 -isystem %fortify-include -E -P %t.c | tr -s '[:space:]' '\n' | sed '/^$/d' > %t.fortify
 * RUN: diff %t.plain %t.fortify
 * RUN: %compiler -w -O2 -dM -E %t.c | sort > %t.plain
 * RUN: %compiler -w -O2 -isystem %fortify-include -dM -E %t.c | sort > %t.fortify
 * RUN: diff -w -B %t.plain %t.fortify | grep '^[<>]' > %t.diff || true
 * RUN: grep -v -e '^> #define FORTIFY_LEVEL 0$' -e '^> #define FORTIFY_VERSION_' %t.diff > %t.other || true
 * RUN: not grep . %t.other
 * RUN: grep -c '^> #define FORTIFY_' %t.diff | grep -x 5
 * RUN: %compiler -w -O0 -D_FORTIFY_SOURCE=%level -E -P %t.c | tr -s '[:space:]' '\n' | sed '/^$/d' > %t.plain
 * RUN: %compiler -w -O0 -D_FORTIFY_SOURCE=%level -isystem %fortify-include -E -P %t.c | tr -s '[:space:]' '\n' | sed '/^$/d' > %t.fortify
 * RUN: diff %t.plain %t.fortify
 * RUN: %compiler -w -O0 -D_FORTIFY_SOURCE=%level -dM -E %t.c | sort > %t.plain
 * RUN: %compiler -w -O0 -D_FORTIFY_SOURCE=%level -isystem %fortify-include -dM -E %t.c | sort > %t.fortify
 * RUN: diff -w -B %t.plain %t.fortify | grep '^[<>]' > %t.diff || true
 * RUN: grep -v -e '^> #define FORTIFY_LEVEL 0$' -e '^> #define FORTIFY_VERSION_' %t.diff > %t.other || true
 * RUN: not grep . %t.other
 * RUN: grep -c '^> #define FORTIFY_' %t.diff | grep -x 5
 */
