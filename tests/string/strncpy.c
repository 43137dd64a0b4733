/* SPDX-License-Identifier: 0BSD */
/* strncpy writes exactly n bytes: it checks n against the destination, a
 * sub-object from level 2 on.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned dst, dst holds "xyz\0\0\0\0\0"
 */
#include <string.h>

#define WRITE(dst, n) strncpy(dst, letters, n)
#define FIT(dst) print_bytes(strncpy(dst, tail(3), opaque(ROOM)) == dst \
	? "returned dst, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
