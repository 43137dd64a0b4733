/* SPDX-License-Identifier: 0BSD */
/* getdomainname checks the destination, a sub-object from level 2 on, against n.
 * The domain name varies: the fit compares with libc's own call.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned what libc does, dst holds what libc writes
 */
#define _GNU_SOURCE 1
#include <string.h>
#include <unistd.h>

/* libc's getdomainname, not the wrapper. */
static int (*const volatile plain)(char *, size_t) = getdomainname;

static void print_fit(int returned, const char *dst);

#define WRITE(dst, n) getdomainname(dst, n)
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
