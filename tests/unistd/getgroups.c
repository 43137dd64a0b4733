/* SPDX-License-Identifier: 0BSD */
/* getgroups(n, list) writes at most n group IDs: it checks them against the
 * list, a sub-object from level 2 on. n <= 0 writes nothing (0 asks for the
 * count) and is never checked.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %t also-fits | FileCheck %s --check-prefix=COUNT
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned what libc does, dst holds what libc writes
 * COUNT: getgroups(0, NULL) returned the count, getgroups(-1, dst) returned -1
 */
#include <string.h>
#include <unistd.h>

#define ELEMENT gid_t

/* libc's getgroups, not the wrapper. */
static int (*const volatile plain)(int, gid_t *) = getgroups;

static void print_fit(int returned, const gid_t *dst);

#define WRITE(dst, n) getgroups((int)(n), dst)
#define FIT(dst) print_fit(WRITE(dst, opaque(ROOM)), dst)
#define ALSO_FITS(dst) printf("getgroups(0, NULL) returned %s, getgroups(-1, dst) returned %d\n", \
	getgroups((int)opaque(0), NULL) == plain(0, NULL) ? "the count" : "?", \
	getgroups(-(int)opaque(1), dst))
#include "harness.h"

/* Compares with libc's call into a list of the same size. */
static void print_fit(int returned, const gid_t *dst)
{
	gid_t list[ROOM];
	int expected;

	fill(list, 0, sizeof list);
	expected = plain(ROOM, list);
	printf("returned %s, dst holds %s\n", returned == expected ? "what libc does" : "?",
		memcmp(dst, list, sizeof list) == 0 ? "what libc writes" : "?");
}
