/* SPDX-License-Identifier: 0BSD */
/* wmemcpy checks n wide characters against the whole destination and the
 * whole source at every level.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * RUN: %outcome trap %t source
 * CHECK: returned dst, dst holds "abcdefgh"
 */
#include <wchar.h>
#include "wide.h"

#define ELEMENT wchar_t
#define WRITE(dst, n) wmemcpy(dst, wide_letters, n)
#define READ(src, n) wmemcpy(sink, src, n)
#define FIT(dst) \
	print_wide(WRITE(dst, opaque(ROOM)) == dst ? "returned dst, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
