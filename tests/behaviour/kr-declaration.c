/* SPDX-License-Identifier: 0BSD */
/* Old C code that declares libc functions without a prototype still
 * compiles (C before C23 only), and its calls are still checked.
 * REQUIRES: c
 * RUN: %cc -std=gnu17 -Wno-strict-prototypes -Wno-deprecated-non-prototype -Wno-unknown-warning-option %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * CHECK: hello, world
 */
#include <string.h>
#include <stdio.h>

char *strcpy();
char *strcat();

int main(int argc, char **argv)
{
	char dst[13];

	strcpy(dst, "hello, ");
	strcat(dst, argc > 1 && argv[1][0] == 'w' ? "world!" : "world");
	printf("%s\n", dst);
	printf("no trap\n");
	return 0;
}
