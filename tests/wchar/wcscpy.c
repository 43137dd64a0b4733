/* SPDX-License-Identifier: 0BSD */
/* wcscpy checks the destination, a sub-object from level 2 on, against the
 * length of the source in wide characters.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned dst, dst holds "tuvwxyz\0"
 */
#include <wchar.h>
#include "wide.h"

#define ELEMENT wchar_t
#define WRITE(dst, n) wcscpy(dst, wide_tail((n) - 1))
#define FIT(dst) \
	print_wide(WRITE(dst, opaque(ROOM)) == dst ? "returned dst, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
