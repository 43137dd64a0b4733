/* SPDX-License-Identifier: 0BSD */
/* poll reads and writes nfds entries: it checks that many struct pollfd
 * against the array, a sub-object from level 2 on.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 8, 8 entries writable
 */
#include <poll.h>
#include <stdio.h>
#include <unistd.h>

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
#define WRITE(dst, n) poll(dst, n, 0)
#define FIT(dst) (writable(dst, ROOM), \
	print_polled(poll(dst, opaque(ROOM), 0), dst, ROOM))
#include "harness.h"
