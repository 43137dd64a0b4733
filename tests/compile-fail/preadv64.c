/* SPDX-License-Identifier: 0BSD */
/* preadv64: a constant count of entries larger than the array fails the
 * compile and names the function; gcc also states both sizes, in bytes.
 * The largest count that fits compiles without a word.
 * glibc only: musl's preadv64 is a macro for preadv.
 * REQUIRES: glibc
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DCOUNT=2 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}preadv64: reading past the end of the source object
 * GCC-DAG: reading 48 bytes from a region of size 32
 */
#define _GNU_SOURCE 1
/* musl 1.2.4 and later declare the *64 names only for this. */
#define _LARGEFILE64_SOURCE 1
#include <sys/uio.h>

#ifndef COUNT
#define COUNT 3
#endif

struct iovec vectors[2];

ssize_t transfer(int fd)
{
	return preadv64(fd, vectors, COUNT, 0);
}
