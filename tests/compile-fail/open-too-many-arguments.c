/* SPDX-License-Identifier: 0BSD */
/* open: more than one argument after the flags fails the compile (the
 * prototype's "..." would take them). With the mode alone it compiles
 * without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s
 * RUN: %cc -DFIXED -c %s -o /dev/null
 * CHECK: error: {{.*}}open: too many arguments
 */
#define _GNU_SOURCE 1
#include <fcntl.h>

int create(const char *path)
{
#ifndef FIXED
	return open(path, O_CREAT | O_WRONLY, 0600, 0);
#else
	return open(path, O_CREAT | O_WRONLY, 0600);
#endif
}
