/* SPDX-License-Identifier: 0BSD */
/* Calls every sys/select.h wrapper with a size known and unknown. */
#include <sys/select.h>

void use_sys_select(char *unknown, int fd);

void use_sys_select(char *unknown, int fd)
{
	fd_set known;
	fd_set *set = (fd_set *)(void *)unknown;
	int total;

	FD_ZERO(&known);
	FD_SET(fd, &known);
	FD_SET(fd, set);
	FD_CLR(fd, &known);
	FD_CLR(fd, set);
	total = FD_ISSET(fd, &known);
	total += FD_ISSET(fd, set);
	total += select(fd + 1, &known, set, 0, 0);
	unknown[0] = (char)total;
}
