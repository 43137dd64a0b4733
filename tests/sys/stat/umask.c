/* SPDX-License-Identifier: 0BSD */
/* umask: a constant mask with bits outside 0777 fails the compile
 * (tests/compile-fail/umask.c); any other call is libc's, which ignores
 * such bits, and returns the previous mask. &umask, (umask) and
 * redeclarations still work.
 * RUN: %cc %s -o %t
 * RUN: %t | FileCheck %s
 * RUN: %cc -DREDECLARE=1 %s -o %t.redeclared
 * RUN: %t.redeclared | FileCheck %s
 * CHECK: previous masks 22 777 77 0
 */
#include <sys/stat.h>
#include <stdio.h>

#ifdef REDECLARE
#ifdef __cplusplus
extern "C"
#endif
mode_t umask(mode_t);
#endif


static mode_t opaque(mode_t mask)
{
	volatile mode_t hidden = mask;

	return hidden;
}

int main(void)
{
	mode_t (*pointer)(mode_t) = &umask;
	unsigned int first, second, third, fourth;

	umask(022);
	first = umask(0777);
	second = (umask)(opaque(07077));
	third = pointer(0);
	fourth = umask(0);
	printf("previous masks %o %o %o %o\n", first, second, third, fourth);
	return 0;
}
