/* SPDX-License-Identifier: 0BSD */
/* write checks its source, the whole object at every level: the harness's
 * destination cases pass it the object to write out.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * RUN: %outcome trap %t source
 * CHECK: returned 8, the pipe holds "abcdefg\0"
 */
#include <unistd.h>

static int output(void);
static void print_output(const char *label);

#define WRITE(dst, n) write(output(), dst, n)
#define READ(src, n) write(output(), src, n)
#define FIT(dst) (set_string(dst, "abcdefg"), print_output(WRITE(dst, opaque(ROOM)) == ROOM \
	? "returned 8, the pipe holds" : "returned ?"))
#include "harness.h"

static int fds[2];

/* A pipe to write to. */
static int output(void)
{
	if (pipe(fds) != 0)
		exit(2);
	return fds[1];
}

/* Prints what was written to the pipe. */
static void print_output(const char *label)
{
	char got[4 * ROOM];
	ssize_t n;

	if (close(fds[1]) != 0 || (n = read(fds[0], got, sizeof got)) < 0)
		exit(2);
	print_bytes(label, got, (size_t)n);
}
