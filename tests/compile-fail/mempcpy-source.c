/* SPDX-License-Identifier: 0BSD */
/* mempcpy: a constant length larger than the source fails the compile too;
 * the longest length that fits compiles.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH=8 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}mempcpy: reading past the end of the source object
 * GCC-DAG: reading 9 bytes from a region of size 8
 */
#define _GNU_SOURCE 1
#include <string.h>

#ifndef LENGTH
#define LENGTH 9
#endif

char source[8];

void *copy(char *destination)
{
	return mempcpy(destination, source, LENGTH);
}
