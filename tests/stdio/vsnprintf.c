/* SPDX-License-Identifier: 0BSD */
/* vsnprintf writes at most n bytes: it checks n against the destination, a
 * sub-object from level 2 on.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 26, dst holds "abcdefg\0"
 */
#include <stdio.h>

#define ARGUMENTS letters
#define WRITE(dst, n) vsnprintf(dst, n, "%s", arguments)
#define FIT(dst) print_bytes(WRITE(dst, opaque(ROOM)) == 26 \
	? "returned 26, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
