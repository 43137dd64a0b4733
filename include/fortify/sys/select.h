/* SPDX-License-Identifier: 0BSD */
/* gcc -pedantic warns about #include_next, except in a system header. */
#pragma GCC system_header
#include_next <sys/select.h>
#include "../__fortify.h"
#if defined(__fortify_level) && !defined(__fortify_sys_select_h)
#define __fortify_sys_select_h
__fortify_begin

/*
 * FD_SET, FD_CLR and FD_ISSET are macros, in both libcs. Each wrapper is a
 * function of another name whose body still expands libc's macro (which
 * member fd_set has, fds_bits or __fds_bits, stays libc's business); only
 * then does the macro's name come to stand for the wrapper, which also
 * evaluates each argument once. A descriptor outside 0 .. FD_SETSIZE - 1
 * names a bit outside any fd_set, so it is checked whatever the object size.
 * It is taken as a long: an unsigned or long descriptor, which the macros
 * took without a word, converts to it without -Wsign-conversion warnings
 * and without losing the bits that put it out of range.
 */

#define __fortify_outside_fd_set(fd) ((fd) < 0 || (fd) >= FD_SETSIZE)
#define __fortify_outside_fd_set_message(fn) #fn ": descriptor outside fd_set"

#ifdef FD_SET
__fortify_wrapper void
__fortify_FD_SET(long __fd, fd_set *const __set __fortify_pass_bos0) __fortify_nothrow
	__fortify_error_if(__fortify_outside_fd_set(__fd), __fortify_outside_fd_set_message(FD_SET))
	__fortify_diagnose(FD_SET, write, sizeof(fd_set), __fortify_bos0(__set))
{
	__fortify_error_when(__fortify_FD_SET_outside_fd_set, __fortify_outside_fd_set(__fd),
		__fortify_outside_fd_set_message(FD_SET));
	if (__builtin_expect(__fortify_outside_fd_set(__fd), 0))
		__fortify_fail("FD_SET");
	__fortify_check(FD_SET, write, __set, sizeof(fd_set), __fortify_bos0(__set));
	FD_SET(__fd, __set);
}
#undef FD_SET
#define FD_SET(fd, set) __fortify_FD_SET(fd, set)
#endif

#ifdef FD_CLR
__fortify_wrapper void
__fortify_FD_CLR(long __fd, fd_set *const __set __fortify_pass_bos0) __fortify_nothrow
	__fortify_error_if(__fortify_outside_fd_set(__fd), __fortify_outside_fd_set_message(FD_CLR))
	__fortify_diagnose(FD_CLR, write, sizeof(fd_set), __fortify_bos0(__set))
{
	__fortify_error_when(__fortify_FD_CLR_outside_fd_set, __fortify_outside_fd_set(__fd),
		__fortify_outside_fd_set_message(FD_CLR));
	if (__builtin_expect(__fortify_outside_fd_set(__fd), 0))
		__fortify_fail("FD_CLR");
	__fortify_check(FD_CLR, write, __set, sizeof(fd_set), __fortify_bos0(__set));
	FD_CLR(__fd, __set);
}
#undef FD_CLR
#define FD_CLR(fd, set) __fortify_FD_CLR(fd, set)
#endif

#ifdef FD_ISSET
__fortify_wrapper int
__fortify_FD_ISSET(long __fd, const fd_set *const __set __fortify_pass_bos0) __fortify_nothrow
	__fortify_error_if(__fortify_outside_fd_set(__fd), __fortify_outside_fd_set_message(FD_ISSET))
	__fortify_diagnose(FD_ISSET, read, sizeof(fd_set), __fortify_bos0(__set))
{
	__fortify_error_when(__fortify_FD_ISSET_outside_fd_set, __fortify_outside_fd_set(__fd),
		__fortify_outside_fd_set_message(FD_ISSET));
	if (__builtin_expect(__fortify_outside_fd_set(__fd), 0))
		__fortify_fail("FD_ISSET");
	__fortify_check(FD_ISSET, read, __set, sizeof(fd_set), __fortify_bos0(__set));
	return FD_ISSET(__fd, __set);
}
#undef FD_ISSET
#define FD_ISSET(fd, set) __fortify_FD_ISSET(fd, set)
#endif

__fortify_end
#endif
