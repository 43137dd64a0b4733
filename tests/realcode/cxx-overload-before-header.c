/* SPDX-License-Identifier: 0BSD */
/* C++ overloads of wrapped names declared before the libc header (a
 * getcwd returning a string class, a write taking one): valid C++ that
 * compiles and runs as without the headers, the overloads and libc's
 * functions each reached by their own calls (issue #14). The string class is
 * the program's own, so that it also builds on musl, which has no C++
 * library here; cxx-overload-std-string.c does the same with std::string.
 * REQUIRES: c++
 * RUN: %cc %s -o %t
 * RUN: %t | FileCheck %s
 * CHECK: abc
 * CHECK-NEXT: libc wrote 3
 * CHECK-NEXT: hello
 * CHECK-NEXT: overload wrote 5
 * CHECK-NEXT: getcwd: /
 * XFAIL: gcc
 * Expected to fail until fixed: g++'s wrappers declare libc's function again as __typeof__(name),
 * which is ambiguous once the program has overloaded the name: open in
 * issue #14.
 */
#include <stddef.h>
#include <sys/types.h>

struct text {
	char s[64];
};

text getcwd();
ssize_t write(int fd, const text &t);

#include <stdio.h>
#include <string.h>
#include <unistd.h>

text getcwd()
{
	text t;

	if (getcwd(t.s, sizeof t.s) == NULL)
		t.s[0] = '\0';
	return t;
}

ssize_t write(int fd, const text &t)
{
	return write(fd, t.s, strlen(t.s));
}

int main()
{
	text hello = { "hello" };
	ssize_t n;

	if (chdir("/") != 0)
		return 1;
	fflush(stdout);
	n = write(1, "abc", 3);
	printf("\nlibc wrote %zd\n", n);
	fflush(stdout);
	n = write(1, hello);
	printf("\noverload wrote %zd\n", n);
	printf("getcwd: %s\n", getcwd().s);
	return 0;
}
