/* SPDX-License-Identifier: 0BSD */
/* strlcat writes at most n bytes in all: it checks n against the
 * destination, a sub-object from level 2 on. glibc has it from 2.38 on.
 * REQUIRES: strlcpy
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 28, dst holds "ababcde\0"
 */
#define _GNU_SOURCE 1
#include <string.h>

/* "ab" and n - 3 more characters and the NUL: n bytes. */
#define WRITE(dst, n) (set_string(dst, "ab"), strlcat(dst, letters, n))
#define FIT(dst) print_bytes(WRITE(dst, opaque(ROOM)) == 28 \
	? "returned 28, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
