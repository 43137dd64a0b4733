/* SPDX-License-Identifier: 0BSD */
/* (size_t)-1 as the count of the multibyte conversions means "no limit",
 * not "that many": with a null destination (only counting) or one whose
 * size is unknown, each call compiles without a word under -Werror and
 * returns what libc's function, called through a pointer, returns (issue
 * #21). (With a destination, glibc's functions convert nothing at all for
 * such a count; musl's convert the string.) wcstombs is in
 * no-limit-count-wcstombs.c.
 * RUN: %cc %s -o %t
 * RUN: %t | FileCheck %s
 * CHECK: null destination: mbstowcs 5, mbsrtowcs 5, mbsnrtowcs 5, wcsrtombs 5
 * CHECK-NEXT: unknown destination: mbstowcs as libc, mbsrtowcs as libc, mbsnrtowcs as libc, wcsrtombs as libc
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#define NO_LIMIT ((size_t)-1)

static const char text[] = "hello";
static const wchar_t wide[] = L"hello";

/* libc's functions, unwrapped. */
static size_t (*volatile libc_mbstowcs)(wchar_t *, const char *, size_t) = mbstowcs;
static size_t (*volatile libc_mbsrtowcs)(wchar_t *, const char **, size_t, mbstate_t *) = mbsrtowcs;
static size_t (*volatile libc_mbsnrtowcs)(wchar_t *, const char **, size_t, size_t, mbstate_t *)
	= mbsnrtowcs;
static size_t (*volatile libc_wcsrtombs)(char *, const wchar_t **, size_t, mbstate_t *) = wcsrtombs;

/* Memory whose size the compiler cannot know, at any level. */
__attribute__((__noinline__)) static void *unsized(size_t n)
{
	void *volatile p = malloc(n);

	return p;
}

static void compare(const char *name, size_t got, size_t libc)
{
	if (got == libc)
		printf("%s as libc", name);
	else
		printf("%s %zu, libc %zu", name, got, libc);
}

int main(void)
{
	wchar_t *w = (wchar_t *)unsized(16 * sizeof(wchar_t));
	char *b = (char *)unsized(16 * sizeof(wchar_t));
	const char *src;
	const wchar_t *wsrc;
	mbstate_t st;
	size_t got, libc;

	if (w == NULL || b == NULL)
		return 1;
	memset(&st, 0, sizeof st);
	printf("null destination: mbstowcs %zu", mbstowcs(NULL, text, NO_LIMIT));
	src = text;
	printf(", mbsrtowcs %zu", mbsrtowcs(NULL, &src, NO_LIMIT, &st));
	src = text;
	printf(", mbsnrtowcs %zu", mbsnrtowcs(NULL, &src, sizeof text, NO_LIMIT, &st));
	wsrc = wide;
	printf(", wcsrtombs %zu\n", wcsrtombs(NULL, &wsrc, NO_LIMIT, &st));

	printf("unknown destination: ");
	got = mbstowcs(w, text, NO_LIMIT);
	compare("mbstowcs", got, libc_mbstowcs(w, text, NO_LIMIT));
	src = text;
	got = mbsrtowcs(w, &src, NO_LIMIT, &st);
	src = text;
	libc = libc_mbsrtowcs(w, &src, NO_LIMIT, &st);
	compare(", mbsrtowcs", got, libc);
	src = text;
	got = mbsnrtowcs(w, &src, sizeof text, NO_LIMIT, &st);
	src = text;
	libc = libc_mbsnrtowcs(w, &src, sizeof text, NO_LIMIT, &st);
	compare(", mbsnrtowcs", got, libc);
	wsrc = wide;
	got = wcsrtombs(b, &wsrc, NO_LIMIT, &st);
	wsrc = wide;
	libc = libc_wcsrtombs(b, &wsrc, NO_LIMIT, &st);
	compare(", wcsrtombs", got, libc);
	printf("\n");
	return 0;
}
