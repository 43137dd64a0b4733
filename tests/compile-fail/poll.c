/* SPDX-License-Identifier: 0BSD */
/* poll: a constant count of entries larger than the array fails the
 * compile and names the function; gcc also states both sizes, in bytes.
 * The largest count that fits compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DCOUNT=2 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}poll: writing past the end of the destination object
 * GCC-DAG: writing 24 bytes into a region of size 16
 */
#include <poll.h>

#ifndef COUNT
#define COUNT 3
#endif

struct pollfd fds[2];

int fill(void)
{
	return poll(fds, COUNT, 0);
}
