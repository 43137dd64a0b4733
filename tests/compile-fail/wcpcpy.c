/* SPDX-License-Identifier: 0BSD */
/* wcpcpy: a wide string literal longer than the destination, its NUL
 * included, fails the compile; the longest literal that fits compiles
 * without a word. clang only: gcc cannot take the length of a wide literal
 * at compile time, so under gcc the same call compiles and traps at run
 * time (tests/wchar/wcpcpy.c).
 * REQUIRES: clang
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DSOURCE='L"abcdefg"' -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}wcpcpy: writing past the end of the destination object
 */
#define _GNU_SOURCE 1
#include <wchar.h>

#ifndef SOURCE
#define SOURCE L"abcdefgh"
#endif

wchar_t destination[8];

wchar_t *copy(void)
{
	return wcpcpy(destination, SOURCE);
}
