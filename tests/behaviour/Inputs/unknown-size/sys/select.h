/* SPDX-License-Identifier: 0BSD */
/* One function per wrapper, called with sizes the compiler cannot know. The
 * descriptor is checked whatever the set's size, as glibc's __fdelt_chk
 * does, so here it is one whose range the compiler knows (0 to 63), which
 * makes that check fold. Not a constant: given one, gcc 14 folds musl's
 * FD_ISSET, expanded in place, to a test of one byte, which it cannot do
 * once the wrapper is inlined (a load of another width, not a check). */
#define _GNU_SOURCE 1
#include <sys/select.h>
void f_FD_SET(fd_set *s, int fd) { FD_SET(fd & 63, s); }
void f_FD_CLR(fd_set *s, int fd) { FD_CLR(fd & 63, s); }
int f_FD_ISSET(const fd_set *s, int fd) { return FD_ISSET(fd & 63, s); }
