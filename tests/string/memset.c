/* SPDX-License-Identifier: 0BSD */
/* memset checks the whole destination at every level.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned dst, dst holds "xxxxxxxx"
 */
#include <string.h>

#define WRITE(dst, n) memset(dst, 'x', n)
#define FIT(dst) \
	print_bytes(WRITE(dst, opaque(ROOM)) == dst ? "returned dst, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
