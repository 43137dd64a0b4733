/* SPDX-License-Identifier: 0BSD */
/* open's mode is a variadic argument: a mode_t variable, an int variable
 * and a constant all pass without a conversion warning, so the wrapper
 * must not add one under -Wconversion -Wsign-conversion (issue #14).
 * RUN: rm -f %t.file
 * RUN: %cc -Wconversion -Wsign-conversion %s -o %t
 * RUN: %t %t.file | FileCheck %s
 * CHECK: opened 3 times
 */
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

static int opened(int fd)
{
	if (fd < 0)
		return 0;
	close(fd);
	return 1;
}

int main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : "";
	mode_t mode = S_IRUSR | S_IWUSR;
	int int_mode = 0600;
	int n = 0;

	n += opened(open(path, O_CREAT | O_WRONLY, mode));
	n += opened(open(path, O_CREAT | O_WRONLY, int_mode));
	n += opened(open(path, O_CREAT | O_WRONLY, 0644));
	printf("opened %d times\n", n);
	return 0;
}
