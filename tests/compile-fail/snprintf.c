/* SPDX-License-Identifier: 0BSD */
/* snprintf: a constant size larger than the destination fails the compile;
 * gcc also states both sizes, and so does clang's own -Wfortify-source. The
 * destination's own size compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH=8 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}snprintf: writing past the end of the destination object
 * GCC-DAG: writing 9 bytes into a region of size 8
 * BUILTIN-DAG: 'snprintf' size argument is too large; destination buffer has size 8, but size argument is 9
 */
#include <stdio.h>

#ifndef LENGTH
#define LENGTH 9
#endif

char destination[8];

int print(const char *source)
{
	return snprintf(destination, LENGTH, "%s", source);
}
