/* SPDX-License-Identifier: 0BSD */
/* preadv reads iovcnt entries of the array: it checks that many struct
 * iovec against the array, a sub-object from level 2 on. A count below 1 is
 * libc's to refuse. Calls bind to the symbol libc's header names (preadv64
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
 * CHECK: returned 8, read "cdefghij"
 * NEGATIVE: returned -1 for -1 entries
 */
#define _GNU_SOURCE 1
/* musl 1.2.4 and later declare the *64 names only for this. */
#define _LARGEFILE64_SOURCE 1
#include <sys/uio.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

/* preadv64.c runs these cases on preadv64. */
#ifndef FUNCTION
#define FUNCTION preadv
#endif

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

/* A new temporary file holding "abcdefghij". */
static int holding_letters(void)
{
	FILE *f = tmpfile();

	if (!f || write(fileno(f), "abcdefghij", 10) != 10)
		return -1;
	return fileno(f);
}

#define ELEMENT struct iovec
#define WRITE(dst, n) FUNCTION(open("/dev/null", O_RDONLY), dst, (int)(n), 0)
#define FIT(dst) (scatter(dst, ROOM), \
	printf("returned %d, read \"%s\"\n", (int)FUNCTION(holding_letters(), dst, (int)opaque(ROOM), 2), got))
#define ALSO_FITS(dst) printf("returned %d for -1 entries\n", \
	(int)FUNCTION(holding_letters(), dst, -(int)opaque(1), 0))
#include "harness.h"
