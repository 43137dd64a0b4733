/* SPDX-License-Identifier: 0BSD */
/* fread_unlocked: a constant count of elements larger than the destination fails
 * the compile; gcc also states both sizes, in bytes: 3 elements of 4 bytes
 * are 12. The 2 elements that fit compile without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DCOUNT=2 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}fread_unlocked: writing past the end of the destination object
 * GCC-DAG: writing 12 bytes into a region of size 8
 */
#define _GNU_SOURCE 1
#include <stdio.h>

#ifndef COUNT
#define COUNT 3
#endif

char destination[8];

size_t read_elements(FILE *stream)
{
	return fread_unlocked(destination, 4, COUNT, stream);
}
