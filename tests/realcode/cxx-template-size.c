/* SPDX-License-Identifier: 0BSD */
/* A C++ template whose size-dependent branch overflows only in
 * instantiations that never take it (if (N >= sizeof v) ... else ...): each
 * instantiation compiles without a word under -Werror and copies what it
 * should (issue #14; clang decided in the front end, branch or not).
 * REQUIRES: c++
 * RUN: %cc %s -o %t
 * RUN: %t | FileCheck %s
 * CHECK: small 04030201, large 0807060504030201
 * XFAIL: clang
 * Expected to fail until fixed: clang's diagnose_if fires in the branch not taken of an
 * instantiation, where clang's own -Wfortify-source does not: open in
 * issue #14.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

template <size_t N> void store(char (&b)[N], uint64_t v)
{
	if (N >= sizeof v)
		memcpy(b, &v, sizeof v);
	else
		memcpy(b, &v, N);
}

template <size_t N> void print(const char *label, const char (&b)[N], size_t n)
{
	printf("%s ", label);
	while (n-- > 0)
		printf("%02x", (unsigned char)b[n]);
}

int main()
{
	char small[4], large[16];

	store(small, 0x0807060504030201u);
	store(large, 0x0807060504030201u);
	print("small", small, sizeof small);
	print(", large", large, 8);
	printf("\n");
	return 0;
}
