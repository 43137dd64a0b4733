/* SPDX-License-Identifier: 0BSD */
/* fgetws_unlocked: a constant count larger than the destination is a warning, as
 * glibc's own (here an error, under -Werror): the call is wrong only for
 * a line that does not fit, which traps (as realcode/fgetws-larger-count.c shows for fgetws).
 * The destination's own size compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH=8 -c %s -o /dev/null
 * CHECK: error: {{.*}}fgetws_unlocked: the count is larger than the destination object
 */
#define _GNU_SOURCE 1
#include <stdio.h>
#include <wchar.h>

#ifndef LENGTH
#define LENGTH 9
#endif

wchar_t destination[8];

wchar_t *read_line(FILE *stream)
{
	return fgetws_unlocked(destination, LENGTH, stream);
}
