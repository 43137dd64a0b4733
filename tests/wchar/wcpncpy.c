/* SPDX-License-Identifier: 0BSD */
/* wcpncpy writes exactly n wide characters: it checks n against the
 * destination, a sub-object from level 2 on, however short the source, and
 * returns a pointer to the first NUL written, or past the n characters.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * RUN: %t also-fits | FileCheck %s --check-prefix=SHORT
 * CHECK: returned dst + 8, dst holds "abcdefgh"
 * SHORT: returned dst + 3, dst holds "xyz\0\0\0\0\0"
 */
#define _GNU_SOURCE 1
#include <wchar.h>
#include "wide.h"

#define ELEMENT wchar_t
#define WRITE(dst, n) wcpncpy(dst, wide_letters, n)
#define FIT(dst) print_wide(WRITE(dst, opaque(ROOM)) == dst + 8 \
	? "returned dst + 8, dst holds" : "returned ?", dst, ROOM)
/* A short source is padded with NULs up to n. */
#define ALSO_FITS(dst) (fill(dst, 'z', sizeof dst), print_wide(wcpncpy(dst, wide_tail(3), opaque(ROOM)) \
	== dst + 3 ? "returned dst + 3, dst holds" : "returned ?", dst, ROOM))
#include "harness.h"
