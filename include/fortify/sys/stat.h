/* SPDX-License-Identifier: 0BSD */
/* gcc -pedantic warns about #include_next, except in a system header. */
#pragma GCC system_header
#include_next <sys/stat.h>
#include "../__fortify.h"
#if defined(__fortify_level) && !defined(__fortify_sys_stat_h)
#define __fortify_sys_stat_h

/*
 * umask ignores bits outside 0777; a constant mask with some of them (a
 * mode passed for a mask?) is a mistake and fails the compile. Nothing is
 * checked at run time. clang's wrappers are overloads, told apart from
 * libc's declaration by the object size of a pointer parameter, which umask
 * has none of: under clang the check goes on a redeclaration of libc's own
 * function instead, so nothing here needs __fortify_begin's C++ linkage.
 */

/* glibc's <sys/stat.h> defines mode_t only for X/Open and POSIX 2001. */
#ifdef __GLIBC__
#define __fortify_mode_t __mode_t
#else
#define __fortify_mode_t mode_t
#endif

#define __fortify_umask_message "umask: mode bits outside 0777"
/* Bits outside 0777, such as a file type or 01777, are a mistake; all of
 * them set is the complement of permission bits (umask(~(S_IRUSR |
 * S_IWUSR))), a common way to write a mask, whose other bits libc drops. */
#define __fortify_umask_mistake(mask) (((mask) & ~0777u) != 0 \
	&& ((mask) | 0777u) != (__fortify_mode_t)~(__fortify_mode_t)0)

#ifndef umask
#ifdef __clang__
extern __fortify_mode_t umask(__fortify_mode_t __mask) __fortify_nothrow
	__fortify_error_if(__fortify_umask_mistake(__mask), __fortify_umask_message);
#else
__fortify_declare_libc(umask)
__fortify_wrapper __fortify_mode_t
umask(__fortify_mode_t __mask) __fortify_nothrow
{
	__fortify_error_when(__fortify_umask_outside_0777, __fortify_umask_mistake(__mask),
		__fortify_umask_message);
	return __fortify_libc(umask)(__mask);
}
#endif
#endif

#endif
