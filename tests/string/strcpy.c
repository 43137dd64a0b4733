/* SPDX-License-Identifier: 0BSD */
/* strcpy checks the destination, a sub-object from level 2 on, against the
 * length of the source.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned dst, dst holds "tuvwxyz\0"
 */
#include <string.h>

#define WRITE(dst, n) strcpy(dst, tail((n) - 1))
#define FIT(dst) \
	print_bytes(WRITE(dst, opaque(ROOM)) == dst ? "returned dst, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
