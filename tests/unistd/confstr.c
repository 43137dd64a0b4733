/* SPDX-License-Identifier: 0BSD */
/* confstr checks the destination, a sub-object from level 2 on, against n.
 * confstr(name, NULL, 0), which asks for the length, is never checked.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %t also-fits | FileCheck %s --check-prefix=LENGTH
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 14, dst holds "/bin:/u\0"
 * LENGTH: confstr(_CS_PATH, NULL, 0) returned 14
 */
#include <unistd.h>

/* _CS_PATH is "/bin:/usr/bin" on glibc and musl. */
#define WRITE(dst, n) confstr(_CS_PATH, dst, n)
#define FIT(dst) print_bytes(WRITE(dst, opaque(ROOM)) == 14 \
	? "returned 14, dst holds" : "returned ?", dst, ROOM)
#define ALSO_FITS(dst) printf("confstr(_CS_PATH, NULL, 0) returned %d\n", \
	(int)confstr(_CS_PATH, NULL, opaque(0)))
#include "harness.h"
