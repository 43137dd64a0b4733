/* SPDX-License-Identifier: 0BSD */
/* bcopy: a constant length larger than the destination fails the compile;
 * gcc also states both sizes. The longest length that fits compiles
 * without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH=8 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}bcopy: writing past the end of the destination object
 * GCC-DAG: writing 9 bytes into a region of size 8
 */
#define _GNU_SOURCE 1
#include <strings.h>

#ifndef LENGTH
#define LENGTH 9
#endif

char destination[8];

void copy(const char *source)
{
	bcopy(source, destination, LENGTH);
}
