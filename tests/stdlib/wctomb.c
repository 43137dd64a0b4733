/* SPDX-License-Identifier: 0BSD */
/* wctomb writes one multibyte character: into an object of a known size, a
 * sub-object from level 2 on, smaller than any character can be, it traps
 * exactly when the character does not fit. Here "é" takes 2 bytes (UTF-8).
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %t also-fits | FileCheck %s --check-prefix=ALSO
 * RUN: %t invalid | FileCheck %s --check-prefix=INVALID
 * RUN: %t null | FileCheck %s --check-prefix=NULL
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 2, s holds c3 a9
 * ALSO: returned 1, s holds 61
 * INVALID: returned -1
 * NULL: returned 0
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define E_ACUTE ((wchar_t)0xe9)

static size_t opaque(size_t n)
{
	volatile size_t hidden = n;

	return hidden;
}

/* A heap object the compiler believes is n bytes, with room behind it. */
__attribute__((__noinline__, __malloc__, __alloc_size__(1)))
static void *alloc_with_slack(size_t n)
{
	return malloc(n + 16);
}

static void print_result(int ret, const char *s)
{
	int i;

	printf("returned %d, s holds", ret);
	for (i = 0; i < ret; i++)
		printf(" %02x", (unsigned char)s[i]);
	printf("\n");
}

int main(int argc, char **argv)
{
	const char *which = argc > 1 ? argv[1] : "";
	int ret;

	if (!setlocale(LC_ALL, "C.UTF-8")) {
		printf("no C.UTF-8 locale\n");
		return 1;
	}
	if (strcmp(which, "fit") == 0) {
		char s[2];

		ret = wctomb(s, E_ACUTE);
		print_result(ret, s);
		return 0;
	} else if (strcmp(which, "also-fits") == 0) {
		char s[1];

		ret = wctomb(s, (wchar_t)'a');
		print_result(ret, s);
		return 0;
	} else if (strcmp(which, "invalid") == 0) {
		char s[1];

		/* A surrogate is no character: nothing is written. */
		printf("returned %d\n", wctomb(s, (wchar_t)0xd800));
		return 0;
	} else if (strcmp(which, "null") == 0) {
		printf("returned %d\n", wctomb(NULL, E_ACUTE));
		return 0;
	} else if (strcmp(which, "whole") == 0) {
		char s[1];

		ret = wctomb(s, E_ACUTE);
	} else if (strcmp(which, "member") == 0) {
		struct {
			char member[1];
			char after[15];
		} s;

		ret = wctomb(s.member, E_ACUTE);
	} else if (strcmp(which, "heap") == 0) {
		ret = wctomb((char *)alloc_with_slack(opaque(1)), E_ACUTE);
	} else {
		printf("unknown case \"%s\"\n", which);
		return 2;
	}
	printf("no trap (%d)\n", ret);
	return 0;
}
