/* SPDX-License-Identifier: 0BSD */
/* FORTIFY_ERRORS_AS_WARNINGS: a call certain to overflow compiles, with a
 * warning that names the function, and still traps when it runs; without
 * the macro the same file does not compile. A certain misuse that is not an
 * overflow (FD_SET of a descriptor outside fd_set) behaves the same; its
 * warning is not checked, as g++ 11 does not show it: FD_SET is a macro of
 * a system header, and g++ 11 hides warnings from those.
 * RUN: %cc -DFORTIFY_ERRORS_AS_WARNINGS -Wno-error %s -o %t 2>&1 | FileCheck %s
 * RUN: %outcome trap %t overflow
 * RUN: %outcome trap %t descriptor
 * RUN: %t fit | FileCheck %s --check-prefix=FIT
 * RUN: not %cc %s -o %t.errors 2>&1 | FileCheck %s --check-prefix=ERROR
 * CHECK: warning: {{.*}}memcpy: writing past the end of the destination object
 * ERROR-DAG: error: {{.*}}memcpy: writing past the end of the destination object
 * ERROR-DAG: error: {{.*}}FD_SET: descriptor outside fd_set
 * FIT: fits: abcdefgh
 */
#include <stdio.h>
#include <string.h>
#include <sys/select.h>

static const char letters[] = "abcdefghijklmnop";

static void overflow(void)
{
	char small[8];

	memcpy(small, letters, 9);
	printf("no trap: %.8s\n", small);
}

static void descriptor(void)
{
	fd_set set;

	FD_ZERO(&set);
	FD_SET(FD_SETSIZE, &set);
	printf("no trap\n");
}

static void fit(void)
{
	char room[9];

	memcpy(room, letters, 8);
	room[8] = '\0';
	printf("fits: %s\n", room);
}

int main(int argc, char **argv)
{
	const char *which = argc > 1 ? argv[1] : "";

	if (strcmp(which, "overflow") == 0)
		overflow();
	else if (strcmp(which, "descriptor") == 0)
		descriptor();
	else
		fit();
	return 0;
}
