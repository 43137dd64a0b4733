/* SPDX-License-Identifier: 0BSD */
/* wcstombs with a count of (size_t)-1, "no limit", as in no-limit-count.c:
 * with a null destination or one of unknown size, it compiles without a
 * word under -Werror and returns what libc's function returns (issue #21).
 * Not gcc on glibc: glibc declares wcstombs with gcc's access attribute, by
 * which gcc warns about such a count without the headers too.
 * UNSUPPORTED: gcc && glibc
 * RUN: %cc %s -o %t
 * RUN: %t | FileCheck %s
 * CHECK: null destination: 5; unknown destination: as libc
 */
#include <stdio.h>
#include <stdlib.h>

#define NO_LIMIT ((size_t)-1)

static size_t (*volatile libc_wcstombs)(char *, const wchar_t *, size_t) = wcstombs;

/* Memory whose size the compiler cannot know, at any level. */
__attribute__((__noinline__)) static void *unsized(size_t n)
{
	void *volatile p = malloc(n);

	return p;
}

int main(void)
{
	char *b = (char *)unsized(16);
	size_t got, libc;

	if (b == NULL)
		return 1;
	printf("null destination: %zu; ", wcstombs(NULL, L"hello", NO_LIMIT));
	got = wcstombs(b, L"hello", NO_LIMIT);
	libc = libc_wcstombs(b, L"hello", NO_LIMIT);
	if (got == libc)
		printf("unknown destination: as libc\n");
	else
		printf("unknown destination: %zu, libc %zu\n", got, libc);
	return 0;
}
