/* SPDX-License-Identifier: 0BSD */
/* fwrite_unlocked writes n elements of size bytes from its source: it checks them
 * against the whole source at every level. WRITE reads from its dst too,
 * so whole, member and heap are cases of the source. In C,
 * glibc's optimising header also makes it a macro that copies small constant
 * sizes inline, unchecked: the wrapper removes it, so a constant 5 bytes from
 * 4 traps too (small).
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %t also-fits | FileCheck %s --check-prefix=ELEMENTS
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * RUN: %outcome trap %t source
 * RUN: %cc-errors-as-warnings -DSMALL_CONSTANT %s -o %t.small
 * RUN: %outcome trap %t.small source
 * CHECK: returned 8, the stream holds "abcdefg\0"
 * ELEMENTS: returned 2, the stream holds "abcdefg\0"
 */
#define _GNU_SOURCE 1
#include <stdio.h>

static FILE *output(void);
static void print_output(size_t returned);

#ifdef SMALL_CONSTANT
/* 5 bytes from the last 4 of the object. */
#define READ(src, n) ((void)(n), fwrite_unlocked((src) + ROOM - 4, 1, 5, output()))
#else
#define READ(src, n) fwrite_unlocked(src, 1, n, output())
#endif
#define WRITE(dst, n) READ(dst, n)
#define FIT(dst) (set_string(dst, "abcdefg"), \
	print_output(fwrite_unlocked(dst, 1, opaque(ROOM), output())))
#define ALSO_FITS(dst) (set_string(dst, "abcdefg"), \
	print_output(fwrite_unlocked(dst, 4, opaque(2), output())))
#include "harness.h"

static FILE *stream;

/* An empty stream. */
static FILE *output(void)
{
	stream = tmpfile();
	if (stream == NULL)
		exit(2);
	return stream;
}

static void print_output(size_t returned)
{
	char holds[4 * ROOM];
	size_t n;

	if (fseek(stream, 0, SEEK_SET) != 0)
		exit(2);
	n = fread(holds, 1, sizeof holds, stream);
	printf("returned %d, ", (int)returned);
	print_bytes("the stream holds", holds, n);
}
