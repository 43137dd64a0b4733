/* SPDX-License-Identifier: 0BSD */
/* &fn for some wrapped functions, as this translation unit sees them.
 * address.c builds it twice: plain as plain_address, fortified as
 * fortified_address. */
#define _GNU_SOURCE 1
#include <string.h>
#include <strings.h>

typedef void (*any_function)(void);

#ifdef __cplusplus
extern "C"
#endif
any_function ADDRESS(int which);

any_function ADDRESS(int which)
{
	void *(*copy)(void *, const void *, size_t) = &memcpy;
	char *(*string_copy)(char *, const char *) = &strcpy;
	char *(*append)(char *, const char *, size_t) = &strncat;
	void (*zero)(void *, size_t) = &bzero;

	switch (which) {
	case 0: return (any_function)copy;
	case 1: return (any_function)string_copy;
	case 2: return (any_function)append;
	default: return (any_function)zero;
	}
}
