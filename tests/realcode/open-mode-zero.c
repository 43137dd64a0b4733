/* SPDX-License-Identifier: 0BSD */
/* open(path, O_RDONLY, 0), a mode with flags that create nothing, is common
 * and harmless (libc ignores the mode): no warning under -Werror (issue
 * #14).
 * RUN: %cc %s -o %t
 * RUN: %t %s | FileCheck %s
 * CHECK: opened 1
 */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int fd = open(argc > 1 ? argv[1] : "", O_RDONLY, 0);

	printf("opened %d\n", fd >= 0);
	if (fd >= 0)
		close(fd);
	return 0;
}
