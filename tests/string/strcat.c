/* SPDX-License-Identifier: 0BSD */
/* strcat checks the destination, a sub-object from level 2 on, against the
 * string already there plus the source.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned dst, dst holds "abvwxyz\0"
 */
#include <string.h>

/* "ab" and n - 3 more characters and the NUL: n bytes. */
#define WRITE(dst, n) (set_string(dst, "ab"), strcat(dst, tail((n) - 3)))
#define FIT(dst) \
	print_bytes(WRITE(dst, opaque(ROOM)) == dst ? "returned dst, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
