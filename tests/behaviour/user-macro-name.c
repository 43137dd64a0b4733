/* SPDX-License-Identifier: 0BSD */
/* A name that is a macro before <string.h> (autoconf's rpl_ pattern) gets
 * no wrapper: calls reach the function the macro names, not libc's.
 * C only: in C++ the user's function would also have to repeat glibc's
 * noexcept, with or without fortify.
 * REQUIRES: c
 * RUN: %cc %s -o %t
 * RUN: %t | FileCheck %s
 * CHECK: my_strcpy called
 * CHECK-NEXT: my_strncat called
 * CHECK-NEXT: my_strncat called
 * CHECK-NEXT: dst holds "abc"
 */
#define strncat my_strncat
#define strcpy my_strcpy
#include <string.h>
#include <stdio.h>

char *my_strncat(char *dst, const char *src, size_t n)
{
	size_t used = strlen(dst);
	size_t i;

	printf("my_strncat called\n");
	for (i = 0; i < n && src[i] != '\0'; i++)
		dst[used + i] = src[i];
	dst[used + i] = '\0';
	return dst;
}

char *my_strcpy(char *dst, const char *src)
{
	printf("my_strcpy called\n");
	dst[0] = '\0';
	return my_strncat(dst, src, (size_t)-1);
}

int main(void)
{
	char dst[8];

	strcpy(dst, "ab");
	strncat(dst, "c", 5);
	printf("dst holds \"%s\"\n", dst);
	return 0;
}
