/* SPDX-License-Identifier: 0BSD */
/* pread64 checks the whole destination at every level. musl's pread64 is
 * a macro for pread, whose wrapper then checks.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 8, dst holds "cdefghij"
 */
#define _GNU_SOURCE 1
/* musl 1.2.4 and later declare the *64 names only for this. */
#define _LARGEFILE64_SOURCE 1
#include <unistd.h>

static int input(void);

#define WRITE(dst, n) pread64(input(), dst, n, 2)
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
