/* SPDX-License-Identifier: 0BSD */
/* memset: a literal length of 0 with a fill that is not 0, most likely the
 * two swapped, keeps the compiler's own -Wmemset-transposed-args through the
 * wrapper (in clang C++, the wrapper's own warning), an error under -Werror.
 * The fill and length the right way round compile without a word. (clang
 * does not warn about a 0 from a macro, so each call is written out.)
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DFIXED -c %s -o /dev/null
 * GCC: used with constant zero length parameter; this could be due to transposed parameters
 * CLANG: {{'size' argument to memset is '0'|memset: the length is 0 and the fill value is not}}; did you mean to transpose the last two arguments?
 */
#include <string.h>

char destination[8];

void fill(void)
{
#ifndef FIXED
	memset(destination, 'x', 0);
#else
	memset(destination, 0, 8);
#endif
}
