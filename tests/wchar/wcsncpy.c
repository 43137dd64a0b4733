/* SPDX-License-Identifier: 0BSD */
/* wcsncpy writes exactly n wide characters: it checks n against the
 * destination, a sub-object from level 2 on, however short the source.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * RUN: %t also-fits | FileCheck %s --check-prefix=SHORT
 * CHECK: returned dst, dst holds "abcdefgh"
 * SHORT: returned dst, dst holds "xyz\0\0\0\0\0"
 */
#include <wchar.h>
#include "wide.h"

#define ELEMENT wchar_t
#define WRITE(dst, n) wcsncpy(dst, wide_letters, n)
#define FIT(dst) \
	print_wide(WRITE(dst, opaque(ROOM)) == dst ? "returned dst, dst holds" : "returned ?", dst, ROOM)
/* A short source is padded with NULs up to n. */
#define ALSO_FITS(dst) (fill(dst, 'z', sizeof dst), print_wide(wcsncpy(dst, wide_tail(3), opaque(ROOM)) \
	== dst ? "returned dst, dst holds" : "returned ?", dst, ROOM))
#include "harness.h"
