/* SPDX-License-Identifier: 0BSD */
/* swab checks the whole destination and the whole source at every level,
 * against n, when n is positive; a negative n swaps nothing.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %t also-fits | FileCheck %s --check-prefix=NEGATIVE
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * RUN: %outcome trap %t source
 * CHECK: dst holds "badcfehg"
 * NEGATIVE: n = -1: dst holds "\0\0\0\0\0\0\0\0"
 */
#define _GNU_SOURCE 1
#include <unistd.h>

#define WRITE(dst, n) swab(letters, dst, (ssize_t)(n))
#define READ(src, n) swab(src, sink, (ssize_t)(n))
#define FIT(dst) (WRITE(dst, opaque(ROOM)), print_bytes("dst holds", dst, ROOM))
#define ALSO_FITS(dst) (swab(letters, dst, -(ssize_t)opaque(1)), \
	print_bytes("n = -1: dst holds", dst, ROOM))
#include "harness.h"
