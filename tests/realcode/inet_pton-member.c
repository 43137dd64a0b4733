/* SPDX-License-Identifier: 0BSD */
/* inet_pton into a struct member too small for the address: from level 2
 * the member is the object, as in glibc 2.42's own fortification, so it
 * traps; at level 1 the whole struct has room and it does not (issue #14).
 * The family is known only at run time, so nothing is certain at compile
 * time.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome %member-outcome %t member
 * CHECK: converted 1: 1.2.3.4
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

/* A family the optimiser cannot see through. */
static int opaque(int family)
{
	volatile int hidden = family;

	return hidden;
}

int main(int argc, char **argv)
{
	struct {
		unsigned char a[2];
		unsigned char after[6];
	} small;
	struct {
		unsigned char a[4];
		unsigned char after[4];
	} fits;
	int status;

	if (argc > 1 && strcmp(argv[1], "member") == 0) {
		status = inet_pton(opaque(AF_INET), "1.2.3.4", small.a);
		printf("no trap (%d, %d)\n", status, small.after[0]);
		return 0;
	}
	status = inet_pton(opaque(AF_INET), "1.2.3.4", fits.a);
	printf("converted %d: %d.%d.%d.%d\n", status, fits.a[0], fits.a[1], fits.a[2], fits.a[3]);
	return 0;
}
