/* SPDX-License-Identifier: 0BSD */
/* gcc -pedantic warns about #include_next, except in a system header. */
#pragma GCC system_header
#include_next <sys/random.h>
#include "../__fortify.h"
#if defined(__fortify_level) && !defined(__fortify_sys_random_h)
#define __fortify_sys_random_h
__fortify_begin

#ifndef getrandom
__fortify_declare_libc(getrandom)
__fortify_wrapper ssize_t
getrandom(void *const __buf __fortify_pass_bos0, size_t __n, unsigned int __flags)
	__fortify_diagnose(getrandom, write, __n, __fortify_bos0(__buf))
{
	__fortify_check(getrandom, write, __buf, __n, __fortify_bos0(__buf));
	return __fortify_libc(getrandom)(__buf, __n, __flags);
}
__fortify_redeclare_libc(getrandom)
#endif

/* glibc declares getentropy here too, unconditionally; musl only in
 * <unistd.h>. */
#ifdef __GLIBC__
#include "../__getentropy.h"
#endif

__fortify_end
#endif
