/* SPDX-License-Identifier: 0BSD */
/* gcc -pedantic warns about #include_next, except in a system header. */
#pragma GCC system_header
#include_next <arpa/inet.h>
#include "../__fortify.h"
#if defined(__fortify_level) && !defined(__fortify_arpa_inet_h)
#define __fortify_arpa_inet_h
__fortify_begin

/* The bytes of a binary address of family af; 0 for the families that
 * are not checked. A macro, so that a constant family is a constant size
 * for clang's diagnose_if; and no conditional, which gcc would turn into
 * branches and, on the AF_INET6 branch of a family it cannot know, diagnose
 * a certain overflow of an AF_INET address. */
#define __fortify_inet_address_size(af) \
	((__SIZE_TYPE__)((af) == AF_INET) * sizeof(struct in_addr) \
		+ (__SIZE_TYPE__)((af) == AF_INET6) * sizeof(struct in6_addr))

#ifndef inet_ntop
__fortify_declare_libc(inet_ntop)
__fortify_wrapper const char *
inet_ntop(int __af, const void *const __src __fortify_pass_bos0,
	char *const __dst __fortify_pass_bos, socklen_t __n) __fortify_nothrow
	__fortify_diagnose(inet_ntop, read, __fortify_inet_address_size(__af), __fortify_bos0(__src))
	__fortify_diagnose(inet_ntop, write, __n, __fortify_bos(__dst))
{
	__fortify_check(inet_ntop, read, __src, __fortify_inet_address_size(__af), __fortify_bos0(__src));
	__fortify_check(inet_ntop, write, __dst, __n, __fortify_bos(__dst));
	return __fortify_libc(inet_ntop)(__af, __src, __dst, __n);
}
__fortify_redeclare_libc(inet_ntop)
#endif

/* The address is one object, written whole: from level 2 its sub-object,
 * as glibc (2.42) checks it. */
#ifndef inet_pton
__fortify_declare_libc(inet_pton)
__fortify_wrapper int
inet_pton(int __af, const char *__src, void *const __dst __fortify_pass_bos) __fortify_nothrow
	__fortify_diagnose(inet_pton, write, __fortify_inet_address_size(__af), __fortify_bos(__dst))
{
	__fortify_check(inet_pton, write, __dst, __fortify_inet_address_size(__af), __fortify_bos(__dst));
	return __fortify_libc(inet_pton)(__af, __src, __dst);
}
__fortify_redeclare_libc(inet_pton)
#endif

__fortify_end
#endif
