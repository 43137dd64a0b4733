/* SPDX-License-Identifier: 0BSD */
/* vsprintf checks its output against the destination, a sub-object from
 * level 2 on. The argument is tail(ROOM): "%s" writes ROOM + 1 bytes,
 * "%.7s" ROOM. It writes nothing past the object, even on its way to the
 * trap: see sprintf.c.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * RUN: %cc -DBOUNDED -DFORTIFY_FAIL=report %s -o %t.bounded
 * RUN: not %t.bounded | FileCheck %s --check-prefix=BOUNDED-L%level
 * CHECK: returned 7, dst holds "stuvwxy\0"
 * BOUNDED-L1: vsprintf failed, after holds "ijklmno\0"
 * BOUNDED-L2: vsprintf failed, after holds "########"
 * BOUNDED-L3: vsprintf failed, after holds "########"
 */
#include <stdio.h>

#ifndef BOUNDED
#define ARGUMENTS tail(ROOM)
#define WRITE(dst, n) vsprintf(dst, (n) > ROOM ? "%s" : "%.7s", arguments)
#define FIT(dst) print_bytes(WRITE(dst, opaque(ROOM)) == ROOM - 1 \
	? "returned 7, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
#else
#include <stdarg.h>
#include <stdlib.h>

static struct {
	char member[8];
	char after[8];
} s;
static const char *volatile text = "abcdefghijklmnopqrstuvwxyz";

#ifdef __cplusplus
extern "C"
#endif
void report(const char *function)
{
	int i;

	printf("%s failed, after holds \"", function);
	for (i = 0; i < 8; i++) {
		if (s.after[i] == '\0')
			printf("\\0");
		else
			putchar(s.after[i]);
	}
	printf("\"\n");
	exit(3);
}

__attribute__((__format__(__printf__, 1, 2)))
static void format(const char *fmt, ...)
{
	va_list arguments;

	va_start(arguments, fmt);
	vsprintf(s.member, fmt, arguments);
	va_end(arguments);
}

int main(void)
{
	int i;

	for (i = 0; i < 8; i++)
		s.after[i] = '#';
	format("%s", text);
	printf("no trap\n");
	return 0;
}
#endif
