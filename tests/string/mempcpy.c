/* SPDX-License-Identifier: 0BSD */
/* mempcpy checks the whole destination and the whole source at every level,
 * and returns the end of what it wrote.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * RUN: %outcome trap %t source
 * CHECK: returned dst + 8, dst holds "abcdefgh"
 */
#define _GNU_SOURCE 1
#include <string.h>

#define WRITE(dst, n) mempcpy(dst, letters, n)
#define READ(src, n) mempcpy(sink, src, n)
#define FIT(dst) print_bytes(WRITE(dst, opaque(ROOM)) == dst + ROOM \
	? "returned dst + 8, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
