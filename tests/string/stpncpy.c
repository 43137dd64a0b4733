/* SPDX-License-Identifier: 0BSD */
/* stpncpy writes exactly n bytes: it checks n against the destination, a
 * sub-object from level 2 on, and returns the end of the copied string.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned dst + 3, dst holds "xyz\0\0\0\0\0"
 */
#define _GNU_SOURCE 1
#include <string.h>

#define WRITE(dst, n) stpncpy(dst, letters, n)
#define FIT(dst) print_bytes(stpncpy(dst, tail(3), opaque(ROOM)) == dst + 3 \
	? "returned dst + 3, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
