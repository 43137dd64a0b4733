/* SPDX-License-Identifier: 0BSD */
/* getrandom writes n bytes: it checks n against the whole buffer at every
 * level.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 8, dst no longer zero
 */
#include <sys/random.h>
#include <stdio.h>

/* Eight random bytes are all zero with a chance of 2^-64. */
static void report(int ret, const char *dst, int n)
{
	int i, zero = 1;

	for (i = 0; i < n; i++)
		zero &= dst[i] == 0;
	printf("returned %d, dst %s\n", ret, zero ? "still zero" : "no longer zero");
}

#define WRITE(dst, n) getrandom(dst, n, 0)
#define FIT(dst) report((int)WRITE(dst, opaque(ROOM)), dst, ROOM)
#include "harness.h"
