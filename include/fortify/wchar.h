/* SPDX-License-Identifier: 0BSD */
/* gcc -pedantic warns about #include_next, except in a system header. */
#pragma GCC system_header
#include_next <wchar.h>
#include "__fortify.h"
#if defined(__fortify_level) && !defined(__fortify_wchar_h)
#define __fortify_wchar_h
__fortify_begin

/*
 * Guards as in string.h: libc's declaration around, #ifndef name within.
 * Counts of wide characters are checked as such (__fortify_check_count);
 * the sizes are glibc's: whole object for wmem*, sub-object for the rest.
 * Streams are struct _IO_FILE: glibc's <wchar.h> names that type only
 * __FILE before POSIX, musl's only FILE. wcslen and wmemchr, not wrapped,
 * are called by name.
 */

/* wcsnlen without needing libc to declare it. */
__fortify_helper size_t
__fortify_wcsnlen(const wchar_t *__s, size_t __max)
{
	const wchar_t *__end = wmemchr(__s, L'\0', __max);

	return __end ? (size_t)(__end - __s) : __max;
}

#ifndef wmemcpy
__fortify_declare_libc(wmemcpy)
__fortify_wrapper wchar_t *
wmemcpy(wchar_t *const __dst __fortify_pass_bos0,
	const wchar_t *const __src __fortify_pass_bos0, size_t __n) __fortify_nothrow
	__fortify_diagnose_count(wmemcpy, write, __n, sizeof(wchar_t), __fortify_bos0(__dst))
	__fortify_diagnose_count(wmemcpy, read, __n, sizeof(wchar_t), __fortify_bos0(__src))
{
	__fortify_check_count(wmemcpy, write, __dst, __n, sizeof(wchar_t), __fortify_bos0(__dst));
	__fortify_check_count(wmemcpy, read, __src, __n, sizeof(wchar_t), __fortify_bos0(__src));
	return __fortify_libc(wmemcpy)(__dst, __src, __n);
}
__fortify_redeclare_libc(wmemcpy)
#endif

#ifndef wmemmove
__fortify_declare_libc(wmemmove)
__fortify_wrapper wchar_t *
wmemmove(wchar_t *const __dst __fortify_pass_bos0,
	const wchar_t *const __src __fortify_pass_bos0, size_t __n) __fortify_nothrow
	__fortify_diagnose_count(wmemmove, write, __n, sizeof(wchar_t), __fortify_bos0(__dst))
	__fortify_diagnose_count(wmemmove, read, __n, sizeof(wchar_t), __fortify_bos0(__src))
{
	__fortify_check_count(wmemmove, write, __dst, __n, sizeof(wchar_t), __fortify_bos0(__dst));
	__fortify_check_count(wmemmove, read, __src, __n, sizeof(wchar_t), __fortify_bos0(__src));
	return __fortify_libc(wmemmove)(__dst, __src, __n);
}
__fortify_redeclare_libc(wmemmove)
#endif

#ifndef wmemset
__fortify_declare_libc(wmemset)
__fortify_wrapper wchar_t *
wmemset(wchar_t *const __dst __fortify_pass_bos0, wchar_t __c, size_t __n) __fortify_nothrow
	__fortify_diagnose_count(wmemset, write, __n, sizeof(wchar_t), __fortify_bos0(__dst))
{
	__fortify_check_count(wmemset, write, __dst, __n, sizeof(wchar_t), __fortify_bos0(__dst));
	return __fortify_libc(wmemset)(__dst, __c, __n);
}
__fortify_redeclare_libc(wmemset)
#endif

#ifndef wcscpy
__fortify_declare_libc(wcscpy)
__fortify_wrapper wchar_t *
wcscpy(wchar_t *const __dst __fortify_pass_bos, const wchar_t *__src) __fortify_nothrow
	__fortify_diagnose_count(wcscpy, write, __builtin_wcslen(__src) + 1, sizeof(wchar_t),
		__fortify_bos(__dst))
{
	size_t __size = __fortify_bos(__dst);

	if (!__fortify_unknown(__size))
		__fortify_check_count(wcscpy, write, __dst, wcslen(__src) + 1, sizeof(wchar_t), __size);
	return __fortify_libc(wcscpy)(__dst, __src);
}
__fortify_redeclare_libc(wcscpy)
#endif

#ifndef wcsncpy
__fortify_declare_libc(wcsncpy)
__fortify_wrapper wchar_t *
wcsncpy(wchar_t *const __dst __fortify_pass_bos, const wchar_t *__src, size_t __n) __fortify_nothrow
	__fortify_diagnose_count(wcsncpy, write, __n, sizeof(wchar_t), __fortify_bos(__dst))
{
	__fortify_check_count(wcsncpy, write, __dst, __n, sizeof(wchar_t), __fortify_bos(__dst));
	return __fortify_libc(wcsncpy)(__dst, __src, __n);
}
__fortify_redeclare_libc(wcsncpy)
#endif

#ifndef wcscat
__fortify_declare_libc(wcscat)
__fortify_wrapper wchar_t *
wcscat(wchar_t *const __dst __fortify_pass_bos, const wchar_t *__src) __fortify_nothrow
	__fortify_diagnose_count(wcscat, write, __builtin_wcslen(__src) + 1, sizeof(wchar_t),
		__fortify_bos(__dst))
{
	size_t __size = __fortify_bos(__dst);

	if (!__fortify_unknown(__size))
		__fortify_check_count(wcscat, write, __dst, wcslen(__dst) + wcslen(__src) + 1,
			sizeof(wchar_t), __size);
	return __fortify_libc(wcscat)(__dst, __src);
}
__fortify_redeclare_libc(wcscat)
#endif

#ifndef wcsncat
__fortify_declare_libc(wcsncat)
__fortify_wrapper wchar_t *
wcsncat(wchar_t *const __dst __fortify_pass_bos, const wchar_t *__src, size_t __n) __fortify_nothrow
	__fortify_diagnose_count(wcsncat, write,
		(__builtin_wcslen(__src) < __n ? __builtin_wcslen(__src) : __n) + 1,
		sizeof(wchar_t), __fortify_bos(__dst))
{
	size_t __size = __fortify_bos(__dst);

	if (!__fortify_unknown(__size))
		__fortify_check_count(wcsncat, write, __dst,
			wcslen(__dst) + __fortify_wcsnlen(__src, __n) + 1, sizeof(wchar_t), __size);
	return __fortify_libc(wcsncat)(__dst, __src, __n);
}
__fortify_redeclare_libc(wcsncat)
#endif

/* fgetws and fgetws_unlocked with a count larger than the object: as
 * fgets, see stdio.h. */
__fortify_helper int
__fortify_wide_line_cut(const wchar_t *__line, size_t __size)
{
	size_t __len = 0;

	while (__len < __size && __line[__len] != L'\0')
		__len++;
	return __len == __size - 1 && (__size == 1 || __line[__size - 2] != L'\n');
}

/* A cancellation point in glibc: not __THROW. */
#ifndef fgetws
__fortify_declare_libc(fgetws)
__fortify_wrapper wchar_t *
fgetws(wchar_t *const __dst __fortify_pass_bos, int __n, struct _IO_FILE *__stream)
	__fortify_count_warning(fgetws, __n, sizeof(wchar_t), __fortify_bos(__dst))
{
	size_t __size = __fortify_bos(__dst) / sizeof(wchar_t);
	wchar_t *__line;

	__fortify_count_warning_when(__fortify_fgetws_count, fgetws, __n, sizeof(wchar_t),
		__fortify_bos(__dst));
	if (!__fortify_count_overflows(__fortify_positive(__n), sizeof(wchar_t), __fortify_bos(__dst)))
		return __fortify_libc(fgetws)(__dst, __n, __stream);
	if (__size == 0)
		__fortify_fail("fgetws");
	__line = __fortify_libc(fgetws)(__dst, (int)__fortify_opaque_size(__size), __stream);
	if (__line && __fortify_wide_line_cut(__dst, __size) && (fgetwc)(__stream) != WEOF)
		__fortify_fail("fgetws");
	return __line;
}
__fortify_redeclare_libc(fgetws)
#endif

/* A null dst asks only for the length: nothing is written, len is unused. */
#ifndef mbsrtowcs
__fortify_declare_libc(mbsrtowcs)
__fortify_wrapper size_t
mbsrtowcs(wchar_t *const __dst __fortify_pass_bos, const char **__src, size_t __len,
	mbstate_t *__ps) __fortify_nothrow
	__fortify_diagnose_count(mbsrtowcs, write, __len, sizeof(wchar_t), __fortify_bos(__dst))
{
	if (__dst)
		__fortify_check_count(mbsrtowcs, write, __dst, __len, sizeof(wchar_t), __fortify_bos(__dst));
	return __fortify_libc(mbsrtowcs)(__dst, __src, __len, __ps);
}
__fortify_redeclare_libc(mbsrtowcs)
#endif

#ifndef wcsrtombs
__fortify_declare_libc(wcsrtombs)
__fortify_wrapper size_t
wcsrtombs(char *const __dst __fortify_pass_bos, const wchar_t **__src, size_t __len,
	mbstate_t *__ps) __fortify_nothrow
	__fortify_diagnose(wcsrtombs, write, __len, __fortify_bos(__dst))
{
	if (__dst)
		__fortify_check(wcsrtombs, write, __dst, __len, __fortify_bos(__dst));
	return __fortify_libc(wcsrtombs)(__dst, __src, __len, __ps);
}
__fortify_redeclare_libc(wcsrtombs)
#endif

/*
 * How many bytes a character takes is known only once converted: into a
 * destination smaller than any character can be, convert into a buffer
 * that always has room, then trap only if the result does not fit.
 */
#ifndef wcrtomb
__fortify_declare_libc(wcrtomb)
__fortify_wrapper size_t
wcrtomb(char *const __dst __fortify_pass_bos, wchar_t __wc, mbstate_t *__ps) __fortify_nothrow
{
	size_t __size = __fortify_bos(__dst);
	char __buf[__fortify_mb_len_max];
	size_t __len;

	if (__fortify_unknown(__size) || __size >= sizeof __buf || !__dst)
		return __fortify_libc(wcrtomb)(__dst, __wc, __ps);
	__len = __fortify_libc(wcrtomb)(__buf, __wc, __ps);
	if (__len != (size_t)-1) {
		__fortify_check(wcrtomb, write, __dst, __len, __size);
		__builtin_memcpy(__dst, __buf, __len);
	}
	return __len;
}
__fortify_redeclare_libc(wcrtomb)
#endif

#if defined(__GLIBC__) ? defined(__USE_ISOC95) || defined(__USE_UNIX98) : 1
#ifndef vswprintf
__fortify_declare_libc(vswprintf)
__fortify_wrapper int
vswprintf(wchar_t *const __dst __fortify_pass_bos, size_t __n, const wchar_t *__fmt,
	__builtin_va_list __ap) __fortify_nothrow
	__fortify_diagnose_count(vswprintf, write, __n, sizeof(wchar_t), __fortify_bos(__dst))
{
	__fortify_check_count(vswprintf, write, __dst, __n, sizeof(wchar_t), __fortify_bos(__dst));
	return __fortify_libc(vswprintf)(__dst, __n, __fmt, __ap);
}
__fortify_redeclare_libc(vswprintf)
#endif

/* No format attribute: compilers check no wide formats. */
#ifndef swprintf
#ifdef __clang__
__fortify_variadic_wrapper int
swprintf(wchar_t *const __dst __fortify_pass_bos, size_t __n, const wchar_t *__fmt, ...) __fortify_nothrow
	__fortify_diagnose_count(swprintf, write, __n, sizeof(wchar_t), __fortify_bos(__dst))
{
	__builtin_va_list __ap;
	int __ret;

	__builtin_va_start(__ap, __fmt);
	__ret = (vswprintf)(__dst, __n, __fmt, __ap);
	__builtin_va_end(__ap);
	return __ret;
}
#else
__fortify_declare_libc(swprintf)
__fortify_wrapper int
swprintf(wchar_t *const __dst __fortify_pass_bos, size_t __n, const wchar_t *__fmt, ...) __fortify_nothrow
	__fortify_diagnose_count(swprintf, write, __n, sizeof(wchar_t), __fortify_bos(__dst))
{
	__fortify_check_count(swprintf, write, __dst, __n, sizeof(wchar_t), __fortify_bos(__dst));
	return __fortify_libc(swprintf)(__dst, __n, __fmt, __builtin_va_arg_pack());
}
#endif
__fortify_redeclare_libc(swprintf)
#endif
#endif

#if defined(__GLIBC__) && defined(__USE_GNU)
#ifndef wmempcpy
__fortify_declare_libc(wmempcpy)
__fortify_wrapper wchar_t *
wmempcpy(wchar_t *const __dst __fortify_pass_bos0,
	const wchar_t *const __src __fortify_pass_bos0, size_t __n) __fortify_nothrow
	__fortify_diagnose_count(wmempcpy, write, __n, sizeof(wchar_t), __fortify_bos0(__dst))
	__fortify_diagnose_count(wmempcpy, read, __n, sizeof(wchar_t), __fortify_bos0(__src))
{
	__fortify_check_count(wmempcpy, write, __dst, __n, sizeof(wchar_t), __fortify_bos0(__dst));
	__fortify_check_count(wmempcpy, read, __src, __n, sizeof(wchar_t), __fortify_bos0(__src));
	return __fortify_libc(wmempcpy)(__dst, __src, __n);
}
__fortify_redeclare_libc(wmempcpy)
#endif
#endif

#if defined(__GLIBC__) ? defined(__USE_GNU) : defined(_GNU_SOURCE)
#ifndef fgetws_unlocked
__fortify_declare_libc(fgetws_unlocked)
__fortify_wrapper wchar_t *
fgetws_unlocked(wchar_t *const __dst __fortify_pass_bos, int __n, struct _IO_FILE *__stream)
	__fortify_count_warning(fgetws_unlocked, __n, sizeof(wchar_t), __fortify_bos(__dst))
{
	size_t __size = __fortify_bos(__dst) / sizeof(wchar_t);
	wchar_t *__line;

	__fortify_count_warning_when(__fortify_fgetws_unlocked_count, fgetws_unlocked, __n, sizeof(wchar_t),
		__fortify_bos(__dst));
	if (!__fortify_count_overflows(__fortify_positive(__n), sizeof(wchar_t), __fortify_bos(__dst)))
		return __fortify_libc(fgetws_unlocked)(__dst, __n, __stream);
	if (__size == 0)
		__fortify_fail("fgetws_unlocked");
	__line = __fortify_libc(fgetws_unlocked)(__dst, (int)__fortify_opaque_size(__size), __stream);
	if (__line && __fortify_wide_line_cut(__dst, __size) && (getwc_unlocked)(__stream) != WEOF)
		__fortify_fail("fgetws_unlocked");
	return __line;
}
__fortify_redeclare_libc(fgetws_unlocked)
#endif
#endif

#if defined(__GLIBC__) ? defined(__USE_XOPEN2K8) \
	: defined(_POSIX_SOURCE) || defined(_POSIX_C_SOURCE) \
		|| defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
#ifndef wcpcpy
__fortify_declare_libc(wcpcpy)
__fortify_wrapper wchar_t *
wcpcpy(wchar_t *const __dst __fortify_pass_bos, const wchar_t *__src) __fortify_nothrow
	__fortify_diagnose_count(wcpcpy, write, __builtin_wcslen(__src) + 1, sizeof(wchar_t),
		__fortify_bos(__dst))
{
	size_t __size = __fortify_bos(__dst);

	if (!__fortify_unknown(__size))
		__fortify_check_count(wcpcpy, write, __dst, wcslen(__src) + 1, sizeof(wchar_t), __size);
	return __fortify_libc(wcpcpy)(__dst, __src);
}
__fortify_redeclare_libc(wcpcpy)
#endif

#ifndef wcpncpy
__fortify_declare_libc(wcpncpy)
__fortify_wrapper wchar_t *
wcpncpy(wchar_t *const __dst __fortify_pass_bos, const wchar_t *__src, size_t __n) __fortify_nothrow
	__fortify_diagnose_count(wcpncpy, write, __n, sizeof(wchar_t), __fortify_bos(__dst))
{
	__fortify_check_count(wcpncpy, write, __dst, __n, sizeof(wchar_t), __fortify_bos(__dst));
	return __fortify_libc(wcpncpy)(__dst, __src, __n);
}
__fortify_redeclare_libc(wcpncpy)
#endif

#ifndef mbsnrtowcs
__fortify_declare_libc(mbsnrtowcs)
__fortify_wrapper size_t
mbsnrtowcs(wchar_t *const __dst __fortify_pass_bos, const char **__src, size_t __nms,
	size_t __len, mbstate_t *__ps) __fortify_nothrow
	__fortify_diagnose_count(mbsnrtowcs, write, __len, sizeof(wchar_t), __fortify_bos(__dst))
{
	if (__dst)
		__fortify_check_count(mbsnrtowcs, write, __dst, __len, sizeof(wchar_t), __fortify_bos(__dst));
	return __fortify_libc(mbsnrtowcs)(__dst, __src, __nms, __len, __ps);
}
__fortify_redeclare_libc(mbsnrtowcs)
#endif

#ifndef wcsnrtombs
__fortify_declare_libc(wcsnrtombs)
__fortify_wrapper size_t
wcsnrtombs(char *const __dst __fortify_pass_bos, const wchar_t **__src, size_t __nwc,
	size_t __len, mbstate_t *__ps) __fortify_nothrow
	__fortify_diagnose(wcsnrtombs, write, __len, __fortify_bos(__dst))
{
	if (__dst)
		__fortify_check(wcsnrtombs, write, __dst, __len, __fortify_bos(__dst));
	return __fortify_libc(wcsnrtombs)(__dst, __src, __nwc, __len, __ps);
}
__fortify_redeclare_libc(wcsnrtombs)
#endif
#endif

/* glibc has them from 2.38 on; musl not at all. */
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 38)) \
	&& defined(__USE_MISC)
#ifndef wcslcpy
__fortify_declare_libc(wcslcpy)
__fortify_wrapper size_t
wcslcpy(wchar_t *const __dst __fortify_pass_bos, const wchar_t *__src, size_t __n) __fortify_nothrow
	__fortify_diagnose_count(wcslcpy, write, __n, sizeof(wchar_t), __fortify_bos(__dst))
{
	__fortify_check_count(wcslcpy, write, __dst, __n, sizeof(wchar_t), __fortify_bos(__dst));
	return __fortify_libc(wcslcpy)(__dst, __src, __n);
}
__fortify_redeclare_libc(wcslcpy)
#endif

#ifndef wcslcat
__fortify_declare_libc(wcslcat)
__fortify_wrapper size_t
wcslcat(wchar_t *const __dst __fortify_pass_bos, const wchar_t *__src, size_t __n) __fortify_nothrow
	__fortify_diagnose_count(wcslcat, write, __n, sizeof(wchar_t), __fortify_bos(__dst))
{
	__fortify_check_count(wcslcat, write, __dst, __n, sizeof(wchar_t), __fortify_bos(__dst));
	return __fortify_libc(wcslcat)(__dst, __src, __n);
}
__fortify_redeclare_libc(wcslcat)
#endif
#endif

__fortify_end
#endif
