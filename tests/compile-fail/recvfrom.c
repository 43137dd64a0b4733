/* SPDX-License-Identifier: 0BSD */
/* recvfrom: a constant length larger than the destination fails the compile
 * and names the function; gcc also states both sizes. The longest length
 * that fits compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH=8 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}recvfrom: writing past the end of the destination object
 * GCC-DAG: writing 9 bytes into a region of size 8
 */
#include <stddef.h>
#include <sys/socket.h>

#ifndef LENGTH
#define LENGTH 9
#endif

char destination[8];

ssize_t fill(int fd)
{
	return recvfrom(fd, destination, LENGTH, 0, NULL, NULL);
}
