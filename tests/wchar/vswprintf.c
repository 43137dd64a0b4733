/* SPDX-License-Identifier: 0BSD */
/* vswprintf writes at most n wide characters: it checks n against the
 * destination, a sub-object from level 2 on.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 7, dst holds "tuvwxyz\0"
 */
#include <wchar.h>
#include "wide.h"

/* Seven characters and the NUL: what fits; n is what is checked. */
#define ELEMENT wchar_t
#define ARGUMENTS wide_tail(7)
#define WRITE(dst, n) vswprintf(dst, n, L"%ls", arguments)
#define FIT(dst) \
	print_wide(WRITE(dst, opaque(ROOM)) == 7 ? "returned 7, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
