/* SPDX-License-Identifier: 0BSD */
/* sprintf, snprintf and swprintf into an array through a pointer variable,
 * or through a small static helper that takes the buffer as a parameter and
 * is inlined: an overflow traps on every compiler and at every level (the
 * pointer is to a whole array, whose size every level checks). clang at
 * levels 1 and 2 left these calls unchecked (issue #14).
 * RUN: %cc %s -o %t
 * RUN: %t fit abc | FileCheck %s
 * RUN: %outcome trap %t sprintf-pointer abcdefghijkl
 * RUN: %outcome trap %t snprintf-pointer abcdefghijkl
 * RUN: %outcome trap %t swprintf-pointer abcdefghijkl
 * RUN: %outcome trap %t sprintf-helper abcdefghijkl
 * RUN: %outcome trap %t snprintf-helper abcdefghijkl
 * RUN: %outcome trap %t swprintf-helper abcdefghijkl
 * CHECK: <abc> <abc> <abc> <abc> <abc> <abc>
 */
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#define ROOM 8

/* A count the optimiser cannot see through. */
static size_t opaque(size_t n)
{
	volatile size_t hidden = n;

	return hidden;
}

static void sprintf_helper(char *dst, const char *s)
{
	sprintf(dst, "<%s>", s);
}

static void snprintf_helper(char *dst, size_t n, const char *s)
{
	snprintf(dst, n, "<%s>", s);
}

static void swprintf_helper(wchar_t *dst, size_t n, const char *s)
{
	swprintf(dst, n, L"<%s>", s);
}

int main(int argc, char **argv)
{
	const char *which = argc > 1 ? argv[1] : "";
	const char *s = argc > 2 ? argv[2] : "";
	char buf[ROOM] = "", helped[ROOM] = "", nbuf[ROOM] = "", nhelped[ROOM] = "";
	wchar_t wbuf[ROOM] = L"", whelped[ROOM] = L"";
	char *p = buf, *np = nbuf;
	wchar_t *wp = wbuf;
	/* The counts of an overflow are too large as well. */
	size_t n = opaque(strcmp(which, "fit") == 0 ? ROOM : 2 * ROOM);

	if (strcmp(which, "fit") == 0 || strcmp(which, "sprintf-pointer") == 0)
		sprintf(p, "<%s>", s);
	if (strcmp(which, "fit") == 0 || strcmp(which, "snprintf-pointer") == 0)
		snprintf(np, n, "<%s>", s);
	if (strcmp(which, "fit") == 0 || strcmp(which, "swprintf-pointer") == 0)
		swprintf(wp, n, L"<%s>", s);
	if (strcmp(which, "fit") == 0 || strcmp(which, "sprintf-helper") == 0)
		sprintf_helper(helped, s);
	if (strcmp(which, "fit") == 0 || strcmp(which, "snprintf-helper") == 0)
		snprintf_helper(nhelped, n, s);
	if (strcmp(which, "fit") == 0 || strcmp(which, "swprintf-helper") == 0)
		swprintf_helper(whelped, n, s);
	if (strcmp(which, "fit") == 0)
		printf("%s %s %ls %s %s %ls\n", buf, nbuf, wbuf, helped, nhelped, whelped);
	else
		printf("no trap\n");
	return 0;
}
