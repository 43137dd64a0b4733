/* SPDX-License-Identifier: 0BSD */
/* fwrite_unlocked: a constant count larger than the source fails the compile; gcc
 * also states both sizes. The source's own size compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH=8 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}fwrite_unlocked: reading past the end of the source object
 * GCC-DAG: reading 9 bytes from a region of size 8
 */
#define _GNU_SOURCE 1
#include <stdio.h>

#ifndef LENGTH
#define LENGTH 9
#endif

char source[8];

size_t write_bytes(FILE *stream)
{
	return fwrite_unlocked(source, 1, LENGTH, stream);
}
