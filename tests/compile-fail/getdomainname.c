/* SPDX-License-Identifier: 0BSD */
/* getdomainname: a constant length larger than the destination fails the
 * compile and names the function; gcc also states both sizes. The longest
 * length that fits compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH=8 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}getdomainname: writing past the end of the destination object
 * GCC-DAG: writing 9 bytes into a region of size 8
 */
#define _GNU_SOURCE 1
#include <unistd.h>

#ifndef LENGTH
#define LENGTH 9
#endif

char destination[8];

int fill(void)
{
	return getdomainname(destination, LENGTH);
}
