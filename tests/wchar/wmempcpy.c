/* SPDX-License-Identifier: 0BSD */
/* wmempcpy checks n wide characters against the whole destination and the
 * whole source at every level, and returns a pointer past the copy. glibc
 * only.
 * REQUIRES: glibc
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * RUN: %outcome trap %t source
 * CHECK: returned dst + 8, dst holds "abcdefgh"
 */
#define _GNU_SOURCE 1
#include <wchar.h>
#include "wide.h"

#define ELEMENT wchar_t
#define WRITE(dst, n) wmempcpy(dst, wide_letters, n)
#define READ(src, n) wmempcpy(sink, src, n)
#define FIT(dst) print_wide(WRITE(dst, opaque(ROOM)) == dst + 8 \
	? "returned dst + 8, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
