/* SPDX-License-Identifier: 0BSD */
/* vsprintf: a format without conversions longer than the destination, its
 * NUL included, fails the compile; gcc also states both sizes. The longest
 * format that fits compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DFORMAT='"abcdefg"' -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}vsprintf: writing past the end of the destination object
 * GCC-DAG: writing 9 bytes into a region of size 8
 */
#include <stdarg.h>
#include <stdio.h>

#ifndef FORMAT
#define FORMAT "abcdefgh"
#endif

char destination[8];

int print(int count, ...)
{
	va_list arguments;
	int ret;

	/* C23's va_start does not read count: used here, or gcc 15 calls it unused. */
	(void)count;
	va_start(arguments, count);
	ret = vsprintf(destination, FORMAT, arguments);
	va_end(arguments);
	return ret;
}
