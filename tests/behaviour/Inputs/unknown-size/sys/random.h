/* SPDX-License-Identifier: 0BSD */
/* One function per wrapper, called with sizes the compiler cannot know. */
#include <sys/random.h>
ssize_t f_getrandom(void *b, size_t n, unsigned int f) { return getrandom(b, n, f); }
#ifdef __GLIBC__
int f_getentropy(void *b, size_t n) { return getentropy(b, n); }
#endif
