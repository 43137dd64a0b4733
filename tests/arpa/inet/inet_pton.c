/* SPDX-License-Identifier: 0BSD */
/* inet_pton writes an address of the family, 4 bytes for AF_INET and 16 for
 * AF_INET6: the destination must hold them, the whole object at level 1
 * and, as glibc 2.42 checks it, the sub-object from level 2. Other families
 * are not checked.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %t fit6 | FileCheck %s --check-prefix=FIT6
 * RUN: %t other | FileCheck %s --check-prefix=OTHER
 * RUN: %outcome trap %t whole
 * RUN: %outcome trap %t whole6
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 1, dst holds 01 02 03 04
 * FIT6: returned 1, dst holds 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 01
 * OTHER: returned -1
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

static void print_result(int ret, const unsigned char *dst, int n)
{
	int i;

	printf("returned %d, dst holds", ret);
	for (i = 0; i < n; i++)
		printf(" %02x", dst[i]);
	printf("\n");
}

#define INET (int)opaque(AF_INET)
#define INET6 (int)opaque(AF_INET6)

int main(int argc, char **argv)
{
	const char *which = argc > 1 ? argv[1] : "";
	int ret;

	if (strcmp(which, "fit") == 0) {
		unsigned char dst[4];

		ret = inet_pton(INET, "1.2.3.4", dst);
		print_result(ret, dst, 4);
		return 0;
	} else if (strcmp(which, "fit6") == 0) {
		unsigned char dst[16];

		ret = inet_pton(INET6, "::1", dst);
		print_result(ret, dst, 16);
		return 0;
	} else if (strcmp(which, "other") == 0) {
		unsigned char dst[1];

		printf("returned %d\n", inet_pton((int)opaque(AF_UNIX), "1.2.3.4", dst));
		return 0;
	} else if (strcmp(which, "whole") == 0) {
		unsigned char dst[3];

		ret = inet_pton(INET, "1.2.3.4", dst);
	} else if (strcmp(which, "whole6") == 0) {
		unsigned char dst[15];

		ret = inet_pton(INET6, "::1", dst);
	} else if (strcmp(which, "member") == 0) {
		struct {
			unsigned char member[3];
			unsigned char after[13];
		} s;

		ret = inet_pton(INET, "1.2.3.4", s.member);
	} else if (strcmp(which, "heap") == 0) {
		ret = inet_pton(INET, "1.2.3.4", alloc_with_slack(opaque(3)));
	} else {
		printf("unknown case \"%s\"\n", which);
		return 2;
	}
	printf("no trap (%d)\n", ret);
	return 0;
}
