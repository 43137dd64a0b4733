/* SPDX-License-Identifier: 0BSD */
/* Without _FORTIFY_SOURCE, or without optimisation, each wrapper header is
 * exactly the libc header: the same declarations and the same macros
 * (the same lines, blank lines aside; the same set of macros).
 * RUN: %compiler -w -O2 -E -P %s -o %t.plain
 * RUN: %compiler -w -O2 -isystem %fortify-include -E -P %s -o %t.fortify
 * RUN: diff -w -B %t.plain %t.fortify
 * RUN: %compiler -w -O2 -dM -E %s | sort > %t.plain
 * RUN: %compiler -w -O2 -isystem %fortify-include -dM -E %s | sort > %t.fortify
 * RUN: diff -w -B %t.plain %t.fortify
 * RUN: %compiler -w -O0 -D_FORTIFY_SOURCE=%level -E -P %s -o %t.plain
 * RUN: %compiler -w -O0 -D_FORTIFY_SOURCE=%level -isystem %fortify-include -E -P %s -o %t.fortify
 * RUN: diff -w -B %t.plain %t.fortify
 * RUN: %compiler -w -O0 -D_FORTIFY_SOURCE=%level -dM -E %s | sort > %t.plain
 * RUN: %compiler -w -O0 -D_FORTIFY_SOURCE=%level -isystem %fortify-include -dM -E %s | sort > %t.fortify
 * RUN: diff -w -B %t.plain %t.fortify
 */
#define _GNU_SOURCE 1
#include <features.h>
#include <string.h>
#include <strings.h>
