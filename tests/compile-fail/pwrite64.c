/* SPDX-License-Identifier: 0BSD */
/* pwrite64: a constant length larger than the source fails the compile and
 * names the function; gcc also states both sizes. The longest length that
 * fits compiles without a word.
 * glibc only: musl's pwrite64 is a macro for pwrite, which pwrite.c tests;
 * and gcc 11 states no sizes for a call spelled through a macro of a
 * system header.
 * REQUIRES: glibc
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH=8 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}pwrite64: reading past the end of the source object
 * GCC-DAG: reading 9 bytes from a region of size 8
 */
#define _GNU_SOURCE 1
/* musl 1.2.4 and later declare the *64 names only for this. */
#define _LARGEFILE64_SOURCE 1
#include <unistd.h>

#ifndef LENGTH
#define LENGTH 9
#endif

char source[8];

ssize_t drain(int fd)
{
	return pwrite64(fd, source, LENGTH, 0);
}
