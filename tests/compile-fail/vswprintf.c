/* SPDX-License-Identifier: 0BSD */
/* vswprintf: a constant size in wide characters larger than the destination
 * fails the compile; gcc also states both sizes, in bytes. The
 * destination's own size compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH=8 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}vswprintf: writing past the end of the destination object
 * GCC-DAG: writing 36 bytes into a region of size 32
 */
#include <stdarg.h>
#include <wchar.h>

#ifndef LENGTH
#define LENGTH 9
#endif

wchar_t destination[8];

int print(int count, ...)
{
	va_list arguments;
	int ret;

	/* C23's va_start does not read count: used here, or gcc 15 calls it unused. */
	(void)count;
	va_start(arguments, count);
	ret = vswprintf(destination, LENGTH, L"%d", arguments);
	va_end(arguments);
	return ret;
}
