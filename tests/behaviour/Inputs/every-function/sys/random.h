/* SPDX-License-Identifier: 0BSD */
/* Calls every sys/random.h wrapper with sizes known and unknown. */
#include <sys/random.h>

void use_sys_random(char *unknown, int fd);

void use_sys_random(char *unknown, int fd)
{
	char known[16];
	ssize_t n;

	n = getrandom(known, sizeof known, 0);
	n += getrandom(unknown, (size_t)fd, GRND_NONBLOCK);
#ifdef __GLIBC__
	n += getentropy(known, sizeof known);
	n += getentropy(unknown, (size_t)fd);
#endif
	(void)n;
}
