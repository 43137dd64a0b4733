/* SPDX-License-Identifier: 0BSD */
/* poll declared by <sys/poll.h> alone, which glibc's <poll.h> only includes
 * (musl's redirects to <poll.h>): checked as through <poll.h>, an nfds
 * larger than the array traps (issue #14). -Wno-cpp: musl's redirect says
 * so with a #warning.
 * RUN: %cc -Wno-cpp %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t overflow
 * CHECK: polled 0
 */
#include <stdio.h>
#include <string.h>
#include <sys/poll.h>

/* A count the optimiser cannot see through. */
static nfds_t opaque(nfds_t n)
{
	volatile nfds_t hidden = n;

	return hidden;
}

int main(int argc, char **argv)
{
	struct pollfd fds[2];
	nfds_t n = opaque(argc > 1 && strcmp(argv[1], "overflow") == 0 ? 3 : 2);
	int polled;

	memset(fds, 0, sizeof fds);
	fds[0].fd = -1;
	fds[1].fd = -1;
	polled = poll(fds, n, 0);
	if (n > 2)
		printf("no trap\n");
	else
		printf("polled %d\n", polled);
	return 0;
}
