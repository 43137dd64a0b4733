/* SPDX-License-Identifier: 0BSD */
/* fgets_unlocked: a constant count larger than the destination is a warning, as
 * glibc's own (here an error, under -Werror): the call is wrong only for
 * a line that does not fit, which traps (realcode/fgets_unlocked-larger-count.c).
 * The destination's own size compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH=8 -c %s -o /dev/null
 * CHECK: error: {{.*}}fgets_unlocked: the count is larger than the destination object
 */
#define _GNU_SOURCE 1
#include <stdio.h>

#ifndef LENGTH
#define LENGTH 9
#endif

char destination[8];

char *read_line(FILE *stream)
{
	return fgets_unlocked(destination, LENGTH, stream);
}
