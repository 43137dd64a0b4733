/* SPDX-License-Identifier: 0BSD */
/* gcc -pedantic warns about #include_next, except in a system header. */
#pragma GCC system_header
#include_next <stdio.h>
#include "__fortify.h"
#if defined(__fortify_level) && !defined(__fortify_stdio_h)
#define __fortify_stdio_h
__fortify_begin

/*
 * The printf-like wrappers keep libc's format attribute, so -Wformat still
 * checks the caller's arguments; glibc and musl leave it to the compiler's
 * builtin knowledge of these names, which an overload (clang) does not have.
 *
 * sprintf and vsprintf format into at most the object's size and trap if
 * the output did not fit: the overflow never happens, at the cost of a
 * truncated string in the object before the trap. vsnprintf stands in for
 * vsprintf through its builtin: C89 glibc does not declare it. A format
 * without conversions is also checked at compile time.
 */

/* The bytes that format writes, NUL included, if it has no conversions;
 * else 0, as nothing is known without formatting. */
#define __fortify_format_length(format) \
	(__builtin_strchr(format, '%') ? 0 : __builtin_strlen(format) + 1)

#ifndef vsprintf
__fortify_wrapper __attribute__((__format__(__printf__, 2, 0))) int
vsprintf(char *const __dst __fortify_pass_bos, const char *__fmt, __builtin_va_list __ap) __fortify_nothrow
	__fortify_diagnose(vsprintf, write, __fortify_format_length(__fmt), __fortify_bos(__dst))
{
	size_t __size = __fortify_bos(__dst);
	int __ret;

	__fortify_overflow_when(__fortify_format_length(__fmt) > __size,
		vsprintf, write, __dst, __fortify_format_length(__fmt), __size);
	if (__fortify_unknown(__size))
		return __fortify_builtin(vsprintf)(__dst, __fmt, __ap);
	__ret = __builtin_vsnprintf(__dst, __size, __fmt, __ap);
	if (__ret >= 0 && (size_t)__ret >= __size)
		__fortify_fail("vsprintf");
	return __ret;
}
__fortify_redeclare_libc(vsprintf)
#endif

#ifndef sprintf
#ifdef __clang__
__fortify_variadic_wrapper __attribute__((__format__(__printf__, 2, 3))) int
sprintf(char *const __dst __fortify_pass_bos, const char *__fmt, ...) __fortify_nothrow
	__fortify_diagnose(sprintf, write, __fortify_format_length(__fmt), __fortify_bos(__dst))
{
	__builtin_va_list __ap;
	int __ret;

	__builtin_va_start(__ap, __fmt);
	__ret = (vsprintf)(__dst, __fmt, __ap);
	__builtin_va_end(__ap);
	return __ret;
}
#else
__fortify_wrapper __attribute__((__format__(__printf__, 2, 3))) int
sprintf(char *const __dst __fortify_pass_bos, const char *__fmt, ...) __fortify_nothrow
{
	size_t __size = __fortify_bos(__dst);
	int __ret;

	__fortify_overflow_when(__fortify_format_length(__fmt) > __size,
		sprintf, write, __dst, __fortify_format_length(__fmt), __size);
	if (__fortify_unknown(__size))
		return __builtin_sprintf(__dst, __fmt, __builtin_va_arg_pack());
	__ret = __builtin_snprintf(__dst, __size, __fmt, __builtin_va_arg_pack());
	if (__ret >= 0 && (size_t)__ret >= __size)
		__fortify_fail("sprintf");
	return __ret;
}
#endif
__fortify_redeclare_libc(sprintf)
#endif

#if defined(__GLIBC__) ? defined(__USE_ISOC99) || defined(__USE_UNIX98) : 1
#ifndef vsnprintf
__fortify_wrapper __attribute__((__format__(__printf__, 3, 0))) int
vsnprintf(char *const __dst __fortify_pass_bos, size_t __n, const char *__fmt,
	__builtin_va_list __ap) __fortify_nothrow
	__fortify_diagnose(vsnprintf, write, __n, __fortify_bos(__dst))
	__fortify_diagnose_as((__builtin_vsnprintf, 1, 2, 3, 4))
{
	__fortify_check(vsnprintf, write, __dst, __n, __fortify_bos(__dst));
	return __fortify_builtin(vsnprintf)(__dst, __n, __fmt, __ap);
}
__fortify_redeclare_libc(vsnprintf)
#endif

#ifndef snprintf
#ifdef __clang__
__fortify_variadic_wrapper __attribute__((__format__(__printf__, 3, 4))) int
snprintf(char *const __dst __fortify_pass_bos, size_t __n, const char *__fmt, ...) __fortify_nothrow
	__fortify_diagnose(snprintf, write, __n, __fortify_bos(__dst))
	__fortify_diagnose_as((__builtin_snprintf, 1, 2, 3))
{
	__builtin_va_list __ap;
	int __ret;

	__builtin_va_start(__ap, __fmt);
	__ret = (vsnprintf)(__dst, __n, __fmt, __ap);
	__builtin_va_end(__ap);
	return __ret;
}
#else
__fortify_wrapper __attribute__((__format__(__printf__, 3, 4))) int
snprintf(char *const __dst __fortify_pass_bos, size_t __n, const char *__fmt, ...) __fortify_nothrow
{
	__fortify_check(snprintf, write, __dst, __n, __fortify_bos(__dst));
	return __builtin_snprintf(__dst, __n, __fmt, __builtin_va_arg_pack());
}
#endif
__fortify_redeclare_libc(snprintf)
#endif
#endif

/*
 * fgets and fgets_unlocked with a count larger than the object are latently
 * wrong but harmless while every line fits, and glibc traps only on a line
 * that does not: so do these. The line is read into at most the object; it
 * did not fit if it filled the object without its newline and more of the
 * stream was waiting. A constant such count is a warning.
 */
__fortify_helper int
__fortify_line_cut(const char *__line, size_t __size)
{
	return __fortify_strnlen(__line, __size) == __size - 1
		&& (__size == 1 || __line[__size - 2] != '\n');
}

#ifndef fgets
__fortify_declare_libc(fgets)
__fortify_wrapper char *
fgets(char *const __dst __fortify_pass_bos, int __n, FILE *__stream)
	__fortify_count_warning(fgets, __n, 1, __fortify_bos(__dst))
{
	size_t __size = __fortify_bos(__dst);
	char *__line;

	__fortify_count_warning_when(__fortify_fgets_count, fgets, __n, 1, __size);
	if (!__fortify_count_overflows(__fortify_positive(__n), 1, __size))
		return __fortify_libc(fgets)(__dst, __n, __stream);
	if (__size == 0)
		__fortify_fail("fgets");
	__line = __fortify_libc(fgets)(__dst, (int)__fortify_opaque_size(__size), __stream);
	if (__line && __fortify_line_cut(__dst, __size) && (getc)(__stream) != EOF)
		__fortify_fail("fgets");
	return __line;
}
__fortify_redeclare_libc(fgets)
#endif

#ifndef fread
__fortify_declare_libc(fread)
__fortify_wrapper size_t
fread(void *const __dst __fortify_pass_bos0, size_t __size, size_t __n, FILE *__stream)
	__fortify_diagnose_count(fread, write, __n, __size, __fortify_bos0(__dst))
{
	__fortify_check_count(fread, write, __dst, __n, __size, __fortify_bos0(__dst));
	return __fortify_libc(fread)(__dst, __size, __n, __stream);
}
__fortify_redeclare_libc(fread)
#endif

#ifndef fwrite
__fortify_declare_libc(fwrite)
__fortify_wrapper size_t
fwrite(const void *const __src __fortify_pass_bos0, size_t __size, size_t __n, FILE *__stream)
	__fortify_diagnose_count(fwrite, read, __n, __size, __fortify_bos0(__src))
{
	__fortify_check_count(fwrite, read, __src, __n, __size, __fortify_bos0(__src));
	return __fortify_libc(fwrite)(__src, __size, __n, __stream);
}
__fortify_redeclare_libc(fwrite)
#endif

#if defined(__GLIBC__) ? defined(__USE_GNU) : defined(_GNU_SOURCE)
#ifndef fgets_unlocked
__fortify_declare_libc(fgets_unlocked)
__fortify_wrapper char *
fgets_unlocked(char *const __dst __fortify_pass_bos, int __n, FILE *__stream)
	__fortify_count_warning(fgets_unlocked, __n, 1, __fortify_bos(__dst))
{
	size_t __size = __fortify_bos(__dst);
	char *__line;

	__fortify_count_warning_when(__fortify_fgets_unlocked_count, fgets_unlocked, __n, 1, __size);
	if (!__fortify_count_overflows(__fortify_positive(__n), 1, __size))
		return __fortify_libc(fgets_unlocked)(__dst, __n, __stream);
	if (__size == 0)
		__fortify_fail("fgets_unlocked");
	__line = __fortify_libc(fgets_unlocked)(__dst, (int)__fortify_opaque_size(__size), __stream);
	if (__line && __fortify_line_cut(__dst, __size) && (getc_unlocked)(__stream) != EOF)
		__fortify_fail("fgets_unlocked");
	return __line;
}
__fortify_redeclare_libc(fgets_unlocked)
#endif
#endif

/*
 * glibc's optimising <bits/stdio.h> (C only) also makes these two macros,
 * which copy a constant size * n of at most 8 bytes inline, past any check,
 * and call the function otherwise. As glibc's own fortification does for
 * fread_unlocked, the macros go: every call reaches the wrapper. A macro of
 * any other origin means no wrapper, as everywhere.
 */
#if defined(__GLIBC__) ? defined(__USE_MISC) : defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
#if !defined(fread_unlocked) || defined(_BITS_STDIO_H)
#undef fread_unlocked
__fortify_declare_libc(fread_unlocked)
__fortify_wrapper size_t
fread_unlocked(void *const __dst __fortify_pass_bos0, size_t __size, size_t __n, FILE *__stream)
	__fortify_diagnose_count(fread_unlocked, write, __n, __size, __fortify_bos0(__dst))
{
	__fortify_check_count(fread_unlocked, write, __dst, __n, __size, __fortify_bos0(__dst));
	return __fortify_libc(fread_unlocked)(__dst, __size, __n, __stream);
}
__fortify_redeclare_libc(fread_unlocked)
#endif

#if !defined(fwrite_unlocked) || defined(_BITS_STDIO_H)
#undef fwrite_unlocked
__fortify_declare_libc(fwrite_unlocked)
__fortify_wrapper size_t
fwrite_unlocked(const void *const __src __fortify_pass_bos0, size_t __size, size_t __n,
	FILE *__stream)
	__fortify_diagnose_count(fwrite_unlocked, read, __n, __size, __fortify_bos0(__src))
{
	__fortify_check_count(fwrite_unlocked, read, __src, __n, __size, __fortify_bos0(__src));
	return __fortify_libc(fwrite_unlocked)(__src, __size, __n, __stream);
}
__fortify_redeclare_libc(fwrite_unlocked)
#endif
#endif

__fortify_end
#endif
