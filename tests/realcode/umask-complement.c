/* SPDX-License-Identifier: 0BSD */
/* umask of a complement, umask(~(S_IRUSR | S_IWUSR)) or umask(~0777), is a
 * common idiom: libc keeps the permission bits, and so it compiles without
 * a word (issue #14). tests/compile-fail/umask.c keeps the masks that
 * cannot mean what they say (01777, S_IFREG | 0644) failing the compile.
 * clang 23's own -Wfortify-source warns about such masks, with or without
 * the headers: that is not ours, and off here.
 * RUN: %cc -Wno-unknown-warning-option -Wno-fortify-source %s -o %t
 * RUN: %t | FileCheck %s
 * CHECK: 0177 then 0000, restored 0022
 */
#include <stdio.h>
#include <sys/stat.h>
#include <sys/types.h>

int main(void)
{
	mode_t old = umask(022);
	mode_t first, second;

	umask(~(S_IRUSR | S_IWUSR));
	first = umask(~0777);
	second = umask(old);
	printf("%04o then %04o, restored %04o\n", (unsigned)first, (unsigned)second,
		(unsigned)umask(old));
	return 0;
}
