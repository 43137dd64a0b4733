/* SPDX-License-Identifier: 0BSD */
/* send checks the whole buffer it sends from at every level; the harness's
 * dst is that buffer here.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 8, peer received "abcdefg\0"
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>

static int peer;

/* A datagram socket connected to peer. */
static int connected(void)
{
	int fds[2];

	if (socketpair(AF_UNIX, SOCK_DGRAM, 0, fds) != 0) {
		perror("connected");
		exit(3);
	}
	peer = fds[1];
	return fds[0];
}

#define WRITE(dst, n) send(connected(), dst, n, 0)
#define FIT(dst) (set_string(dst, "abcdefg"), \
	print_bytes(WRITE(dst, opaque(ROOM)) == ROOM && recv(peer, sink, sizeof sink, 0) == ROOM \
		? "returned 8, peer received" : "returned ?", sink, ROOM))
#include "harness.h"
