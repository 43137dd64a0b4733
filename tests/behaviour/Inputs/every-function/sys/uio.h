/* SPDX-License-Identifier: 0BSD */
/* Calls every sys/uio.h wrapper with sizes known and unknown. */
#include <sys/uio.h>

void use_sys_uio(char *unknown, int fd);

void use_sys_uio(char *unknown, int fd)
{
	struct iovec iov[2];
	const struct iovec *some = (const struct iovec *)(void *)unknown;
	ssize_t n;

	iov[0].iov_base = unknown;
	iov[0].iov_len = 1;
	iov[1] = iov[0];
	n = readv(fd, iov, 2);
	n += readv(fd, some, fd);
	n += writev(fd, iov, 2);
	n += writev(fd, some, fd);
#ifdef _GNU_SOURCE
	n += preadv(fd, iov, 2, 0);
	n += preadv(fd, some, fd, 0);
	n += pwritev(fd, iov, 2, 0);
	n += pwritev(fd, some, fd, 0);
#endif
/* Where declared: musl 1.2.4 and later have the *64 names (macros) only
 * for _LARGEFILE64_SOURCE, which _GNU_SOURCE no longer implies. */
#if defined(__GLIBC__) ? defined(__USE_GNU) && defined(__USE_LARGEFILE64) : defined(preadv64)
	n += preadv64(fd, iov, 2, 0);
	n += preadv64(fd, some, fd, 0);
	n += pwritev64(fd, iov, 2, 0);
	n += pwritev64(fd, some, fd, 0);
#endif
	(void)n;
}
