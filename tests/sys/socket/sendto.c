/* SPDX-License-Identifier: 0BSD */
/* sendto checks the whole buffer it sends from at every level (dst is that
 * buffer here) and, built with ADDRESS, that the address (then dst) holds len
 * bytes, as a whole object. The address is a receiver's, one the kernel picks
 * (autobind): an AF_UNIX family, a NUL and five hex digits, exactly ROOM bytes.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s --check-prefix=BUFFER
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * RUN: %cc -DADDRESS %s -o %t.address
 * RUN: %t.address fit | FileCheck %s --check-prefix=ADDRESS
 * RUN: %outcome trap %t.address whole
 * RUN: %outcome no-trap %t.address member
 * RUN: %outcome %heap-outcome %t.address heap
 * BUFFER: returned 8, peer received "abcdefg\0"
 * ADDRESS: returned 16, peer received "abcdefghijklmnop"
 */
#define _GNU_SOURCE 1
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/un.h>

/* glibc's C prototypes take any struct sockaddr_* pointer as it is, through
 * a transparent union: the calls do so there. */
#if defined(__GLIBC__) && !defined(__cplusplus)
#define SOCKADDR(p) ((const struct sockaddr_un *)(p))
#else
#define SOCKADDR(p) ((const struct sockaddr *)(p))
#endif

static int peer;

#ifdef ADDRESS
/* An unconnected datagram socket; peer becomes one that the kernel names
 * (Linux's autobind), and its address of room bytes is written to address. */
static int unconnected(char *address, socklen_t room)
{
	sa_family_t family = AF_UNIX;
	socklen_t size = room;
	int fd = socket(AF_UNIX, SOCK_DGRAM, 0);

	peer = socket(AF_UNIX, SOCK_DGRAM, 0);
	if (fd < 0 || peer < 0 || bind(peer, (struct sockaddr *)&family, sizeof family) != 0
		|| getsockname(peer, (struct sockaddr *)address, &size) != 0 || size != room) {
		perror("unconnected");
		exit(3);
	}
	return fd;
}

#define WRITE(dst, n) \
	sendto(unconnected(dst, ROOM), letters, 2 * ROOM, 0, SOCKADDR(dst), (socklen_t)(n))
#define FIT(dst) \
	print_bytes(WRITE(dst, opaque(ROOM)) == 2 * ROOM && recv(peer, sink, sizeof sink, 0) == 2 * ROOM \
		? "returned 16, peer received" : "returned ?", sink, 2 * ROOM)
#else
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

#define WRITE(dst, n) sendto(connected(), dst, n, 0, NULL, 0)
#define FIT(dst) (set_string(dst, "abcdefg"), \
	print_bytes(WRITE(dst, opaque(ROOM)) == ROOM && recv(peer, sink, sizeof sink, 0) == ROOM \
		? "returned 8, peer received" : "returned ?", sink, ROOM))
#endif
#include "harness.h"
