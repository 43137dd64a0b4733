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
 * than one argument after the flags fails the compile. A mode that the flags
 * do not need is harmless, and common (open(path, O_RDONLY, 0)): libc
 * ignores it, and so do the wrappers.
 *
 * gcc forwards "..." from the wrapper with __builtin_va_arg_pack. clang
 * cannot: it has an overload, preferred over libc's declaration, without a
 * mode and one with too many arguments; a call with a mode is libc's, which
 * takes the mode as "..." and so any integer without a conversion warning.
 */

#define __fortify_open_missing_mode_message(fn) \
	#fn ": O_CREAT or O_TMPFILE needs a mode argument"
#define __fortify_open_arguments_message(fn) #fn ": too many arguments"

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
	__fortify_error_if(__fortify_open_needs_mode(__flags), __fortify_open_missing_mode_message(open))
{
	if (__fortify_open_needs_mode(__flags))
		__fortify_fail("open");
	return __fortify_libc(open)(__path, __flags);
}
__fortify_wrapper int
open(const char *const __path __fortify_preferred, int __flags, int __mode,
	int __extra, ...)
	__fortify_error_if(1, __fortify_open_arguments_message(open))
{
	(void)__extra;
	return __fortify_libc(open)(__path, __flags, __mode);
}
#else
__fortify_declare_libc_off_t(open)
__fortify_wrapper int
open(const char *__path, int __flags, ...)
{
	__fortify_error_when(__fortify_open_too_many_arguments, __builtin_va_arg_pack_len() > 1,
		__fortify_open_arguments_message(open));
	if (__builtin_va_arg_pack_len() == 0) {
		__fortify_error_when(__fortify_open_missing_mode, __fortify_open_needs_mode(__flags),
			__fortify_open_missing_mode_message(open));
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
	__fortify_error_if(__fortify_open_needs_mode(__flags), __fortify_open_missing_mode_message(openat))
{
	if (__fortify_open_needs_mode(__flags))
		__fortify_fail("openat");
	return __fortify_libc(openat)(__fd, __path, __flags);
}
__fortify_wrapper int
openat(int __fd, const char *const __path __fortify_preferred, int __flags, int __mode,
	int __extra, ...)
	__fortify_error_if(1, __fortify_open_arguments_message(openat))
{
	(void)__extra;
	return __fortify_libc(openat)(__fd, __path, __flags, __mode);
}
#else
__fortify_declare_libc_off_t(openat)
__fortify_wrapper int
openat(int __fd, const char *__path, int __flags, ...)
{
	__fortify_error_when(__fortify_openat_too_many_arguments, __builtin_va_arg_pack_len() > 1,
		__fortify_open_arguments_message(openat));
	if (__builtin_va_arg_pack_len() == 0) {
		__fortify_error_when(__fortify_openat_missing_mode, __fortify_open_needs_mode(__flags),
			__fortify_open_missing_mode_message(openat));
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
	__fortify_error_if(__fortify_open_needs_mode(__flags), __fortify_open_missing_mode_message(open64))
{
	if (__fortify_open_needs_mode(__flags))
		__fortify_fail("open64");
	return __fortify_libc(open64)(__path, __flags);
}
__fortify_wrapper int
open64(const char *const __path __fortify_preferred, int __flags, int __mode,
	int __extra, ...)
	__fortify_error_if(1, __fortify_open_arguments_message(open64))
{
	(void)__extra;
	return __fortify_libc(open64)(__path, __flags, __mode);
}
#else
__fortify_declare_libc(open64)
__fortify_wrapper int
open64(const char *__path, int __flags, ...)
{
	__fortify_error_when(__fortify_open64_too_many_arguments, __builtin_va_arg_pack_len() > 1,
		__fortify_open_arguments_message(open64));
	if (__builtin_va_arg_pack_len() == 0) {
		__fortify_error_when(__fortify_open64_missing_mode, __fortify_open_needs_mode(__flags),
			__fortify_open_missing_mode_message(open64));
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
	__fortify_error_if(__fortify_open_needs_mode(__flags), __fortify_open_missing_mode_message(openat64))
{
	if (__fortify_open_needs_mode(__flags))
		__fortify_fail("openat64");
	return __fortify_libc(openat64)(__fd, __path, __flags);
}
__fortify_wrapper int
openat64(int __fd, const char *const __path __fortify_preferred, int __flags, int __mode,
	int __extra, ...)
	__fortify_error_if(1, __fortify_open_arguments_message(openat64))
{
	(void)__extra;
	return __fortify_libc(openat64)(__fd, __path, __flags, __mode);
}
#else
__fortify_declare_libc(openat64)
__fortify_wrapper int
openat64(int __fd, const char *__path, int __flags, ...)
{
	__fortify_error_when(__fortify_openat64_too_many_arguments, __builtin_va_arg_pack_len() > 1,
		__fortify_open_arguments_message(openat64));
	if (__builtin_va_arg_pack_len() == 0) {
		__fortify_error_when(__fortify_openat64_missing_mode, __fortify_open_needs_mode(__flags),
			__fortify_open_missing_mode_message(openat64));
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

/* openat2 reads size bytes of *how, the kernel's extensible structure: a
 * size above sizeof(struct open_how) is valid for a caller whose structure
 * has the newer fields, so the object is what is checked (glibc 2.43, which
 * declares it, rejects any constant size above the structure's instead). */
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 43)) \
	&& defined(__USE_GNU)
#ifndef openat2
__fortify_declare_libc(openat2)
__fortify_wrapper int
openat2(int __fd, const char *__path, const struct open_how *const __how __fortify_pass_bos0,
	size_t __size)
	__fortify_diagnose(openat2, read, __size, __fortify_bos0(__how))
{
	__fortify_check(openat2, read, __how, __size, __fortify_bos0(__how));
	return __fortify_libc(openat2)(__fd, __path, __how, __size);
}
__fortify_redeclare_libc(openat2)
#endif
#endif

__fortify_end
#endif
