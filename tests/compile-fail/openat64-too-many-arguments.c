/* SPDX-License-Identifier: 0BSD */
/* openat64: more than one argument after the flags fails the compile (the
 * prototype's "..." would take them). With the mode alone it compiles
 * without a word.
 * (musl's openat64 is a macro for openat, whose wrapper then answers.)
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s
 * RUN: %cc -DFIXED -c %s -o /dev/null
 * CHECK: error: {{.*}}{{openat(64)?}}: too many arguments
 */
#define _GNU_SOURCE 1
/* musl 1.2.4 and later declare the *64 names only for this. */
#define _LARGEFILE64_SOURCE 1
#include <fcntl.h>

int create(const char *path, int directory)
{
#ifndef FIXED
	return openat64(directory, path, O_CREAT | O_WRONLY, 0600, 0);
#else
	return openat64(directory, path, O_CREAT | O_WRONLY, 0600);
#endif
}
