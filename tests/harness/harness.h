/* SPDX-License-Identifier: 0BSD */
/*
 * The cases every per-function test runs. A test file defines
 *
 *   WRITE(dst, n)  a call of the function under test that writes n elements
 *                  into dst (for strings, n counts the terminating NUL);
 *   FIT(dst)       the same call with n = ROOM, printing what it returned
 *                  and what dst holds, for FileCheck;
 *   READ(src, n)   (optional) a call that reads n bytes from src;
 *   ALSO_FITS(dst) (optional) another call that fits a ROOM-byte array,
 *                  printing like FIT;
 *
 * and, if the function's buffers are not of char,
 *
 *   ELEMENT        the element type of its buffers (wchar_t, struct pollfd),
 *   ARGUMENTS      (optional) the variable arguments that the case runner is
 *                  called with, for v* functions: the calls can use them as
 *                  the va_list `arguments`;
 *
 * then includes this file, whose main() runs the case named by argv[1]:
 *
 *   fit     FIT on a ROOM-byte array;
 *   also-fits  ALSO_FITS on a ROOM-byte array;
 *   whole   WRITE of ROOM + 1 bytes into a ROOM-byte array;
 *   member  WRITE of ROOM + 1 bytes into a ROOM-byte struct member that has
 *           more members after it, so the whole object has room;
 *   heap    WRITE of ROOM + 1 bytes into a heap object of ROOM bytes whose
 *           size is known only at run time;
 *   source  READ of ROOM + 1 bytes from a ROOM-byte array.
 *
 * (Every "byte" above is an ELEMENT.) Objects start zeroed: an empty string.
 * A case that returns prints "no trap" and exits 0; tests/lit/outcome tells
 * that apart from a trap and from any other death. Every size goes through
 * opaque(), so the checks under test are the run-time ones.
 *
 * The calls are macros, not functions taking a pointer, because the object
 * size must be visible where the fortified function is called.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#define ROOM 8

#ifndef ELEMENT
#define ELEMENT char
#endif

/* The source of every copy: longer than any destination, so reading from it
 * never overflows. tail(n) is a string of n characters. */
static const char letters[] = "abcdefghijklmnopqrstuvwxyz";
#define tail(n) (letters + (sizeof letters - 1) - (n))

/* Where READ copies to: big enough for any case. */
__attribute__((__unused__)) static ELEMENT sink[4 * ROOM];

struct with_member {
	ELEMENT member[ROOM];
	ELEMENT after[ROOM];
};

/* A size the optimiser cannot see through. */
static size_t opaque(size_t n)
{
	volatile size_t hidden = n;

	return hidden;
}

/*
 * A heap object that the compiler believes is n bytes (alloc_size) but that
 * has slack behind it, so that the heap case is a real overflow as far as
 * fortification can tell, yet writes into owned memory at levels where no
 * trap is expected.
 */
__attribute__((__noinline__, __malloc__, __alloc_size__(1)))
static void *alloc_with_slack(size_t n)
{
	return malloc(n + ROOM * sizeof(ELEMENT));
}

/* Sets n bytes at p to the byte b without any fortified call. */
static void fill(void *p, int b, size_t n)
{
	volatile unsigned char *byte = (volatile unsigned char *)p;

	while (n-- > 0)
		*byte++ = (unsigned char)b;
}

/* Sets dst to the string s without any fortified call. */
__attribute__((__unused__))
static void set_string(char *dst, const char *s)
{
	while ((*dst++ = *s++) != '\0')
		;
}

/* Prints n bytes, NULs as \0, between quotes. */
__attribute__((__unused__))
static void print_bytes(const char *label, const void *p, size_t n)
{
	const unsigned char *b = (const unsigned char *)p;
	size_t i;

	printf("%s \"", label);
	for (i = 0; i < n; i++) {
		if (b[i] == '\0')
			printf("\\0");
		else
			putchar(b[i]);
	}
	printf("\"\n");
}

static int is_case(const char *arg, const char *name)
{
	while (*arg != '\0' && *arg == *name) {
		arg++;
		name++;
	}
	return *arg == *name;
}

static int run_case(const char *which, ...)
{
	va_list arguments;
	int status = 0;

	va_start(arguments, which);
	(void)arguments;
	if (is_case(which, "fit")) {
		ELEMENT dst[ROOM];

		fill(dst, 0, sizeof dst);
		FIT(dst);
#ifdef ALSO_FITS
	} else if (is_case(which, "also-fits")) {
		ELEMENT dst[ROOM];

		fill(dst, 0, sizeof dst);
		ALSO_FITS(dst);
#endif
	} else if (is_case(which, "whole")) {
		ELEMENT dst[ROOM];

		fill(dst, 0, sizeof dst);
		WRITE(dst, opaque(ROOM + 1));
		printf("no trap\n");
	} else if (is_case(which, "member")) {
		struct with_member s;

		fill(&s, 0, sizeof s);
		WRITE(s.member, opaque(ROOM + 1));
		printf("no trap\n");
	} else if (is_case(which, "heap")) {
		ELEMENT *dst = (ELEMENT *)alloc_with_slack(opaque(ROOM * sizeof(ELEMENT)));

		fill(dst, 0, ROOM * sizeof(ELEMENT));
		WRITE(dst, opaque(ROOM + 1));
		printf("no trap\n");
#ifdef READ
	} else if (is_case(which, "source")) {
		ELEMENT src[ROOM];

		fill(src, '1', sizeof src);
		READ(src, opaque(ROOM + 1));
		printf("no trap\n");
#endif
	} else {
		printf("unknown case \"%s\"\n", which);
		status = 2;
	}
	va_end(arguments);
	return status;
}

#ifndef ARGUMENTS
#define ARGUMENTS 0
#endif

int main(int argc, char **argv)
{
	return run_case(argc > 1 ? argv[1] : "", ARGUMENTS);
}
