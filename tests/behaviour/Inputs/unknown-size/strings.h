/* SPDX-License-Identifier: 0BSD */
/* One function per wrapper, called with sizes the compiler cannot know. */
#define _GNU_SOURCE 1
#include <strings.h>
void f_bcopy(const void *s, void *d, size_t n) { bcopy(s, d, n); }
void f_bzero(void *d, size_t n) { bzero(d, n); }
