/* SPDX-License-Identifier: 0BSD */
/* mbsnrtowcs: a constant len in wide characters larger than the destination
 * fails the compile, however short the source; gcc also states both sizes,
 * in bytes. The destination's own size compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH=8 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}mbsnrtowcs: writing past the end of the destination object
 * GCC-DAG: writing 36 bytes into a region of size 32
 */
#define _GNU_SOURCE 1
#include <wchar.h>

#ifndef LENGTH
#define LENGTH 9
#endif

wchar_t destination[8];

size_t convert(mbstate_t *state)
{
	const char *source = "abc";

	return mbsnrtowcs(destination, &source, 3, LENGTH, state);
}
