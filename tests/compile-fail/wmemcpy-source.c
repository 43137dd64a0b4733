/* SPDX-License-Identifier: 0BSD */
/* wmemcpy: a constant count of wide characters larger than the source fails
 * the compile too; the longest count that fits compiles.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH=8 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}wmemcpy: reading past the end of the source object
 * GCC-DAG: reading 36 bytes from a region of size 32
 */
#include <wchar.h>

#ifndef LENGTH
#define LENGTH 9
#endif

wchar_t source[8];

void copy(wchar_t *destination)
{
	wmemcpy(destination, source, LENGTH);
}
