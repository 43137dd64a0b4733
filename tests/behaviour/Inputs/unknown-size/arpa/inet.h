/* SPDX-License-Identifier: 0BSD */
/* One function per wrapper, called with sizes the compiler cannot know. */
#include <arpa/inet.h>
const char *f_inet_ntop(int af, const void *s, char *d, socklen_t n) { return inet_ntop(af, s, d, n); }
int f_inet_pton(int af, const char *s, void *d) { return inet_pton(af, s, d); }
