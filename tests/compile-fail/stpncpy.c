/* SPDX-License-Identifier: 0BSD */
/* stpncpy: a constant length larger than the destination fails the compile;
 * gcc also states both sizes, and so does clang's own -Wfortify-source. The
 * longest length that fits compiles without a word: the NUL stored after it
 * keeps gcc's -Wstringop-truncation quiet about a length equal to the size.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH=8 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}stpncpy: writing past the end of the destination object
 * GCC-DAG: writing 9 bytes into a region of size 8
 * BUILTIN-DAG: 'stpncpy' size argument is too large; destination buffer has size 8, but size argument is 9
 */
#define _GNU_SOURCE 1
#include <string.h>

#ifndef LENGTH
#define LENGTH 9
#endif

char destination[8];

void copy(const char *source)
{
	stpncpy(destination, source, LENGTH);
	destination[sizeof destination - 1] = '\0';
}
