/* SPDX-License-Identifier: 0BSD */
/* ptsname_r writes at most n bytes: it checks n against the buffer, a
 * sub-object from level 2 on. Run on a real pseudo-terminal.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 0, buf holds "/dev/pts/{{[0-9]+}}", as ptsname says
 */
#define _GNU_SOURCE 1
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ROOM 32

static size_t opaque(size_t n)
{
	volatile size_t hidden = n;

	return hidden;
}

/* A heap object the compiler believes is n bytes, with room behind it. */
__attribute__((__noinline__, __malloc__, __alloc_size__(1)))
static void *alloc_with_slack(size_t n)
{
	return malloc(n + ROOM);
}

int main(int argc, char **argv)
{
	const char *which = argc > 1 ? argv[1] : "";
	int fd = posix_openpt(O_RDWR | O_NOCTTY);
	int ret;

	if (fd < 0) {
		perror("posix_openpt");
		return 1;
	}
	if (strcmp(which, "fit") == 0) {
		char buf[ROOM];
		const char *name;

		ret = ptsname_r(fd, buf, opaque(ROOM));
		name = ptsname(fd);
		printf("returned %d, buf holds \"%s\", as ptsname %s\n", ret, buf,
			name && strcmp(buf, name) == 0 ? "says" : "does not say");
		return 0;
	} else if (strcmp(which, "whole") == 0) {
		char buf[ROOM];

		ret = ptsname_r(fd, buf, opaque(ROOM + 1));
	} else if (strcmp(which, "member") == 0) {
		struct {
			char member[ROOM];
			char after[ROOM];
		} s;

		ret = ptsname_r(fd, s.member, opaque(ROOM + 1));
	} else if (strcmp(which, "heap") == 0) {
		ret = ptsname_r(fd, (char *)alloc_with_slack(opaque(ROOM)), opaque(ROOM + 1));
	} else {
		printf("unknown case \"%s\"\n", which);
		return 2;
	}
	printf("no trap (%d)\n", ret);
	return 0;
}
