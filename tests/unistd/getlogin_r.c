/* SPDX-License-Identifier: 0BSD */
/* getlogin_r checks the destination, a sub-object from level 2 on, against n.
 * The login name varies, and without a terminal there is none: the fit
 * compares with libc's own call.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned what libc does, dst holds what libc writes
 */
#include <string.h>
#include <unistd.h>

/* libc's getlogin_r, not the wrapper. */
static int (*const volatile plain)(char *, size_t) = getlogin_r;

static void print_fit(int returned, const char *dst);

#define WRITE(dst, n) getlogin_r(dst, n)
#define FIT(dst) print_fit(WRITE(dst, opaque(ROOM)), dst)
#include "harness.h"

/* Compares with libc's call into an object of the same size. */
static void print_fit(int returned, const char *dst)
{
	char name[ROOM];
	int expected;

	fill(name, 0, sizeof name);
	expected = plain(name, sizeof name);
	printf("returned %s, dst holds %s\n", returned == expected ? "what libc does" : "?",
		memcmp(dst, name, sizeof name) == 0 ? "what libc writes" : "?");
}
