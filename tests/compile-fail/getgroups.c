/* SPDX-License-Identifier: 0BSD */
/* getgroups: a constant count of groups larger than the list fails the
 * compile and names the function; gcc also states both sizes, in bytes.
 * The largest count that fits compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DCOUNT=2 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}getgroups: writing past the end of the destination object
 * GCC-DAG: writing 12 bytes into a region of size 8
 */
#include <unistd.h>

#ifndef COUNT
#define COUNT 3
#endif

gid_t groups[2];

int fill(void)
{
	return getgroups(COUNT, groups);
}
