/* SPDX-License-Identifier: 0BSD */
/* One function per wrapper, called with sizes the compiler cannot know. The
 * descriptor is checked whatever the set's size, as glibc's __fdelt_chk
 * does, so here it is a constant. */
#define _GNU_SOURCE 1
#include <sys/select.h>
void f_FD_SET(fd_set *s) { FD_SET(3, s); }
void f_FD_CLR(fd_set *s) { FD_CLR(3, s); }
int f_FD_ISSET(const fd_set *s) { return FD_ISSET(3, s); }
