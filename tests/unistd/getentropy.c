/* SPDX-License-Identifier: 0BSD */
/* getentropy checks the whole destination at every level; with
 * -DSYS_RANDOM_H, declared by <sys/random.h> instead (sys/random/getentropy.c).
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 0, dst holds 8 random bytes
 */
#ifdef SYS_RANDOM_H
#include <sys/random.h>
#else
#define _GNU_SOURCE 1
#include <unistd.h>
#endif

static void print_fit(int returned, const char *dst);

#define WRITE(dst, n) getentropy(dst, n)
#define FIT(dst) print_fit(WRITE(dst, opaque(ROOM)), dst)
#include "harness.h"

/* Eight random bytes are all zero once in 2^64 runs. */
static void print_fit(int returned, const char *dst)
{
	int i;

	for (i = 0; i < ROOM && dst[i] == 0; i++)
		;
	printf("returned %d, dst holds %s\n", returned, i < ROOM ? "8 random bytes" : "zeros");
}
