/* SPDX-License-Identifier: 0BSD */
/* memset_explicit: a constant length larger than the destination fails the
 * compile; gcc also states both sizes. The longest length that fits
 * compiles without a word.
 * REQUIRES: memset_explicit
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH=8 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}memset_explicit: writing past the end of the destination object
 * GCC-DAG: writing 9 bytes into a region of size 8
 */
#define _GNU_SOURCE 1
#include <string.h>

#ifndef LENGTH
#define LENGTH 9
#endif

char destination[8];

void erase(void)
{
	memset_explicit(destination, 0, LENGTH);
}
