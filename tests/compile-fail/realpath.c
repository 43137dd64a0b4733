/* SPDX-License-Identifier: 0BSD */
/* realpath may write PATH_MAX (4096) bytes: a resolved buffer of a known
 * size smaller than that fails the compile and names the function; gcc also
 * states both sizes. A buffer of PATH_MAX bytes compiles without a word.
 * RUN: not %cc -c %s -o /dev/null 2>&1 | FileCheck %s %diagnostic-prefixes
 * RUN: %cc -DSIZE=4096 -c %s -o /dev/null
 * CHECK-DAG: error: {{.*}}realpath: writing past the end of the destination object
 * GCC-DAG: writing 4096 bytes into a region of size 4095
 */
#define _GNU_SOURCE 1
#include <stdlib.h>

#ifndef SIZE
#define SIZE 4095
#endif

char resolved[SIZE];

char *resolve(const char *path)
{
	return realpath(path, resolved);
}
