/* SPDX-License-Identifier: 0BSD */
/* wcsncat appends at most n wide characters and then a NUL: a literal longer
 * than the destination, with a bound that does not cut it below the
 * destination's size, fails the compile whatever the destination already
 * holds. The nearest call that compiles without a word takes what fits an
 * empty destination, 7 characters and the NUL. clang only: gcc cannot take
 * the length of a wide literal at compile time, so under gcc the same call
 * compiles and traps at run time (tests/wchar/wcsncat.c).
 * REQUIRES: clang
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DBOUND=7 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}wcsncat: writing past the end of the destination object
 */
#include <wchar.h>

#ifndef BOUND
#define BOUND 8
#endif

wchar_t destination[8];

wchar_t *append(void)
{
	return wcsncat(destination, L"abcdefgh", BOUND);
}
