/* SPDX-License-Identifier: 0BSD */
/* What libc's FD_SET, FD_CLR and FD_ISSET take without a word, they take
 * with the headers: a size_t descriptor under -Wconversion
 * -Wsign-conversion (a new warning on musl; issue #14), and a volatile
 * fd_set.
 * RUN: %cc -Wconversion -Wsign-conversion %s -o %t
 * RUN: %t | FileCheck %s
 * CHECK: size_t: set 1, cleared 0; volatile: set 1, cleared 0
 */
#include <stdio.h>
#include <sys/select.h>

int main(int argc, char **argv)
{
	size_t fd = (size_t)argc + 2;
	volatile fd_set shared = { { 0 } };
	fd_set set;
	int set_bit;

	(void)argv;
	FD_ZERO(&set);
	FD_SET(fd, &set);
	set_bit = FD_ISSET(fd, &set) != 0;
	FD_CLR(fd, &set);
	printf("size_t: set %d, cleared %d; ", set_bit, FD_ISSET(fd, &set) != 0);
	FD_SET(3, &shared);
	set_bit = FD_ISSET(3, &shared) != 0;
	FD_CLR(3, &shared);
	printf("volatile: set %d, cleared %d\n", set_bit, FD_ISSET(3, &shared) != 0);
	return 0;
}
