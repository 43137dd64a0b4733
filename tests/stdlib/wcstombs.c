/* SPDX-License-Identifier: 0BSD */
/* wcstombs writes at most n bytes: it checks n against the destination, a
 * sub-object from level 2 on. A NULL destination has no size: libc only
 * counts.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %t also-fits | FileCheck %s --check-prefix=NULL
 * RUN: %outcome trap %t whole
 * RUN: %outcome %member-outcome %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned 7, dst holds "tuvwxyz\0"
 * NULL: returned 26 for NULL
 */
#include <stdlib.h>

static const wchar_t wide_letters[] = L"abcdefghijklmnopqrstuvwxyz";
#define wide_tail(n) (wide_letters + (sizeof wide_letters / sizeof *wide_letters - 1) - (n))

#define WRITE(dst, n) wcstombs(dst, wide_letters, n)
#define FIT(dst) print_bytes(wcstombs(dst, wide_tail(ROOM - 1), opaque(ROOM)) == ROOM - 1 \
	? "returned 7, dst holds" : "returned ?", dst, ROOM)
#define ALSO_FITS(dst) ((void)(dst), \
	printf("returned %d for NULL\n", (int)wcstombs(NULL, wide_letters, opaque(ROOM + 1))))
#include "harness.h"
