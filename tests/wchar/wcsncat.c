/* SPDX-License-Identifier: 0BSD */
/* wcsncat checks the destination, a sub-object from level 2 on, against the
 * wide string already there plus at most n characters of the source and a
 * NUL.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * RUN: %t also-fits | FileCheck %s --check-prefix=SHORT
 * CHECK: returned dst, dst holds "ababcde\0"
 * SHORT: returned dst, dst holds "abxyz\0"
 */
#include <wchar.h>
#include "wide.h"

#define ELEMENT wchar_t
/* "ab" and n - 3 more characters and the NUL: n wide characters. */
#define WRITE(dst, n) (set_wide(dst, L"ab"), wcsncat(dst, wide_letters, (n) - 3))
#define FIT(dst) \
	print_wide(WRITE(dst, opaque(ROOM)) == dst ? "returned dst, dst holds" : "returned ?", dst, ROOM)
/* n may exceed the room when the source is shorter. */
#define ALSO_FITS(dst) (set_wide(dst, L"ab"), print_wide(wcsncat(dst, wide_tail(3), opaque(100)) == dst \
	? "returned dst, dst holds" : "returned ?", dst, 6))
#include "harness.h"
