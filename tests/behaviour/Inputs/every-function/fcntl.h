/* SPDX-License-Identifier: 0BSD */
/* Calls every fcntl.h wrapper with flags known and unknown, with a mode and
 * without. */
#include <fcntl.h>

void use_fcntl(char *unknown, int fd);

void use_fcntl(char *unknown, int fd)
{
	int total;

	total = open(unknown, O_RDONLY);
	total += open(unknown, fd);
	total += open(unknown, O_CREAT | O_WRONLY, 0600);
	total += open(unknown, fd, (mode_t)0600);
#if defined(__GLIBC__) ? defined(__USE_ATFILE) : 1
	total += openat(fd, unknown, O_RDONLY);
	total += openat(fd, unknown, fd);
	total += openat(fd, unknown, O_CREAT | O_WRONLY, 0600);
	total += openat(fd, unknown, fd, (mode_t)0600);
#endif
#if defined(__GLIBC__) && defined(__USE_LARGEFILE64)
	total += open64(unknown, O_RDONLY);
	total += open64(unknown, fd);
	total += open64(unknown, O_CREAT | O_WRONLY, 0600);
	total += open64(unknown, fd, (mode_t)0600);
#ifdef __USE_ATFILE
	total += openat64(fd, unknown, O_RDONLY);
	total += openat64(fd, unknown, fd);
	total += openat64(fd, unknown, O_CREAT | O_WRONLY, 0600);
	total += openat64(fd, unknown, fd, (mode_t)0600);
#endif
#endif
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 43) && defined(__USE_GNU)
	{
		static struct open_how how;

		total += openat2(fd, unknown, &how, sizeof how);
		total += openat2(fd, unknown, (const struct open_how *)(void *)unknown, (size_t)fd);
	}
#endif
	unknown[0] = (char)total;
}
