/* SPDX-License-Identifier: 0BSD */
/* snprintf writes at most n bytes: it checks n against the destination, a
 * sub-object from level 2 on. The letters come at a length gcc does not
 * know: it would warn that they are truncated, once the check bounds n.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 26, dst holds "abcdefg\0"
 */
#include <stdio.h>

#define WRITE(dst, n) snprintf(dst, n, "%s", tail(opaque(26)))
#define FIT(dst) print_bytes(WRITE(dst, opaque(ROOM)) == 26 \
	? "returned 26, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
