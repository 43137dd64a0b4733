/* SPDX-License-Identifier: 0BSD */
/* inet_ntop: formatting an AF_INET6 address (16 bytes) read from a struct
 * in_addr (4 bytes) fails the compile and names the function; gcc also
 * states both sizes. An AF_INET address compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DFAMILY=AF_INET -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}inet_ntop: reading past the end of the source object
 * GCC-DAG: reading 16 bytes from a region of size 4
 */
#include <arpa/inet.h>

#ifndef FAMILY
#define FAMILY AF_INET6
#endif

struct in_addr address;
char text[INET6_ADDRSTRLEN];

const char *format(void)
{
	return inet_ntop(FAMILY, &address, text, sizeof text);
}
