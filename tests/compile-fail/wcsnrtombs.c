/* SPDX-License-Identifier: 0BSD */
/* wcsnrtombs: a constant len in bytes larger than the destination fails the
 * compile, however short the source; gcc also states both sizes. The
 * destination's own size compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH=8 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}wcsnrtombs: writing past the end of the destination object
 * GCC-DAG: writing 9 bytes into a region of size 8
 */
#define _GNU_SOURCE 1
#include <wchar.h>

#ifndef LENGTH
#define LENGTH 9
#endif

char destination[8];

size_t convert(mbstate_t *state)
{
	const wchar_t *source = L"abc";

	return wcsnrtombs(destination, &source, 3, LENGTH, state);
}
