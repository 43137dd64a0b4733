/* SPDX-License-Identifier: 0BSD */
/* cxx-overload-before-header.c with std::string, as real programs write
 * them: std::string getcwd() and write(int, const std::string &) declared
 * before <unistd.h> compile and run as without the headers (issue #14).
 * REQUIRES: c++-library
 * RUN: %cc %s -o %t
 * RUN: %t | FileCheck %s
 * CHECK: abc
 * CHECK-NEXT: libc wrote 3
 * CHECK-NEXT: hello
 * CHECK-NEXT: overload wrote 5
 * CHECK-NEXT: getcwd: /
 * XFAIL: gcc
 * Expected to fail until fixed: as cxx-overload-before-header.c: open in issue #14.
 */
#include <string>
#include <sys/types.h>

std::string getcwd();
ssize_t write(int fd, const std::string &s);

#include <stdio.h>
#include <unistd.h>

std::string getcwd()
{
	char buf[256];

	return getcwd(buf, sizeof buf) != NULL ? std::string(buf) : std::string();
}

ssize_t write(int fd, const std::string &s)
{
	return write(fd, s.data(), s.size());
}

int main()
{
	ssize_t n;

	if (chdir("/") != 0)
		return 1;
	fflush(stdout);
	n = write(1, "abc", 3);
	printf("\nlibc wrote %zd\n", n);
	fflush(stdout);
	n = write(1, std::string("hello"));
	printf("\noverload wrote %zd\n", n);
	printf("getcwd: %s\n", getcwd().c_str());
	return 0;
}
