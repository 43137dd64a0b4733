/* SPDX-License-Identifier: 0BSD */
/* open64: more than one argument after the flags fails the compile (the
 * prototype's "..." would take them). With the mode alone it compiles
 * without a word.
 * (musl's open64 is a macro for open, whose wrapper then answers.)
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s
 * RUN: %cc -DFIXED -c %s -o /dev/null
 * CHECK: error: {{.*}}{{open(64)?}}: too many arguments
 */
#define _GNU_SOURCE 1
/* musl 1.2.4 and later declare the *64 names only for this. */
#define _LARGEFILE64_SOURCE 1
#include <fcntl.h>

int create(const char *path)
{
#ifndef FIXED
	return open64(path, O_CREAT | O_WRONLY, 0600, 0);
#else
	return open64(path, O_CREAT | O_WRONLY, 0600);
#endif
}
