/* SPDX-License-Identifier: 0BSD */
/* pwritev64 reads iovcnt entries of the array: it checks that many struct
 * iovec against the array, a sub-object from level 2 on. A count below 1 is
 * libc's to refuse. glibc only: musl's is a macro for pwritev.
 * REQUIRES: glibc
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %t also-fits | FileCheck %s --check-prefix=NEGATIVE
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 8, wrote "--abcdefgh"
 * NEGATIVE: returned -1 for -1 entries
 */
#define _GNU_SOURCE 1
#include <sys/uio.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

static char text[] = "abcdefgh";
static char got[11];
static int file = -1;

/* Points n entries at one byte each of text. */
static void scatter(struct iovec *iov, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		iov[i].iov_base = text + i;
		iov[i].iov_len = 1;
	}
}

/* A new temporary file holding "--". */
static int new_file(void)
{
	FILE *f = tmpfile();

	if (!f || write(fileno(f), "--", 2) != 2)
		return -1;
	return file = fileno(f);
}

/* What the file holds, up to 10 bytes. */
static const char *contents(void)
{
	if (pread(file, got, 10, 0) < 0)
		return "?";
	return got;
}

#define ELEMENT struct iovec
#define WRITE(dst, n) pwritev64(open("/dev/null", O_WRONLY), dst, (int)(n), 0)
#define FIT(dst) (scatter(dst, ROOM), \
	printf("returned %d,", (int)pwritev64(new_file(), dst, (int)opaque(ROOM), 2)), \
	printf(" wrote \"%s\"\n", contents()))
#define ALSO_FITS(dst) printf("returned %d for -1 entries\n", \
	(int)pwritev64(new_file(), dst, -(int)opaque(1), 0))
#include "harness.h"
