/* SPDX-License-Identifier: 0BSD */
/* inet_pton: an AF_INET6 address (16 bytes) into a struct in_addr (4 bytes)
 * fails the compile and names the function; gcc also states both sizes.
 * An AF_INET address compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DFAMILY=AF_INET -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}inet_pton: writing past the end of the destination object
 * GCC-DAG: writing 16 bytes into a region of size 4
 */
#include <arpa/inet.h>

#ifndef FAMILY
#define FAMILY AF_INET6
#endif

struct in_addr address;

int parse(const char *text)
{
	return inet_pton(FAMILY, text, &address);
}
