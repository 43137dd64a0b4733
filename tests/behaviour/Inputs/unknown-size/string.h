/* SPDX-License-Identifier: 0BSD */
/* One function per wrapper, called with sizes the compiler cannot know. */
#define _GNU_SOURCE 1
#include <string.h>
void *f_memcpy(void *d, const void *s, size_t n) { return memcpy(d, s, n); }
void *f_memmove(void *d, const void *s, size_t n) { return memmove(d, s, n); }
void *f_memset(void *d, int c, size_t n) { return memset(d, c, n); }
void *f_mempcpy(void *d, const void *s, size_t n) { return mempcpy(d, s, n); }
void *f_memccpy(void *d, const void *s, int c, size_t n) { return memccpy(d, s, c, n); }
char *f_strcpy(char *d, const char *s) { return strcpy(d, s); }
char *f_stpcpy(char *d, const char *s) { return stpcpy(d, s); }
char *f_stpncpy(char *d, const char *s, size_t n) { return stpncpy(d, s, n); }
char *f_strncpy(char *d, const char *s, size_t n) { return strncpy(d, s, n); }
char *f_strcat(char *d, const char *s) { return strcat(d, s); }
char *f_strncat(char *d, const char *s, size_t n) { return strncat(d, s, n); }
void f_explicit_bzero(void *d, size_t n) { explicit_bzero(d, n); }
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 43)
void *f_memset_explicit(void *d, int c, size_t n) { return memset_explicit(d, c, n); }
#endif
#if !defined(__GLIBC__) || __GLIBC__ > 2 || __GLIBC_MINOR__ >= 38
size_t f_strlcpy(char *d, const char *s, size_t n) { return strlcpy(d, s, n); }
size_t f_strlcat(char *d, const char *s, size_t n) { return strlcat(d, s, n); }
#endif
