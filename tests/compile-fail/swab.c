/* SPDX-License-Identifier: 0BSD */
/* swab: a constant count larger than the destination fails the compile
 * and names the function; gcc also states both sizes. The largest count
 * that fits compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DCOUNT=8 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}swab: writing past the end of the destination object
 * GCC-DAG: writing 9 bytes into a region of size 8
 */
#define _GNU_SOURCE 1
#include <unistd.h>

#ifndef COUNT
#define COUNT 9
#endif

char destination[8];

void fill(const char *source)
{
	swab(source, destination, COUNT);
}
