/* SPDX-License-Identifier: 0BSD */
/* realpath may write PATH_MAX (4096) bytes into a resolved buffer, so one of
 * a known size, a sub-object from level 2 on, must have them all; with NULL,
 * libc allocates.
 * RUN: %cc-errors-as-warnings %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %t null | FileCheck %s --check-prefix=NULL
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned resolved, resolved holds "/dev/null"
 * NULL: returned "/dev/null"
 */
#define _GNU_SOURCE 1
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PATH_MAX_BYTES 4096

static size_t opaque(size_t n)
{
	volatile size_t hidden = n;

	return hidden;
}

/* A heap object the compiler believes is n bytes, with room behind it. */
__attribute__((__noinline__, __malloc__, __alloc_size__(1)))
static void *alloc_with_slack(size_t n)
{
	return malloc(n + PATH_MAX_BYTES);
}

static const char path[] = "/dev/../dev/./null";

int main(int argc, char **argv)
{
	const char *which = argc > 1 ? argv[1] : "";
	char *got;

	if (strcmp(which, "fit") == 0) {
		static char resolved[PATH_MAX_BYTES];

		got = realpath(path, resolved);
		printf("returned %s, resolved holds \"%s\"\n",
			got == resolved ? "resolved" : "?", resolved);
		return 0;
	} else if (strcmp(which, "null") == 0) {
		got = realpath(path, NULL);
		printf("returned \"%s\"\n", got ? got : "(null)");
		free(got);
		return 0;
	} else if (strcmp(which, "whole") == 0) {
		static char resolved[PATH_MAX_BYTES - 1];

		got = realpath(path, resolved);
	} else if (strcmp(which, "member") == 0) {
		static struct {
			char member[PATH_MAX_BYTES - 1];
			char after[PATH_MAX_BYTES];
		} s;

		got = realpath(path, s.member);
	} else if (strcmp(which, "heap") == 0) {
		got = realpath(path, (char *)alloc_with_slack(opaque(PATH_MAX_BYTES - 1)));
	} else {
		printf("unknown case \"%s\"\n", which);
		return 2;
	}
	printf("no trap (%s)\n", got ? got : "(null)");
	return 0;
}
