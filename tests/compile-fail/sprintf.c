/* SPDX-License-Identifier: 0BSD */
/* sprintf: a format without conversions longer than the destination, its
 * NUL included, fails the compile; gcc also states both sizes. The longest
 * format that fits compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DFORMAT='"abcdefg"' -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}sprintf: writing past the end of the destination object
 * GCC-DAG: writing 9 bytes into a region of size 8
 */
#include <stdio.h>

#ifndef FORMAT
#define FORMAT "abcdefgh"
#endif

char destination[8];

int print(void)
{
	return sprintf(destination, FORMAT);
}
