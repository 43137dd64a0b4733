/* SPDX-License-Identifier: 0BSD */
/* gcc -pedantic warns about #include_next, except in a system header. */
#pragma GCC system_header
#include_next <stdlib.h>
#include "__fortify.h"
#if defined(__fortify_level) && !defined(__fortify_stdlib_h)
#define __fortify_stdlib_h
__fortify_begin

/* Guards as in string.h: libc's declaration around, #ifndef name within. */

#if defined(__GLIBC__) ? defined(__USE_MISC) || defined(__USE_XOPEN_EXTENDED) \
	: defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
#ifndef realpath
__fortify_declare_libc(realpath)
/* A resolved name may take PATH_MAX bytes; a NULL resolved has no known
 * size, and libc allocates. */
__fortify_wrapper char *
realpath(const char *__path, char *const __resolved __fortify_pass_bos) __fortify_nothrow
	__fortify_diagnose(realpath, write, __fortify_path_max, __fortify_bos(__resolved))
{
	__fortify_check(realpath, write, __resolved, __fortify_path_max, __fortify_bos(__resolved));
	return __fortify_libc(realpath)(__path, __resolved);
}
__fortify_redeclare_libc(realpath)
#endif
#endif

#ifndef wctomb
__fortify_declare_libc(wctomb)
/* Whether the character fits is known only once it is converted: into a
 * buffer big enough for any, when the object might be too small. */
__fortify_wrapper int
wctomb(char *const __s __fortify_pass_bos, wchar_t __wc) __fortify_nothrow
{
	size_t __size = __fortify_bos(__s);
	char __buf[__fortify_mb_len_max];
	int __len;

	if (!__s || __fortify_unknown(__size) || __size >= __fortify_mb_len_max)
		return __fortify_libc(wctomb)(__s, __wc);
	__len = __fortify_libc(wctomb)(__buf, __wc);
	if (__len > 0) {
		__fortify_check(wctomb, write, __s, (size_t)__len, __size);
		__builtin_memcpy(__s, __buf, (size_t)__len);
	}
	return __len;
}
__fortify_redeclare_libc(wctomb)
#endif

#ifndef mbstowcs
__fortify_declare_libc(mbstowcs)
__fortify_wrapper size_t
mbstowcs(wchar_t *const __dst __fortify_pass_bos, const char *__src, size_t __n) __fortify_nothrow
	__fortify_diagnose_count(mbstowcs, write, __n, sizeof(wchar_t), __fortify_bos(__dst))
{
	__fortify_check_count(mbstowcs, write, __dst, __n, sizeof(wchar_t), __fortify_bos(__dst));
	return __fortify_libc(mbstowcs)(__dst, __src, __n);
}
__fortify_redeclare_libc(mbstowcs)
#endif

#ifndef wcstombs
__fortify_declare_libc(wcstombs)
__fortify_wrapper size_t
wcstombs(char *const __dst __fortify_pass_bos, const wchar_t *__src, size_t __n) __fortify_nothrow
	__fortify_diagnose(wcstombs, write, __n, __fortify_bos(__dst))
{
	__fortify_check(wcstombs, write, __dst, __n, __fortify_bos(__dst));
	return __fortify_libc(wcstombs)(__dst, __src, __n);
}
__fortify_redeclare_libc(wcstombs)
#endif

#if defined(__GLIBC__) ? defined(__USE_GNU) : defined(_GNU_SOURCE)
#ifndef ptsname_r
__fortify_declare_libc(ptsname_r)
__fortify_wrapper int
ptsname_r(int __fd, char *const __buf __fortify_pass_bos, size_t __n) __fortify_nothrow
	__fortify_diagnose(ptsname_r, write, __n, __fortify_bos(__buf))
{
	__fortify_check(ptsname_r, write, __buf, __n, __fortify_bos(__buf));
	return __fortify_libc(ptsname_r)(__fd, __buf, __n);
}
__fortify_redeclare_libc(ptsname_r)
#endif
#endif

__fortify_end
#endif
