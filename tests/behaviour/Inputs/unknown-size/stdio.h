/* SPDX-License-Identifier: 0BSD */
/* One function per wrapper, called with sizes the compiler cannot know. */
#define _GNU_SOURCE 1
#include <stdarg.h>
#include <stdio.h>
int f_vsprintf(char *d, const char *f, va_list a) { return vsprintf(d, f, a); }
int f_vsnprintf(char *d, size_t n, const char *f, va_list a) { return vsnprintf(d, n, f, a); }
#ifndef __clang__
int f_sprintf(char *d, const char *s, int i) { return sprintf(d, "%s %d", s, i); }
int f_snprintf(char *d, size_t n, const char *s, int i) { return snprintf(d, n, "%s %d", s, i); }
#endif
char *f_fgets(char *d, int n, FILE *f) { return fgets(d, n, f); }
size_t f_fread(void *d, size_t s, size_t n, FILE *f) { return fread(d, s, n, f); }
size_t f_fwrite(const void *p, size_t s, size_t n, FILE *f) { return fwrite(p, s, n, f); }
char *f_fgets_unlocked(char *d, int n, FILE *f) { return fgets_unlocked(d, n, f); }
size_t f_fread_unlocked(void *d, size_t s, size_t n, FILE *f) { return fread_unlocked(d, s, n, f); }
size_t f_fwrite_unlocked(const void *p, size_t s, size_t n, FILE *f) { return fwrite_unlocked(p, s, n, f); }
