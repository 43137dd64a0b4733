/* SPDX-License-Identifier: 0BSD */
/* gcc -pedantic warns about #include_next, except in a system header. */
#pragma GCC system_header
#include_next <sys/socket.h>
#include "../__fortify.h"
#if defined(__fortify_level) && !defined(__fortify_sys_socket_h)
#define __fortify_sys_socket_h
__fortify_begin

/*
 * Addresses come as glibc's __SOCKADDR_ARG: in C with _GNU_SOURCE, a
 * transparent union of pointers to every struct sockaddr_*, so that callers
 * need no cast; otherwise, and in musl, a struct sockaddr pointer. The
 * wrappers take libc's own type. gcc requires it. clang can put no
 * pass_object_size on a union, and ranks the union an exact match (its member
 * of the argument's very type), above any pointer parameter we could take
 * instead, so libc's declaration would win. So clang's overload wins the tie
 * by pass_object_size on another pointer (the buffer, else the length, with
 * __fortify_preferred), and sizes the address after inlining, which keeps the
 * whole object's size.
 */
#ifdef __GLIBC__
#define __fortify_sockaddr_arg __SOCKADDR_ARG
#define __fortify_const_sockaddr_arg __CONST_SOCKADDR_ARG
#else
#define __fortify_sockaddr_arg struct sockaddr *__restrict
#define __fortify_const_sockaddr_arg const struct sockaddr *
#endif
/* The address as a pointer; glibc defines __SOCKADDR_ALLTYPES exactly where
 * it makes the union. */
#ifdef __SOCKADDR_ALLTYPES
#define __fortify_sockaddr(addr) ((addr).__sockaddr__)
#else
#define __fortify_sockaddr(addr) (addr)
#endif

#ifndef recv
__fortify_declare_libc(recv)
__fortify_wrapper ssize_t
recv(int __fd, void *const __buf __fortify_pass_bos0, size_t __n, int __flags)
	__fortify_diagnose(recv, write, __n, __fortify_bos0(__buf))
{
	__fortify_check(recv, write, __buf, __n, __fortify_bos0(__buf));
	return __fortify_libc(recv)(__fd, __buf, __n, __flags);
}
__fortify_redeclare_libc(recv)
#endif

#ifndef recvfrom
__fortify_declare_libc(recvfrom)
__fortify_wrapper ssize_t
recvfrom(int __fd, void *__restrict const __buf __fortify_pass_bos0, size_t __n,
	int __flags, __fortify_sockaddr_arg __addr, socklen_t *__restrict __addr_len)
	__fortify_diagnose(recvfrom, write, __n, __fortify_bos0(__buf))
{
	__fortify_check(recvfrom, write, __buf, __n, __fortify_bos0(__buf));
	if (__fortify_sockaddr(__addr) && __addr_len)
		__fortify_check(recvfrom, write, __fortify_sockaddr(__addr), *__addr_len,
			__fortify_bos0(__fortify_sockaddr(__addr)));
	return __fortify_libc(recvfrom)(__fd, __buf, __n, __flags, __addr, __addr_len);
}
__fortify_redeclare_libc(recvfrom)
#endif

#ifndef send
__fortify_declare_libc(send)
__fortify_wrapper ssize_t
send(int __fd, const void *const __buf __fortify_pass_bos0, size_t __n, int __flags)
	__fortify_diagnose(send, read, __n, __fortify_bos0(__buf))
{
	__fortify_check(send, read, __buf, __n, __fortify_bos0(__buf));
	return __fortify_libc(send)(__fd, __buf, __n, __flags);
}
__fortify_redeclare_libc(send)
#endif

#ifndef sendto
__fortify_declare_libc(sendto)
__fortify_wrapper ssize_t
sendto(int __fd, const void *const __buf __fortify_pass_bos0, size_t __n,
	int __flags, __fortify_const_sockaddr_arg __addr, socklen_t __addr_len)
	__fortify_diagnose(sendto, read, __n, __fortify_bos0(__buf))
{
	__fortify_check(sendto, read, __buf, __n, __fortify_bos0(__buf));
	if (__fortify_sockaddr(__addr))
		__fortify_check(sendto, read, __fortify_sockaddr(__addr), __addr_len,
			__fortify_bos0(__fortify_sockaddr(__addr)));
	return __fortify_libc(sendto)(__fd, __buf, __n, __flags, __addr, __addr_len);
}
__fortify_redeclare_libc(sendto)
#endif

#ifndef accept
__fortify_declare_libc(accept)
__fortify_wrapper int
accept(int __fd, __fortify_sockaddr_arg __addr,
	socklen_t *__restrict const __addr_len __fortify_preferred)
{
	if (__fortify_sockaddr(__addr) && __addr_len)
		__fortify_check(accept, write, __fortify_sockaddr(__addr), *__addr_len,
			__fortify_bos0(__fortify_sockaddr(__addr)));
	return __fortify_libc(accept)(__fd, __addr, __addr_len);
}
__fortify_redeclare_libc(accept)
#endif

#ifndef getpeername
__fortify_declare_libc(getpeername)
__fortify_wrapper int
getpeername(int __fd, __fortify_sockaddr_arg __addr,
	socklen_t *__restrict const __addr_len __fortify_preferred) __fortify_nothrow
{
	if (__fortify_sockaddr(__addr) && __addr_len)
		__fortify_check(getpeername, write, __fortify_sockaddr(__addr), *__addr_len,
			__fortify_bos0(__fortify_sockaddr(__addr)));
	return __fortify_libc(getpeername)(__fd, __addr, __addr_len);
}
__fortify_redeclare_libc(getpeername)
#endif

#ifndef getsockname
__fortify_declare_libc(getsockname)
__fortify_wrapper int
getsockname(int __fd, __fortify_sockaddr_arg __addr,
	socklen_t *__restrict const __addr_len __fortify_preferred) __fortify_nothrow
{
	if (__fortify_sockaddr(__addr) && __addr_len)
		__fortify_check(getsockname, write, __fortify_sockaddr(__addr), *__addr_len,
			__fortify_bos0(__fortify_sockaddr(__addr)));
	return __fortify_libc(getsockname)(__fd, __addr, __addr_len);
}
__fortify_redeclare_libc(getsockname)
#endif

__fortify_end
#endif
