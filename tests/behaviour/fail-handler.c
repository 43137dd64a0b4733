/* SPDX-License-Identifier: 0BSD */
/* FORTIFY_FAIL names the user's handler: it is called with the function's
 * name before anything is written. If it returns, the wrapper traps anyway.
 * RUN: %cc -DFORTIFY_FAIL=report_overflow %s -o %t
 * RUN: not %t exits | FileCheck %s --check-prefix=EXITS
 * RUN: %outcome trap %t returns
 * EXITS: overflow in memcpy, dst still "untouched"
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int handler_returns;
static char dst[10] = "untouched";

#ifdef __cplusplus
extern "C"
#endif
void report_overflow(const char *function)
{
	printf("overflow in %s, dst still \"%s\"\n", function, dst);
	fflush(stdout);
	if (!handler_returns)
		exit(3);
}

static size_t opaque(size_t n)
{
	volatile size_t hidden = n;

	return hidden;
}

int main(int argc, char **argv)
{
	handler_returns = argc > 1 && argv[1][0] == 'r';
	memcpy(dst, "abcdefghijk", opaque(11));
	printf("no trap\n");
	return 0;
}
