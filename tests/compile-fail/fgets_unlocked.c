/* SPDX-License-Identifier: 0BSD */
/* fgets_unlocked: a constant count larger than the destination fails the compile;
 * gcc also states both sizes. The destination's own size compiles without
 * a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH=8 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}fgets_unlocked: writing past the end of the destination object
 * GCC-DAG: writing 9 bytes into a region of size 8
 */
#define _GNU_SOURCE 1
#include <stdio.h>

#ifndef LENGTH
#define LENGTH 9
#endif

char destination[8];

char *read_line(FILE *stream)
{
	return fgets_unlocked(destination, LENGTH, stream);
}
