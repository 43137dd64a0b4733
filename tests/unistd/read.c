/* SPDX-License-Identifier: 0BSD */
/* read checks the whole destination at every level.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 8, dst holds "abcdefgh"
 */
#include <unistd.h>

static int input(void);

#define WRITE(dst, n) read(input(), dst, n)
#define FIT(dst) print_bytes(WRITE(dst, opaque(ROOM)) == ROOM \
	? "returned 8, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"

/* A pipe that holds the letters. */
static int input(void)
{
	int fds[2];

	if (pipe(fds) != 0 || write(fds[1], letters, 26) != 26 || close(fds[1]) != 0)
		exit(2);
	return fds[0];
}
