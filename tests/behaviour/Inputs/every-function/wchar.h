/* SPDX-License-Identifier: 0BSD */
/* Calls every wchar.h wrapper with a size known and unknown. */
#include <stdarg.h>
#include <stdio.h>
#include <wchar.h>

void use_wchar(char *unknown, int fd);

#if defined(__GLIBC__) ? defined(__USE_ISOC95) || defined(__USE_UNIX98) : 1
static int use_wchar_va_list(wchar_t *unknown, const wchar_t *fmt, ...)
{
	wchar_t known[16];
	va_list ap;
	int total;

	va_start(ap, fmt);
	total = vswprintf(known, sizeof known / sizeof *known, fmt, ap);
	va_end(ap);
	va_start(ap, fmt);
	total += vswprintf(unknown, 16, fmt, ap);
	va_end(ap);
	return total;
}
#endif

void use_wchar(char *unknown, int fd)
{
	struct {
		wchar_t member[16];
		wchar_t after[16];
	} known;
	wchar_t *wide = (wchar_t *)(void *)unknown;
	char bytes[16];
	const char *from = "abc";
	const wchar_t *wide_from = L"abc";
	size_t total = 0;
	int printed = 0;
	wchar_t *p;

	p = wmemset(known.member, L'x', 16);
	p = wmemset(wide, L'x', 16);
	p = wmemcpy(known.member, wide, 16);
	p = wmemcpy(wide, known.member, 16);
	p = wmemmove(known.member, wide, 16);
	p = wmemmove(wide, known.member, 16);
	p = wcscpy(known.member, wide);
	p = wcscpy(wide, known.member);
	p = wcsncpy(known.member, wide, 16);
	p = wcsncpy(wide, known.member, 16);
	p = wcscat(known.member, wide);
	p = wcscat(wide, known.member);
	p = wcsncat(known.member, wide, 8);
	p = wcsncat(wide, known.member, 8);
	p = fgetws(known.member, (int)(sizeof known.member / sizeof *known.member), stdin);
	p = fgetws(wide, fd, stdin);
	total += mbsrtowcs(known.member, &from, 16, NULL);
	total += mbsrtowcs(wide, &from, 16, NULL);
	total += wcsrtombs(bytes, &wide_from, sizeof bytes, NULL);
	total += wcsrtombs(unknown, &wide_from, 16, NULL);
	total += wcrtomb(bytes, L'x', NULL);
	total += wcrtomb(unknown, L'x', NULL);
#if defined(__GLIBC__) ? defined(__USE_ISOC95) || defined(__USE_UNIX98) : 1
	printed += swprintf(known.member, sizeof known.member / sizeof *known.member, L"%d", fd);
	printed += swprintf(wide, 16, L"%d", fd);
	printed += use_wchar_va_list(wide, L"%d", fd);
#endif
#if defined(__GLIBC__) && defined(__USE_GNU)
	p = wmempcpy(known.member, wide, 16);
	p = wmempcpy(wide, known.member, 16);
#endif
#ifdef _GNU_SOURCE
	p = fgetws_unlocked(known.member, (int)(sizeof known.member / sizeof *known.member), stdin);
	p = fgetws_unlocked(wide, fd, stdin);
#endif
#if defined(__GLIBC__) ? defined(__USE_XOPEN2K8) \
	: defined(_POSIX_SOURCE) || defined(_POSIX_C_SOURCE) \
		|| defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
	p = wcpcpy(known.member, wide);
	p = wcpcpy(wide, known.member);
	p = wcpncpy(known.member, wide, 16);
	p = wcpncpy(wide, known.member, 16);
	total += mbsnrtowcs(known.member, &from, 3, 16, NULL);
	total += mbsnrtowcs(wide, &from, 3, 16, NULL);
	total += wcsnrtombs(bytes, &wide_from, 3, sizeof bytes, NULL);
	total += wcsnrtombs(unknown, &wide_from, 3, 16, NULL);
#endif
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 38) && defined(__USE_MISC)
	total += wcslcpy(known.member, wide, 16);
	total += wcslcpy(wide, known.member, 16);
	total += wcslcat(known.member, wide, 16);
	total += wcslcat(wide, known.member, 16);
#endif
	printf("%d %lu %d\n", printed, (unsigned long)total, p != NULL);
}
