/* SPDX-License-Identifier: 0BSD */
/* memccpy checks the whole destination at every level; it may stop early
 * on the character, so only n counts.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned dst + 8, dst holds "abcdefgh"
 */
#define _GNU_SOURCE 1
#include <string.h>

/* '#' is not in letters, so these copy all n bytes. */
#define WRITE(dst, n) memccpy(dst, letters, '#', n)
#define FIT(dst) print_bytes(memccpy(dst, letters, 'h', opaque(ROOM)) == dst + ROOM \
	? "returned dst + 8, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
