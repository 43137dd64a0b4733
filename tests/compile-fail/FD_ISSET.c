/* SPDX-License-Identifier: 0BSD */
/* FD_ISSET: a constant descriptor outside 0 .. FD_SETSIZE - 1 fails the
 * compile, whatever the set. The last descriptor inside compiles without a
 * word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s
 * RUN: not %cc -DDESCRIPTOR=-1 -c %s -o /dev/null 2>&1 | FileCheck %s
 * RUN: %cc -DDESCRIPTOR='FD_SETSIZE - 1' -c %s -o /dev/null
 * CHECK: error: {{.*}}FD_ISSET: descriptor outside fd_set
 */
#include <sys/select.h>

#ifndef DESCRIPTOR
#define DESCRIPTOR FD_SETSIZE
#endif

int mark(fd_set *set)
{
	return FD_ISSET(DESCRIPTOR, set);
}
