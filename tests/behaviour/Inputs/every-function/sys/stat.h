/* SPDX-License-Identifier: 0BSD */
/* Calls every sys/stat.h wrapper with a mask known and unknown. */
#include <sys/stat.h>

void use_sys_stat(char *unknown, int fd);

void use_sys_stat(char *unknown, int fd)
{
	unsigned int previous;

	previous = umask(022);
	previous |= umask((unsigned int)fd);
	unknown[0] = (char)previous;
}
