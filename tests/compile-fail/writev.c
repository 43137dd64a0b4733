/* SPDX-License-Identifier: 0BSD */
/* writev: a constant count of entries larger than the array fails the
 * compile and names the function; gcc also states both sizes, in bytes.
 * The largest count that fits compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DCOUNT=2 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}writev: reading past the end of the source object
 * GCC-DAG: reading 48 bytes from a region of size 32
 */
#include <sys/uio.h>

#ifndef COUNT
#define COUNT 3
#endif

struct iovec vectors[2];

ssize_t transfer(int fd)
{
	return writev(fd, vectors, COUNT);
}
