/* SPDX-License-Identifier: 0BSD */
/* An array of fd_mask used as an fd_set, smaller than sizeof(fd_set):
 * FD_SET, FD_ISSET and FD_CLR of a constant descriptor inside it compile
 * without a word and work (issue #14). A descriptor past the array, or a
 * negative one, traps.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t past 200
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

int main(int argc, char **argv)
{
	const char *which = argc > 1 ? argv[1] : "";
	fd_mask words[howmany(70 + 1, NFDBITS)] = { 0 };
	fd_set *set = (fd_set *)(void *)words;

	if (strcmp(which, "fit") == 0) {
		int set_bit;

		FD_SET(70, set);
		set_bit = FD_ISSET(70, set) != 0;
		FD_CLR(70, set);
		printf("set %d, cleared %d\n", set_bit, FD_ISSET(70, set) != 0);
		return 0;
	}
	FD_SET(argc > 2 ? atoi(argv[2]) : 0, set);
	printf("no trap\n");
	return 0;
}
