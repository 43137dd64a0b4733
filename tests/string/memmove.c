/* SPDX-License-Identifier: 0BSD */
/* memmove checks the whole destination and the whole source at every level.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * RUN: %outcome trap %t source
 * CHECK: returned dst, dst holds "abcdefgh"
 */
#include <string.h>

#define WRITE(dst, n) memmove(dst, letters, n)
#define READ(src, n) memmove(sink, src, n)
#define FIT(dst) \
	print_bytes(WRITE(dst, opaque(ROOM)) == dst ? "returned dst, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
