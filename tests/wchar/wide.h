/* SPDX-License-Identifier: 0BSD */
/* Wide strings for the tests of <wchar.h>, next to harness.h's letters. */
#include <stdio.h>
#include <wchar.h>

/* letters, wide; wide_tail(n) is a wide string of n characters. */
static const wchar_t wide_letters[] = L"abcdefghijklmnopqrstuvwxyz";
#define wide_tail(n) (wide_letters + (sizeof wide_letters / sizeof *wide_letters - 1) - (n))

/* Sets dst to the wide string s without any fortified call. */
__attribute__((__unused__))
static void set_wide(wchar_t *dst, const wchar_t *s)
{
	while ((*dst++ = *s++) != L'\0')
		;
}

/* Prints n wide characters, NULs as \0 and all but ASCII as ?, between
 * quotes. */
__attribute__((__unused__))
static void print_wide(const char *label, const wchar_t *p, size_t n)
{
	size_t i;

	printf("%s \"", label);
	for (i = 0; i < n; i++) {
		if (p[i] == L'\0')
			printf("\\0");
		else
			putchar(p[i] > 0 && p[i] < 0x80 ? (int)p[i] : '?');
	}
	printf("\"\n");
}
