/* SPDX-License-Identifier: 0BSD */
/* One function per wrapper, called with sizes the compiler cannot know. */
#define _GNU_SOURCE 1
/* musl 1.2.4 and later declare the *64 names only for this. */
#define _LARGEFILE64_SOURCE 1
#include <sys/uio.h>
ssize_t f_readv(int fd, const struct iovec *v, int n) { return readv(fd, v, n); }
ssize_t f_writev(int fd, const struct iovec *v, int n) { return writev(fd, v, n); }
ssize_t f_preadv(int fd, const struct iovec *v, int n, off_t o) { return preadv(fd, v, n, o); }
ssize_t f_pwritev(int fd, const struct iovec *v, int n, off_t o) { return pwritev(fd, v, n, o); }
#ifdef __GLIBC__
ssize_t f_preadv64(int fd, const struct iovec *v, int n, off64_t o) { return preadv64(fd, v, n, o); }
ssize_t f_pwritev64(int fd, const struct iovec *v, int n, off64_t o) { return pwritev64(fd, v, n, o); }
#endif
