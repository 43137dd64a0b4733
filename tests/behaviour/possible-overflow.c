/* SPDX-License-Identifier: 0BSD */
/* A length that may take several values, only some of which overflow
 * (big ? 16 : 4 into 8 bytes), is not a certain overflow: it compiles
 * without a word under -Werror, on gcc too, whose optimiser sees the
 * overflowing value alone on one branch; the run-time check decides. The
 * same for inet_ntop's source, whose size follows a family known only at
 * run time.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t overflow
 * RUN: %outcome trap %t address
 * CHECK: copied abcd, formatted 1.2.3.4
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

static const char letters[] = "abcdefghijklmnop";
static const unsigned char four[4] = { 1, 2, 3, 4 };

static int chosen(const char *which, const char *name)
{
	return strcmp(which, name) == 0;
}

int main(int argc, char **argv)
{
	const char *which = argc > 1 ? argv[1] : "";
	char small[8] = "";
	char text[INET6_ADDRSTRLEN] = "";

	memcpy(small, letters, chosen(which, "overflow") ? 16 : 4);
	inet_ntop(chosen(which, "address") ? AF_INET6 : AF_INET, four, text, sizeof text);
	printf("copied %.4s, formatted %s\n", small, text);
	return 0;
}
