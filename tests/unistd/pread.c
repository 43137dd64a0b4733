/* SPDX-License-Identifier: 0BSD */
/* pread checks the whole destination at every level. pread-file-offset-bits.c
 * runs the same under _FILE_OFFSET_BITS=64.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 8, dst holds "cdefghij"
 */
#include <unistd.h>

static int input(void);

#define WRITE(dst, n) pread(input(), dst, n, 2)
#define FIT(dst) print_bytes(WRITE(dst, opaque(ROOM)) == ROOM \
	? "returned 8, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"

/* A file that holds the letters. */
static int input(void)
{
	FILE *f = tmpfile();

	if (f == NULL || fputs(letters, f) == EOF || fflush(f) != 0)
		exit(2);
	return fileno(f);
}
