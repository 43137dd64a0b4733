/* SPDX-License-Identifier: 0BSD */
/* A function compiled at -O0 in an optimised file, by #pragma GCC optimize
 * or __attribute__((optimize)), is valid code: wrapped calls in it compile
 * without a word under -Werror and run as they do without the headers
 * (issue #14). gcc only: clang ignores both, with a warning.
 * REQUIRES: gcc
 * RUN: %cc %s -o %t
 * RUN: %t abc | FileCheck %s
 * CHECK: wiped 0 0, copied abc, marked 1, formatted <abc>
 * CHECK-NEXT: wiped 0 0, copied abc, marked 1, formatted <abc>
 */
#include <stdio.h>
#include <string.h>
#include <sys/select.h>

#pragma GCC push_options
#pragma GCC optimize("O0")
static void wipe(void *p, size_t n)
{
	memset(p, 0, n);
}

static void copy(char *dst, const char *src, size_t n)
{
	strcpy(dst, src);
	memcpy(dst + n, src, n);
}

static int mark(int fd)
{
	fd_set set;

	FD_ZERO(&set);
	FD_SET(fd, &set);
	return FD_ISSET(fd, &set) != 0;
}

static void format(char *dst, size_t n, const char *s)
{
	snprintf(dst, n, "<%s>", s);
}
#pragma GCC pop_options

__attribute__((optimize("O0"))) static void wipe_attribute(void *p, size_t n)
{
	memset(p, 0, n);
}

__attribute__((optimize("O0"))) static void copy_attribute(char *dst, const char *src, size_t n)
{
	strcpy(dst, src);
	memcpy(dst + n, src, n);
}

__attribute__((optimize("O0"))) static int mark_attribute(int fd)
{
	fd_set set;

	FD_ZERO(&set);
	FD_SET(fd, &set);
	return FD_ISSET(fd, &set) != 0;
}

__attribute__((optimize("O0"))) static void format_attribute(char *dst, size_t n, const char *s)
{
	snprintf(dst, n, "<%s>", s);
}

int main(int argc, char **argv)
{
	const char *s = argc > 1 ? argv[1] : "";
	size_t n = strlen(s);
	unsigned char secret[2] = { 1, 2 };
	char copied[16], formatted[16];

	wipe(secret, sizeof secret);
	copy(copied, s, n);
	format(formatted, sizeof formatted, s);
	printf("wiped %d %d, copied %.*s, marked %d, formatted %s\n", secret[0], secret[1],
		(int)n, copied + n, mark(3), formatted);
	secret[0] = 1;
	wipe_attribute(secret, sizeof secret);
	copy_attribute(copied, s, n);
	format_attribute(formatted, sizeof formatted, s);
	printf("wiped %d %d, copied %.*s, marked %d, formatted %s\n", secret[0], secret[1],
		(int)n, copied + n, mark_attribute(3), formatted);
	return 0;
}
