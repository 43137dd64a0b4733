/* SPDX-License-Identifier: 0BSD */
/* stpcpy: a string literal longer than the destination, its NUL included,
 * fails the compile; gcc also states both sizes. The longest literal that
 * fits compiles without a word. (clang's own -Wfortify-source knows stpcpy
 * in clang 22, not in 19 or before.)
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DSOURCE='"abcdefg"' -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}stpcpy: writing past the end of the destination object
 * GCC-DAG: writing 9 bytes into a region of size 8
 */
#define _GNU_SOURCE 1
#include <string.h>

#ifndef SOURCE
#define SOURCE "abcdefgh"
#endif

char destination[8];

char *copy(void)
{
	return stpcpy(destination, SOURCE);
}
