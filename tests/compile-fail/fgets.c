/* SPDX-License-Identifier: 0BSD */
/* fgets: a constant count larger than the destination is a warning, as
 * glibc's own (here an error, under -Werror): the call is wrong only for
 * a line that does not fit, which traps (realcode/fgets-larger-count.c).
 * The destination's own size compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH=8 -c %s -o /dev/null
 * CHECK: error: {{.*}}fgets: the count is larger than the destination object
 */
#include <stdio.h>

#ifndef LENGTH
#define LENGTH 9
#endif

char destination[8];

char *read_line(FILE *stream)
{
	return fgets(destination, LENGTH, stream);
}
