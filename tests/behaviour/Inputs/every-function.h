/* SPDX-License-Identifier: 0BSD */
/* Calls every string.h and strings.h wrapper with sizes known and unknown,
 * and glibc's other fortified favourites, for the symbol and hygiene tests;
 * every-function/HEADER does the same for each other wrapped header.
 * C89 and C++98 compatible. */
/* libstdc++'s <stdlib.h> needs C99's lldiv_t, which glibc declares in C++98
 * only with _GNU_SOURCE or _ISOC99_SOURCE: before any libc header. */
#if defined(__cplusplus) && __cplusplus < 201103L && !defined(_GNU_SOURCE)
#define _ISOC99_SOURCE 1
#endif
#include <string.h>
#include <strings.h>
#include <stdio.h>
#include <unistd.h>

size_t use_every_function(char *unknown, const char *src, size_t n, int fd);

size_t use_every_function(char *unknown, const char *src, size_t n, int fd)
{
	struct {
		char member[16];
		char after[16];
	} known;
	char *p = known.member;
	size_t total = 0;

	memcpy(known.member, src, n);
	memmove(known.member, src, n);
	memset(known.member, 0, n);
	strcpy(known.member, src);
	strncpy(known.member, src, n);
	strcat(known.member, src);
	strncat(known.member, src, n);
	memcpy(unknown, src, n);
	strcpy(unknown, src);
	strcat(unknown, src);
#ifdef _GNU_SOURCE
	bzero(known.member, n);
	bcopy(src, known.member, n);
	p = (char *)mempcpy(known.member, src, n);
	p = (char *)memccpy(known.member, src, 'x', n);
	p = stpcpy(known.member, src);
	p = stpncpy(known.member, src, n);
	explicit_bzero(known.member, n);
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 43) && defined(__USE_MISC)
	p = (char *)memset_explicit(known.member, 0, n);
#endif
#if !defined(__GLIBC__) || __GLIBC__ > 2 || __GLIBC_MINOR__ >= 38
	total += strlcpy(known.member, src, n);
	total += strlcat(known.member, src, n);
#endif
#endif
	sprintf(known.after, "%d", fd);
	total += (size_t)read(fd, known.after, n);
	printf("%s %s %s\n", p, known.member, known.after);
	return total;
}

#include "every-function/arpa/inet.h"
#include "every-function/fcntl.h"
#include "every-function/poll.h"
#include "every-function/stdio.h"
#include "every-function/stdlib.h"
#include "every-function/sys/random.h"
#include "every-function/sys/select.h"
#include "every-function/sys/socket.h"
#include "every-function/sys/stat.h"
#include "every-function/sys/uio.h"
#include "every-function/unistd.h"
#include "every-function/wchar.h"
