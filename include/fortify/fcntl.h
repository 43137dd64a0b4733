/* SPDX-License-Identifier: 0BSD */
/* gcc -pedantic warns about #include_next, except in a system header. */
#pragma GCC system_header
#include_next <fcntl.h>
#include "__fortify.h"
#if defined(__fortify_level) && !defined(__fortify_fcntl_h)
#define __fortify_fcntl_h
__fortify_begin

/*
 * open and openat read a mode argument when the flags create a file
 * (O_CREAT, or all the bits of O_TMPFILE, which include O_DIRECTORY's);
 * without one, libc reads whatever is there. A missing mode fails the
 * compile where the flags are constants and traps where they are not; more
 * than one argument after the flags fails the compile.
 *
 * gcc forwards "..." from the wrapper with __builtin_va_arg_pack. clang
 * cannot: a call with a mode goes straight to libc's declaration, untouched;
 * a wrapper without the mode parameter, preferred over libc's declaration,
 * takes the calls without one; and an overload that is only declared takes
 * the calls with too many arguments, to fail their compile.
 */

/* glibc defines O_TMPFILE only with _GNU_SOURCE, __O_TMPFILE always. */
#ifdef __O_TMPFILE
#define __fortify_open_needs_mode(flags) \
	(((flags) & O_CREAT) != 0 || ((flags) & __O_TMPFILE) == __O_TMPFILE)
#else
#define __fortify_open_needs_mode(flags) \
	(((flags) & O_CREAT) != 0 || ((flags) & O_TMPFILE) == O_TMPFILE)
#endif

#ifndef open
#ifdef __clang__
__fortify_wrapper int
open(const char *const __path __fortify_preferred, int __flags)
	__fortify_error_if(__fortify_open_needs_mode(__flags),
		"open: O_CREAT or O_TMPFILE needs a mode argument")
{
	if (__fortify_open_needs_mode(__flags))
		__fortify_fail("open");
	return __fortify_libc(open)(__path, __flags);
}
extern int open(const char *const __path __fortify_preferred, int __flags,
	int __mode, int __extra, ...) __attribute__((__overloadable__))
	__fortify_error_if(1, "open: too many arguments");
#else
__fortify_declare_libc_off_t(open)
__fortify_error_function(__fortify_open_needs_mode_error,
	"open: O_CREAT or O_TMPFILE needs a mode argument")
__fortify_error_function(__fortify_open_arguments_error, "open: too many arguments")
__fortify_wrapper int
open(const char *__path, int __flags, ...)
{
	__fortify_error_when(__builtin_va_arg_pack_len() > 1, __fortify_open_arguments_error);
	if (__builtin_va_arg_pack_len() == 0) {
		__fortify_error_when(__fortify_open_needs_mode(__flags),
			__fortify_open_needs_mode_error);
		if (__fortify_open_needs_mode(__flags))
			__fortify_fail("open");
	}
	return __fortify_libc(open)(__path, __flags, __builtin_va_arg_pack());
}
#endif
__fortify_redeclare_libc(open)
#endif

#if defined(__GLIBC__) ? defined(__USE_ATFILE) : 1
#ifndef openat
#ifdef __clang__
__fortify_wrapper int
openat(int __fd, const char *const __path __fortify_preferred, int __flags)
	__fortify_error_if(__fortify_open_needs_mode(__flags),
		"openat: O_CREAT or O_TMPFILE needs a mode argument")
{
	if (__fortify_open_needs_mode(__flags))
		__fortify_fail("openat");
	return __fortify_libc(openat)(__fd, __path, __flags);
}
extern int openat(int __fd, const char *const __path __fortify_preferred, int __flags,
	int __mode, int __extra, ...) __attribute__((__overloadable__))
	__fortify_error_if(1, "openat: too many arguments");
#else
__fortify_declare_libc_off_t(openat)
__fortify_error_function(__fortify_openat_needs_mode_error,
	"openat: O_CREAT or O_TMPFILE needs a mode argument")
__fortify_error_function(__fortify_openat_arguments_error, "openat: too many arguments")
__fortify_wrapper int
openat(int __fd, const char *__path, int __flags, ...)
{
	__fortify_error_when(__builtin_va_arg_pack_len() > 1, __fortify_openat_arguments_error);
	if (__builtin_va_arg_pack_len() == 0) {
		__fortify_error_when(__fortify_open_needs_mode(__flags),
			__fortify_openat_needs_mode_error);
		if (__fortify_open_needs_mode(__flags))
			__fortify_fail("openat");
	}
	return __fortify_libc(openat)(__fd, __path, __flags, __builtin_va_arg_pack());
}
#endif
__fortify_redeclare_libc(openat)
#endif
#endif

/* musl's open64 and openat64, where it has them, are macros for open and
 * openat. */
#if defined(__GLIBC__) && defined(__USE_LARGEFILE64)
#ifndef open64
#ifdef __clang__
__fortify_wrapper int
open64(const char *const __path __fortify_preferred, int __flags)
	__fortify_error_if(__fortify_open_needs_mode(__flags),
		"open64: O_CREAT or O_TMPFILE needs a mode argument")
{
	if (__fortify_open_needs_mode(__flags))
		__fortify_fail("open64");
	return __fortify_libc(open64)(__path, __flags);
}
extern int open64(const char *const __path __fortify_preferred, int __flags,
	int __mode, int __extra, ...) __attribute__((__overloadable__))
	__fortify_error_if(1, "open64: too many arguments");
#else
__fortify_declare_libc(open64)
__fortify_error_function(__fortify_open64_needs_mode_error,
	"open64: O_CREAT or O_TMPFILE needs a mode argument")
__fortify_error_function(__fortify_open64_arguments_error, "open64: too many arguments")
__fortify_wrapper int
open64(const char *__path, int __flags, ...)
{
	__fortify_error_when(__builtin_va_arg_pack_len() > 1, __fortify_open64_arguments_error);
	if (__builtin_va_arg_pack_len() == 0) {
		__fortify_error_when(__fortify_open_needs_mode(__flags),
			__fortify_open64_needs_mode_error);
		if (__fortify_open_needs_mode(__flags))
			__fortify_fail("open64");
	}
	return __fortify_libc(open64)(__path, __flags, __builtin_va_arg_pack());
}
#endif
__fortify_redeclare_libc(open64)
#endif

#ifdef __USE_ATFILE
#ifndef openat64
#ifdef __clang__
__fortify_wrapper int
openat64(int __fd, const char *const __path __fortify_preferred, int __flags)
	__fortify_error_if(__fortify_open_needs_mode(__flags),
		"openat64: O_CREAT or O_TMPFILE needs a mode argument")
{
	if (__fortify_open_needs_mode(__flags))
		__fortify_fail("openat64");
	return __fortify_libc(openat64)(__fd, __path, __flags);
}
extern int openat64(int __fd, const char *const __path __fortify_preferred, int __flags,
	int __mode, int __extra, ...) __attribute__((__overloadable__))
	__fortify_error_if(1, "openat64: too many arguments");
#else
__fortify_declare_libc(openat64)
__fortify_error_function(__fortify_openat64_needs_mode_error,
	"openat64: O_CREAT or O_TMPFILE needs a mode argument")
__fortify_error_function(__fortify_openat64_arguments_error, "openat64: too many arguments")
__fortify_wrapper int
openat64(int __fd, const char *__path, int __flags, ...)
{
	__fortify_error_when(__builtin_va_arg_pack_len() > 1, __fortify_openat64_arguments_error);
	if (__builtin_va_arg_pack_len() == 0) {
		__fortify_error_when(__fortify_open_needs_mode(__flags),
			__fortify_openat64_needs_mode_error);
		if (__fortify_open_needs_mode(__flags))
			__fortify_fail("openat64");
	}
	return __fortify_libc(openat64)(__fd, __path, __flags, __builtin_va_arg_pack());
}
#endif
__fortify_redeclare_libc(openat64)
#endif
#endif
#endif

__fortify_end
#endif
