/* SPDX-License-Identifier: 0BSD */
/* gcc -pedantic warns about #include_next, except in a system header. */
#pragma GCC system_header
#include_next <strings.h>
#include "__fortify.h"
#if defined(__fortify_level) && !defined(__fortify_strings_h)
#define __fortify_strings_h
__fortify_begin

/* Guards as in string.h: libc's declaration around, #ifndef name within. */

#if defined(__GLIBC__) ? defined(__USE_MISC) || !defined(__USE_XOPEN2K8) \
	: defined(_GNU_SOURCE) || defined(_BSD_SOURCE) || defined(_POSIX_SOURCE) \
		|| (defined(_POSIX_C_SOURCE) && _POSIX_C_SOURCE + 0 < 200809L) \
		|| (defined(_XOPEN_SOURCE) && _XOPEN_SOURCE + 0 < 700)
#ifndef bcopy
__fortify_wrapper void
bcopy(const void *const __src __fortify_pass_bos0,
	void *const __dst __fortify_pass_bos0, size_t __n) __fortify_nothrow
	__fortify_diagnose(bcopy, write, __n, __fortify_bos0(__dst))
	__fortify_diagnose(bcopy, read, __n, __fortify_bos0(__src))
{
	__fortify_check(bcopy, write, __dst, __n, __fortify_bos0(__dst));
	__fortify_check(bcopy, read, __src, __n, __fortify_bos0(__src));
	__builtin_memmove(__dst, __src, __n);
}
__fortify_redeclare_libc(bcopy)
#endif

#ifndef bzero
__fortify_wrapper void
bzero(void *const __dst __fortify_pass_bos0, size_t __n) __fortify_nothrow
	__fortify_diagnose(bzero, write, __n, __fortify_bos0(__dst))
{
	__fortify_check(bzero, write, __dst, __n, __fortify_bos0(__dst));
	__builtin_memset(__dst, 0, __n);
}
__fortify_redeclare_libc(bzero)
#endif
#endif

__fortify_end
#endif
