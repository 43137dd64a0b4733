/* SPDX-License-Identifier: 0BSD */
/* pread64: a constant length larger than the destination fails the compile
 * and names the function; gcc also states both sizes. The longest length
 * that fits compiles without a word.
 * glibc only: musl's pread64 is a macro for pread, which pread.c tests;
 * and gcc 11 states no sizes for a call spelled through a macro of a
 * system header.
 * REQUIRES: glibc
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH=8 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}pread64: writing past the end of the destination object
 * GCC-DAG: writing 9 bytes into a region of size 8
 */
#define _GNU_SOURCE 1
/* musl 1.2.4 and later declare the *64 names only for this. */
#define _LARGEFILE64_SOURCE 1
#include <unistd.h>

#ifndef LENGTH
#define LENGTH 9
#endif

char destination[8];

ssize_t fill(int fd)
{
	return pread64(fd, destination, LENGTH, 0);
}
