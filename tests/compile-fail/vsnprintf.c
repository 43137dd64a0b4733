/* SPDX-License-Identifier: 0BSD */
/* vsnprintf: a constant size larger than the destination fails the compile;
 * gcc also states both sizes, and so does clang's own -Wfortify-source. The
 * destination's own size compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DLENGTH=8 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}vsnprintf: writing past the end of the destination object
 * GCC-DAG: writing 9 bytes into a region of size 8
 * BUILTIN-DAG: 'vsnprintf' size argument is too large; destination buffer has size 8, but size argument is 9
 */
#include <stdarg.h>
#include <stdio.h>

#ifndef LENGTH
#define LENGTH 9
#endif

char destination[8];

int print(int count, ...)
{
	va_list arguments;
	int ret;

	/* C23's va_start does not read count: used here, or gcc 15 calls it unused. */
	(void)count;
	va_start(arguments, count);
	ret = vsnprintf(destination, LENGTH, "%d", arguments);
	va_end(arguments);
	return ret;
}
