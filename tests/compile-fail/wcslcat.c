/* SPDX-License-Identifier: 0BSD */
/* wcslcat: a constant size in wide characters larger than the destination
 * fails the compile; gcc also states both sizes, in bytes. The
 * destination's own size compiles without a word. glibc has wcslcat from
 * 2.38 on, musl not at all.
 * REQUIRES: wcslcpy
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH=8 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}wcslcat: writing past the end of the destination object
 * GCC-DAG: writing 36 bytes into a region of size 32
 */
#define _GNU_SOURCE 1
#include <wchar.h>

#ifndef LENGTH
#define LENGTH 9
#endif

wchar_t destination[8];

size_t append(const wchar_t *source)
{
	return wcslcat(destination, source, LENGTH);
}
