/* SPDX-License-Identifier: 0BSD */
/* getcwd checks the destination, a sub-object from level 2 on, against n.
 * A null destination (libc allocates) has no size known: never checked.
 * RUN: %cc %s -o %t
 * RUN: cd / && %t fit | FileCheck %s
 * RUN: cd / && %t also-fits | FileCheck %s --check-prefix=ALLOCATED
 * RUN: cd / && %outcome trap %t whole
 * RUN: cd / && %outcome %member-outcome %t member
 * RUN: cd / && %outcome %heap-outcome %t heap
 * CHECK: returned dst, dst holds "/\0\0\0\0\0\0\0"
 * ALLOCATED: getcwd(NULL, 0) "/\0", getcwd(NULL, 4096) "/\0"
 */
#include <unistd.h>

static void print_allocated(const char *label, char *name);

#define WRITE(dst, n) getcwd(dst, n)
#define FIT(dst) print_bytes(WRITE(dst, opaque(ROOM)) == dst \
	? "returned dst, dst holds" : "returned ?", dst, ROOM)
#define ALSO_FITS(dst) (print_allocated("getcwd(NULL, 0)", getcwd(NULL, opaque(0))), \
	print_allocated(", getcwd(NULL, 4096)", getcwd(NULL, opaque(4096))), printf("\n"))
#include "harness.h"

static void print_allocated(const char *label, char *name)
{
	if (name == NULL)
		exit(2);
	printf("%s \"%s\\0\"", label, name);
	free(name);
}
