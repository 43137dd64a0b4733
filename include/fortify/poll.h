/* SPDX-License-Identifier: 0BSD */
/* gcc -pedantic warns about #include_next, except in a system header. */
#pragma GCC system_header
#include_next <poll.h>
#include "__fortify.h"
#if defined(__fortify_level) && !defined(__fortify_poll_h)
#define __fortify_poll_h
__fortify_begin

/* Guards as in string.h: libc's declaration around, #ifndef name within. */

#ifndef poll
__fortify_declare_libc(poll)
__fortify_wrapper int
poll(struct pollfd *const __fds __fortify_pass_bos, nfds_t __nfds, int __timeout)
	__fortify_diagnose_count(poll, write, __nfds, sizeof(struct pollfd), __fortify_bos(__fds))
{
	__fortify_check_count(poll, write, __fds, __nfds, sizeof(struct pollfd), __fortify_bos(__fds));
	return __fortify_libc(poll)(__fds, __nfds, __timeout);
}
__fortify_redeclare_libc(poll)
#endif

#if defined(__GLIBC__) ? defined(__USE_GNU) : defined(_GNU_SOURCE)
#ifndef ppoll
/* On 32-bit targets with 64-bit time_t, each libc's header binds ppoll to
 * the symbol taking the 64-bit timespec; and each names the signal set's
 * type its own way. glibc before 2.39 defines __USE_TIME_BITS64 only there;
 * from 2.39 on, wherever time_t has 64 bits (x86_64 too), and the binding
 * is under __USE_TIME64_REDIRECTS: a native 32-bit time_t is what both
 * have in common. */
#ifdef __GLIBC__
#if defined(__USE_TIME_BITS64) && __TIMESIZE == 32
__fortify_declare_libc_as(ppoll, __ppoll64)
#else
__fortify_declare_libc(ppoll)
#endif
#define __fortify_sigset_t __sigset_t
#else
#if defined(_REDIR_TIME64) && _REDIR_TIME64
__fortify_declare_libc_as(ppoll, __ppoll_time64)
#else
__fortify_declare_libc(ppoll)
#endif
#define __fortify_sigset_t sigset_t
#endif
__fortify_wrapper int
ppoll(struct pollfd *const __fds __fortify_pass_bos, nfds_t __nfds,
	const struct timespec *__timeout, const __fortify_sigset_t *__mask)
	__fortify_diagnose_count(ppoll, write, __nfds, sizeof(struct pollfd), __fortify_bos(__fds))
{
	__fortify_check_count(ppoll, write, __fds, __nfds, sizeof(struct pollfd), __fortify_bos(__fds));
	return __fortify_libc(ppoll)(__fds, __nfds, __timeout, __mask);
}
__fortify_redeclare_libc(ppoll)
#endif
#endif

__fortify_end
#endif
