/* SPDX-License-Identifier: 0BSD */
/* send: a constant length larger than the source fails the compile and
 * names the function; gcc also states both sizes. The longest length that
 * fits compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH=8 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}send: reading past the end of the source object
 * GCC-DAG: reading 9 bytes from a region of size 8
 */
#include <sys/socket.h>

#ifndef LENGTH
#define LENGTH 9
#endif

char source[8];

ssize_t drain(int fd)
{
	return send(fd, source, LENGTH, 0);
}
