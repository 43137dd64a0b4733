/* SPDX-License-Identifier: 0BSD */
/* ppoll reads and writes nfds entries: it checks that many struct pollfd
 * against the array, a sub-object from level 2 on. Calls bind to the symbol
 * libc's header names: on 32-bit targets, with 64-bit time_t, __ppoll64
 * (glibc) or __ppoll_time64 (musl, whose x86_64 header does so too when
 * told _REDIR_TIME64, as its 32-bit targets' headers are).
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * RUN: for redirect in -U_REDIR_TIME64 -D_REDIR_TIME64=1; do \
 * RUN:   %compiler -O2 $redirect -c %s -o %t.plain.o && nm -u %t.plain.o > %t.plain || exit 1; \
 * RUN:   %cc $redirect -c %s -o %t.fortified.o && nm -u %t.fortified.o > %t.fortified || exit 1; \
 * RUN:   diff %t.plain %t.fortified || exit 1; \
 * RUN: done
 * CHECK: returned 8, 8 entries writable
 */
#define _GNU_SOURCE 1
#include <poll.h>
#include <stdio.h>
#include <unistd.h>

static struct timespec no_wait;

/* Sets n entries to wait for the write end of a new pipe. */
static void writable(struct pollfd *fds, int n)
{
	int ends[2];
	int i;

	if (pipe(ends) != 0)
		ends[1] = -1;
	for (i = 0; i < n; i++) {
		fds[i].fd = ends[1];
		fds[i].events = POLLOUT;
		fds[i].revents = 0;
	}
}

static void print_polled(int ret, const struct pollfd *fds, int n)
{
	int i, ready = 0;

	for (i = 0; i < n; i++)
		ready += fds[i].revents == POLLOUT;
	printf("returned %d, %d entries writable\n", ret, ready);
}

#define ELEMENT struct pollfd
#define WRITE(dst, n) ppoll(dst, n, &no_wait, NULL)
#define FIT(dst) (writable(dst, ROOM), \
	print_polled(ppoll(dst, opaque(ROOM), &no_wait, NULL), dst, ROOM))
#include "harness.h"
