/* SPDX-License-Identifier: 0BSD */
/* fread_unlocked reads n elements of size bytes: it checks them against the
 * whole destination at every level. In C, glibc's optimising header also
 * makes it a macro that copies small constant sizes inline, unchecked: the
 * wrapper removes it, so a constant 5 bytes into 4 traps too (small).
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %t also-fits | FileCheck %s --check-prefix=ELEMENTS
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * RUN: %cc-errors-as-warnings -DSMALL_CONSTANT %s -o %t.small
 * RUN: %outcome trap %t.small whole
 * CHECK: returned 8, dst holds "abcdefgh"
 * ELEMENTS: 2 elements of 4: returned 2, dst holds "abcdefgh"
 */
#define _GNU_SOURCE 1
#include <stdio.h>

static FILE *input(void);

#ifdef SMALL_CONSTANT
/* 5 bytes into the last 4 of the object. */
#define WRITE(dst, n) ((void)(n), fread_unlocked((dst) + ROOM - 4, 1, 5, input()))
#else
#define WRITE(dst, n) fread_unlocked(dst, 1, n, input())
#endif
#define FIT(dst) print_bytes(WRITE(dst, opaque(ROOM)) == ROOM \
	? "returned 8, dst holds" : "returned ?", dst, ROOM)
#define ALSO_FITS(dst) print_bytes(fread_unlocked(dst, 4, opaque(2), input()) == 2 \
	? "2 elements of 4: returned 2, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"

/* A stream that holds the letters. */
static FILE *input(void)
{
	FILE *f = tmpfile();

	if (f == NULL || fputs(letters, f) == EOF || fseek(f, 0, SEEK_SET) != 0)
		exit(2);
	return f;
}
