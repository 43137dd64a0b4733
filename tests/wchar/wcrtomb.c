/* SPDX-License-Identifier: 0BSD */
/* wcrtomb writes one character, of up to MB_LEN_MAX bytes. Into a smaller
 * destination, a sub-object from level 2 on, it traps exactly when the
 * character does not fit. The cases write U+00E9, two bytes in UTF-8, into one
 * or two bytes; an invalid character (a surrogate) writes nothing.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * RUN: %outcome no-trap %t invalid
 * RUN: %t invalid | FileCheck %s --check-prefix=INVALID
 * CHECK: returned 2, dst holds c3 a9
 * INVALID: returned -1, dst holds 00
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#define E_ACUTE ((wchar_t)0xe9)

/* A size the optimiser cannot see through. */
static size_t opaque(size_t n)
{
	volatile size_t hidden = n;

	return hidden;
}

/* n bytes as far as the compiler knows, with room behind (see harness.h). */
__attribute__((__noinline__, __malloc__, __alloc_size__(1)))
static void *alloc_with_slack(size_t n)
{
	return calloc(n + 16, 1);
}

static void print_result(size_t returned, const char *dst, size_t n)
{
	size_t i;

	printf("returned %d, dst holds", (int)returned);
	for (i = 0; i < n; i++)
		printf(" %02x", (unsigned char)dst[i]);
	printf("\n");
}

int main(int argc, char **argv)
{
	const char *which = argc > 1 ? argv[1] : "";

	if (setlocale(LC_ALL, "C.UTF-8") == NULL) {
		printf("no C.UTF-8 locale\n");
		return 2;
	}
	if (strcmp(which, "fit") == 0) {
		char dst[2] = { 0, 0 };

		print_result(wcrtomb(dst, E_ACUTE, NULL), dst, sizeof dst);
	} else if (strcmp(which, "whole") == 0) {
		char dst[1] = { 0 };

		wcrtomb(dst, E_ACUTE, NULL);
		printf("no trap\n");
	} else if (strcmp(which, "member") == 0) {
		struct {
			char member[1];
			char after[7];
		} s = { { 0 }, { 0 } };

		wcrtomb(s.member, E_ACUTE, NULL);
		printf("no trap\n");
	} else if (strcmp(which, "heap") == 0) {
		char *dst = (char *)alloc_with_slack(opaque(1));

		wcrtomb(dst, E_ACUTE, NULL);
		printf("no trap\n");
	} else if (strcmp(which, "invalid") == 0) {
		char dst[1] = { 0 };

		print_result(wcrtomb(dst, (wchar_t)0xd800, NULL), dst, sizeof dst);
		printf("no trap\n");
	} else {
		printf("unknown case \"%s\"\n", which);
		return 2;
	}
	return 0;
}
