/* SPDX-License-Identifier: 0BSD */
/* gcc -pedantic warns about #include_next, except in a system header. */
#pragma GCC system_header
#include_next <sys/poll.h>
#include "../__fortify.h"
/*
 * glibc declares poll and ppoll here, and its <poll.h> only includes this
 * header; musl's is the other way round. The wrappers are in poll.h, which
 * a program that includes this header alone gets too: on either libc it
 * declares nothing this one does not.
 */
#if defined(__fortify_level) && !defined(__fortify_sys_poll_h)
#define __fortify_sys_poll_h
#include <poll.h>
#endif
