/* SPDX-License-Identifier: 0BSD */
/* mbstowcs writes at most n wide characters: it checks n of them against
 * the destination, a sub-object from level 2 on. A NULL destination has no
 * size: libc only counts.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %t also-fits | FileCheck %s --check-prefix=NULL
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 7, dst holds "tuvwxyz\0"
 * NULL: returned 26 for NULL
 */
#include <stdio.h>
#include <stdlib.h>

/* Prints n wide characters, all from the basic character set. */
static void print_wide(const char *label, const wchar_t *p, size_t n)
{
	size_t i;

	printf("%s \"", label);
	for (i = 0; i < n; i++) {
		if (p[i] == 0)
			printf("\\0");
		else
			putchar((int)p[i]);
	}
	printf("\"\n");
}

#define ELEMENT wchar_t
#define WRITE(dst, n) mbstowcs(dst, letters, n)
#define FIT(dst) print_wide(mbstowcs(dst, tail(ROOM - 1), opaque(ROOM)) == ROOM - 1 \
	? "returned 7, dst holds" : "returned ?", dst, ROOM)
#define ALSO_FITS(dst) ((void)(dst), \
	printf("returned %d for NULL\n", (int)mbstowcs(NULL, letters, opaque(ROOM + 1))))
#include "harness.h"
