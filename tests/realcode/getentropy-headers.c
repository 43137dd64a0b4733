/* SPDX-License-Identifier: 0BSD */
/* getentropy declared by <sys/random.h> alone, or by <unistd.h> alone
 * (glibc declares it in both; musl in <unistd.h> only): checked either
 * way, and with both in either order; a length larger than the buffer
 * traps (issue #14).
 * REQUIRES: glibc
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t overflow
 * RUN: %cc -DUNISTD %s -o %t.unistd
 * RUN: %t.unistd fit | FileCheck %s
 * RUN: %outcome trap %t.unistd overflow
 * RUN: %cc -DUNISTD -DRANDOM %s -o %t.both
 * RUN: %outcome trap %t.both overflow
 * RUN: %cc -DRANDOM -DUNISTD_AFTER %s -o %t.both-reversed
 * RUN: %outcome trap %t.both-reversed overflow
 * CHECK: got 8 bytes: 0
 */
#include <stdio.h>
#include <string.h>
#ifdef UNISTD
#include <unistd.h>
#endif
#if !defined(UNISTD) || defined(RANDOM)
#include <sys/random.h>
#endif
#ifdef UNISTD_AFTER
#include <unistd.h>
#endif

/* A length the optimiser cannot see through. */
static size_t opaque(size_t n)
{
	volatile size_t hidden = n;

	return hidden;
}

int main(int argc, char **argv)
{
	unsigned char buf[8];
	size_t n = opaque(argc > 1 && strcmp(argv[1], "overflow") == 0 ? 16 : 8);
	int status = getentropy(buf, n);

	if (n > sizeof buf)
		printf("no trap\n");
	else
		printf("got %zu bytes: %d\n", n, status);
	return 0;
}
