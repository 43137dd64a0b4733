/* SPDX-License-Identifier: 0BSD */
/* Code that #undefs a name, declares the function again, calls it through
 * its parenthesised name or through a pointer keeps compiling and working;
 * the parenthesised call is still checked.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t parenthesised
 * CHECK: via pointer "abcdefgh", parenthesised "abcdefgh", strcpy "xyz"
 */
#include <string.h>
#include <stdio.h>
#undef memcpy
#undef strcpy

#ifdef __cplusplus
extern "C" {
#endif
void *memcpy(void *, const void *, size_t);
char *strcpy(char *, const char *);
#ifdef __cplusplus
}
#endif

static size_t opaque(size_t n)
{
	volatile size_t hidden = n;

	return hidden;
}

int main(int argc, char **argv)
{
	void *(*copy)(void *, const void *, size_t) = memcpy;
	char a[9] = "", b[9] = "", c[8];

	if (argc > 1 && argv[1][0] == 'p') {
		(memcpy)(c, "abcdefghi", opaque(9));
		printf("no trap\n");
		return 0;
	}
	copy(a, "abcdefgh", opaque(8));
	(memcpy)(b, "abcdefgh", opaque(8));
	(strcpy)(c, "xyz");
	printf("via pointer \"%s\", parenthesised \"%s\", strcpy \"%s\"\n", a, b, c);
	return 0;
}
