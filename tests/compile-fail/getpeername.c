/* SPDX-License-Identifier: 0BSD */
/* getpeername: an address length larger than the address object, known to gcc
 * through *addr_len, fails the compile and names the function, with both
 * sizes. clang decides in the front end, which cannot read *addr_len: it
 * traps at run time only. The address's own size compiles without a word.
 * REQUIRES: gcc
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH='sizeof address' -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}getpeername: writing past the end of the destination object
 * GCC-DAG: writing 28 bytes into a region of size 16
 */
#include <netinet/in.h>
#include <sys/socket.h>

#ifndef LENGTH
#define LENGTH sizeof(struct sockaddr_in6)
#endif

struct sockaddr_in address;

int peer(int fd)
{
	socklen_t length = LENGTH;
	return getpeername(fd, (struct sockaddr *)&address, &length);
}
