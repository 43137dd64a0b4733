/* SPDX-License-Identifier: 0BSD */
/* &fn in a fortified translation unit is libc's function, the same address
 * a plain translation unit sees.
 * RUN: %compiler -O2 -c %S/Inputs/plain-addresses.c -o %t.plain.o
 * RUN: %cc -c %s -o %t.o
 * RUN: %cc -x none %t.o %t.plain.o -o %t
 * RUN: %t | FileCheck %s
 * CHECK: memcpy same
 * CHECK: strcpy same
 * CHECK: strncat same
 * CHECK: bzero same
 */
#define _GNU_SOURCE 1
#include <string.h>
#include <strings.h>
#include <stdio.h>

typedef void (*any_function)(void);

#ifdef __cplusplus
extern "C"
#endif
any_function plain_address(int which);

static void compare(const char *name, int which, any_function fortified)
{
	printf("%s %s\n", name, plain_address(which) == fortified ? "same" : "different");
}

int main(void)
{
	void *(*copy)(void *, const void *, size_t) = &memcpy;
	char *(*string_copy)(char *, const char *) = &strcpy;
	char *(*append)(char *, const char *, size_t) = &strncat;
	void (*zero)(void *, size_t) = &bzero;

	compare("memcpy", 0, (any_function)copy);
	compare("strcpy", 1, (any_function)string_copy);
	compare("strncat", 2, (any_function)append);
	compare("bzero", 3, (any_function)zero);
	return 0;
}
