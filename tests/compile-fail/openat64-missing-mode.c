/* SPDX-License-Identifier: 0BSD */
/* openat64: flags that create a file (O_CREAT, or O_TMPFILE) and no mode
 * argument fail the compile: the file would get whatever mode the stack
 * held. The same call with a mode compiles without a word.
 * (musl's openat64 is a macro for openat, whose wrapper then answers.)
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s
 * RUN: not %cc -DFLAGS='O_TMPFILE | O_RDWR' -c %s -o /dev/null 2>&1 | FileCheck %s
 * RUN: %cc -DFIXED -c %s -o /dev/null
 * CHECK: error: {{.*}}{{openat(64)?}}: O_CREAT or O_TMPFILE needs a mode argument
 */
#define _GNU_SOURCE 1
/* musl 1.2.4 and later declare the *64 names only for this. */
#define _LARGEFILE64_SOURCE 1
#include <fcntl.h>

#ifndef FLAGS
#define FLAGS O_CREAT | O_WRONLY
#endif

int create(const char *path, int directory)
{
#ifndef FIXED
	return openat64(directory, path, FLAGS);
#else
	return openat64(directory, path, FLAGS, 0600);
#endif
}
