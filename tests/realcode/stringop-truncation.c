/* SPDX-License-Identifier: 0BSD */
/* gcc's -Wstringop-truncation for a strncat that copies only part of a
 * literal is given with the headers as without them (issue #14). gcc only:
 * clang has no such warning.
 * REQUIRES: gcc
 * RUN: %compiler -O2 -Wstringop-truncation -Wno-error -c %s -o /dev/null 2>&1 | FileCheck %s
 * RUN: %cc -Wstringop-truncation -Wno-error -c %s -o /dev/null 2>&1 | FileCheck %s
 * CHECK: warning: {{.*}}strncat{{.*}} [-Wstringop-truncation]
 */
#include <string.h>

void append(char *out)
{
	char b[8] = "abc";

	strncat(b, "defghijk", 4);
	strcpy(out, b);
}
