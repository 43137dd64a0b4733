/* SPDX-License-Identifier: 0BSD */
/* memset_explicit (C23; glibc 2.43, which checks it itself) checks the
 * whole destination at every level.
 * REQUIRES: memset_explicit
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned dst, dst holds "xxxxxxxx"
 */
#define _GNU_SOURCE 1
#include <string.h>

#define WRITE(dst, n) memset_explicit(dst, 'x', n)
#define FIT(dst) print_bytes(WRITE(dst, opaque(ROOM)) == (dst) \
	? "returned dst, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
