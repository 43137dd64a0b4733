/* SPDX-License-Identifier: 0BSD */
/* strlcat: a constant size larger than the destination fails the compile;
 * gcc also states both sizes. The destination's own size compiles without
 * a word. glibc has strlcat from 2.38 on.
 * REQUIRES: strlcpy
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH=8 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}strlcat: writing past the end of the destination object
 * GCC-DAG: writing 9 bytes into a region of size 8
 */
#define _GNU_SOURCE 1
#include <string.h>

#ifndef LENGTH
#define LENGTH 9
#endif

char destination[8];

size_t append(const char *source)
{
	return strlcat(destination, source, LENGTH);
}
