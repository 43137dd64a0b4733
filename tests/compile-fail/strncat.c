/* SPDX-License-Identifier: 0BSD */
/* strncat: a string literal longer than the destination, with a bound that
 * does not cut it below the destination's size, fails the compile whatever
 * the destination already holds; clang's own -Wfortify-source states the
 * bound and the size. The nearest call that compiles without a word of
 * ours takes what fits an empty destination, 7 bytes and a NUL: a bound of 8
 * or more draws gcc's own -Wstringop-overflow, and above 8 clang's
 * -Wfortify-source; gcc's own -Wstringop-truncation for a bound that cuts
 * the literal stays, as without the headers. gcc states no sizes: what
 * strncat writes depends on the destination's length, not a constant.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DBOUND=7 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}strncat: writing past the end of the destination object
 * BUILTIN-DAG: 'strncat' size argument is too large; destination buffer has size 8, but size argument is 64
 */
#include <string.h>

/* gcc's own warning about the cut literal, given without the headers too. */
#ifndef __clang__
#pragma GCC diagnostic ignored "-Wstringop-truncation"
#endif

#ifndef BOUND
#define BOUND 64
#endif

char destination[8];

char *append(void)
{
	return strncat(destination, "abcdefgh", BOUND);
}
