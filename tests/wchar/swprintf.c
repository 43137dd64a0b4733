/* SPDX-License-Identifier: 0BSD */
/* swprintf writes at most n wide characters: it checks n against the
 * destination, a sub-object from level 2 on. (clang's wrapper forwards to
 * the vswprintf wrapper, which checks.)
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 7, dst holds "tuvwxyz\0"
 */
#include <wchar.h>
#include "wide.h"

#define ELEMENT wchar_t
#define WRITE(dst, n) swprintf(dst, n, L"%ls", wide_tail((n) - 1))
#define FIT(dst) \
	print_wide(WRITE(dst, opaque(ROOM)) == 7 ? "returned 7, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
