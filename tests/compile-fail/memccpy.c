/* SPDX-License-Identifier: 0BSD */
/* memccpy: a constant length larger than the destination fails the compile,
 * though the stop character might come sooner; gcc also states both sizes.
 * The longest length that fits compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH=8 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}memccpy: writing past the end of the destination object
 * GCC-DAG: writing 9 bytes into a region of size 8
 */
#define _GNU_SOURCE 1
#include <string.h>

#ifndef LENGTH
#define LENGTH 9
#endif

char destination[8];

void *copy(const char *source)
{
	return memccpy(destination, source, '\n', LENGTH);
}
