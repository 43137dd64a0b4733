/* SPDX-License-Identifier: 0BSD */
/* C++: where libc declares a function noexcept (glibc), a fortified call of
 * it is noexcept too; under clang the wrapper is a function of its own.
 * REQUIRES: c++, glibc
 * RUN: %cc -c %s -o %t.o
 */
#define _GNU_SOURCE 1
#include <string.h>
#include <strings.h>

extern char dst[8];
extern const char src[8];

#define NOEXCEPT(call) static_assert(noexcept(call), #call " is not noexcept")
NOEXCEPT(memcpy(dst, src, 8));
NOEXCEPT(memmove(dst, src, 8));
NOEXCEPT(memset(dst, 0, 8));
NOEXCEPT(mempcpy(dst, src, 8));
NOEXCEPT(memccpy(dst, src, 0, 8));
NOEXCEPT(strcpy(dst, src));
NOEXCEPT(stpcpy(dst, src));
NOEXCEPT(stpncpy(dst, src, 8));
NOEXCEPT(strncpy(dst, src, 8));
NOEXCEPT(strcat(dst, src));
NOEXCEPT(strncat(dst, src, 8));
NOEXCEPT(explicit_bzero(dst, 8));
NOEXCEPT(bcopy(src, dst, 8));
NOEXCEPT(bzero(dst, 8));
#if __GLIBC__ > 2 || __GLIBC_MINOR__ >= 38
NOEXCEPT(strlcpy(dst, src, 8));
NOEXCEPT(strlcat(dst, src, 8));
#endif
