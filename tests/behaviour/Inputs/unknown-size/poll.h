/* SPDX-License-Identifier: 0BSD */
/* One function per wrapper, called with sizes the compiler cannot know. */
#define _GNU_SOURCE 1
#include <poll.h>
#include <signal.h>
int f_poll(struct pollfd *f, nfds_t n, int t) { return poll(f, n, t); }
int f_ppoll(struct pollfd *f, nfds_t n, const struct timespec *t, const sigset_t *m)
{
	return ppoll(f, n, t, m);
}
