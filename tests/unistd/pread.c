/* SPDX-License-Identifier: 0BSD */
/* pread checks the whole destination at every level. glibc binds it to
 * pread64 under _FILE_OFFSET_BITS=64, and so does the wrapper.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * RUN: %if glibc %{ %cc -D_FILE_OFFSET_BITS=64 %s -o %t.64 %}
 * RUN: %if glibc %{ nm -u %t.64 | FileCheck %s --check-prefix=LFS %}
 * RUN: %if glibc %{ %t.64 fit | FileCheck %s %}
 * RUN: %if glibc %{ %outcome trap %t.64 whole %}
 * CHECK: returned 8, dst holds "cdefghij"
 * LFS-NOT: {{ pread(@|$)}}
 * LFS: {{ pread64(@|$)}}
 * LFS-NOT: {{ pread(@|$)}}
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
