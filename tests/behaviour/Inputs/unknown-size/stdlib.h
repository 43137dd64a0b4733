/* SPDX-License-Identifier: 0BSD */
/* One function per wrapper, called with sizes the compiler cannot know. */
#define _GNU_SOURCE 1
#include <stdlib.h>
char *f_realpath(const char *p, char *r) { return realpath(p, r); }
int f_wctomb(char *s, wchar_t c) { return wctomb(s, c); }
size_t f_mbstowcs(wchar_t *d, const char *s, size_t n) { return mbstowcs(d, s, n); }
size_t f_wcstombs(char *d, const wchar_t *s, size_t n) { return wcstombs(d, s, n); }
int f_ptsname_r(int fd, char *b, size_t n) { return ptsname_r(fd, b, n); }
