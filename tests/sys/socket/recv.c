/* SPDX-License-Identifier: 0BSD */
/* recv checks the whole buffer at every level.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 8, dst holds "abcdefgh"
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>

/* A socket with a datagram of n bytes of message waiting to be read. */
static int pending(const char *message, size_t n)
{
	int fds[2];

	if (socketpair(AF_UNIX, SOCK_DGRAM, 0, fds) != 0 || send(fds[1], message, n, 0) != (ssize_t)n) {
		perror("pending");
		exit(3);
	}
	return fds[0];
}

#define WRITE(dst, n) recv(pending(letters, 2 * ROOM), dst, n, 0)
#define FIT(dst) \
	print_bytes(WRITE(dst, opaque(ROOM)) == ROOM ? "returned 8, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
