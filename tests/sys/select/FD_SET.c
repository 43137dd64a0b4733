/* SPDX-License-Identifier: 0BSD */
/* FD_SET traps on a descriptor outside 0 .. FD_SETSIZE - 1, whatever it
 * knows of the set, and on a set too small for the word that holds the
 * descriptor's bit (whole object), but not on a smaller set that holds it,
 * as an allocated one may be; a
 * constant descriptor outside fails the compile
 * (tests/compile-fail/FD_SET.c). The same through
 * <sys/types.h> and <sys/time.h>, which include <sys/select.h>.
 * RUN: %cc-errors-as-warnings %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t setsize
 * RUN: %outcome trap %t negative
 * RUN: %outcome trap %t small
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * RUN: %cc-errors-as-warnings -DHEADER='<sys/types.h>' %s -o %t.types
 * RUN: %t.types fit | FileCheck %s
 * RUN: %outcome trap %t.types setsize
 * RUN: %cc-errors-as-warnings -DHEADER='<sys/time.h>' %s -o %t.time
 * RUN: %outcome trap %t.time setsize
 * CHECK: set 0 1 1022 1023: 1 0 0 1
 */
#ifndef HEADER
#define HEADER <sys/select.h>
#endif
#include HEADER
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Longs enough for all but the last of an fd_set's descriptors. */
#define SHORT (FD_SETSIZE / (8 * sizeof(long)) - 1)

static int opaque(int n)
{
	volatile int hidden = n;

	return hidden;
}

static size_t opaque_size(size_t n)
{
	volatile size_t hidden = n;

	return hidden;
}

/* A set whose size the optimiser cannot see. */
__attribute__((__noinline__))
static fd_set *unknown(fd_set *set)
{
	return set;
}

/* A heap object of n bytes as far as the compiler can tell (alloc_size),
 * that has room for a whole fd_set. */
__attribute__((__noinline__, __malloc__, __alloc_size__(1)))
static void *alloc_with_slack(size_t n)
{
	return calloc(1, n + sizeof(fd_set));
}

int main(int argc, char **argv)
{
	const char *which = argc > 1 ? argv[1] : "";
	fd_set set;

	FD_ZERO(&set);
	if (strcmp(which, "fit") == 0) {
		FD_SET(opaque(0), &set);
		FD_SET(opaque(FD_SETSIZE - 1), unknown(&set));
		printf("set 0 1 %d %d: %d %d %d %d\n", FD_SETSIZE - 2, FD_SETSIZE - 1,
			FD_ISSET(0, &set), FD_ISSET(1, &set),
			FD_ISSET(FD_SETSIZE - 2, &set), FD_ISSET(FD_SETSIZE - 1, &set));
		return 0;
	} else if (strcmp(which, "setsize") == 0) {
		FD_SET(opaque(FD_SETSIZE), unknown(&set));
	} else if (strcmp(which, "negative") == 0) {
		FD_SET(opaque(-1), unknown(&set));
	} else if (strcmp(which, "small") == 0) {
		unsigned long small[SHORT];

		memset(small, 0, sizeof small);
		FD_SET(opaque(FD_SETSIZE - 1), (fd_set *)small);
	} else if (strcmp(which, "member") == 0) {
		struct {
			unsigned long member[SHORT];
			unsigned long after[SHORT];
		} s;

		memset(&s, 0, sizeof s);
		FD_SET(opaque(FD_SETSIZE - 1), (fd_set *)s.member);
	} else if (strcmp(which, "heap") == 0) {
		FD_SET(opaque(FD_SETSIZE - 1), (fd_set *)alloc_with_slack(opaque_size(sizeof(fd_set) - 1)));
	} else {
		printf("unknown case \"%s\"\n", which);
		return 2;
	}
	printf("no trap\n");
	return 0;
}
