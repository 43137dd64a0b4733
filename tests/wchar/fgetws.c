/* SPDX-License-Identifier: 0BSD */
/* fgetws reads at most n - 1 wide characters and a NUL: it checks n, when
 * positive, against the destination, a sub-object from level 2 on.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * RUN: %t also-fits | FileCheck %s --check-prefix=NEGATIVE
 * CHECK: returned dst, dst holds "abcdefg\0"
 * NEGATIVE: returned null, dst holds "\0\0\0\0\0\0\0\0"
 */
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
#include "wide.h"

/* A stream that holds s, wide-oriented as fgetws needs. */
static FILE *stream_of(const wchar_t *s)
{
	FILE *f = tmpfile();

	if (f == NULL || fputws(s, f) == -1)
		exit(3);
	rewind(f);
	return f;
}

#define ELEMENT wchar_t
#define WRITE(dst, n) fgetws(dst, (int)(n), stream_of(L"abcdefghijklmnopqrstuvwxyz\n"))
#define FIT(dst) \
	print_wide(WRITE(dst, opaque(ROOM)) == dst ? "returned dst, dst holds" : "returned ?", dst, ROOM)
/* A negative n is not checked: glibc reads nothing. (musl reads the whole
 * line: here there is none.) */
#define ALSO_FITS(dst) print_wide(fgetws(dst, -(int)opaque(ROOM + 1), stream_of(L"")) == NULL \
	? "returned null, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
