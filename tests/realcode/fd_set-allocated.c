/* SPDX-License-Identifier: 0BSD */
/* An fd_set allocated for the descriptors in use, smaller than
 * sizeof(fd_set) (OpenSSH's and libevent's idiom): FD_SET, FD_ISSET and
 * FD_CLR of a descriptor inside the allocation work, at level 3 too, where
 * its size is known (issue #14). A descriptor past the allocation traps
 * where its size is known (level 3); a negative one always.
 * RUN: %cc %s -o %t
 * RUN: %t fit 70 | FileCheck %s
 * RUN: %outcome %heap-outcome %t past 130
 * RUN: %outcome trap %t negative -1
 * CHECK: set 1, cleared 0
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/param.h>
#include <sys/select.h>

#ifndef howmany
#define howmany(x, y) (((x) + ((y) - 1)) / (y))
#endif

/* A maximum descriptor the optimiser cannot see through. */
static int opaque(int n)
{
	volatile int hidden = n;

	return hidden;
}

int main(int argc, char **argv)
{
	const char *which = argc > 1 ? argv[1] : "";
	int fd = argc > 2 ? atoi(argv[2]) : 0;
	int maxfd = opaque(70);
	fd_set *set;

	if (strcmp(which, "fit") == 0) {
		int set_bit;

		set = (fd_set *)calloc(howmany(maxfd + 1, NFDBITS), sizeof(fd_mask));
		if (set == NULL)
			return 1;
		FD_SET(fd, set);
		set_bit = FD_ISSET(fd, set) != 0;
		FD_CLR(fd, set);
		printf("set %d, cleared %d\n", set_bit, FD_ISSET(fd, set) != 0);
		free(set);
		return 0;
	}
	/* Where nothing traps, the write lands in the third word, within what
	 * malloc hands out for two, and the program ends without freeing. */
	set = (fd_set *)calloc(howmany(maxfd + 1, NFDBITS), sizeof(fd_mask));
	if (set == NULL)
		return 1;
	FD_SET(fd, set);
	printf("no trap\n");
	return 0;
}
