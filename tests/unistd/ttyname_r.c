/* SPDX-License-Identifier: 0BSD */
/* ttyname_r checks the destination, a sub-object from level 2 on, against
 * n. Tests may run without a terminal: they ask about a pipe, which is
 * none, and the fit gets libc's error (glibc's ERANGE for a buffer this
 * small, musl's ENOTTY).
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned libc's error, dst holds "\0\0\0\0\0\0\0\0"
 */
#include <unistd.h>

/* libc's ttyname_r, not the wrapper. */
static int (*const volatile plain)(int, char *, size_t) = ttyname_r;

static int pipe_end(void);

#define WRITE(dst, n) ttyname_r(pipe_end(), dst, n)
#define FIT(dst) print_bytes(WRITE(dst, opaque(ROOM)) == plain(pipe_end(), sink, ROOM) \
	&& plain(pipe_end(), sink, ROOM) != 0 ? "returned libc's error, dst holds" : "returned ?", \
	dst, ROOM)
#include "harness.h"

static int pipe_end(void)
{
	int fds[2];

	if (pipe(fds) != 0)
		exit(2);
	return fds[0];
}
