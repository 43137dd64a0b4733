/* SPDX-License-Identifier: 0BSD */
/* recvfrom checks the whole buffer at every level and, built with ADDRESS,
 * that the address buffer (then dst) holds *len bytes, as a whole object. The
 * sender's address is one the kernel picks (autobind): an AF_UNIX family, a
 * NUL and five hex digits, exactly ROOM bytes.
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
 * BUFFER: returned 8, dst holds "abcdefgh"
 * ADDRESS: returned 16, length 8, AF_UNIX "\0{{[0-9a-f]+}}"
 */
#define _GNU_SOURCE 1
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>

/* glibc's C prototypes take any struct sockaddr_* pointer as it is, through
 * a transparent union: the calls do so there. */
#if defined(__GLIBC__) && !defined(__cplusplus)
#define SOCKADDR(p) ((struct sockaddr_un *)(p))
#else
#define SOCKADDR(p) ((struct sockaddr *)(p))
#endif

/* A socket that the kernel names (Linux's autobind). */
static int autobound(int type)
{
	sa_family_t family = AF_UNIX;
	int fd = socket(AF_UNIX, type, 0);

	if (fd < 0 || bind(fd, (struct sockaddr *)&family, sizeof family) != 0) {
		perror("autobound");
		exit(3);
	}
	return fd;
}

/* A socket with a datagram of n bytes of message waiting, from an autobound
 * sender. */
static int pending(const char *message, size_t n)
{
	struct sockaddr_un name;
	socklen_t size = sizeof name;
	int fd = autobound(SOCK_DGRAM);

	if (getsockname(fd, (struct sockaddr *)&name, &size) != 0
		|| sendto(autobound(SOCK_DGRAM), message, n, 0, (struct sockaddr *)&name, size) != (ssize_t)n) {
		perror("pending");
		exit(3);
	}
	return fd;
}

#ifdef ADDRESS
static socklen_t length;

/* Prints label, length and the AF_UNIX address that the call wrote. */
static void print_address(const char *label, const char *address)
{
	sa_family_t family;

	memcpy(&family, address, sizeof family);
	printf("%s length %u, %s \"%s%.5s\"\n", label, (unsigned)length,
		family == AF_UNIX ? "AF_UNIX" : "?", address[2] == '\0' ? "\\0" : "?", address + 3);
}

#define WRITE(dst, n) (length = (socklen_t)(n), \
	recvfrom(pending(letters, 2 * ROOM), sink, sizeof sink, 0, SOCKADDR(dst), &length))
#define FIT(dst) print_address(WRITE(dst, opaque(ROOM)) == 2 * ROOM ? "returned 16," : "returned ?,", dst)
#else
#define WRITE(dst, n) recvfrom(pending(letters, 2 * ROOM), dst, n, 0, NULL, NULL)
#define FIT(dst) \
	print_bytes(WRITE(dst, opaque(ROOM)) == ROOM ? "returned 8, dst holds" : "returned ?", dst, ROOM)
#endif
#include "harness.h"
