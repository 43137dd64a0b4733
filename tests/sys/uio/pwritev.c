/* SPDX-License-Identifier: 0BSD */
/* pwritev reads iovcnt entries of the array: it checks that many struct
 * iovec against the array, a sub-object from level 2 on. A count below 1 is
 * libc's to refuse. Calls bind to the symbol libc's header names (pwritev64
 * with _FILE_OFFSET_BITS=64 on glibc).
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %t also-fits | FileCheck %s --check-prefix=NEGATIVE
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * RUN: for bits in 32 64; do \
 * RUN:   %compiler -O2 -D_FILE_OFFSET_BITS=$bits -c %s -o %t.plain.o && nm -u %t.plain.o > %t.plain || exit 1; \
 * RUN:   %cc -D_FILE_OFFSET_BITS=$bits -c %s -o %t.fortified.o && nm -u %t.fortified.o > %t.fortified || exit 1; \
 * RUN:   diff %t.plain %t.fortified || exit 1; \
 * RUN: done
 * CHECK: returned 8, wrote "--abcdefgh"
 * NEGATIVE: returned -1 for -1 entries
 */
#define _GNU_SOURCE 1
/* musl 1.2.4 and later declare the *64 names only for this. */
#define _LARGEFILE64_SOURCE 1
#include <sys/uio.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

/* pwritev64.c runs these cases on pwritev64. */
#ifndef FUNCTION
#define FUNCTION pwritev
#endif

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
#define WRITE(dst, n) FUNCTION(open("/dev/null", O_WRONLY), dst, (int)(n), 0)
#define FIT(dst) (scatter(dst, ROOM), \
	printf("returned %d,", (int)FUNCTION(new_file(), dst, (int)opaque(ROOM), 2)), \
	printf(" wrote \"%s\"\n", contents()))
#define ALSO_FITS(dst) printf("returned %d for -1 entries\n", \
	(int)FUNCTION(new_file(), dst, -(int)opaque(1), 0))
#include "harness.h"
