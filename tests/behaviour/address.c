/* SPDX-License-Identifier: 0BSD */
/* &fn in a fortified translation unit is libc's function, the same address
 * a plain translation unit sees.
 * RUN: %compiler -O2 -DADDRESS=plain_address -c %S/Inputs/addresses.c -o %t.plain.o
 * RUN: %cc -DADDRESS=fortified_address -c %S/Inputs/addresses.c -o %t.fortified.o
 * RUN: %cc %s -x none %t.plain.o %t.fortified.o -o %t
 * RUN: %t | FileCheck %s
 * CHECK: memcpy same
 * CHECK: strcpy same
 * CHECK: strncat same
 * CHECK: bzero same
 */
#include <stdio.h>

typedef void (*any_function)(void);

#ifdef __cplusplus
extern "C" {
#endif
any_function plain_address(int which);
any_function fortified_address(int which);
#ifdef __cplusplus
}
#endif

int main(void)
{
	static const char *const names[] = { "memcpy", "strcpy", "strncat", "bzero" };
	int i;

	for (i = 0; i < 4; i++)
		printf("%s %s\n", names[i], plain_address(i) == fortified_address(i) ? "same" : "different");
	return 0;
}
