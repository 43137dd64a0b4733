/* SPDX-License-Identifier: 0BSD */
/* readv reads iovcnt entries of the array: it checks that many struct iovec
 * against the array, a sub-object from level 2 on. A count below 1 is
 * libc's to refuse.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %t also-fits | FileCheck %s --check-prefix=NEGATIVE
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 8, read "abcdefgh"
 * NEGATIVE: returned -1 for -1 entries
 */
#include <sys/uio.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

static char got[9];

/* Points n entries at one byte each of got. */
static void scatter(struct iovec *iov, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		iov[i].iov_base = got + i;
		iov[i].iov_len = 1;
	}
}

/* The read end of a new pipe holding "abcdefgh". */
static int holding_letters(void)
{
	int ends[2];

	if (pipe(ends) != 0 || write(ends[1], "abcdefgh", 8) != 8)
		return -1;
	return ends[0];
}

#define ELEMENT struct iovec
#define WRITE(dst, n) readv(open("/dev/null", O_RDONLY), dst, (int)(n))
#define FIT(dst) (scatter(dst, ROOM), \
	printf("returned %d, read \"%s\"\n", (int)readv(holding_letters(), dst, (int)opaque(ROOM)), got))
#define ALSO_FITS(dst) printf("returned %d for -1 entries\n", \
	(int)readv(holding_letters(), dst, -(int)opaque(1)))
#include "harness.h"
