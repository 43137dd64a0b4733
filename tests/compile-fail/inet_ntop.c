/* SPDX-License-Identifier: 0BSD */
/* inet_ntop: a constant size larger than the destination fails the
 * compile and names the function; gcc also states both sizes. The largest
 * size that fits compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DSIZE=8 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}inet_ntop: writing past the end of the destination object
 * GCC-DAG: writing 9 bytes into a region of size 8
 */
#include <arpa/inet.h>

#ifndef SIZE
#define SIZE 9
#endif

struct in_addr address;
char destination[8];

const char *format(void)
{
	return inet_ntop(AF_INET, &address, destination, SIZE);
}
