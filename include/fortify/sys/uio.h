/* SPDX-License-Identifier: 0BSD */
/* gcc -pedantic warns about #include_next, except in a system header. */
#pragma GCC system_header
#include_next <sys/uio.h>
#include "../__fortify.h"
#if defined(__fortify_level) && !defined(__fortify_sys_uio_h)
#define __fortify_sys_uio_h
__fortify_begin

/*
 * Guards as in string.h: libc's declaration around, #ifndef name within.
 * The array must hold iovcnt entries.
 */

#ifndef readv
__fortify_declare_libc(readv)
__fortify_wrapper ssize_t
readv(int __fd, const struct iovec *const __iov __fortify_pass_bos, int __iovcnt)
	__fortify_diagnose_signed_count(readv, read, __iovcnt, sizeof(struct iovec), __fortify_bos(__iov))
{
	__fortify_check_signed_count(readv, read, __iov, __iovcnt, sizeof(struct iovec), __fortify_bos(__iov));
	return __fortify_libc(readv)(__fd, __iov, __iovcnt);
}
__fortify_redeclare_libc(readv)
#endif

#ifndef writev
__fortify_declare_libc(writev)
__fortify_wrapper ssize_t
writev(int __fd, const struct iovec *const __iov __fortify_pass_bos, int __iovcnt)
	__fortify_diagnose_signed_count(writev, read, __iovcnt, sizeof(struct iovec), __fortify_bos(__iov))
{
	__fortify_check_signed_count(writev, read, __iov, __iovcnt, sizeof(struct iovec), __fortify_bos(__iov));
	return __fortify_libc(writev)(__fd, __iov, __iovcnt);
}
__fortify_redeclare_libc(writev)
#endif

#if defined(__GLIBC__) ? defined(__USE_MISC) : defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
#ifndef preadv
__fortify_declare_libc_off_t(preadv)
__fortify_wrapper ssize_t
preadv(int __fd, const struct iovec *const __iov __fortify_pass_bos, int __iovcnt,
	off_t __offset)
	__fortify_diagnose_signed_count(preadv, read, __iovcnt, sizeof(struct iovec), __fortify_bos(__iov))
{
	__fortify_check_signed_count(preadv, read, __iov, __iovcnt, sizeof(struct iovec), __fortify_bos(__iov));
	return __fortify_libc(preadv)(__fd, __iov, __iovcnt, __offset);
}
__fortify_redeclare_libc(preadv)
#endif

#ifndef pwritev
__fortify_declare_libc_off_t(pwritev)
__fortify_wrapper ssize_t
pwritev(int __fd, const struct iovec *const __iov __fortify_pass_bos, int __iovcnt,
	off_t __offset)
	__fortify_diagnose_signed_count(pwritev, read, __iovcnt, sizeof(struct iovec), __fortify_bos(__iov))
{
	__fortify_check_signed_count(pwritev, read, __iov, __iovcnt, sizeof(struct iovec), __fortify_bos(__iov));
	return __fortify_libc(pwritev)(__fd, __iov, __iovcnt, __offset);
}
__fortify_redeclare_libc(pwritev)
#endif
#endif

/* musl's preadv64 and pwritev64 are macros for preadv and pwritev. */
#if defined(__GLIBC__) && defined(__USE_MISC) && defined(__USE_LARGEFILE64)
#ifndef preadv64
__fortify_declare_libc(preadv64)
__fortify_wrapper ssize_t
preadv64(int __fd, const struct iovec *const __iov __fortify_pass_bos, int __iovcnt,
	off64_t __offset)
	__fortify_diagnose_signed_count(preadv64, read, __iovcnt, sizeof(struct iovec), __fortify_bos(__iov))
{
	__fortify_check_signed_count(preadv64, read, __iov, __iovcnt, sizeof(struct iovec), __fortify_bos(__iov));
	return __fortify_libc(preadv64)(__fd, __iov, __iovcnt, __offset);
}
__fortify_redeclare_libc(preadv64)
#endif

#ifndef pwritev64
__fortify_declare_libc(pwritev64)
__fortify_wrapper ssize_t
pwritev64(int __fd, const struct iovec *const __iov __fortify_pass_bos, int __iovcnt,
	off64_t __offset)
	__fortify_diagnose_signed_count(pwritev64, read, __iovcnt, sizeof(struct iovec), __fortify_bos(__iov))
{
	__fortify_check_signed_count(pwritev64, read, __iov, __iovcnt, sizeof(struct iovec), __fortify_bos(__iov));
	return __fortify_libc(pwritev64)(__fd, __iov, __iovcnt, __offset);
}
__fortify_redeclare_libc(pwritev64)
#endif
#endif

__fortify_end
#endif
