/* SPDX-License-Identifier: 0BSD */
/* The first wrapper header included inside a C++ namespace, the next one
 * at global scope: compiles as without the headers, and both headers'
 * functions work where the plain headers put them (issue #14).
 * <stddef.h> first: without it, stdio.h would find size_t only in n, plain
 * too. tests/behaviour/namespace.c is about the macros the headers define.
 * REQUIRES: c++
 * RUN: %cc %s -o %t
 * RUN: %t | FileCheck %s
 * CHECK: formatted 123, length 3
 */
#include <stddef.h>
namespace n {
#include <string.h>
}
#include <stdio.h>

int main(int argc, char **)
{
	char small[4];

	snprintf(small, sizeof small, "%d", 12345 * argc);
	printf("formatted %s, length %zu\n", small, n::strlen(small));
	return 0;
}
