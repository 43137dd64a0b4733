/* SPDX-License-Identifier: 0BSD */
/* wmempcpy: a constant count of wide characters larger than the destination
 * fails the compile; gcc also states both sizes, in bytes. The longest
 * count that fits compiles without a word. glibc only.
 * REQUIRES: glibc
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH=8 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}wmempcpy: writing past the end of the destination object
 * GCC-DAG: writing 36 bytes into a region of size 32
 */
#define _GNU_SOURCE 1
#include <wchar.h>

#ifndef LENGTH
#define LENGTH 9
#endif

wchar_t destination[8];

wchar_t *copy(const wchar_t *source)
{
	return wmempcpy(destination, source, LENGTH);
}
