/* SPDX-License-Identifier: 0BSD */
/* strcat: a string literal longer than the destination, its NUL included,
 * fails the compile whatever the destination already holds. The longest
 * literal that fits an empty destination compiles without a word. gcc
 * states no sizes: what strcat writes depends on the destination's length,
 * not a constant; clang's own -Wfortify-source knows strcat in clang 22,
 * not in 19 or before.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DSOURCE='"abcdefg"' -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}strcat: writing past the end of the destination object
 */
#include <string.h>

#ifndef SOURCE
#define SOURCE "abcdefgh"
#endif

char destination[8];

char *append(void)
{
	return strcat(destination, SOURCE);
}
