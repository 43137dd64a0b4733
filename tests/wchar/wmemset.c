/* SPDX-License-Identifier: 0BSD */
/* wmemset checks n wide characters against the whole destination at every
 * level.
 * RUN: %cc %s -o %t
 * RUN: %t fit | FileCheck %s
 * RUN: %outcome trap %t whole
 * RUN: %outcome no-trap %t member
 * RUN: %outcome %heap-outcome %t heap
 * CHECK: returned dst, dst holds "xxxxxxxx"
 */
#include <wchar.h>
#include "wide.h"

#define ELEMENT wchar_t
#define WRITE(dst, n) wmemset(dst, L'x', n)
#define FIT(dst) \
	print_wide(WRITE(dst, opaque(ROOM)) == dst ? "returned dst, dst holds" : "returned ?", dst, ROOM)
#include "harness.h"
