/* SPDX-License-Identifier: 0BSD */
/* wcpcpy checks the destination, a sub-object from level 2 on, against the
 * length of the source in wide characters, and returns a pointer to the
 * terminating NUL.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned dst + 7, dst holds "tuvwxyz\0"
 */
#define _GNU_SOURCE 1
#include <wchar.h>
#include "wide.h"

#define ELEMENT wchar_t
#define WRITE(dst, n) wcpcpy(dst, wide_tail((n) - 1))
#define FIT(dst) print_wide(WRITE(dst, opaque(ROOM)) == dst + 7 \
	? "returned dst + 7, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
