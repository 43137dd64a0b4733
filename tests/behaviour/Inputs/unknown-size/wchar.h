/* SPDX-License-Identifier: 0BSD */
/* One function per wrapper, called with sizes the compiler cannot know. */
#define _GNU_SOURCE 1
#include <stdarg.h>
#include <wchar.h>
wchar_t *f_wmemcpy(wchar_t *d, const wchar_t *s, size_t n) { return wmemcpy(d, s, n); }
wchar_t *f_wmemmove(wchar_t *d, const wchar_t *s, size_t n) { return wmemmove(d, s, n); }
wchar_t *f_wmemset(wchar_t *d, wchar_t c, size_t n) { return wmemset(d, c, n); }
wchar_t *f_wcscpy(wchar_t *d, const wchar_t *s) { return wcscpy(d, s); }
wchar_t *f_wcsncpy(wchar_t *d, const wchar_t *s, size_t n) { return wcsncpy(d, s, n); }
wchar_t *f_wcscat(wchar_t *d, const wchar_t *s) { return wcscat(d, s); }
wchar_t *f_wcsncat(wchar_t *d, const wchar_t *s, size_t n) { return wcsncat(d, s, n); }
wchar_t *f_fgetws(wchar_t *d, int n, FILE *f) { return fgetws(d, n, f); }
size_t f_mbsrtowcs(wchar_t *d, const char **s, size_t n, mbstate_t *ps) { return mbsrtowcs(d, s, n, ps); }
size_t f_wcsrtombs(char *d, const wchar_t **s, size_t n, mbstate_t *ps) { return wcsrtombs(d, s, n, ps); }
size_t f_wcrtomb(char *d, wchar_t c, mbstate_t *ps) { return wcrtomb(d, c, ps); }
int f_vswprintf(wchar_t *d, size_t n, const wchar_t *fmt, va_list ap) { return vswprintf(d, n, fmt, ap); }
#ifndef __clang__
int f_swprintf(wchar_t *d, size_t n, int i) { return swprintf(d, n, L"%d", i); }
#endif
wchar_t *f_fgetws_unlocked(wchar_t *d, int n, FILE *f) { return fgetws_unlocked(d, n, f); }
wchar_t *f_wcpcpy(wchar_t *d, const wchar_t *s) { return wcpcpy(d, s); }
wchar_t *f_wcpncpy(wchar_t *d, const wchar_t *s, size_t n) { return wcpncpy(d, s, n); }
size_t f_mbsnrtowcs(wchar_t *d, const char **s, size_t m, size_t n, mbstate_t *ps) { return mbsnrtowcs(d, s, m, n, ps); }
size_t f_wcsnrtombs(char *d, const wchar_t **s, size_t m, size_t n, mbstate_t *ps) { return wcsnrtombs(d, s, m, n, ps); }
#ifdef __GLIBC__
wchar_t *f_wmempcpy(wchar_t *d, const wchar_t *s, size_t n) { return wmempcpy(d, s, n); }
#if __GLIBC__ > 2 || __GLIBC_MINOR__ >= 38
size_t f_wcslcpy(wchar_t *d, const wchar_t *s, size_t n) { return wcslcpy(d, s, n); }
size_t f_wcslcat(wchar_t *d, const wchar_t *s, size_t n) { return wcslcat(d, s, n); }
#endif
#endif
