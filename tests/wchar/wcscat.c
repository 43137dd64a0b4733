/* SPDX-License-Identifier: 0BSD */
/* wcscat checks the destination, a sub-object from level 2 on, against the
 * wide string already there plus the source.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned dst, dst holds "abvwxyz\0"
 */
#include <wchar.h>
#include "wide.h"

#define ELEMENT wchar_t
/* "ab" and n - 3 more characters and the NUL: n wide characters. */
#define WRITE(dst, n) (set_wide(dst, L"ab"), wcscat(dst, wide_tail((n) - 3)))
#define FIT(dst) \
	print_wide(WRITE(dst, opaque(ROOM)) == dst ? "returned dst, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
