/* SPDX-License-Identifier: 0BSD */
/* memset: a constant length larger than the destination fails the compile;
 * gcc also states both sizes, and so does clang's own -Wfortify-source. The
 * longest length that fits compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH=8 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}memset: writing past the end of the destination object
 * GCC-DAG: writing 9 bytes into a region of size 8
 * BUILTIN-DAG: 'memset' will always overflow; destination buffer has size 8, but size argument is 9
 */
#include <string.h>

#ifndef LENGTH
#define LENGTH 9
#endif

char destination[8];

void fill(void)
{
	memset(destination, 'x', LENGTH);
}
