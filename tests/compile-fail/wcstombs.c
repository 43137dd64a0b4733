/* SPDX-License-Identifier: 0BSD */
/* wcstombs: a constant length larger than the destination fails the compile
 * and names the function; gcc also states both sizes. The longest length
 * that fits compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH=8 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}wcstombs: writing past the end of the destination object
 * GCC-DAG: writing 9 bytes into a region of size 8
 */
#include <stdlib.h>

#ifndef LENGTH
#define LENGTH 9
#endif

char destination[8];

size_t fill(const wchar_t *source)
{
	return wcstombs(destination, source, LENGTH);
}
