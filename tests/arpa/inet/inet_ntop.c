/* SPDX-License-Identifier: 0BSD */
/* inet_ntop writes at most size bytes: it checks size against the
 * destination, a sub-object from level 2 on; and it reads an address of the
 * family, 4 bytes for AF_INET and 16 for AF_INET6, which the whole source
 * must hold. Other families are not checked.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %t fit6 | FileCheck %s --check-prefix=FIT6
 * RUN: %t other | FileCheck %s --check-prefix=OTHER
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * RUN: %outcome trap %t source
 * RUN: %outcome trap %t source6
 * RUN: %outcome no-trap %t source-member
 * CHECK: returned dst, dst holds "1.2.3.4"
 * FIT6: returned dst, dst holds "::1"
 * OTHER: returned NULL
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ROOM 8

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

static const unsigned char four[4] = { 1, 2, 3, 4 };
static const unsigned char sixteen[16] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 };

#define INET (int)opaque(AF_INET)
#define INET6 (int)opaque(AF_INET6)
#define SIZE(n) (socklen_t)opaque(n)

int main(int argc, char **argv)
{
	const char *which = argc > 1 ? argv[1] : "";
	const char *ret;

	if (strcmp(which, "fit") == 0 || strcmp(which, "fit6") == 0) {
		char dst[ROOM];

		if (strcmp(which, "fit") == 0)
			ret = inet_ntop(INET, four, dst, SIZE(ROOM));
		else
			ret = inet_ntop(INET6, sixteen, dst, SIZE(ROOM));
		printf("returned %s, dst holds \"%s\"\n", ret == dst ? "dst" : "?", dst);
		return 0;
	} else if (strcmp(which, "other") == 0) {
		unsigned char src[1] = { 0 };
		char dst[1];

		ret = inet_ntop((int)opaque(AF_UNIX), src, dst, SIZE(1));
		printf("returned %s\n", ret ? "?" : "NULL");
		return 0;
	} else if (strcmp(which, "whole") == 0) {
		char dst[ROOM];

		ret = inet_ntop(INET, four, dst, SIZE(ROOM + 1));
	} else if (strcmp(which, "member") == 0) {
		struct {
			char member[ROOM];
			char after[ROOM];
		} s;

		ret = inet_ntop(INET, four, s.member, SIZE(ROOM + 1));
	} else if (strcmp(which, "heap") == 0) {
		ret = inet_ntop(INET, four, (char *)alloc_with_slack(opaque(ROOM)), SIZE(ROOM + 1));
	} else if (strcmp(which, "source") == 0) {
		unsigned char src[3] = { 1, 2, 3 };
		char dst[ROOM];

		ret = inet_ntop(INET, src, dst, SIZE(ROOM));
	} else if (strcmp(which, "source6") == 0) {
		unsigned char src[15] = { 0 };
		char dst[ROOM];

		ret = inet_ntop(INET6, src, dst, SIZE(ROOM));
	} else if (strcmp(which, "source-member") == 0) {
		struct {
			unsigned char member[3];
			unsigned char after[13];
		} s = { { 1, 2, 3 }, { 4 } };
		char dst[ROOM];

		ret = inet_ntop(INET, s.member, dst, SIZE(ROOM));
	} else {
		printf("unknown case \"%s\"\n", which);
		return 2;
	}
	printf("no trap (%s)\n", ret ? ret : "NULL");
	return 0;
}
