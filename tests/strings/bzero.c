/* SPDX-License-Identifier: 0BSD */
/* bzero checks the whole destination at every level.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: dst holds "\0\0\0\0\0\0\0\0"
 */
#define _GNU_SOURCE 1
#include <strings.h>

#define WRITE(dst, n) bzero(dst, n)
#define FIT(dst) (set_string(dst, "1234567"), WRITE(dst, opaque(ROOM)), \
	print_bytes("dst holds", dst, ROOM))
#include "harness.h"
