/* SPDX-License-Identifier: 0BSD */
/* gcc -pedantic warns about #include_next, except in a system header. */
#pragma GCC system_header
#include_next <unistd.h>
#include "__fortify.h"
#if defined(__fortify_level) && !defined(__fortify_unistd_h)
#define __fortify_unistd_h
__fortify_begin

/*
 * Wrappers stand in groups under the feature-test macros with which glibc
 * (its internal __USE_* macros and version) or else musl declares the
 * functions, and each under #ifndef its name: where the name is a macro,
 * whatever that macro stands for, the wrapper would not be a wrapper of it.
 * glibc declares the cancellation points (read, write, pread, pwrite,
 * getlogin_r) and getentropy without __THROW, so their wrappers have no
 * __fortify_nothrow.
 */

#ifndef read
__fortify_declare_libc(read)
__fortify_wrapper ssize_t
read(int __fd, void *const __buf __fortify_pass_bos0, size_t __n)
	__fortify_diagnose(read, write, __n, __fortify_bos0(__buf))
{
	__fortify_check(read, write, __buf, __n, __fortify_bos0(__buf));
	return __fortify_libc(read)(__fd, __buf, __n);
}
__fortify_redeclare_libc(read)
#endif

#ifndef write
__fortify_declare_libc(write)
__fortify_wrapper ssize_t
write(int __fd, const void *const __buf __fortify_pass_bos0, size_t __n)
	__fortify_diagnose(write, read, __n, __fortify_bos0(__buf))
{
	__fortify_check(write, read, __buf, __n, __fortify_bos0(__buf));
	return __fortify_libc(write)(__fd, __buf, __n);
}
__fortify_redeclare_libc(write)
#endif

#if defined(__GLIBC__) ? defined(__USE_UNIX98) || defined(__USE_XOPEN2K8) : 1
#ifndef pread
__fortify_declare_libc_off_t(pread)
__fortify_wrapper ssize_t
pread(int __fd, void *const __buf __fortify_pass_bos0, size_t __n, off_t __offset)
	__fortify_diagnose(pread, write, __n, __fortify_bos0(__buf))
{
	__fortify_check(pread, write, __buf, __n, __fortify_bos0(__buf));
	return __fortify_libc(pread)(__fd, __buf, __n, __offset);
}
__fortify_redeclare_libc(pread)
#endif

#ifndef pwrite
__fortify_declare_libc_off_t(pwrite)
__fortify_wrapper ssize_t
pwrite(int __fd, const void *const __buf __fortify_pass_bos0, size_t __n, off_t __offset)
	__fortify_diagnose(pwrite, read, __n, __fortify_bos0(__buf))
{
	__fortify_check(pwrite, read, __buf, __n, __fortify_bos0(__buf));
	return __fortify_libc(pwrite)(__fd, __buf, __n, __offset);
}
__fortify_redeclare_libc(pwrite)
#endif
#endif

/* musl's pread64 and pwrite64 are macros for pread and pwrite. */
#if defined(__GLIBC__) && defined(__USE_LARGEFILE64) \
	&& (defined(__USE_UNIX98) || defined(__USE_XOPEN2K8))
#ifndef pread64
__fortify_declare_libc(pread64)
__fortify_wrapper ssize_t
pread64(int __fd, void *const __buf __fortify_pass_bos0, size_t __n, off64_t __offset)
	__fortify_diagnose(pread64, write, __n, __fortify_bos0(__buf))
{
	__fortify_check(pread64, write, __buf, __n, __fortify_bos0(__buf));
	return __fortify_libc(pread64)(__fd, __buf, __n, __offset);
}
__fortify_redeclare_libc(pread64)
#endif

#ifndef pwrite64
__fortify_declare_libc(pwrite64)
__fortify_wrapper ssize_t
pwrite64(int __fd, const void *const __buf __fortify_pass_bos0, size_t __n, off64_t __offset)
	__fortify_diagnose(pwrite64, read, __n, __fortify_bos0(__buf))
{
	__fortify_check(pwrite64, read, __buf, __n, __fortify_bos0(__buf));
	return __fortify_libc(pwrite64)(__fd, __buf, __n, __offset);
}
__fortify_redeclare_libc(pwrite64)
#endif
#endif

#if defined(__GLIBC__) ? defined(__USE_XOPEN_EXTENDED) || defined(__USE_XOPEN2K) : 1
#ifndef readlink
__fortify_declare_libc(readlink)
__fortify_wrapper ssize_t
readlink(const char *__path, char *const __buf __fortify_pass_bos, size_t __n) __fortify_nothrow
	__fortify_diagnose(readlink, write, __n, __fortify_bos(__buf))
{
	__fortify_check(readlink, write, __buf, __n, __fortify_bos(__buf));
	return __fortify_libc(readlink)(__path, __buf, __n);
}
__fortify_redeclare_libc(readlink)
#endif

#ifndef gethostname
__fortify_declare_libc(gethostname)
__fortify_wrapper int
gethostname(char *const __buf __fortify_pass_bos, size_t __n) __fortify_nothrow
	__fortify_diagnose(gethostname, write, __n, __fortify_bos(__buf))
{
	__fortify_check(gethostname, write, __buf, __n, __fortify_bos(__buf));
	return __fortify_libc(gethostname)(__buf, __n);
}
__fortify_redeclare_libc(gethostname)
#endif
#endif

#if defined(__GLIBC__) ? defined(__USE_ATFILE) : 1
#ifndef readlinkat
__fortify_declare_libc(readlinkat)
__fortify_wrapper ssize_t
readlinkat(int __fd, const char *__path, char *const __buf __fortify_pass_bos,
	size_t __n) __fortify_nothrow
	__fortify_diagnose(readlinkat, write, __n, __fortify_bos(__buf))
{
	__fortify_check(readlinkat, write, __buf, __n, __fortify_bos(__buf));
	return __fortify_libc(readlinkat)(__fd, __path, __buf, __n);
}
__fortify_redeclare_libc(readlinkat)
#endif
#endif

/* getcwd(NULL, n) is glibc's and musl's way to have the name allocated:
 * a null pointer's size is unknown, so it is never checked. */
#ifndef getcwd
__fortify_declare_libc(getcwd)
__fortify_wrapper char *
getcwd(char *const __buf __fortify_pass_bos, size_t __n) __fortify_nothrow
	__fortify_diagnose(getcwd, write, __n, __fortify_bos(__buf))
{
	__fortify_check(getcwd, write, __buf, __n, __fortify_bos(__buf));
	return __fortify_libc(getcwd)(__buf, __n);
}
__fortify_redeclare_libc(getcwd)
#endif

#if defined(__GLIBC__) ? defined(__USE_POSIX2) : 1
#ifndef confstr
__fortify_declare_libc(confstr)
__fortify_wrapper size_t
confstr(int __name, char *const __buf __fortify_pass_bos, size_t __n) __fortify_nothrow
	__fortify_diagnose(confstr, write, __n, __fortify_bos(__buf))
{
	__fortify_check(confstr, write, __buf, __n, __fortify_bos(__buf));
	return __fortify_libc(confstr)(__name, __buf, __n);
}
__fortify_redeclare_libc(confstr)
#endif
#endif

/* glibc's unistd.h declares getgroups always, gid_t only for X/Open and
 * POSIX 2001. */
#ifdef __GLIBC__
#define __fortify_gid_t __gid_t
#else
#define __fortify_gid_t gid_t
#endif
/* A count of 0 asks for the number of groups, a negative one is an error:
 * neither writes, whatever the list. */
#ifndef getgroups
__fortify_declare_libc(getgroups)
__fortify_wrapper int
getgroups(int __n, __fortify_gid_t *const __list __fortify_pass_bos) __fortify_nothrow
	__fortify_diagnose_signed_count(getgroups, write, __n, sizeof(*__list), __fortify_bos(__list))
{
	__fortify_check_signed_count(getgroups, write, __list, __n, sizeof(*__list), __fortify_bos(__list));
	return __fortify_libc(getgroups)(__n, __list);
}
__fortify_redeclare_libc(getgroups)
#endif

#if defined(__GLIBC__) ? defined(__USE_MISC) : defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
#ifndef getdomainname
__fortify_declare_libc(getdomainname)
__fortify_wrapper int
getdomainname(char *const __buf __fortify_pass_bos, size_t __n) __fortify_nothrow
	__fortify_diagnose(getdomainname, write, __n, __fortify_bos(__buf))
{
	__fortify_check(getdomainname, write, __buf, __n, __fortify_bos(__buf));
	return __fortify_libc(getdomainname)(__buf, __n);
}
__fortify_redeclare_libc(getdomainname)
#endif
#endif

#if defined(__GLIBC__) ? defined(__USE_POSIX199506) : 1
#ifndef getlogin_r
__fortify_declare_libc(getlogin_r)
__fortify_wrapper int
getlogin_r(char *const __buf __fortify_pass_bos, size_t __n)
	__fortify_diagnose(getlogin_r, write, __n, __fortify_bos(__buf))
{
	__fortify_check(getlogin_r, write, __buf, __n, __fortify_bos(__buf));
	return __fortify_libc(getlogin_r)(__buf, __n);
}
__fortify_redeclare_libc(getlogin_r)
#endif
#endif

#ifndef ttyname_r
__fortify_declare_libc(ttyname_r)
__fortify_wrapper int
ttyname_r(int __fd, char *const __buf __fortify_pass_bos, size_t __n) __fortify_nothrow
	__fortify_diagnose(ttyname_r, write, __n, __fortify_bos(__buf))
{
	__fortify_check(ttyname_r, write, __buf, __n, __fortify_bos(__buf));
	return __fortify_libc(ttyname_r)(__fd, __buf, __n);
}
__fortify_redeclare_libc(ttyname_r)
#endif

/* A negative count swaps nothing. Of an odd count, POSIX leaves the last
 * byte unspecified: the whole count is checked. */
#if defined(__GLIBC__) ? defined(__USE_XOPEN) \
	: defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
#ifndef swab
__fortify_declare_libc(swab)
__fortify_wrapper void
swab(const void *const __src __fortify_pass_bos0, void *const __dst __fortify_pass_bos0,
	ssize_t __n) __fortify_nothrow
	__fortify_diagnose_signed_count(swab, write, __n, 1, __fortify_bos0(__dst))
	__fortify_diagnose_signed_count(swab, read, __n, 1, __fortify_bos0(__src))
{
	__fortify_check_signed_count(swab, write, __dst, __n, 1, __fortify_bos0(__dst));
	__fortify_check_signed_count(swab, read, __src, __n, 1, __fortify_bos0(__src));
	__fortify_libc(swab)(__src, __dst, __n);
}
__fortify_redeclare_libc(swab)
#endif
#endif

#if defined(__GLIBC__) \
	? (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 25)) \
		&& defined(__USE_MISC) \
	: defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
#include "__getentropy.h"
#endif

__fortify_end
#endif
