/* SPDX-License-Identifier: 0BSD */
/* Active, the headers define what the plain libc headers define without
 * _FORTIFY_SOURCE, plus macros named __fortify_*, the version macros and
 * FORTIFY_LEVEL, and nothing else: glibc's
 * own fortification stays off (__USE_FORTIFY_LEVEL 0). The macros that are
 * wrapped (FD_SET, ...) now stand for their __fortify_ wrappers; glibc's
 * unchecked fread_unlocked and fwrite_unlocked macros are gone.
 * RUN: %S/../lit/wrappers %fortify-include > %t.list
 * RUN: { echo '#define _GNU_SOURCE 1'; echo '#include <features.h>'; \
 * RUN:   awk '{ print "#include <" $1 ">" }' %t.list | sort -u; } > %t.c
 * RUN: %compiler -O2 -dM -E %t.c | sort > %t.plain
 * RUN: %cc -dM -E %t.c | sort > %t.fortified
 * RUN: diff %t.plain %t.fortified > %t.diff || true
 * RUN: grep '^> #define __fortify_level ' %t.diff
 * RUN: awk '$2 ~ /^[A-Z]/ { print $2 }' %t.list > %t.macros
 * RUN: while read -r m; do grep -q "^> #define $m(.*) .*__fortify_$m[,(]" %t.diff || echo "not wrapped: $m"; done < %t.macros > %t.unwrapped
 * RUN: not grep . %t.unwrapped
 * RUN: grep '^[<>]' %t.diff | grep -v -e '^> #define __fortify_' -e '^> #define _FORTIFY_SOURCE ' \
 * RUN:   -e '^> #define FORTIFY_LEVEL __fortify_level$' -e '^> #define FORTIFY_VERSION_' \
 * RUN:   -e '^< #define fread_unlocked(' -e '^< #define fwrite_unlocked(' \
 * RUN:   | grep -v -F -f %t.macros > %t.other || true
 * RUN: not grep . %t.other
 */
