/* SPDX-License-Identifier: 0BSD */
/* pwrite checks its source, the whole object at every level: the harness's
 * destination cases pass it the object to write out. pwrite-file-offset-bits.c
 * runs the same under _FILE_OFFSET_BITS=64.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * RUN: %outcome trap %t source
 * CHECK: returned 8, the file holds "\0\0abcdefg\0"
 */
#include <unistd.h>

static int output(void);
static void print_output(const char *label);

#define WRITE(dst, n) pwrite(output(), dst, n, 2)
#define READ(src, n) pwrite(output(), src, n, 2)
#define FIT(dst) (set_string(dst, "abcdefg"), print_output(WRITE(dst, opaque(ROOM)) == ROOM \
	? "returned 8, the file holds" : "returned ?"))
#include "harness.h"

static int fd;

/* An empty file to write to. */
static int output(void)
{
	FILE *f = tmpfile();

	if (f == NULL)
		exit(2);
	return fd = fileno(f);
}

/* Prints what was written to the file. */
static void print_output(const char *label)
{
	char got[4 * ROOM];
	ssize_t n;

	if ((n = pread(fd, got, sizeof got, 0)) < 0)
		exit(2);
	print_bytes(label, got, (size_t)n);
}
