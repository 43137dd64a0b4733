/* SPDX-License-Identifier: 0BSD */
/* getsockname checks that the address buffer holds *len bytes, as a whole
 * object at every level. The address is one the kernel picks (autobind): an
 * AF_UNIX family, a NUL and five hex digits, exactly ROOM bytes.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 0, length 8, AF_UNIX "\0{{[0-9a-f]+}}"
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

static socklen_t length;

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

/* Prints label, length and the AF_UNIX address that the call wrote. */
static void print_address(const char *label, const char *address)
{
	sa_family_t family;

	memcpy(&family, address, sizeof family);
	printf("%s length %u, %s \"%s%.5s\"\n", label, (unsigned)length,
		family == AF_UNIX ? "AF_UNIX" : "?", address[2] == '\0' ? "\\0" : "?", address + 3);
}

#define WRITE(dst, n) \
	(length = (socklen_t)(n), getsockname(autobound(SOCK_DGRAM), SOCKADDR(dst), &length))
#define FIT(dst) print_address(WRITE(dst, opaque(ROOM)) == 0 ? "returned 0," : "returned ?,", dst)
#include "harness.h"
