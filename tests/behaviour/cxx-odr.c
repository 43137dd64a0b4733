/* SPDX-License-Identifier: 0BSD */
/* C++: two translation units share an inline function that calls wrapped
 * functions; they link, and define no symbol of ours or of libc's.
 * REQUIRES: c++
 * RUN: %cc -c %s -o %t.first.o
 * RUN: %cc -c %S/Inputs/odr-second.c -o %t.second.o
 * RUN: %cc -x none %t.first.o %t.second.o -o %t
 * RUN: %t | FileCheck %s
 * RUN: nm -C %t.first.o %t.second.o | FileCheck %s --check-prefix=SYMBOLS
 * CHECK: n:first n:second
 * SYMBOLS-NOT: {{ [TtWwVv] .*(mem|str|stp|fortify)}}
 */
#include <stdio.h>
#include "Inputs/odr.h"

int main()
{
	char a[16], b[16];

	printf("%s %s\n", copy_name(a, "first"), second(b));
	return 0;
}
