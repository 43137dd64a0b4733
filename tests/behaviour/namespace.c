/* SPDX-License-Identifier: 0BSD */
/* Active, the headers define what the plain libc headers define without
 * _FORTIFY_SOURCE, plus macros named __fortify_* and nothing else: glibc's
 * own fortification stays off (__USE_FORTIFY_LEVEL 0).
 * RUN: %compiler -O2 -dM -E %s | sort > %t.plain
 * RUN: %cc -dM -E %s | sort > %t.fortified
 * RUN: diff %t.plain %t.fortified > %t.diff || true
 * RUN: grep '^> #define __fortify_level ' %t.diff
 * RUN: grep '^[<>]' %t.diff | grep -v -e '^> #define __fortify_' -e '^> #define _FORTIFY_SOURCE ' > %t.other || true
 * RUN: not grep . %t.other
 */
#define _GNU_SOURCE 1
#include <features.h>
#include <string.h>
#include <strings.h>
