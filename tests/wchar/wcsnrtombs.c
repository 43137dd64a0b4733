/* SPDX-License-Identifier: 0BSD */
/* wcsnrtombs writes at most len bytes: it checks len against the
 * destination, a sub-object from level 2 on. A null destination only
 * measures.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * RUN: %t also-fits | FileCheck %s --check-prefix=NULL
 * CHECK: returned 8, dst holds "abcdefgh"
 * NULL: null dst, returned 20
 */
#define _GNU_SOURCE 1
#include <wchar.h>
#include "wide.h"

static const wchar_t *from;

/* Converts the first 20 of the 26 letters. */
#define WRITE(dst, n) (from = wide_letters, wcsnrtombs(dst, &from, 20, n, NULL))
#define FIT(dst) \
	print_bytes(WRITE(dst, opaque(ROOM)) == 8 ? "returned 8, dst holds" : "returned ?", dst, ROOM)
#define ALSO_FITS(dst) printf("null dst, returned %d\n", (int)WRITE(NULL, opaque(ROOM + 1)))
#include "harness.h"
