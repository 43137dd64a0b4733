/* SPDX-License-Identifier: 0BSD */
/* Optimisation flags that leave gcc's __builtin_constant_p folded late, so
 * that no pass removes the dead branch of a compile-time check: valid calls
 * still compile without a word under -Werror and run as without the headers,
 * and an overflow still traps at run time (issue #14). gcc only: the flags
 * are gcc's.
 * REQUIRES: gcc
 * RUN: %cc -O1 -fno-tree-dominator-opts %s -o %t.O1
 * RUN: %t.O1 fit def | FileCheck %s
 * RUN: %outcome trap %t.O1 overflow defghijk
 * RUN: %cc -O2 -fno-tree-vrp -fno-tree-dominator-opts %s -o %t.O2
 * RUN: %t.O2 fit def | FileCheck %s
 * RUN: %outcome trap %t.O2 overflow defghijk
 * RUN: %cc -O3 -fno-tree-vrp -fno-tree-dominator-opts %s -o %t.O3
 * RUN: %t.O3 fit def | FileCheck %s
 * RUN: %outcome trap %t.O3 overflow defghijk
 * RUN: %cc -Os -fno-tree-vrp -fno-tree-dominator-opts %s -o %t.Os
 * RUN: %t.Os fit def | FileCheck %s
 * RUN: %outcome trap %t.Os overflow defghijk
 * CHECK: marked 1, copied 3 wide characters, joined abcdef
 */
#include <stdio.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>
#include <wchar.h>

int main(int argc, char **argv)
{
	const char *s = argc > 2 ? argv[2] : "";
	char joined[8] = "abc";
	wchar_t w[8];
	int fds[2];
	fd_set set;

	if (argc > 1 && strcmp(argv[1], "overflow") == 0) {
		strcat(joined, s);
		printf("no trap\n");
		return 0;
	}
	if (pipe(fds) != 0)
		return 1;
	FD_ZERO(&set);
	FD_SET(fds[0], &set);
	wcscpy(w, L"abc");
	strcat(joined, s);
	printf("marked %d, copied %zu wide characters, joined %s\n", FD_ISSET(fds[0], &set) != 0,
		wcslen(w), joined);
	return 0;
}
