/* SPDX-License-Identifier: 0BSD */
/* gcc -pedantic warns about #include_next, except in a system header. */
#pragma GCC system_header
#include_next <sys/select.h>
#include "../__fortify.h"
#if defined(__fortify_level) && !defined(__fortify_sys_select_h)
#define __fortify_sys_select_h
/* The wrappers are functions of ours, overloaded in C++ (see below): C++
 * linkage, also where libc includes this header inside extern "C". */
#ifdef __cplusplus
extern "C++" {
#endif

/*
 * FD_SET, FD_CLR and FD_ISSET are macros, in both libcs. Each wrapper is a
 * function of another name whose body still expands libc's macro (which
 * member fd_set has, fds_bits or __fds_bits, stays libc's business); only
 * then does the macro's name come to stand for the wrapper, which also
 * evaluates each argument once. A descriptor outside 0 .. FD_SETSIZE - 1
 * names a bit outside any fd_set, and traps as in glibc. Within, only the
 * word that holds the descriptor's bit must be in the object: a program
 * may allocate an fd_set for its highest descriptor only (OpenSSH,
 * libevent), in words of a long in both libcs. The descriptor is converted
 * to a long in the macro, explicitly: any integer type, which libc's macros
 * take without a word, passes without a conversion warning and keeps the
 * bits that put it out of range; "* 1" keeps a pointer an error.
 */

#define __fortify_outside_fd_set(fd) ((fd) < 0 || (fd) >= FD_SETSIZE)
#define __fortify_outside_fd_set_message(fn) #fn ": descriptor outside fd_set"
/* The words up to the one that holds fd's bit. */
#define __fortify_fd_words(fd) ((__SIZE_TYPE__)(fd) / (8 * sizeof(long)) + 1)
#define __fortify_descriptor(fd) ((long)((fd) * 1))

/* As in __fortify.h, the direction is pasted where it is first met. */
#define __fortify_fd_diagnose(fn, direction, fd, size) \
	__fortify_error_if(__fortify_outside_fd_set(fd), __fortify_outside_fd_set_message(fn)) \
	__fortify_diagnose_count_as(__fortify_message_##direction(fn), __fortify_fd_words(fd), \
		sizeof(long), size)
#define __fortify_fd_check(fn, direction, fd, set, size) \
	do { \
		__fortify_error_when(__fortify_##fn##_outside_fd_set, __fortify_outside_fd_set(fd), \
			__fortify_outside_fd_set_message(fn)); \
		if (__builtin_expect(__fortify_outside_fd_set(fd), 0)) \
			__fortify_fail(#fn); \
		__fortify_check_count_as(fn, __fortify_##direction##s_past_the_end, set, \
			__fortify_fd_words(fd), sizeof(long), size); \
	} while (0)

/*
 * A volatile fd_set, which libc's macros take, gets a wrapper of its own,
 * whose accesses stay volatile (and those of the others do not become so):
 * an overload in C++ and under clang, else a function of another name that
 * the macro chooses by the set's type.
 */
#define __fortify_volatile_wrapper __fortify_wrapper
/* clang++ takes no pointer to volatile for an object size, nor a conversion
 * of a pass_object_size parameter: there only the descriptor is checked. */
#if defined(__cplusplus) && defined(__clang__)
#define __fortify_volatile_bos0(set) ((__SIZE_TYPE__)-1)
#else
#define __fortify_volatile_bos0(set) __fortify_bos0(set)
#endif
#if defined(__cplusplus) || defined(__clang__)
#define __fortify_volatile(wrapper) wrapper
#define __fortify_fd_call(wrapper, fd, set) wrapper(__fortify_descriptor(fd), set)
#else
#define __fortify_volatile(wrapper) wrapper##_volatile
#define __fortify_fd_call(wrapper, fd, set) \
	__builtin_choose_expr(__builtin_types_compatible_p(__typeof__(set), volatile fd_set *) \
			|| __builtin_types_compatible_p(__typeof__(set), const volatile fd_set *), \
		wrapper##_volatile, wrapper)(__fortify_descriptor(fd), set)
#endif

/* Once the checks have bounded the descriptor, gcc's -Warray-bounds sees
 * libc's macro reach the word through an fd_set larger than such an object,
 * and warns where it says nothing of the same macro in the program. */
#ifndef __clang__
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Warray-bounds"
#endif

#ifdef FD_SET
__fortify_wrapper void
__fortify_FD_SET(long __fd, fd_set *const __set __fortify_pass_bos0) __fortify_nothrow
	__fortify_fd_diagnose(FD_SET, write, __fd, __fortify_bos0(__set))
{
	__fortify_fd_check(FD_SET, write, __fd, __set, __fortify_bos0(__set));
	FD_SET(__fd, __set);
}
__fortify_volatile_wrapper void
__fortify_volatile(__fortify_FD_SET)(long __fd, volatile fd_set *const __set __fortify_pass_bos0) __fortify_nothrow
	__fortify_fd_diagnose(FD_SET, write, __fd, __fortify_volatile_bos0(__set))
{
	__fortify_fd_check(FD_SET, write, __fd, __set, __fortify_volatile_bos0(__set));
	FD_SET(__fd, __set);
}
#undef FD_SET
#define FD_SET(fd, set) __fortify_fd_call(__fortify_FD_SET, fd, set)
#endif

#ifdef FD_CLR
__fortify_wrapper void
__fortify_FD_CLR(long __fd, fd_set *const __set __fortify_pass_bos0) __fortify_nothrow
	__fortify_fd_diagnose(FD_CLR, write, __fd, __fortify_bos0(__set))
{
	__fortify_fd_check(FD_CLR, write, __fd, __set, __fortify_bos0(__set));
	FD_CLR(__fd, __set);
}
__fortify_volatile_wrapper void
__fortify_volatile(__fortify_FD_CLR)(long __fd, volatile fd_set *const __set __fortify_pass_bos0) __fortify_nothrow
	__fortify_fd_diagnose(FD_CLR, write, __fd, __fortify_volatile_bos0(__set))
{
	__fortify_fd_check(FD_CLR, write, __fd, __set, __fortify_volatile_bos0(__set));
	FD_CLR(__fd, __set);
}
#undef FD_CLR
#define FD_CLR(fd, set) __fortify_fd_call(__fortify_FD_CLR, fd, set)
#endif

#ifdef FD_ISSET
__fortify_wrapper int
__fortify_FD_ISSET(long __fd, const fd_set *const __set __fortify_pass_bos0) __fortify_nothrow
	__fortify_fd_diagnose(FD_ISSET, read, __fd, __fortify_bos0(__set))
{
	__fortify_fd_check(FD_ISSET, read, __fd, __set, __fortify_bos0(__set));
	return FD_ISSET(__fd, __set);
}
__fortify_volatile_wrapper int
__fortify_volatile(__fortify_FD_ISSET)(long __fd, const volatile fd_set *const __set __fortify_pass_bos0) __fortify_nothrow
	__fortify_fd_diagnose(FD_ISSET, read, __fd, __fortify_volatile_bos0(__set))
{
	__fortify_fd_check(FD_ISSET, read, __fd, __set, __fortify_volatile_bos0(__set));
	return FD_ISSET(__fd, __set);
}
#undef FD_ISSET
#define FD_ISSET(fd, set) __fortify_fd_call(__fortify_FD_ISSET, fd, set)
#endif

#ifndef __clang__
#pragma GCC diagnostic pop
#endif

#ifdef __cplusplus
}
#endif
#endif
