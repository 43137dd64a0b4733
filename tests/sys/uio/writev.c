/* SPDX-License-Identifier: 0BSD */
/* writev reads iovcnt entries of the array: it checks that many struct
 * iovec against the array, a sub-object from level 2 on. A count below 1 is
 * libc's to refuse.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %t also-fits | FileCheck %s --check-prefix=NEGATIVE
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 8, wrote "abcdefgh"
 * NEGATIVE: returned -1 for -1 entries
 */
#include <sys/uio.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

static char text[] = "abcdefgh";
static char got[9];
static int ends[2];

/* Points n entries at one byte each of text. */
static void scatter(struct iovec *iov, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		iov[i].iov_base = text + i;
		iov[i].iov_len = 1;
	}
}

/* The write end of a new pipe, whose read end is ends[0]. */
static int new_pipe(void)
{
	return pipe(ends) == 0 ? ends[1] : -1;
}

/* What the pipe holds, up to 8 bytes. */
static const char *drained(void)
{
	if (read(ends[0], got, 8) < 0)
		return "?";
	return got;
}

#define ELEMENT struct iovec
#define WRITE(dst, n) writev(open("/dev/null", O_WRONLY), dst, (int)(n))
#define FIT(dst) (scatter(dst, ROOM), \
	printf("returned %d,", (int)writev(new_pipe(), dst, (int)opaque(ROOM))), \
	printf(" wrote \"%s\"\n", drained()))
#define ALSO_FITS(dst) printf("returned %d for -1 entries\n", \
	(int)writev(new_pipe(), dst, -(int)opaque(1)))
#include "harness.h"
