/* SPDX-License-Identifier: 0BSD */
/* mbstowcs: a constant count of wide characters larger than the
 * destination fails the compile and names the function; gcc also states
 * both sizes, in bytes. The largest count that fits compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DCOUNT=2 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}mbstowcs: writing past the end of the destination object
 * GCC-DAG: writing 12 bytes into a region of size 8
 */
#include <stdlib.h>

#ifndef COUNT
#define COUNT 3
#endif

wchar_t destination[2];

size_t fill(const char *source)
{
	return mbstowcs(destination, source, COUNT);
}
