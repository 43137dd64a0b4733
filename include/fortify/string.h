/* SPDX-License-Identifier: 0BSD */
/* gcc -pedantic warns about #include_next, except in a system header. */
#pragma GCC system_header
#include_next <string.h>
#include "__fortify.h"
#if defined(__fortify_level) && !defined(__fortify_string_h)
#define __fortify_string_h
__fortify_begin

/*
 * Wrappers stand in groups under the feature-test macros with which glibc
 * (its internal __USE_* macros and version) or else musl declares the
 * functions, and each under #ifndef its name: where the name is a macro,
 * whatever that macro stands for, the wrapper would not be a wrapper of it.
 */

#ifndef memcpy
__fortify_wrapper void *
memcpy(void *const __dst __fortify_pass_bos0,
	const void *const __src __fortify_pass_bos0, size_t __n) __fortify_nothrow
	__fortify_diagnose_as((__builtin_memcpy, 1, 2, 3))
	__fortify_diagnose(memcpy, write, __n, __fortify_bos0(__dst))
	__fortify_diagnose(memcpy, read, __n, __fortify_bos0(__src))
{
	__fortify_check(memcpy, write, __dst, __n, __fortify_bos0(__dst));
	__fortify_check(memcpy, read, __src, __n, __fortify_bos0(__src));
	return __fortify_builtin(memcpy)(__dst, __src, __n);
}
__fortify_redeclare_libc(memcpy)
#endif

#ifndef memmove
__fortify_wrapper void *
memmove(void *const __dst __fortify_pass_bos0,
	const void *const __src __fortify_pass_bos0, size_t __n) __fortify_nothrow
	__fortify_diagnose_as((__builtin_memmove, 1, 2, 3))
	__fortify_diagnose(memmove, write, __n, __fortify_bos0(__dst))
	__fortify_diagnose(memmove, read, __n, __fortify_bos0(__src))
{
	__fortify_check(memmove, write, __dst, __n, __fortify_bos0(__dst));
	__fortify_check(memmove, read, __src, __n, __fortify_bos0(__src));
	return __fortify_builtin(memmove)(__dst, __src, __n);
}
__fortify_redeclare_libc(memmove)
#endif

#ifndef memset
/* clang runs its -Wmemset-transposed-args only on a function it knows as
 * memset, and in C++ the wrapper, an overload with C++ linkage, is not one:
 * there the wrapper warns instead. It cannot tell a literal 0 (all that the
 * compilers' own warning looks at) from any other constant 0. */
#if defined(__clang__) && defined(__cplusplus)
#define __fortify_memset_transposed(c, n) __fortify_warning_if((n) == 0 && (c) != 0, \
	"memset: the length is 0 and the fill value is not; did you mean to transpose the last two arguments?")
#else
#define __fortify_memset_transposed(c, n)
#endif
__fortify_wrapper void *
memset(void *const __dst __fortify_pass_bos0, int __c, size_t __n) __fortify_nothrow
	__fortify_diagnose_as((__builtin_memset, 1, 2, 3))
	__fortify_diagnose(memset, write, __n, __fortify_bos0(__dst))
	__fortify_memset_transposed(__c, __n)
{
	__fortify_check(memset, write, __dst, __n, __fortify_bos0(__dst));
	return __fortify_builtin(memset)(__dst, __c, __n);
}
__fortify_redeclare_libc(memset)
#endif

#if defined(__GLIBC__) ? defined(__USE_GNU) : defined(_GNU_SOURCE)
#ifndef mempcpy
__fortify_wrapper void *
mempcpy(void *const __dst __fortify_pass_bos0,
	const void *const __src __fortify_pass_bos0, size_t __n) __fortify_nothrow
	__fortify_diagnose_as((__builtin_mempcpy, 1, 2, 3))
	__fortify_diagnose(mempcpy, write, __n, __fortify_bos0(__dst))
	__fortify_diagnose(mempcpy, read, __n, __fortify_bos0(__src))
{
	__fortify_check(mempcpy, write, __dst, __n, __fortify_bos0(__dst));
	__fortify_check(mempcpy, read, __src, __n, __fortify_bos0(__src));
	return __fortify_builtin(mempcpy)(__dst, __src, __n);
}
__fortify_redeclare_libc(mempcpy)
#endif
#endif

#if defined(__GLIBC__) \
	? defined(__USE_MISC) || defined(__USE_XOPEN) \
		|| (defined(__GLIBC_USE_ISOC2X) && __GLIBC_USE_ISOC2X) \
	: defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
#ifndef memccpy
__fortify_declare_libc(memccpy)
__fortify_wrapper void *
memccpy(void *const __dst __fortify_pass_bos0, const void *__src, int __c,
	size_t __n) __fortify_nothrow
	__fortify_diagnose(memccpy, write, __n, __fortify_bos0(__dst))
{
	__fortify_check(memccpy, write, __dst, __n, __fortify_bos0(__dst));
	return __fortify_libc(memccpy)(__dst, __src, __c, __n);
}
__fortify_redeclare_libc(memccpy)
#endif
#endif

#ifndef strcpy
__fortify_wrapper char *
strcpy(char *const __dst __fortify_pass_bos, const char *__src) __fortify_nothrow
	__fortify_diagnose_as((__builtin_strcpy, 1, 2))
	__fortify_diagnose(strcpy, write, __builtin_strlen(__src) + 1, __fortify_bos(__dst))
{
	size_t __size = __fortify_bos(__dst);
	size_t __len;

	if (__fortify_unknown(__size))
		return __fortify_builtin(strcpy)(__dst, __src);
	__len = __builtin_strlen(__src);
	__fortify_check(strcpy, write, __dst, __len + 1, __size);
	return (char *)__builtin_memcpy(__dst, __src, __len + 1);
}
__fortify_redeclare_libc(strcpy)
#endif

#if defined(__GLIBC__) ? defined(__USE_XOPEN2K8) \
	: defined(_POSIX_SOURCE) || defined(_POSIX_C_SOURCE) \
		|| defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
#ifndef stpcpy
__fortify_wrapper char *
stpcpy(char *const __dst __fortify_pass_bos, const char *__src) __fortify_nothrow
	__fortify_diagnose_as((__builtin_stpcpy, 1, 2))
	__fortify_diagnose(stpcpy, write, __builtin_strlen(__src) + 1, __fortify_bos(__dst))
{
	size_t __size = __fortify_bos(__dst);
	size_t __len;

	if (__fortify_unknown(__size))
		return __fortify_builtin(stpcpy)(__dst, __src);
	__len = __builtin_strlen(__src);
	__fortify_check(stpcpy, write, __dst, __len + 1, __size);
	return (char *)__builtin_memcpy(__dst, __src, __len + 1) + __len;
}
__fortify_redeclare_libc(stpcpy)
#endif

#ifndef stpncpy
__fortify_wrapper char *
stpncpy(char *const __dst __fortify_pass_bos, const char *__src, size_t __n) __fortify_nothrow
	__fortify_diagnose_as((__builtin_stpncpy, 1, 2, 3))
	__fortify_diagnose(stpncpy, write, __n, __fortify_bos(__dst))
{
	__fortify_check(stpncpy, write, __dst, __n, __fortify_bos(__dst));
	return __fortify_builtin(stpncpy)(__dst, __src, __n);
}
__fortify_redeclare_libc(stpncpy)
#endif
#endif

#ifndef strncpy
__fortify_wrapper char *
strncpy(char *const __dst __fortify_pass_bos, const char *__src, size_t __n) __fortify_nothrow
	__fortify_diagnose_as((__builtin_strncpy, 1, 2, 3))
	__fortify_diagnose(strncpy, write, __n, __fortify_bos(__dst))
{
	__fortify_check(strncpy, write, __dst, __n, __fortify_bos(__dst));
	return __fortify_builtin(strncpy)(__dst, __src, __n);
}
__fortify_redeclare_libc(strncpy)
#endif

#ifndef strcat
__fortify_wrapper char *
strcat(char *const __dst __fortify_pass_bos, const char *__src) __fortify_nothrow
	__fortify_diagnose_as((__builtin_strcat, 1, 2))
	__fortify_diagnose(strcat, write, __builtin_strlen(__src) + 1, __fortify_bos(__dst))
{
	size_t __size = __fortify_bos(__dst);
	size_t __used, __len;

	if (__fortify_unknown(__size))
		return __fortify_builtin(strcat)(__dst, __src);
	__used = __builtin_strlen(__dst);
	__len = __builtin_strlen(__src);
	__fortify_check(strcat, write, __dst, __used + __len + 1, __size);
	__builtin_memcpy(__dst + __used, __src, __len + 1);
	return __dst;
}
__fortify_redeclare_libc(strcat)
#endif

#ifndef strncat
__fortify_wrapper char *
strncat(char *const __dst __fortify_pass_bos, const char *__src, size_t __n) __fortify_nothrow
	__fortify_diagnose_as((__builtin_strncat, 1, 2, 3))
	__fortify_diagnose(strncat, write,
		(__builtin_strlen(__src) < __n ? __builtin_strlen(__src) : __n) + 1,
		__fortify_bos(__dst))
{
	size_t __size = __fortify_bos(__dst);
	size_t __used, __len;

	if (__fortify_unknown(__size))
		return __fortify_builtin(strncat)(__dst, __src, __n);
	__used = __builtin_strlen(__dst);
	__len = __fortify_strnlen(__src, __n);
	__fortify_check(strncat, write, __dst, __used + __len + 1, __size);
	/* A constant source length: gcc's own strncat, and its warnings
	 * (-Wstringop-truncation for part of a literal). */
	if (__builtin_constant_p(__len))
		return __fortify_builtin(strncat)(__dst, __src, __n);
	__builtin_memcpy(__dst + __used, __src, __len);
	__dst[__used + __len] = '\0';
	return __dst;
}
__fortify_redeclare_libc(strncat)
#endif

#if defined(__GLIBC__) \
	? (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 38)) \
		&& defined(__USE_MISC) \
	: defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
#ifndef strlcpy
__fortify_declare_libc(strlcpy)
__fortify_wrapper size_t
strlcpy(char *const __dst __fortify_pass_bos, const char *__src, size_t __n) __fortify_nothrow
	__fortify_diagnose(strlcpy, write, __n, __fortify_bos(__dst))
{
	__fortify_check(strlcpy, write, __dst, __n, __fortify_bos(__dst));
	return __fortify_libc(strlcpy)(__dst, __src, __n);
}
__fortify_redeclare_libc(strlcpy)
#endif

#ifndef strlcat
__fortify_declare_libc(strlcat)
__fortify_wrapper size_t
strlcat(char *const __dst __fortify_pass_bos, const char *__src, size_t __n) __fortify_nothrow
	__fortify_diagnose(strlcat, write, __n, __fortify_bos(__dst))
{
	__fortify_check(strlcat, write, __dst, __n, __fortify_bos(__dst));
	return __fortify_libc(strlcat)(__dst, __src, __n);
}
__fortify_redeclare_libc(strlcat)
#endif
#endif

#if defined(__GLIBC__) \
	? (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 25)) \
		&& defined(__USE_MISC) \
	: defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
#ifndef explicit_bzero
__fortify_declare_libc(explicit_bzero)
__fortify_wrapper void
explicit_bzero(void *const __dst __fortify_pass_bos0, size_t __n) __fortify_nothrow
	__fortify_diagnose(explicit_bzero, write, __n, __fortify_bos0(__dst))
{
	__fortify_check(explicit_bzero, write, __dst, __n, __fortify_bos0(__dst));
	__fortify_libc(explicit_bzero)(__dst, __n);
}
__fortify_redeclare_libc(explicit_bzero)
#endif
#endif

/* C23's memset_explicit: glibc 2.43 declares it for C23 or the BSD
 * extensions (and checks it itself); musl 1.2.6 does not have it. */
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 43))
#if defined(__USE_MISC) || __GLIBC_USE(ISOC23)
#ifndef memset_explicit
__fortify_declare_libc(memset_explicit)
__fortify_wrapper void *
memset_explicit(void *const __dst __fortify_pass_bos0, int __c, size_t __n) __fortify_nothrow
	__fortify_diagnose(memset_explicit, write, __n, __fortify_bos0(__dst))
{
	__fortify_check(memset_explicit, write, __dst, __n, __fortify_bos0(__dst));
	return __fortify_libc(memset_explicit)(__dst, __c, __n);
}
__fortify_redeclare_libc(memset_explicit)
#endif
#endif
#endif

__fortify_end
#endif
