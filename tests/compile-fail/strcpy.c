/* SPDX-License-Identifier: 0BSD */
/* strcpy: a string literal longer than the destination, its NUL included,
 * fails the compile; gcc also states both sizes, and so does clang's own
 * -Wfortify-source. The longest literal that fits compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DSOURCE='"abcdefg"' -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}strcpy: writing past the end of the destination object
 * GCC-DAG: writing 9 bytes into a region of size 8
 * BUILTIN-DAG: 'strcpy' will always overflow; destination buffer has size 8, but the source string has length 9 (including NUL byte)
 */
#include <string.h>

#ifndef SOURCE
#define SOURCE "abcdefgh"
#endif

char destination[8];

char *copy(void)
{
	return strcpy(destination, SOURCE);
}
