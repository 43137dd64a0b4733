/* SPDX-License-Identifier: 0BSD */
/* sprintf checks its output against the destination, a sub-object from
 * level 2 on. It writes nothing past the object, even on its way to the
 * trap: the bounded program's handler finds the member's neighbour intact
 * where the member is the object (from level 2), and the output cut at the
 * end of the struct where the struct is (level 1).
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * RUN: %cc -DBOUNDED -DFORTIFY_FAIL=report %s -o %t.bounded
 * RUN: not %t.bounded | FileCheck %s --check-prefix=BOUNDED-L%level
 * CHECK: returned 7, dst holds "tuvwxyz\0"
 * BOUNDED-L1: sprintf failed, after holds "ijklmno\0"
 * BOUNDED-L2: sprintf failed, after holds "########"
 * BOUNDED-L3: sprintf failed, after holds "########"
 */
#include <stdio.h>

#ifndef BOUNDED
#define WRITE(dst, n) sprintf(dst, "%s", tail((n) - 1))
#define FIT(dst) print_bytes(WRITE(dst, opaque(ROOM)) == ROOM - 1 \
	? "returned 7, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
#else
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

int main(void)
{
	int i;

	for (i = 0; i < 8; i++)
		s.after[i] = '#';
	sprintf(s.member, "%s", text);
	printf("no trap\n");
	return 0;
}
#endif
