/* SPDX-License-Identifier: 0BSD */
/* openat2: a constant size larger than the structure it reads fails the
 * compile; gcc also states both sizes. The structure's own size, or a larger
 * one for a larger object (the newer fields of an extensible structure),
 * compiles without a word.
 * REQUIRES: openat2
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DSIZE='sizeof how' -c %s -o /dev/null
 * RUN: %cc -DSIZE='sizeof extended' -DHOW=extended -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}openat2: reading past the end of the source object
 * GCC-DAG: reading 32 bytes from a region of size 24
 */
#define _GNU_SOURCE 1
#include <fcntl.h>

#ifndef SIZE
#define SIZE 32
#endif
#ifndef HOW
#define HOW how
#endif

struct open_how how;
union extended_how {
	struct open_how how;
	unsigned char with_newer_fields[32];
} extended;

int open_beneath(int directory, const char *path)
{
	return openat2(directory, path, (const struct open_how *)&HOW, SIZE);
}
