/* SPDX-License-Identifier: 0BSD */
/*
 * The body of the tests of fgets and its kin with a count larger than the
 * buffer: a test defines
 *
 *   GET(buf, n, stream)  the call, reading a line of at most n - 1
 *                        elements into buf;
 *   ELEMENT              (optional) the element type of buf, char unless
 *                        wide; FORMAT the printf conversion for buf;
 *   COUNT                (optional) the count, 16 through opaque() unless
 *                        a test wants a constant;
 *
 * then includes this file, whose main() reads the file named by argv[1]
 * into an 8-element buffer and prints what it read. glibc's own
 * fortification traps only when the line does not fit in the buffer, so
 * should these: a count is only an upper bound.
 */
#include <stdio.h>

#ifndef ELEMENT
#define ELEMENT char
#define FORMAT "%s"
#endif

#ifndef COUNT
#define COUNT opaque(16)
#endif

/* A count the optimiser cannot see through. */
__attribute__((__unused__)) static int opaque(int n)
{
	volatile int hidden = n;

	return hidden;
}

int main(int argc, char **argv)
{
	ELEMENT buf[8];
	FILE *stream = fopen(argc > 1 ? argv[1] : "", "r");

	if (stream == NULL)
		return 1;
	if (GET(buf, COUNT, stream) != buf)
		printf("read nothing\n");
	else
		printf("read " FORMAT, buf);
	printf("no trap\n");
	return 0;
}
