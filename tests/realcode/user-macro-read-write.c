/* SPDX-License-Identifier: 0BSD */
/* read and write defined as macros naming the program's own functions
 * before any libc header (a test double, autoconf's rpl_ pattern), then
 * every wrapper header included: each compiles as without the headers and
 * the calls reach the program's functions, not libc's (issue #14).
 * RUN: %cc %s -o %t
 * RUN: %t | FileCheck %s
 * CHECK: mock_write 3
 * CHECK-NEXT: mock_read 8
 * CHECK-NEXT: wrote 3, read 8: abc
 */
#define read mock_read
#define write mock_write
#include <arpa/inet.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>
#include <wchar.h>

ssize_t mock_read(int fd, void *buf, size_t n)
{
	(void)fd;
	printf("mock_read %zu\n", n);
	memcpy(buf, "abc", 4);
	return (ssize_t)n;
}

ssize_t mock_write(int fd, const void *buf, size_t n)
{
	(void)fd;
	(void)buf;
	printf("mock_write %zu\n", n);
	return (ssize_t)n;
}

int main(void)
{
	char buf[8];
	ssize_t wrote = write(-1, "abc", 3);
	ssize_t got = read(-1, buf, sizeof buf);

	printf("wrote %zd, read %zd: %s\n", wrote, got, buf);
	return 0;
}
