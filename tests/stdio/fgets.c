/* SPDX-License-Identifier: 0BSD */
/* fgets reads at most n - 1 characters and a NUL: it checks n against the
 * destination, a sub-object from level 2 on. n is an int: n <= 0 writes
 * nothing and is left to libc.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %t also-fits | FileCheck %s --check-prefix=NEGATIVE
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned dst, dst holds "abcdefg\0"
 * NEGATIVE: n = -1: returned NULL, dst holds "\0\0\0\0\0\0\0\0"
 */
#include <stdio.h>

static FILE *input(void);

#define WRITE(dst, n) fgets(dst, (int)(n), input())
#define FIT(dst) print_bytes(WRITE(dst, opaque(ROOM)) == dst \
	? "returned dst, dst holds" : "returned ?", dst, ROOM)
#define ALSO_FITS(dst) print_bytes(fgets(dst, -(int)opaque(1), input()) == NULL \
	? "n = -1: returned NULL, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"

/* A stream that holds the letters. */
static FILE *input(void)
{
	FILE *f = tmpfile();

	if (f == NULL || fputs(letters, f) == EOF || fseek(f, 0, SEEK_SET) != 0)
		exit(2);
	return f;
}
